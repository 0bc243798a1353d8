/**
 * The pipeline reconciler: finds documents that are not terminal past a deadline per state and drives each
 * forward, or ends it `rejected` with a reason — never silently (every action is logged and counted).
 *
 * - `uploading` with its bytes in `incoming/`: the object event was lost (local queues die with the
 *   process; a redriven message may have been dropped) → re-emit the object event (`redrive(objectKey)`).
 * - `uploading` without bytes past the URL's expiry + grace → `rejected: upload_expired`. A document sent
 *   as page images has its bytes only when every page is stored (then the last page's event is re-emitted);
 *   with a page missing it waits like a single file, then ends `upload_expired`.
 * - `extracted` with its text → re-emit the text's event (classification runs again, idempotently);
 *   without text but with bytes → re-emit the object event (extract finishes its own work);
 *   with neither → `rejected: object_missing`.
 * - `extracting` (an asynchronous OCR job whose completion notice did not arrive): past the processing
 *   deadline the job is polled by its id when the composition can (`collectOcrJob`, Textract's
 *   GetDocumentTextDetection in AWS): a finished job is collected as the notice would have been, a failed one
 *   ends `rejected: ocr_failed`; a job still running (or one that cannot be polled) past the OCR deadline →
 *   `rejected: ocr_timeout`.
 *
 * Documents still not terminal `overdueMs` after their upload are counted in `overdue` (a metric and an alarm
 * in AWS, the report's data-quality section): whatever the reconciler could not finish needs a person.
 *
 * Every re-emitted event is idempotent downstream (conditional writes on the version read), so running the
 * reconciler while events are in flight costs at most a redundant delivery.
 */
import { canApply, isTerminal, NON_TERMINAL_STATUSES, OVERDUE_AFTER_HOURS } from '#shared/domain/document-status.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { DocumentStatus } from '#shared/domain/types.ts';
import { TextractJobNotReadyError } from '#shared/errors.ts';
import type { TextractCompletion } from '#shared/events/textract-notifications.ts';
import type { Clock, DocumentRecord, DocumentStore, ObjectReader, UploadSessionStore } from '#shared/ports.ts';
import { advance } from './advance.ts';

export type StuckReason = 'upload_expired' | 'object_missing' | 'ocr_timeout';

/** Vietnamese messages of the reconciler's rejections (STYLE.md: the clerk reads these). */
export const STUCK_MESSAGES_VI: Record<StuckReason, string> = {
  upload_expired: 'Tệp không được tải lên trước khi đường dẫn tải lên hết hạn; vui lòng tải lên lại.',
  object_missing: 'Không tìm thấy tệp đã tải lên trong kho lưu trữ; vui lòng tải lên lại.',
  ocr_timeout: 'Nhận dạng văn bản (OCR) quá thời gian cho phép; vui lòng tải lên lại hoặc liên hệ quản trị.',
};

export interface PipelineDeadlines {
  /** After the upload URL's expiry, how long a document without bytes may stay `uploading`. */
  uploadGraceMs: number;
  /** How long since its last change a document with its input present may stay `uploading`/`extracted`. */
  processingMs: number;
  /** How long since its last change a document may stay `extracting` (async OCR job). */
  ocrMs: number;
  /** Since its upload, after which a document still not terminal is `overdue` (alarmed, reported). */
  overdueMs: number;
}

export const DEFAULT_PIPELINE_DEADLINES: PipelineDeadlines = {
  uploadGraceMs: 60 * 60_000,
  processingMs: 30 * 60_000,
  ocrMs: 2 * 60 * 60_000,
  overdueMs: OVERDUE_AFTER_HOURS * 3600_000,
};

export { NON_TERMINAL_STATUSES, OVERDUE_AFTER_HOURS };

/** Whether a document is still not terminal `overdueMs` after its upload. */
export function isOverdue(
  doc: Pick<DocumentRecord, 'status' | 'createdAt'>,
  now: number,
  overdueMs = DEFAULT_PIPELINE_DEADLINES.overdueMs,
): boolean {
  return !isTerminal(doc.status) && now - Date.parse(doc.createdAt) >= overdueMs;
}

export interface ReconcileLogger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface ReconcilePipelineDeps {
  documents: DocumentStore;
  sessions: Pick<UploadSessionStore, 'get'>;
  objects: Pick<ObjectReader, 'exists'>;
  /** Re-emits the object-created event of `key` (`incoming/…` or `extracted/…`) into the pipeline. */
  redrive: (key: string) => Promise<void>;
  /**
   * Polls the asynchronous OCR job of a document and, when it has finished, collects it exactly as its
   * completion notice would have (`collected`; a failed job ends the document `rejected: ocr_failed`).
   * Absent where OCR is synchronous (local tesseract): `extracting` then only times out.
   */
  collectOcrJob?: (jobId: string, docId: string) => Promise<'collected' | 'in_progress'>;
  /**
   * Where the candidates come from. Default: a scan of every document. In AWS: only the non-terminal ones,
   * through the per-agency status index (`nonTerminalDocuments`), so a pass reads what it may act on.
   */
  candidates?: (options: { agencyId?: string }) => AsyncIterable<DocumentRecord>;
  clock: Clock;
  logger?: ReconcileLogger;
}

export type PipelineAction = 'redrive_object' | 'redrive_text' | 'poll_ocr_job' | 'rejected';

export interface StuckDocument {
  docId: string;
  agencyId: string;
  status: DocumentStatus;
  /** Minutes since the document last changed. */
  ageMinutes: number;
  action: PipelineAction;
  /** For `rejected`. */
  reason?: StuckReason;
  /** Whether the action was carried out (`fix`) or only proposed. */
  done: boolean;
}

export interface PipelineReconcileReport {
  scanned: number;
  /** Documents not terminal (whatever their age). */
  nonTerminal: number;
  /** Documents past their deadline, and what was (or would be) done. */
  stuck: StuckDocument[];
  /** Documents still not terminal `overdueMs` after their upload once the pass is done. */
  overdue: number;
  counts: Record<PipelineAction, number>;
  fixed: boolean;
}

export interface ReconcilePipelineOptions {
  agencyId?: string;
  fix?: boolean;
  deadlines?: Partial<PipelineDeadlines>;
}

const silent: ReconcileLogger = { info() {}, warn() {}, error() {} };

/**
 * `collectOcrJob` from the textract-collect stage's use-case: the job is read by its id as if its completion
 * notice had said SUCCEEDED; the read itself tells the truth (GetDocumentTextDetection: IN_PROGRESS →
 * `in_progress`; FAILED or an unknown job → the document ends `rejected: ocr_failed`; done → collected).
 */
export function makeOcrJobPoller(
  collect: (completion: TextractCompletion) => Promise<unknown>,
): (jobId: string, docId: string) => Promise<'collected' | 'in_progress'> {
  return async (jobId, docId) => {
    try {
      await collect({ jobId, status: 'SUCCEEDED', jobTag: docId, objectKey: null });
      return 'collected';
    } catch (error) {
      if (error instanceof TextractJobNotReadyError) return 'in_progress';
      throw error;
    }
  };
}

/**
 * The non-terminal documents of every agency (or one), read from the per-agency status index: one query per
 * agency and state, paged, instead of a scan of the table.
 */
export function nonTerminalDocuments(deps: {
  agencies: { list(): Promise<{ id: string }[]> };
  documents: Pick<DocumentStore, 'list'>;
}): (options: { agencyId?: string }) => AsyncIterable<DocumentRecord> {
  return async function* (options) {
    const ids = options.agencyId ? [options.agencyId] : (await deps.agencies.list()).map((a) => a.id);
    for (const agencyId of ids) {
      for (const status of NON_TERMINAL_STATUSES) {
        let cursor: string | null = null;
        do {
          const page = await deps.documents.list(agencyId, { status, cursor, limit: 200 });
          yield* page.items;
          cursor = page.cursor;
        } while (cursor);
      }
    }
  };
}

export function makeReconcilePipeline(deps: ReconcilePipelineDeps) {
  const logger = deps.logger ?? silent;

  /** Ends a stuck document `rejected` unless another writer moved it meanwhile. */
  async function reject(docId: string, reason: StuckReason): Promise<boolean> {
    const out = await advance(deps.documents, deps.clock, docId, (c) =>
      !isTerminal(c.status) && canApply('rejected', c.status)
        ? { ...c, status: 'rejected', reason, messageVi: STUCK_MESSAGES_VI[reason] }
        : null,
    );
    return out.written;
  }

  async function decide(
    doc: DocumentRecord,
    now: number,
    d: PipelineDeadlines,
  ): Promise<{ action: PipelineAction; reason?: StuckReason; key?: string; jobId?: string } | null> {
    const idleMs = now - Date.parse(doc.updatedAt);
    if (doc.status === 'uploading') {
      const session = await deps.sessions.get(doc.uploadId);
      const keys = session?.pages?.map((p) => p.objectKey) ?? [doc.objectKey];
      let stored = true;
      for (const key of keys) if (stored && !(await deps.objects.exists(key))) stored = false;
      if (stored) {
        const key = keys[keys.length - 1] ?? doc.objectKey;
        return idleMs >= d.processingMs ? { action: 'redrive_object', key } : null;
      }
      const urlExpiry = session ? Date.parse(session.expiresAt) : Date.parse(doc.createdAt);
      return now - urlExpiry >= d.uploadGraceMs ? { action: 'rejected', reason: 'upload_expired' } : null;
    }
    if (doc.status === 'extracting') {
      if (doc.textractJobId && deps.collectOcrJob && idleMs >= d.processingMs) {
        return { action: 'poll_ocr_job', jobId: doc.textractJobId };
      }
      return idleMs >= d.ocrMs ? { action: 'rejected', reason: 'ocr_timeout' } : null;
    }
    if (doc.status === 'extracted') {
      if (idleMs < d.processingMs) return null;
      const textKey = doc.extractedKey ?? extractedKey(doc.docId);
      if (await deps.objects.exists(textKey)) return { action: 'redrive_text', key: textKey };
      if (await deps.objects.exists(doc.objectKey)) return { action: 'redrive_object', key: doc.objectKey };
      return { action: 'rejected', reason: 'object_missing' };
    }
    return null;
  }

  return async (options: ReconcilePipelineOptions = {}): Promise<PipelineReconcileReport> => {
    const d = { ...DEFAULT_PIPELINE_DEADLINES, ...options.deadlines };
    const now = deps.clock.now().getTime();
    const report: PipelineReconcileReport = {
      scanned: 0,
      nonTerminal: 0,
      stuck: [],
      overdue: 0,
      counts: { redrive_object: 0, redrive_text: 0, poll_ocr_job: 0, rejected: 0 },
      fixed: Boolean(options.fix),
    };
    const source = deps.candidates
      ? deps.candidates({ agencyId: options.agencyId })
      : scanDocuments(deps.documents, options.agencyId);
    for await (const doc of source) {
      report.scanned += 1;
      if (isTerminal(doc.status)) continue;
      report.nonTerminal += 1;
      const overdue = isOverdue(doc, now, d.overdueMs);
      let decision: Awaited<ReturnType<typeof decide>>;
      try {
        decision = await decide(doc, now, d);
      } catch (error) {
        // One unreadable object (a storage fault) must not stop the pass for every other document.
        logger.error('stuck document not examined', { docId: doc.docId, status: doc.status, error });
        if (overdue) report.overdue += 1;
        continue;
      }
      if (!decision) {
        if (overdue) report.overdue += 1;
        continue;
      }
      const entry: StuckDocument = {
        docId: doc.docId,
        agencyId: doc.agencyId,
        status: doc.status,
        ageMinutes: Math.round((now - Date.parse(doc.updatedAt)) / 60_000),
        action: decision.action,
        ...(decision.reason ? { reason: decision.reason } : {}),
        done: false,
      };
      if (options.fix) {
        try {
          if (decision.key) {
            await deps.redrive(decision.key);
            entry.done = true;
          } else if (decision.jobId && deps.collectOcrJob) {
            const job = await deps.collectOcrJob(decision.jobId, doc.docId);
            if (job === 'collected') entry.done = true;
            else if (now - Date.parse(doc.updatedAt) >= d.ocrMs) {
              // Still running past the OCR deadline: the job is given up on, and said so.
              entry.action = 'rejected';
              entry.reason = 'ocr_timeout';
              entry.done = await reject(doc.docId, 'ocr_timeout');
            }
          } else if (decision.reason) {
            entry.done = await reject(doc.docId, decision.reason);
          }
        } catch (error) {
          // Left for the next pass (done: false), logged as an error rather than ending the pass.
          logger.error('stuck document not driven forward', { docId: doc.docId, status: doc.status, error });
        }
      }
      report.counts[entry.action] += 1;
      report.stuck.push(entry);
      // A document the pass ended is no longer overdue; one re-driven or polled still is until it lands.
      if (overdue && !(entry.action === 'rejected' && entry.done)) report.overdue += 1;
      // Never silent: a stuck document is a fault somewhere upstream (lost event, dead job, late upload).
      const extra = { docId: doc.docId, status: doc.status, action: entry.action, reason: entry.reason };
      if (options.fix) logger.warn('stuck document driven forward', { ...extra, done: entry.done });
      else logger.warn('stuck document found', extra);
    }
    if (report.stuck.length > 0 || report.nonTerminal > 0) {
      logger.info('pipeline reconcile', {
        scanned: report.scanned,
        nonTerminal: report.nonTerminal,
        overdue: report.overdue,
        stuck: report.stuck.length,
        ...report.counts,
        fixed: report.fixed,
      });
    }
    return report;
  };
}

async function* scanDocuments(documents: DocumentStore, agencyId?: string): AsyncIterable<DocumentRecord> {
  for await (const { doc } of documents.scan({ agencyId })) yield doc;
}
