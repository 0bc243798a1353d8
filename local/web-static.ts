/**
 * The built web app (web/dist) served by `sohoa dev` under `/app/` at the API's origin, with its runtime
 * configuration at `/app/config.json` (the CDK deployment writes the same file next to the app in S3).
 * Unknown `/app/*` paths get index.html (client-side routes); hashed assets are cached for a year.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_BASE_PATH = '/app/';
export const WEB_DIST_DIR = fileURLToPath(new URL('../web/dist', import.meta.url));

/** What the app reads from `/app/config.json` (web/src/config.ts). */
export interface WebAppConfig {
  apiUrl: string;
  oidcIssuer: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

export interface WebStaticOptions {
  distDir?: string;
  /** Read on every request: the API URL and issuer are known only once the servers listen. */
  config: () => WebAppConfig;
  /** Other origins the page talks to (S3 for presigned PUT/GET, the OIDC issuer when elsewhere). */
  extraOrigins?: () => string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Security-Policy of the app: scripts and styles from itself only, no inline script. */
export function contentSecurityPolicy(origins: readonly string[]): string {
  const others = [...new Set(origins.map((o) => new URL(o).origin))].join(' ');
  const with_ = (list: string) => (others ? `${list} ${others}` : list);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${with_("'self' data: blob:")}`,
    `connect-src ${with_("'self'")}`,
    `frame-src ${with_("'self' blob:")}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(origins: readonly string[]): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(origins),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
}

const NOT_BUILT_HTML = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Chưa có ứng dụng web</title>
<p>Ứng dụng web chưa được dựng. Chạy <code>npm run build:web</code> rồi tải lại trang.</p></html>`;

/**
 * A request handler for `/app` and `/app/*`; answers false for any other path so the API handles it.
 */
export function makeWebStatic(options: WebStaticOptions) {
  const distDir = resolve(options.distDir ?? WEB_DIST_DIR);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/app' && !url.pathname.startsWith(WEB_BASE_PATH)) return false;
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    if (url.pathname === '/app') {
      res.writeHead(301, { location: `${WEB_BASE_PATH}${url.search}` }).end();
      return true;
    }
    const config = options.config();
    const headers = securityHeaders([config.apiUrl, config.oidcIssuer, ...(options.extraOrigins?.() ?? [])]);
    const relative = url.pathname.slice(WEB_BASE_PATH.length);
    if (relative === 'config.json') {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      res.end(method === 'HEAD' ? undefined : JSON.stringify(config));
      return true;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(relative);
    } catch {
      res.writeHead(400).end();
      return true;
    }
    const candidate = resolve(distDir, decoded);
    const inside = candidate === distDir || candidate.startsWith(distDir + sep);
    let file = inside && decoded !== '' ? candidate : join(distDir, 'index.html');
    let info = await stat(file).catch(() => null);
    const isAsset = decoded.startsWith('assets/');
    if (!info?.isFile()) {
      if (isAsset || extname(decoded) !== '') {
        res.writeHead(404, { ...headers, 'content-type': TYPES['.txt']! }).end('Không tìm thấy tệp.');
        return true;
      }
      file = join(distDir, 'index.html');
      info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        res.writeHead(503, { ...headers, 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
        res.end(NOT_BUILT_HTML);
        return true;
      }
    }
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(info.size),
      'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}

/** The OIDC client id of the web app (the local provider and Cognito register it under this name). */
export const WEB_CLIENT_ID = 'sohoa-web';

/** `/app/config.json` of a local stack. */
export function localWebAppConfig(config: { apiUrl: string; webUrl?: string; oidcIssuer?: string }): WebAppConfig {
  const webUrl = config.webUrl ?? `${config.apiUrl}${WEB_BASE_PATH}`;
  return {
    apiUrl: config.apiUrl,
    oidcIssuer: config.oidcIssuer ?? `${config.apiUrl}/oidc`,
    clientId: WEB_CLIENT_ID,
    redirectUri: `${webUrl}callback`,
    postLogoutRedirectUri: webUrl,
  };
}
