/**
 * Place and issue date: the ND 30 line `Điện Biên, ngày 05 tháng 3 năm 2020`, else a labelled date
 * (`Ngày cấp`, `Ngày, tháng, năm đăng ký`, `Đăng ký lần đầu`), never a birth date or a cited law's date. Pure.
 */
import { findDates } from './dates.ts';
import { type DocumentText, originalSlice } from './document-text.ts';
import { MAX_PLACE_WORDS, PLACE_KEYS, restoreDiacritics } from './restore.ts';

export interface PlaceAndDate {
  place: string | null;
  issueDate: string | null;
  /** How the date was found: the place line, a label, or the first plausible date. */
  source: 'place-line' | 'label' | 'fallback' | null;
  /** Impossible date-shaped strings seen (31/02/2021…). */
  rejectedDates: number;
}

const ISSUE_LABEL =
  /(ngay cap|cap ngay|ngay ky|ky ngay|ngay dang ky|dang ky ngay|dang ky lan dau|ngay thang nam dang ky|ngay thang nam cap|ngay ban hanh|issue date|date of issue|lam tai [a-z ]{0,40})(\s+ngay)?\s*$/;
const NOT_ISSUE =
  /(sinh|chet|mat|tu tran|cccd|cmnd|can cuoc|chung minh|ho chieu|het han|den|toi|hieu luc|gia tri|trung tuyen|ke tu|tu)\s*(ngay)?\s*$/;
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
  const words = before.trimEnd().split(/\s+/);
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
    if (take === 0) return null;
    const tail = words.slice(-take);
    // On an interleaved header line the issuer precedes the place: keep the words after the last agency word.
    const agencyAt = tail.findLastIndex((w) => /^(te|so|ubnd|huyen|tinh|xa|phuong|tran|pho)$/.test(w));
    if (agencyAt >= 0) take -= agencyAt + 1;
    if (take <= 0) return null;
  }
  const placeText = words.slice(-take).join(' ');
  const at = lineStart + before.lastIndexOf(placeText);
  const printed = originalSlice(doc, at, at + placeText.length).trim();
  const restored = doc.accented ? printed : restoreDiacritics(printed);
  // Title case ("ĐIỆN BIÊN" in an all-caps OCR line → "Điện Biên").
  return restored
    .toLocaleLowerCase('vi')
    .replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toLocaleUpperCase('vi'))
    .normalize('NFC');
}

export function extractPlaceAndDate(doc: DocumentText): PlaceAndDate {
  const text = doc.folded;
  const joined = text.replace(/\n/g, ' ');
  const { dates, rejected } = findDates(joined);

  for (const d of dates) {
    if (d.form !== 'words') continue;
    const before = joined.slice(Math.max(0, d.index - 4), d.index);
    const comma = before.lastIndexOf(',');
    if (comma < 0 || before.slice(comma + 1).trim() !== '') continue;
    const commaAt = d.index - 4 + comma;
    const place = readPlace(doc, text, commaAt);
    if (place === null) continue;
    return { place, issueDate: d.iso, source: 'place-line', rejectedDates: rejected };
  }
  for (const d of dates) {
    const window = flatWindow(joined, d.index, 60);
    const withNgay = d.form === 'words' ? `${window} ngay` : window;
    if (ISSUE_LABEL.test(window) || ISSUE_LABEL.test(withNgay.trim())) {
      if (/(cccd|cmnd|can cuoc|chung minh|ho chieu)[a-z0-9 ]{0,30}$/.test(window)) continue;
      return { place: null, issueDate: d.iso, source: 'label', rejectedDates: rejected };
    }
  }
  for (const d of dates) {
    if (d.form !== 'words') continue;
    const window = flatWindow(joined, d.index, 40);
    if (NOT_ISSUE.test(window) || CITED.test(window)) continue;
    return { place: null, issueDate: d.iso, source: 'fallback', rejectedDates: rejected };
  }
  return { place: null, issueDate: null, source: null, rejectedDates: rejected };
}
