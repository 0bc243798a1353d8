/**
 * Vietnamese dates as printed on administrative documents, read from accent-folded text. Pure.
 * Forms: `ngày 05 tháng 3 năm 2020`, `ngay 5 thang 03 nam 2020`, `05/03/2020`, `5-3-2020`, `05.03.2020`,
 * with stray spaces, line breaks and OCR digit confusions (O/0, l/I/1). Impossible dates are rejected.
 */
import { fixOcrDigits } from './normalize.ts';

/** A calendar date found in text: ISO form and where it sits in the searched string. */
export interface FoundDate {
  iso: string;
  index: number;
  end: number;
  form: 'words' | 'numeric';
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function toIsoDate(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/**
 * The same calendar day `months` later (DESIGN.md "Counting"); the last day of the month when that day does
 * not exist (31/01 + 1 month → 28 or 29/02).
 */
export function addMonths(iso: string, months: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d.day, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `iso` plus `days` calendar days (a term counted in days: `30 ngày kể từ ngày cấp`). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** Digit-like characters in folded text (OCR reads 0 as o, 1 as l/i/|). */
const D = '[0-9oli|]';
/** The dots of a form's slot around a value written into it (`ngày ..30.. tháng ..9.. năm 2025`). */
const SLOT = '(?:[.…_]{2,}\\s?)?';

/**
 * Whether the date found at `index` of folded, joined text had its day or month written into a form's dotted
 * slots (`ngày ..30.. tháng ..9.. năm 2025`): a value written by hand, read, and to be checked by a person.
 */
export function dateInSlots(joined: string, index: number): boolean {
  const at = joined.indexOf('ngay', Math.max(0, index - 2));
  if (at < 0 || at > index + 40) return false;
  const year = /\bna(?:m|rn|rd)\b/.exec(joined.slice(at, at + 80));
  return /[.…_]{2,}/.test(joined.slice(at, at + (year ? year.index : 0)));
}
// Bilingual forms (`ngày/date 12 tháng/month 05 năm/year 2023`) carry the English word after a slash. A photo's
// OCR reads the m of `năm` as `rn` or `rd` (`tháng 7 nărd` / `2024`, the year on the next line).
const WORDS_RE = new RegExp(
  `ngay(?:\\s*/\\s*date)?\\s*[:.]?\\s*${SLOT}(${D}\\s?${D}?)\\s*${SLOT}[,.]?\\s*thang(?:\\s*/\\s*month)?\\s*[:.]?\\s*${SLOT}(${D}\\s?${D}?)\\s*${SLOT}[,.]?\\s*na(?:m|rn|rd)(?:\\s*/\\s*year)?\\s*[:.]?\\s*${SLOT}(${D}\\s?${D}\\s?${D}\\s?${D})(?![0-9])`,
  'g',
);
// Not inside a longer number or code (`1.05/02/2018`, `A-05/02/2018`); a form's dotted leader before the value
// (`năm đăng ký:..05/02/2018`) is no such thing.
const NUMERIC_RE = new RegExp(
  `(?<![a-z0-9/-])(?<![a-z0-9/-]\\.)([0-9]${D}?|[oli|][0-9])\\s?([/.-])\\s?(${D}{1,2})\\s?\\2\\s?([0-9]${D}{3})(?![0-9a-z/])`,
  'g',
);

function toNumber(token: string | undefined): number | null {
  if (token === undefined) return null;
  const fixed = fixOcrDigits(token);
  return fixed === null ? null : Number(fixed);
}

function build(dayT?: string, monthT?: string, yearT?: string): string | null {
  const day = toNumber(dayT);
  const month = toNumber(monthT);
  const year = toNumber(yearT);
  if (day === null || month === null || year === null) return null;
  return toIsoDate(year, month, day);
}

/**
 * All valid dates in `folded` (accent-folded text; line breaks count as spaces), in order of position.
 * `rejected` counts date-shaped strings that are impossible (31/02/2021) or unreadable.
 */
let lastText: string | null = null;
let lastResult: { dates: FoundDate[]; rejected: number } = { dates: [], rejected: 0 };

export function findDates(folded: string): { dates: FoundDate[]; rejected: number } {
  const text = folded.includes('\n') ? folded.replace(/\n/g, ' ') : folded;
  // Place, issue date and validity all read the same text: remember the last answer.
  if (text === lastText) return { dates: [...lastResult.dates], rejected: lastResult.rejected };
  const dates: FoundDate[] = [];
  let rejected = 0;
  for (const m of text.matchAll(WORDS_RE)) {
    const iso = build(m[1], m[2], m[3]);
    if (iso) dates.push({ iso, index: m.index, end: m.index + m[0].length, form: 'words' });
    else rejected++;
  }
  for (const m of text.matchAll(NUMERIC_RE)) {
    const iso = build(m[1], m[3], m[4]);
    if (iso) dates.push({ iso, index: m.index, end: m.index + m[0].length, form: 'numeric' });
    else if (/\d/.test(m[1] ?? '') && /\d/.test(m[4] ?? '')) rejected++;
  }
  dates.sort((a, b) => a.index - b.index);
  lastText = text;
  lastResult = { dates, rejected };
  return { dates: [...dates], rejected };
}

/** Parses one date string in any supported form (accents optional); null when absent or impossible. */
export function parseVietnameseDate(text: string): string | null {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return findDates(folded).dates[0]?.iso ?? null;
}

/** `Điện Biên, ngày 05 tháng 02 năm 2025` style (ND 30: leading zero for days < 10 and months 1–2). */
export function formatVietnameseDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  const month = d.month <= 2 ? pad(d.month) : String(d.month);
  return `ngày ${pad(d.day)} tháng ${month} năm ${d.year}`;
}

const DIGIT_WORDS: Record<string, number> = {
  khong: 0,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
const NUMBER_WORD = /^(khong|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|nghin|ngan|linh|le)$/;

/** Value of Vietnamese number words below 10 000 (`hai nghìn không trăm hai mươi bốn` → 2024), else null. */
export function numberFromWords(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let digit: number | null = null;
  for (const w of words) {
    if (w === 'nghin' || w === 'ngan') {
      total += (digit ?? 1) * 1000;
      digit = null;
      current = 0;
    } else if (w === 'tram') {
      current += (digit ?? 1) * 100;
      digit = null;
    } else if (w === 'muoi') {
      // `mười` (10) alone, or `hai mươi` (20).
      current += (digit ?? 1) * 10;
      digit = null;
    } else if (w === 'linh' || w === 'le') {
      digit = null;
    } else {
      const d = DIGIT_WORDS[w];
      if (d === undefined || digit !== null) return null;
      digit = d;
    }
  }
  return total + current + (digit ?? 0);
}

/**
 * A date written in words (`ngày mười lăm tháng năm năm hai nghìn không trăm hai mươi ba`, `ngày mùng sáu
 * tháng bảy …`), as on civil-status papers and certifications, in accent-folded text. `năm` is both "five" and
 * "year": every reading is tried and the first valid date wins. `end` is just after the year's last word.
 */
export function findWordsDates(folded: string): FoundDate[] {
  const out: FoundDate[] = [];
  const re = /ngay\s+(?:(?:mung|mong)\s+)?((?:[a-z]+\s+){1,4}?)thang\s+(?=[a-z])/g;
  for (const m of folded.matchAll(re)) {
    const dayWords = (m[1] ?? '').trim().split(/\s+/);
    if (!dayWords.every((w) => NUMBER_WORD.test(w))) continue;
    // The words after `tháng`, with where each ends; punctuation between them (`mốt, tại`) is skipped.
    const words: Array<{ w: string; end: number }> = [];
    const token = /[a-z0-9]+/g;
    token.lastIndex = m.index + m[0].length;
    for (let t = token.exec(folded); t && words.length < 18 && !/[0-9]/.test(t[0]); t = token.exec(folded)) {
      words.push({ w: t[0], end: t.index + t[0].length });
    }
    let found: FoundDate | null = null;
    for (let k = 1; k < words.length && !found; k++) {
      if (words[k]?.w !== 'nam') continue;
      const month = numberFromWords(words.slice(0, k).map((x) => x.w));
      let n = k + 1;
      while (n < words.length && NUMBER_WORD.test(words[n]?.w ?? '')) n++;
      const year = numberFromWords(words.slice(k + 1, n).map((x) => x.w));
      const day = numberFromWords(dayWords);
      if (month === null || year === null || day === null) continue;
      const iso = toIsoDate(year, month, day);
      if (iso) found = { iso, index: m.index, end: words[n - 1]?.end ?? m.index + m[0].length, form: 'words' };
    }
    if (found) out.push(found);
  }
  return out;
}
