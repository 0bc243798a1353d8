/**
 * Overriding the pipeline (issue 12 item 5): a clerk's acceptance of a `not_a_result` or `expired` document,
 * or a type change of an accepted one, needs a reason and waits in `pending_confirmation` for an admin, who
 * confirms (the review is applied and the document counts, reported as overridden) or rejects it (back to
 * where it was). Use-cases over the real DynamoDB adapter (dynalite), with the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { canTransition } from '#shared/domain/document-status.ts';
import { overrideKind } from '#shared/domain/review.ts';
import type { AllStores, ComplianceReader, DocumentRecord } from '#shared/ports.ts';
import type { Caller } from '#shared/use-cases/access.ts';
import { makeAuditWriter } from '#shared/use-cases/admin.ts';
import { emptyClassification } from '#shared/use-cases/classification-outcome.ts';
import {
  makeDecideOverride,
  makeGetDocument,
  makeListOverrides,
  makeReviewDocument,
} from '#shared/use-cases/documents.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { fixedClock } from './fakes.ts';

const clock = fixedClock('2026-03-05T02:00:00.000Z');
let table: TestTable;
let stores: AllStores;
let reader: ComplianceReader;
let seq = 0;

const clerk: Caller = { agencyId: 'ubnd-xa-a', role: 'clerk', subject: 'vanthu@xa-a.vn' };
const admin: Caller = { agencyId: 'so-tttt', role: 'admin', subject: 'quantri@dienbien.gov.vn' };

let review: ReturnType<typeof makeReviewDocument>;
let decide: ReturnType<typeof makeDecideOverride>;
let pendingList: ReturnType<typeof makeListOverrides>;
let getDoc: ReturnType<typeof makeGetDocument>;

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
  reader = makeDynamoComplianceReader(table);
  const audit = makeAuditWriter({ audit: stores.audit, clock, newId: () => `audit-${++seq}` });
  review = makeReviewDocument({ documents: stores.documents, clock, audit });
  decide = makeDecideOverride({ documents: stores.documents, clock, audit });
  pendingList = makeListOverrides({ documents: stores.documents, agencies: stores.agencies });
  getDoc = makeGetDocument({ documents: stores.documents });
  await stores.agencies.put({
    id: 'ubnd-xa-a',
    name: 'UBND xã A',
    level: 'commune',
    parentId: null,
    emails: [],
    validFrom: null,
    validTo: null,
    successorId: null,
  });
});
afterAll(async () => {
  await table?.close();
});

async function stored(overrides: Partial<DocumentRecord>): Promise<DocumentRecord> {
  seq += 1;
  const docId = `doc-${seq}`;
  const record: DocumentRecord = {
    ...emptyClassification(),
    docId,
    agencyId: 'ubnd-xa-a',
    uploadId: `up-${seq}`,
    status: 'not_a_result',
    reason: 'not_a_result',
    messageVi: 'Không phải kết quả giải quyết TTHC.',
    duplicateOf: null,
    sha256: String(seq).padStart(64, '0'),
    size: 10,
    contentType: 'image/jpeg',
    fileName: 'trang.jpg',
    objectKey: `incoming/ubnd-xa-a/up-${seq}/trang.jpg`,
    extractedKey: null,
    textractJobId: null,
    uploadedBy: clerk.subject,
    createdAt: '2026-03-01T01:00:00.000Z',
    digitizedAt: '2026-03-01T01:00:00.000Z',
    updatedAt: '2026-03-01T01:00:00.000Z',
    reviewedBy: null,
    reviewedAt: null,
    version: 0,
    ...overrides,
  };
  await stores.documents.create(record, { expiresAt: '2027-01-01T00:00:00.000Z' });
  return record;
}

const birthCertificate = {
  docType: 'khai-sinh',
  docNumber: `${++seq}/2026`,
  issueDate: '2026-02-10',
  issuer: 'UBND XÃ A',
  level: 'commune' as const,
};

describe('which reviews override the pipeline', () => {
  it('is accepting a non-result or an expired result, or changing an accepted type; not a review in needs_review', () => {
    expect(overrideKind({ status: 'not_a_result', docType: null }, undefined, 'classified')).toBe(
      'accept_not_a_result',
    );
    expect(overrideKind({ status: 'expired', docType: 'giay-phep-lai-xe' }, undefined, 'classified')).toBe(
      'accept_expired',
    );
    // Still expired after the review: nothing goes against the pipeline's verdict.
    expect(overrideKind({ status: 'expired', docType: 'giay-phep-lai-xe' }, undefined, 'expired')).toBeNull();
    expect(overrideKind({ status: 'classified', docType: 'khai-sinh' }, 'ket-hon', 'classified')).toBe('change_type');
    expect(overrideKind({ status: 'classified', docType: 'khai-sinh' }, 'khai-sinh', 'classified')).toBeNull();
    expect(overrideKind({ status: 'needs_review', docType: 'khai-sinh' }, 'ket-hon', 'classified')).toBeNull();
  });

  it('has pending_confirmation in the state machine: only an admin decision leaves it', () => {
    expect(canTransition('override_request', 'not_a_result', 'pending_confirmation')).toBe(true);
    expect(canTransition('override_confirm', 'pending_confirmation', 'classified')).toBe(true);
    expect(canTransition('override_reject', 'pending_confirmation', 'not_a_result')).toBe(true);
    expect(canTransition('review_accept', 'pending_confirmation', 'classified')).toBe(false);
    expect(canTransition('reclassified', 'pending_confirmation', 'classified')).toBe(false);
  });
});

describe('a clerk overrides, an admin decides', () => {
  it('refuses a clerk’s acceptance of a not_a_result without a reason, in Vietnamese, and changes nothing', async () => {
    const doc = await stored({});
    await expect(review(clerk, doc.docId, { decision: 'accept', fields: birthCertificate })).rejects.toMatchObject({
      code: 'override_reason_required',
      messageVi: expect.stringMatching(/cần ghi lý do/),
    });
    expect((await stores.documents.get(doc.docId))?.status).toBe('not_a_result');
  });

  it('stores the request, does not count it meanwhile, and counts it once confirmed as an overridden document', async () => {
    const doc = await stored({});
    const asked = await review(clerk, doc.docId, {
      decision: 'accept',
      fields: birthCertificate,
      reason: 'Trang đầu giấy khai sinh bị mờ dấu; đã đối chiếu sổ hộ tịch.',
    });
    expect(asked).toMatchObject({
      status: 'pending_confirmation',
      reason: 'override_pending',
      docType: null,
      override: {
        kind: 'accept_not_a_result',
        state: 'pending',
        requestedBy: clerk.subject,
        fromStatus: 'not_a_result',
      },
    });
    expect(await reader.countPending('ubnd-xa-a')).toMatchObject({ awaitingConfirmation: 1, overridden: 0 });
    // The clerk cannot review it again while it waits, nor decide it.
    await expect(review(clerk, doc.docId, { decision: 'accept' })).rejects.toMatchObject({ code: 'invalid_state' });
    await expect(decide(clerk, doc.docId, { decision: 'confirm' })).rejects.toMatchObject({ code: 'forbidden' });
    const queue = await pendingList();
    expect(queue.items.map((d) => [d.docId, d.agencyName])).toContainEqual([doc.docId, 'UBND xã A']);

    const confirmed = await decide(admin, doc.docId, { decision: 'confirm' });
    expect(confirmed).toMatchObject({
      status: 'classified',
      docType: 'khai-sinh',
      reviewedBy: clerk.subject,
      override: { state: 'confirmed', decidedBy: admin.subject },
    });
    expect(await reader.countPending('ubnd-xa-a')).toMatchObject({ awaitingConfirmation: 0, overridden: 1 });
    const counted = await reader.countCounted({
      agencyId: 'ubnd-xa-a',
      digitizedFrom: null,
      digitizedTo: '2026-03-05T16:59:59.999Z',
      validOn: '2026-03-05',
    });
    expect(counted).toBe(1);
    await expect(decide(admin, doc.docId, { decision: 'confirm' })).rejects.toMatchObject({ code: 'invalid_state' });
    expect((await pendingList()).items.map((d) => d.docId)).not.toContain(doc.docId);

    const audit = await stores.audit.list();
    const actions = audit.items.filter((e) => e.target === `document:${doc.docId}`).map((e) => [e.action, e.actor]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['document.override.request', clerk.subject],
        ['document.override.confirm', admin.subject],
      ]),
    );
  });

  it('returns a rejected override to the state it was in, with the admin’s note for the clerk', async () => {
    const doc = await stored({ status: 'expired', reason: 'expired', messageVi: 'Giấy tờ đã hết hiệu lực.' });
    await review(clerk, doc.docId, {
      decision: 'accept',
      fields: { expiryDate: null },
      reason: 'Giấy phép đã được gia hạn.',
    });
    await expect(decide(admin, doc.docId, { decision: 'reject' })).rejects.toMatchObject({ code: 'invalid_request' });
    const rejected = await decide(admin, doc.docId, {
      decision: 'reject',
      note: 'Chưa có quyết định gia hạn kèm theo',
    });
    expect(rejected).toMatchObject({
      status: 'expired',
      reason: 'expired',
      expiryDate: null,
      override: { kind: 'accept_expired', state: 'rejected', note: 'Chưa có quyết định gia hạn kèm theo' },
    });
    expect(rejected.message).toMatch(/^Quản trị viên không xác nhận đề nghị: Chưa có quyết định gia hạn kèm theo\./);
    expect((await getDoc(clerk, doc.docId)).status).toBe('expired');
  });

  it('holds a type change of an accepted document for confirmation; an admin’s own override applies at once', async () => {
    const doc = await stored({
      status: 'classified',
      reason: null,
      kind: 'result',
      ...birthCertificate,
      docNumber: '77/2026',
    });
    const asked = await review(clerk, doc.docId, {
      decision: 'accept',
      fields: { docType: 'ket-hon' },
      reason: 'Đây là giấy chứng nhận kết hôn.',
    });
    expect(asked).toMatchObject({
      status: 'pending_confirmation',
      docType: 'khai-sinh',
      override: { kind: 'change_type' },
    });

    const other = await stored({});
    const byAdmin = await review(admin, other.docId, {
      decision: 'accept',
      fields: { ...birthCertificate, docNumber: '78/2026' },
      reason: 'Đã kiểm tra bản gốc.',
    });
    expect(byAdmin).toMatchObject({
      status: 'classified',
      override: { state: 'confirmed', requestedBy: admin.subject, decidedBy: admin.subject },
    });
  });

  it('lets an ordinary review through without a reason', async () => {
    const doc = await stored({
      status: 'needs_review',
      reason: 'low_confidence',
      kind: 'result',
      docType: 'khai-sinh',
    });
    const out = await review(clerk, doc.docId, {
      decision: 'accept',
      fields: { ...birthCertificate, docNumber: '79/2026' },
    });
    expect(out).toMatchObject({ status: 'classified', override: null });
  });
});
