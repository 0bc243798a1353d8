/**
 * Calendar arithmetic in Vietnam time (Asia/Ho_Chi_Minh). Vietnam has used UTC+07:00 without daylight
 * saving since 1975, so a fixed offset is exact for every date sohoa handles and needs no time-zone data.
 * Dates are ISO `YYYY-MM-DD` strings; instants are ISO strings in UTC (`toISOString()`), which sort
 * lexicographically the way the stores compare them.
 */

const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The Vietnam calendar date of an instant (a `Date` or an ISO string with its offset). */
export function vnDateOf(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Today in Vietnam: the one way sohoa asks for "today" (DESIGN.md: dates and year boundaries are
 * Asia/Ho_Chi_Minh). Pass the clock's instant; the UTC date is wrong from 00:00 to 07:00 Vietnam time.
 */
export function vnToday(now: Date = new Date()): string {
  return vnDateOf(now);
}

/** The Vietnam calendar year of an instant (a scan at 2025-12-31 23:30 +07 is a 2025 scan). */
export function vnYearOf(instant: Date | string): number {
  return yearOf(vnDateOf(instant));
}

/** First instant of a Vietnam calendar day, as a UTC ISO string (`2026-01-01` → `2025-12-31T17:00:00.000Z`). */
export function startOfVnDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS).toISOString();
}

/** Last millisecond of a Vietnam calendar day, as a UTC ISO string (inclusive upper bound for queries). */
export function endOfVnDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + DAY_MS - 1).toISOString();
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
}

/** 1 for 1 January, 365/366 for 31 December. */
export function dayOfYear(date: string): number {
  const year = yearOf(date);
  return (Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / DAY_MS + 1;
}

/** Last day of a month (1-based month). */
export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `30/06/2025`. */
export function formatDmy(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * The ND 30 date line body: `ngày 05 tháng 02 năm 2023`, `ngày 25 tháng 5 năm 2021` (days below 10 and
 * months 1–2 take a leading zero).
 */
export function formatNd30Date(date: string): string {
  const day = Number(date.slice(8, 10));
  const month = Number(date.slice(5, 7));
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${date.slice(0, 4)}`;
}
