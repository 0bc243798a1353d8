import { describe, expect, it } from 'vitest';
import type { Agency } from '#shared/domain/types.ts';
import { ForbiddenError, UnauthorizedError } from '#shared/errors.ts';
import { callerFromClaims, requireCurrentAgency } from '#shared/use-cases/access.ts';

const agency: Agency = {
  id: 'ubnd-xa-cu',
  name: 'UBND xã Cũ',
  level: 'commune',
  parentId: null,
  emails: [],
  validFrom: '2020-01-01',
  validTo: '2025-06-30',
  successorId: 'ubnd-xa-moi',
};

describe('requireCurrentAgency (Vietnam time)', () => {
  it('allows writes through the last day in Vietnam and refuses them from 00:00 the next day (UTC+7)', () => {
    // 23:59 on 30 June in Vietnam.
    expect(() => requireCurrentAgency(agency, new Date('2025-06-30T16:59:59.000Z'))).not.toThrow();
    // 00:00 on 1 July in Vietnam, still 30 June in UTC.
    let refusal: unknown;
    try {
      requireCurrentAgency(agency, new Date('2025-06-30T17:00:00.000Z'));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect((refusal as ForbiddenError).code).toBe('agency_retired');
    expect((refusal as ForbiddenError).messageVi).toBe(
      'UBND xã Cũ đã ngừng hoạt động từ sau ngày 30/06/2025; không thể cập nhật dữ liệu cho cơ quan này. Cơ quan tiếp nhận: ubnd-xa-moi.',
    );
  });

  it('refuses writes before validFrom', () => {
    expect(() => requireCurrentAgency(agency, new Date('2019-12-31T16:59:00.000Z'))).toThrow(ForbiddenError);
    expect(() => requireCurrentAgency(agency, new Date('2019-12-31T17:00:00.000Z'))).not.toThrow();
  });
});

describe('callerFromClaims', () => {
  it('reads Cognito custom attributes and plain claims; refuses a missing role or a malformed agency id', () => {
    expect(callerFromClaims({ 'custom:agencyId': 'so-y-te', 'custom:role': 'viewer', email: 'a@b.vn' })).toEqual({
      agencyId: 'so-y-te',
      role: 'viewer',
      subject: 'a@b.vn',
    });
    expect(() => callerFromClaims({ agencyId: 'so-y-te' })).toThrow(UnauthorizedError);
    for (const bad of ['a/../x', '../so-y-te', 'so y te', 'x'.repeat(2048)]) {
      expect(() => callerFromClaims({ agencyId: bad, role: 'clerk' }), bad).toThrow(UnauthorizedError);
    }
  });
});
