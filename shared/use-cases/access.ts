/**
 * Who is calling and which agency they may act on. Identity comes from the JWT authorizer's claims,
 * never from a request body.
 */
import { isSafeId } from '#shared/domain/object-keys.ts';
import type { Agency } from '#shared/domain/types.ts';
import { vnToday } from '#shared/domain/vn-time.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#shared/errors.ts';
import type { AgencyStore, Clock } from '#shared/ports.ts';

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
  const { agencyId, role } = checkIdentityClaims(pick(claimsSchema.agencyId), pick(claimsSchema.role));
  return { agencyId, role, subject: pick(claimsSchema.subject) };
}

/**
 * The rule for an identity's claims, wherever tokens are made (the Cognito pre-token trigger) or read (the
 * API): an agency id that is a safe id (letters, digits, `.`, `-`, `_`) and a known role; nothing is guessed.
 */
export function checkIdentityClaims(
  agencyId: string | null | undefined,
  role: string | null | undefined,
): { agencyId: string; role: Role } {
  if (!agencyId || !role || !(ROLES as readonly string[]).includes(role)) {
    throw new UnauthorizedError(
      'unauthorized',
      'the token carries no agencyId/role claims (or an unknown role)',
      'Tài khoản chưa được gán cơ quan hoặc vai trò hợp lệ; liên hệ quản trị viên để được cấp quyền.',
    );
  }
  if (!isSafeId(agencyId)) {
    throw new UnauthorizedError(
      'unauthorized',
      'the token carries a malformed agencyId',
      'Mã cơ quan của tài khoản không hợp lệ; liên hệ quản trị viên.',
    );
  }
  return { agencyId, role: role as Role };
}

/** The caller's agency must exist: an identity naming no agency is refused (403), for reads too. */
export function unknownAgency(agencyId: string): ForbiddenError {
  return new ForbiddenError(
    'unknown_agency',
    `agency ${agencyId} of the caller does not exist`,
    `Cơ quan "${agencyId}" của tài khoản không có trong danh sách cơ quan, đơn vị; liên hệ quản trị viên.`,
  );
}

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * Writes (uploads, inventory declarations, reviews) are refused for an agency outside its validity in Vietnam
 * time: after its `validTo` (dissolved or merged; its successor reports from then on) or before `validFrom`.
 */
export function requireCurrentAgency(agency: Agency, now: Date): void {
  const today = vnToday(now);
  if (agency.validTo && today > agency.validTo) {
    throw new ForbiddenError(
      'agency_retired',
      `agency ${agency.id} ended on ${agency.validTo}: no more writes`,
      `${agency.name} đã ngừng hoạt động từ sau ngày ${vnDate(agency.validTo)}; không thể cập nhật dữ liệu cho cơ quan này.` +
        (agency.successorId ? ` Cơ quan tiếp nhận: ${agency.successorId}.` : ''),
    );
  }
  if (agency.validFrom && today < agency.validFrom) {
    throw new ForbiddenError(
      'agency_not_started',
      `agency ${agency.id} exists from ${agency.validFrom}`,
      `${agency.name} hoạt động từ ngày ${vnDate(agency.validFrom)}; chưa thể cập nhật dữ liệu cho cơ quan này.`,
    );
  }
}

/** Agency checks against the store: `existing` for any access, `current` for writes. */
export function makeAgencyGate({ agencies, clock }: { agencies: Pick<AgencyStore, 'get'>; clock: Clock }) {
  return {
    /** The caller's own agency; refused when it does not exist. */
    async callerAgency(caller: Caller): Promise<Agency> {
      const agency = await agencies.get(caller.agencyId);
      if (!agency) throw unknownAgency(caller.agencyId);
      return agency;
    },
    /** An agency the caller writes for: it must exist (404 otherwise) and be current. */
    async writable(agencyId: string): Promise<Agency> {
      const agency = await agencies.get(agencyId);
      if (!agency) throw notFound('agency');
      requireCurrentAgency(agency, clock.now());
      return agency;
    },
  };
}
export type AgencyGate = ReturnType<typeof makeAgencyGate>;
