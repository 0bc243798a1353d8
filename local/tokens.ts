/**
 * Local stand-in for the API's JWT authorizer: HS256 tokens signed with a key kept in `<dataDir>/jwt.key`
 * (created on first use), carrying the claims the cloud authorizer passes on (`agencyId`, `role`, `scope`).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

export const LOCAL_ISSUER = 'sohoa-local';
export const LOCAL_AUDIENCE = 'sohoa-api';
export const DEFAULT_DATA_DIR = '.sohoa';

export const ROLES = ['clerk', 'admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Claims as API Gateway's JWT authorizer hands them to the function: every value a string. */
export type AuthorizerClaims = Record<string, string>;

const claimsSchema = z.object({
  agencyId: z.string().min(1),
  role: z.enum(ROLES),
});

export function jwtKeyPath(dataDir: string): string {
  return join(dataDir, 'jwt.key');
}

/** The signing key of this data directory, created (random 256 bits) on first use. */
export async function loadOrCreateJwtKey(dataDir: string = DEFAULT_DATA_DIR): Promise<Uint8Array> {
  const path = jwtKeyPath(dataDir);
  try {
    return Buffer.from((await readFile(path, 'utf8')).trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  try {
    // 'wx': when two processes race on first run, one key wins and both read it back.
    await writeFile(path, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return Buffer.from((await readFile(path, 'utf8')).trim(), 'hex');
}

export interface SignLocalTokenOptions {
  dataDir?: string;
  /** Lifetime, jose syntax; local tokens live long so `.sohoa/dev.json` stays usable across restarts. */
  expiresIn?: string;
}

/** A token the local API accepts as if API Gateway's JWT authorizer had verified it. */
export async function signLocalToken(
  claims: { agencyId: string; role?: Role },
  options: SignLocalTokenOptions = {},
): Promise<string> {
  const { agencyId, role } = claimsSchema.parse({ role: 'clerk', ...claims });
  const key = await loadOrCreateJwtKey(options.dataDir);
  return new SignJWT({ agencyId, role, scope: `sohoa/${role}` })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
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

/** Verifies a `Bearer` authorization header value; claims come back flattened to strings like the authorizer's. */
export async function verifyLocalToken(authorization: string | undefined, key: Uint8Array): Promise<TokenCheck> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!match?.[1]) return { ok: false, reason: 'missing' };
  try {
    const { payload } = await jwtVerify(match[1], key, {
      algorithms: ['HS256'],
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
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
}
