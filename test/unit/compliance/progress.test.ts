/**
 * `GET /progress` is the report's row for the caller's agency: same counts, target, verdict and
 * shortfall, predecessors merged into their successor, a rate over 100 % not judged Đạt.
 */
import { describe, expect, it } from 'vitest';
import type { ComplianceRow } from '#shared/domain/compliance.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { makeBuildReport } from '#shared/use-cases/build-report.ts';
import { makeGetProgress, type Progress } from '#shared/use-cases/get-progress.ts';
import { makeMemoryComplianceReader } from '#test/support/memory-compliance-reader.ts';
import { AGENCIES, DOCUMENTS, INVENTORIES, NOW } from './dataset.ts';

const policy = loadTargetPolicy();
const clock = { now: () => NOW };
const reader = makeMemoryComplianceReader({ agencies: AGENCIES, inventories: INVENTORIES, documents: DOCUMENTS });
const buildReport = makeBuildReport({ reader, clock, policy, provinceName: 'Điện Biên' });
const agencies = { get: async (id: string) => AGENCIES.find((a) => a.id === id) ?? null };
const getProgress = makeGetProgress({ reader, agencies: agencies as never, policy, clock });

const figures = (row: ComplianceRow | Progress) => ({
  inventory: row.inventory,
  inventoryEstimated: row.inventoryEstimated,
  digitized: row.digitized,
  digitizedThisYear: row.digitizedThisYear,
  rate: row.rate,
  target: row.target,
  met: row.met,
  shortfall: row.shortfall,
  pending: row.pending,
});

describe('GET /progress against the report', () => {
  it.each([2025, 2026])('equals the report row of every agency reporting in %i, on the same day', async (year) => {
    const report = await buildReport({ year });
    expect(report.agencies.length).toBeGreaterThan(5);
    for (const row of report.agencies) {
      const progress = await getProgress(row.id!, year);
      expect(progress.asOf).toBe(report.asOf);
      expect({ id: row.id, ...figures(progress) }).toEqual({ id: row.id, ...figures(row) });
    }
  });

  it('counts a merged agency with what its predecessors declared and digitized', async () => {
    const report = await buildReport({ year: 2025 });
    const row = report.agencies.find((r) => r.id === 'x-tuan-giao')!;
    expect(row.includes?.map((i) => i.id).sort()).toEqual(['h-tuan-giao', 'x-quai-to']);
    const progress = await getProgress('x-tuan-giao', 2025);
    expect(progress.inventory).toBe(60 + 160 + 70);
    expect(figures(progress)).toEqual(figures(row));
    // The Sở merged in February: its successor carries it.
    const soXd = report.agencies.find((r) => r.id === 'so-xd')!;
    expect(soXd.includes?.map((i) => i.id)).toEqual(['so-gtvt']);
    expect(figures(await getProgress('so-xd', 2025))).toEqual(figures(soXd));
  });

  it('does not judge a rate over 100 % Đạt, as the report does not, and says why', async () => {
    const report = await buildReport({ year: 2026 });
    const row = report.agencies.find((r) => r.id === 'so-formula')!;
    expect(row.rate).toBeGreaterThan(1);
    const progress = await getProgress('so-formula', 2026);
    expect(progress.rate).toBe(row.rate);
    expect(progress.met).toBeNull();
    expect(row.met).toBeNull();
    expect(progress.shortfall).toBe(row.shortfall);
    expect(progress.message).toMatch(/vượt 100 %/);
  });

  it("gives a dissolved agency its frozen last standing, the report's former-agency row", async () => {
    const report = await buildReport({ year: 2025 });
    const former = report.formerAgencies.find((r) => r.id === 'h-tuan-giao')!;
    const progress = await getProgress('h-tuan-giao', 2025);
    expect(figures(progress)).toMatchObject({ ...figures(former), pending: expect.anything() });
    expect(progress.met).toBeNull();
  });

  it('takes the year as the report does: not in the future, the current one by default', async () => {
    await expect(getProgress('so-tp', 2027)).rejects.toMatchObject({ code: 'future_year' });
    expect((await getProgress('so-tp', undefined)).year).toBe(2026);
    expect((await getProgress('so-tp', 2024)).asOf).toBe('2024-12-31');
  });
});
