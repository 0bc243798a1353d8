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
import { OVERDUE_AFTER_HOURS } from '../domain/document-status.ts';
import { type PeriodKind, type ReportPeriod, resolvePeriod } from '../domain/periods.ts';
import { policyCoversYear, type TargetPolicy, targetFor, targetIsReading } from '../domain/targets.ts';
import { type Agency, LEVELS, type Level } from '../domain/types.ts';
import { dayOfYear, daysInYear, endOfVnDay, formatDmy, startOfVnDay, vnToday } from '../domain/vn-time.ts';
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
  /**
   * Data quality: documents still not terminal `afterHours` after their upload, at `generatedAt` (not at
   * `asOf`: a pipeline fault is news now). They are not counted; each agency's share is a row warning.
   */
  overdue: { count: number; afterHours: number };
  warnings: ReportWarning[];
}

/** The data-quality line of an agency (or the province) with documents overdue in the pipeline. */
export function overdueMessage(count: number, afterHours = OVERDUE_AFTER_HOURS): string {
  return `${count.toLocaleString('vi-VN')} hồ sơ đã tải lên quá ${afterHours} giờ nhưng chưa xử lý xong (chưa được tính): hệ thống đang xử lý lại hoặc sẽ từ chối kèm lý do; nếu còn kéo dài, đề nghị liên hệ quản trị hệ thống.`;
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

/** One agency's own figures on `date`: documents digitized up to that day and still valid on it. */
function makeFiguresOn(reader: ComplianceReader) {
  return async (agencyId: string, date: string, periodStart: string, yearStart: string): Promise<RawFigures> => {
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
  };
}

type FiguresOn = ReturnType<typeof makeFiguresOn>;

interface ReportGroup {
  figures: AgencyFigures;
  pending: PendingCounts;
  /** Documents of the group's agencies overdue in the pipeline (see `ComplianceReport.overdue`). */
  overdue: number;
  members: Agency[];
}

/** Who reports an agency on `asOf`: its reporter, or itself when it has none (dissolved, no successor). */
function reportingKey(agency: Agency, asOf: string, byId: ReadonlyMap<string, Agency>) {
  const { agency: reporter, cycle } = reportingAgencyOn(agency, asOf, byId);
  return { key: reporter?.id ?? agency.id, orphan: !reporter, cycle };
}

/** The agencies existing by `asOf` (the report's population) and their index. */
async function reportPopulation(reader: ComplianceReader, asOf: string) {
  const agencies = (await reader.listAgencies()).filter((a) => a.validFrom === null || a.validFrom <= asOf);
  return { agencies, byId: new Map<string, Agency>(agencies.map((a) => [a.id, a])) };
}

/** Each agency's own figures summed under whoever reports them on `asOf` (an agency and its predecessors). */
async function groupFigures(
  members: readonly Agency[],
  ctx: {
    reader: ComplianceReader;
    figuresOn: FiguresOn;
    period: ReportPeriod;
    byId: ReadonlyMap<string, Agency>;
    /** Uploads before this instant that are still not terminal are overdue. */
    overdueBefore: string;
  },
  concurrency: number,
) {
  const { period, byId } = ctx;
  const yearStart = `${period.year}-01-01`;
  const own = await mapLimit(members, concurrency, async (agency) => ({
    agency,
    figures: await ctx.figuresOn(agency.id, period.asOf, period.start, yearStart),
    pending: await ctx.reader.countPending(agency.id),
    overdue: await ctx.reader.countOverdue(agency.id, ctx.overdueBefore),
  }));
  const warnings: ReportWarning[] = [];
  const groups = new Map<string, ReportGroup>();
  const orphans = new Set<string>();
  for (const { agency, figures, pending, overdue } of own) {
    const { key, orphan, cycle } = reportingKey(agency, period.asOf, byId);
    if (cycle) {
      warnings.push({
        code: 'successor_cycle',
        agencyId: agency.id,
        message: `${agency.name}: chuỗi đơn vị kế thừa bị lặp vòng, số liệu được báo cáo riêng.`,
      });
    }
    if (orphan) orphans.add(agency.id);
    const group = groups.get(key) ?? { figures: ZERO, pending: NO_PENDING, overdue: 0, members: [] };
    group.figures = addFigures(group.figures, figures);
    group.pending = addPending(group.pending, pending);
    group.overdue += overdue;
    group.members.push(agency);
    groups.set(key, group);
  }
  return { groups, orphans, warnings };
}

/** The report row of the agency `id` from its group's figures. */
function agencyRowOf(
  id: string,
  group: ReportGroup,
  orphan: boolean,
  ctx: { policy: TargetPolicy; period: ReportPeriod; byId: ReadonlyMap<string, Agency> },
): ComplianceRow {
  const { asOf, year } = ctx.period;
  const agency = ctx.byId.get(id)!;
  const extra: ReportWarning[] = orphan
    ? [
        {
          code: 'no_successor',
          agencyId: id,
          message: `Đơn vị đã kết thúc hoạt động ngày ${formatDmy(agency.validTo ?? asOf)} nhưng chưa xác định đơn vị kế thừa.`,
        },
      ]
    : [];
  if (group.overdue > 0)
    extra.push({ code: 'overdue_documents', agencyId: id, message: overdueMessage(group.overdue) });
  const row = makeRow(
    { id, name: agency.name, level: agency.level },
    group.figures,
    targetFor(ctx.policy, year, agency.level),
    dayOfYear(asOf) / daysInYear(year),
    extra,
  );
  row.pending = group.pending;
  const includes = group.members
    .filter((m) => m.id !== id)
    .map((m) => ({ id: m.id, name: m.name, validTo: m.validTo ?? '' }))
    .sort((a, b) => compareRows({ level: null, name: a.name }, { level: null, name: b.name }));
  if (includes.length > 0) row.includes = includes;
  return row;
}

/** A dissolved agency's last standing (its figures frozen on its `validTo`), for reading only. */
async function formerRowOf(
  agency: Agency & { validTo: string },
  ctx: { figuresOn: FiguresOn; policy: TargetPolicy; period: ReportPeriod; byId: ReadonlyMap<string, Agency> },
): Promise<ComplianceRow> {
  const { period, policy, byId } = ctx;
  const figures = await ctx.figuresOn(agency.id, agency.validTo, period.start, `${period.year}-01-01`);
  const row = makeRow(
    { id: agency.id, name: agency.name, level: agency.level },
    figures,
    targetFor(policy, period.year, agency.level),
    dayOfYear(agency.validTo) / daysInYear(period.year),
  );
  const reporter = reportingAgencyOn(agency, period.asOf, byId).agency;
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
}

export interface AgencyStanding {
  period: ReportPeriod;
  /**
   * The agency's row exactly as the report computes it on `period.asOf` (its predecessors included);
   * for an agency dissolved by then, its frozen last standing (`frozenOn`, `successor`); null when the
   * agency does not exist yet on that day.
   */
  row: ComplianceRow | null;
}

/**
 * One agency's row of the report for the same query, without computing the others' (`GET /progress`):
 * the same period resolution, grouping under successors and row maths as `makeBuildReport`.
 */
export function makeAgencyStanding(
  deps: Omit<BuildReportDeps, 'provinceName'>,
): (agencyId: string, q: ReportQuery) => Promise<AgencyStanding> {
  const { reader, clock, policy } = deps;
  const figuresOn = makeFiguresOn(reader);
  return async (agencyId, q) => {
    const period = resolvePeriod(q, vnToday(clock.now()));
    const { agencies, byId } = await reportPopulation(reader, period.asOf);
    const agency = byId.get(agencyId);
    if (!agency) return { period, row: null };
    const { key } = reportingKey(agency, period.asOf, byId);
    if (key !== agencyId) {
      const frozen = { ...agency, validTo: agency.validTo ?? period.asOf };
      return { period, row: await formerRowOf(frozen, { figuresOn, policy, period, byId }) };
    }
    const members = agencies.filter((a) => reportingKey(a, period.asOf, byId).key === agencyId);
    const overdueBefore = new Date(clock.now().getTime() - OVERDUE_AFTER_HOURS * 3600_000).toISOString();
    const { groups, orphans } = await groupFigures(
      members,
      { reader, figuresOn, period, byId, overdueBefore },
      deps.concurrency ?? 8,
    );
    const group = groups.get(agencyId)!;
    return { period, row: agencyRowOf(agencyId, group, orphans.has(agencyId), { policy, period, byId }) };
  };
}

export function makeBuildReport(deps: BuildReportDeps): (q: ReportQuery) => Promise<ComplianceReport> {
  const { reader, clock, policy, provinceName } = deps;
  const concurrency = deps.concurrency ?? 8;
  const figuresOn = makeFiguresOn(reader);

  return async (q) => {
    const now = clock.now();
    const period = resolvePeriod(q, vnToday(now));
    const { asOf, year } = period;
    const yearStart = `${year}-01-01`;
    const elapsedShare = dayOfYear(asOf) / daysInYear(year);
    const { agencies, byId } = await reportPopulation(reader, asOf);

    // Each agency's figures go to whoever reports them on the report date.
    const overdueBefore = new Date(now.getTime() - OVERDUE_AFTER_HOURS * 3600_000).toISOString();
    const { groups, orphans, warnings } = await groupFigures(
      agencies,
      { reader, figuresOn, period, byId, overdueBefore },
      concurrency,
    );
    let overdue = 0;
    for (const group of groups.values()) overdue += group.overdue;

    const hasTarget = policyCoversYear(policy, year);
    const agencyRows: ComplianceRow[] = [];
    for (const [id, group] of groups) {
      agencyRows.push(agencyRowOf(id, group, orphans.has(id), { policy, period, byId }));
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
    const formerRows = await mapLimit(former, concurrency, (agency) =>
      formerRowOf(agency, { figuresOn, policy, period, byId }),
    );
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
    // The province's total first, then each agency's share (below, with the other row warnings).
    if (overdue > 0) warnings.push({ code: 'overdue_documents', message: `Toàn tỉnh: ${overdueMessage(overdue)}` });
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
      overdue: { count: overdue, afterHours: OVERDUE_AFTER_HOURS },
      warnings,
    };
  };
}
