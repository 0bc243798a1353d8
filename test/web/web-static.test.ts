/** `/app/` in `sohoa dev`: the built app, its runtime config, client-side routes, and nothing outside dist. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localWebAppConfig, makeWebStatic } from '#local/web-static.ts';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sohoa-web-static-'));
  await mkdir(join(dir, 'dist', 'assets'), { recursive: true });
  await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(dir, 'dist', 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside dist');
  const handle = makeWebStatic({
    distDir: join(dir, 'dist'),
    config: () => localWebAppConfig({ apiUrl: base, oidcIssuer: 'http://127.0.0.1:9/oidc' }),
    extraOrigins: () => ['http://127.0.0.1:7777'],
  });
  server = createServer((req, res) => {
    handle(req, res).then((done) => {
      if (!done) res.writeHead(418).end('api');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('the web app under /app/', () => {
  it('serves config.json with the API, the issuer, the client id and the callback under /app/', async () => {
    const response = await fetch(`${base}/app/config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      apiUrl: base,
      oidcIssuer: 'http://127.0.0.1:9/oidc',
      clientId: 'sohoa-web',
      redirectUri: `${base}/app/callback`,
      postLogoutRedirectUri: `${base}/app/`,
    });
  });

  it('answers index.html for client-side routes, with a strict CSP naming the S3 and issuer origins', async () => {
    const response = await fetch(`${base}/app/ho-so/1234`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>app</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/connect-src 'self' .*http:\/\/127\.0\.0\.1:7777/);
    expect(csp).toContain('http://127.0.0.1:9');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('caches hashed assets, and a missing asset is a 404 rather than index.html', async () => {
    const asset = await fetch(`${base}/app/assets/index-abc.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/app/assets/missing.js`)).status).toBe(404);
  });

  it('never serves a file outside dist, and leaves other paths to the API', async () => {
    const escaped = await fetch(`${base}/app/..%2fsecret.txt`);
    expect(await escaped.text()).not.toContain('outside dist');
    expect((await fetch(`${base}/documents`)).status).toBe(418);
    const bare = await fetch(`${base}/app`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/app/');
    expect((await fetch(`${base}/app/config.json`, { method: 'POST' })).status).toBe(405);
  });
});
