/**
 * The compliance report (`sohoa report --json`, the scheduled `report` function): figures per agency,
 * per level and for the province at one Vietnam calendar day, against the target policy.
 *
 * Reorganizations (DOMAIN.md §1.6, §4): an agency reports its own figures up to its `validTo`; after it, its
 * declared inventory and its documents count under its successor (transitively), so the level structure
 * follows the agencies that exist on the report date (three levels up to 30/6/2025, two after). Agencies
 * dissolved during the report year are also listed in `formerAgencies` with their figures frozen on their
 * last day, and a level that no longer exists on the report date (the districts in a 2025 year-end report)
 * gets a "Cấp huyện (cũ)" subtotal in `formerLevels`. Those two lists are for reading only: their figures
 * are already inside the successors' rows and are never added to the totals again.
 */
import {
  type AgencyFigures,
  addPending,
  type ComplianceRow,
  compareRows,
  LEVEL_NAMES,
  makeRow,
  NO_PENDING,
  type PendingCounts,
  poolRow,
  provinceRow,
  type ReportWarning,
  reportingAgencyOn,
} from '../domain/compliance.ts';
import { type PeriodKind, resolvePeriod } from '../domain/periods.ts';
import { policyCoversYear, type TargetPolicy, targetFor, targetIsReading } from '../domain/targets.ts';
import { type Agency, LEVELS, type Level } from '../domain/types.ts';
import { dayOfYear, daysInYear, endOfVnDay, formatDmy, startOfVnDay, vnDateOf } from '../domain/vn-time.ts';
import type { Clock, ComplianceReader } from '../ports.ts';

export interface ReportQuery {
  year?: number;
  /** ISO date, Vietnam calendar. Default: end of the period, or today for the current period. */
  asOf?: string;
  period?: PeriodKind;
}

/** The `report --json` contract (issue 4 item 4), plus the period bounds and the former-agency view. */
export interface ComplianceReport {
  year: number;
  asOf: string;
  period: PeriodKind;
  periodStart: string;
  periodEnd: string;
  /** `tháng 11/2026`, `quý IV/2025`, `năm 2025`. */
  periodLabel: string;
  generatedAt: string;
  provinceName: string;
  policy: {
    id: string;
    name: string;
    source: string;
    sourceConfirmed: boolean;
    targetsConfirmed: boolean;
    /** False when the policy sets no target for `year` (then no row is judged Đạt / Chưa đạt). */
    hasTarget: boolean;
    /** Vietnamese footnote when `year`'s targets are this system's reading of the plan, not its figures. */
    readingNote: string | null;
  };
  province: ComplianceRow;
  levels: ComplianceRow[];
  agencies: ComplianceRow[];
  formerLevels: ComplianceRow[];
  formerAgencies: ComplianceRow[];
  pending: PendingCounts;
  warnings: ReportWarning[];
}

export interface BuildReportDeps {
  reader: ComplianceReader;
  clock: Clock;
  policy: TargetPolicy;
  /** `Điện Biên`. */
  provinceName: string;
  /** Parallel reader calls (DynamoDB queries); default 8. */
  concurrency?: number;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

interface RawFigures extends AgencyFigures {
  declared: boolean;
}

const ZERO: AgencyFigures = {
  inventory: null,
  inventoryEstimated: false,
  digitized: 0,
  digitizedInPeriod: 0,
  digitizedThisYear: 0,
};

function addFigures(a: AgencyFigures, b: AgencyFigures): AgencyFigures {
  return {
    inventory: a.inventory === null && b.inventory === null ? null : (a.inventory ?? 0) + (b.inventory ?? 0),
    inventoryEstimated: a.inventoryEstimated || b.inventoryEstimated,
    digitized: a.digitized + b.digitized,
    digitizedInPeriod: a.digitizedInPeriod + b.digitizedInPeriod,
    digitizedThisYear: a.digitizedThisYear + b.digitizedThisYear,
  };
}

export function makeBuildReport(deps: BuildReportDeps): (q: ReportQuery) => Promise<ComplianceReport> {
  const { reader, clock, policy, provinceName } = deps;
  const concurrency = deps.concurrency ?? 8;

  /** One agency's own figures on `date`: documents digitized up to that day and still valid on it. */
  async function figuresOn(
    agencyId: string,
    date: string,
    periodStart: string,
    yearStart: string,
  ): Promise<RawFigures> {
    const to = endOfVnDay(date);
    const inventory = await reader.latestInventory(agencyId, date);
    const digitized = await reader.countCounted({ agencyId, digitizedFrom: null, digitizedTo: to, validOn: date });
    const thisYear =
      digitized === 0
        ? 0
        : await reader.countCounted({
            agencyId,
            digitizedFrom: startOfVnDay(yearStart),
            digitizedTo: to,
            validOn: date,
          });
    let inPeriod = thisYear;
    if (periodStart > date) inPeriod = 0;
    else if (periodStart !== yearStart && thisYear > 0) {
      inPeriod = await reader.countCounted({
        agencyId,
        digitizedFrom: startOfVnDay(periodStart),
        digitizedTo: to,
        validOn: date,
      });
    }
    return {
      inventory: inventory?.totalValid ?? null,
      inventoryEstimated: inventory?.estimated ?? false,
      declared: inventory !== null,
      digitized,
      digitizedInPeriod: inPeriod,
      digitizedThisYear: thisYear,
    };
  }

  return async (q) => {
    const now = clock.now();
    const period = resolvePeriod(q, vnDateOf(now));
    const { asOf, year } = period;
    const yearStart = `${year}-01-01`;
    const elapsedShare = dayOfYear(asOf) / daysInYear(year);
    const agencies = (await reader.listAgencies()).filter((a) => a.validFrom === null || a.validFrom <= asOf);
    const byId = new Map<string, Agency>(agencies.map((a) => [a.id, a]));
    const warnings: ReportWarning[] = [];

    const own = await mapLimit(agencies, concurrency, async (agency) => ({
      agency,
      figures: await figuresOn(agency.id, asOf, period.start, yearStart),
      pending: await reader.countPending(agency.id),
    }));

    // Each agency's figures go to whoever reports them on the report date.
    const groups = new Map<string, { figures: AgencyFigures; pending: PendingCounts; members: Agency[] }>();
    const orphans: Agency[] = [];
    for (const { agency, figures, pending } of own) {
      const { agency: reporter, cycle } = reportingAgencyOn(agency, asOf, byId);
      if (cycle) {
        warnings.push({
          code: 'successor_cycle',
          agencyId: agency.id,
          message: `${agency.name}: chuỗi đơn vị kế thừa bị lặp vòng, số liệu được báo cáo riêng.`,
        });
      }
      const key = reporter?.id ?? agency.id;
      if (!reporter) orphans.push(agency);
      const group = groups.get(key) ?? { figures: ZERO, pending: NO_PENDING, members: [] };
      group.figures = addFigures(group.figures, figures);
      group.pending = addPending(group.pending, pending);
      group.members.push(agency);
      groups.set(key, group);
    }

    const hasTarget = policyCoversYear(policy, year);
    const agencyRows: ComplianceRow[] = [];
    for (const [id, group] of groups) {
      const agency = byId.get(id)!;
      const orphan = orphans.some((o) => o.id === id);
      const extra: ReportWarning[] = orphan
        ? [
            {
              code: 'no_successor',
              agencyId: id,
              message: `Đơn vị đã kết thúc hoạt động ngày ${formatDmy(agency.validTo ?? asOf)} nhưng chưa xác định đơn vị kế thừa.`,
            },
          ]
        : [];
      const row = makeRow(
        { id, name: agency.name, level: agency.level },
        group.figures,
        targetFor(policy, year, agency.level),
        elapsedShare,
        extra,
      );
      row.pending = group.pending;
      const includes = group.members
        .filter((m) => m.id !== id)
        .map((m) => ({ id: m.id, name: m.name, validTo: m.validTo ?? '' }))
        .sort((a, b) => compareRows({ level: null, name: a.name }, { level: null, name: b.name }));
      if (includes.length > 0) row.includes = includes;
      agencyRows.push(row);
    }
    agencyRows.sort(compareRows);

    const levelRows: ComplianceRow[] = [];
    for (const level of LEVELS) {
      const rows = agencyRows.filter((r) => r.level === level);
      if (rows.length === 0) continue;
      levelRows.push(poolRow({ name: LEVEL_NAMES[level], level }, rows, targetFor(policy, year, level), elapsedShare));
    }
    const province = provinceRow(`Toàn tỉnh ${provinceName}`, agencyRows, levelRows, elapsedShare);

    // Agencies dissolved during the report year, before the report date: their last standing, for reading.
    const former = agencies.filter(
      (a): a is Agency & { validTo: string } => a.validTo !== null && a.validTo >= yearStart && a.validTo < asOf,
    );
    const formerRows = await mapLimit(former, concurrency, async (agency) => {
      const figures = await figuresOn(agency.id, agency.validTo, period.start, yearStart);
      const row = makeRow(
        { id: agency.id, name: agency.name, level: agency.level },
        figures,
        targetFor(policy, year, agency.level),
        dayOfYear(agency.validTo) / daysInYear(year),
      );
      const reporter = reportingAgencyOn(agency, asOf, byId).agency;
      return {
        ...row,
        // Judged by the successor at year end, not here: a half-year standing against a full-year target.
        met: null,
        shortfall: null,
        forecast: null,
        atRisk: null,
        frozenOn: agency.validTo,
        successor: reporter ? { id: reporter.id, name: reporter.name } : null,
      } satisfies ComplianceRow;
    });
    formerRows.sort(compareRows);
    const activeLevels = new Set<Level>(levelRows.map((r) => r.level as Level));
    const formerLevels: ComplianceRow[] = [];
    for (const level of LEVELS) {
      if (activeLevels.has(level)) continue;
      const rows = formerRows.filter((r) => r.level === level);
      if (rows.length === 0) continue;
      const frozenOn =
        rows
          .map((r) => r.frozenOn ?? '')
          .sort()
          .at(-1) ?? asOf;
      const pooled = poolRow(
        { name: `${LEVEL_NAMES[level]} (cũ)`, level },
        rows,
        targetFor(policy, year, level),
        dayOfYear(frozenOn) / daysInYear(year),
      );
      formerLevels.push({ ...pooled, met: null, shortfall: null, forecast: null, atRisk: null, frozenOn });
    }

    if (!hasTarget) {
      warnings.unshift({
        code: 'no_target',
        message: `${policy.name} không quy định chỉ tiêu cho năm ${year}: báo cáo nêu tỷ lệ số hóa, không đánh giá Đạt/Chưa đạt.`,
      });
    }
    for (const row of agencyRows) {
      for (const w of row.warnings) warnings.push({ ...w, message: `${row.name}: ${w.message}` });
    }

    const pending = agencyRows.reduce((acc, r) => addPending(acc, r.pending ?? NO_PENDING), NO_PENDING);

    return {
      year,
      asOf,
      period: period.kind,
      periodStart: period.start,
      periodEnd: period.end,
      periodLabel: period.label,
      generatedAt: now.toISOString(),
      provinceName,
      policy: {
        id: policy.id,
        name: policy.name,
        source: policy.source,
        sourceConfirmed: policy.sourceConfirmed,
        targetsConfirmed: policy.targetsConfirmed,
        hasTarget,
        readingNote: targetIsReading(policy, year)
          ? (policy.afterLastYearNoteVi ??
            `Chỉ tiêu năm ${year} tiếp tục quy tắc của kế hoạch sau năm ${policy.lastYear} (cách hiểu của hệ thống).`)
          : null,
      },
      province,
      levels: levelRows,
      agencies: agencyRows,
      formerLevels,
      formerAgencies: formerRows,
      pending,
      warnings,
    };
  };
}
