/**
 * The expected report table, computed independently of shared/domain/compliance.ts: who reports whom is
 * written out by hand for each side of the reorganization, and the counting is a direct filter.
 */
import type { Level } from '#shared/domain/types.ts';
import { AGENCIES, DOCUMENTS, INVENTORIES } from './dataset.ts';

/** Targets of 1536/KH-UBND in whole percent, written out (2026: none). */
const TARGET_PERCENT: Record<number, Record<Level, number> | undefined> = {
  2021: { province: 30, district: 20, commune: 15 },
  2022: { province: 50, district: 40, commune: 35 },
  2023: { province: 70, district: 60, commune: 55 },
  2024: { province: 90, district: 80, commune: 75 },
  2025: { province: 100, district: 100, commune: 95 },
  // DESIGN.md "Counting": the rule goes on to 100 % (commune in 2026) and then holds.
  2026: { province: 100, district: 100, commune: 100 },
  2027: { province: 100, district: 100, commune: 100 },
};

/** Reporting agency → the agencies whose figures it carries, on a given date. */
function membersOn(date: string): Record<string, string[]> {
  const m: Record<string, string[]> = {
    'so-tp': ['so-tp'],
    'so-yt': ['so-yt'],
    'ban-script': ['ban-script'],
    'so-formula': ['so-formula'],
    'x-muong-nhe': ['x-muong-nhe'],
    'x-muong-mun': ['x-muong-mun'],
  };
  if (date <= '2025-02-28') {
    m['so-gtvt'] = ['so-gtvt'];
    m['so-xd'] = ['so-xd'];
  } else m['so-xd'] = ['so-xd', 'so-gtvt'];
  if (date <= '2025-06-30') {
    m['h-tuan-giao'] = ['h-tuan-giao'];
    m['h-dbp'] = ['h-dbp'];
    m['x-quai-to'] = ['x-quai-to'];
  } else {
    m['x-tuan-giao'] = ['x-tuan-giao', 'h-tuan-giao', 'x-quai-to'];
    m['p-dbp'] = ['p-dbp', 'h-dbp'];
  }
  return m;
}

export interface ExpectedRow {
  id?: string;
  level: Level | null;
  inventory: number | null;
  digitized: number;
  digitizedInPeriod: number;
  digitizedThisYear: number;
  rate: number | null;
  target: number | null;
  met: boolean | null;
  shortfall: number | null;
  forecast: number | null;
}

function counted(ids: string[], fromVnDate: string | null, asOf: string): number {
  const from = fromVnDate === null ? -Infinity : Date.parse(`${fromVnDate}T00:00:00+07:00`);
  const to = Date.parse(`${asOf}T24:00:00+07:00`);
  return DOCUMENTS.filter((d) => {
    const t = Date.parse(d.digitizedAt);
    return (
      ids.includes(d.agencyId) &&
      (d.status === 'classified' || d.status === 'confirmed') &&
      t >= from &&
      t < to &&
      (d.expiryDate === null || d.expiryDate >= asOf)
    );
  }).length;
}

function inventoryOf(ids: string[], asOf: string): number | null {
  let total: number | null = null;
  for (const id of ids) {
    const latest = INVENTORIES.filter((d) => d.agencyId === id && d.asOf <= asOf).sort((a, b) =>
      a.asOf < b.asOf ? -1 : 1,
    );
    const last = latest[latest.length - 1];
    if (last) total = (total ?? 0) + last.totalValid;
  }
  return total;
}

function finish(
  base: Omit<ExpectedRow, 'rate' | 'met' | 'shortfall' | 'forecast' | 'target'>,
  targetPct: number | null,
  asOf: string,
): ExpectedRow {
  const year = Number(asOf.slice(0, 4));
  const { inventory, digitized, digitizedThisYear } = base;
  const rate = inventory ? digitized / inventory : null;
  const dayNumber = (Date.parse(`${asOf}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  const yearDays = year % 4 === 0 ? 366 : 365;
  const pace = digitized - digitizedThisYear + (digitizedThisYear * yearDays) / dayNumber;
  const forecast = inventory ? Math.min(pace, Math.max(inventory, digitized)) / inventory : null;
  const needed = targetPct !== null && inventory !== null ? Math.ceil((targetPct * inventory) / 100) : null;
  return {
    ...base,
    rate,
    target: targetPct === null ? null : targetPct / 100,
    met: rate === null || targetPct === null || rate > 1 ? null : digitized >= (needed as number),
    shortfall: needed === null ? null : Math.max(0, needed - digitized),
    forecast,
  };
}

export function expectedReport(asOf: string, periodStart: string) {
  const year = Number(asOf.slice(0, 4));
  const members = membersOn(asOf);
  const targets = TARGET_PERCENT[year];
  const agencies: ExpectedRow[] = Object.entries(members).map(([id, ids]) => {
    const level = AGENCIES.find((a) => a.id === id)!.level;
    return finish(
      {
        id,
        level,
        inventory: inventoryOf(ids, asOf),
        digitized: counted(ids, null, asOf),
        digitizedInPeriod: counted(ids, periodStart, asOf),
        digitizedThisYear: counted(ids, `${year}-01-01`, asOf),
      },
      targets ? targets[level] : null,
      asOf,
    );
  });
  const sum = (rows: ExpectedRow[], level: Level | null): ExpectedRow => {
    const declared = rows.filter((r) => r.inventory !== null);
    return finish(
      {
        level,
        inventory: declared.length ? declared.reduce((a, r) => a + (r.inventory as number), 0) : null,
        digitized: declared.reduce((a, r) => a + r.digitized, 0),
        digitizedInPeriod: declared.reduce((a, r) => a + r.digitizedInPeriod, 0),
        digitizedThisYear: declared.reduce((a, r) => a + r.digitizedThisYear, 0),
      },
      level && targets ? targets[level] : null,
      asOf,
    );
  };
  const levels = (['province', 'district', 'commune'] as const)
    .filter((l) => agencies.some((a) => a.level === l))
    .map((l) =>
      sum(
        agencies.filter((a) => a.level === l),
        l,
      ),
    );
  const province = sum(agencies, null);
  const levelShortfalls = levels.map((l) => l.shortfall).filter((s): s is number => s !== null);
  province.shortfall = levelShortfalls.length ? levelShortfalls.reduce((a, b) => a + b, 0) : null;
  const pendingIds = Object.values(members).flat();
  const pending = {
    needsReview: DOCUMENTS.filter((d) => pendingIds.includes(d.agencyId) && d.status === 'needs_review').length,
    rejected: DOCUMENTS.filter((d) => pendingIds.includes(d.agencyId) && d.status === 'rejected').length,
    awaitingConfirmation: 0,
    overridden: 0,
  };
  return { agencies, levels, province, pending };
}
