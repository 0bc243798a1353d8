/**
 * Sign-in: OpenID Connect authorization code + PKCE through oidc-client-ts, against the local OIDC provider
 * of `sohoa dev` or Cognito. The API reads `agencyId` and `role` from the access token; the app reads the
 * same claims only to choose what to show (the API decides what is allowed).
 */
import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from './config.ts';

export type Role = 'clerk' | 'viewer' | 'admin';

export interface Identity {
  accessToken: string;
  agencyId: string;
  role: Role;
  /** The person's name (OIDC `name`), else the e-mail or user name, for the header. */
  name: string;
  expiresAt: number | null;
}

export function makeUserManager(config: AppConfig): UserManager {
  return new UserManager({
    authority: config.oidcIssuer,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    post_logout_redirect_uri: config.postLogoutRedirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    // The session ends with the browser tab; nothing long-lived sits in localStorage.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}

/** The payload of a JWT (no verification: the API verifies; this only reads claims to shape the UI). */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function pick(sources: Record<string, unknown>[], names: string[]): string | null {
  for (const name of names) {
    for (const source of sources) {
      const value = source[name];
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return null;
}

/** The identity of a signed-in user, or null when the token lacks an agency or a known role. */
export function identityOf(user: Pick<User, 'access_token' | 'profile' | 'expires_at'>): Identity | null {
  const claims = jwtClaims(user.access_token);
  const sources = [claims, user.profile as unknown as Record<string, unknown>];
  const agencyId = pick(sources, ['agencyId', 'custom:agencyId']);
  const role = pick(sources, ['role', 'custom:role']);
  if (!agencyId || (role !== 'clerk' && role !== 'viewer' && role !== 'admin')) return null;
  return {
    accessToken: user.access_token,
    agencyId,
    role,
    name: pick(sources, ['name', 'email', 'cognito:username', 'username', 'sub']) ?? agencyId,
    expiresAt: user.expires_at ?? null,
  };
}
