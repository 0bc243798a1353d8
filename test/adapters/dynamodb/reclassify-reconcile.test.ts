import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { Classification, ExtractedText } from '#shared/domain/types.ts';
import type { AllStores, ClassifyFn, ComplianceReader } from '#shared/ports.ts';
import { makeClassifyDocument } from '#shared/use-cases/classify-document.ts';
import { makeReclassify, mergeReclassifyReports, type ReclassifyReport } from '#shared/use-cases/reclassify.ts';
import { makeReconcile, mergeReconcileReports, type ReconcileReport } from '#shared/use-cases/reconcile.ts';
import { fixedClock, makeMemoryObjects, sampleClassification, sampleDocument } from '#test/unit/pipeline/fakes.ts';
import { startTestTable, type TestTable } from './dynalite-table.ts';

let table: TestTable;
let stores: AllStores;
let reader: ComplianceReader;
const objects = makeMemoryObjects();
const clock = fixedClock('2026-03-05T02:00:00.000Z');
const agencyId = 'ubnd-reclassify';

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
  reader = makeDynamoComplianceReader(table);
});
afterAll(async () => {
  await table?.close();
});

/** A rule set that reads the stored line; "v2" rules also accept what "v1" sent to review. */
function rules(version: 1 | 2): ClassifyFn {
  return (text: ExtractedText) => {
    const line = text.pages[0]?.lines[0]?.text ?? '';
    const overrides: Partial<Classification> = JSON.parse(line);
    if (version === 2 && overrides.confidence !== undefined && overrides.confidence < 0.6) overrides.confidence = 0.8;
    return sampleClassification(overrides);
  };
}

async function extracted(docId: string, c: Partial<Classification>) {
  await stores.documents.create(sampleDocument({ docId, agencyId }), { expiresAt: '2026-12-01T00:00:00.000Z' });
  const text: ExtractedText = {
    engine: 'tesseract',
    pages: [{ pageNumber: 1, lines: [{ text: JSON.stringify(c), confidence: 0.9 }] }],
  };
  await objects.put(extractedKey(docId), JSON.stringify(text), 'application/json');
}

const count = () =>
  reader.countCounted({
    agencyId,
    digitizedFrom: null,
    digitizedTo: '2026-12-31T16:59:59.999Z',
    validOn: '2026-06-01',
  });

describe('reclassify and reconcile on DynamoDB', () => {
  it('moves counts when improved rules re-run on stored texts, and is a no-op the second time', async () => {
    await extracted('r1', { docNumber: '1/GP', confidence: 0.4 });
    await extracted('r2', { docNumber: '2/GP' });
    const classifyV1 = makeClassifyDocument({ documents: stores.documents, objects, classify: rules(1), clock });
    await classifyV1('r1');
    await classifyV1('r2');
    expect(await count()).toBe(1);

    const reclassify = makeReclassify({ documents: stores.documents, objects, classify: rules(2), clock });
    const report = await reclassify({ agencyId });
    expect(report).toMatchObject({ scanned: 2, reclassified: 2, changed: 1, countedDelta: 1 });
    expect(report.transitions).toEqual({ 'needs_review→classified': 1 });
    expect(await count()).toBe(2);

    const again = await reclassify({ agencyId });
    expect(again).toMatchObject({ changed: 0, countedDelta: 0 });
    expect(await count()).toBe(2);
  });

  it('finds and repairs drift between documents and the counting index', async () => {
    const reconcile = makeReconcile({ documents: stores.documents });
    expect((await reconcile({ agencyId })).drift).toEqual([]);

    // Simulate a lost index write: the accepted document lost its counting attributes.
    await table.doc.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: { pk: 'DOC#r1', sk: 'DOC' },
        UpdateExpression: 'REMOVE cntpk, cntsk',
      }),
    );
    expect(await count()).toBe(1);
    const found = await reconcile({ agencyId });
    expect(found.drift).toEqual([
      expect.objectContaining({
        docId: 'r1',
        indexed: null,
        expected: { cntpk: `${agencyId}#2026`, cntsk: '9999-12-31#r1' },
      }),
    ]);
    expect(found.byAgencyYear[agencyId]).toEqual({ 2026: 2 });
    expect(found.fixed).toBe(false);

    const fixed = await reconcile({ agencyId, fix: true });
    expect(fixed.fixed).toBe(true);
    expect(await count()).toBe(2);
    expect((await reconcile({ agencyId })).drift).toEqual([]);
  });

  it('gives, in passes of one document resumed with `after` and merged, the report of one whole pass', async () => {
    await extracted('r3', { docNumber: '3/GP', confidence: 0.4 });
    await makeClassifyDocument({ documents: stores.documents, objects, classify: rules(1), clock })('r3');
    // Drift on two documents (one counted, one not) and a year list to check.
    for (const docId of ['r1', 'r3']) {
      await table.doc.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: { pk: `DOC#${docId}`, sk: 'DOC' },
          UpdateExpression: docId === 'r1' ? 'REMOVE cntpk, cntsk' : 'SET cntpk = :pk, cntsk = :sk',
          ExpressionAttributeValues: docId === 'r1' ? undefined : { ':pk': `${agencyId}#2026`, ':sk': 'x#r3' },
        }),
      );
    }
    const reconcile = makeReconcile({ documents: stores.documents });
    const whole = await reconcile({ agencyId });
    let merged: ReconcileReport | null = null;
    let after: string | undefined;
    do {
      const pass: ReconcileReport = await reconcile({ agencyId, limit: 1, after });
      expect(pass.scanned).toBe(1);
      merged = merged ? mergeReconcileReports(merged, pass) : pass;
      after = pass.next ?? undefined;
    } while (after);
    expect({ ...merged, drift: [...merged.drift].sort((a, b) => a.docId.localeCompare(b.docId)) }).toEqual({
      ...whole,
      drift: [...whole.drift].sort((a, b) => a.docId.localeCompare(b.docId)),
    });
    expect(whole.drift.map((d) => d.docId).sort()).toEqual(['r1', 'r3']);

    const reclassify = makeReclassify({ documents: stores.documents, objects, classify: rules(2), clock });
    let total: ReclassifyReport | null = null;
    after = undefined;
    do {
      const pass: ReclassifyReport = await reclassify({ agencyId, limit: 2, after });
      total = total ? mergeReclassifyReports(total, pass) : pass;
      after = pass.next ?? undefined;
    } while (after);
    expect(total).toMatchObject({ scanned: 3, reclassified: 3, changed: 1, countedDelta: 1, next: null });
    expect(total.transitions).toEqual({ 'needs_review→classified': 1 });
  });
});
