/// <reference types="vite/client" />
/**
 * Runtime settings read from `/app/config.json` (served by `sohoa dev` locally and by the CDK deployment in
 * AWS), so the same build runs everywhere.
 */
export interface AppConfig {
  apiUrl: string;
  oidcIssuer: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

const KEYS: readonly (keyof AppConfig)[] = ['apiUrl', 'oidcIssuer', 'clientId', 'redirectUri', 'postLogoutRedirectUri'];

export function parseConfig(value: unknown): AppConfig {
  if (typeof value !== 'object' || value === null) throw new Error('config.json is not an object');
  const record = value as Record<string, unknown>;
  const missing = KEYS.filter((key) => typeof record[key] !== 'string' || record[key] === '');
  if (missing.length > 0) throw new Error(`config.json lacks ${missing.join(', ')}`);
  const config = Object.fromEntries(KEYS.map((key) => [key, record[key]])) as unknown as AppConfig;
  return { ...config, apiUrl: config.apiUrl.replace(/\/+$/, '') };
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return parseConfig(await response.json());
}
