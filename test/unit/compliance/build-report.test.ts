import { describe, expect, it } from 'vitest';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { type ComplianceReport, makeBuildReport } from '#shared/use-cases/build-report.ts';
import { agency, type MemoryDocument, makeMemoryComplianceReader } from '#test/support/memory-compliance-reader.ts';
import { AGENCIES, DOCUMENTS, INVENTORIES, NOW } from './dataset.ts';
import { type ExpectedRow, expectedReport } from './expected.ts';

const policy = loadTargetPolicy();
const clock = { now: () => NOW };

function build(data = { agencies: AGENCIES, inventories: INVENTORIES, documents: DOCUMENTS }, usePolicy = policy) {
  return makeBuildReport({
    reader: makeMemoryComplianceReader(data),
    clock,
    policy: usePolicy,
    provinceName: 'Điện Biên',
  });
}

function expectRow(actual: ComplianceReport['agencies'][number] | undefined, expected: ExpectedRow): void {
  expect(actual, `row ${expected.id ?? expected.level}`).toBeDefined();
  const a = actual!;
  const label = `${expected.id ?? expected.level ?? 'province'}`;
  expect({ label, inventory: a.inventory, digitized: a.digitized }).toEqual({
    label,
    inventory: expected.inventory,
    digitized: expected.digitized,
  });
  expect([label, a.digitizedInPeriod, a.digitizedThisYear]).toEqual([
    label,
    expected.digitizedInPeriod,
    expected.digitizedThisYear,
  ]);
  expect([label, a.target, a.met, a.shortfall]).toEqual([label, expected.target, expected.met, expected.shortfall]);
  if (expected.rate === null) expect(a.rate).toBeNull();
  else expect(a.rate).toBeCloseTo(expected.rate, 12);
  if (expected.forecast === null) expect(a.forecast).toBeNull();
  else expect(a.forecast).toBeCloseTo(expected.forecast, 9);
}

function expectReport(report: ComplianceReport, periodStart: string): void {
  const expected = expectedReport(report.asOf, periodStart);
  expect(report.agencies.map((r) => r.id).sort()).toEqual(expected.agencies.map((r) => r.id).sort());
  for (const e of expected.agencies)
    expectRow(
      report.agencies.find((r) => r.id === e.id),
      e,
    );
  expect(report.levels.map((r) => r.level)).toEqual(expected.levels.map((r) => r.level));
  for (const e of expected.levels)
    expectRow(
      report.levels.find((r) => r.level === e.level),
      e,
    );
  expectRow(report.province, expected.province);
  expect(report.pending).toEqual(expected.pending);
}

describe('compliance report on a seeded province', () => {
  it('matches the independently computed table at the 2025 year end (two levels after the reorganization)', async () => {
    const report = await build()({ year: 2025 });
    expect(report.asOf).toBe('2025-12-31');
    expect(report.period).toBe('year');
    expectReport(report, '2025-01-01');
    expect(report.levels.map((l) => l.level)).toEqual(['province', 'commune']);
    expect(report.policy.hasTarget).toBe(true);
    // At 31 December the forecast is the rate itself, and no row is "at risk" any more: it met or it did not.
    for (const row of report.agencies) {
      expect(row.atRisk).toBeNull();
      if (row.rate !== null) expect(row.forecast).toBeCloseTo(row.rate, 12);
    }
  });

  it('shows the former districts as a frozen "Cấp huyện (cũ)" view that is not added to the totals', async () => {
    const report = await build()({ year: 2025 });
    expect(report.formerLevels.map((l) => l.name)).toEqual(['Cấp huyện (cũ)']);
    const frozen = expectedReport('2025-06-30', '2025-01-01');
    const districts = frozen.levels.find((l) => l.level === 'district')!;
    expect(report.formerLevels[0]?.inventory).toBe(districts.inventory);
    expect(report.formerLevels[0]?.digitized).toBe(districts.digitized);
    expect(report.formerLevels[0]?.frozenOn).toBe('2025-06-30');
    const tuanGiao = report.formerAgencies.find((r) => r.id === 'h-tuan-giao');
    expect(tuanGiao?.successor).toEqual({ id: 'x-tuan-giao', name: 'UBND xã Tuần Giáo' });
    expect(report.formerAgencies.map((r) => r.id).sort()).toEqual(['h-dbp', 'h-tuan-giao', 'so-gtvt', 'x-quai-to']);
    expect(
      report.agencies
        .find((r) => r.id === 'x-tuan-giao')
        ?.includes?.map((i) => i.id)
        .sort(),
    ).toEqual(['h-tuan-giao', 'x-quai-to']);
  });

  it('reports three levels with the districts on their own before 1 July 2025', async () => {
    const report = await build()({ year: 2025, asOf: '2025-06-30', period: 'quarter' });
    expect(report.periodStart).toBe('2025-04-01');
    expect(report.periodLabel).toBe('quý II/2025');
    expectReport(report, '2025-04-01');
    expect(report.levels.map((l) => l.level)).toEqual(['province', 'district', 'commune']);
    expect(report.agencies.some((r) => r.id === 'x-tuan-giao')).toBe(false);
  });

  it('reports 2026 with the successors only, no former view, and the 100 % target of the rule read past 2025', async () => {
    const report = await build()({ year: 2026, period: 'month' });
    expect(report.asOf).toBe('2026-11-27');
    expect(report.periodLabel).toBe('tháng 11/2026');
    expectReport(report, '2026-11-01');
    expect(report.formerAgencies).toEqual([]);
    expect(report.formerLevels).toEqual([]);
    expect(report.policy.hasTarget).toBe(true);
    expect(report.policy.readingNote).toContain('cách hiểu của hệ thống');
    expect(report.levels.map((l) => l.target)).toEqual(report.levels.map(() => 1));
    expect((await build()({ year: 2025 })).policy.readingNote).toBeNull();
  });

  it('invents no target for a year a policy that stops after its last year does not cover', async () => {
    const report = await build(undefined, { ...policy, holdAfterLastYear: false })({ year: 2026, period: 'month' });
    expect(report.policy.hasTarget).toBe(false);
    expect(report.warnings[0]?.code).toBe('no_target');
    expect(report.warnings[0]?.message).toContain('không quy định chỉ tiêu cho năm 2026');
    expect(report.agencies.every((r) => r.target === null && r.met === null && r.shortfall === null)).toBe(true);
  });

  it('flags no inventory, estimated inventory and a rate over 100 % without calling it Đạt', async () => {
    const report = await build()({ year: 2025 });
    const script = report.agencies.find((r) => r.id === 'ban-script')!;
    expect(script.rate).toBeNull();
    expect(script.warnings.map((w) => w.code)).toContain('no_inventory');
    const over = report.agencies.find((r) => r.id === 'so-formula')!;
    expect(over.rate).toBeGreaterThan(1);
    expect(over.met).toBeNull();
    expect(over.warnings.map((w) => w.code)).toContain('rate_over_100');
    expect(report.agencies.find((r) => r.id === 'so-yt')?.warnings.map((w) => w.code)).toContain('estimated_inventory');
    expect(report.levels[0]?.warnings.map((w) => w.code)).toContain('undeclared_agencies');
  });
});

describe('counting rules', () => {
  const one = agency({ id: 'a', name: 'UBND xã A', level: 'commune' });
  const inventories = [{ agencyId: 'a', asOf: '2024-01-01', totalValid: 10, estimated: false }];
  const run = (documents: MemoryDocument[], q: Parameters<ReturnType<typeof build>>[0]) =>
    build({ agencies: [one], inventories, documents })(q);

  it('counts 2025-12-31 23:30 Vietnam time in 2025 and 2026-01-01 00:10 in 2026', async () => {
    const documents: MemoryDocument[] = [
      { agencyId: 'a', digitizedAt: '2025-12-31T16:30:00.000Z', expiryDate: null, status: 'classified' },
      { agencyId: 'a', digitizedAt: '2025-12-31T17:10:00.000Z', expiryDate: null, status: 'classified' },
    ];
    const y2025 = await run(documents, { year: 2025 });
    expect(y2025.agencies[0]?.digitized).toBe(1);
    expect(y2025.agencies[0]?.digitizedThisYear).toBe(1);
    const y2026 = await run(documents, { year: 2026, asOf: '2026-01-01' });
    expect(y2026.agencies[0]?.digitized).toBe(2);
    expect(y2026.agencies[0]?.digitizedThisYear).toBe(1);
  });

  it('drops an expired document out of the numerator on its expiry date, not before', async () => {
    const documents: MemoryDocument[] = [
      { agencyId: 'a', digitizedAt: '2025-03-01T03:00:00Z', expiryDate: '2025-09-30', status: 'classified' },
      { agencyId: 'a', digitizedAt: '2025-03-01T03:00:00Z', expiryDate: null, status: 'confirmed' },
    ];
    expect((await run(documents, { year: 2025, asOf: '2025-09-30' })).agencies[0]?.digitized).toBe(2);
    expect((await run(documents, { year: 2025, asOf: '2025-10-01' })).agencies[0]?.digitized).toBe(1);
  });

  it('ignores documents waiting in review, rejected or duplicates, and lists the pending ones', async () => {
    const documents: MemoryDocument[] = [
      { agencyId: 'a', digitizedAt: '2025-03-01T03:00:00Z', expiryDate: null, status: 'needs_review' },
      { agencyId: 'a', digitizedAt: '2025-03-01T03:00:00Z', expiryDate: null, status: 'rejected' },
      { agencyId: 'a', digitizedAt: '2025-03-01T03:00:00Z', expiryDate: null, status: 'duplicate' },
    ];
    const report = await run(documents, { year: 2025 });
    expect(report.agencies[0]?.digitized).toBe(0);
    expect(report.pending).toEqual({ needsReview: 1, rejected: 1, awaitingConfirmation: 0, overridden: 0 });
  });

  it('counts documents accepted by a confirmed override in the rate and also apart; waiting overrides not at all', async () => {
    const documents: MemoryDocument[] = [
      { agencyId: 'a', digitizedAt: '2025-03-01T03:00:00Z', expiryDate: null, status: 'classified' },
      {
        agencyId: 'a',
        digitizedAt: '2025-03-01T03:00:00Z',
        expiryDate: null,
        status: 'classified',
        override: { state: 'confirmed' },
      },
      { agencyId: 'a', digitizedAt: '2025-03-01T03:00:00Z', expiryDate: null, status: 'pending_confirmation' },
    ];
    const report = await run(documents, { year: 2025 });
    expect(report.agencies[0]?.digitized).toBe(2);
    expect(report.agencies[0]?.pending).toEqual({
      needsReview: 0,
      rejected: 0,
      awaitingConfirmation: 1,
      overridden: 1,
    });
    expect(report.pending).toMatchObject({ awaitingConfirmation: 1, overridden: 1 });
  });

  it('computes the shortfall with ⌈target × inventory⌉ and forecasts from the pace so far', async () => {
    const documents: MemoryDocument[] = Array.from({ length: 3 }, () => ({
      agencyId: 'a',
      digitizedAt: '2024-06-01T03:00:00Z',
      expiryDate: null,
      status: 'classified' as const,
    }));
    documents.push({ agencyId: 'a', digitizedAt: '2025-02-01T03:00:00Z', expiryDate: null, status: 'classified' });
    // As of 2025-07-02 (day 183 of 365): 3 before the year + 1 this year → 3 + 1 / (183/365) ≈ 4.99 of 10.
    const report = await run(documents, { year: 2025, asOf: '2025-07-02' });
    const row = report.agencies[0]!;
    expect(row.shortfall).toBe(10 - 4); // ⌈0.95 × 10⌉ = 10
    expect(row.forecast).toBeCloseTo((3 + 365 / 183) / 10, 12);
    expect(row.atRisk).toBe(true);
    expect(row.met).toBe(false);
    expect(row.gapPoints).toBe(-55);
  });

  it('caps the forecast at the inventory: a fast January does not promise 1,000 %', async () => {
    const documents: MemoryDocument[] = Array.from({ length: 3 }, () => ({
      agencyId: 'a',
      digitizedAt: '2025-01-10T03:00:00Z',
      expiryDate: null,
      status: 'classified' as const,
    }));
    const row = (await run(documents, { year: 2025, asOf: '2025-01-31' })).agencies[0]!;
    expect(row.rate).toBeCloseTo(0.3, 12);
    expect(row.forecast).toBe(1);
    expect(row.atRisk).toBe(false);
  });

  it('rejects a future year and an as-of date outside the year with a Vietnamese message', async () => {
    await expect(run([], { year: 2027 })).rejects.toMatchObject({
      code: 'future_year',
      messageVi: 'Năm 2027 chưa bắt đầu.',
    });
    await expect(run([], { year: 2025, asOf: '2024-12-31' })).rejects.toMatchObject({ code: 'invalid_date' });
    await expect(run([], { year: 2025, asOf: '2025-02-30' })).rejects.toMatchObject({ code: 'invalid_date' });
    await expect(run([], { year: 2025, period: 'week' as never })).rejects.toMatchObject({
      code: 'invalid_period',
      messageVi: 'Kỳ báo cáo phải là tháng, quý hoặc năm.',
    });
  });
});
