/**
 * Small helpers for writing the evaluation corpus: a seeded generator, fictional names and places,
 * Vietnamese date spellings and the two ways OCR reads an ND 30 header (column by column, or both columns
 * interleaved on one line). Nothing here comes from the classifier; the layouts follow the published forms
 * (see the `form` field of each corpus document).
 */
import type { Level } from '#shared/domain/types.ts';

export type Kind = 'result' | 'not_a_result';

/** Ground truth of one document, as a careful clerk would read it from the paper. */
export interface CorpusTruth {
  kind: Kind;
  /** Catalogue type id; null for a non-result and for a result of a type the catalogue lacks. */
  docType: string | null;
  /** The printed title (document type line), as on the paper. */
  title: string | null;
  docNumber: string | null;
  /** The issuing body as printed (null when the page does not show it). */
  issuer: string | null;
  level: Level | null;
  issueDate: string | null;
  expiryDate: string | null;
}

export interface CorpusDoc {
  /** Stable id, also the file stem of rendered images. */
  id: string;
  /** The official form or published layout this text follows. */
  form: string;
  /** Text of each page, in reading order as OCR returns it. */
  pages: string[];
  truth: CorpusTruth;
  /** Real-world wrinkles present in this document (for reading the misses). */
  tags: string[];
  /**
   * For a result the catalogue lacks (docType null): phrases of the type's name. When the catalogue grows a
   * type whose name holds one of them, the truth takes that type's id (see `resolveUnknownTypes`).
   */
  unknownAs?: string[];
}

/** The truth of a result, in the field order every corpus file writes (its JSON is part of the bench). */
export const resultTruth = (
  docType: string | null,
  title: string | null,
  docNumber: string | null,
  issuer: string,
  level: Level | null,
  issueDate: Iso,
  expiryDate: Iso | null = null,
): CorpusTruth => ({ kind: 'result', docType, title, docNumber, issuer, level, issueDate, expiryDate });

/** The truth of a non-result: no type and no expiry. */
export const nonResultTruth = (
  title: string | null,
  docNumber: string | null,
  issuer: string | null,
  level: Level | null,
  issueDate: Iso | null,
): CorpusTruth => ({
  kind: 'not_a_result',
  docType: null,
  title,
  docNumber,
  issuer,
  level,
  issueDate,
  expiryDate: null,
});

/** One page from its lines, leaving out the `null`, `false` and `undefined` ones (optional lines). */
export const page = (...lines: (string | null | false | undefined)[]) =>
  lines.filter((l) => typeof l === 'string').join('\n');

/** Every combining mark dropped and `đ` unbarred, as OCR of a poor photo reads a word. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/**
 * The category function of a corpus from its map of id prefixes (`ho` → `civil status`): a document's category
 * by its id prefix, the id itself when the prefix is unknown.
 */
export const categoryOf =
  (categories: Readonly<Record<string, string>>) =>
  (id: string): string =>
    categories[id.split('-')[0]!] ?? id;

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
export const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** An ISO date `YYYY-MM-DD`. */
export type Iso = string;

export const iso = (y: number, m: number, d: number): Iso =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const parts = (date: Iso) => date.split('-').map(Number) as [number, number, number];

export function addMonths(date: Iso, months: number): Iso {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return iso(ny, nm, Math.min(d, last));
}

export function addDays(date: Iso, days: number): Iso {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "ngày 05 tháng 02 năm 2023" (ND 30: leading zero on days < 10 and on months 1–2). */
export function nd30Date(date: Iso): string {
  const [y, m, d] = parts(date);
  return `ngày ${pad(d)} tháng ${m <= 2 ? pad(m) : m} năm ${y}`;
}

/** An ND 30 place–date line: "Điện Biên, ngày 05 tháng 02 năm 2023". */
export const placeDate = (place: string, date: Iso): string => `${place}, ${nd30Date(date)}`;

/** "05/02/2023" */
export const numericDate = (date: Iso): string => {
  const [y, m, d] = parts(date);
  return `${pad(d)}/${pad(m)}/${y}`;
};

/** "5/2/2023" as people write it by hand. */
export const looseDate = (date: Iso): string => {
  const [y, m, d] = parts(date);
  return `${d}/${m}/${y}`;
};

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

function under100(n: number, inside: boolean): string {
  if (n < 10) return inside ? `linh ${UNITS[n]}` : UNITS[n]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? 'mười' : `${UNITS[tens]} mươi`;
  if (unit === 0) return head;
  if (unit === 1 && tens > 1) return `${head} mốt`;
  if (unit === 5) return `${head} lăm`;
  if (unit === 4 && tens > 1) return `${head} tư`;
  return `${head} ${UNITS[unit]}`;
}

/** A number in words as civil-status papers spell a year (2021 → "hai nghìn không trăm hai mươi mốt"). */
export function yearInWords(y: number): string {
  const thousands = Math.floor(y / 1000);
  const hundreds = Math.floor((y % 1000) / 100);
  const rest = y % 100;
  const head = `${UNITS[thousands]} nghìn ${UNITS[hundreds]} trăm`;
  if (rest === 0) return head;
  return `${head} ${rest < 10 ? `lẻ ${UNITS[rest]}` : under100(rest, false)}`;
}

const MONTHS = ['một', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'];

function dayInWords(d: number): string {
  if (d <= 10) return `mùng ${d === 10 ? 'mười' : UNITS[d]}`;
  return under100(d, false);
}

/** "ngày mười hai tháng ba năm hai nghìn không trăm hai mươi mốt" */
export function dateInWords(date: Iso): string {
  const [y, m, d] = parts(date);
  return `ngày ${dayInWords(d)} tháng ${MONTHS[m - 1]} năm ${yearInWords(y)}`;
}

/**
 * Marks dropped on most words, as a poor photo's OCR reads them: a share (`rate`) of the words folded, the others
 * kept (a word's digits are never touched). Deterministic for a seed.
 */
export function dropSomeMarks(text: string, seed: number, rate = 0.7): string {
  const r = rng(seed);
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((w) => (r() < rate ? fold(w) : w))
        .join(' '),
    )
    .join('\n');
}

export const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO2 = 'Độc lập - Tự do - Hạnh phúc';

/**
 * An ND 30 header: issuer block top left (1–3 lines), national motto top right, `Số:` under the issuer,
 * place–date under the motto. `columns` is how a layout-aware OCR reads it; `interleaved` is a flat
 * left-to-right reading that puts both columns on one line.
 */
export function nd30Header(
  issuer: string[],
  number: string | null,
  placeDate: string,
  mode: 'columns' | 'interleaved' = 'columns',
): string[] {
  const numberLine = number === null ? null : `Số: ${number}`;
  if (mode === 'columns') {
    return [...issuer, MOTTO, MOTTO2, ...(numberLine ? [numberLine] : []), placeDate];
  }
  const left = [...issuer];
  const right = [MOTTO, MOTTO2];
  const out: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    out.push([left[i], right[i]].filter(Boolean).join(' '));
  }
  out.push([numberLine, placeDate].filter(Boolean).join(' '));
  return out;
}

// Fictional people. Family names and given names common in Điện Biên (Thái, H'Mông, Khơ Mú, Kinh).
const FAMILY = ['Lò', 'Quàng', 'Lường', 'Cà', 'Vì', 'Giàng', 'Vàng', 'Sùng', 'Mùa', 'Nguyễn', 'Trần', 'Phạm', 'Lê'];
const MALE = ['Văn Khánh', 'Văn Pấng', 'A Sử', 'A Dơ', 'Văn Thiết', 'Minh Đức', 'Quang Huy', 'Văn Hoan', 'Đình Long'];
const FEMALE = ['Thị Ỏn', 'Thị Xuân', 'Thị Dợ', 'Thị Mỷ', 'Thị Hằng', 'Thu Trang', 'Thị Pà', 'Ngọc Anh', 'Thị Lả'];

export function person(r: () => number, sex: 'm' | 'f' = r() < 0.5 ? 'm' : 'f'): string {
  return `${pick(r, FAMILY)} ${pick(r, sex === 'm' ? MALE : FEMALE)}`;
}

export const upper = (s: string) => s.toLocaleUpperCase('vi');

/** A 12-digit citizen ID number starting with the Điện Biên code 011. */
export const cccd = (r: () => number): string => `011${int(r, 0, 3)}${String(int(r, 0, 99999999)).padStart(8, '0')}`;

/** Where a body sits, and the level it belongs to. */
export interface Place {
  /** Lines of the ND 30 issuer block, e.g. ["ỦY BAN NHÂN DÂN", "XÃ THANH XƯƠNG"]. */
  block: string[];
  /** Name as written in running text, e.g. "Ủy ban nhân dân xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên". */
  body: string;
  /** Short place for the place–date line, e.g. "Thanh Xương". */
  short: string;
  level: Level;
  /** The issuer as the truth records it (upper case, one line). */
  issuer: string;
}

export const COMMUNES_BEFORE: Place[] = [
  {
    block: ['ỦY BAN NHÂN DÂN', 'XÃ THANH XƯƠNG'],
    body: 'Ủy ban nhân dân xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên',
    short: 'Thanh Xương',
    level: 'commune',
    issuer: 'ỦY BAN NHÂN DÂN XÃ THANH XƯƠNG',
  },
  {
    block: ['UBND XÃ QUÀI CANG', 'HUYỆN TUẦN GIÁO', 'TỈNH ĐIỆN BIÊN'],
    body: 'UBND xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên',
    short: 'Quài Cang',
    level: 'commune',
    issuer: 'UBND XÃ QUÀI CANG',
  },
  {
    block: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HIM LAM', 'TP. ĐIỆN BIÊN PHỦ'],
    body: 'Ủy ban nhân dân phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    short: 'Him Lam',
    level: 'commune',
    issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG HIM LAM',
  },
  {
    block: ['UBND THỊ TRẤN TỦA CHÙA', 'HUYỆN TỦA CHÙA'],
    body: 'UBND thị trấn Tủa Chùa, huyện Tủa Chùa, tỉnh Điện Biên',
    short: 'Tủa Chùa',
    level: 'commune',
    issuer: 'UBND THỊ TRẤN TỦA CHÙA',
  },
  {
    block: ['ỦY BAN NHÂN DÂN', 'XÃ CHÀ NƯA'],
    body: 'Ủy ban nhân dân xã Chà Nưa, huyện Nậm Pồ, tỉnh Điện Biên',
    short: 'Chà Nưa',
    level: 'commune',
    issuer: 'ỦY BAN NHÂN DÂN XÃ CHÀ NƯA',
  },
  {
    block: ['UBND XÃ ẲNG NƯA', 'HUYỆN MƯỜNG ẢNG', 'TỈNH ĐIỆN BIÊN'],
    body: 'Ủy ban nhân dân xã Ẳng Nưa, huyện Mường Ảng, tỉnh Điện Biên',
    short: 'Ẳng Nưa',
    level: 'commune',
    issuer: 'UBND XÃ ẲNG NƯA',
  },
];

export const COMMUNES_AFTER: Place[] = [
  {
    block: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐIỆN BIÊN PHỦ'],
    body: 'Ủy ban nhân dân phường Điện Biên Phủ, tỉnh Điện Biên',
    short: 'Điện Biên Phủ',
    level: 'commune',
    issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ',
  },
  {
    block: ['ỦY BAN NHÂN DÂN', 'XÃ MƯỜNG PHĂNG'],
    body: 'Ủy ban nhân dân xã Mường Phăng, tỉnh Điện Biên',
    short: 'Mường Phăng',
    level: 'commune',
    issuer: 'ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG',
  },
  {
    block: ['UBND XÃ SÍN THẦU', 'TỈNH ĐIỆN BIÊN'],
    body: 'UBND xã Sín Thầu, tỉnh Điện Biên',
    short: 'Sín Thầu',
    level: 'commune',
    issuer: 'UBND XÃ SÍN THẦU',
  },
  {
    block: ['ỦY BAN NHÂN DÂN', 'XÃ TUẦN GIÁO'],
    body: 'Ủy ban nhân dân xã Tuần Giáo, tỉnh Điện Biên',
    short: 'Tuần Giáo',
    level: 'commune',
    issuer: 'ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO',
  },
];

export const DISTRICTS: Place[] = [
  {
    block: ['ỦY BAN NHÂN DÂN', 'HUYỆN TUẦN GIÁO'],
    body: 'Ủy ban nhân dân huyện Tuần Giáo, tỉnh Điện Biên',
    short: 'Tuần Giáo',
    level: 'district',
    issuer: 'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO',
  },
  {
    block: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ ĐIỆN BIÊN PHỦ'],
    body: 'Ủy ban nhân dân thành phố Điện Biên Phủ, tỉnh Điện Biên',
    short: 'Điện Biên Phủ',
    level: 'district',
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐIỆN BIÊN PHỦ',
  },
  {
    block: ['UBND HUYỆN MƯỜNG NHÉ', 'TỈNH ĐIỆN BIÊN'],
    body: 'UBND huyện Mường Nhé, tỉnh Điện Biên',
    short: 'Mường Nhé',
    level: 'district',
    issuer: 'UBND HUYỆN MƯỜNG NHÉ',
  },
  {
    block: ['ỦY BAN NHÂN DÂN', 'THỊ XÃ MƯỜNG LAY'],
    body: 'Ủy ban nhân dân thị xã Mường Lay, tỉnh Điện Biên',
    short: 'Mường Lay',
    level: 'district',
    issuer: 'ỦY BAN NHÂN DÂN THỊ XÃ MƯỜNG LAY',
  },
  {
    block: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐIỆN BIÊN ĐÔNG'],
    body: 'Ủy ban nhân dân huyện Điện Biên Đông, tỉnh Điện Biên',
    short: 'Điện Biên Đông',
    level: 'district',
    issuer: 'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN ĐÔNG',
  },
];

/** Bodies outside Điện Biên, for the level rules of centrally-run cities. */
export const ELSEWHERE = {
  hcmWard: {
    block: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG VÕ THỊ SÁU', 'QUẬN 3'],
    body: 'Ủy ban nhân dân phường Võ Thị Sáu, Quận 3, Thành phố Hồ Chí Minh',
    short: 'Quận 3',
    level: 'commune',
    issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG VÕ THỊ SÁU',
  },
  hcmDistrict: {
    block: ['ỦY BAN NHÂN DÂN', 'QUẬN 3'],
    body: 'Ủy ban nhân dân Quận 3, Thành phố Hồ Chí Minh',
    short: 'Quận 3',
    level: 'district',
    issuer: 'ỦY BAN NHÂN DÂN QUẬN 3',
  },
  hcmCity: {
    block: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'],
    body: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    short: 'Thành phố Hồ Chí Minh',
    level: 'province',
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
  },
  danangCity: {
    block: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ ĐÀ NẴNG'],
    body: 'Ủy ban nhân dân thành phố Đà Nẵng',
    short: 'Đà Nẵng',
    level: 'province',
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG',
  },
  danangWard: {
    block: ['UBND PHƯỜNG THẠCH THANG', 'QUẬN HẢI CHÂU', 'TP. ĐÀ NẴNG'],
    body: 'UBND phường Thạch Thang, quận Hải Châu, thành phố Đà Nẵng',
    short: 'Đà Nẵng',
    level: 'commune',
    issuer: 'UBND PHƯỜNG THẠCH THANG',
  },
} satisfies Record<string, Place>;

export const PROVINCE: Place = {
  block: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐIỆN BIÊN'],
  body: 'Ủy ban nhân dân tỉnh Điện Biên',
  short: 'Điện Biên',
  level: 'province',
  issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
};

/** A provincial department under the UBND tỉnh. */
export const so = (name: string): Place => ({
  block: ['UBND TỈNH ĐIỆN BIÊN', upper(name)],
  body: `${name} tỉnh Điện Biên`,
  short: 'Điện Biên',
  level: 'province',
  issuer: upper(name),
});

/** A unit of a district (Phòng …) — the district is the issuing level. */
export const phong = (district: Place, name: string): Place => ({
  block: [district.block[0] === 'ỦY BAN NHÂN DÂN' ? `UBND ${district.block[1]}` : district.block[0]!, upper(name)],
  body: `${name} ${district.body.replace(/^(Ủy ban nhân dân|UBND) /, '')}`,
  short: district.short,
  level: district.level,
  issuer: upper(name),
});
