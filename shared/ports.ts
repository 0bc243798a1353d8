/**
 * Ports: what use-cases need from the outside world, named by capability.
 * Adapters live in shared/adapters/*; only the composition modules (shared/composition/*) construct them.
 */
import type { Agency, ExtractedText, InventoryDeclaration, OcrEngineName } from './domain/types.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A file to read: its bytes, and where it lives when it is in the documents bucket (Textract reads S3 directly). */
export interface OcrInput {
  bytes: Uint8Array;
  contentType: string;
  fileName?: string;
  location?: { bucket: string; key: string };
}

/**
 * An OCR engine. `extract` resolves to text, or to `pending` when the engine answers asynchronously
 * (Textract multi-page jobs: the collector finishes them). Throws `UnreadableDocumentError` for input it
 * can never read (corrupt, encrypted, unsupported), and any other error for transient failures.
 */
export interface OcrEngine {
  readonly name: OcrEngineName;
  extract(input: OcrInput, options?: { jobToken?: string }): Promise<ExtractedText | { pending: true; jobId: string }>;
  close?(): Promise<void>;
}

export interface MailAttachment {
  filename: string;
  content: Uint8Array | string;
  contentType: string;
  /** Content-ID for inline images referenced as `cid:` in the HTML. */
  cid?: string;
}

export interface MailMessage {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
}

/** Sends (SES v2 in the cloud) or files (the local outbox) one MIME message. */
export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string; location?: string }>;
}

/** Objects in the documents bucket, by key. */
export interface ObjectStore {
  get(key: string): Promise<Uint8Array>;
  put(key: string, body: Uint8Array | string, contentType: string): Promise<void>;
}

/**
 * What the compliance report reads. Counting rules are DESIGN.md "Counting"; the DynamoDB adapter answers
 * `countCounted` with `Select: COUNT` queries on the sparse counting index.
 */
export interface ComplianceReader {
  listAgencies(): Promise<Agency[]>;
  /** Latest declaration of the agency with `asOf` ≤ `onOrBefore` (ISO date), or null. */
  latestInventory(agencyId: string, onOrBefore: string): Promise<InventoryDeclaration | null>;
  /**
   * Documents of the agency that count: accepted (classified or confirmed in review), not duplicates,
   * digitized in [digitizedFrom, digitizedTo] (ISO instants, inclusive; from = null means since the start),
   * and still valid on `validOn` (ISO date: expiryDate absent or ≥ validOn).
   */
  countCounted(q: {
    agencyId: string;
    digitizedFrom: string | null;
    digitizedTo: string;
    validOn: string;
  }): Promise<number>;
  /** Documents of the agency waiting in `needs_review` and in `rejected` now. */
  countPending(agencyId: string): Promise<{ needsReview: number; rejected: number }>;
}
