/**
 * The report over the real DynamoDB reader (dynalite, through the local stack) gives the same table as
 * over the in-memory reader, on documents that sit on the Vietnam-time year boundary, expire, wait in
 * review, and belong to a district dissolved on 30/06/2025.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, openLocalStack } from '#local/composition.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { makeBuildReport } from '#shared/use-cases/build-report.ts';
import { agency, makeMemoryComplianceReader } from '#test/support/memory-compliance-reader.ts';
import { type SeededDocument, seedCompliance } from '#test/support/seed-compliance.ts';

const AGENCIES = [
  agency({ id: 'so-tp', name: 'Sở Tư pháp', level: 'province' }),
  agency({ id: 'h-x', name: 'UBND huyện X', level: 'district', validTo: '2025-06-30', successorId: 'xa-x' }),
  agency({ id: 'xa-x', name: 'UBND xã X', level: 'commune', validFrom: '2025-07-01' }),
];
const INVENTORIES = [
  { agencyId: 'so-tp', asOf: '2024-12-31', totalValid: 10, estimated: false },
  { agencyId: 'h-x', asOf: '2024-12-31', totalValid: 8, estimated: false },
  { agencyId: 'xa-x', asOf: '2025-08-01', totalValid: 4, estimated: false },
];
const DOCS: SeededDocument[] = [
  { agencyId: 'so-tp', digitizedAt: '2025-12-31T16:30:00.000Z', expiryDate: null, status: 'classified' }, // 23:30 VN → 2025
  { agencyId: 'so-tp', digitizedAt: '2025-12-31T17:10:00.000Z', expiryDate: null, status: 'classified' }, // 00:10 VN → 2026
  { agencyId: 'so-tp', digitizedAt: '2025-03-01T03:00:00.000Z', expiryDate: '2025-12-31', status: 'classified' },
  { agencyId: 'so-tp', digitizedAt: '2025-03-01T03:00:00.000Z', expiryDate: '2025-12-30', status: 'classified' },
  { agencyId: 'so-tp', digitizedAt: '2025-03-01T03:00:00.000Z', expiryDate: null, status: 'needs_review' },
  { agencyId: 'so-tp', digitizedAt: '2025-03-01T03:00:00.000Z', expiryDate: null, status: 'duplicate' },
  { agencyId: 'h-x', digitizedAt: '2024-11-01T03:00:00.000Z', expiryDate: null, status: 'classified' },
  { agencyId: 'h-x', digitizedAt: '2025-05-01T03:00:00.000Z', expiryDate: null, status: 'classified' },
  { agencyId: 'h-x', digitizedAt: '2025-05-01T03:00:00.000Z', expiryDate: null, status: 'rejected' },
  { agencyId: 'xa-x', digitizedAt: '2025-09-01T03:00:00.000Z', expiryDate: null, status: 'classified' },
  // Not terminal: one within the 6-hour deadline, one a day old (overdue, reported under h-x's successor).
  {
    agencyId: 'so-tp',
    digitizedAt: '2026-11-27T00:30:00.000Z',
    createdAt: '2026-11-27T00:30:00.000Z',
    expiryDate: null,
    status: 'extracting',
  },
  {
    agencyId: 'h-x',
    digitizedAt: '2026-11-26T03:00:00.000Z',
    createdAt: '2026-11-26T03:00:00.000Z',
    expiryDate: null,
    status: 'uploading',
  },
];

describe('report over the DynamoDB reader', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sohoa-reader-'));
    stack = await openLocalStack({ dataDir, port: 0, fresh: true, logLevel: 'ERROR' });
    await seedCompliance(stack.deps.stores, { agencies: AGENCIES, inventories: INVENTORIES, documents: DOCS });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('gives the same rows as the in-memory reader for 2025 (year end, mid-year) and 2026', async () => {
    const clock = { now: () => new Date('2026-11-27T03:00:00Z') };
    const policy = loadTargetPolicy();
    const overDynamo = makeBuildReport({
      reader: stack.deps.complianceReader,
      clock,
      policy,
      provinceName: 'Điện Biên',
    });
    const memory = makeMemoryComplianceReader({ agencies: AGENCIES, inventories: INVENTORIES, documents: DOCS });
    const overMemory = makeBuildReport({ reader: memory, clock, policy, provinceName: 'Điện Biên' });
    const strip = (r: Awaited<ReturnType<typeof overDynamo>>) => ({ ...r, generatedAt: '' });
    for (const q of [{ year: 2025 }, { year: 2025, asOf: '2025-06-30', period: 'quarter' as const }, { year: 2026 }]) {
      expect(strip(await overDynamo(q))).toEqual(strip(await overMemory(q)));
    }
    const y2025 = await overDynamo({ year: 2025 });
    // 23:30 on 31/12 counts; the one expiring on 31/12 is still valid that day, the one expiring 30/12 is not.
    expect(y2025.agencies.find((r) => r.id === 'so-tp')).toMatchObject({ digitized: 2, digitizedThisYear: 2 });
    expect(y2025.agencies.find((r) => r.id === 'xa-x')).toMatchObject({ inventory: 12, digitized: 3 });
    expect(y2025.pending).toEqual({ needsReview: 1, rejected: 1, awaitingConfirmation: 0, overridden: 0 });
    const y2026 = await overDynamo({ year: 2026 });
    expect(y2026.overdue.count).toBe(1);
    expect(y2026.agencies.find((r) => r.id === 'xa-x')?.warnings.map((w) => w.code)).toContain('overdue_documents');
    expect(y2026.agencies.find((r) => r.id === 'so-tp')).toMatchObject({ digitized: 2, digitizedThisYear: 1 });
  });
});
