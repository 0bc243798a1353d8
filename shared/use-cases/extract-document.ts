/**
 * The extract stage, for one object created under `incoming/`: re-verify the bytes against the upload
 * session (size, SHA-256, magic bytes), dedupe by content within the agency, read the text (text-layer
 * PDFs with pdf-text, everything else with the configured OCR engine), record `extracted` and then write
 * `extracted/{docId}.json` (whose event starts classification).
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
import type { DocumentRecord, DocumentStore, ObjectReader, UploadSession, UploadSessionStore } from '../ports.ts';
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
  skipped?: 'not_an_upload' | 'no_session' | 'no_document' | 'already_processed';
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
  async function read(bytes: Uint8Array, session: UploadSession, objectKey: string, docId: string) {
    const useTextLayer = session.contentType === 'application/pdf' && (await deps.hasTextLayer(bytes));
    const engine = useTextLayer ? deps.engines.pdfText : deps.engines.ocr;
    return engine.extract(
      {
        bytes,
        contentType: session.contentType,
        fileName: session.fileName,
        location: { bucket: deps.bucket, key: objectKey },
      },
      { jobToken: docId },
    );
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
    if (!session || session.objectKey !== object.key || session.agencyId !== parsed.agencyId) {
      return { docId: null, status: null, skipped: 'no_session' };
    }
    const { docId } = session;
    const doc = await deps.documents.get(docId);
    if (!doc) return { docId, status: null, skipped: 'no_document' };

    if (doc.status === 'extracted') {
      // A previous delivery recorded the state but may have died before writing the text: finish its work.
      if (await deps.objects.exists(extractedKey(docId)))
        return { docId, status: doc.status, skipped: 'already_processed' };
      const bytes = await deps.objects.get(object.key);
      const text = await read(bytes, session, object.key, docId);
      if (!('pending' in text)) await writeText(docId, text);
      return { docId, status: doc.status };
    }
    if (doc.status !== 'uploading') return { docId, status: doc.status, skipped: 'already_processed' };

    const digitizedAt = object.eventTime;
    const bytes = await deps.objects.get(object.key);
    const rejection = checkUploadedFile(bytes, session);
    if (rejection) {
      const out = await settle(
        docId,
        (c) => rejectedRecord(c, rejection.reason, rejection.messageVi, digitizedAt),
        'rejected',
      );
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
      text = await read(bytes, session, object.key, docId);
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
