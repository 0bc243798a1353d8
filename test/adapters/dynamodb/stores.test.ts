import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { Classification } from '#shared/domain/types.ts';
import type { AllStores, ComplianceReader, DocumentRecord } from '#shared/ports.ts';
import { emptyClassification } from '#shared/use-cases/classification-outcome.ts';
import { makeClassifyDocument } from '#shared/use-cases/classify-document.ts';
import { makeReviewDocument } from '#shared/use-cases/documents.ts';
import { fixedClock, jsonLineClassify, makeMemoryObjects, textFor } from '#test/unit/pipeline/fakes.ts';
import { startTestTable, type TestTable } from './dynalite-table.ts';

let table: TestTable;
let stores: AllStores;
let reader: ComplianceReader;
const objects = makeMemoryObjects();
const clock = fixedClock('2026-03-05T02:00:00.000Z');
let seq = 0;

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
  reader = makeDynamoComplianceReader(table);
});
afterAll(async () => {
  await table?.close();
});

function record(overrides: Partial<DocumentRecord>): DocumentRecord {
  seq += 1;
  const docId = overrides.docId ?? `doc-${seq}`;
  return {
    ...emptyClassification(),
    docId,
    agencyId: 'so-xay-dung',
    uploadId: `up-${seq}`,
    status: 'extracted',
    reason: null,
    messageVi: null,
    duplicateOf: null,
    sha256: 'a'.repeat(64),
    size: 10,
    contentType: 'application/pdf',
    fileName: 'giấy phép.pdf',
    objectKey: `incoming/so-xay-dung/up-${seq}/giấy phép.pdf`,
    extractedKey: extractedKey(docId),
    textractJobId: null,
    uploadedBy: 'clerk@example.vn',
    createdAt: '2026-03-05T01:00:00.000Z',
    digitizedAt: '2026-03-05T01:00:00.000Z',
    updatedAt: '2026-03-05T01:00:00.000Z',
    reviewedBy: null,
    reviewedAt: null,
    version: 1,
    ...overrides,
  };
}

/** An extracted document whose text classifies as `c`, ready for the classify stage. */
async function extractedDoc(overrides: Partial<DocumentRecord>, c: Partial<Classification>): Promise<DocumentRecord> {
  const doc = record(overrides);
  await stores.documents.create(doc, { expiresAt: '2026-04-01T00:00:00.000Z' });
  await objects.put(extractedKey(doc.docId), JSON.stringify(textFor(c)), 'application/json');
  return doc;
}

const classify = () =>
  makeClassifyDocument({ documents: stores.documents, objects, classify: jsonLineClassify, clock });

describe('DynamoDB document store', () => {
  it('refuses a save on a stale version (optimistic lock)', async () => {
    const doc = record({ status: 'uploading' });
    await stores.documents.create(doc, { expiresAt: '2026-04-01T00:00:00.000Z' });
    expect(await stores.documents.save({ ...doc, status: 'extracted' }, 1)).toBe(true);
    expect(await stores.documents.save({ ...doc, status: 'rejected' }, 1)).toBe(false);
    const stored = await stores.documents.get(doc.docId);
    expect(stored?.status).toBe('extracted');
    expect(stored?.version).toBe(2);
    expect(stored?.fileName).toBe('giấy phép.pdf');
  });

  it('lets one document claim a content key and names the owner to others', async () => {
    expect(await stores.documents.claim('ubnd-a', 'sha256#x', 'doc-a')).toEqual({ owner: 'doc-a', claimed: true });
    expect(await stores.documents.claim('ubnd-a', 'sha256#x', 'doc-a')).toEqual({ owner: 'doc-a', claimed: true });
    expect(await stores.documents.claim('ubnd-a', 'sha256#x', 'doc-b')).toEqual({ owner: 'doc-a', claimed: false });
    // Another agency may hold the same bytes: dedupe is per agency.
    expect(await stores.documents.claim('ubnd-b', 'sha256#x', 'doc-c')).toEqual({ owner: 'doc-c', claimed: true });
    await stores.documents.release('ubnd-a', 'sha256#x', 'doc-b');
    expect((await stores.documents.claim('ubnd-a', 'sha256#x', 'doc-b')).claimed).toBe(false);
    await stores.documents.release('ubnd-a', 'sha256#x', 'doc-a');
    expect((await stores.documents.claim('ubnd-a', 'sha256#x', 'doc-b')).claimed).toBe(true);
  });

  it('lists an agency’s documents by status with a cursor', async () => {
    for (let i = 0; i < 3; i++) {
      await stores.documents.create(
        record({ agencyId: 'ubnd-list', status: 'needs_review', createdAt: `2026-01-0${i + 1}T00:00:00.000Z` }),
        {
          expiresAt: '2027-01-01T00:00:00.000Z',
        },
      );
    }
    await stores.documents.create(record({ agencyId: 'ubnd-list', status: 'rejected' }), {
      expiresAt: '2027-01-01T00:00:00.000Z',
    });
    const first = await stores.documents.list('ubnd-list', { status: 'needs_review', limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.cursor).not.toBeNull();
    const second = await stores.documents.list('ubnd-list', { status: 'needs_review', limit: 2, cursor: first.cursor });
    expect(second.items.map((d) => d.status)).toEqual(['needs_review']);
    expect(new Set([...first.items, ...second.items].map((d) => d.docId)).size).toBe(3);
    expect((await stores.documents.list('ubnd-list', {})).items).toHaveLength(4);
    expect(await reader.countPending('ubnd-list')).toEqual({
      needsReview: 3,
      rejected: 1,
      awaitingConfirmation: 0,
      overridden: 0,
    });
  });

  it('counts overrides waiting for an admin and accepted documents that got in by a confirmed override', async () => {
    const override = (state: 'pending' | 'confirmed' | 'rejected') => ({
      kind: 'accept_not_a_result' as const,
      reason: 'Giấy khai sinh bản gốc, trang bị mờ',
      requestedBy: 'clerk@example.vn',
      requestedAt: '2026-03-05T01:00:00.000Z',
      fields: {},
      fromStatus: 'not_a_result' as const,
      fromReason: null,
      fromMessageVi: null,
      state,
      decidedBy: state === 'pending' ? null : 'admin@example.vn',
      decidedAt: state === 'pending' ? null : '2026-03-05T02:00:00.000Z',
      note: null,
    });
    const expiresAt = '2027-01-01T00:00:00.000Z';
    const a = 'ubnd-overrides';
    await stores.documents.create(
      record({ agencyId: a, status: 'pending_confirmation', override: override('pending') }),
      { expiresAt },
    );
    await stores.documents.create(record({ agencyId: a, status: 'classified', override: override('confirmed') }), {
      expiresAt,
    });
    await stores.documents.create(record({ agencyId: a, status: 'classified', override: override('confirmed') }), {
      expiresAt,
    });
    // Rejected overrides and plain acceptances are not overridden documents.
    await stores.documents.create(record({ agencyId: a, status: 'not_a_result', override: override('rejected') }), {
      expiresAt,
    });
    await stores.documents.create(record({ agencyId: a, status: 'classified' }), { expiresAt });
    expect(await reader.countPending(a)).toEqual({
      needsReview: 0,
      rejected: 0,
      awaitingConfirmation: 1,
      overridden: 2,
    });
  });
});

describe('classify stage when the classifier throws', () => {
  it('sends the document to review as classifier_error (in Vietnamese), once, instead of failing every retry', async () => {
    const doc = await extractedDoc({}, { docNumber: '9/GP' });
    const throwing = makeClassifyDocument({
      documents: stores.documents,
      objects,
      classify: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'hit')");
      },
      clock,
    });
    const first = await throwing(doc.docId);
    expect(first).toMatchObject({ status: 'needs_review', changed: true });
    expect(first.classifierError).toContain('TypeError');
    const stored = await stores.documents.get(doc.docId);
    expect(stored).toMatchObject({ status: 'needs_review', reason: 'classifier_error', docType: null, kind: 'result' });
    expect(stored?.messageVi).toMatch(/^Cần kiểm tra lại: hệ thống gặp lỗi khi phân loại/);
    // A redelivered event finds it terminal: nothing is written again.
    expect(await throwing(doc.docId)).toMatchObject({ status: 'needs_review', changed: false });
  });
});

describe('counting index (ComplianceReader.countCounted)', () => {
  it('counts a document once when its classify event is delivered twice', async () => {
    const doc = await extractedDoc({ agencyId: 'ubnd-redeliver' }, {});
    const run = classify();
    const [a, b] = await Promise.all([run(doc.docId), run(doc.docId)]);
    const again = await run(doc.docId);
    expect([a.changed, b.changed].filter(Boolean)).toHaveLength(1);
    expect(again.changed).toBe(false);
    expect(again.status).toBe('classified');
    const n = await reader.countCounted({
      agencyId: 'ubnd-redeliver',
      digitizedFrom: null,
      digitizedTo: '2026-12-31T16:59:59.999Z',
      validOn: '2026-12-31',
    });
    expect(n).toBe(1);
  });

  it('counts a document up to and including its expiry date, not after', async () => {
    const doc = await extractedDoc({ agencyId: 'ubnd-expiry' }, { expiryDate: '2026-06-30', docNumber: '7/GP' });
    await classify()(doc.docId);
    const q = (validOn: string) =>
      reader.countCounted({
        agencyId: 'ubnd-expiry',
        digitizedFrom: null,
        digitizedTo: '2026-12-31T16:59:59.999Z',
        validOn,
      });
    expect(await q('2026-06-30')).toBe(1);
    expect(await q('2026-07-01')).toBe(0);
  });

  it('puts a scan at 23:30 on 31 December (Vietnam time) in that year and one at 00:10 in the next', async () => {
    const late = await extractedDoc(
      { agencyId: 'ubnd-year', digitizedAt: '2025-12-31T16:30:00.000Z', createdAt: '2025-12-31T16:29:00.000Z' },
      { docNumber: '1/GP' },
    );
    const early = await extractedDoc(
      { agencyId: 'ubnd-year', digitizedAt: '2025-12-31T17:10:00.000Z', createdAt: '2025-12-31T17:09:00.000Z' },
      { docNumber: '2/GP' },
    );
    await classify()(late.docId);
    await classify()(early.docId);
    const endOf2025 = '2025-12-31T16:59:59.999Z';
    expect(
      await reader.countCounted({
        agencyId: 'ubnd-year',
        digitizedFrom: null,
        digitizedTo: endOf2025,
        validOn: '2025-12-31',
      }),
    ).toBe(1);
    expect(
      await reader.countCounted({
        agencyId: 'ubnd-year',
        digitizedFrom: '2025-12-31T17:00:00.000Z',
        digitizedTo: '2026-12-31T16:59:59.999Z',
        validOn: '2026-12-31',
      }),
    ).toBe(1);
    expect(
      await reader.countCounted({
        agencyId: 'ubnd-year',
        digitizedFrom: null,
        digitizedTo: '2026-12-31T16:59:59.999Z',
        validOn: '2026-12-31',
      }),
    ).toBe(2);
  });

  it('does not count needs_review, expired, not_a_result or duplicates, and counts after a review accepts', async () => {
    const agencyId = 'ubnd-states';
    const review = await extractedDoc({ agencyId }, { confidence: 0.3, docNumber: 'r/1' });
    const expired = await extractedDoc({ agencyId }, { expiryDate: '2025-01-01', docNumber: 'e/1' });
    const letter = await extractedDoc({ agencyId }, { kind: 'not_a_result', docType: null, docNumber: null });
    const original = await extractedDoc({ agencyId }, { docNumber: 'd/1' });
    const rescan = await extractedDoc({ agencyId }, { docNumber: 'D/1' });
    const run = classify();
    for (const d of [review, expired, letter, original, rescan]) await run(d.docId);
    const statuses = await Promise.all(
      [review, expired, letter, original, rescan].map((d) => stores.documents.get(d.docId)),
    );
    expect(statuses.map((d) => d?.status)).toEqual([
      'needs_review',
      'expired',
      'not_a_result',
      'classified',
      'duplicate',
    ]);
    expect(statuses[4]?.duplicateOf).toBe(original.docId);
    const q = () =>
      reader.countCounted({
        agencyId,
        digitizedFrom: null,
        digitizedTo: '2026-12-31T16:59:59.999Z',
        validOn: '2026-06-01',
      });
    expect(await q()).toBe(1);

    const reviewDoc = makeReviewDocument({ documents: stores.documents, clock });
    const caller = { agencyId, role: 'clerk' as const, subject: 'clerk@example.vn' };
    await reviewDoc(caller, review.docId, { decision: 'accept', fields: { docNumber: 'r/1-corrected' } });
    expect(await q()).toBe(2);
    await reviewDoc(caller, original.docId, { decision: 'reject', reason: 'Bản scan sai hồ sơ' });
    expect(await q()).toBe(1);
  });
});

describe('inventory declarations', () => {
  it('keeps every declaration and answers the latest on or before the date', async () => {
    const base = { agencyId: 'ubnd-inv', estimated: false };
    await stores.inventory.declare({
      ...base,
      asOf: '2025-01-01',
      totalValid: 100,
      declaredAt: '2025-01-02T00:00:00Z',
    });
    await stores.inventory.declare({
      ...base,
      asOf: '2025-06-30',
      totalValid: 150,
      declaredAt: '2025-07-01T00:00:00Z',
    });
    await stores.inventory.declare({
      ...base,
      asOf: '2025-06-30',
      totalValid: 140,
      declaredAt: '2025-07-05T00:00:00Z',
    });
    await stores.inventory.declare({
      ...base,
      asOf: '2026-01-01',
      totalValid: 200,
      declaredAt: '2026-01-02T00:00:00Z',
    });
    expect(await reader.latestInventory('ubnd-inv', '2024-12-31')).toBeNull();
    expect((await reader.latestInventory('ubnd-inv', '2025-06-29'))?.totalValid).toBe(100);
    expect((await reader.latestInventory('ubnd-inv', '2025-06-30'))?.totalValid).toBe(140);
    expect((await reader.latestInventory('ubnd-inv', '2025-12-31'))?.totalValid).toBe(140);
    expect((await reader.latestInventory('ubnd-inv', '2026-05-01'))?.totalValid).toBe(200);
  });

  it('lists agencies', async () => {
    await stores.agencies.put({
      id: 'so-y-te',
      name: 'Sở Y tế',
      level: 'province',
      parentId: null,
      emails: ['syt@dienbien.gov.vn'],
      validFrom: null,
      validTo: null,
      successorId: null,
    });
    const all = await reader.listAgencies();
    expect(all.find((a) => a.id === 'so-y-te')).toMatchObject({
      name: 'Sở Y tế',
      level: 'province',
      emails: ['syt@dienbien.gov.vn'],
    });
  });
});
