/**
 * Reporting periods (DOMAIN.md §5: monthly, quarterly, annual). A report is taken "as of" one Vietnam
 * calendar day; its period is the month, quarter or year containing that day.
 */
import { ValidationError } from '#shared/errors.ts';
import { addDays, isIsoDate, lastDayOfMonth, yearOf } from './vn-time.ts';

export type PeriodKind = 'month' | 'quarter' | 'year';
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

export interface ReportPeriod {
  year: number;
  kind: PeriodKind;
  /** First day of the period (ISO date). */
  start: string;
  /** Last day of the period (ISO date). */
  end: string;
  /** The day the figures are taken at: the period end, or an earlier day (today, or the one asked for). */
  asOf: string;
  /** Vietnamese label: `tháng 11/2026`, `quý IV/2025`, `năm 2025`. */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The years a report can be about. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

function invalidYear(given: unknown, code = 'invalid_year'): ValidationError {
  return new ValidationError(
    code,
    `year must be a four-digit year from ${FIRST_YEAR} to ${LAST_YEAR} (got ${String(given)})`,
    'Năm báo cáo không hợp lệ (ví dụ: 2026).',
  );
}

/**
 * A year given as text (`?year=`, `--year`): four digits, 2000–2100. Absent or empty: undefined (the
 * caller's default, usually the current Vietnam year through `resolvePeriod`). `code` is the error code
 * of the surface asking (the HTTP API answers every malformed query parameter with `invalid_request`).
 */
export function parseYear(value: string | null | undefined, code = 'invalid_year'): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!/^\d{4}$/.test(value)) throw invalidYear(value, code);
  const year = Number(value);
  if (year < FIRST_YEAR || year > LAST_YEAR) throw invalidYear(value, code);
  return year;
}

/** Last day of the period before the one containing `date` (`month`, 2026-03-15 → 2026-02-28). */
export function endOfPreviousPeriod(kind: PeriodKind, date: string): string {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return `${year - 1}-12-31`;
  const firstMonth = kind === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  return addDays(`${year}-${String(firstMonth).padStart(2, '0')}-01`, -1);
}

function periodContaining(kind: PeriodKind, date: string): Omit<ReportPeriod, 'asOf'> {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return { year, kind, start: `${year}-01-01`, end: `${year}-12-31`, label: `năm ${year}` };
  if (kind === 'quarter') {
    const q = Math.floor((month - 1) / 3);
    const first = q * 3 + 1;
    return {
      year,
      kind,
      start: `${year}-${String(first).padStart(2, '0')}-01`,
      end: lastDayOfMonth(year, first + 2),
      label: `quý ${ROMAN[q]}/${year}`,
    };
  }
  const mm = String(month).padStart(2, '0');
  return { year, kind, start: `${year}-${mm}-01`, end: lastDayOfMonth(year, month), label: `tháng ${month}/${year}` };
}

/**
 * Resolves `{year, asOf?, period?}` against today's Vietnam date. Without `asOf`: a past year is taken at
 * 31 December (its last month/quarter for month/quarter periods), the current year today. A future year,
 * an `asOf` outside `year`, or an `asOf` after today are rejected with a Vietnamese message.
 */
export function resolvePeriod(q: { year?: number; asOf?: string; period?: PeriodKind }, today: string): ReportPeriod {
  const kind = q.period ?? 'year';
  if (!PERIOD_KINDS.includes(kind)) {
    throw new ValidationError(
      'invalid_period',
      `period must be month, quarter or year (got ${String(kind)})`,
      'Kỳ báo cáo phải là tháng, quý hoặc năm.',
    );
  }
  if (q.asOf !== undefined && !isIsoDate(q.asOf)) {
    throw new ValidationError(
      'invalid_date',
      `asOf must be a date YYYY-MM-DD (got ${q.asOf})`,
      'Ngày báo cáo phải có dạng YYYY-MM-DD.',
    );
  }
  const year = q.year ?? (q.asOf ? yearOf(q.asOf) : yearOf(today));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw invalidYear(q.year);
  if (q.asOf !== undefined && yearOf(q.asOf) !== year) {
    throw new ValidationError(
      'invalid_date',
      `asOf ${q.asOf} is not in ${year}`,
      `Ngày báo cáo ${q.asOf} không thuộc năm ${year}.`,
    );
  }
  if (year > yearOf(today)) {
    throw new ValidationError(
      'future_year',
      `year ${year} has not started yet (today is ${today})`,
      `Năm ${year} chưa bắt đầu.`,
    );
  }
  const asOf = q.asOf ?? (year < yearOf(today) ? `${year}-12-31` : today);
  if (asOf > today) {
    throw new ValidationError(
      'future_date',
      `asOf ${asOf} is after today (${today})`,
      `Ngày báo cáo ${asOf} sau ngày hôm nay.`,
    );
  }
  return { ...periodContaining(kind, asOf), asOf };
}
