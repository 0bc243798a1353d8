import { describe, expect, it } from 'vitest';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { makeBuildReport } from '#shared/use-cases/build-report.ts';
import { agency, type MemoryDocument, makeMemoryComplianceReader } from '#test/support/memory-compliance-reader.ts';

const doc = (agencyId: string, digitizedAt: string): MemoryDocument => ({
  agencyId,
  digitizedAt,
  expiryDate: null,
  status: 'classified',
});

function build(agencies: Parameters<typeof makeMemoryComplianceReader>[0]['agencies'], documents: MemoryDocument[]) {
  const inventories = agencies.map((a) => ({ agencyId: a.id, asOf: '2024-01-01', totalValid: 10, estimated: false }));
  return makeBuildReport({
    reader: makeMemoryComplianceReader({ agencies, inventories, documents }),
    clock: { now: () => new Date('2026-11-27T03:00:00Z') },
    policy: loadTargetPolicy(),
    provinceName: 'Điện Biên',
  });
}

describe('reorganizations', () => {
  it('follows successors transitively: a Sở merged in February into one merged again in June', async () => {
    const report = await build(
      [
        agency({ id: 'a', name: 'Sở A', level: 'province', validTo: '2025-02-28', successorId: 'b' }),
        agency({ id: 'b', name: 'Sở B', level: 'province', validTo: '2025-06-30', successorId: 'c' }),
        agency({ id: 'c', name: 'Sở C', level: 'province' }),
      ],
      [doc('a', '2024-05-01T03:00:00Z'), doc('b', '2025-05-01T03:00:00Z'), doc('c', '2025-08-01T03:00:00Z')],
    )({ year: 2025 });
    expect(report.agencies.map((r) => [r.id, r.inventory, r.digitized])).toEqual([['c', 30, 3]]);
    expect(report.agencies[0]?.includes?.map((i) => i.id)).toEqual(['a', 'b']);
    expect(report.formerAgencies.map((r) => [r.id, r.frozenOn, r.successor?.id])).toEqual([
      ['a', '2025-02-28', 'c'],
      ['b', '2025-06-30', 'c'],
    ]);
    // In April, A is already in B and C does not carry anything yet.
    const april = await build(
      [
        agency({ id: 'a', name: 'Sở A', level: 'province', validTo: '2025-02-28', successorId: 'b' }),
        agency({ id: 'b', name: 'Sở B', level: 'province', validTo: '2025-06-30', successorId: 'c' }),
        agency({ id: 'c', name: 'Sở C', level: 'province' }),
      ],
      [doc('a', '2024-05-01T03:00:00Z'), doc('b', '2025-03-01T03:00:00Z')],
    )({ year: 2025, asOf: '2025-04-30' });
    expect(april.agencies.map((r) => [r.id, r.inventory, r.digitized])).toEqual([
      ['b', 20, 2],
      ['c', 10, 0],
    ]);
  });

  it('keeps reporting a dissolved agency without a successor, with a warning', async () => {
    const report = await build(
      [agency({ id: 'x', name: 'UBND huyện X', level: 'district', validTo: '2025-06-30' })],
      [doc('x', '2024-05-01T03:00:00Z')],
    )({ year: 2025 });
    expect(report.agencies[0]).toMatchObject({ id: 'x', digitized: 1 });
    expect(report.agencies[0]?.warnings.map((w) => w.code)).toContain('no_successor');
  });

  it('survives a successor loop in bad data and says so', async () => {
    const report = await build(
      [
        agency({ id: 'p', name: 'Sở P', level: 'province', validTo: '2025-01-31', successorId: 'q' }),
        agency({ id: 'q', name: 'Sở Q', level: 'province', validTo: '2025-01-31', successorId: 'p' }),
      ],
      [],
    )({ year: 2025 });
    expect(report.warnings.map((w) => w.code)).toContain('successor_cycle');
    expect(report.agencies.map((r) => r.id).sort()).toEqual(['p', 'q']);
  });
});
