/**
 * Shared vocabulary of sohoa. Pure types: no I/O, no AWS SDK.
 * Field names of `Classification` are the `extract --json` contract of DESIGN.md: keep them stable.
 */

/** Administrative tier of an issuing body or agency. A city or town under the province is `district`. */
export type Level = 'province' | 'district' | 'commune';
export const LEVELS: readonly Level[] = ['province', 'district', 'commune'] as const;

export type OcrEngineName = 'tesseract' | 'textract' | 'pdf-text';

/** One line of recognised text; `confidence` is 0–1. */
export interface ExtractedLine {
  text: string;
  confidence: number;
}

export interface ExtractedPage {
  /** 1-based page number. */
  pageNumber: number;
  lines: ExtractedLine[];
}

/** Engine-neutral OCR output, stored as `extracted/{docId}.json`. */
export interface ExtractedText {
  engine: OcrEngineName;
  pages: ExtractedPage[];
  /** Engine-specific notes worth keeping (e.g. "page 3 had no text"), English. */
  warnings?: string[];
  /** Contents of the QR codes found on the page images (2023-rule results carry a lookup URL or codes). */
  qr?: string[];
}

export type DocumentKind = 'result' | 'not_a_result';

/** The `extract --json` / `classify --json` contract (DESIGN.md). Dates ISO YYYY-MM-DD, absent values null. */
export interface Classification {
  kind: DocumentKind;
  docType: string | null;
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  level: Level | null;
  place: string | null;
  issueDate: string | null;
  expiryDate: string | null;
  holder: string | null;
  confidence: number;
  engine: OcrEngineName | null;
  pages: number;
  warnings: string[];
  /** Whether the pipeline sends this document to a person (`needs_review`); see domain/review.ts. */
  needsReview?: boolean;
  /** Why (codes such as `low_confidence`, `missing_doc_number`, `unknown_type`); empty when accepted. */
  reviewReasons?: string[];
  /** Which phrases and rules decided the type (for review and debugging). */
  reasons?: string[];
}

/** Pipeline states. Terminal states are the six of DESIGN.md. */
export type DocumentStatus =
  | 'uploading'
  | 'extracting'
  | 'extracted'
  | 'classified'
  | 'needs_review'
  | 'duplicate'
  | 'expired'
  | 'not_a_result'
  | 'rejected'
  /**
   * A clerk asked to override the pipeline (accept a `not_a_result` or `expired` document, or change the
   * type of an accepted one) with a reason; it waits for an admin to confirm or reject (domain/review.ts).
   * Not counted while it waits. A person's state like `needs_review`: the pipeline is done with it.
   */
  | 'pending_confirmation';

export const TERMINAL_STATUSES = [
  'classified',
  'needs_review',
  'duplicate',
  'expired',
  'not_a_result',
  'rejected',
  'pending_confirmation',
] as const satisfies readonly DocumentStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export interface Agency {
  id: string;
  name: string;
  level: Level;
  parentId: string | null;
  /** Report e-mail addresses of the agency. */
  emails: string[];
  /** ISO date the agency exists from (inclusive), null = always. */
  validFrom: string | null;
  /** ISO date of the agency's last day (inclusive), null = still exists. */
  validTo: string | null;
  /** Who inherits its inventory and documents after `validTo`. */
  successorId: string | null;
}

export interface InventoryDeclaration {
  agencyId: string;
  /** ISO date the count refers to. */
  asOf: string;
  totalValid: number;
  byType?: Record<string, number>;
  /** "tạm tính": the agency only knows an approximate backlog. */
  estimated: boolean;
  declaredBy?: string;
  declaredAt?: string;
}
