/**
 * Reading documents and reviewing them (`GET /documents`, `GET /documents/{docId}`,
 * `POST /documents/{docId}/review`). A caller never learns whether another agency's document exists.
 */
import { z } from 'zod';
import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { assertTransition, canApply } from '#shared/domain/document-status.ts';
import { type OverridableStatus, type OverrideRecord, overrideKind } from '#shared/domain/review.ts';
import type { DocumentStatus } from '#shared/domain/types.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import { ConflictError, ForbiddenError, ValidationError } from '#shared/errors.ts';
import type { Clock } from '#shared/ports.ts';
import type { AgencyStore, DocumentRecord, DocumentStore } from '../ports.ts';
import { type AgencyGate, type Caller, maySee, notFound, requireWriter } from './access.ts';
import { advance } from './advance.ts';
import { type CatalogueSource, fixedCatalogue } from './catalogue.ts';
import { paperFingerprint } from './classification-outcome.ts';
import { type DocumentView, toDocumentView } from './document-view.ts';

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
  'pending_confirmation',
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

const overrideReason = z.string().trim().min(1).max(500);

export const reviewSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('accept'),
    fields: correctionsSchema.optional(),
    /** Required when the acceptance overrides the pipeline (domain/review.ts `overrideKind`). */
    reason: overrideReason.optional(),
  }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(500) }),
]);

type Corrections = z.infer<typeof correctionsSchema>;

/** The audit trail of reviews that override the pipeline (admin.ts `makeAuditWriter`). */
type AuditFn = (caller: Caller, action: string, target: string, before: unknown, after: unknown) => Promise<void>;

const actorOf = (caller: Caller) => caller.subject ?? caller.agencyId;

/**
 * `current` with the accepted corrections applied: `classified`, or `expired` when the corrected expiry is
 * before the day it was digitized. Pure; the paper claims follow in `claimPaper`.
 */
function acceptedRecord(
  current: DocumentRecord,
  fields: Corrections,
  titleOf: (docType: string) => string | undefined,
): DocumentRecord {
  let title = fields.title ?? current.title;
  if (fields.docType && fields.docType !== current.docType) {
    // A new type without a typed title takes the catalogue's title, so the record never mixes two types.
    title = fields.title ?? titleOf(fields.docType) ?? title;
  }
  const next: DocumentRecord = { ...current, ...fields, title, kind: 'result', confidence: 1 };
  const digitizedDate = vnDateOf(current.digitizedAt ?? current.createdAt);
  if (next.expiryDate && next.expiryDate < digitizedDate) {
    return {
      ...next,
      status: 'expired',
      reason: 'expired_before_digitized',
      messageVi: 'Đã duyệt: giấy tờ hết hiệu lực trước ngày số hóa; không được tính.',
    };
  }
  return { ...next, status: 'classified', reason: null, messageVi: 'Đã duyệt và xác nhận.' };
}

/** Keeps the same-paper claims in step with an acceptance (`wasCounted`: the document counted before). */
async function claimPaper(
  documents: DocumentStore,
  before: DocumentRecord,
  wasCounted: boolean,
  next: DocumentRecord,
): Promise<void> {
  const oldPaper = wasCounted ? paperFingerprint(before) : null;
  const newPaper = next.status === 'classified' ? paperFingerprint(next) : null;
  if (oldPaper && oldPaper !== newPaper) await documents.release(before.agencyId, oldPaper, before.docId);
  // A reviewer's acceptance is final; a same-paper claim is still taken so a later scan is a duplicate.
  if (newPaper) await documents.claim(before.agencyId, newPaper, before.docId);
}

const overrideRequired = () =>
  new ValidationError(
    'override_reason_required',
    'this review overrides the pipeline and needs a reason',
    'Đề nghị này thay đổi kết luận của hệ thống (chấp nhận giấy tờ không phải kết quả hoặc đã hết hiệu lực, hoặc đổi loại giấy tờ): cần ghi lý do để quản trị viên xác nhận.',
  );

/**
 * Review: `accept` (optionally with corrected fields) makes the document count — or `expired` when the
 * corrected expiry is before the day it was digitized; `reject` takes it out of the count with the
 * reviewer's reason. Either way the counting index follows in the same write.
 *
 * An acceptance that overrides the pipeline (domain/review.ts) needs `reason`: from a clerk it is not
 * applied but stored, and the document waits in `pending_confirmation` for an admin (`makeDecideOverride`);
 * from an admin it is applied at once and recorded as a confirmed override. Both are audit-logged.
 */
export function makeReviewDocument({
  documents,
  clock,
  gate,
  catalogue = fixedCatalogue(CATALOGUE),
  audit,
}: {
  documents: DocumentStore;
  clock: Clock;
  /** Refuses a review for an agency that is not current (access.ts); none: every agency is writable. */
  gate?: Pick<AgencyGate, 'writable'>;
  /** The catalogue in force: a corrected docType must be one of its types. Default: catalogue.json. */
  catalogue?: CatalogueSource;
  /** Records override requests and admins' own overrides; none: not recorded. */
  audit?: AuditFn;
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
    const titleOf = (id: string) => types.find((t) => t.id === id)?.title;
    if (docType && !titleOf(docType)) {
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
        first.status === 'pending_confirmation'
          ? 'Hồ sơ đang chờ quản trị viên xác nhận đề nghị trước đó; chưa thể duyệt lại.'
          : 'Hồ sơ ở trạng thái này không thể duyệt (đang xử lý, trùng lặp hoặc đã bị từ chối).',
      );
    }
    const now = clock.now().toISOString();
    const actor = actorOf(caller);
    let overridden: OverrideRecord | null = null;
    const out = await advance(documents, clock, docId, async (current): Promise<DocumentRecord | null> => {
      if (!canApply(event, current.status)) return null;
      overridden = null;
      const reviewed = { ...current, reviewedBy: actor, reviewedAt: now };
      if (review.decision === 'reject') {
        const oldPaper = current.status === 'classified' ? paperFingerprint(current) : null;
        if (oldPaper) await documents.release(current.agencyId, oldPaper, docId);
        return {
          ...reviewed,
          status: 'rejected',
          reason: 'rejected_in_review',
          messageVi: `Bị từ chối khi duyệt: ${review.reason}`,
        };
      }
      const fields = review.fields ?? {};
      const next = acceptedRecord(reviewed, fields, titleOf);
      const kind = overrideKind(current, fields.docType, next.status as 'classified' | 'expired');
      if (kind) {
        if (!review.reason) throw overrideRequired();
        const request: OverrideRecord = {
          kind,
          reason: review.reason,
          requestedBy: actor,
          requestedAt: now,
          fields,
          fromStatus: current.status as OverridableStatus,
          fromReason: current.reason,
          fromMessageVi: current.messageVi,
          state: 'pending',
          decidedBy: null,
          decidedAt: null,
          note: null,
        };
        if (caller.role !== 'admin') {
          overridden = request;
          // Nothing of the review is applied yet: the document keeps its fields and stops counting meanwhile.
          return {
            ...reviewed,
            status: 'pending_confirmation',
            reason: 'override_pending',
            messageVi: 'Đề nghị thay đổi kết luận của hệ thống đã được gửi; đang chờ quản trị viên xác nhận.',
            override: request,
          };
        }
        overridden = { ...request, state: 'confirmed', decidedBy: actor, decidedAt: now };
        await claimPaper(documents, current, current.status === 'classified', next);
        return { ...next, override: overridden };
      }
      await claimPaper(documents, current, current.status === 'classified', next);
      return next;
    });
    if (!out.doc) throw notFound('document');
    const request = overridden as OverrideRecord | null;
    if (out.written && request) {
      await audit?.(
        caller,
        request.state === 'pending' ? 'document.override.request' : 'document.override.confirm',
        `document:${docId}`,
        { status: request.fromStatus, docType: first.docType },
        { status: out.doc.status, docType: out.doc.docType, kind: request.kind, reason: request.reason },
      );
    }
    return toDocumentView(out.doc);
  };
}

export const overrideDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('confirm'), note: z.string().trim().max(500).optional() }),
  z.object({ decision: z.literal('reject'), note: z.string().trim().min(1).max(500) }),
]);

/**
 * `POST /documents/{docId}/override` (admins): confirm a clerk's override — the requested review is applied,
 * the document counts (or ends `expired`) and is reported as overridden — or reject it with a note: the
 * document returns to the state it was in, with the note in its message. Audit-logged.
 */
export function makeDecideOverride({
  documents,
  clock,
  audit,
  catalogue = fixedCatalogue(CATALOGUE),
}: {
  documents: DocumentStore;
  clock: Clock;
  audit?: AuditFn;
  /** The catalogue in force (the title of a requested type). Default: catalogue.json. */
  catalogue?: CatalogueSource;
}) {
  return async (caller: Caller, docId: string, body: unknown) => {
    if (caller.role !== 'admin') {
      throw new ForbiddenError(
        'forbidden',
        'only admins decide overrides',
        'Chức năng này chỉ dành cho quản trị viên.',
      );
    }
    const parsed = overrideDecisionSchema.safeParse(body);
    if (!parsed.success) {
      throw new ValidationError(
        'invalid_request',
        `invalid override decision: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        'Nội dung không hợp lệ: cần {"decision":"confirm"} hoặc {"decision":"reject","note":"lý do"}.',
      );
    }
    const decision = parsed.data;
    const first = await documents.get(docId);
    if (!first) throw notFound('document');
    if (first.status !== 'pending_confirmation' || first.override?.state !== 'pending') {
      throw new ConflictError(
        'invalid_state',
        `document ${docId} is ${first.status}, no override waits`,
        'Hồ sơ này không có đề nghị nào đang chờ xác nhận.',
      );
    }
    const now = clock.now().toISOString();
    const actor = actorOf(caller);
    const types = await catalogue.current();
    const titleOf = (id: string) => types.find((t) => t.id === id)?.title;
    const out = await advance(documents, clock, docId, async (current): Promise<DocumentRecord | null> => {
      const request = current.override;
      if (current.status !== 'pending_confirmation' || !request || request.state !== 'pending') return null;
      const decided = { decidedBy: actor, decidedAt: now, note: decision.note ?? null };
      const before: DocumentRecord = {
        ...current,
        status: request.fromStatus,
        reason: request.fromReason,
        messageVi: request.fromMessageVi,
      };
      if (decision.decision === 'reject') {
        assertTransition('override_reject', current.status, request.fromStatus);
        return {
          ...before,
          messageVi: `Quản trị viên không xác nhận đề nghị: ${decision.note}. ${request.fromMessageVi ?? ''}`.trim(),
          override: { ...request, ...decided, state: 'rejected' },
        };
      }
      const next = acceptedRecord(before, request.fields as Corrections, titleOf);
      assertTransition('override_confirm', current.status, next.status);
      await claimPaper(documents, before, request.fromStatus === 'classified', next);
      return { ...next, override: { ...request, ...decided, state: 'confirmed' } };
    });
    if (!out.doc) throw notFound('document');
    if (!out.written) {
      throw new ConflictError(
        'invalid_state',
        `document ${docId}: override already decided`,
        'Đề nghị này đã được xử lý.',
      );
    }
    await audit?.(
      caller,
      decision.decision === 'confirm' ? 'document.override.confirm' : 'document.override.reject',
      `document:${docId}`,
      { status: first.status, docType: first.docType, override: first.override },
      { status: out.doc.status, docType: out.doc.docType, note: decision.note ?? null },
    );
    return toDocumentView(out.doc);
  };
}

/** `GET /overrides` (admins): every override waiting for confirmation, across agencies, oldest request first. */
export function makeListOverrides({
  documents,
  agencies,
}: {
  documents: DocumentStore;
  agencies: Pick<AgencyStore, 'list'>;
}) {
  return async () => {
    const items: (DocumentView & { agencyName: string })[] = [];
    for (const agency of await agencies.list()) {
      let cursor: string | null = null;
      do {
        const page = await documents.list(agency.id, { status: 'pending_confirmation', cursor, limit: 100 });
        for (const doc of page.items) items.push({ ...toDocumentView(doc), agencyName: agency.name });
        cursor = page.cursor;
      } while (cursor);
    }
    items.sort((a, b) => (a.override?.requestedAt ?? '').localeCompare(b.override?.requestedAt ?? ''));
    return { items };
  };
}
