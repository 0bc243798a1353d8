/**
 * From a classification to exactly one terminal state (DESIGN.md): `classified`, `needs_review`,
 * `expired` (already invalid when digitized), `not_a_result`. `duplicate` of the same paper is decided
 * by the caller with a claim, because it needs the store.
 */
import { REVIEW_MESSAGES_VI, reviewReasons } from '#shared/domain/review.ts';
import type { Classification, DocumentStatus } from '#shared/domain/types.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import type { DocumentRecord } from '#shared/ports.ts';

export interface Outcome {
  status: Extract<DocumentStatus, 'classified' | 'needs_review' | 'expired' | 'not_a_result'>;
  reason: string | null;
  messageVi: string;
}

const REVIEW_MESSAGES: Record<string, string> = {
  ...REVIEW_MESSAGES_VI,
  missing_fields: 'Cần kiểm tra lại: thiếu số, ký hiệu, ngày cấp hoặc cơ quan cấp.',
};

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function decideOutcome(
  c: Classification,
  digitizedAt: string | null,
  needsReview: (c: Classification) => string | null,
): Outcome {
  // An uncertain answer goes to a person first, whatever it is: a misread date must not expire a result.
  const review = needsReview(c);
  if (review) {
    return {
      status: 'needs_review',
      reason: review,
      messageVi: REVIEW_MESSAGES[review] ?? 'Cần kiểm tra lại kết quả nhận dạng.',
    };
  }
  if (c.kind === 'not_a_result') {
    return {
      status: 'not_a_result',
      reason: 'not_a_result',
      messageVi: 'Tài liệu không phải là kết quả giải quyết thủ tục hành chính; không được tính.',
    };
  }
  const digitizedDate = digitizedAt ? vnDateOf(digitizedAt) : null;
  if (c.expiryDate && digitizedDate && c.expiryDate < digitizedDate) {
    return {
      status: 'expired',
      reason: 'expired_before_digitized',
      messageVi: `Giấy tờ đã hết hiệu lực từ ngày ${dmy(c.expiryDate)}, trước ngày số hóa; không được tính.`,
    };
  }
  return { status: 'classified', reason: null, messageVi: `Đã phân loại: ${c.title ?? c.docType ?? 'kết quả TTHC'}.` };
}

/** Reason code for a classification a review rule flagged: the first of the domain's review reasons. */
export function reviewReason(c: Classification): string {
  return reviewReasons(c)[0] ?? 'low_confidence';
}

/**
 * Fingerprint of the paper (not the file): the same result scanned twice gives different bytes but the
 * same type, number and issue date. Null when too little is known to say two scans are one paper.
 */
export function paperFingerprint(c: Pick<Classification, 'docType' | 'docNumber' | 'issueDate'>): string | null {
  if (!c.docType || !c.docNumber || !c.issueDate) return null;
  const number = c.docNumber
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, '');
  return `paper#${c.docType}#${number}#${c.issueDate}`;
}

export const contentClaimKey = (sha256: string) => `sha256#${sha256}`;

/** Classification fields of a document not classified yet. */
export function emptyClassification(): Omit<DocumentRecord, Exclude<keyof DocumentRecord, ClassificationField>> {
  return {
    kind: null,
    docType: null,
    title: null,
    docNumber: null,
    issuer: null,
    level: null,
    place: null,
    issueDate: null,
    expiryDate: null,
    holder: null,
    confidence: 0,
    engine: null,
    pages: 0,
    warnings: [],
  };
}

type ClassificationField =
  | 'kind'
  | 'docType'
  | 'title'
  | 'docNumber'
  | 'issuer'
  | 'level'
  | 'place'
  | 'issueDate'
  | 'expiryDate'
  | 'holder'
  | 'confidence'
  | 'engine'
  | 'pages'
  | 'warnings';
