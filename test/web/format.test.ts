/** What a clerk reads: dates dd/mm/yyyy in Vietnam time, vi-VN numbers, no English, neutralised names. */
import { describe, expect, it } from 'vitest';
import { displayFileName } from '#shared/domain/file-names.ts';
import { errorFromResponse } from '../../web/src/api.ts';
import { identityOf } from '../../web/src/auth.ts';
import { formatDate, formatDateTime, formatNumber, formatPercent, parseDmy } from '../../web/src/format.ts';
import { explainClassifierReason, explainReason } from '../../web/src/messages.ts';

describe('formatting', () => {
  it('writes dates as dd/mm/yyyy, instants in Vietnam time (31/12 23:30 +07 is still 31/12)', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('2025-12-31T16:30:00.000Z')).toBe('31/12/2025');
    expect(formatDate('2025-12-31T17:30:00.000Z')).toBe('01/01/2026');
    expect(formatDateTime('2026-03-05T02:07:00.000Z')).toBe('05/03/2026 09:07');
    expect(formatDate(null)).toBe('—');
  });

  it('reads dd/mm/yyyy back and refuses dates that do not exist', () => {
    expect(parseDmy('5/3/2024')).toBe('2024-03-05');
    expect(parseDmy('29/02/2023')).toBeNull();
    expect(parseDmy('2024-03-05')).toBeNull();
  });

  it('formats numbers and rates the vi-VN way', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatPercent(0.455)).toBe('45,5 %');
    expect(formatPercent(null)).toBe('—');
  });

  it('writes bidirectional, zero-width and control characters in file names out as the API does (React escapes the HTML)', () => {
    expect(displayFileName('hoa-don\u202Egpj.exe')).toBe('hoa-don<U+202E>gpj.exe');
    expect(displayFileName('ho\u200Bso\u0007.pdf')).toBe('ho<U+200B>so<U+0007>.pdf');
    expect(displayFileName('<script>alert(1)</script>.pdf')).toBe('<script>alert(1)</script>.pdf');
    // Already written out (an API's originalFileName shown again): unchanged.
    expect(displayFileName('hoa-don<U+202E>gpj.exe')).toBe('hoa-don<U+202E>gpj.exe');
  });
});

describe('messages', () => {
  it('explains every documented reason code, and an unknown one without English', () => {
    const codes =
      'empty_file size_mismatch checksum_mismatch type_mismatch unsupported_type encrypted_pdf corrupt_file document_too_large ocr_failed duplicate_file duplicate_paper not_a_result expired_before_digitized low_confidence unknown_type missing_fields uncertain_not_a_result rejected_in_review missing_doc_number missing_issue_date missing_issuer doc_number_uncertain title_from_body type_from_symbol inner_page ambiguous_type issue_date_in_future expiry_before_issue'.split(
        ' ',
      );
    const unknown = explainReason('something_new');
    for (const code of codes) {
      const e = explainReason(code);
      expect(e.why, code).not.toBe(unknown.why);
      expect(e.why + e.todo, code).not.toMatch(/[a-z]+_[a-z]+/);
    }
    expect(unknown.why).toBe('Đã xảy ra lỗi không xác định.');
  });

  it('translates the classifier reasons, and never shows one it does not know', () => {
    expect(explainClassifierReason('title "Giấy khai sinh" (line start)')).toBe(
      'Tìm thấy tiêu đề “Giấy khai sinh” ở đầu dòng.',
    );
    expect(explainClassifierReason('3 supporting phrase(s)')).toBe('3 cụm từ đặc trưng của loại giấy tờ này.');
    expect(explainClassifierReason('brand new rule')).toBe('Một quy tắc nhận dạng khác.');
  });

  it('keeps the API’s Vietnamese message, and replaces API Gateway’s English one', () => {
    expect(errorFromResponse(404, { error: 'not_found', message: 'Không tìm thấy hồ sơ.' }).message).toBe(
      'Không tìm thấy hồ sơ.',
    );
    expect(errorFromResponse(404, { message: 'Not Found' }).message).toBe('Không tìm thấy dữ liệu yêu cầu.');
    expect(errorFromResponse(503, null).message).toMatch(/^Máy chủ/);
  });

  it('reads agency and role from the access token, and refuses a token without a known role', () => {
    const token = (claims: object) => `x.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.y`;
    expect(
      identityOf({
        access_token: token({ agencyId: 'xa-a', role: 'clerk', email: 'a@b.vn' }),
        profile: {} as never,
        expires_at: 1,
      }),
    ).toMatchObject({ agencyId: 'xa-a', role: 'clerk', name: 'a@b.vn' });
    // The person's name from the ID token's profile wins over the e-mail.
    expect(
      identityOf({
        access_token: token({ agencyId: 'xa-a', role: 'clerk', email: 'a@b.vn' }),
        profile: { name: 'Lò Thị Mai' } as never,
        expires_at: 1,
      }),
    ).toMatchObject({ name: 'Lò Thị Mai' });
    expect(
      identityOf({
        access_token: token({ 'custom:agencyId': 'so-x', 'custom:role': 'viewer' }),
        profile: {} as never,
        expires_at: 1,
      }),
    ).toMatchObject({ role: 'viewer' });
    expect(
      identityOf({ access_token: token({ agencyId: 'xa-a', role: 'root' }), profile: {} as never, expires_at: 1 }),
    ).toBeNull();
  });
});
