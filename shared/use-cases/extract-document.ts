/**
 * The extract stage, for one object created under `incoming/`: re-verify the bytes against the upload
 * session (size, SHA-256, magic bytes), dedupe by content within the agency, read the text (text-layer
 * PDFs with pdf-text, everything else with the configured OCR engine), record `extracted` and then write
 * `extracted/{docId}.json` (whose event starts classification).
 *
 * A document sent as page images (the session lists `pages`) starts when the event of a page finds every
 * page stored (usually the last page's event; earlier events end `waiting_for_pages`). Each page is
 * verified against its own declaration, and the pages are read in order as one document.
 *
 * Outcomes are states, not exceptions: `rejected` (with reason) and `duplicate`. Transient failures
 * (Textract throttling, network) throw, so the queue redelivers with backoff and nothing is lost.
 */
import { canApply } from '#shared/domain/document-status.ts';
import { checkUploadedFile } from '#shared/domain/file-checks.ts';
import { extractedKey, parseIncomingKey } from '#shared/domain/object-keys.ts';
import type { DocumentStatus, ExtractedText } from '#shared/domain/types.ts';
import { UnreadableDocumentError } from '#shared/errors.ts';
import type { S3ObjectRef } from '#shared/events/s3-records.ts';
import type { Clock, OcrEngine } from '#shared/ports.ts';
import type {
  DocumentRecord,
  DocumentStore,
  ObjectReader,
  UploadPage,
  UploadSession,
  UploadSessionStore,
} from '../ports.ts';
import { advance } from './advance.ts';
import { contentClaimKey } from './classification-outcome.ts';

export interface ExtractDeps {
  documents: DocumentStore;
  sessions: UploadSessionStore;
  objects: ObjectReader;
  engines: {
    /** Text layer of born-digital PDFs (O's pdf-text). */
    pdfText: OcrEngine;
    /** The configured OCR engine for scans (tesseract or textract). */
    ocr: OcrEngine;
  };
  /** Whether a PDF carries a text layer worth reading instead of OCR (O's `hasTextLayer`). */
  hasTextLayer: (bytes: Uint8Array) => Promise<boolean>;
  /** The documents bucket, so engines that read S3 directly (Textract) get the object's location. */
  bucket: string;
  clock: Clock;
}

export interface ExtractResult {
  docId: string | null;
  status: DocumentStatus | null;
  /** Why nothing was done (redelivery, foreign object). */
  skipped?: 'not_an_upload' | 'no_session' | 'no_document' | 'already_processed' | 'waiting_for_pages';
}

/** The stored objects of a session: its file, or its pages in order. */
function sessionFiles(session: UploadSession): UploadPage[] {
  return (
    session.pages ?? [
      {
        objectKey: session.objectKey,
        fileName: session.fileName,
        contentType: session.contentType,
        size: session.size,
        sha256: session.sha256,
      },
    ]
  );
}

function rejectedRecord(
  current: DocumentRecord,
  reason: string,
  messageVi: string,
  digitizedAt: string,
): DocumentRecord {
  return { ...current, status: 'rejected', reason, messageVi, digitizedAt: current.digitizedAt ?? digitizedAt };
}

export function makeExtractDocument(deps: ExtractDeps) {
  /** Reads the document's text: one file, or the pages in order as one document. */
  async function read(files: ReadonlyArray<{ page: UploadPage; bytes: Uint8Array }>, docId: string) {
    const [first, ...rest] = files.map(({ page, bytes }) => ({
      bytes,
      contentType: page.contentType,
      fileName: page.fileName,
      location: { bucket: deps.bucket, key: page.objectKey },
    }));
    if (!first) throw new Error(`document ${docId} has no files`);
    const useTextLayer =
      rest.length === 0 && first.contentType === 'application/pdf' && (await deps.hasTextLayer(first.bytes));
    const engine = useTextLayer ? deps.engines.pdfText : deps.engines.ocr;
    return engine.extract({ ...first, ...(rest.length > 0 ? { nextPages: rest } : {}) }, { jobToken: docId });
  }

  async function getFiles(session: UploadSession) {
    const files = [];
    for (const page of sessionFiles(session)) files.push({ page, bytes: await deps.objects.get(page.objectKey) });
    return files;
  }

  async function writeText(docId: string, text: ExtractedText): Promise<void> {
    await deps.objects.put(extractedKey(docId), JSON.stringify(text), 'application/json');
  }

  /** Moves an `uploading` document to `next` unless another delivery already moved it. */
  function settle(
    docId: string,
    next: (current: DocumentRecord) => DocumentRecord,
    event: 'rejected' | 'duplicate' | 'extracted' | 'ocr_started',
  ) {
    return advance(deps.documents, deps.clock, docId, (current) =>
      current.status === 'uploading' && canApply(event, current.status) ? next(current) : null,
    );
  }

  return async (object: S3ObjectRef): Promise<ExtractResult> => {
    const parsed = parseIncomingKey(object.key);
    if (!parsed) return { docId: null, status: null, skipped: 'not_an_upload' };
    const session = await deps.sessions.get(parsed.uploadId);
    const ownKeys = session ? sessionFiles(session).map((p) => p.objectKey) : [];
    if (!session || !ownKeys.includes(object.key) || session.agencyId !== parsed.agencyId) {
      return { docId: null, status: null, skipped: 'no_session' };
    }
    const { docId } = session;
    const doc = await deps.documents.get(docId);
    if (!doc) return { docId, status: null, skipped: 'no_document' };
    // Its object exists: from here on no TTL may delete the session a later (redriven) message still needs.
    if (doc.status === 'uploading') await deps.sessions.retain(parsed.uploadId);

    if (doc.status === 'extracted') {
      // A previous delivery recorded the state but may have died before writing the text: finish its work.
      if (await deps.objects.exists(extractedKey(docId)))
        return { docId, status: doc.status, skipped: 'already_processed' };
      const text = await read(await getFiles(session), docId);
      if (!('pending' in text)) await writeText(docId, text);
      return { docId, status: doc.status };
    }
    if (doc.status !== 'uploading') return { docId, status: doc.status, skipped: 'already_processed' };

    // A page of a document still missing others: the event of the page that completes it does the work.
    for (const key of ownKeys) {
      if (key !== object.key && !(await deps.objects.exists(key)))
        return { docId, status: doc.status, skipped: 'waiting_for_pages' };
    }

    const digitizedAt = object.eventTime;
    const files = await getFiles(session);
    for (const [i, { page, bytes }] of files.entries()) {
      const rejection = checkUploadedFile(bytes, page);
      if (!rejection) continue;
      const messageVi =
        files.length > 1 ? `Trang ${i + 1} (${page.fileName}): ${rejection.messageVi}` : rejection.messageVi;
      const out = await settle(docId, (c) => rejectedRecord(c, rejection.reason, messageVi, digitizedAt), 'rejected');
      return { docId, status: out.doc?.status ?? null };
    }

    const claim = await deps.documents.claim(session.agencyId, contentClaimKey(session.sha256), docId);
    if (!claim.claimed) {
      const out = await settle(
        docId,
        (c) => ({
          ...c,
          status: 'duplicate',
          reason: 'duplicate_file',
          duplicateOf: claim.owner,
          digitizedAt,
          messageVi: `Tệp này đã được tải lên trước đó (mã hồ sơ ${claim.owner}); không tính lần nữa.`,
        }),
        'duplicate',
      );
      return { docId, status: out.doc?.status ?? null };
    }

    let text: Awaited<ReturnType<typeof read>>;
    try {
      text = await read(files, docId);
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error;
      const out = await settle(docId, (c) => rejectedRecord(c, error.code, error.messageVi, digitizedAt), 'rejected');
      return { docId, status: out.doc?.status ?? null };
    }

    if ('pending' in text) {
      const { jobId } = text;
      await deps.documents.bindJob(jobId, docId);
      const out = await settle(
        docId,
        (c) => ({
          ...c,
          status: 'extracting',
          textractJobId: jobId,
          engine: deps.engines.ocr.name,
          digitizedAt,
          messageVi: 'Đang nhận dạng văn bản (OCR).',
        }),
        'ocr_started',
      );
      return { docId, status: out.doc?.status ?? null };
    }

    // State first, then the text: the text's object event starts classification, which must find `extracted`.
    const extracted = text;
    const out = await settle(
      docId,
      (c) => ({
        ...c,
        status: 'extracted',
        engine: extracted.engine,
        pages: extracted.pages.length,
        extractedKey: extractedKey(docId),
        ...(extracted.qr && extracted.qr.length > 0 ? { qr: extracted.qr } : {}),
        digitizedAt,
        messageVi: 'Đã đọc nội dung, đang phân loại.',
      }),
      'extracted',
    );
    if (out.written) await writeText(docId, extracted);
    return { docId, status: out.doc?.status ?? null };
  };
}
