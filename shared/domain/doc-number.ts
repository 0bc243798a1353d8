/**
 * Document number and symbol (số, ký hiệu — ND 30/2020) and the sector numbers that replace them on some
 * forms (mã số doanh nghiệp, GCN serial, 12-digit driving-licence number, số chứng thực). Pure.
 */
import type { NumberSource } from './catalogue.ts';
import { type DocumentText, foldedLine, inCitationZone, lineBounds, originalSlice } from './document-text.ts';
import { fixOcrDigits } from './normalize.ts';
import { isSymbolGroup, PLACE_NAMES, restoreDiacritics, restoreSymbol } from './restore.ts';

export interface DocNumber {
  /** As printed without the `Số:` label, e.g. `125/GP-UBND`, `01/2021/GCN-SYT`, `5600123456`. */
  docNumber: string;
  number: string;
  /** ND 30 symbol (`GP-UBND`), with the year group when printed (`2021/GCN-SYT`); null for bare numbers. */
  symbol: string | null;
  source: NumberSource;
  /** Offset of the match in the folded text. */
  index: number;
  /** The number was not all digits (a handwritten `8T` read by OCR): kept as printed, to be checked. */
  uncertain?: boolean;
  /**
   * The form's number slot is blank (`Số:      /QĐ-UBND`, the number never written or lost): `symbol` is
   * the slot's symbol, `docNumber` and `number` are empty, and no other number stands in for it.
   */
  blank?: boolean;
}

/**
 * Labels that carry the number on sector forms: `Số giấy phép:`, `Số giấy phép hành nghề:`, `Số GCN:`, `Số
 * CCHN:`, `Số đăng ký:` (a register code such as a fishing vessel's), `Số/No.:`, and a card's `Số thẻ/Card No:`
 * (the tour guide card, Luật Du lịch 2017 and TT 06/2017/TT-BVHTTDL: a 9-digit card number).
 */
const NUMBER_LABEL =
  '(?:so|s0|s6)(?:\\s*(?:giay phep(?: [a-z]+){0,3}|giay chung nhan(?: [a-z]+){0,4}|gcn|chung chi(?: hanh nghe)?|cchn|gphn|gphd|gpkd|quyet dinh|dang ky|the(?:\\s*/\\s*card\\s*no\\.?)?)\\s*(?=[:.])|\\s*/\\s*no\\.?)?';

const DIGITISH = '[0-9oli|]';
/**
 * A value written into a form's dotted slot (`Số: .....27.....`, `Số: ..57.. /GPXD`): the dots or underscores
 * of the slot before and after it are the form's, not the value's.
 */
const LEADER = '(?:[.…_]{2,}\\s?)?';
const TRAILER = '\\s?[.…_]{2,}\\s{0,2}';
/** `Số: 125/GP-UBND`, `So 01/2021/GCN-SYT`, stray spaces around `/` and `-`. */
const SYMBOL_RE = new RegExp(
  `(?<![a-z])${NUMBER_LABEL}\\s*[:.]?\\s*${LEADER}(${DIGITISH}{1,6}(?:-${DIGITISH}{1,6})?[a-z]{0,2})(?:\\s{0,2}|${TRAILER})/\\s?([a-z0-9&.](?:[a-z0-9&.]|\\s?[-/]\\s?(?=[a-z0-9]))*)`,
  'g',
);
/**
 * Codes made of a letter group and digits, read after a number label: a work permit's `Số/No: ĐB2400031` or
 * `Số/No: DB26-0007` (province letters, the year's two digits, a hyphen and the serial: NĐ 152/2020 Mẫu
 * 12/PLI, whose `Số/No:` field NĐ 219/2025 kept), a construction practice certificate's `Mã số chứng chỉ:
 * ĐIB-00012345` / `BXD-00012345` (issuer letters, hyphen, 8 digits, NĐ 15/2021), a register code such as
 * `ĐB-00021-TS`. At least three real digits, so that a word is never read as a code.
 */
const LETTER_CODE = `(?=[oli]{0,3}[a-hjkmnp-z])[a-z]{1,4}(?:[0-9]{2}-(?=(?:[oli]*[0-9]){2})[0-9oli]{3,6}|-?(?=(?:[oli]*[0-9]){3})[0-9oli]{4,10})(?:-[a-z]{1,4})?`;
/** `Mã số:`, and the codes the form prints under their own label (`Mã số dự án:`, `Mã số chứng chỉ:`). */
/** `Mã số tổ hợp tác:` (Luật Hợp tác xã 2023, NĐ 92/2024/NĐ-CP: the tổ hợp tác's registration code) among them. */
const CODE_LABEL = 'ma so(?:\\s*(?:du an|chung chi(?: hanh nghe)?|giay phep|to hop tac))?';
// Never the part of a dotted number before its dot (`Số: 56.0041` is not 56).
const PLAIN_RE = new RegExp(
  `(?<![a-z])(?:${NUMBER_LABEL}|${CODE_LABEL})\\s*[:.]\\s*${LEADER}(${DIGITISH}{1,6}-${DIGITISH}{1,6}|${DIGITISH}{1,12}|[0-9]{2}[a-z][0-9]{6,10}|${LETTER_CODE})(?![0-9a-z/-]|\\.[0-9])`,
  'g',
);
/**
 * A bilingual number label as a photo's OCR gives it, its English gloss still recognisable: a work permit's
 * `Số/No:` read `Số/NGg:` (NĐ 152/2020 Mẫu 12/PLI; only a letter code such as `DB26-0007` is taken after it), a
 * tour guide card's `Số thẻ/Card No:` read `Số thá/Card No:` (TT 06/2017/TT-BVHTTDL; only its 9-digit number).
 */
const PLAIN_PHOTO_RES = [
  new RegExp(`(?<![a-z])(?:so|s0|s6)\\s*/\\s*n[a-z]{1,2}\\.?\\s*[:.;]\\s*(${LETTER_CODE})(?![0-9a-z/-])`, 'g'),
  /(?<![a-z])(?:so|s0|s6)\s*th[a-z]\s*\/\s*c[a-z]{2,3}\s*n[a-z]\.?\s*[:.;]\s*([0-9oli]{9})(?![0-9a-z/-])/g,
];
/**
 * A number printed as a code with its own separators, which neither the symbol nor the plain reading takes: a
 * dotted serial (`Số: 56.0041`, `Số/No.: 89.0412/GPLV`), digits around a letter group (`Số: 62-MG-0041`), a
 * letter code with a slash (`Số: HN2405/0099127`). The whole token after the label, at least three digits and
 * one separator; a date is no such code.
 */
const PRINTED_CODE_RE = new RegExp(
  `(?<![a-z])(?:${NUMBER_LABEL}|${CODE_LABEL})\\s*[:.]\\s*([0-9a-z](?:[0-9a-z]|[./-](?=[0-9a-z])){3,24})(?![0-9a-z./-])`,
  'g',
);
/** `Số chứng thực: 2318`, also with a speck the OCR read between its words (`Số'chứng thực`, `Số.chứng thực`). */
const CERT_RE = new RegExp(`so[\\s'’\`.,]*chung\\s*thuc\\s*[:.]?\\s*(${DIGITISH}{1,8})(?![0-9a-z])`, 'g');
/**
 * The registration code after its label; OCR of a photo often reads the label's `:` as `;`, a table's reading puts
 * a cell border (`Mã số hộ kinh doanh | 0751…`) where the colon was.
 */
const BUSINESS_RE =
  /(?:so\s*giay\s*chung\s*nhan(?:\s*dang\s*ky[a-z ]{0,25})?|ma\s*so)\s*(?:doanh\s*nghiep|hop\s*tac\s*xa|htx|ho\s*kinh\s*doanh|dang\s*ky\s*ho\s*kinh\s*doanh|thue|chi\s*nhanh|dia\s*diem\s*kinh\s*doanh|van\s*phong\s*dai\s*dien)?\s*[:.;|]?\s*([0-9a-z][0-9a-z-]{5,18}[0-9a-z])/g;
const SERIAL_LABEL_RE = /(?:so\s*phat\s*hanh|so\s*seri|seri|serial)\s*[:.]?\s*([a-z]{2})\s?([0-9oli]{6,8})(?![0-9])/g;
const SERIAL_RE = /(?<![a-z0-9])([a-z]{2})\s?([0-9]{6,8})(?![0-9a-z])/g;
/**
 * `Số vào sổ cấp GCN: CS 00123` (TT 23/2014, TT 10/2024), a diploma's `Số vào sổ (gốc) cấp bằng: 418/THCS` (the
 * register is the `sổ gốc cấp văn bằng`, TT 21/2019/TT-BGDĐT, numbered as the issuer keeps it: `THCS/2023/00412`
 * with the register's letters first too), and the long label of the older forms: `Số vào sổ
 * cấp giấy chứng nhận quyền sử dụng đất: 00123 QSDĐ` (QĐ 24/2004), `… quyền sở hữu nhà ở …` (NĐ 90/2006).
 */
const REGISTER_RE =
  /so\s*vao\s*so\s*(?:goc\s*)?(?:cap\s*)?(?:gcn|giay\s*chung\s*nhan(?:\s*quyen\s*(?:su\s*dung|so\s*huu)[a-z ]{0,70}?(?=\s*(?:so\s*)?[:.]))?|giay\s*cn[a-z]*|bang|van\s*bang|chung\s*chi)?\s*(?:so\s*)?[:.]?\s*((?:[a-z]{2,5}\s?[/-]\s?)?[a-z]{0,3}\s?[0-9oli]{2,8}[a-z0-9/\-.]*)/g;
/**
 * The land certificate's own label as a photo's OCR gives it (TT 23/2014 `Số vào sổ cấp GCN:`, TT 10/2024 `Số
 * vào sổ cấp Giấy chứng nhận:`): specks read as punctuation between its words (`Số vằo:sổ cấp'GCN:`), `Số` read
 * `Đố`, and a speck between the register's letters and digits (`CH.01956`). Tried only after REGISTER_RE: every
 * word of the label must still be there, and the value is two letters and digits, as both forms print it.
 */
const SPECK = '[\\s:;.,\'`’"]*';
const REGISTER_PHOTO_RE = new RegExp(
  `(?<![a-z])(?:so|do|s0|s6)${SPECK}vao${SPECK}so${SPECK}cap${SPECK}(?:gcn|giay${SPECK}chung${SPECK}nhan)\\s*[:.;]?\\s*([a-z]{2})[\\s.,:]{0,2}([0-9oli]{5,8})(?![0-9a-z])`,
  'g',
);
const LICENCE_RE = /(?<![0-9])([0-9oli]{12})(?![0-9])/g;

/** Words that, just before `số`, mean the number belongs to another document (a citation). */
const CITATION_BEFORE =
  /(?:^|[^a-z])(ho|quyet dinh|nghi dinh|thong tu|nghi quyet|cong van|van ban|ke hoach|giay phep|giay chung nhan|chung chi|to trinh|thong bao|bao cao|can cu|theo|kem theo|quyen|vao|dien thoai|nha|hop dong|cccd|cmnd|ho chieu|tai khoan|(?<!dien )bien|ma|thua dat|thua|ban do|to|nha|phong)\W*$/;

/** Two-letter words that look like a GCN serial prefix but are Vietnamese words. */
const NOT_SERIAL = new Set([
  'so',
  'ma',
  'la',
  'va',
  'tu',
  've',
  'ho',
  'co',
  'da',
  'de',
  'ky',
  'ba',
  'bo',
  'to',
  'di',
  'do',
  'no',
]);

/** A number as printed, OCR look-alikes repaired; a province-code group before a hyphen (`62-0145`) kept. */
function cleanNumber(token: string): string | null {
  if (!token.includes('-')) return fixOcrDigits(token, { lenient: true });
  const groups = token.split('-').map((g) => fixOcrDigits(g, { lenient: true }));
  return groups.every((g) => g !== null) ? groups.join('-') : null;
}

function isCitation(doc: DocumentText, index: number): boolean {
  if (inCitationZone(doc, index)) return true;
  const lineStart = doc.folded.lastIndexOf('\n', index) + 1;
  const before = doc.folded.slice(Math.max(lineStart, index - 30), index);
  return CITATION_BEFORE.test(before);
}

/**
 * Where a symbol read from `start` to `end` ends: at its line's end when it ran on into a place–date line
 * (`Số: 318/GPLH` over `Điện Biên, ngày …` that a photo's OCR read `/e Biên, ngày …`: not `318/GPLH/E`).
 * A symbol the line break split (`Số: 12/QĐ-` / `UBND`) runs on.
 */
function symbolEnd(doc: DocumentText, start: number, end: number): number {
  const next = doc.lineStarts.find((at) => at > start && at < end);
  if (next === undefined) return end;
  const lineEnd = doc.folded.indexOf('\n', next);
  return /ngay\s*[0-9]/.test(doc.folded.slice(next, lineEnd < 0 ? undefined : lineEnd)) ? next - 1 : end;
}

function symbolFromMatch(doc: DocumentText, start: number, end: number): string {
  const printed = originalSlice(doc, start, end)
    .replace(/\s+/g, '')
    .replace(/[.\-/]+$/, '');
  const symbol = restoreSymbol(repairYears(printed).toUpperCase().normalize('NFC'));
  return symbol.match(/[A-ZĐ]{3,}/g)?.some(mayHaveLostĐ) ? restoreFromText(doc, symbol) : symbol;
}

/**
 * A year group read with OCR look-alikes (`312/2O19`, `118/THCS-2O23`, `62/2O25/CNĐĐK-BVTV`): a group between
 * `/` or `-` of four characters, mostly digits, that reads as a year once repaired, is that year. A letter in a
 * year can only be a digit's look-alike; any other group (`THCS`, `OLIO`) is kept as printed.
 */
function repairYears(printed: string): string {
  return printed.replace(/(?<![^/-])[0-9OolI|]{4}(?![^/-])/g, (g) => {
    const year = fixOcrDigits(g);
    return year !== null && /^(?:19|20)[0-9]{2}$/.test(year) ? year : g;
  });
}

/** A group with a plain `D` that is neither `UBND` (ủy ban nhân dân) nor a known group restoreSymbol handles. */
const mayHaveLostĐ = (group: string) => /D/.test(group) && group !== 'UBND' && !isSymbolGroup(group);

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D');
/** Words that ND 30 abbreviations skip (`Sở Giáo dục và Đào tạo` → `SGDĐT`). */
const SKIPPED_IN_ABBREVIATION = new Set(['VA', 'VÀ', '&']);

/**
 * Restores a `Đ` the OCR lost in a symbol group from the document's own text, when the text says how the
 * group is spelled: the same group printed with its `Đ` elsewhere (`Lưu: VT, CNĐĐK`), or the words it
 * abbreviates, read by their initials in the text (`SỞ GIÁO DỤC VÀ ĐÀO TẠO` → `SGDĐT`, `CHỨNG NHẬN ĐỦ ĐIỀU
 * KIỆN` → `CNĐĐK`; in text without diacritics, the words restored by the administrative dictionary: `SO GIAO
 * DUC VA DAO TAO` → `SGDĐT`). A group the text spells two ways, or not at all, is kept as printed.
 */
function restoreFromText(doc: DocumentText, symbol: string): string {
  return symbol.replace(/[A-ZĐ]{3,}/g, (group) => {
    if (!mayHaveLostĐ(group)) return group;
    const spelled = spelledInText(doc, group);
    if (spelled === null || spelled === group) return group;
    return [...spelled].every((c, i) => c === group[i] || (c === 'Đ' && group[i] === 'D')) ? spelled : group;
  });
}

/**
 * How the text spells `group` (`Đ` as printed or restored by the dictionary), when it says so one way only:
 * its initials in the head, or the same group printed elsewhere; null when it does not, or two ways.
 */
function spelledInText(doc: DocumentText, group: string): string | null {
  const head = spellings(doc);
  const key = fold(group);
  const found = new Set<string>(head.tokens.get(key) ?? []);
  // The symbol's own printing is one of the tokens.
  found.delete(group);
  for (let at = head.initials.indexOf(key); at >= 0; at = head.initials.indexOf(key, at + 1)) {
    let printed = '';
    for (let j = at; j < at + key.length; j++) printed += printedInitial(doc, head, j);
    if (!printed.includes('?')) found.add(printed);
  }
  for (const place of head.places) {
    const spelled = placeCode(key, place);
    if (spelled !== null) found.add(spelled);
  }
  const [spelled] = found;
  return found.size === 1 && spelled !== undefined ? spelled : null;
}

/** The one spelling with `Đ` the text prints of `group` elsewhere (`ĐB26-0007` in its stamp), else null. */
function printedElsewhere(doc: DocumentText, group: string): string | null {
  const found = new Set(spellings(doc).tokens.get(fold(group)) ?? []);
  found.delete(group);
  const [spelled] = found;
  return found.size === 1 && spelled !== undefined ? spelled : null;
}

/** Lines read for the words a symbol abbreviates: the issuer's block, the title and the trích yếu. */
const HEAD_LINES = 20;

interface HeadWords {
  /** Folded initials (upper case) of the head's words, `và` skipped. */
  initials: string;
  /** Folded offset and line of each of those words. */
  starts: number[];
  lines: number[];
  /** Upper-case groups printed with a `Đ` anywhere in the text (`PQLĐT`), by folded form. */
  tokens: Map<string, Set<string>>;
  /** Text without diacritics: initials of each head line's words as the dictionary restores them, by line. */
  restored: Map<number, string[]>;
  /** Place names of the head, as printed (`Điện Biên`), found in the folded text whatever its diacritics. */
  places: string[];
}

const spellingCache = new WeakMap<DocumentText, HeadWords>();
function spellings(doc: DocumentText): HeadWords {
  let s = spellingCache.get(doc);
  if (!s) {
    s = buildSpellings(doc);
    spellingCache.set(doc, s);
  }
  return s;
}

function buildSpellings(doc: DocumentText): HeadWords {
  const tokens = new Map<string, Set<string>>();
  if (doc.accented) {
    for (const m of doc.original.matchAll(/[A-ZĐ]*Đ[A-ZĐ]*/g)) {
      if (m[0].length < 3) continue;
      const key = fold(m[0]);
      const set = tokens.get(key) ?? new Set<string>();
      set.add(m[0]);
      tokens.set(key, set);
    }
  }
  // Initials of the words of the header and title in reading order (a title runs over two lines).
  const end = doc.lineStarts[HEAD_LINES] ?? doc.folded.length;
  let initials = '';
  const starts: number[] = [];
  const lines: number[] = [];
  let line = 0;
  for (const m of doc.folded.slice(0, end).matchAll(/[a-z&]+/g)) {
    if (m[0] === 'va' || m[0] === '&') continue;
    while (line + 1 < doc.lineStarts.length && (doc.lineStarts[line + 1] ?? 0) <= m.index) line++;
    initials += (m[0][0] ?? '').toUpperCase();
    starts.push(m.index);
    lines.push(line);
  }
  const headWords = ` ${doc.folded.slice(0, end).replace(/[^a-z]+/g, ' ')} `;
  const places = [...PLACE_NAMES].filter(([key]) => headWords.includes(` ${key} `)).map(([, name]) => name);
  return { initials, starts, lines, tokens, restored: new Map(), places };
}

/**
 * The place code `key` (folded, upper case) spelled as `place` spells its words (`DIB` from `Điện Biên` →
 * `ĐIB`, the province's code on a construction practice certificate, NĐ 15/2021): the code runs through every
 * word of the name in order, each word giving the start of itself (its initial, maybe the next letters). A
 * Vietnamese `Đ` is only ever a word's first letter, so the code takes the name's initials as printed. Null when
 * the name does not spell the code (one word, or fewer than three letters: no code).
 */
function placeCode(key: string, place: string): string | null {
  const words = place.toUpperCase().normalize('NFC').split(' ');
  if (words.length < 2 || key.length < 3) return null;
  const folded = words.map(fold);
  const spell = (k: number, w: number): string | null => {
    if (w === words.length) return k === key.length ? '' : null;
    const word = folded[w] ?? '';
    const initial = words[w]?.[0] === 'Đ' ? 'Đ' : (word[0] ?? '');
    // The longest start of the word first, each shorter one next, the rest of the code from the next word.
    for (let n = Math.min(word.length, key.length - k); n >= 1; n--) {
      if (key.slice(k, k + n) !== word.slice(0, n)) continue;
      const rest = spell(k + n, w + 1);
      if (rest !== null) return initial + key.slice(k + 1, k + n) + rest;
    }
    return null;
  };
  return spell(0, 0);
}

/** The initial of head word `j` as printed (`Đ` kept), or, in text without diacritics, as restored. */
function printedInitial(doc: DocumentText, head: HeadWords, j: number): string {
  const at = head.starts[j] ?? 0;
  const folded = (doc.folded[at] ?? '').toUpperCase();
  if (doc.accented) return /[Đđ]/.test(doc.original[doc.map[at] ?? 0] ?? '') ? 'Đ' : folded;
  const line = head.lines[j] ?? 0;
  let restored = head.restored.get(line);
  if (!restored) {
    // The whole line through the dictionary of administrative words (phrases of two words or more).
    const [s, e] = lineBounds(doc, line);
    const text = restoreDiacritics(originalSlice(doc, s, e), { minWords: 2 })
      .toUpperCase()
      .normalize('NFC');
    restored = [...text.matchAll(/[\p{L}&]+/gu)]
      .map((w) => w[0])
      .filter((w) => !SKIPPED_IN_ABBREVIATION.has(w))
      // A D-word the dictionary did not know may have lost its Đ: `?`, which spells nothing.
      .map((w) => (w.startsWith('Đ') ? 'Đ' : w.startsWith('D') && w === fold(w) ? '?' : (fold(w)[0] ?? '')));
    head.restored.set(line, restored);
  }
  const index = j - head.lines.indexOf(line);
  return restored[index] ?? folded;
}

/** A blank number slot in the header: `Số:` then only spaces, dots or underscores before `/SYMBOL`. */
const BLANK_SLOT_RE = /(?<![a-z0-9])(?:so|s0|s6)\s*[:.]\s*[._…\s]{0,24}\/\s?([a-z][a-z0-9&.]*(?:\s?-\s?[a-z0-9&.]+)*)/g;
/** A number written by hand on its own line next to the blank slot (`125`, `8T`). */
const LONE_NUMBER = /^\s*([0-9oli|]{1,5}[a-z]?)\s*[.,]?\s*$/;

/**
 * The ND 30 number slot left blank in the header (`Số:      /QĐ-UBND`): a number written by hand on the
 * line just below or above it is read as uncertain; otherwise the slot is reported blank, so that no number
 * from the body or a `Căn cứ` line stands in for it.
 */
function blankSlot(doc: DocumentText): DocNumber | null {
  const headerEnd = doc.lineStarts[Math.min(doc.lineStarts.length - 1, 14)] ?? doc.folded.length;
  for (const m of doc.joined.matchAll(BLANK_SLOT_RE)) {
    if (m.index > headerEnd && doc.lineStarts.length > 14) break;
    if (isCitation(doc, m.index)) continue;
    const symStart = m.index + m[0].length - (m[1]?.length ?? 0);
    const symbol = symbolFromMatch(doc, symStart, m.index + m[0].length);
    if (!/[A-ZĐ]/.test(symbol)) continue;
    const line = lineOf(doc, m.index);
    for (const near of [line + 1, line - 1, line + 2]) {
      if (near < 0 || near >= doc.lineStarts.length) continue;
      const start = doc.lineStarts[near] ?? 0;
      const end = near + 1 < doc.lineStarts.length ? (doc.lineStarts[near + 1] ?? 0) - 1 : doc.folded.length;
      const lone = LONE_NUMBER.exec(doc.folded.slice(start, end));
      if (!lone) continue;
      const raw = lone[1] ?? '';
      const number = fixOcrDigits(raw.replace(/t/g, '7')) ?? cleanNumber(raw);
      if (!number) continue;
      return { docNumber: `${number}/${symbol}`, number, symbol, source: 'symbol', index: m.index, uncertain: true };
    }
    return { docNumber: '', number: '', symbol, source: 'symbol', index: m.index, blank: true };
  }
  return null;
}

function lineOf(doc: DocumentText, index: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.lineStarts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A last symbol group printed after a space (`62-009/2023/SVHTTDL-GP LHNĐ`, the travel licence of TT
 * 06/2017/TT-BVHTTDL): one upper-case group without tone or vowel marks, alone at the end of the number's
 * line, is part of the symbol; a word (`Điện Biên, ngày …`, `CỘNG HÒA …`) never is.
 */
function spacedGroup(doc: DocumentText, end: number): string | null {
  if (doc.folded[end] !== ' ' || !/[a-z]/.test(doc.folded[end + 1] ?? '')) return null;
  const lineEnd = doc.folded.indexOf('\n', end);
  const rest = originalSlice(doc, end, lineEnd < 0 ? doc.folded.length : lineEnd);
  const m = /^ ([A-ZĐ]{2,8})\s*$/u.exec(rest);
  if (m?.[1]) return restoreSymbol(m[1]);
  // A known group (`LHNĐ`) even when the OCR ran the next column onto the line (`… LHNĐ Điện Biên, ngày …`).
  const known = /^ ([A-ZĐ]{3,8})(?!\p{L})/u.exec(rest);
  return known?.[1] && isSymbolGroup(known[1]) ? restoreSymbol(known[1]) : null;
}

function bySymbol(doc: DocumentText): DocNumber | null {
  const text = doc.joined;
  const blank = blankSlot(doc);
  for (const m of text.matchAll(SYMBOL_RE)) {
    if (isCitation(doc, m.index)) continue;
    const raw = m[1] ?? '';
    let number = cleanNumber(raw);
    // A handwritten number OCR read with a letter (`Số: 8T` above `/QĐ-UBND`): kept as printed.
    const uncertain = number === null && /^[0-9]{1,4}[a-z]{1,2}$/.test(raw);
    // OCR reads a handwritten 7 as T: repair it, still to be checked.
    if (uncertain) number = fixOcrDigits(raw.replace(/t/g, '7')) ?? raw.toUpperCase();
    if (number === null) continue;
    const symStart = m.index + m[0].length - (m[2]?.length ?? 0);
    let symbol = symbolFromMatch(doc, symStart, symbolEnd(doc, symStart, m.index + m[0].length));
    const spaced = /[A-ZĐ]$/.test(symbol) ? spacedGroup(doc, m.index + m[0].length) : null;
    if (spaced) symbol = `${symbol} ${spaced}`;
    if (!/[A-ZĐ]/.test(symbol)) {
      // `Số: 12/2021` alone is a number with a year and no symbol: keep it as printed. An older paper's
      // two-digit year (`Số: 10234/97`) only when the paper names that year (`năm 1997`).
      const shortYear = /^\d{2}$/.test(symbol) && new RegExp(`\\b(?:19|20)${symbol}\\b`).test(doc.folded);
      if (!/^\d{4}$/.test(symbol) && !shortYear) continue;
    }
    // The blank slot in the header comes first: a number further down is another paper's.
    if (blank && blank.index < m.index) return blank;
    const found: DocNumber = { docNumber: `${number}/${symbol}`, number, symbol, source: 'symbol', index: m.index };
    if (uncertain) found.uncertain = true;
    return found;
  }
  return blank ?? oldStyleSymbol(doc);
}

/**
 * The symbol as papers before ND 110/2004 printed it: the number, a space, then the kind and the body joined by
 * `/` (`Số 123 QĐ/UB`, `Số: 45 QĐ/CT`, Thông tư 33/BT of 1992), kept as printed. Only on its number line's start.
 */
const OLD_SYMBOL_RE = new RegExp(
  `(?<![a-z0-9])(?:so|s0|s6)\\s*[:.]?\\s*(${DIGITISH}{1,5})\\s{1,3}([a-z]{1,5}\\s?/\\s?[a-z]{1,6}(?:\\s?[-/]\\s?[a-z]{1,6})?)(?![a-z0-9/-])`,
  'g',
);

function oldStyleSymbol(doc: DocumentText): DocNumber | null {
  for (const m of doc.folded.matchAll(OLD_SYMBOL_RE)) {
    if (isCitation(doc, m.index) || !doc.lineStarts.includes(m.index)) continue;
    const number = cleanNumber(m[1] ?? '');
    if (number === null) continue;
    const end = m.index + m[0].length;
    const symbol = symbolFromMatch(doc, end - (m[2]?.length ?? 0), end);
    // The kind before the slash is letters only (`QĐ`, `CT`, `TB`), the body after it too.
    if (!/^[A-ZĐ]{1,5}\/[A-ZĐ]/.test(symbol)) continue;
    return { docNumber: `${number} ${symbol}`, number, symbol, source: 'symbol', index: m.index };
  }
  return null;
}

/**
 * A form's own number label opens its line (`Số: 24J1.0318`); a `số:` inside a line follows another paper's name
 * (`3. Giấy chứng nhận đăng ký doanh nghiệp số: 2400917735`). Numbers at a line's start are read first, the plain
 * and the printed-code readings both, then the others.
 */
function byPlain(doc: DocumentText): DocNumber | null {
  const lineStart = (index: number) => /(?:^|\n)\s*$/.test(doc.folded.slice(Math.max(0, index - 12), index));
  return (
    plainNumber(doc, lineStart) ??
    printedCode(doc, lineStart) ??
    plainNumber(doc, (i) => !lineStart(i)) ??
    printedCode(doc, (i) => !lineStart(i))
  );
}

function plainNumber(doc: DocumentText, where: (index: number) => boolean): DocNumber | null {
  const text = doc.joined;
  for (const m of [PLAIN_RE, ...PLAIN_PHOTO_RES].flatMap((re) => [...text.matchAll(re)])) {
    if (!where(m.index) || isCitation(doc, m.index)) continue;
    const raw = m[1] ?? '';
    // `Số/No:` left blank, the form's first numbered field after it (`1. Họ và tên`): no number.
    if (
      /^[0-9]{1,2}$/.test(raw) &&
      /^\s*[.)]\s*[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
    )
      continue;
    if (/^[a-z]/.test(raw) && !/^[0-9oli|-]+$/.test(raw)) {
      const code = letterCode(doc, m.index + m[0].length - raw.length, m.index + m[0].length);
      if (code === null) continue;
      const found: DocNumber = {
        docNumber: code.code,
        number: code.code,
        symbol: null,
        source: 'plain',
        index: m.index,
      };
      if (code.unsure) found.uncertain = true;
      return found;
    }
    const number = /^[0-9]{2}[a-z][0-9]{6,}$/.test(raw) ? raw.toUpperCase() : cleanNumber(raw);
    if (number === null) continue;
    return { docNumber: number, number, symbol: null, source: 'plain', index: m.index };
  }
  return null;
}

/** The first number printed as a code (PRINTED_CODE_RE), as printed; unsure where OCR may have confused it. */
function printedCode(doc: DocumentText, where: (index: number) => boolean): DocNumber | null {
  for (const m of doc.joined.matchAll(PRINTED_CODE_RE)) {
    const raw = m[1] ?? '';
    if (!where(m.index) || isCitation(doc, m.index)) continue;
    if (!/[./-]/.test(raw) || (raw.match(/[0-9]/g)?.length ?? 0) < 3) continue;
    if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(raw)) continue;
    const end = m.index + m[0].length;
    const printed = originalSlice(doc, end - raw.length, end)
      .replace(/\s+/g, '')
      .toUpperCase()
      .normalize('NFC');
    // Letter groups get their `Đ` back as in symbols (`DB` → `ĐB`) when the text lost it.
    const code = printed
      .split(/([./-])/)
      .map((g) => (/^\p{Lu}+$/u.test(g) ? restoreSymbol(g) : g))
      .join('');
    // An O, L or I among a group's digits (after its letter prefix, if that has another letter) may be a
    // misread digit; a `D` left in text without diacritics may have lost its bar (Textract): kept as printed,
    // to be checked.
    const digitPart = (g: string) => g.replace(/^\p{Lu}*[A-HJKMNP-Z]\p{Lu}*(?=[0-9])/u, '');
    const groups = code.split(/[./-]/);
    const unsure =
      groups.some((g) => /[0-9]/.test(g) && /[OLI]/.test(digitPart(g))) || (!doc.accented && /D/.test(code));
    const found: DocNumber = { docNumber: code, number: code, symbol: null, source: 'plain', index: m.index };
    if (unsure) found.uncertain = true;
    return found;
  }
  return null;
}

/**
 * The issuer codes of construction practice and capability certificates (`DIB-00012345`: the issuer's code, a
 * hyphen, 8 digits; NĐ 15/2021/NĐ-CP art. 63 and its annexed list, the list of TT 17/2016/TT-BXD: BXD for the
 * ministry, three letters per province). The list spells every code in plain letters, `Đ` never: Điện Biên is
 * DIB, Đà Nẵng DNA, Đồng Nai DON.
 */
const PRACTICE_CERT_ISSUERS = new Set(
  (
    'BXD ANG BRV BAG BAK BAL BAN BET BID BDG BIP BIT CAM CAB CAT DNA DAL DAN DIB DON DOT GIL HAG HNA HAN HAT HAD ' +
    'HAP HOB HUY KHH KIG KOT LAC LAD LAS LCA LOA NAD NGA NIB NIT PHT PHY QUB QUN QNG QNI QTR SOT SOL TAN THB THN ' +
    'THH TTH TIG HCM TRV TUQ VIL VIP YEB'
  ).split(' '),
);

/**
 * A letter-prefixed code as printed (`ĐB2400031`, `DIB-00012345`): letters upper-cased with their `Đ` (restored
 * in the known groups when the OCR lost it, as in symbols), OCR look-alikes in the digit group repaired.
 */
function letterCode(doc: DocumentText, start: number, end: number): { code: string; unsure: boolean } | null {
  const printed = originalSlice(doc, start, end).replace(/\s+/g, '').toUpperCase().normalize('NFC');
  const m = /^(\p{Lu}{1,4}-?)([0-9OLI|]+(?:-[0-9OLI|]{3,6})?)(-\p{Lu}{1,4})?$/u.exec(printed);
  if (!m) return null;
  const digits = cleanNumber(m[2] ?? '');
  if (digits === null) return null;
  // A practice certificate's code (three letters, a hyphen, 8 digits): its letters are the list's, in plain
  // letters, so a `D` is never a lost `Đ` (nor a printed `Đ` anything but a D); letters the list lacks were
  // misread or are no such code: kept, to be checked.
  const practice = /^\p{Lu}{3}-$/u.test(m[1] ?? '') && /^\d{8}$/.test(digits) && !m[3];
  if (practice) {
    const letters = fold(m[1] ?? '').replace(/-$/, '');
    return { code: `${letters}-${digits}`, unsure: !PRACTICE_CERT_ISSUERS.has(letters) };
  }
  // A work permit's `DB26-0007` (letters, the year, a hyphen, the serial) codes its province in the labour
  // system's own letters, which neither the symbol groups nor the text's words spell: printed with diacritics,
  // its D is a D unless the text prints the code with its Đ elsewhere; without them, it stays as read, checked.
  const printedLetters = `${m[1]}`.replace(/-$/, '');
  const yearSerial = /-/.test(m[2] ?? '');
  const letters = yearSerial ? printedLetters : restoreSymbol(printedLetters);
  const spelled = !/D/.test(letters)
    ? null
    : !yearSerial
      ? spelledInText(doc, letters)
      : doc.accented
        ? printedElsewhere(doc, letters)
        : null;
  const restored = spelled !== null && fold(spelled) === fold(letters) ? spelled : letters;
  const code = `${restored}${m[1]?.endsWith('-') ? '-' : ''}${digits}${restoreSymbol(m[3] ?? '')}`;
  // Text without diacritics (Textract) has lost every `Đ`: a `D` in the letters may have been one, unless the
  // text spells the letters out (`BỘ XÂY DỰNG` for BXD).
  return { code, unsure: !doc.accented && /D/.test(restored) && spelled === null };
}

function byRegex(doc: DocumentText, re: RegExp, source: NumberSource): DocNumber | null {
  const text = doc.joined;
  for (const m of text.matchAll(re)) {
    const raw = (m[1] ?? '').replace(/\s+/g, '');
    const fixed = /[a-z]/.test(raw.replace(/[oli]/g, '')) ? raw.toUpperCase() : cleanNumber(raw.replace(/-/g, ''));
    if (!fixed) continue;
    // Keep a branch suffix (5600123456-001) as printed.
    const docNumber =
      source === 'business-code' && /-\d{3}$/.test(raw) ? `${fixed.slice(0, -3)}-${fixed.slice(-3)}` : fixed;
    return { docNumber, number: docNumber, symbol: null, source, index: m.index };
  }
  return null;
}

/**
 * The own code of a dependent unit, by its label (TT 01/2021/TT-BKHĐT forms; NĐ 01/2021 Art. 8): a business
 * location's 5 digits (`Mã số địa điểm kinh doanh: 00003`), a branch's or representative office's enterprise
 * code and 3 digits (`Mã số chi nhánh: 5600100456-001`). Rank 0 is the location (its parent branch's code may
 * be printed on it too), rank 1 the branch or office.
 */
const UNIT_CODE_RE =
  /ma\s*so\s*(dia\s*diem\s*kinh\s*doanh|chi\s*nhanh|van\s*phong\s*dai\s*dien)\s*[:.;]?\s*([0-9oli]{5}(?![0-9a-z-])|[0-9oli]{10}\s?-\s?[0-9oli]{3}(?![0-9a-z]))?/g;

/**
 * The registration code. On a dependent unit's certificate (a business location, a branch, a representative
 * office) the number is the unit's own code, never the enterprise code printed above or below it; when the
 * unit's label is there but its code cannot be read, the first code found is kept, to be checked.
 */
function byBusinessCode(doc: DocumentText): DocNumber | null {
  let unit: { rank: number; code: string | null; index: number } | null = null;
  for (const m of doc.joined.matchAll(UNIT_CODE_RE)) {
    if (inCitationZone(doc, m.index)) continue;
    const rank = (m[1] ?? '').startsWith('dia') ? 0 : 1;
    const code = m[2] ? cleanNumber(m[2].replace(/\s+/g, '')) : null;
    if (!unit || rank < unit.rank || (rank === unit.rank && unit.code === null && code !== null))
      unit = { rank, code, index: m.index };
  }
  if (unit?.code) {
    return { docNumber: unit.code, number: unit.code, symbol: null, source: 'business-code', index: unit.index };
  }
  const found = byRegex(doc, BUSINESS_RE, 'business-code') ?? displacedCode(doc);
  if (found && unit) found.uncertain = true;
  return found;
}

/**
 * A registration code's label with no value after it on its line (`Mã số hộ kinh doanh:`, maybe after the title
 * or before the next label that the OCR ran onto the line: `Mã số hộ kinh doanh: Đăng ký lần đầu:`).
 */
const LONE_CODE_LABEL =
  /(?<![a-z])ma\s*so\s*(?:ho\s*kinh\s*doanh|doanh\s*nghiep|hop\s*tac\s*xa)\s*[:.;]\s*(?:[a-z][a-z ]{2,40}[:;]\s*)?$/;
/**
 * A registration code alone on a line: the 12-digit personal identification number of the household's owner
 * (NĐ 168/2025/NĐ-CP Art. 91: from 1/7/2025 the mã số hộ kinh doanh is the tax code the tax system sends, the
 * owner's số định danh cá nhân), the NĐ 01/2021 household code (`62A8007714`), an enterprise or cooperative
 * code (10 digits, a unit's `-001`).
 */
const LONE_CODE = /^\s*([0-9oli]{12}|[0-9oli]{2}[a-z][0-9oli]{7}|[0-9oli]{10}(?:-[0-9oli]{3})?)\s*$/;
/** Lines Textract reads between a label and its value: the block's other labels, and their dates. */
const LABEL_ONLY =
  /^\s*(?:[0-9]{1,2}\s*[.)]\s*)?[a-z][a-z ,]{2,50}[:;]\s*$|^\s*ngay\b[^a-z]*thang\b[^a-z]*nam\b[^a-z]*$/;

/**
 * The code of a certificate whose `Mã số …:` label stands alone on its line and whose value the OCR read a few
 * lines further (Textract reads a two-column block's labels first, then their values: `Mã số hộ kinh doanh:` /
 * `Đăng ký lần đầu:` / `011193005264` / `ngày …`). Only a value of a code's own shape, after nothing but other
 * labels; one that says nothing of itself (10 or 12 digits) stays uncertain unless the text prints it again as
 * the owner's personal number (the NĐ 168/2025 household code is that number).
 */
function displacedCode(doc: DocumentText): DocNumber | null {
  for (let i = 0; i < doc.lineStarts.length; i++) {
    const [start] = lineBounds(doc, i);
    if (!LONE_CODE_LABEL.test(foldedLine(doc, i)) || inCitationZone(doc, start)) continue;
    for (let j = i + 1; j <= i + 4 && j < doc.lineStarts.length; j++) {
      const line = foldedLine(doc, j);
      const printed = LONE_CODE.exec(line)?.[1];
      if (printed === undefined) {
        if (LABEL_ONLY.test(line)) continue;
        break;
      }
      // OCR look-alikes repaired in the digit groups (`O11193005264`), a household code's letter kept.
      const household = /^[0-9oli]{2}[a-hjkmnp-z][0-9oli]{7}$/.test(printed);
      const code = household
        ? `${cleanNumber(printed.slice(0, 2)) ?? ''}${(printed[2] ?? '').toUpperCase()}${cleanNumber(printed.slice(3)) ?? ''}`
        : cleanNumber(printed);
      if (code === null || code.length !== printed.length) break;
      const found: DocNumber = { docNumber: code, number: code, symbol: null, source: 'business-code', index: start };
      const digits = code.replace(/0/g, '[0o]').replace(/1/g, '[1li]');
      const owner = new RegExp(`(dinh danh|can cuoc|cccd)[^0-9]{0,24}${digits}(?![0-9])`);
      if (!household && !(code.length === 12 && owner.test(doc.joined))) found.uncertain = true;
      return found;
    }
  }
  return null;
}

function bySerial(doc: DocumentText): DocNumber | null {
  const text = doc.joined;
  for (const re of [SERIAL_LABEL_RE, SERIAL_RE]) {
    for (const m of text.matchAll(re)) {
      const letters = m[1] ?? '';
      if (re === SERIAL_RE && NOT_SERIAL.has(letters)) continue;
      const digits = cleanNumber(m[2] ?? '');
      if (!digits) continue;
      const printed = originalSlice(doc, m.index + m[0].length - (m[2]?.length ?? 0) - 3, m.index + m[0].length);
      const prefix = printed.match(/(\p{L}{2})\s?[0-9OolI]+$/u)?.[1] ?? letters;
      const docNumber = `${prefix.toUpperCase()} ${digits}`;
      return { docNumber, number: digits, symbol: null, source: 'serial', index: m.index };
    }
  }
  return null;
}

/** `QSDĐ/418/QĐ-UBND` after a register entry: `QSDĐ/`, then the granting decision's number and symbol when printed. */
const QSDD_SUFFIX_RE =
  /^\s+qsd[d]?\s?\/\s?(?:([0-9oli]{1,6}\s?\/\s?[a-z][a-z0-9]*(?:\s?[-/]\s?[a-z0-9()]+)*)|[a-z][a-z0-9]*)/;

/** `O00318`: one letter before the register digits that OCR made of a 0 or a 1 (a prefix is two letters). */
function fixLeadingDigit(value: string): string {
  return /^[OoIl|][0-9]{3,}$/.test(value) ? (fixOcrDigits(value) ?? value) : value;
}

function byRegister(doc: DocumentText): DocNumber | null {
  const text = doc.joined;
  for (const m of text.matchAll(REGISTER_RE)) {
    const value = originalSlice(doc, m.index + m[0].length - (m[1]?.length ?? 0), m.index + m[0].length)
      .replace(/\s+/g, '')
      .replace(/[.\-/]+$/, '');
    if (!/\d/.test(value)) continue;
    // `CSO0088`: a two-letter register prefix, then digits OCR read as letters (O/0, l/1).
    const repaired = repairYears(value).replace(
      /^([A-Za-zĐđ]{2})([0-9OoIlL|]{3,})/,
      (_m, prefix: string, digits: string) => {
        return prefix + (fixOcrDigits(digits) ?? digits);
      },
    );
    const end = m.index + m[0].length;
    const suffix = QSDD_SUFFIX_RE.exec(text.slice(end, end + 40));
    if (suffix) {
      // `00317 QSDĐ/418/QĐ-UBND` (QĐ 24/2004): the entry, then `QSDĐ/` and the granting decision's number — all
      // of it is the register number the form prints. A bare `QSDĐ/ĐB` suffix says less: kept, to be checked.
      const printed = symbolFromMatch(
        doc,
        end + (suffix[0].length - suffix[0].trimStart().length),
        end + suffix[0].length,
      );
      const docNumber = `${restoreSymbol(fixLeadingDigit(repaired).toUpperCase())} ${printed}`;
      const found: DocNumber = { docNumber, number: docNumber, symbol: null, source: 'register', index: m.index };
      if (!suffix[1]) found.uncertain = true;
      return found;
    }
    const docNumber = restoreSymbol(fixLeadingDigit(repaired).toUpperCase());
    const found: DocNumber = { docNumber, number: docNumber, symbol: null, source: 'register', index: m.index };
    // A register entry printed with another suffix of its own (`00458 ĐB/…`); where the number ends is unsure.
    if (/^\s+[a-z]{2,}[a-z0-9]*\s?\//.test(text.slice(end, end + 20))) found.uncertain = true;
    return found;
  }
  for (const m of text.matchAll(REGISTER_PHOTO_RE)) {
    const start = m.index + m[0].length - (m[2]?.length ?? 0);
    const digits = fixOcrDigits(originalSlice(doc, start, m.index + m[0].length));
    if (digits === null) continue;
    // The register's series letters as folded: `Đ` there is the photo's misreading of `D` (`ĐE 00417`).
    const docNumber = (m[1] ?? '').toUpperCase() + digits;
    return { docNumber, number: docNumber, symbol: null, source: 'register', index: m.index };
  }
  return null;
}

/**
 * Reads the document's own number, trying `sources` in order (the type's `numberSources`, or
 * symbol → plain for an unknown type). Citations (`Căn cứ Quyết định số …`) are skipped.
 */
export function extractDocNumber(doc: DocumentText, sources: readonly NumberSource[]): DocNumber | null {
  for (const source of sources) {
    const found =
      source === 'symbol'
        ? bySymbol(doc)
        : source === 'plain'
          ? byPlain(doc)
          : source === 'certification'
            ? byRegex(doc, CERT_RE, 'certification')
            : source === 'business-code'
              ? byBusinessCode(doc)
              : source === 'serial'
                ? bySerial(doc)
                : source === 'register'
                  ? byRegister(doc)
                  : byRegex(doc, LICENCE_RE, 'licence-12');
    // A blank slot ends the search too: no other number stands in for the document's own.
    if (found) return found;
  }
  return null;
}

/** Symbol groups of a docNumber, folded and upper-case without separators (`GP-UBND` → `GPUBND`). */
export function symbolKey(symbol: string | null): string {
  if (!symbol) return '';
  return symbol
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
