/**
 * Text normalisation for Vietnamese OCR output. Pure, no I/O.
 *
 * All matching in sohoa runs on the **accent-folded** form (lowercase, combining marks stripped, đ→d) so that
 * Amazon Textract output (English-only: most diacritics lost, `Đ` often read as `D` or `Ð`) and accurate
 * Vietnamese OCR reach the same answers. Folding is one output character per input character (combining marks
 * excepted), so `foldWithMap` can map a match in the folded text back to the text as printed.
 */

const DASHES = /[\u2010-\u2015\u2212\u00AD]/g;
const LETTER_SPACED = /(?<![\p{L}\p{N}])(?:\p{L} ){2,}\p{L}(?![\p{L}\p{N}])/gu;
/** Cheap pre-check for LETTER_SPACED: three one-character words in a row. */
const MAYBE_LETTER_SPACED = /(?:^|\s)\S \S \S(?:\s|$)/;
const SPACES = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\f\v]/g;
/**
 * OCR's classic misreadings of the date words, which every date on a paper is written with: `rn` for `m`
 * (`nărn` → `năm`), `b` for `h` and `q` for `g` (`tbáng`, `thánq` → `tháng`), `v` or `q` in `ngày`; and in the
 * words of a registration certificate's change line (`Đăng ký tbay đổi lần tbứ 3, ngày …`, NĐ 01/2021 and NĐ
 * 92/2024 forms), which dates the certificate in hand. None of the misread forms is a Vietnamese word, so a
 * whole word is repaired and nothing else is touched.
 */
const DATE_WORD_MISREAD =
  /(?<![\p{L}\p{N}])(?:n[ăaâ]rn|tb[áa]n[gq]|th[áa]nq|nq[àa]y|ng[àa]v|tbay|tb[ứu])(?![\p{L}\p{N}])/giu;
const DATE_WORD_FIXES: Record<string, string> = {
  narn: 'nam',
  nărn: 'năm',
  nârn: 'nâm',
  tbang: 'thang',
  tbáng: 'tháng',
  tbanq: 'thang',
  tbánq: 'tháng',
  thanq: 'thang',
  thánq: 'tháng',
  nqay: 'ngay',
  nqày: 'ngày',
  ngav: 'ngay',
  ngàv: 'ngày',
  tbay: 'thay',
  tbứ: 'thứ',
  tbu: 'thu',
};
/** The repaired word in the misread one's case (`NĂRN` → `NĂM`, `Tbáng` → `Tháng`). */
function repairDateWord(word: string): string {
  const fixed = DATE_WORD_FIXES[word.toLowerCase()] ?? word;
  if (word === word.toUpperCase()) return fixed.toUpperCase();
  return word[0] === word[0]!.toUpperCase() ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed;
}
const MAYBE_DATE_WORD_MISREAD = /rn|tb|nq|[àa]v/i;

/** Unicode NFC, unified dashes and spaces, spaces collapsed inside each line, lines trimmed (line breaks kept). */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(DASHES, '-')
      .replace(SPACES, ' ')
      .replace(/[\u2018\u2019\u02BC]/g, "'")
      .replace(/[\u201C\u201D]/g, '"')
      .split('\n')
      // Letter-spaced titles in PDF text layers (`G I Ấ Y  P H É P`): join the letters of each word first.
      .map((line) =>
        (MAYBE_LETTER_SPACED.test(line) ? line.replace(LETTER_SPACED, (run) => run.replace(/ /g, '')) : line)
          .replace(/ {2,}/g, ' ')
          .trim(),
      )
      .map((line) => (MAYBE_DATE_WORD_MISREAD.test(line) ? line.replace(DATE_WORD_MISREAD, repairDateWord) : line))
      .join('\n')
  );
}

/** Folded form of one code point ('' for a combining mark), cached: Vietnamese text reuses ~130 letters. */
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  if (ch === 'đ' || ch === 'Đ' || ch === 'ð' || ch === 'Ð' || ch === 'Ɖ' || ch === 'ɖ') out = 'd';
  else if (/^[\u2010-\u2015\u2212]$/.test(ch)) out = '-';
  else if (/^[\u00A0\u2000-\u200B\u202F\u205F\u3000]$/.test(ch)) out = ' ';
  else if (/^[\u2018\u2019\u02BC]$/.test(ch)) out = "'";
  else if (/^[\u201C\u201D]$/.test(ch)) out = '"';
  else if (/^\p{M}$/u.test(ch)) out = '';
  else {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  foldCache.set(ch, out);
  return out;
}

/** Accent-folded form: NFC, lowercase, combining marks stripped, đ→d (also the OCR look-alikes Ð/ð). */
export function foldAccents(text: string): string {
  const s = text.normalize('NFC');
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

/** Folded text plus, for each folded UTF-16 unit, its index in `text` (which must already be NFC). */
export interface FoldedText {
  folded: string;
  map: Int32Array;
}

/** Decodes UTF-16 code units built in a typed array into a string in one native call. */
export const utf16 = new TextDecoder('utf-16le');

export function foldWithMap(text: string): FoldedText {
  // Char codes into a typed array, then one string: far less garbage than appending char by char.
  const codes = new Uint16Array(text.length * 2);
  const map = new Int32Array(text.length * 2 + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      codes[j] = code >= 65 && code <= 90 ? code + 32 : code;
      map[j++] = i;
      continue;
    }
    const f = foldChar(text[i]!);
    for (let k = 0; k < f.length; k++) {
      codes[j] = f.charCodeAt(k);
      map[j++] = i;
    }
  }
  map[j] = text.length;
  return { folded: utf16.decode(codes.subarray(0, j)), map: map.subarray(0, j + 1) };
}

/** Whether the text carries Vietnamese diacritics (accurate OCR) rather than Textract-style folded text. */
export function hasVietnameseDiacritics(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code <= 0x1ef9) {
      count++;
      if (count >= 3) return true;
    }
  }
  return false;
}

const DIGIT_LOOKALIKES: Record<string, string> = {
  o: '0',
  O: '0',
  D: '0',
  Q: '0',
  l: '1',
  I: '1',
  i: '1',
  '|': '1',
  '!': '1',
  L: '1',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
  z: '2',
  g: '9',
};

/**
 * Repairs OCR confusions (O/0, l/I/1, S/5, B/8) inside a token that is meant to be a number. A token is
 * repaired only when at least half of it is already digits (`lenient`: at least one), so words are never
 * turned into numbers.
 * Returns null when the token still is not all digits.
 */
export function fixOcrDigits(token: string, options: { lenient?: boolean } = {}): string | null {
  const t = token.replace(/\s+/g, '');
  if (t === '') return null;
  if (/^\d+$/.test(t)) return t;
  let digits = 0;
  for (const ch of t) if (ch >= '0' && ch <= '9') digits++;
  // Where the label says a number must follow (`Số:`), one real digit is enough evidence.
  if (options.lenient ? digits === 0 : digits * 2 < t.length) return null;
  let out = '';
  for (const ch of t) {
    if (ch >= '0' && ch <= '9') out += ch;
    else {
      const d = DIGIT_LOOKALIKES[ch];
      if (d === undefined) return null;
      out += d;
    }
  }
  return out;
}

/** Uppercases a string the Vietnamese way (NFC kept). */
export function upperVi(text: string): string {
  return text.toUpperCase().normalize('NFC');
}

/** Title case for names: first letter of each word upper, the rest lower. */
export function titleCaseVi(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .normalize('NFC');
}

/**
 * Folded and "flat" form used for phrase matching: every run of characters other than a-z, 0-9 and line
 * breaks becomes one space, so punctuation and stray spaces do not matter (`khám bệnh, chữa bệnh` →
 * `kham benh chua benh`).
 */
export function flatten(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** Levenshtein distance of a and b, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
