/**
 * Ports: what use-cases need from the outside world, named by capability.
 * Adapters live in shared/adapters/*; only the composition modules (shared/composition/* for Lambda,
 * local/composition.ts for the local mode) construct them. Pipeline stores are implemented by
 * shared/adapters/dynamodb (DynamoDB or dynalite) and shared/adapters/s3; tests may pass fakes.
 */
import type { DocumentTypeSpec } from './domain/catalogue.ts';
import type { ComplianceRow, PendingCounts } from './domain/compliance.ts';
import type { OverrideRecord } from './domain/review.ts';
import type {
  Agency,
  Classification,
  DocumentKind,
  DocumentStatus,
  ExtractedText,
  InventoryDeclaration,
  OcrEngineName,
} from './domain/types.ts';
import type { ComplianceReport } from './use-cases/build-report.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A file to read: its bytes, and where it lives when it is in the documents bucket (Textract reads S3 directly). */
export interface OcrFile {
  bytes: Uint8Array;
  contentType: string;
  fileName?: string;
  location?: { bucket: string; key: string };
}

export interface OcrInput extends OcrFile {
  /**
   * A document sent as one image per page: its further pages (2, 3, …) in order. The engine reads this file
   * and then these as one document (one text, pages numbered on; the page cap and time budget cover them all).
   */
  nextPages?: readonly OcrFile[];
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
  /**
   * Documents of the agency now: waiting in `needs_review`, in `rejected`, overrides waiting for an admin
   * (`pending_confirmation`), and accepted documents that got in by a confirmed override.
   */
  countPending(agencyId: string): Promise<PendingCounts>;
  /**
   * Documents of the agency not terminal yet (uploading, extracting, extracted) that were uploaded before
   * `createdBefore` (ISO instant): what the pipeline reconciler could not finish by its overdue deadline.
   */
  countOverdue(agencyId: string, createdBefore: string): Promise<number>;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The rendered pieces of one compliance report: the e-mail bodies and the attachments. */
export interface RenderedReport {
  html: string;
  text: string;
  chartSvg: string;
  chartPng: Uint8Array;
  xlsx: Uint8Array;
  csv: string;
  /** File-name stem (`bao-cao-so-hoa-2025-nam-2025-12-31`). */
  stem: string;
  /** The HTML kept in the archive, with the chart referenced by file name instead of `cid:`. */
  archiveHtml: string;
}

/**
 * Turns a built report into HTML, text, chart, XLSX and CSV, and into mail messages. The adapter
 * (shared/adapters/report) loads resvg and exceljs; use-cases see only this port.
 */
export interface ReportRenderer {
  render(report: ComplianceReport): Promise<RenderedReport>;
  /** Only the XLSX workbook of `render` (the web app's download, `GET /report/xlsx`). */
  workbook(report: ComplianceReport): Promise<{ bytes: Uint8Array; fileName: string }>;
  summaryMessage(
    report: ComplianceReport,
    rendered: RenderedReport,
    envelope: { from: string; to: string[] },
  ): MailMessage;
  agencyMessage(report: ComplianceReport, row: ComplianceRow, envelope: { from: string; to: string[] }): MailMessage;
}

// Pipeline: stores, presigner, id source, and the stored document record.
/** A document as stored: the `extract --json` fields plus the pipeline's own. Absent values are null. */
export interface DocumentRecord extends Omit<Classification, 'kind'> {
  /** null until classified. */
  kind: DocumentKind | null;
  docId: string;
  agencyId: string;
  uploadId: string;
  status: DocumentStatus;
  /** Machine-readable reason for `rejected`/`duplicate`/`needs_review`/`expired`/`not_a_result`. */
  reason: string | null;
  /** Vietnamese sentence for the clerk, matching `reason`. */
  messageVi: string | null;
  /** For `duplicate`: the document this one repeats. */
  duplicateOf: string | null;
  sha256: string;
  size: number;
  contentType: string;
  /** Sanitized file name (NFC, no bidi or zero-width characters): what keys, headers and listings use. */
  fileName: string;
  /** The name as sent, escaped for display (`<U+202E>`), when it differs from `fileName`. */
  originalFileName?: string;
  /** `incoming/...` key of the original. */
  objectKey: string;
  /**
   * A document sent as page images: its pages' objects in order (`objectKey` is page 1's). Kept on the record
   * because the upload session expires; `GET /documents/{docId}/file` presigns each.
   */
  pageFiles?: Array<{ objectKey: string; fileName: string; contentType: string }>;
  /** `extracted/{docId}.json` once extracted. */
  extractedKey: string | null;
  textractJobId: string | null;
  uploadedBy: string | null;
  createdAt: string;
  /** When the scan landed in storage: the instant that decides the digitized year (Vietnam time). */
  digitizedAt: string | null;
  updatedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** QR code contents read from the page images (absent when none). */
  qr?: string[];
  /** A review that overrode the pipeline, pending or decided by an admin (domain/review.ts); absent when none. */
  override?: OverrideRecord | null;
  /** Optimistic-lock counter: every write is conditional on the version it read. */
  version: number;
}

/** One page image of a document sent one file per page, as declared to `POST /uploads`. */
export interface UploadPage {
  /** `incoming/{agencyId}/{uploadId}/{NNN}-{fileName}`. */
  objectKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface UploadSession {
  uploadId: string;
  docId: string;
  agencyId: string;
  /** The uploaded file, or page 1 of a document sent as page images. */
  objectKey: string;
  fileName: string;
  /** The name as sent, escaped for display, when it differs from `fileName`. */
  originalFileName?: string;
  contentType: string;
  /** The file's size, or the pages' total. */
  size: number;
  /** The file's SHA-256, or `documentDigest` of the pages' (upload-rules.ts). */
  sha256: string;
  /** A document sent as page images: its pages in order (absent for a single file). */
  pages?: UploadPage[];
  createdBy: string | null;
  createdAt: string;
  /** When the presigned URL stops working (ISO instant). */
  expiresAt: string;
}

export interface DocumentPage {
  items: DocumentRecord[];
  /** Opaque; pass back as `cursor` for the next page. */
  cursor: string | null;
}

/** What the counting index holds for one document (null: not indexed). */
export interface CountingEntry {
  cntpk: string;
  cntsk: string;
}

export interface DocumentStore {
  get(docId: string): Promise<DocumentRecord | null>;
  /** Creates the record of a new upload; it expires (TTL) at `expiresAt` unless a later save advances it. */
  create(doc: DocumentRecord, options: { expiresAt: string }): Promise<void>;
  /**
   * Writes `next` (with `version` = expectedVersion + 1) if the stored version is still `expectedVersion`,
   * setting or removing the counting-index attributes in the same write. False when another writer won.
   */
  save(next: DocumentRecord, expectedVersion: number): Promise<boolean>;
  list(
    agencyId: string,
    query: { status?: DocumentStatus; cursor?: string | null; limit?: number },
  ): Promise<DocumentPage>;
  /**
   * Every document (of one agency), with what the counting index holds for it; with `after`, resuming after
   * that document (the `next` of a bounded pass, in the store's own order).
   */
  scan(options?: {
    agencyId?: string;
    after?: string;
  }): AsyncIterable<{ doc: DocumentRecord; indexed: CountingEntry | null }>;
  /** Rewrites only the counting-index attributes of a document (reconcile). */
  repairCounting(docId: string, expected: CountingEntry | null): Promise<void>;
  /**
   * Claims a content key (SHA-256 of the bytes, or the fingerprint of a paper) for a document of this agency.
   * Idempotent for the same docId; otherwise returns the owner.
   */
  claim(agencyId: string, key: string, docId: string): Promise<{ owner: string; claimed: boolean }>;
  /** Drops a claim held by `docId` (when that document stops counting). */
  release(agencyId: string, key: string, docId: string): Promise<void>;
  /** Digitized years recorded for the agency's counted documents (the reader queries one partition per year). */
  countedYears(agencyId: string): Promise<number[]>;
  /**
   * How many documents of the agency are in `status`, only those created before `createdBefore` (ISO
   * instant) when given: `Select: COUNT` on the agency's status index (GET /overview).
   */
  countByStatus(agencyId: string, status: DocumentStatus, createdBefore?: string): Promise<number>;
  /** The agency's oldest documents in `status` created before `createdBefore`, oldest first, at most `limit`. */
  oldestInStatus(
    agencyId: string,
    status: DocumentStatus,
    createdBefore: string,
    limit: number,
  ): Promise<DocumentRecord[]>;
  addCountedYears(agencyId: string, years: number[]): Promise<void>;
  bindJob(jobId: string, docId: string): Promise<void>;
  findJob(jobId: string): Promise<string | null>;
}

export interface UploadSessionStore {
  /** Creates the session; the table's TTL deletes it well after its URL expired unless `retain` is called. */
  create(session: UploadSession): Promise<void>;
  get(uploadId: string): Promise<UploadSession | null>;
  /**
   * Keeps the session for good (drops its TTL): called once its object exists, so no message about the
   * object — redelivered, dead-lettered and redriven, re-emitted by the reconciler — can outlive it.
   */
  retain(uploadId: string): Promise<void>;
}

/** What POST /uploads checks so that one agency cannot take the pipeline for itself (create-upload). */
export interface UploadQuotaStore {
  /**
   * How many of the agency's documents are still `uploading` and were created at or after `since` (their
   * URL may still be in use), counting no further than `atMost`.
   */
  countInFlight(agencyId: string, since: string, atMost: number): Promise<number>;
  /**
   * Adds `bytes` to what the agency was granted on the Vietnam day `day`, unless the total would pass
   * `max`; answers whether it was added. Atomic: concurrent requests never overshoot together.
   */
  reserveDailyBytes(agencyId: string, day: string, bytes: number, max: number): Promise<boolean>;
}

export interface AgencyStore {
  put(agency: Agency): Promise<void>;
  get(agencyId: string): Promise<Agency | null>;
  list(): Promise<Agency[]>;
}

export interface InventoryStore {
  /** Keeps every declaration; the latest with `asOf` ≤ D wins when reading. */
  declare(declaration: InventoryDeclaration): Promise<void>;
  latest(agencyId: string, onOrBefore: string): Promise<InventoryDeclaration | null>;
  /** Every declaration of the agency, newest `asOf` (then newest `declaredAt`) first. */
  history(agencyId: string): Promise<InventoryDeclaration[]>;
}

/** Signs the PUT of one object with the exact headers the client must send. */
export interface UploadPresigner {
  presignPut(input: {
    key: string;
    contentType: string;
    size: number;
    sha256Base64: string;
    expiresInSeconds: number;
  }): Promise<{ url: string; headers: Record<string, string> }>;
}

/** Presigned GETs of stored scans (`GET /documents/{docId}/file`), shown inline under their file name. */
export interface ScanPresigner {
  presignGet(input: { key: string; contentType: string; fileName: string; expiresInSeconds: number }): Promise<string>;
}

/** The object store with a "missing" answer (extract re-runs only when its output is really absent). */
export interface ObjectReader {
  get(key: string): Promise<Uint8Array>;
  put(key: string, body: Uint8Array | string, contentType: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/**
 * Pure classification as the domain provides it (D's `classifyText`), against `catalogue` (the catalogue
 * in force, shared/use-cases/catalogue.ts) or the bundled catalogue.json when absent.
 */
export type ClassifyFn = (
  text: ExtractedText,
  options: { referenceDate: string; catalogue?: readonly DocumentTypeSpec[] },
) => Classification;

/**
 * Extract's work queue as the `route` stage sends to it: one S3 notification per message, tagged with its
 * fair-queue tenant (`groupId`, SQS `MessageGroupId`; shared/domain/object-keys.ts `fairnessGroupOf`).
 */
export interface ObjectEventQueue {
  send(message: { body: string; groupId: string }): Promise<void>;
}

/** Collects a finished asynchronous OCR job (O's `collectTextractJob`, bound to its client). */
export type CollectJobFn = (jobId: string) => Promise<ExtractedText>;

/** One administrative change: who, when, what, and the record before and after (null when absent). */
export interface AuditEntry {
  id: string;
  /** ISO instant. */
  at: string;
  /** The caller's subject (e-mail or user id), or the agency id when the token has none. */
  actor: string;
  /** What was done, e.g. `agency.create`, `agency.update`, `agencies.import`, `inventory.declare`. */
  action: string;
  /** The record changed, e.g. `agency:so-tu-phap`. */
  target: string;
  before: unknown;
  after: unknown;
}

/** Append-only: entries are never changed or removed. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(options?: { limit?: number; cursor?: string | null }): Promise<{ items: AuditEntry[]; cursor: string | null }>;
}

/** A user of the system as the identity provider holds it. */
export interface DirectoryUser {
  /** The provider's user name (Cognito `Username`; the e-mail locally). */
  id: string;
  email: string;
  agencyId: string;
  role: 'clerk' | 'admin' | 'viewer';
  enabled: boolean;
}

/**
 * The users who may sign in: Cognito in AWS (AdminCreateUser, ListUsers, AdminUpdateUserAttributes,
 * AdminDisableUser), a table of users in local mode. `create` answers null when the e-mail is taken;
 * `update` answers null for an unknown id.
 */
export interface UserDirectory {
  list(): Promise<DirectoryUser[]>;
  create(user: { email: string; agencyId: string; role: DirectoryUser['role'] }): Promise<DirectoryUser | null>;
  update(id: string, change: { role?: DirectoryUser['role']; enabled?: boolean }): Promise<DirectoryUser | null>;
}

/**
 * The document types admins created or changed (`POST /catalogue`, `PUT /catalogue/{id}`), kept in the
 * table. The catalogue in force is catalogue.json overlaid with these (shared/use-cases/catalogue.ts).
 */
export interface CatalogueStore {
  /** Every stored type as stored (the reader validates each). */
  list(): Promise<Record<string, unknown>[]>;
  /** Writes a type; with `ifAbsent`, answers false when the table already holds that id. */
  put(type: DocumentTypeSpec, options?: { ifAbsent?: boolean }): Promise<boolean>;
}

export interface AllStores {
  documents: DocumentStore;
  sessions: UploadSessionStore;
  quota: UploadQuotaStore;
  agencies: AgencyStore;
  inventory: InventoryStore;
  audit: AuditLog;
  catalogue: CatalogueStore;
}
