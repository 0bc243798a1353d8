/**
 * `sohoa login`: OpenID Connect authorization code + PKCE (openid-client) with a loopback redirect
 * (RFC 8252): the same flow against the local provider of `sohoa dev` and against Cognito. Tokens are kept
 * per API URL in the user's config directory (`$XDG_CONFIG_HOME/sohoa/credentials.json`, mode 0600) and
 * refreshed when the provider issued a refresh token.
 */

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import * as oidc from 'openid-client';
import { z } from 'zod';
import { ValidationError } from '#shared/errors.ts';

/** The CLI's public client: `sohoa-cli` locally; Cognito's `CliClientId` output in AWS. */
export const DEFAULT_CLI_CLIENT_ID = 'sohoa-cli';
/** The loopback port registered with Cognito (cdk.json `signIn.cliCallbackUrls`); the local provider takes any. */
export const DEFAULT_LOOPBACK_PORT = 53682;

const credentialSchema = z.object({
  issuer: z.string().url(),
  clientId: z.string().min(1),
  accessToken: z.string().min(1),
  refreshToken: z.string().optional(),
  idToken: z.string().optional(),
  /** Epoch seconds. */
  expiresAt: z.number().optional(),
});
export type Credential = z.infer<typeof credentialSchema>;
const credentialsSchema = z.object({ apis: z.record(credentialSchema) });

export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'sohoa', 'credentials.json');
}

const apiKey = (apiUrl: string) => apiUrl.replace(/\/+$/, '');

async function readAll(path: string): Promise<z.infer<typeof credentialsSchema>> {
  try {
    const parsed = credentialsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : { apis: {} };
  } catch {
    return { apis: {} };
  }
}

export async function saveCredential(apiUrl: string, credential: Credential, path = credentialsPath()): Promise<void> {
  const all = await readAll(path);
  all.apis[apiKey(apiUrl)] = credential;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(`${path}.tmp`, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

export async function readCredential(apiUrl: string, path = credentialsPath()): Promise<Credential | null> {
  return (await readAll(path)).apis[apiKey(apiUrl)] ?? null;
}

async function discover(issuer: string, clientId: string): Promise<oidc.Configuration> {
  const url = new URL(issuer);
  // Only the local provider of `sohoa dev` (on 127.0.0.1) is plain http.
  const local = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  return oidc.discovery(url, clientId, undefined, oidc.None(), local ? { execute: [oidc.allowInsecureRequests] } : {});
}

/**
 * A usable access token for this API: the stored one while it has more than a minute left, else refreshed
 * (when a refresh token was issued); null when the user must sign in again.
 */
export async function accessTokenFor(apiUrl: string, path = credentialsPath()): Promise<string | null> {
  const credential = await readCredential(apiUrl, path);
  if (!credential) return null;
  if (!credential.expiresAt || credential.expiresAt * 1000 > Date.now() + 60_000) return credential.accessToken;
  if (!credential.refreshToken) return null;
  try {
    const config = await discover(credential.issuer, credential.clientId);
    const tokens = await oidc.refreshTokenGrant(config, credential.refreshToken);
    const next = toCredential(credential.issuer, credential.clientId, tokens, credential.refreshToken);
    await saveCredential(apiUrl, next, path);
    return next.accessToken;
  } catch {
    return null;
  }
}

function toCredential(
  issuer: string,
  clientId: string,
  tokens: oidc.TokenEndpointResponse,
  previousRefresh?: string,
): Credential {
  const refreshToken = tokens.refresh_token ?? previousRefresh;
  return {
    issuer,
    clientId,
    accessToken: tokens.access_token,
    ...(refreshToken ? { refreshToken } : {}),
    ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
    ...(tokens.expires_in ? { expiresAt: Math.floor(Date.now() / 1000) + tokens.expires_in } : {}),
  };
}

export interface LoginOptions {
  apiUrl: string;
  /** Default: `<apiUrl>/oidc` (the provider of `sohoa dev`). */
  issuer?: string;
  clientId?: string;
  /** Loopback port; 0 = any free port (the local provider accepts any, Cognito only the registered one). */
  port?: number;
  /** Shows the sign-in URL to the user (opens a browser, prints it); the callback arrives on the loopback. */
  openBrowser: (url: string) => Promise<void> | void;
  credentialsFile?: string;
  /** Give up waiting for the browser after this long. Default 5 minutes. */
  timeoutMs?: number;
}

export async function login(options: LoginOptions): Promise<Credential & { path: string }> {
  const issuer = options.issuer ?? `${apiKey(options.apiUrl)}/oidc`;
  const clientId = options.clientId ?? DEFAULT_CLI_CLIENT_ID;
  let config: oidc.Configuration;
  try {
    config = await discover(issuer, clientId);
  } catch (error) {
    throw new ValidationError(
      'no_provider',
      `no OpenID provider answers at ${issuer} (${(error as Error).message}); pass --issuer`,
      `Không kết nối được dịch vụ đăng nhập ${issuer}.`,
    );
  }
  const verifier = oidc.randomPKCECodeVerifier();
  const challenge = await oidc.calculatePKCECodeChallenge(verifier);
  const state = oidc.randomState();

  let deliver: (url: URL) => void = () => {};
  const arrived = new Promise<URL>((resolve) => {
    deliver = resolve;
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/callback') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html lang="vi"><meta charset="utf-8"><title>sohoa</title><p>Đã nhận kết quả đăng nhập. Có thể đóng cửa sổ này và quay lại dòng lệnh.</p></html>',
    );
    deliver(url);
  });
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_LOOPBACK_PORT, '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });
  try {
    const redirectUri = `http://localhost:${address.port}/callback`;
    const authorize = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state,
    });
    await options.openBrowser(authorize.href);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new ValidationError('login_timeout', 'no sign-in arrived in time', 'Hết thời gian chờ đăng nhập.')),
        options.timeoutMs ?? 300_000,
      );
    });
    const callback = await Promise.race([arrived, timeout]).finally(() => clearTimeout(timer));
    if (callback.searchParams.get('error')) {
      throw new ValidationError(
        'login_refused',
        `sign-in refused: ${callback.searchParams.get('error')} ${callback.searchParams.get('error_description') ?? ''}`.trim(),
        'Đăng nhập không thành công.',
      );
    }
    // The URL the browser was sent to, with the provider's answer: openid-client checks state, then exchanges.
    const current = new URL(redirectUri);
    current.search = callback.search;
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    const credential = toCredential(issuer, clientId, tokens);
    const path = options.credentialsFile ?? credentialsPath();
    await saveCredential(options.apiUrl, credential, path);
    return { ...credential, path };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  }
}
