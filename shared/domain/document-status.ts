/**
 * The pipeline as a visible state machine (STYLE.md §6). Every stage reads the document, asks these pure
 * functions whether its move is allowed, and writes the next state with a conditional write on the version
 * it read, so a redelivered or reordered event is a no-op instead of a second count.
 */

import type { DocumentStatus, TerminalStatus } from './types.ts';
import { TERMINAL_STATUSES } from './types.ts';
import { vnYearOf } from './vn-time.ts';

/** What moves a document. */
export type DocumentEvent =
  /** extract: the file passed verification and was read (sync engines). */
  | 'extracted'
  /** extract: an asynchronous OCR job (Textract multi-page) was started. */
  | 'ocr_started'
  /** extract: same bytes already uploaded by this agency, or classify: same paper already counted. */
  | 'duplicate'
  /** extract/collect: the file can never be read, or does not match its upload session. */
  | 'rejected'
  /** classify: an outcome of classification. */
  | 'classified'
  /** reclassify: classification re-run on stored text. */
  | 'reclassified'
  /** review by a clerk or admin. */
  | 'review_accept'
  | 'review_reject'
  /** review by a clerk that overrides the pipeline (domain/review.ts `isOverride`): waits for an admin. */
  | 'override_request'
  /** an admin confirms the override: the requested review is applied. */
  | 'override_confirm'
  /** an admin rejects the override: the document goes back to the state it was in. */
  | 'override_reject';

const ANY_CLASSIFICATION: readonly DocumentStatus[] = ['classified', 'needs_review', 'expired', 'not_a_result'];

/** For each event, the states it may start from and the states it may end in. */
const RULES: Record<DocumentEvent, { from: readonly DocumentStatus[]; to: readonly DocumentStatus[] }> = {
  extracted: { from: ['uploading', 'extracting'], to: ['extracted'] },
  ocr_started: { from: ['uploading'], to: ['extracting'] },
  duplicate: { from: ['uploading', 'extracted'], to: ['duplicate'] },
  rejected: { from: ['uploading', 'extracting', 'extracted'], to: ['rejected'] },
  classified: { from: ['extracted'], to: [...ANY_CLASSIFICATION, 'duplicate', 'rejected'] },
  reclassified: { from: ANY_CLASSIFICATION, to: [...ANY_CLASSIFICATION, 'duplicate'] },
  review_accept: { from: ['needs_review', 'classified', 'not_a_result', 'expired'], to: ['classified', 'expired'] },
  review_reject: { from: ['needs_review', 'classified', 'not_a_result', 'expired'], to: ['rejected'] },
  override_request: { from: ['classified', 'not_a_result', 'expired'], to: ['pending_confirmation'] },
  override_confirm: { from: ['pending_confirmation'], to: ['classified', 'expired'] },
  override_reject: { from: ['pending_confirmation'], to: ['classified', 'not_a_result', 'expired'] },
};

/** The states a document passes through before its terminal one. */
export const NON_TERMINAL_STATUSES = [
  'uploading',
  'extracting',
  'extracted',
] as const satisfies readonly DocumentStatus[];

/**
 * Hours after its upload past which a document still not terminal is overdue: the pipeline reconciler's
 * alarm (OverdueDocuments) and the report's data-quality line count these.
 */
export const OVERDUE_AFTER_HOURS = 6;

export function isTerminal(status: DocumentStatus): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly DocumentStatus[]).includes(status);
}

/** Whether `event` may act on a document currently in `from`. */
export function canApply(event: DocumentEvent, from: DocumentStatus): boolean {
  return RULES[event].from.includes(from);
}

/** Whether `event` may move a document from `from` to `to`. */
export function canTransition(event: DocumentEvent, from: DocumentStatus, to: DocumentStatus): boolean {
  return RULES[event].from.includes(from) && RULES[event].to.includes(to);
}

/** Throws when the move is not in the table: a programming error, never user input. */
export function assertTransition(event: DocumentEvent, from: DocumentStatus, to: DocumentStatus): void {
  if (!canTransition(event, from, to)) throw new Error(`illegal transition ${from} -> ${to} on ${event}`);
}

/** Stored documents that reclassification may revisit (text exists and no human decided). */
export function isReclassifiable(status: DocumentStatus, reviewed: boolean): boolean {
  return !reviewed && ANY_CLASSIFICATION.includes(status);
}

/**
 * Whether a document in this state counts towards the agency (DESIGN.md "Counting"): accepted by the
 * classifier or confirmed in review. Validity at a date is the counting index's sort key, not a state.
 */
export function isAccepted(status: DocumentStatus): boolean {
  return status === 'classified';
}

/** Sort-key value meaning "no expiry": still valid on any date. */
export const NO_EXPIRY = '9999-12-31';

/**
 * The sparse counting-index keys of a document, or null when it must not be counted. Written in the same
 * item write that makes the document accepted, and removed in the write that un-accepts it.
 */
export function countingKeys(doc: {
  docId: string;
  agencyId: string;
  status: DocumentStatus;
  digitizedAt: string | null;
  expiryDate: string | null;
}): { cntpk: string; cntsk: string } | null {
  if (!isAccepted(doc.status) || !doc.digitizedAt) return null;
  return {
    cntpk: `${doc.agencyId}#${vnYearOf(doc.digitizedAt)}`,
    cntsk: `${doc.expiryDate ?? NO_EXPIRY}#${doc.docId}`,
  };
}
