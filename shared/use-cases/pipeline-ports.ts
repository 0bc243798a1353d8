/**
 * Ports of the pipeline use-cases (stores, presigner, id source) and the stored document record.
 * Implemented by shared/adapters/dynamodb (DynamoDB or dynalite) and shared/adapters/s3; tests may pass fakes.
 */
import type {
  Agency,
  Classification,
  DocumentKind,
  DocumentStatus,
  ExtractedText,
  InventoryDeclaration,
} from '#shared/domain/types.ts';

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
  /** Sanitized file name (NFC). */
  fileName: string;
  /** `incoming/...` key of the original. */
  objectKey: string;
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
  /** Optimistic-lock counter: every write is conditional on the version it read. */
  version: number;
}

export interface UploadSession {
  uploadId: string;
  docId: string;
  agencyId: string;
  objectKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
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
  /** Every document (of one agency), with what the counting index holds for it. */
  scan(options?: { agencyId?: string }): AsyncIterable<{ doc: DocumentRecord; indexed: CountingEntry | null }>;
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
  addCountedYears(agencyId: string, years: number[]): Promise<void>;
  bindJob(jobId: string, docId: string): Promise<void>;
  findJob(jobId: string): Promise<string | null>;
}

export interface UploadSessionStore {
  create(session: UploadSession): Promise<void>;
  get(uploadId: string): Promise<UploadSession | null>;
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

/** Pure classification as the domain provides it (D's `classifyText`). */
export type ClassifyFn = (text: ExtractedText, options: { referenceDate: string }) => Classification;

/** Collects a finished asynchronous OCR job (O's `collectTextractJob`, bound to its client). */
export type CollectJobFn = (jobId: string) => Promise<ExtractedText>;

export interface AllStores {
  documents: DocumentStore;
  sessions: UploadSessionStore;
  agencies: AgencyStore;
  inventory: InventoryStore;
}
