/**
 * Place and issue date: the ND 30 line `Điện Biên, ngày 05 tháng 3 năm 2020`, else a labelled date
 * (`Ngày cấp`, `Ngày, tháng, năm đăng ký`, `Đăng ký lần đầu`), never a birth date or a cited law's date. Pure.
 */
import { type FoundDate, findDates, findWordsDates, toIsoDate } from './dates.ts';
import {
  type DocumentText,
  foldedLine,
  inCitationZone,
  lineBounds,
  lineIndexAt,
  originalSlice,
} from './document-text.ts';
import { fixOcrDigits } from './normalize.ts';
import { MAX_PLACE_WORDS, PLACE_KEYS, restoreDiacritics } from './restore.ts';

export interface PlaceAndDate {
  place: string | null;
  issueDate: string | null;
  /** How the date was found: the place line, a label, or the first plausible date. */
  source: 'place-line' | 'label' | 'fallback' | null;
  /** Folded offset of the date that was taken (-1 when none): its OCR line decides whether it is trusted. */
  index: number;
  /** Impossible date-shaped strings seen (31/02/2021…). */
  rejectedDates: number;
}

const ISSUE_LABEL =
  /(ngay cap|cap ngay|ngay ky|ky ngay|ngay dang ky|dang ky ngay|dang ky lan dau|ngay thang nam dang ky|ngay thang nam cap|ngay ban hanh|issue date|date of issue|lam tai [a-z ]{0,40})(\s+ngay)?\s*$/;
const NOT_ISSUE =
  /(sinh|chet|mat|tu tran|phut|gio|luc|cccd|cmnd|can cuoc|chung minh|ho chieu|het han|den|toi|hieu luc|gia tri|trung tuyen|ke tu|tu)\s*(ngay)?\s*$/;
/** A date inside a citation (`Căn cứ Luật … ngày …`, `Quyết định số … ngày …`) is not the issue date. */
const CITED = /(luat|nghi dinh|thong tu|quyet dinh|nghi quyet|can cu|cong van|ke hoach|van ban|to trinh|so [0-9]+)/;
const PLACE_WORD = /^[a-z]+$/;

function flatWindow(text: string, end: number, size: number): string {
  return text
    .slice(Math.max(0, end - size), end)
    .replace(/[^a-z0-9]+/g, ' ')
    .trimStart();
}

function readPlace(doc: DocumentText, text: string, commaAt: number): string | null {
  const lineStart = text.lastIndexOf('\n', commaAt) + 1;
  const before = doc.folded.slice(lineStart, commaAt);
  let words = before.trim().split(/\s+/);
  // Only what follows the number (`Số: 12/GP-UBND Điện Biên, ngày`) or the motto can be the place.
  let lastOther = words.findLastIndex((w) => !PLACE_WORD.test(w));
  // A place whose name is a number: `Quận 3, ngày …`, `Phường 10, ngày …`.
  if (lastOther === words.length - 1 && /^[0-9]{1,2}$/.test(words[lastOther] ?? '')) {
    const head = words[lastOther - 1];
    if (head === 'quan' || head === 'phuong') {
      const at = lineStart + before.lastIndexOf(`${head} `);
      const printed = originalSlice(doc, at, commaAt).trim();
      const restored = doc.accented ? printed : restoreDiacritics(printed);
      return restored
        .toLowerCase()
        .replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase())
        .normalize('NFC');
    }
    lastOther = words.length - 1;
  }
  // After a bare number (`… lúc 14 giờ 15 phút, ngày …`) only a known place name counts.
  const afterNumber = lastOther >= 0 && /^[0-9oli]+$/.test(words[lastOther] ?? '');
  words = words.slice(lastOther + 1);
  const motto = words.lastIndexOf('phuc');
  if (motto > 0 && words[motto - 1] === 'hanh') words = words.slice(motto + 1);
  if (words.length === 0) return null;
  let take = 0;
  for (let n = Math.min(MAX_PLACE_WORDS, words.length); n >= 1; n--) {
    if (PLACE_KEYS.has(words.slice(-n).join(' '))) {
      take = n;
      break;
    }
  }
  if (take === 0) {
    // Unknown place: up to three trailing alphabetic words.
    for (let n = 1; n <= Math.min(3, words.length); n++) {
      if (!PLACE_WORD.test(words[words.length - n] ?? '')) break;
      take = n;
    }
    // An unknown place is the whole start of its line (`Nà Hừ, ngày …`), not the end of a sentence
    // (`… lúc 14 giờ 15 phút, ngày …`).
    if (take === 0 || afterNumber) return null;
    // The rest of a time wrapped onto its own line (`Đã chết vào lúc: 14 giờ 20` / `phút, ngày …`).
    if (words.slice(-take).some((w) => /^(phut|gio|luc)$/.test(w))) return null;
    // `Thành phố Hồ Chí Minh, ngày …`: a territory word and its name fill the line.
    if (take !== words.length && words.length <= 6 && /^(thanh|tp|quan|huyen|thi|phuong|xa)$/.test(words[0] ?? ''))
      take = words.length;
    if (take !== words.length) {
      // An issuer read on the same line: `XÃ NÀ HỪ Nà Hừ, ngày …` — the place repeats the issuer's name.
      const repeat = [2, 1].find(
        (n) => words.length > 2 * n && words.slice(-n).join(' ') === words.slice(-2 * n, -n).join(' '),
      );
      if (!repeat) return null;
      take = repeat;
    }
  }
  const placeText = words.slice(-take).join(' ');
  const at = lineStart + before.lastIndexOf(placeText);
  const printed = originalSlice(doc, at, at + placeText.length).trim();
  const restored = doc.accented ? printed : restoreDiacritics(printed);
  // Title case ("ĐIỆN BIÊN" in an all-caps OCR line → "Điện Biên").
  return restored
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase())
    .normalize('NFC');
}

/** A personal paper's number or date on the same line before `index` (the declarant's ID: `CCCD số … cấp ngày`). */
const ID_PAPER = /(cccd|cmnd|can cuoc|chung minh|ho chieu|dinh danh|giay to tuy than)/;

function onIdLine(doc: DocumentText, index: number): boolean {
  let lineStart = doc.folded.lastIndexOf('\n', index - 1) + 1;
  // OCR wraps the ID line (`… CCCD số 011…, cấp ngày` / `01/4/2021`): a date opening its line belongs to
  // the line before when that line ends with a date label.
  if (/^\s*$/.test(doc.folded.slice(lineStart, index)) && lineStart > 0) {
    const previous = doc.folded.lastIndexOf('\n', lineStart - 2) + 1;
    if (/(ngay|cap)\s*[:.]?\s*$/.test(doc.folded.slice(previous, lineStart - 1))) lineStart = previous;
  }
  return ID_PAPER.test(doc.folded.slice(lineStart, index));
}

export function extractPlaceAndDate(doc: DocumentText): PlaceAndDate {
  const text = doc.folded;
  const joined = doc.joined;
  const { dates: all, rejected } = findDates(joined);
  // `Căn cứ …`, `Nơi nhận`, the declarant's ID line: never the document's own date.
  const dates = all.filter((d) => !inCitationZone(doc, d.index) && !onIdLine(doc, d.index));

  for (const d of dates) {
    // `Điện Biên, ngày 05 tháng 3 năm 2020` (the match starts at "ngay") or `Mường Chà, ngày 16/07/2012`.
    const lookback = d.form === 'words' ? 4 : 20;
    const before = joined.slice(Math.max(0, d.index - lookback), d.index);
    const comma = before.lastIndexOf(',');
    if (comma < 0) {
      // OCR often drops the comma (`Mường Lay ngày 29 tháng 9 năm 2022`): then the line must hold only a place.
      if (d.form !== 'words' || !/[a-z] $/.test(before)) continue;
      const lineStart = text.lastIndexOf('\n', d.index - 1) + 1;
      const head = joined.slice(lineStart, d.index).trim();
      if (!/^[a-z]+( [a-z]+){0,3}$/.test(head)) continue;
      const place = readPlace(doc, text, d.index - 1);
      if (place !== null)
        return { place, issueDate: d.iso, source: 'place-line', index: d.index, rejectedDates: rejected };
      continue;
    }
    const between = before.slice(comma + 1).trim();
    if (d.form === 'words' ? between !== '' : !/^ngay(\s*\/\s*date)?\s*[:.]?$/.test(between)) continue;
    const commaAt = d.index - before.length + comma;
    const place = readPlace(doc, text, commaAt);
    if (place === null) continue;
    return { place, issueDate: d.iso, source: 'place-line', index: d.index, rejectedDates: rejected };
  }
  // The form's own date labels (`Ngày, tháng, năm đăng ký`, `Ngày cấp`) before a date in a sentence
  // (`… cấp ngày …`, `ký ngày …`).
  for (const strong of [true, false]) {
    for (const d of dates) {
      const window = flatWindow(joined, d.index, 60);
      const withNgay = d.form === 'words' ? `${window} ngay` : window;
      const label = ISSUE_LABEL.exec(window) ?? ISSUE_LABEL.exec(withNgay.trim());
      if (!label) continue;
      if (strong !== !/^(cap ngay|ky ngay|dang ky ngay|lam tai)/.test(label[1] ?? '')) continue;
      if (/(cccd|cmnd|can cuoc|chung minh|ho chieu)[a-z0-9 ]{0,30}$/.test(window)) continue;
      return { place: null, issueDate: d.iso, source: 'label', index: d.index, rejectedDates: rejected };
    }
  }
  for (const d of dates) {
    const lineStart0 = text.lastIndexOf('\n', d.index - 1) + 1;
    // A numeric date counts only alone on a "Ngày 03/05/2024" line.
    if (d.form !== 'words' && !/^\s*ngay\s*[:.]?\s*$/.test(text.slice(lineStart0, d.index))) continue;
    const window = flatWindow(joined, d.index, 40);
    const lineStart = text.lastIndexOf('\n', d.index - 1) + 1;
    const sameLine = flatWindow(joined, d.index, Math.min(40, d.index - lineStart));
    if (NOT_ISSUE.test(window) || CITED.test(sameLine)) continue;
    return { place: null, issueDate: d.iso, source: 'fallback', index: d.index, rejectedDates: rejected };
  }
  // A date in words after the form's date label (`Ngày, tháng, năm đăng ký: ngày mười lăm tháng năm …`).
  if (/ngay [a-z]+ [a-z ]{0,30}thang [a-z]/.test(joined)) {
    for (const d of findWordsDates(joined)) {
      if (inCitationZone(doc, d.index) || onIdLine(doc, d.index)) continue;
      const window = flatWindow(joined, d.index, 60);
      if (ISSUE_LABEL.test(window) || ISSUE_LABEL.test(`${window} ngay`))
        return { place: null, issueDate: d.iso, source: 'label', index: d.index, rejectedDates: rejected };
    }
  }
  return { place: null, issueDate: null, source: null, index: -1, rejectedDates: rejected };
}

/**
 * `Đăng ký thay đổi lần thứ: 2, ngày …` / `Đăng ký thay đổi lần thứ 3, ngày …` / `… lần thứ ba, ngày …` (the
 * ordinal in words, as some offices type it) just before a date; on an investment registration certificate
 * `Chứng nhận thay đổi lần thứ hai: ngày …` (TT 03/2021/TT-BKHĐT Mẫu A.II). The form prints `lần thứ` in no
 * other line, so `Đăng ký` and `lần thứ` with two short words between them (`thay đổi` misread: `thav đối`) are
 * that line. A licence re-issued prints `Cấp lần đầu: ngày …` then `Cấp lần thứ: 02, ngày …` (the road transport
 * licence, NĐ 10/2020/NĐ-CP Phụ lục II): the licence in hand is the latest issue (the first, `lần đầu`, counts 0).
 */
const CHANGE_LABEL =
  /(?:(?:dang\s*ky|chung\s*nhan)\s*(?:thay\s*doi|[a-z]{3,5}\s+[a-z]{2,4})|cap(?=\s*lan\s*(?:thu|dau)))\s*lan\s*(?:thu|(?<=cap\s*lan\s*)dau)\s*[:.]?\s*(?:([0-9oli]{1,3})|(nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?|(?:hai|ba) muoi(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?))?\s*[,:;.]?\s*(?:ngay\s*[:.]?\s*)?$/;

const ORDINAL_UNITS: Record<string, number> = {
  nhat: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};

/** The number of a change written in words (`hai` → 2, `mười một` → 11, `hai mươi ba` → 23), folded. */
function ordinalInWords(words: string): number {
  const w = words.split(/\s+/);
  const at = w.indexOf('muoi');
  if (at < 0) return ORDINAL_UNITS[w[0] ?? ''] ?? 0;
  const tens = at === 0 ? 1 : (ORDINAL_UNITS[w[0] ?? ''] ?? 0);
  return tens * 10 + (ORDINAL_UNITS[w[at + 1] ?? ''] ?? 0);
}

/**
 * The date of the latest change registration on a registration certificate (NĐ 01/2021/NĐ-CP forms, TT
 * 02/2023/TT-BKHĐT: `Đăng ký lần đầu, ngày …` then `Đăng ký thay đổi lần thứ n, ngày …`): the certificate in
 * hand was issued at that change, so it is dated by it. The highest change number wins, else the latest
 * date; null when no change is printed (or its date is blank).
 */
export function latestChangeDate(doc: DocumentText): string | null {
  const joined = doc.joined;
  let best: { n: number; iso: string } | null = null;
  for (const d of findDates(joined).dates) {
    const window = joined.slice(Math.max(0, d.index - 64), d.index);
    const m = CHANGE_LABEL.exec(window);
    if (!m || inCitationZone(doc, d.index)) continue;
    const n = m[1] ? Number(m[1].replace(/o/g, '0').replace(/[li]/g, '1')) : m[2] ? ordinalInWords(m[2]) : 0;
    if (!best || n > best.n || (n === best.n && d.iso > best.iso)) best = { n, iso: d.iso };
  }
  return best?.iso ?? null;
}

/** Lines of a lời chứng (ND 23/2015, TT 01/2020/TT-BTP): `Chứng thực`, `Số chứng thực`, its certifier's line. */
const CERTIFICATION_LINE = /(chung thuc|loi chung)/;

/**
 * The date of a certification's lời chứng (TT 01/2020/TT-BTP forms: `Ngày … tháng … năm … (Bằng chữ …)` /
 * `Tại …`, or `Hôm nay, ngày … , tại …`; a copy's stamp ends with its date), numeric or in words: a date so
 * shaped, with a line of the certification (`Chứng thực …`, `Số chứng thực …`) within four lines of it. The last
 * one wins: the certified paper's own date (`Hôm nay, ngày …, tại …` atop a power of attorney) comes before
 * its lời chứng. Null when none; for a certification whose other date readers found nothing.
 */
export function certificationDate(doc: DocumentText): { iso: string; index: number } | null {
  const joined = doc.joined;
  const dates = [...findDates(joined).dates, ...findWordsDates(joined)].filter(
    (d) => !inCitationZone(doc, d.index) && !onIdLine(doc, d.index),
  );
  let best: FoundDate | null = null;
  for (const d of dates) {
    const before = joined.slice(Math.max(0, d.index - 14), d.index);
    // A birth or a death on the certified paper (`sinh ngày …, tại …`) is not the certification.
    if (/(sinh|chet|mat|tu tran|cap|ky)\s*[:,]?\s*$/.test(before)) continue;
    const after = joined.slice(d.end, d.end + 16);
    const lineStart = doc.folded.lastIndexOf('\n', d.index - 1) + 1;
    const shaped =
      /hom nay\s*[,:]?\s*$/.test(before) ||
      /^\s*[,.;)]?\s*(\(\s*bang chu|tai\b)/.test(after) ||
      /^\s*(ngay\s*[:.]?)?\s*$/.test(doc.folded.slice(lineStart, d.index));
    if (!shaped) continue;
    const line = lineIndexAt(doc, d.index);
    let certifies = false;
    for (let i = Math.max(0, line - 4); i <= line + 4 && i < doc.lineStarts.length && !certifies; i++) {
      certifies = CERTIFICATION_LINE.test(foldedLine(doc, i));
    }
    if (certifies && (!best || d.index > best.index)) best = d;
  }
  return best ? { iso: best.iso, index: best.index } : null;
}

/** The place–date line with its day left blank: `Mường Ảng, ngày      tháng 02 năm 2026`. */
const BLANK_DAY_RE = /,\s*ngay\s*[._…\s]{0,20}?thang\s*([0-9oli]{1,2})\s*nam\s*([0-9oli]{4})(?![0-9])/g;
/** A day written by hand alone on its line (the OCR puts it on the line below or above the blank). */
const LONE_DAY = /^\s*([0-9oli|]{1,2})\s*[.,]?\s*$/;
/** A number written by hand alone on its line (`187`, `8T`), as the number reader takes it. */
const LONE_NUMBER = /^\s*[0-9oli|]{1,5}[a-z]?\s*[.,]?\s*$/;
/** The ND 30 number slot left blank (`Số:    /QĐ-UBND`): the lone number beside it is the number's. */
const BLANK_NUMBER_SLOT = /(?:^|\s)(?:so|s0|s6)\s*[:.]\s*[._…\s]{0,24}\/\s?[a-z]/;

/**
 * The issue date of a paper whose day was written by hand into the place–date line (`ngày      tháng 02 năm
 * 2026`, the day `11` read by the OCR on the line below, or above when that line is not the number slot's):
 * read, to be checked (the caller flags it `issue_date_uncertain`). Null when no such day is there.
 */
export function handwrittenDay(doc: DocumentText): { iso: string; index: number } | null {
  for (const m of doc.folded.matchAll(BLANK_DAY_RE)) {
    if (inCitationZone(doc, m.index)) continue;
    const line = lineIndexAt(doc, m.index);
    // Number and day both written by hand, under the blank number slot and the blank day, read below the
    // header in that order (`Số:      /QĐ-UBND`, `…, ngày      tháng 5 năm …`, `187`, `21`): the day is the
    // second lone line (a lone first one alone may still be the day, the number written elsewhere).
    // The two columns read as one line (`Số:      /QĐ-UBND Mường Ảng, ngày      tháng 8 năm …`, then `1327`,
    // `26`): the slot before the date on that line, the same order.
    const slotBefore = BLANK_NUMBER_SLOT.test(doc.folded.slice(lineBounds(doc, line)[0], m.index));
    const afterNumber =
      ((line > 0 && BLANK_NUMBER_SLOT.test(foldedLine(doc, line - 1))) || slotBefore) &&
      line + 1 < doc.lineStarts.length &&
      LONE_NUMBER.test(foldedLine(doc, line + 1));
    // On one line, the first lone line below is the number's (the number reader takes it): the day is the second.
    const nears = slotBefore
      ? afterNumber
        ? [line + 2]
        : []
      : afterNumber
        ? [line + 2, line + 1, line - 1]
        : [line + 1, line - 1];
    for (const near of nears) {
      if (near < 0 || near >= doc.lineStarts.length) continue;
      if (near === line - 1 && near > 0 && BLANK_NUMBER_SLOT.test(foldedLine(doc, near - 1))) continue;
      const lone = LONE_DAY.exec(foldedLine(doc, near));
      if (!lone) continue;
      const day = fixOcrDigits(lone[1] ?? '');
      const month = fixOcrDigits(m[1] ?? '');
      const year = fixOcrDigits(m[2] ?? '');
      const iso = day && month && year ? toIsoDate(Number(year), Number(month), Number(day)) : null;
      if (iso) return { iso, index: m.index };
    }
  }
  return null;
}
