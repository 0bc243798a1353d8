/** `.sohoa/dev.json`: where a running `sohoa dev` listens (DESIGN.md), read by the CLI and scripts. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const devConfigSchema = z.object({
  apiUrl: z.string().url(),
  /** The web app (`<apiUrl>/app/`), served by the same server. */
  webUrl: z.string().url().optional(),
  /** The local OIDC provider (`<apiUrl>/oidc`); its `/.well-known/openid-configuration` answers. */
  oidcIssuer: z.string().url().optional(),
  s3Endpoint: z.string().url(),
  dynamoEndpoint: z.string().url(),
  bucket: z.string().min(1),
  table: z.string().min(1),
  tokens: z.record(z.string()),
});
export type DevConfig = z.infer<typeof devConfigSchema>;

/** Default port of the local API (`sohoa dev --port`). */
export const DEFAULT_API_PORT = 4566;

export function devConfigPath(dataDir: string): string {
  return join(dataDir, 'dev.json');
}

export async function writeDevConfig(dataDir: string, config: DevConfig): Promise<string> {
  const path = devConfigPath(dataDir);
  await mkdir(dataDir, { recursive: true });
  // Write then rename: a reader never sees half a file.
  await writeFile(`${path}.tmp`, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await rename(`${path}.tmp`, path);
  return path;
}

/** The config of the last `sohoa dev` in this data dir, or null when there is none (or it is unreadable). */
export async function readDevConfig(dataDir: string): Promise<DevConfig | null> {
  try {
    const parsed = devConfigSchema.safeParse(JSON.parse(await readFile(devConfigPath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
