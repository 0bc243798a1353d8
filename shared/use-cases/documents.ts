/**
 * Reading documents and reviewing them (`GET /documents`, `GET /documents/{docId}`,
 * `POST /documents/{docId}/review`). A caller never learns whether another agency's document exists.
 */
import { z } from 'zod';
import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { canApply, vietnamDate } from '#shared/domain/document-status.ts';
import type { DocumentStatus } from '#shared/domain/types.ts';
import { ConflictError, ValidationError } from '#shared/errors.ts';
import type { Clock } from '#shared/ports.ts';
import type { DocumentRecord, DocumentStore } from '../ports.ts';
import { type AgencyGate, type Caller, maySee, notFound, requireWriter } from './access.ts';
import { advance } from './advance.ts';
import { type CatalogueSource, fixedCatalogue } from './catalogue.ts';
import { paperFingerprint } from './classification-outcome.ts';
import { toDocumentView } from './document-view.ts';

const STATUSES = [
  'uploading',
  'extracting',
  'extracted',
  'classified',
  'needs_review',
  'duplicate',
  'expired',
  'not_a_result',
  'rejected',
] as const satisfies readonly DocumentStatus[];

export function makeGetDocument({ documents }: { documents: DocumentStore }) {
  return async (caller: Caller, docId: string) => {
    const doc = await documents.get(docId);
    if (!doc || !maySee(caller, doc.agencyId)) throw notFound('document');
    return toDocumentView(doc);
  };
}

export function makeListDocuments({ documents }: { documents: DocumentStore }) {
  return async (agencyId: string, query: { status?: string | null; cursor?: string | null; limit?: string | null }) => {
    let status: DocumentStatus | undefined;
    if (query.status) {
      const parsed = z.enum(STATUSES).safeParse(query.status);
      if (!parsed.success) {
        throw new ValidationError(
          'invalid_request',
          `unknown status ${query.status}`,
          `Trạng thái không hợp lệ; dùng một trong: ${STATUSES.join(', ')}.`,
        );
      }
      status = parsed.data;
    }
    const limit = query.limit ? Number.parseInt(query.limit, 10) : 50;
    const page = await documents.list(agencyId, {
      status,
      cursor: query.cursor ?? null,
      limit: Number.isFinite(limit) ? limit : 50,
    });
    return { items: page.items.map(toDocumentView), cursor: page.cursor };
  };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const correctionsSchema = z
  .object({
    docType: z.string().min(1).nullable(),
    title: z.string().nullable(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    level: z.enum(['province', 'district', 'commune']).nullable(),
    place: z.string().nullable(),
    issueDate: isoDate.nullable(),
    expiryDate: isoDate.nullable(),
    holder: z.string().nullable(),
  })
  .partial()
  .strict();

export const reviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), fields: correctionsSchema.optional() }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(500) }),
]);

/**
 * Review: `accept` (optionally with corrected fields) makes the document count — or `expired` when the
 * corrected expiry is before the day it was digitized; `reject` takes it out of the count with the
 * reviewer's reason. Either way the counting index follows in the same write.
 */
export function makeReviewDocument({
  documents,
  clock,
  gate,
  catalogue = fixedCatalogue(CATALOGUE),
}: {
  documents: DocumentStore;
  clock: Clock;
  /** Refuses a review for an agency that is not current (access.ts); none: every agency is writable. */
  gate?: Pick<AgencyGate, 'writable'>;
  /** The catalogue in force: a corrected docType must be one of its types. Default: catalogue.json. */
  catalogue?: CatalogueSource;
}) {
  return async (caller: Caller, docId: string, body: unknown) => {
    requireWriter(caller);
    const parsed = reviewSchema.safeParse(body);
    if (!parsed.success) {
      throw new ValidationError(
        'invalid_request',
        `invalid review: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        'Nội dung duyệt không hợp lệ: cần {"decision":"accept","fields":{…}} hoặc {"decision":"reject","reason":"…"}.',
      );
    }
    const review = parsed.data;
    const docType = review.decision === 'accept' ? review.fields?.docType : undefined;
    const types = await catalogue.current();
    const findDocumentType = (id: string) => types.find((t) => t.id === id);
    if (docType && !findDocumentType(docType)) {
      throw new ValidationError(
        'invalid_request',
        `unknown document type ${docType}`,
        `Loại giấy tờ "${docType}" không có trong danh mục.`,
      );
    }
    const first = await documents.get(docId);
    if (!first || !maySee(caller, first.agencyId)) throw notFound('document');
    await gate?.writable(first.agencyId);
    const event = review.decision === 'accept' ? 'review_accept' : 'review_reject';
    if (!canApply(event, first.status)) {
      throw new ConflictError(
        'invalid_state',
        `document ${docId} is ${first.status} and cannot be reviewed`,
        'Hồ sơ ở trạng thái này không thể duyệt (đang xử lý, trùng lặp hoặc đã bị từ chối).',
      );
    }
    const now = clock.now().toISOString();
    const out = await advance(documents, clock, docId, async (current): Promise<DocumentRecord | null> => {
      if (!canApply(event, current.status)) return null;
      const reviewed = { ...current, reviewedBy: caller.subject ?? caller.agencyId, reviewedAt: now };
      const oldPaper = current.status === 'classified' ? paperFingerprint(current) : null;
      if (review.decision === 'reject') {
        if (oldPaper) await documents.release(current.agencyId, oldPaper, docId);
        return {
          ...reviewed,
          status: 'rejected',
          reason: 'rejected_in_review',
          messageVi: `Bị từ chối khi duyệt: ${review.reason}`,
        };
      }
      const fields = review.fields ?? {};
      let title = fields.title ?? current.title;
      if (fields.docType && fields.docType !== current.docType) {
        // A new type without a typed title takes the catalogue's title, so the record never mixes two types.
        title = fields.title ?? findDocumentType(fields.docType)?.title ?? title;
      }
      const next: DocumentRecord = { ...reviewed, ...fields, title, kind: 'result', confidence: 1 };
      const digitizedDate = vietnamDate(current.digitizedAt ?? current.createdAt);
      if (next.expiryDate && next.expiryDate < digitizedDate) {
        if (oldPaper) await documents.release(current.agencyId, oldPaper, docId);
        return {
          ...next,
          status: 'expired',
          reason: 'expired_before_digitized',
          messageVi: 'Đã duyệt: giấy tờ hết hiệu lực trước ngày số hóa; không được tính.',
        };
      }
      const newPaper = paperFingerprint(next);
      if (oldPaper && oldPaper !== newPaper) await documents.release(current.agencyId, oldPaper, docId);
      // A reviewer's acceptance is final; a same-paper claim is still taken so a later scan is a duplicate.
      if (newPaper) await documents.claim(current.agencyId, newPaper, docId);
      return { ...next, status: 'classified', reason: null, messageVi: 'Đã duyệt và xác nhận.' };
    });
    if (!out.doc) throw notFound('document');
    return toDocumentView(out.doc);
  };
}
