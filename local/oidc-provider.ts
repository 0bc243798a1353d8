/**
 * The OpenID Connect provider of `sohoa dev` (oidc-provider), mounted at `/oidc` on the local API server so
 * the web app and the CLI sign in locally exactly as against Cognito: authorization code + PKCE (S256), public
 * clients with exact redirect URIs, access tokens as ES256 JWTs for the API (`aud` = `sohoa-api`) carrying
 * `agencyId` and `role`. The users are the demo users of the agencies in the store (one clerk per agency, a
 * viewer, an admin) and the users admins created through `POST /users` (the local UserDirectory; they sign in
 * with their e-mail, and not at all once disabled); the sign-in page is a Vietnamese form without password
 * (a local stack on 127.0.0.1).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import Provider, { type InteractionDetails } from 'oidc-provider';
import type { Agency } from '#shared/domain/types.ts';
import type { DirectoryUser } from '#shared/ports.ts';
import { LOCAL_AUDIENCE, type Role, SIGNING_ALG } from './tokens.ts';
import { WEB_CLIENT_ID } from './web-static.ts';

export const OIDC_PATH = '/oidc';
export const CLI_CLIENT_ID = 'sohoa-cli';
/** The resource indicator of the API: tokens for it are JWTs with audience `sohoa-api`. */
export const API_RESOURCE = 'urn:sohoa:api';
/** The CLI's loopback redirect: any port (RFC 8252 §7.3; oidc-provider allows it for native clients). */
export const CLI_REDIRECT_URI = 'http://127.0.0.1/callback';

export interface LocalUser {
  /** The token's subject and the sign-in name. */
  id: string;
  name: string;
  email: string;
  agencyId: string;
  role: Role;
  /** Disabled by an admin (`PUT /users/{id}` `enabled: false`): refused at sign-in. */
  disabled?: boolean;
}

/** The users of the local UserDirectory as the provider knows them: the e-mail (lower case) is the sign-in name. */
export function directoryUsers(users: DirectoryUser[]): LocalUser[] {
  return users.map((user) => ({
    id: user.id,
    name: user.email,
    email: user.email,
    agencyId: user.agencyId,
    role: user.role,
    ...(user.enabled ? {} : { disabled: true }),
  }));
}

/**
 * One clerk per agency (`vanthu.<id>`), a viewer of the first agency, an admin of the root agency. Their names
 * are what a person's name would be (the job, not the agency: the app shows the agency beside the name).
 */
export function demoUsers(agencies: Pick<Agency, 'id' | 'name' | 'parentId'>[]): LocalUser[] {
  const users: LocalUser[] = agencies.map((agency) => ({
    id: `vanthu.${agency.id}`,
    name: 'Văn thư',
    email: `vanthu.${agency.id}@sohoa.local`,
    agencyId: agency.id,
    role: 'clerk',
  }));
  const first = agencies[0];
  const root = agencies.find((agency) => !agency.parentId) ?? first;
  if (first) {
    users.push({
      id: `xem.${first.id}`,
      name: 'Người xem',
      email: `xem.${first.id}@sohoa.local`,
      agencyId: first.id,
      role: 'viewer',
    });
  }
  if (root) {
    users.push({
      id: 'quantri',
      name: 'Quản trị hệ thống',
      email: 'quantri@sohoa.local',
      agencyId: root.id,
      role: 'admin',
    });
  }
  return users;
}

export interface LocalOidcOptions {
  /** `<apiUrl>/oidc`. */
  issuer: string;
  /** The private signing JWK (local/tokens.ts), the one whose public half the API trusts. */
  signingKey: JWK;
  /** Everyone who may try to sign in (disabled users included, to tell them why they cannot). */
  users: () => Promise<LocalUser[]>;
  /**
   * The pre-token trigger's rule, checked at sign-in: a Vietnamese reason to refuse this user (for example an
   * agency that does not exist), or null.
   */
  refuse?: (user: LocalUser) => Promise<string | null>;
  /** The web app's exact redirect and post-logout URIs. */
  web: { redirectUri: string; postLogoutRedirectUri: string };
  onError?: (error: unknown) => void;
}

export interface LocalOidcProvider {
  issuer: string;
  /** Serves `/oidc/*`; answers false for other paths. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

const INTERACTION = /^\/oidc\/interaction\/([\w-]+)\/?$/;

export function makeLocalOidcProvider(options: LocalOidcOptions): LocalOidcProvider {
  // Only enabled users hold an account: a disabled one gets no claims and no new tokens.
  const findUser = async (id: string) =>
    (await options.users()).find((user) => user.id === id && !user.disabled) ?? null;

  const provider = new Provider(options.issuer, {
    clients: [
      {
        client_id: WEB_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        id_token_signed_response_alg: SIGNING_ALG,
        application_type: 'web',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [options.web.redirectUri],
        post_logout_redirect_uris: [options.web.postLogoutRedirectUri],
      },
      {
        client_id: CLI_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        id_token_signed_response_alg: SIGNING_ALG,
        application_type: 'native',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [CLI_REDIRECT_URI, 'http://localhost/callback'],
      },
    ],
    jwks: { keys: [options.signingKey] },
    responseTypes: ['code'],
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    enabledJWA: { idTokenSigningAlgValues: [SIGNING_ALG] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resource: string) => {
          if (resource !== API_RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: 'openid email profile',
            audience: LOCAL_AUDIENCE,
            accessTokenTTL: 3600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: SIGNING_ALG } },
          };
        },
      },
    },
    findAccount: async (_ctx: unknown, sub: string) => {
      const user = await findUser(sub);
      if (!user) return undefined;
      return {
        accountId: user.id,
        claims: async () => ({ sub: user.id, email: user.email, email_verified: true, name: user.name }),
      };
    },
    extraTokenClaims: async (_ctx: unknown, token: { kind: string; accountId?: string }) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const user = await findUser(token.accountId);
      return user ? { agencyId: user.agencyId, role: user.role, email: user.email } : undefined;
    },
    // First-party clients: no consent screen; the grant covers what the client asked for.
    loadExistingGrant: async (ctx: GrantContext) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      grant.addResourceScope(API_RESOURCE, 'openid email profile');
      await grant.save();
      return grant;
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `${OIDC_PATH}/interaction/${interaction.uid}`,
    },
    renderError: (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page(
        'Lỗi đăng nhập',
        `<h1>Không đăng nhập được</h1><p>${escapeHtml(out.error_description ?? out.error ?? '')}</p>`,
      );
    },
  });
  provider.on('server_error', (_ctx, error) => options.onError?.(error));
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let details: InteractionDetails;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      sendHtml(
        res,
        400,
        page(
          'Phiên đăng nhập hết hạn',
          '<h1>Phiên đăng nhập đã hết hạn</h1><p>Quay lại ứng dụng và bấm “Đăng nhập” lần nữa.</p>',
        ),
      );
      return;
    }
    if (details.prompt.name === 'consent') {
      // A stale grant lacking what the client now asks for: first-party clients are granted it.
      const grant = new provider.Grant({
        clientId: String(details.params.client_id),
        accountId: details.session?.accountId ?? '',
      });
      grant.addOIDCScope('openid email profile');
      grant.addResourceScope(API_RESOURCE, 'openid email profile');
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    const users = await options.users();
    const listed = users.filter((user) => !user.disabled);
    if (req.method === 'POST') {
      const form = new URLSearchParams(await readText(req));
      const login = form.get('login')?.trim() ?? '';
      // Demo names as typed; e-mails (directory users) in any case.
      const user = users.find((candidate) => candidate.id === login || candidate.id === login.toLowerCase());
      if (!user) {
        sendHtml(
          res,
          200,
          loginPage(details.uid, listed, 'Không có tài khoản này. Chọn một tài khoản trong danh sách.'),
        );
        return;
      }
      const refused = user.disabled
        ? 'Tài khoản này đã bị khóa; liên hệ quản trị viên.'
        : ((await options.refuse?.(user)) ?? null);
      if (refused) {
        sendHtml(res, 403, loginPage(details.uid, listed, refused));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.id } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    sendHtml(res, 200, loginPage(details.uid, listed, null));
  }

  return {
    issuer: options.issuer,
    async handle(req, res) {
      const url = req.url ?? '/';
      const path = url.split('?')[0] ?? '';
      if (path !== OIDC_PATH && !path.startsWith(`${OIDC_PATH}/`)) return false;
      if (INTERACTION.test(path)) {
        await interaction(req, res);
        return true;
      }
      // Mounted like Express does: the provider sees the path below the mount, originalUrl the whole one.
      Object.assign(req, { originalUrl: url, url: url.slice(OIDC_PATH.length) || '/' });
      callback(req, res);
      return true;
    },
  };
}

interface GrantContext {
  oidc: {
    provider: Provider;
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
  };
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) break;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    'x-frame-options': 'DENY',
  });
  res.end(html);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}label{display:block;font-weight:600;margin:.5rem 0}input,button{font-size:1rem;padding:.5rem}input{width:100%;box-sizing:border-box}button{margin-top:1rem}.error{color:#a00}ul{padding-left:1.2rem}code{font-size:.95em}</style></head><body><main>${body}</main></body></html>`;
}

function loginPage(uid: string, users: LocalUser[], problem: string | null): string {
  const list = users
    .map((user) => `<li><code>${escapeHtml(user.id)}</code> — ${escapeHtml(user.name)} (${user.role})</li>`)
    .join('');
  return page(
    'Đăng nhập',
    `<h1>Đăng nhập (máy chạy thử)</h1>
<p>Dịch vụ đăng nhập của <code>sohoa dev</code>. Trên hệ thống thật, đăng nhập bằng Cognito có xác thực hai lớp.</p>
${problem ? `<p class="error" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="${OIDC_PATH}/interaction/${escapeHtml(uid)}">
<label for="login">Tên đăng nhập</label>
<input id="login" name="login" autocomplete="username" required autofocus>
<button type="submit">Đăng nhập</button>
</form>
<h2>Tài khoản thử</h2>
${users.length > 0 ? `<ul>${list}</ul>` : '<p>Chưa có cơ quan nào: nhập danh sách bằng <code>sohoa agencies import</code>.</p>'}`,
  );
}

function logoutSource(ctx: { body: string }, form: string): void {
  ctx.body = page(
    'Đăng xuất',
    `<h1>Đăng xuất?</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Đăng xuất</button>`,
  );
}
