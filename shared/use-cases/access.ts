/**
 * Who is calling and which agency they may act on. Identity comes from the JWT authorizer's claims,
 * never from a request body.
 */
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#shared/errors.ts';

export type Role = 'clerk' | 'admin' | 'viewer';
export const ROLES: readonly Role[] = ['clerk', 'admin', 'viewer'];

export interface Caller {
  agencyId: string;
  role: Role;
  /** The token's subject (user id or e-mail), recorded as `uploadedBy`, `reviewedBy`, `declaredBy`. */
  subject: string | null;
}

export function notFound(what: 'document' | 'agency'): NotFoundError {
  return what === 'document'
    ? new NotFoundError('not_found', 'document not found', 'Không tìm thấy hồ sơ.')
    : new NotFoundError('not_found', 'agency not found', 'Không tìm thấy cơ quan, đơn vị.');
}

/**
 * The agency a request acts on: admins may name any agency (`?agencyId=`), everyone else only their own.
 * Naming another agency answers 404 like a missing record, so ids of other agencies are not probed.
 */
export function actingAgency(caller: Caller, requested: string | null | undefined): string {
  if (!requested || requested === caller.agencyId) return caller.agencyId;
  if (caller.role === 'admin') return requested;
  throw notFound('agency');
}

/** Whether the caller may see a record of `agencyId`. */
export function maySee(caller: Caller, agencyId: string): boolean {
  return caller.role === 'admin' || caller.agencyId === agencyId;
}

export function requireWriter(caller: Caller): void {
  if (caller.role === 'viewer') {
    throw new ForbiddenError(
      'forbidden',
      'viewers cannot change data',
      'Tài khoản chỉ có quyền xem, không được thay đổi dữ liệu.',
    );
  }
}

const claimsSchema = {
  agencyId: ['agencyId', 'custom:agencyId'],
  role: ['role', 'custom:role'],
  subject: ['email', 'cognito:username', 'username', 'sub'],
} as const;

/**
 * The caller from JWT authorizer claims. Cognito puts custom attributes under `custom:`; the local token
 * under plain names: both are read. A missing or unknown role is refused rather than guessed.
 */
export function callerFromClaims(claims: Record<string, unknown> | undefined | null): Caller {
  const pick = (names: readonly string[]) => {
    for (const name of names) {
      const value = claims?.[name];
      if (typeof value === 'string' && value !== '') return value;
    }
    return null;
  };
  const agencyId = pick(claimsSchema.agencyId);
  const role = pick(claimsSchema.role);
  if (!agencyId || !role || !(ROLES as readonly string[]).includes(role)) {
    throw new UnauthorizedError(
      'unauthorized',
      'the token carries no agencyId/role claims',
      'Mã xác thực không có thông tin cơ quan hoặc vai trò; hãy đăng nhập lại.',
    );
  }
  return { agencyId, role: role as Role, subject: pick(claimsSchema.subject) };
}
