import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenFor, login, readCredential } from '#cli/auth/login.ts';
import { type LocalStack, openLocalStack } from '#local/composition.ts';
import { signInAt } from '#test/support/oidc-login.ts';

let dataDir: string;
let stack: LocalStack;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sohoa-login-'));
  stack = await openLocalStack({ dataDir, port: 0, logLevel: 'ERROR', extractConcurrency: 1 });
  await stack.deps.stores.agencies.put({
    id: 'so-tu-phap',
    name: 'Sở Tư pháp',
    level: 'province',
    parentId: null,
    emails: [],
    validFrom: null,
    validTo: null,
    successorId: null,
  });
}, 60_000);

afterAll(async () => {
  await stack?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('sohoa login (OIDC code + PKCE, loopback redirect)', () => {
  it('signs in through the browser, keeps the tokens per API in a 0600 file, and the API takes the token', async () => {
    const credentialsFile = join(dataDir, 'config', 'sohoa', 'credentials.json');
    const shown: string[] = [];
    const result = await login({
      apiUrl: stack.config.apiUrl,
      port: 0,
      credentialsFile,
      timeoutMs: 20_000,
      // The "browser": the provider's sign-in form, then the redirect delivered to the CLI's loopback.
      openBrowser: async (url) => {
        shown.push(url);
        const { callback } = await signInAt(new URL(url), 'vanthu.so-tu-phap', 'http://localhost:');
        await fetch(callback.href.replace('//localhost:', '//127.0.0.1:'));
      },
    });
    const authorize = new URL(shown[0] ?? '');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('client_id')).toBe('sohoa-cli');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+\/callback$/);
    expect(decodeJwt(result.accessToken)).toMatchObject({ agencyId: 'so-tu-phap', role: 'clerk', aud: 'sohoa-api' });
    expect((await stat(credentialsFile)).mode & 0o777).toBe(0o600);
    expect(await readCredential(stack.config.apiUrl, credentialsFile)).toMatchObject({
      issuer: stack.config.oidcIssuer,
      clientId: 'sohoa-cli',
    });
    const token = await accessTokenFor(stack.config.apiUrl, credentialsFile);
    const response = await fetch(`${stack.config.apiUrl}/documents`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  });

  it('reports a refused sign-in instead of storing anything', async () => {
    const credentialsFile = join(dataDir, 'other', 'credentials.json');
    await expect(
      login({
        apiUrl: stack.config.apiUrl,
        port: 0,
        credentialsFile,
        timeoutMs: 20_000,
        openBrowser: async (url) => {
          const back = new URL(new URL(url).searchParams.get('redirect_uri') ?? '');
          back.search = '?error=access_denied';
          await fetch(back.href.replace('//localhost:', '//127.0.0.1:'));
        },
      }),
    ).rejects.toThrow(/access_denied/);
    expect(await readCredential(stack.config.apiUrl, credentialsFile)).toBeNull();
  });
});
