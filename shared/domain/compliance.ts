/**
 * Compliance maths (DESIGN.md "Counting", DOMAIN.md §1.3–1.6), pure. The use-case reads raw figures per
 * agency through the ComplianceReader port; this module turns them into report rows:
 * - rate = counted documents / declared inventory; unknown (null) without a declaration;
 * - a level's rate = Σ numerators / Σ denominators over its agencies with a declaration;
 * - shortfall = documents still needed = max(0, ⌈target × inventory⌉ − digitized);
 * - year-end forecast = (stock at the start of the year + digitized this year ÷ elapsed share of the
 *   year) / inventory, "nguy cơ không đạt" when it is below the target;
 * - a rate over 100 % is a data-quality warning (inventory under-declared) and is not judged Đạt.
 * Reorganizations (2025): an agency past its `validTo` reports under its successor, transitively.
 */
import type { Agency, Level } from './types.ts';

export type WarningCode =
  | 'no_inventory'
  | 'estimated_inventory'
  | 'zero_inventory'
  | 'rate_over_100'
  | 'undeclared_agencies'
  | 'no_successor'
  | 'no_target'
  | 'successor_cycle'
  | 'overdue_documents';

export interface ReportWarning {
  code: WarningCode;
  /** Vietnamese, for the people who read the report. */
  message: string;
  agencyId?: string;
}

/** Raw figures of one agency (or the sum of an agency and its predecessors) at the report date. */
export interface AgencyFigures {
  /** Σ latest declarations ≤ the report date; null when none is declared. */
  inventory: number | null;
  inventoryEstimated: boolean;
  /** Counted documents digitized up to the report date and valid on it (cumulative, "lũy kế"). */
  digitized: number;
  /** …of which digitized within the reporting period ("trong kỳ"). */
  digitizedInPeriod: number;
  /** …of which digitized since 1 January of the report year. */
  digitizedThisYear: number;
}

export interface PendingCounts {
  needsReview: number;
  rejected: number;
  /** Overrides of the pipeline waiting for an admin's confirmation (`pending_confirmation`), not counted. */
  awaitingConfirmation: number;
  /** Accepted (counted) documents that got in by an override an admin confirmed: reported apart. */
  overridden: number;
}

export const NO_PENDING: PendingCounts = { needsReview: 0, rejected: 0, awaitingConfirmation: 0, overridden: 0 };

export function addPending(a: PendingCounts, b: PendingCounts): PendingCounts {
  return {
    needsReview: a.needsReview + b.needsReview,
    rejected: a.rejected + b.rejected,
    awaitingConfirmation: a.awaitingConfirmation + b.awaitingConfirmation,
    overridden: a.overridden + b.overridden,
  };
}

/** One line of the report. Rates and targets are fractions 0–1; null = unknown / not applicable. */
export interface ComplianceRow {
  id?: string;
  name: string;
  level: Level | null;
  inventory: number | null;
  inventoryEstimated: boolean;
  digitized: number;
  digitizedInPeriod: number;
  digitizedThisYear: number;
  rate: number | null;
  target: number | null;
  /** (rate − target) in percentage points, rounded to 0.01. */
  gapPoints: number | null;
  /** rate ≥ target; null when the rate or the target is unknown, or the rate is over 100 %. */
  met: boolean | null;
  /** Documents still needed to reach the target. */
  shortfall: number | null;
  /** Forecast rate at 31 December from the pace so far this year. */
  forecast: number | null;
  /** Forecast below target before the year ends: "nguy cơ không đạt"; null at 31 December or when unknown. */
  atRisk: boolean | null;
  warnings: ReportWarning[];
  /** Agencies only: documents waiting in review / rejected now. */
  pending?: PendingCounts;
  /** Agencies only: predecessors whose figures are counted in this row. */
  includes?: { id: string; name: string; validTo: string }[];
  /** Former agencies only: the day their figures were frozen (their `validTo`) and who took them over. */
  frozenOn?: string;
  successor?: { id: string; name: string } | null;
  /** Levels only: how many agencies the row pools, and how many of them declared an inventory. */
  agencyCount?: number;
  declaredCount?: number;
}

export const LEVEL_NAMES: Record<Level, string> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/** Target in basis points, so that ⌈target × inventory⌉ is computed in integers (0.55 × 100 = 55, not 55.000…01). */
function basisPoints(target: number): number {
  return Math.round(target * 10_000);
}

/** Documents needed to reach `target` on `inventory`: ⌈target × inventory⌉. */
export function requiredDocuments(target: number, inventory: number): number {
  return Math.ceil((basisPoints(target) * inventory) / 10_000);
}

export function shortfallOf(target: number | null, inventory: number | null, digitized: number): number | null {
  if (target === null || inventory === null) return null;
  return Math.max(0, requiredDocuments(target, inventory) - digitized);
}

/**
 * Year-end forecast rate: the stock counted before 1 January plus this year's documents extrapolated
 * linearly over the year, capped at the inventory. `elapsedShare` is (day of year of the report date) / (days in the year), > 0.
 */
export function forecastRate(figures: AgencyFigures, elapsedShare: number): number | null {
  if (figures.inventory === null || figures.inventory <= 0) return null;
  const stockAtYearStart = figures.digitized - figures.digitizedThisYear;
  const projected = stockAtYearStart + figures.digitizedThisYear / elapsedShare;
  // Nobody digitizes more still-valid results than exist: the pace stops at the inventory (or at what is
  // already counted, when the inventory is under-declared and the rate is over 100 % anyway).
  return Math.min(projected, Math.max(figures.inventory, figures.digitized)) / figures.inventory;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Builds a row from figures; `warnings` receives the row's own data-quality findings. */
export function makeRow(
  head: { id?: string; name: string; level: Level | null },
  figures: AgencyFigures,
  target: number | null,
  elapsedShare: number,
  extraWarnings: ReportWarning[] = [],
): ComplianceRow {
  const warnings: ReportWarning[] = [...extraWarnings];
  const { inventory } = figures;
  const rate = inventory !== null && inventory > 0 ? figures.digitized / inventory : null;
  const agencyId = head.id;
  const tag = agencyId === undefined ? {} : { agencyId };
  if (inventory === null) {
    warnings.push({
      code: 'no_inventory',
      message: 'Chưa khai báo tổng số kết quả còn hiệu lực: chưa tính được tỷ lệ.',
      ...tag,
    });
  } else if (inventory === 0) {
    warnings.push({
      code: 'zero_inventory',
      message: 'Tổng số kết quả còn hiệu lực khai báo bằng 0: chưa tính được tỷ lệ.',
      ...tag,
    });
  }
  if (figures.inventoryEstimated && inventory !== null) {
    warnings.push({ code: 'estimated_inventory', message: 'Tổng số kết quả còn hiệu lực là số tạm tính.', ...tag });
  }
  const over = rate !== null && rate > 1;
  if (over) {
    warnings.push({
      code: 'rate_over_100',
      message: 'Tỷ lệ vượt 100%: tổng số khai báo có thể thấp hơn thực tế, cần rà soát lại.',
      ...tag,
    });
  }
  const forecast = forecastRate(figures, elapsedShare);
  return {
    ...head,
    inventory,
    inventoryEstimated: figures.inventoryEstimated,
    digitized: figures.digitized,
    digitizedInPeriod: figures.digitizedInPeriod,
    digitizedThisYear: figures.digitizedThisYear,
    rate,
    target,
    gapPoints: rate !== null && target !== null ? round2((rate - target) * 100) : null,
    met:
      rate === null || target === null || over || inventory === null
        ? null
        : figures.digitized >= requiredDocuments(target, inventory),
    shortfall: shortfallOf(target, inventory, figures.digitized),
    forecast,
    // Only while the year is running: at 31 December the forecast is the rate and "Chưa đạt" says it all.
    atRisk: forecast !== null && target !== null && !over && elapsedShare < 1 ? forecast < target : null,
    warnings,
  };
}

/** Σ figures over rows that declared an inventory (the pooled level / province ratio). */
export function poolFigures(
  rows: readonly ComplianceRow[],
): AgencyFigures & { declared: number; undeclaredDigitized: number } {
  let inventory: number | null = null;
  let estimated = false;
  let digitized = 0;
  let inPeriod = 0;
  let thisYear = 0;
  let declared = 0;
  let undeclaredDigitized = 0;
  for (const row of rows) {
    if (row.inventory === null) {
      undeclaredDigitized += row.digitized;
      continue;
    }
    declared += 1;
    inventory = (inventory ?? 0) + row.inventory;
    estimated ||= row.inventoryEstimated;
    digitized += row.digitized;
    inPeriod += row.digitizedInPeriod;
    thisYear += row.digitizedThisYear;
  }
  return {
    inventory,
    inventoryEstimated: estimated,
    digitized,
    digitizedInPeriod: inPeriod,
    digitizedThisYear: thisYear,
    declared,
    undeclaredDigitized,
  };
}

/** A level subtotal (or any pooled group) from its agency rows. */
export function poolRow(
  head: { id?: string; name: string; level: Level | null },
  rows: readonly ComplianceRow[],
  target: number | null,
  elapsedShare: number,
): ComplianceRow {
  const pooled = poolFigures(rows);
  const extra: ReportWarning[] = [];
  const undeclared = rows.length - pooled.declared;
  if (undeclared > 0 && pooled.declared > 0) {
    extra.push({
      code: 'undeclared_agencies',
      message: `${undeclared} đơn vị chưa khai báo tổng số; ${pooled.undeclaredDigitized} kết quả đã số hóa của các đơn vị này chưa được tính vào tỷ lệ.`,
    });
  }
  const row = makeRow(head, pooled, target, elapsedShare, extra);
  // A pooled row with no declaration at all repeats what every agency row already says; keep one line.
  if (pooled.declared === 0 && undeclared > 0) {
    row.warnings = row.warnings.map((w) =>
      w.code === 'no_inventory' ? { ...w, message: 'Chưa đơn vị nào khai báo tổng số kết quả còn hiệu lực.' } : w,
    );
  }
  return { ...row, agencyCount: rows.length, declaredCount: pooled.declared };
}

/** The province row: Σ over every level; its shortfall is the sum of the levels' shortfalls. */
export function provinceRow(
  name: string,
  agencyRows: readonly ComplianceRow[],
  levelRows: readonly ComplianceRow[],
  elapsedShare: number,
): ComplianceRow {
  const row = poolRow({ name, level: null }, agencyRows, null, elapsedShare);
  const shortfalls = levelRows.map((r) => r.shortfall).filter((s): s is number => s !== null);
  return { ...row, shortfall: shortfalls.length > 0 ? shortfalls.reduce((a, b) => a + b, 0) : null };
}

/** Whether an agency exists on `date` (validFrom ≤ date ≤ validTo, open ends allowed). */
export function existsOn(agency: Agency, date: string): boolean {
  return (agency.validFrom === null || agency.validFrom <= date) && (agency.validTo === null || date <= agency.validTo);
}

/**
 * Who reports an agency's figures on `date`: itself while it exists, else its successor, transitively.
 * Returns null for an agency not yet created on `date`, or dissolved with no existing successor (the
 * caller reports those with a warning); `cycle` is set when successors loop.
 */
export function reportingAgencyOn(
  agency: Agency,
  date: string,
  byId: ReadonlyMap<string, Agency>,
): { agency: Agency | null; cycle: boolean } {
  let current: Agency = agency;
  const seen = new Set<string>();
  for (;;) {
    if (existsOn(current, date)) return { agency: current, cycle: false };
    if (current.validFrom !== null && date < current.validFrom) {
      // Not yet created. Only the starting agency can be in this state (successors start after predecessors end).
      return { agency: null, cycle: false };
    }
    seen.add(current.id);
    const next = current.successorId ? byId.get(current.successorId) : undefined;
    if (!next) return { agency: null, cycle: false };
    if (seen.has(next.id)) return { agency: null, cycle: true };
    current = next;
  }
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const LEVEL_ORDER: Record<Level, number> = { province: 0, district: 1, commune: 2 };

/** Report order: province, district, commune; within a level, Vietnamese collation of the name (Đ after D). */
export function compareRows(
  a: { level: Level | null; name: string },
  b: { level: Level | null; name: string },
): number {
  const la = a.level === null ? -1 : LEVEL_ORDER[a.level];
  const lb = b.level === null ? -1 : LEVEL_ORDER[b.level];
  return la - lb || collator.compare(a.name, b.name);
}
