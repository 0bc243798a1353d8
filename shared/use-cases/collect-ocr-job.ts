/**
 * The textract-collect stage: a finished asynchronous OCR job becomes `extracted/{docId}.json`, exactly
 * like a synchronous extraction; a failed job rejects the document.
 */
import { canApply } from '#shared/domain/document-status.ts';
import { SohoaError } from '#shared/domain/errors.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { DocumentStatus } from '#shared/domain/types.ts';
import type { TextractCompletion } from '#shared/events/textract-notifications.ts';
import type { Clock } from '#shared/ports.ts';
import { advance } from './advance.ts';
import type { CollectJobFn, DocumentStore, ObjectReader } from './pipeline-ports.ts';

export interface CollectDeps {
  documents: DocumentStore;
  objects: ObjectReader;
  collect: CollectJobFn;
  clock: Clock;
}

/** The job is not bound to a document yet (the notification overtook the extract write): retry later. */
export class UnknownJobError extends SohoaError {
  constructor(jobId: string) {
    super('unknown_job', `no document for OCR job ${jobId} yet`, 'Hồ sơ đang được xử lý.', { userError: false });
  }
}

export function makeCollectOcrJob(deps: CollectDeps) {
  return async (n: TextractCompletion): Promise<{ docId: string; status: DocumentStatus | null; changed: boolean }> => {
    const docId = await deps.documents.findJob(n.jobId);
    if (!docId) throw new UnknownJobError(n.jobId);
    const doc = await deps.documents.get(docId);
    if (!doc) return { docId, status: null, changed: false };

    if (n.status !== 'SUCCEEDED' && n.status !== 'PARTIAL_SUCCESS') {
      const out = await advance(deps.documents, deps.clock, docId, (c) =>
        c.status === 'extracting' && canApply('rejected', c.status)
          ? {
              ...c,
              status: 'rejected',
              reason: 'ocr_failed',
              messageVi: 'Dịch vụ nhận dạng không đọc được tệp này (tệp quá lớn, bị hỏng hoặc không được hỗ trợ).',
            }
          : null,
      );
      return { docId, status: out.doc?.status ?? null, changed: out.written };
    }

    if (doc.status === 'extracted') {
      if (await deps.objects.exists(extractedKey(docId))) return { docId, status: doc.status, changed: false };
      const text = await deps.collect(n.jobId);
      await deps.objects.put(extractedKey(docId), JSON.stringify(text), 'application/json');
      return { docId, status: doc.status, changed: true };
    }
    if (doc.status !== 'extracting') return { docId, status: doc.status, changed: false };

    const text = await deps.collect(n.jobId);
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
