/**
 * The classify stage: reads `extracted/{docId}.json`, classifies it, and moves the document from
 * `extracted` to exactly one terminal state in one conditional write (which also sets or clears its
 * counting-index entry). A redelivered event finds the document terminal and does nothing.
 */
import { z } from 'zod';
import { canApply, type DocumentEvent } from '#shared/domain/document-status.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { Classification, ExtractedText } from '#shared/domain/types.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import { NotReadyError } from '#shared/errors.ts';
import type { Clock } from '#shared/ports.ts';
import type { ClassifyFn, DocumentRecord, DocumentStore, ObjectReader } from '../ports.ts';
import { advance } from './advance.ts';
import type { CatalogueSource } from './catalogue.ts';
import { decideOutcome, emptyClassification, paperFingerprint } from './classification-outcome.ts';
import { needsReviewWithDomain } from './domain-classifier.ts';

export interface ClassifyDeps {
  documents: DocumentStore;
  objects: Pick<ObjectReader, 'get'>;
  classify: ClassifyFn;
  /** Review rule returning a reason code or null; default: the domain's `needsReview`. */
  needsReview?: (c: Classification) => string | null;
  /** The catalogue in force (the table's, cached); the bundled catalogue.json when absent. */
  catalogue?: CatalogueSource;
  clock: Clock;
}

const extractedTextSchema = z.object({
  engine: z.enum(['tesseract', 'textract', 'pdf-text']),
  pages: z.array(
    z.object({
      pageNumber: z.number(),
      lines: z.array(z.object({ text: z.string(), confidence: z.number() })),
    }),
  ),
  warnings: z.array(z.string()).optional(),
  qr: z.array(z.string()).optional(),
});

export async function readExtractedText(objects: Pick<ObjectReader, 'get'>, docId: string): Promise<ExtractedText> {
  const bytes = await objects.get(extractedKey(docId));
  return extractedTextSchema.parse(JSON.parse(Buffer.from(bytes).toString('utf8')));
}

export interface ClassifyResult {
  docId: string;
  status: DocumentRecord['status'] | null;
  changed: boolean;
  /** Set when the classifier threw on the text and the document went to review as `classifier_error`. */
  classifierError?: string;
}

/**
 * The next record after classifying `text` for `current`, claiming the paper's fingerprint when the
 * document would count (another document of the agency holding it makes this one a `duplicate`), and
 * releasing it when the document stops counting. Shared by classify and reclassify.
 */
export async function classifiedRecord(
  deps: Pick<ClassifyDeps, 'documents' | 'classify' | 'needsReview' | 'catalogue'>,
  current: DocumentRecord,
  text: ExtractedText,
): Promise<DocumentRecord> {
  const referenceDate = vnDateOf(current.digitizedAt ?? current.createdAt);
  const catalogue = await deps.catalogue?.current();
  const c = classifyOrReview(deps.classify, text, { referenceDate, ...(catalogue ? { catalogue } : {}) });
  const outcome = decideOutcome(c, current.digitizedAt, deps.needsReview ?? needsReviewWithDomain);
  const fields: DocumentRecord = {
    ...current,
    kind: c.kind,
    docType: c.docType,
    title: c.title,
    docNumber: c.docNumber,
    issuer: c.issuer,
    level: c.level,
    place: c.place,
    issueDate: c.issueDate,
    expiryDate: c.expiryDate,
    holder: c.holder,
    confidence: c.confidence,
    engine: c.engine ?? text.engine,
    pages: c.pages || text.pages.length,
    warnings: c.warnings,
    reasons: c.reasons,
    status: outcome.status,
    reason: outcome.reason,
    messageVi: outcome.messageVi,
    duplicateOf: null,
  };
  const previousPaper = current.status === 'classified' ? paperFingerprint(current) : null;
  const paper = outcome.status === 'classified' ? paperFingerprint(c) : null;
  if (previousPaper && previousPaper !== paper)
    await deps.documents.release(current.agencyId, previousPaper, current.docId);
  if (paper) {
    const claim = await deps.documents.claim(current.agencyId, paper, current.docId);
    if (!claim.claimed) {
      return {
        ...fields,
        status: 'duplicate',
        reason: 'duplicate_paper',
        duplicateOf: claim.owner,
        messageVi: `Giấy tờ này (số ${c.docNumber}) đã được số hóa trước đó (mã hồ sơ ${claim.owner}); không tính lần nữa.`,
      };
    }
  }
  return fields;
}

/**
 * The classifier's answer, or, when it throws on this text (a bug it should not have, but the same text would
 * throw on every retry), a result of unknown type flagged `classifier_error`: the document goes to a clerk's
 * review with that reason instead of being retried into the dead-letter queue. `reasons` keeps the error for
 * whoever mends the classifier; the classify handler logs it.
 */
function classifyOrReview(classify: ClassifyFn, text: ExtractedText, options: Parameters<ClassifyFn>[1]) {
  try {
    return classify(text, options);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ...emptyClassification(),
      kind: 'result',
      engine: text.engine,
      pages: text.pages.length,
      warnings: ['classifier_error'],
      reasons: [`classifier error: ${message}`],
    } satisfies Classification;
  }
}

/** Classifies one document after extraction. Throws `NotReadyError` when extraction has not been recorded yet. */
export function makeClassifyDocument(deps: ClassifyDeps) {
  return async (docId: string): Promise<ClassifyResult> => {
    const first = await deps.documents.get(docId);
    if (!first) return { docId, status: null, changed: false };
    if (first.status === 'uploading' || first.status === 'extracting') throw new NotReadyError(docId, first.status);
    if (!canApply('classified', first.status)) return { docId, status: first.status, changed: false };
    const text = await readExtractedText(deps.objects, docId);
    const result = await advance(deps.documents, deps.clock, docId, (current) =>
      canApply('classified' satisfies DocumentEvent, current.status) ? classifiedRecord(deps, current, text) : null,
    );
    const error = result.doc?.warnings.includes('classifier_error') ? result.doc.reasons?.[0] : undefined;
    return {
      docId,
      status: result.doc?.status ?? null,
      changed: result.written,
      ...(error ? { classifierError: error } : {}),
    };
  };
}
