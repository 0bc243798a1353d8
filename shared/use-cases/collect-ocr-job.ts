/**
 * The textract-collect stage: a finished asynchronous OCR job becomes `extracted/{docId}.json`, exactly
 * like a synchronous extraction; a failed job rejects the document.
 */
import { canApply } from '#shared/domain/document-status.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { DocumentStatus, ExtractedText } from '#shared/domain/types.ts';
import { UnknownJobError, UnreadableDocumentError } from '#shared/errors.ts';
import type { TextractCompletion } from '#shared/events/textract-notifications.ts';
import type { Clock } from '#shared/ports.ts';
import type { CollectJobFn, DocumentStore, ObjectReader } from '../ports.ts';
import { advance } from './advance.ts';

export interface CollectDeps {
  documents: DocumentStore;
  objects: ObjectReader;
  collect: CollectJobFn;
  clock: Clock;
}

const OCR_FAILED_VI = 'Dịch vụ nhận dạng không đọc được tệp này (tệp quá lớn, bị hỏng hoặc không được hỗ trợ).';

export function makeCollectOcrJob(deps: CollectDeps) {
  return async (n: TextractCompletion): Promise<{ docId: string; status: DocumentStatus | null; changed: boolean }> => {
    // The job tag is the docId (or its hash): a fallback when the job binding is not written yet.
    const docId = (await deps.documents.findJob(n.jobId)) ?? n.jobTag;
    const doc = docId ? await deps.documents.get(docId) : null;
    if (!docId || !doc) throw new UnknownJobError(n.jobId);
    // The notification overtook the extract stage's own write: come back later rather than drop it.
    if (doc.status === 'uploading') throw new UnknownJobError(n.jobId);

    const reject = (reason: string, messageVi: string) =>
      advance(deps.documents, deps.clock, docId, (c) =>
        c.status === 'extracting' && canApply('rejected', c.status)
          ? { ...c, status: 'rejected', reason, messageVi }
          : null,
      );

    if (n.status !== 'SUCCEEDED' && n.status !== 'PARTIAL_SUCCESS') {
      const out = await reject('ocr_failed', OCR_FAILED_VI);
      return { docId, status: out.doc?.status ?? null, changed: out.written };
    }

    if (doc.status === 'extracted') {
      if (await deps.objects.exists(extractedKey(docId))) return { docId, status: doc.status, changed: false };
      const text = await deps.collect(n.jobId);
      await deps.objects.put(extractedKey(docId), JSON.stringify(text), 'application/json');
      return { docId, status: doc.status, changed: true };
    }
    if (doc.status !== 'extracting') return { docId, status: doc.status, changed: false };

    let text: ExtractedText;
    try {
      text = await deps.collect(n.jobId);
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error;
      const out = await reject(error.code, error.messageVi || OCR_FAILED_VI);
      return { docId, status: out.doc?.status ?? null, changed: out.written };
    }
    const out = await advance(deps.documents, deps.clock, docId, (c) =>
      c.status === 'extracting'
        ? {
            ...c,
            status: 'extracted',
            engine: text.engine,
            pages: text.pages.length,
            extractedKey: extractedKey(docId),
            messageVi: 'Đã đọc nội dung, đang phân loại.',
          }
        : null,
    );
    if (out.written) await deps.objects.put(extractedKey(docId), JSON.stringify(text), 'application/json');
    return { docId, status: out.doc?.status ?? null, changed: out.written };
  };
}
