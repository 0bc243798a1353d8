/**
 * Signs in to an OIDC provider the way a browser does, over plain HTTP: authorization request with PKCE,
 * redirects followed by hand with a cookie jar, the sign-in form posted, the code exchanged at the token
 * endpoint. Used against the local provider of `sohoa dev`.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface CodeFlowOptions {
  issuer: string;
  clientId: string;
  redirectUri: string;
  login: string;
  /** Leave PKCE out (to see the provider refuse). */
  withoutPkce?: boolean;
}

export interface CodeFlowResult {
  /** The final redirect to the client (code and state, or an error). */
  callback: URL;
  /** The sign-in page's HTML, as shown before the form was posted. */
  loginPage: string;
  tokens?: { access_token: string; id_token?: string; token_type: string; expires_in: number };
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export async function discover(issuer: string): Promise<Record<string, string>> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  return (await response.json()) as Record<string, string>;
}

export async function signInWithCodeFlow(options: CodeFlowOptions): Promise<CodeFlowResult> {
  const metadata = await discover(options.issuer);
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const state = base64url(randomBytes(12));
  const authorize = new URL(metadata.authorization_endpoint ?? '');
  authorize.search = new URLSearchParams({
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    state,
    ...(options.withoutPkce ? {} : { code_challenge: challenge, code_challenge_method: 'S256' }),
  }).toString();

  const { callback: url, loginPage } = await signInAt(authorize, options.login, options.redirectUri);
  if (!url.href.startsWith(options.redirectUri)) return { callback: url, loginPage };
  const code = url.searchParams.get('code');
  if (!code || url.searchParams.get('state') !== state) return { callback: url, loginPage };
  const tokenResponse = await fetch(metadata.token_endpoint ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: options.redirectUri,
      client_id: options.clientId,
      code_verifier: verifier,
    }).toString(),
  });
  if (!tokenResponse.ok)
    throw new Error(`token endpoint answered ${tokenResponse.status}: ${await tokenResponse.text()}`);
  return { callback: url, loginPage, tokens: (await tokenResponse.json()) as CodeFlowResult['tokens'] };
}

/**
 * What a browser does from an authorization URL: follows redirects (cookies kept), posts the provider's
 * sign-in form with `login`, and stops at the first redirect to `redirectPrefix` (not fetched) or at a page
 * that is not the sign-in form (its HTML in `loginPage`).
 */
export async function signInAt(
  authorize: URL,
  login: string,
  redirectPrefix: string,
): Promise<{ callback: URL; loginPage: string }> {
  const jar = new Map<string, string>();
  const request = async (url: URL, init: RequestInit = {}) => {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  /** Follows redirects until one leaves for the client's redirect URI or a page answers. */
  const follow = async (start: Response, from: URL): Promise<{ response: Response; url: URL }> => {
    let response = start;
    let url = from;
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      url = new URL(response.headers.get('location') ?? '', url);
      if (url.href.startsWith(redirectPrefix)) return { response, url };
      response = await request(url);
    }
    return { response, url };
  };

  let { response, url } = await follow(await request(authorize), authorize);
  if (url.href.startsWith(redirectPrefix)) return { callback: url, loginPage: '' };
  const loginPage = await response.text();
  if (response.status !== 200) return { callback: url, loginPage };
  const action = /<form[^>]*action="([^"]+)"/.exec(loginPage)?.[1];
  if (!action) throw new Error(`no sign-in form at ${url}: ${loginPage.slice(0, 200)}`);
  const formUrl = new URL(action.replace(/&amp;/g, '&'), url);
  ({ response, url } = await follow(
    await request(formUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: login }).toString(),
    }),
    formUrl,
  ));
  if (!url.href.startsWith(redirectPrefix)) return { callback: url, loginPage: await response.text() };
  return { callback: url, loginPage };
}
