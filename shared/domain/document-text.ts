/**
 * One document's text prepared once for every extractor: the normalised original (what is printed), its
 * accent-folded twin with an offset map back to the original, and a "flat" form (punctuation runs → one
 * space) for phrase matching. Pure.
 */
import { foldWithMap, hasVietnameseDiacritics, normalizeText, utf16 } from './normalize.ts';
import type { ExtractedText } from './types.ts';

export interface DocumentText {
  /** NFC text as printed, spaces collapsed inside lines, one line per OCR line. */
  original: string;
  /** Accent-folded `original`; `map[i]` is the index in `original` of `folded[i]`. Line breaks are kept. */
  folded: string;
  map: Int32Array;
  /** `folded` with line breaks as spaces (same length), for fields printed over two lines. */
  joined: string;
  /** `folded` with every run of characters other than a-z, 0-9 and `\n` replaced by one space. */
  flat: string;
  /** `flat` with line breaks as spaces, for phrases printed over two lines. Same length as `flat`. */
  flatJoined: string;
  /** `flatMap[i]` is the index in `folded` of `flat[i]`. */
  flatMap: Int32Array;
  /** Start offsets (in `folded`) of each line. */
  lineStarts: number[];
  /** Whether the text carries Vietnamese diacritics (false for Textract-style or accent-folded text). */
  accented: boolean;
  pages: number;
  /**
   * Start offset (in `folded`) of each page after the first, when the text came as pages whose lines match the
   * text's lines one to one; empty for plain text.
   */
  pageStarts: number[];
  /**
   * Mean OCR confidence (0–1) of the text lines when the engine gave one, each line weighted by its letters and
   * digits: lines with fewer than TEXT_LINE_MIN_CHARS (specks of a photo's texture, a seal or a security
   * background that the OCR reads as `Ặ`, `3`, `j`) carry no field and are left out; when every line is such a
   * speck, all are counted (an unreadable page stays unsure). Weighted, a land certificate's guilloche or emblem
   * read as dozens of short junk lines (`XS, ZANIX` at 0.04) weighs as the few letters it is, not as many lines
   * as the paper's text: a page whose text was read well is not made unsure by its drawing.
   */
  ocrConfidence: number | null;
  /**
   * OCR confidence (0–1) of each line, by line index, when the engine gave one for every line; null for plain
   * text or when the lines cannot be matched one to one.
   */
  lineConfidence: Float32Array | null;
  /** Cache of citationZones(). */
  zones?: Array<[number, number]>;
}

/** Fewer letters and digits than this on an OCR line and it is a speck, not text (see `ocrConfidence`). */
export const TEXT_LINE_MIN_CHARS = 3;

function wordChars(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * Mean line confidence (0–1, a 0–100 scale read as such) of the text lines, each weighted by its letters and
 * digits, or of all lines (unweighted) when none is text.
 */
export function meanLineConfidence(lines: ReadonlyArray<{ text: string; confidence: number }>): number | null {
  const scored = lines.filter((l) => Number.isFinite(l.confidence) && l.text.trim() !== '');
  const of = (l: { confidence: number }) => (l.confidence > 1 ? l.confidence / 100 : l.confidence);
  const text = scored.filter((l) => wordChars(l.text) >= TEXT_LINE_MIN_CHARS);
  if (text.length === 0) return scored.length === 0 ? null : scored.reduce((s, l) => s + of(l), 0) / scored.length;
  let sum = 0;
  let weight = 0;
  for (const l of text) {
    const w = wordChars(l.text);
    sum += of(l) * w;
    weight += w;
  }
  return sum / weight;
}

/** Below this OCR confidence a line of at most two letters or digits is a speck the engine gave up on. */
const SPECK_MAX_CONFIDENCE = 0.15;

function isSpeck(line: { text: string; confidence: number }): boolean {
  const confidence = line.confidence > 1 ? line.confidence / 100 : line.confidence;
  return Number.isFinite(confidence) && confidence < SPECK_MAX_CONFIDENCE && wordChars(line.text) <= 2;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

export function prepareText(input: string | ExtractedText): DocumentText {
  let raw: string;
  let pages = 1;
  let ocrConfidence: number | null = null;
  let lineConfidence: Float32Array | null = null;
  let pageLines: number[] = [];
  if (typeof input === 'string') raw = input;
  else {
    pages = input.pages.length;
    // A speck the OCR itself gave up on (`ni`, `l` at confidence below SPECK_MAX_CONFIDENCE, between the two lines
    // of a title or a label and its value) is no line of the text: dropped, so that what it split reads as one.
    // The page's confidence still counts it.
    const kept = input.pages.map((p) => p.lines.filter((l) => !isSpeck(l)));
    pageLines = kept.map((p) => p.length);
    const lines = kept.flat();
    raw = lines.map((l) => l.text).join('\n');
    ocrConfidence = meanLineConfidence(input.pages.flatMap((p) => p.lines));
    if (lines.every((l) => Number.isFinite(l.confidence) && !/[\r\n]/.test(l.text)))
      lineConfidence = Float32Array.from(lines, (l) => (l.confidence > 1 ? l.confidence / 100 : l.confidence));
  }
  const original = normalizeText(raw);
  const { folded, map } = foldWithMap(original);

  const flatMap = new Int32Array(folded.length + 1);
  const flatCodes = new Uint16Array(folded.length + 1);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isWordChar(code)) {
      if (pendingSpace && n > 0 && flatCodes[n - 1] !== 10) {
        flatMap[n] = i - 1;
        flatCodes[n++] = 32;
      }
      pendingSpace = false;
      flatMap[n] = i;
      flatCodes[n++] = code;
    } else if (code === 10) {
      if (n > 0 && flatCodes[n - 1] === 32) n--;
      flatMap[n] = i;
      flatCodes[n++] = 10;
      pendingSpace = false;
    } else pendingSpace = true;
  }
  flatMap[n] = folded.length;
  // OCR look-alikes no Vietnamese word can hold, read back in the phrase text (titles, labels), same length: a zero
  // between two letters is an O (`AN T0ÀN THỰC PHẨM`); a syllable never opens with `gl` (`GlẤY`: I read as l),
  // nor with `kb` or `tb` (`kbai sinh`, `tbị xã`: h read as b). The folded text the numbers are read from keeps them.
  const flat = utf16
    .decode(flatCodes.subarray(0, n))
    .replace(/(?<=[a-z])0(?=[a-z])/g, 'o')
    .replace(/(?<![a-z0-9])(?:gl|kb|tb)(?=[aeiouy])/g, (m) => (m === 'gl' ? 'gi' : `${m[0]}h`));

  const lineStarts = [0];
  for (let i = 0; i < folded.length; i++) if (folded.charCodeAt(i) === 10) lineStarts.push(i + 1);

  const pageStarts: number[] = [];
  if (pageLines.reduce((a, b) => a + b, 0) === lineStarts.length) {
    let line = 0;
    for (const count of pageLines.slice(0, -1)) {
      line += count;
      if (line < lineStarts.length) pageStarts.push(lineStarts[line] ?? 0);
    }
  }

  return {
    original,
    folded,
    map,
    joined: folded.replace(/\n/g, ' '),
    flat,
    flatJoined: flat.replace(/\n/g, ' '),
    flatMap: flatMap.subarray(0, n + 1),
    lineStarts,
    accented: hasVietnameseDiacritics(original),
    pages: Math.max(1, pages),
    pageStarts,
    ocrConfidence,
    lineConfidence: lineConfidence && lineConfidence.length === lineStarts.length ? lineConfidence : null,
  };
}

/** The printed text behind folded[start, end). */
export function originalSlice(doc: DocumentText, start: number, end: number): string {
  const from = doc.map[start] ?? doc.original.length;
  const to = end >= doc.folded.length ? doc.original.length : (doc.map[end] ?? doc.original.length);
  return doc.original.slice(from, to);
}

/** Index of the line holding folded offset `index`. */
export function lineIndexAt(doc: DocumentText, index: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.lineStarts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of line `i` in folded offsets (end excludes the line break). */
export function lineBounds(doc: DocumentText, i: number): [number, number] {
  const start = doc.lineStarts[i] ?? doc.folded.length;
  const next = doc.lineStarts[i + 1];
  return [start, next === undefined ? doc.folded.length : next - 1];
}

/** Folded text of line `i`. */
export function foldedLine(doc: DocumentText, i: number): string {
  const [s, e] = lineBounds(doc, i);
  return doc.folded.slice(s, e);
}

/** Lines whose numbers and dates belong to another paper or person (folded, at the line start after OCR specks). */
const ZONE_START =
  /^[^\n]{0,6}?(?<![a-z])(can cu|xet de nghi|xet to trinh|theo de nghi|xet ho so|giay to tuy than|giay to tuy than cua|noi nhan|luu\s*[:.]|kinh gui|dong kinh gui)/;

/** A line that starts a new block, ending a wrapped citation paragraph. */
const NEW_BLOCK =
  /^\s*([^:\n]{0,8}?[a-z][a-z ,/]{2,40}:|dieu\s*\d|quyet dinh|noi nhan|chuong|muc|[a-z ]{2,40},\s*ngay\s*(?:[0-9oli.]|$)|tm\.?|kt\.?|chu tich|giam doc|[ivx]+\.\s)/;

/**
 * A land certificate's later-changes section (`IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN`, `6. Những thay
 * đổi sau khi cấp Giấy chứng nhận:`): each entry (a transfer, a split) carries its own date, file number and
 * stamp. It runs until the next section of the certificate (`V.`, its title, `Số vào sổ cấp …`).
 */
const CHANGES_START = /^[^\n]{0,8}?(?<![a-z])nhung thay doi sau khi cap\b/;
const CHANGES_END = /^\s*([ivx]+\s*[.)]\s|giay chung nhan|so vao so)/;
/**
 * The certificate's own place–date line, which closes the changes section when the issuer's signature block
 * follows it: a TT 10/2024/TT-BTNMT certificate prints section 6 (`Những thay đổi sau khi cấp …`), then
 * `Điện Biên, ngày … tháng … năm …` and `TM. ỦY BAN NHÂN DÂN …` (or the Sở's `KT. GIÁM ĐỐC`) at the foot of
 * page 2. A change entry is confirmed by the land registration office, never in a committee's or Sở's name.
 */
const PLACE_DATE_LINE =
  /^\s*[a-z][a-z ]{1,40},?\s*ngay\s*[0-9oli]{1,2}\s*thang\s*[0-9oli]{1,2}\s*nam\s*[0-9oli]{4}\s*$/;
const ISSUER_SIGNS =
  /^\s*(tm\.?\s*(uy ban nhan dan|ubnd)|(?:kt\.?\s*)?(?:pho )?chu tich (?:uy ban nhan dan|ubnd)|so (tai nguyen|nong nghiep) va moi truong)/;

/**
 * [start, end) ranges of folded text that never give the document's own number or date: `Căn cứ …` and
 * `Xét đề nghị …` paragraphs (with their wrapped lines), the declarant's ID line (`Giấy tờ tùy thân: … cấp
 * ngày …`), the `Nơi nhận:` list and a land certificate's later changes. Computed once per document.
 */
export function citationZones(doc: DocumentText): Array<[number, number]> {
  if (doc.zones) return doc.zones;
  const zones: Array<[number, number]> = [];
  let open = false;
  let recipients = false;
  let changes = false;
  for (let i = 0; i < doc.lineStarts.length; i++) {
    const [start, end] = lineBounds(doc, i);
    const line = doc.folded.slice(start, end);
    const closes =
      changes &&
      PLACE_DATE_LINE.test(line) &&
      [i + 1, i + 2].some((k) => k < doc.lineStarts.length && ISSUER_SIGNS.test(foldedLine(doc, k)));
    if (CHANGES_START.test(line) || (changes && !closes && !CHANGES_END.test(line))) {
      changes = true;
      zones.push([start, end]);
      continue;
    }
    changes = false;
    const starts = ZONE_START.exec(line);
    if (starts) {
      const label = starts[1] ?? '';
      recipients = label === 'noi nhan';
      // Only a citation paragraph wraps onto the next lines; an ID line or an addressee does not.
      open = /^(can cu|xet|theo de nghi|giay to tuy than)/.test(label) && !/[;.]\s*$/.test(line);
      zones.push([start, end]);
      continue;
    }
    // Decided on folded text only, so accent-folded and Textract copies get the same zones.
    if ((open && !NEW_BLOCK.test(line)) || (recipients && /^\s*[-+•]/.test(line))) {
      open = open && !/[;.:]\s*$/.test(line);
      zones.push([start, end]);
      continue;
    }
    open = false;
    if (!/^\s*[-+•]/.test(line)) recipients = false;
  }
  doc.zones = zones;
  return zones;
}

/** Whether folded offset `index` lies in a citation, ID or recipients zone. */
export function inCitationZone(doc: DocumentText, index: number): boolean {
  for (const [s, e] of citationZones(doc)) if (index >= s && index < e) return true;
  return false;
}
