/**
 * Whether a classification goes to a person (`needs_review`), and why: one function for the pipeline
 * (shared/use-cases/domain-classifier.ts) and the CLI (`classify`/`extract --json`), so one file shows what
 * the pipeline would do. Pure.
 *
 * A wrong automatic acceptance corrupts the compliance report; a needless review costs a clerk's time. So a
 * result is accepted only with a known type, its own number, issue date and issuer, a confidence at or above
 * REVIEW_THRESHOLD, and none of the warnings that say the type or a key field was guessed.
 */
import type { Classification } from './types.ts';

/**
 * Below this confidence a result goes to review, as does a `not_a_result` page we are unsure of. Clean
 * documents of a catalogue type (title + number + date + issuer) score ≥ 0.75; a page typed from a mention,
 * its symbol or its body labels scores ≤ 0.55.
 */
export const REVIEW_THRESHOLD = 0.6;

/** Review reason codes, in the order they are reported (the first is the record's `reason`). */
export const REVIEW_REASONS = [
  'uncertain_not_a_result',
  'unknown_type',
  'low_confidence',
  'missing_doc_number',
  'missing_issue_date',
  'missing_issuer',
  'missing_level',
  'level_uncertain',
  'doc_number_uncertain',
  'issue_date_uncertain',
  'doc_number_from_serial',
  'title_from_body',
  'title_partial',
  'type_from_symbol',
  'inner_page',
  'ambiguous_type',
  'issue_date_in_future',
  'expiry_before_issue',
  'expiry_uncertain',
  'low_ocr_confidence',
  'classifier_error',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** Warnings of classifyText that by themselves send a result to review. */
const REVIEW_WARNINGS: ReadonlySet<string> = new Set<ReviewReason>([
  'level_uncertain',
  'doc_number_uncertain',
  'issue_date_uncertain',
  'doc_number_from_serial',
  'title_from_body',
  'title_partial',
  'type_from_symbol',
  'inner_page',
  'ambiguous_type',
  'issue_date_in_future',
  'expiry_before_issue',
  'expiry_uncertain',
  'low_ocr_confidence',
]);

/** Vietnamese messages for clerks, one per reason code. */
export const REVIEW_MESSAGES_VI: Record<ReviewReason, string> = {
  uncertain_not_a_result: 'Cần kiểm tra lại: có thể không phải là kết quả giải quyết thủ tục hành chính.',
  unknown_type: 'Cần kiểm tra lại: kết quả thuộc loại giấy tờ chưa có trong danh mục.',
  low_confidence: 'Cần kiểm tra lại: độ tin cậy nhận dạng thấp.',
  missing_doc_number: 'Cần kiểm tra lại: chưa đọc được số, ký hiệu của giấy tờ.',
  missing_issue_date: 'Cần kiểm tra lại: chưa đọc được ngày cấp.',
  missing_issuer: 'Cần kiểm tra lại: chưa đọc được cơ quan cấp.',
  missing_level: 'Cần kiểm tra lại: chưa xác định được cấp của cơ quan cấp (tỉnh, huyện, xã).',
  level_uncertain:
    'Cần kiểm tra lại: cấp của cơ quan cấp ở phần đầu giấy tờ khác với cấp ở phần chữ ký (có thể mất một dòng tên cơ quan).',
  doc_number_from_serial:
    'Cần kiểm tra lại: không đọc được số vào sổ cấp giấy chứng nhận, tạm dùng số phát hành (seri).',
  title_partial: 'Cần kiểm tra lại: tên giấy tờ chỉ khớp một phần với loại trong danh mục.',
  doc_number_uncertain: 'Cần kiểm tra lại: số của giấy tờ đọc được không chắc chắn (chữ viết tay).',
  issue_date_uncertain: 'Cần kiểm tra lại: ngày cấp đọc được không chắc chắn (chữ mờ hoặc viết tay).',
  title_from_body: 'Cần kiểm tra lại: không đọc được tên giấy tờ, loại giấy tờ được suy ra từ nội dung.',
  type_from_symbol: 'Cần kiểm tra lại: không đọc được tên giấy tờ, loại giấy tờ được suy ra từ ký hiệu.',
  inner_page: 'Cần kiểm tra lại: đây là trang bên trong của giấy tờ, thiếu trang có tên và số.',
  ambiguous_type: 'Cần kiểm tra lại: giấy tờ có thể thuộc hai loại khác nhau.',
  issue_date_in_future: 'Cần kiểm tra lại: ngày cấp sau ngày hiện tại.',
  expiry_before_issue: 'Cần kiểm tra lại: ngày hết hiệu lực trước ngày cấp.',
  expiry_uncertain: 'Cần kiểm tra lại: chưa xác định chắc chắn được ngày hết hiệu lực của giấy tờ.',
  low_ocr_confidence: 'Cần kiểm tra lại: ảnh chụp, bản quét khó đọc; chữ nhận dạng không chắc chắn.',
  classifier_error:
    'Cần kiểm tra lại: hệ thống gặp lỗi khi phân loại giấy tờ này; xin nhập loại, số, ngày cấp và cơ quan cấp theo bản quét.',
};

/** Why `c` must be reviewed, in REVIEW_REASONS order; empty when it can be accepted as it is. */
export function reviewReasons(
  c: Pick<
    Classification,
    'kind' | 'docType' | 'docNumber' | 'issueDate' | 'issuer' | 'level' | 'confidence' | 'warnings'
  >,
): ReviewReason[] {
  // The classifier failed on this text (classify-document.ts): a person reads it, and says nothing else.
  if (c.warnings.includes('classifier_error')) return ['classifier_error'];
  const out: ReviewReason[] = [];
  if (c.kind === 'not_a_result') {
    // A page the OCR barely read is never surely not a result: it may be a result it could not see (a land
    // certificate's inner page under a guilloche read as junk).
    if (c.confidence < REVIEW_THRESHOLD || c.warnings.includes('low_ocr_confidence'))
      out.push('uncertain_not_a_result');
    return out;
  }
  if (c.docType === null) out.push('unknown_type');
  if (c.confidence < REVIEW_THRESHOLD) out.push('low_confidence');
  if (c.docNumber === null) out.push('missing_doc_number');
  if (c.issueDate === null) out.push('missing_issue_date');
  if (c.issuer === null) out.push('missing_issuer');
  else if (c.level === null) out.push('missing_level');
  if (c.warnings.length === 0) return out;
  for (const r of REVIEW_REASONS) if (REVIEW_WARNINGS.has(r) && c.warnings.includes(r)) out.push(r);
  return out;
}

/** Whether the pipeline should send this classification to a human (`needs_review`). */
export function needsReview(c: Parameters<typeof reviewReasons>[0]): boolean {
  return reviewReasons(c).length > 0;
}

// Overrides: a person going against the pipeline's verdict (issue 12 item 5). A clerk's review that accepts a
// document the pipeline judged `not_a_result` or `expired`, or that changes the type of a document the pipeline
// accepted (`classified`), is not applied at once: it carries a reason, puts the document in
// `pending_confirmation` (not counted), and an admin confirms it (the review is applied, the document counts
// and is marked overridden) or rejects it (the document goes back to the state it was in). An admin's own
// override is confirmed by being made. In `needs_review` the pipeline asks a person, so correcting the type
// there is a review, not an override.

/** What a review overrides: accepting a non-result, accepting an expired result, changing an accepted type. */
export type OverrideKind = 'accept_not_a_result' | 'accept_expired' | 'change_type';

/** Vietnamese names of the override kinds (web app, audit, report notes). */
export const OVERRIDE_KIND_VI: Record<OverrideKind, string> = {
  accept_not_a_result: 'Chấp nhận giấy tờ mà hệ thống xác định không phải kết quả TTHC',
  accept_expired: 'Chấp nhận giấy tờ mà hệ thống xác định đã hết hiệu lực',
  change_type: 'Đổi loại giấy tờ hệ thống đã phân loại',
};

/** The states a pending override may return to when an admin rejects it. */
export type OverridableStatus = 'classified' | 'not_a_result' | 'expired';

/** An override as the document record keeps it (history stays on the record after the decision). */
export interface OverrideRecord {
  kind: OverrideKind;
  /** The clerk's reason (required, 1–500 characters). */
  reason: string;
  requestedBy: string;
  requestedAt: string;
  /** The review asked for: corrected fields of the accept decision. */
  fields: Record<string, unknown>;
  /** Where the document was before the request (restored when rejected). */
  fromStatus: OverridableStatus;
  fromReason: string | null;
  fromMessageVi: string | null;
  state: 'pending' | 'confirmed' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  /** The admin's note (required when rejecting). */
  note: string | null;
}

/**
 * Whether accepting a document in `fromStatus` (with type `fromDocType`), with the requested type
 * `requestedDocType` (undefined: unchanged) and an outcome `outcome`, overrides the pipeline; null when it is
 * an ordinary review.
 */
export function overrideKind(
  from: { status: string; docType: string | null },
  requestedDocType: string | null | undefined,
  outcome: 'classified' | 'expired',
): OverrideKind | null {
  if (from.status === 'not_a_result' && outcome === 'classified') return 'accept_not_a_result';
  if (from.status === 'expired' && outcome === 'classified') return 'accept_expired';
  if (from.status === 'classified' && requestedDocType !== undefined && requestedDocType !== from.docType) {
    return 'change_type';
  }
  return null;
}
