/**
 * Tokens in local mode, checked the way API Gateway's JWT authorizer checks Cognito's: signature against a
 * JWKS, issuer, audience, expiry. One ES256 key per data directory (`<dataDir>/oidc-key.json`, created on
 * first use, mode 0600) signs both kinds of local token:
 * - access tokens of the local OIDC provider (`sohoa dev`, issuer `<apiUrl>/oidc`, local/oidc-provider.ts),
 *   the same sign-in flow as Cognito's (authorization code + PKCE);
 * - tokens made by `sohoa token` (issuer `sohoa-local`): no sign-in, so they name their own issuer rather
 *   than pretend the provider issued them. The local API accepts both issuers; in AWS only Cognito's exists.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  decodeJwt,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import { z } from 'zod';
import { isSafeId } from '#shared/domain/object-keys.ts';

/** Issuer of the tokens `sohoa token` signs. */
export const LOCAL_ISSUER = 'sohoa-local';
/** Audience of every local access token: the API (Cognito's is the app client id). */
export const LOCAL_AUDIENCE = 'sohoa-api';
export const SIGNING_ALG = 'ES256';
export const DEFAULT_DATA_DIR = '.sohoa';

export const ROLES = ['clerk', 'admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Claims as API Gateway's JWT authorizer hands them to the function: every value a string. */
export type AuthorizerClaims = Record<string, string>;

/** The claim rule of shared/use-cases/access.ts, applied where local tokens are made and read. */
const claimsSchema = z.object({
  agencyId: z.string().refine(isSafeId, 'agency id: letters, digits, `.`, `-`, `_` only (e.g. so-tu-phap)'),
  role: z.enum(ROLES),
});

export function signingKeyPath(dataDir: string): string {
  return join(dataDir, 'oidc-key.json');
}

const privateJwkSchema = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), d: z.string(), kid: z.string() });

/** The private signing JWK of this data directory (`kid`, `alg`, `use` set), created on first use. */
export async function loadOrCreateSigningKey(dataDir: string = DEFAULT_DATA_DIR): Promise<JWK> {
  const path = signingKeyPath(dataDir);
  const read = async () => {
    const jwk = JSON.parse(await readFile(path, 'utf8')) as JWK;
    privateJwkSchema.parse(jwk);
    return jwk;
  };
  try {
    return await read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = `sohoa-${Date.now().toString(36)}`;
  try {
    // 'wx': when two processes race on first run, one key wins and both read it back.
    await writeFile(path, `${JSON.stringify({ ...jwk, kid, alg: SIGNING_ALG, use: 'sig' })}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return read();
}

/** The public half of a private JWK, as a JWKS endpoint would publish it. */
export function publicJwk(jwk: JWK): JWK {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rest } = jwk;
  return rest;
}

export interface SignLocalTokenOptions {
  dataDir?: string;
  /** Lifetime, jose syntax; local tokens live long so `.sohoa/dev.json` stays usable across restarts. */
  expiresIn?: string;
}

/** A `sohoa token` token: issuer `sohoa-local`, signed with the data directory's provider key. */
export async function signLocalToken(
  claims: { agencyId: string; role?: Role },
  options: SignLocalTokenOptions = {},
): Promise<string> {
  const { agencyId, role } = claimsSchema.parse({ role: 'clerk', ...claims });
  const jwk = await loadOrCreateSigningKey(options.dataDir);
  const key = await importJWK(jwk, SIGNING_ALG);
  return new SignJWT({ agencyId, role, scope: `sohoa/${role}` })
    .setProtectedHeader({ alg: SIGNING_ALG, typ: 'at+jwt', kid: jwk.kid })
    .setSubject(`local:${agencyId}:${role}`)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '30d')
    .sign(key);
}

export type TokenCheck =
  | { ok: true; claims: AuthorizerClaims; scopes: string[] }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

export type TokenVerifier = (authorization: string | undefined) => Promise<TokenCheck>;

export interface TrustedIssuer {
  issuer: string;
  /** Its JWKS: `createRemoteJWKSet(jwks_uri)` for a provider, `createLocalJWKSet` for a key at hand. */
  jwks: JWTVerifyGetKey;
}

/**
 * A verifier like API Gateway's JWT authorizer: the token's issuer must be one of `issuers`, its signature
 * must match that issuer's JWKS, the audience and expiry must hold. Claims come back flattened to strings.
 */
export function makeTokenVerifier(options: {
  issuers: readonly TrustedIssuer[] | (() => readonly TrustedIssuer[]);
  audience: string;
}): TokenVerifier {
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match?.[1]) return { ok: false, reason: 'missing' };
    const token = match[1];
    let issuer: TrustedIssuer | undefined;
    try {
      const { iss } = decodeJwt(token);
      const trusted = typeof options.issuers === 'function' ? options.issuers() : options.issuers;
      issuer = trusted.find((candidate) => candidate.issuer === iss);
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (!issuer) return { ok: false, reason: 'invalid' };
    try {
      const { payload } = await jwtVerify(token, issuer.jwks, {
        algorithms: [SIGNING_ALG],
        issuer: issuer.issuer,
        audience: options.audience,
      });
      if (!claimsSchema.safeParse(payload).success) return { ok: false, reason: 'invalid' };
      const claims: AuthorizerClaims = {};
      for (const [name, value] of Object.entries(payload)) {
        claims[name] = typeof value === 'string' ? value : JSON.stringify(value);
      }
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
      return { ok: true, claims, scopes };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      return { ok: false, reason: 'invalid' };
    }
  };
}

/** The `sohoa token` issuer, trusted with the public half of `jwk`. */
export function localTokenIssuer(jwk: JWK): TrustedIssuer {
  return { issuer: LOCAL_ISSUER, jwks: createLocalJWKSet({ keys: [publicJwk(jwk)] }) };
}
