/**
 * Validity of a result (DOMAIN.md §1.5, DESIGN.md "Counting"). Pure.
 * An explicit clause printed on the document wins (`có hiệu lực đến ngày …`, `có giá trị đến …`,
 * `thời hạn 05 năm kể từ ngày cấp`, `có giá trị 06 tháng`); otherwise the document type's rule applies.
 */
import type { ValidityRule } from './catalogue.ts';
import { addDays, addMonths, type FoundDate, findDates, numberFromWords } from './dates.ts';
import { fixOcrDigits } from './normalize.ts';
import type { Classification } from './types.ts';

/** Whether a result counts as still valid on `isoDate`: no expiry, or expiry on/after that day. */
export function isValidAt(c: Pick<Classification, 'expiryDate'>, isoDate: string): boolean {
  return c.expiryDate === null || c.expiryDate >= isoDate;
}

/** Expiry implied by a type's rule when the document prints none; null = open-ended or unknown. */
export function expiryFromRule(rule: ValidityRule, issueDate: string | null): string | null {
  if (issueDate === null) return null;
  if (rule.kind === 'fixed-term') return addMonths(issueDate, rule.months);
  if (rule.kind === 'status-bound' && rule.months !== undefined) return addMonths(issueDate, rule.months);
  return null;
}

export interface ExplicitExpiry {
  expiryDate: string | null;
  /** What was read: `until` an end date, a `term` from a start, or `unlimited` ("không thời hạn", "lâu dài"). */
  kind: 'until' | 'term' | 'unlimited';
  /** The clause as folded text, for `reasons`. */
  clause: string;
  /** Another validity clause gives a different end date: the expiry is uncertain. */
  conflict?: boolean;
}

/** A validity clause whose date is left blank or unreadable (`có hiệu lực đến ngày …/…/……`). */
const BLANK_UNTIL =
  /(co hieu luc|co gia tri|ton tai|het han)[^.;]{0,30}?(den|toi)(\s+het)?\s*[:.]?(\s*ngay)?\s*[:.]?\s*[.…_/\s]{4,}(?![0-9])/;
/** A term whose length is left blank (`có giá trị …… năm kể từ ngày ký`). */
const BLANK_TERM = /(co hieu luc|co gia tri|thoi han)[^.;0-9]{0,30}?[.…_]{3,}\s*(nam|thang)\b/;

/** Whether the text holds a validity clause with a blank or unreadable date or term. */
export function hasBlankValidity(folded: string): boolean {
  const text = folded.replace(/\n/g, ' ');
  return BLANK_UNTIL.test(text) || BLANK_TERM.test(text);
}

// `Công trình được tồn tại đến: …` (a temporary construction permit, ND 15/2021 Phụ lục II) is the permit's end.
// A work permit's `Thời hạn làm việc/Period of work: từ ngày/from … đến ngày/to …` (NĐ 152/2020 Mẫu 12/PLI: the
// permit's own term) runs longer with its English glosses.
const CONTEXT_RE = /(hieu luc|gia tri|het han|thoi han|ton tai|valid|expir)[^.;]{0,60}$|thoi han lam viec[^.;]{0,90}$/;
/**
 * The end date's label, with the English gloss of a bilingual form after a slash: a work permit's `Thời hạn làm
 * việc/Period of work: từ ngày/from … đến ngày/to …` (NĐ 152/2020 Mẫu 12/PLI), a card's `Ngày hết hạn/Date of
 * expiry: …` (the tour guide card, TT 06/2017/TT-BVHTTDL).
 */
const UNTIL_RE =
  /(den|toi|het han|expires?|expiry date|until)(\s+het)?\s*[:.]?(\s*ngay)?(\s*\/\s*(to|until|expiry date|date of expiry|expiry|valid until))?\s*[:.]?\s*$/;
/** The end of a period printed as a range (`Thời hạn làm việc / Period of work: 09/09/2025 - 09/09/2027`). */
const RANGE_END = /[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4}\s*[-–]\s*$/;
/** Number words a term may be written in (`năm (05) năm`, `hai năm`, `mười tám tháng`). */
const TERM_WORD = '(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|muoi|linh|le)';
const TERM_RE = new RegExp(
  `(thoi han|co gia tri|co hieu luc|gia tri su dung|hieu luc)([^.;]{0,60}?)(?<![0-9a-z])([0-9oli]{1,3}|(?:${TERM_WORD} ){0,3}${TERM_WORD})\\s*(\\([a-z0-9 ]{1,16}\\)\\s*)?(nam|thang|ngay)\\b`,
  'g',
);
/**
 * Terms of the land, a forest, a project, a lease, a mandate or a deadline, not of the paper (`Thời hạn sử dụng
 * đất: 50 năm`; `Thời hạn giao rừng: 50 năm`, NĐ 156/2018; a construction permit's `khởi công xây dựng trong thời
 * hạn 12 tháng kể từ ngày cấp`, which only lapses the permit if works never start — something the paper cannot
 * show; a power of attorney's term).
 */
const NOT_PAPER_TERM =
  /(thoi han su dung|su dung dat|thue dat|cho thue|thoi han thue|giao rung|thue rung|giao dat|hoat dong cua|thoi han hoat dong|khoi cong|thi cong|hoan thanh|uy quyen|thoi han nop|khac phuc|chap hanh|bao hanh)[^.;]{0,40}$/;
/**
 * `Thời hạn hoạt động: 05 năm kể từ ngày ký` in a permission to operate (a decision allowing educational
 * activity, NĐ 125/2024): the term of the permission itself, counted from its own signature — unless the text
 * is about an investment project, whose operating term is the project's (`Thời hạn hoạt động của dự án`).
 */
const OWN_OPERATING_TERM = /thoi han hoat dong(?! cua)( [a-z]+){0,3}\s*[:.]?\s*$/;
/** The same as a period: `Thời hạn hoạt động: từ ngày 01/9/2023 đến ngày 31/8/2028`. */
const OWN_OPERATING_UNTIL =
  /thoi han hoat dong(?! cua)( [a-z]+){0,3}\s*[:.]?\s*(tu ngay [0-9oli/.\- ]{6,12}\s*|ke tu ngay (ky|cap)\s*)?(den|toi)( het)?( ngay)?\s*[:.]?\s*$/;
const PROJECT = /(du an|nha dau tu)/;
/** `Giấy phép thi công có giá trị đến …`: the paper is the subject, whatever its name holds (`thi công`). */
const PAPER_SUBJECT =
  /(giay phep|giay chung nhan|chung chi|giay xac nhan)( [a-z]+){0,8} (nay )?(co gia tri|co hieu luc)( su dung)?\s*(den|toi)(\s+het)?\s*(ngay)?\s*[:.]?\s*$/;
const UNLIMITED_RE = /(khong thoi han|khong co thoi han|unlimited)/;

/**
 * Reads an explicit expiry from accent-folded text (line breaks are treated as spaces).
 * `issueDate` is the base of a term "kể từ ngày cấp/ký"; a term with an explicit start date uses that date.
 * `inOtherPaper(index)`: whether a clause at that offset speaks of another paper (a `Căn cứ …` line citing an
 * older licence's validity); such clauses are skipped.
 */
export function findExplicitExpiry(
  folded: string,
  issueDate: string | null,
  inOtherPaper: (index: number) => boolean = () => false,
): ExplicitExpiry | null {
  const text = folded.replace(/\n/g, ' ');
  const { dates } = findDates(text);

  const project = PROJECT.test(text);
  const until = dates.filter((d) => {
    const window = text.slice(Math.max(0, d.index - 90), d.index);
    if (inOtherPaper(d.index) || !(UNTIL_RE.test(window) || RANGE_END.test(window)) || !CONTEXT_RE.test(window))
      return false;
    return !NOT_PAPER_TERM.test(window) || PAPER_SUBJECT.test(window) || (!project && OWN_OPERATING_UNTIL.test(window));
  });
  const first = until[0];
  if (first) {
    const found: ExplicitExpiry = {
      expiryDate: first.iso,
      kind: 'until',
      clause: text.slice(Math.max(0, first.index - 40), first.end).trim(),
    };
    if (until.some((d) => d.iso !== first.iso)) found.conflict = true;
    return found;
  }

  for (const m of text.matchAll(TERM_RE)) {
    if (inOtherPaper(m.index)) continue;
    const lead = text.slice(Math.max(0, m.index - 40), m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
    if (NOT_PAPER_TERM.test(lead) && (project || !OWN_OPERATING_TERM.test(lead) || !ownStart(text, m))) continue;
    const words = /^[a-z]/.test(m[3] ?? '') ? (m[3] ?? '').trim().split(/\s+/) : null;
    // `từ tháng 3`, `lăm`, `linh`: a word that starts no number; `sau tháng 6` is "after June".
    if (words && (/^(tu|lam|le|linh)$/.test(words[0] ?? '') || /^\s*[0-9]/.test(text.slice(m.index + m[0].length))))
      continue;
    const amount = words ? (numberFromWords(words) ?? Number.NaN) : Number(fixOcrDigits(m[3] ?? '') ?? Number.NaN);
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const numberAt = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const before = text.slice(Math.max(0, numberAt - 8), numberAt);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "ngày 05 tháng 3 năm 2020" is a date, not a term of 05 months.
    if (/(ngay|thang)\s*[:.]?\s*$/.test(before)) continue;
    if (m[5] === 'thang' && /^\s*[,.]?\s*[0-9oli]{1,4}\s*[,.]?\s*nam/.test(after)) continue;
    if (m[5] === 'nam' && /^\s*[0-9]{4}/.test(after)) continue;
    // A term in days (`Giấy xác nhận có giá trị 30 ngày kể từ ngày cấp`, TT 55/2021/TT-BCA Art. 17) only as the
    // paper's validity: `có hiệu lực sau 10 ngày` is when it takes effect, not when it ends.
    const days = m[5] === 'ngay';
    if (days && (!/gia tri|thoi han/.test(m[1] ?? '') || /\bsau\b/.test(m[2] ?? ''))) continue;
    const months = m[5] === 'nam' ? amount * 12 : amount;
    const base = startOfTerm(after, m.index + m[0].length, dates) ?? issueDate;
    if (base === null) continue;
    return { expiryDate: days ? addDays(base, amount) : addMonths(base, months), kind: 'term', clause: m[0].trim() };
  }

  const unlimited = UNLIMITED_RE.exec(text);
  if (unlimited && !inOtherPaper(unlimited.index)) return { expiryDate: null, kind: 'unlimited', clause: unlimited[0] };
  return null;
}

/** Whether the term `m` counts from the paper's own signature or issue (`… năm kể từ ngày ký`). */
function ownStart(text: string, m: RegExpMatchArray): boolean {
  const at = (m.index ?? 0) + m[0].length;
  return /^[^.;]{0,12}?(ke tu|tinh tu) ngay (ky|cap|ban hanh)\b/.test(text.slice(at, at + 40));
}

/** "kể từ ngày 01/3/2020" right after a term: the explicit start; "kể từ ngày cấp/ký" → null (issue date). */
function startOfTerm(after: string, offset: number, dates: FoundDate[]): string | null {
  const m = /^[^.;]{0,30}?(ke tu|tinh tu)\s*(ngay)?/.exec(after);
  if (!m) return null;
  const at = offset + m.index + m[0].length;
  const date = dates.find((d) => d.index >= at - 6 && d.index <= at + 4);
  return date?.iso ?? null;
}
