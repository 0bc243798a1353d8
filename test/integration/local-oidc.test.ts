import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, openLocalStack } from '#local/composition.ts';
import { readDevConfig, writeDevConfig } from '#local/dev-config.ts';
import { CLI_CLIENT_ID } from '#local/oidc-provider.ts';
import { signLocalToken } from '#local/tokens.ts';
import { localWebAppConfig } from '#local/web-static.ts';
import { makeDynamoUserDirectory } from '#shared/adapters/dynamodb/stores.ts';
import type { Agency } from '#shared/domain/types.ts';
import { discover, signInWithCodeFlow } from '#test/support/oidc-login.ts';

let dataDir: string;
let stack: LocalStack;
let issuer: string;

const agency = (id: string, name: string, parentId: string | null): Agency => ({
  id,
  name,
  level: 'province',
  parentId,
  emails: [`${id}@example.vn`],
  validFrom: null,
  validTo: null,
  successorId: null,
});

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sohoa-oidc-'));
  stack = await openLocalStack({ dataDir, port: 0, logLevel: 'ERROR', extractConcurrency: 1 });
  await stack.deps.stores.agencies.put(agency('ubnd-tinh', 'UBND tỉnh', null));
  await stack.deps.stores.agencies.put(agency('so-y-te', 'Sở Y tế', 'ubnd-tinh'));
  issuer = stack.config.oidcIssuer ?? '';
}, 60_000);

afterAll(async () => {
  await stack?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the OIDC provider of sohoa dev', () => {
  it('publishes its issuer in dev.json and answers discovery: code flow, PKCE S256, ES256', async () => {
    await writeDevConfig(dataDir, stack.config);
    expect((await readDevConfig(dataDir))?.oidcIssuer).toBe(`${stack.config.apiUrl}/oidc`);
    const metadata = await discover(issuer);
    expect(metadata.issuer).toBe(issuer);
    expect(metadata.response_types_supported).toEqual(['code']);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.grant_types_supported).not.toContain('implicit');
    const jwks = (await (await fetch(metadata.jwks_uri ?? '')).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256' })]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('signs a clerk in with code + PKCE; the access token is a JWT for the API that the API accepts', async () => {
    const web = localWebAppConfig(stack.config);
    const result = await signInWithCodeFlow({
      issuer,
      clientId: web.clientId,
      redirectUri: web.redirectUri,
      login: 'vanthu.so-y-te',
    });
    expect(result.loginPage).toContain('Tên đăng nhập');
    expect(result.loginPage).toContain('vanthu.so-y-te');
    const token = result.tokens?.access_token ?? '';
    expect(decodeProtectedHeader(token).alg).toBe('ES256');
    expect(decodeJwt(token)).toMatchObject({
      iss: issuer,
      aud: 'sohoa-api',
      sub: 'vanthu.so-y-te',
      agencyId: 'so-y-te',
      role: 'clerk',
    });
    const documents = await fetch(`${stack.config.apiUrl}/documents`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(documents.status).toBe(200);
    // The ID token is not an access token for the API.
    const withIdToken = await fetch(`${stack.config.apiUrl}/documents`, {
      headers: { authorization: `Bearer ${result.tokens?.id_token}` },
    });
    expect(withIdToken.status).toBe(401);
  });

  it('signs the admin in through the CLI client on any loopback port', async () => {
    const result = await signInWithCodeFlow({
      issuer,
      clientId: CLI_CLIENT_ID,
      redirectUri: 'http://127.0.0.1:53117/callback',
      login: 'quantri',
    });
    expect(decodeJwt(result.tokens?.access_token ?? '')).toMatchObject({ agencyId: 'ubnd-tinh', role: 'admin' });
  });

  it('refuses a request without PKCE, an unregistered redirect URI and an unknown user', async () => {
    const web = localWebAppConfig(stack.config);
    const noPkce = await signInWithCodeFlow({
      issuer,
      clientId: web.clientId,
      redirectUri: web.redirectUri,
      login: 'vanthu.so-y-te',
      withoutPkce: true,
    });
    expect(noPkce.tokens).toBeUndefined();
    expect(noPkce.callback.searchParams.get('error')).toBe('invalid_request');
    const elsewhere = await signInWithCodeFlow({
      issuer,
      clientId: web.clientId,
      redirectUri: `${web.redirectUri}x`,
      login: 'vanthu.so-y-te',
    });
    expect(elsewhere.tokens).toBeUndefined();
    expect(elsewhere.loginPage).toContain('redirect_uri');
    const stranger = await signInWithCodeFlow({
      issuer,
      clientId: web.clientId,
      redirectUri: web.redirectUri,
      login: 'vanthu.khong-co',
    });
    expect(stranger.tokens).toBeUndefined();
    expect(stranger.loginPage).toContain('Không có tài khoản này');
  });

  it('signs in users created through POST /users by e-mail, and no longer once disabled', async () => {
    const web = localWebAppConfig(stack.config);
    const signIn = (login: string) =>
      signInWithCodeFlow({ issuer, clientId: web.clientId, redirectUri: web.redirectUri, login });
    const admin = (await signIn('quantri')).tokens?.access_token ?? '';
    const call = (method: string, path: string, body: unknown) =>
      fetch(`${stack.config.apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const created = await call('POST', '/users', {
      email: 'Lan.Nguyen@so-y-te.example.vn',
      agencyId: 'so-y-te',
      role: 'viewer',
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const lan = await signIn('lan.nguyen@so-y-te.example.vn');
    expect(decodeJwt(lan.tokens?.access_token ?? '')).toMatchObject({
      sub: id,
      agencyId: 'so-y-te',
      role: 'viewer',
      email: 'Lan.Nguyen@so-y-te.example.vn',
    });
    expect((await call('PUT', `/users/${encodeURIComponent(id)}`, { enabled: false })).status).toBe(200);
    const locked = await signIn('lan.nguyen@so-y-te.example.vn');
    expect(locked.tokens).toBeUndefined();
    expect(locked.loginPage).toContain('Tài khoản này đã bị khóa');
    expect(locked.loginPage).not.toContain('<code>lan.nguyen@so-y-te.example.vn</code>');
  });

  it('refuses, as the pre-token trigger does, a directory user whose agency is not registered', async () => {
    // POST /users refuses such a user; a directory entry can still name an agency nobody registered.
    const users = makeDynamoUserDirectory({ doc: stack.clients.doc, tableName: stack.config.table });
    await users.create({ email: 'ai-do@khong-co.example.vn', agencyId: 'so-khong-co', role: 'clerk' });
    const web = localWebAppConfig(stack.config);
    const result = await signInWithCodeFlow({
      issuer,
      clientId: web.clientId,
      redirectUri: web.redirectUri,
      login: 'ai-do@khong-co.example.vn',
    });
    expect(result.tokens).toBeUndefined();
    expect(result.loginPage).toContain('Cơ quan &#34;so-khong-co&#34; của tài khoản không có trong danh sách');
  });

  it('keeps accepting `sohoa token` tokens (issuer sohoa-local, the same key)', async () => {
    const token = await signLocalToken({ agencyId: 'so-y-te' }, { dataDir });
    const response = await fetch(`${stack.config.apiUrl}/documents`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  });
});
