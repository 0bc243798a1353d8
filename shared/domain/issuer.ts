/**
 * The issuing body (tên cơ quan ban hành, ND 30 header: superior body on top) and its administrative level.
 * Handles the two header columns interleaved on one OCR line, abbreviations (UBND, TP., TX., TT.) and
 * Textract-style text without diacritics. Pure.
 */
import { type DocumentText, foldedLine, inCitationZone, lineBounds, originalSlice } from './document-text.ts';
import { foldAccents } from './normalize.ts';
import { MAX_PLACE_WORDS, PLACE_KEYS, restoreDiacritics } from './restore.ts';
import type { Level } from './types.ts';

export interface Issuer {
  /** Lines as printed, upper-cased, joined with ` / ` (e.g. `UBND TỈNH ĐIỆN BIÊN / SỞ Y TẾ`). */
  issuer: string;
  level: Level | null;
  /** Folded issuer lines (for level and matching). */
  foldedLines: string[];
  /** Index of the last line of the header block that held the issuer (−1 when read from a label). */
  lastLine: number;
  /** Folded offset just after the issuer in the header (0 when read from a label or signature). */
  end: number;
  /** Read from a lời chứng's own words (`Tại UBND xã …`, `Tôi, …, Phó Chủ tịch UBND …`): the certifier. */
  certifies?: boolean;
}

const NATIONAL_MOTTO = /cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam/;
const MOTTO = /doc\s*lap\s*[-:,.]*\s*tu\s*do\s*[-:,.]*\s*hanh\s*phuc/;
/**
 * The words of the territorial tiers (folded) that name a body's unit: province, district and commune levels
 * (DOMAIN.md §1.4), by level, and their header abbreviations (`TP.`, `TX.`, `TT.`). Each regex of a tier is built from
 * these.
 */
const PROVINCE_TIERS = ['tinh'] as const;
const DISTRICT_TIERS = ['huyen', 'thanh pho', 'thi xa', 'quan'] as const;
const COMMUNE_TIERS = ['xa', 'phuong', 'thi tran'] as const;
export const TIER_WORDS = [...PROVINCE_TIERS, ...DISTRICT_TIERS, ...COMMUNE_TIERS] as const;
const TIER_ABBREVIATIONS = ['tp', 'tx', 'tt'] as const;
const TIER = TIER_WORDS.join('|');
const DISTRICT_TIER = DISTRICT_TIERS.join('|');
const COMMUNE_TIER = COMMUNE_TIERS.join('|');
const TIER_OR_ABBREVIATION = [...TIER_WORDS, ...TIER_ABBREVIATIONS].join('|');
/**
 * `ỦY BAN NHÂN DÂN` folded, and as OCR gives it with its head's `Ủ` or `Y` lost (`U BAN …`, `Ÿ BAN …`) or a
 * seal's speck read as a stop after a word (`ỦY BẠN. NHÂN DÂN …`).
 */
export const COMMITTEE = '(?:uy|u|y)[.,]? ban[.,]? nhan[.,]? dan';
/** A committee named by its head alone (`ỦY BAN NHÂN DÂN`, `UBND`), its tier on another line or nowhere. */
const BARE_COMMITTEE = new RegExp(`^(?:${COMMITTEE}|ubnd)$`);
/** A committee or council head and the rest of its name (group 3). */
const COMMITTEE_REST = new RegExp(
  `^(${COMMITTEE}|ubnd|hoi dong nhan dan|hdnd|cong an|chu tich( ubnd| ${COMMITTEE})?)\\s+(.*)$`,
);

/**
 * The national motto broken over two lines by the OCR (`UBND HUYỆN A CỘNG HÒA` / `XÃ HỘI CHỦ NGHĨA VIỆT NAM`):
 * its head ending one line, its rest opening the next. `XÃ HỘI …` is never a commune; `UBND XÃ CỘNG HÒA` is.
 */
const MOTTO_HEAD = new RegExp(`(?<!(?:^|\\s)(?:${TIER}))\\s+cong\\s*hoa\\s*$`);
const MOTTO_TAIL = /^\s*xa\s*hoi\s*chu\s*nghia(?:\s*viet\s*nam)?/;
// The number's figures never run into a word: `SỞ LAO ĐỘNG …` is a Sở, not `Số: l…`.
const NUMBER_SEGMENT = /(?:^|\s)(?:so|s0|s6)\s*[:.]?\s*[0-9oli|]{1,6}(?![a-z])\s?(\/\s?(?:[a-z0-9&.]|\s?[-/]\s?)*)?/;
const DATE_SEGMENT = /,?\s*ngay\s*[0-9oli.…]*\s*[,.]?\s*thang.*$/;

/** Heads of an agency name (folded). */
const AGENCY_HEAD = new RegExp(
  `^(${COMMITTEE}|u{1,2}[b8]n[d0o]|hoi dong nhan dan|hdnd|so(?= [a-z])(?! (do|chung thuc|vao so|phat hanh|dien thoai|ho so|dinh danh|seri|giay|quyen|nha|tien|luong|tang|hieu|may|khung|phong|lan|thua|to|ban|hop dong|tai khoan|chung minh|can cuoc|the)\\b)|phong|cong an|chi cuc|cuc|bo|van phong|ban quan ly|ban (?:dan toc|chi huy|quan ly)|chi nhanh|trung tam|thanh tra|benh vien|truong|tong cuc|${TIER_OR_ABBREVIATION})\\b`,
);
const LONE_TIER = new RegExp(`^(?:${TIER_OR_ABBREVIATION})$`);
const CONTINUATION = new RegExp(`^(${TIER_OR_ABBREVIATION}|dien bien|[a-z]+ [a-z]+$)`);
/**
 * The tier line under a bare `ỦY BAN NHÂN DÂN`, read through OCR damage (`TlNH ĐIỆN BIÊN`, `HU YỆN MƯỜNG ẢNG`,
 * `X. NÀ TẤU`), on simplified text.
 */
const TIER_UNDER_COMMITTEE = new RegExp(`^(${TIER_OR_ABBREVIATION}|x|h|p) [a-z]`);
/** Lines that end the header: the title or the body. */
const HEADER_END =
  /^(giay|quyet dinh|trich luc|chung chi|chung nhan|ke hoach|bao cao|thong bao|to trinh|giay moi|v\/v|ve viec|kinh gui|can cu|lich|thuc don|hop dong|to khai|don |bien ban|danh sach|chuong trinh|huong dan|loi chung|chung thuc|driver)/;

/**
 * Sections of a certificate's body (`4. Sơ đồ thửa đất`, `6. Những thay đổi sau khi cấp …`, `Địa chỉ thửa đất: …, tỉnh
 * …`, `Nơi thường trú: …`) and a civil-status form's fields (`Họ, chữ đệm, tên:`, `Nơi sinh:`: the hospital on the
 * next line is where the child was born): an inner page's first lines. They end the header; an agency named in or after them is a
 * bank, a branch that recorded a change or an address, never the issuer.
 */
const BODY_SECTION =
  /^(?:[0-9ivx]{1,3}\s*[.)]\s*|[a-z]\)\s*)?(so do thua dat|so do|nhung thay doi|thua dat|nguoi su dung dat|nguoi duoc cap|dia chi|noi thuong tru|noi cu tru|thuong tru|ghi chu|dien tich|muc dich su dung|thoi han su dung|nguon goc su dung|ho,? chu dem,? (?:va )?ten|ho va ten|ngay,? thang,? nam sinh|noi sinh|gioi tinh)\b/;
/** Not an agency's name: a measurement or a run of figures (`[Sơ đồ] 1 2 3 4 — 12,45 m; …`). */
const NOT_NAME = /²|[0-9][.,][0-9]|(?:[0-9]+[^0-9]+){2}[0-9]/;

/** A title word after the issuer on the same OCR line. */
const TITLE_INSIDE = /\s(giay [a-z]|quyet dinh|trich luc|chung chi|chung thuc|loi chung|driver)/;
/** A bare agency name on its own line (a stamp or a signature block without TM.). */
const BARE_AGENCY = new RegExp(
  `^(ubnd|${COMMITTEE}|so [a-z]+|cong an|phong tu phap|chi cuc|van phong dang ky dat dai|chi nhanh van phong dang ky dat dai)( [a-z.&-]+){0,12}$`,
);
/**
 * A bare line that holds a body's name and nothing else: a head, then tiers each with a short name
 * (`UBND XÃ A`, `CÔNG AN XÃ A HUYỆN B`, `PHÒNG TƯ PHÁP HUYỆN A`), a department (`SỞ Y TẾ`), a land registration
 * office or branch, a Chi cục. `UBND xã A có trách nhiệm thi hành …` is a sentence, not a stamp.
 */
const TIERED = `(?: (?:${TIER_OR_ABBREVIATION}|x|h|p)\\.?(?: [a-z]+){0,4}){1,3}`;
const BODY_NAME_ONLY = new RegExp(
  `^(?:(?:ubnd|${COMMITTEE}|cong an)${TIERED}|phong tu phap(?:${TIERED})?|so [a-z]+(?: [a-z&-]+){0,8}|(?:chi nhanh )?van phong dang ky dat dai(?: khu vuc(?: [a-z]+){1,4}|${TIERED})?|chi cuc(?: [a-z&-]+){1,10})$`,
);
/** An agency read on the block's date line, before the signer's title (folded; group 1 is the agency). */
const BARE_AFTER_DATE = new RegExp(
  `(?:19|20)[0-9]{2}\\s*[,.]?\\s+((?:ubnd|${COMMITTEE}|phong tu phap|so|cong an|van phong dang ky dat dai|chi nhanh van phong dang ky dat dai) [a-z .&-]+?)(?:\\s+(?:(?:kt|tm|t\\/m|q)\\.|pho chu tich|chu tich|pho truong phong|truong phong|pho giam doc|giam doc|nguoi thuc hien chung thuc|nguoi ky)(?:\\s.*)?)?$`,
);
/**
 * The Sở a bare line may name (the departments of a province, before and after the 2025 mergers): `Sở hữu chung`,
 * `Số lượng`, `Sổ địa chính` open body lines of their own.
 */
const SO_NAME =
  /^so (tai nguyen|nong nghiep|y te|xay dung|giao thong|cong thuong|ke hoach|tai chinh|tu phap|noi vu|giao duc|van hoa|du lich|lao dong|thong tin|khoa hoc|dan toc|ngoai vu)\b/;

/**
 * Labels that name the issuer on sector forms without an ND 30 header. A birth certificate's `Nơi đăng ký khai
 * sinh:` (TT 04/2020/TT-BTP) is recognised by its other words when a photo's OCR misread `Nơi` (`Net đẳng ký khai
 * xinh.`) or its colon as a semicolon (`Nơi đăng Ký;`); the value must still name a body.
 */
const ISSUER_LABEL =
  /(noi dang ky|(?<![a-z])n[a-z]{1,2} dang ky(?= khai [sx]inh\b)|co quan dang ky|co quan cap|noi cap|don vi cap|co quan cap phep|issued by|place of issue)(?: [a-z ]{1,20})?\s*[:.;]\s*(.*)$/;
/**
 * The start of a committee's name cut by a line wrap (`Nơi đăng ký khai sinh: Ủy ban` / `nhân dân phường …`,
 * as Textract breaks a long label line), or nothing at all (the value on the next line).
 */
const WRAPPED_HEAD = /^(?:(?:u|uy)(?: ban(?: nhan)?)?|hoi(?: dong(?: nhan)?)?)?$/;
/** An issuer label cut before its colon at the end of a line, and the rest of it opening the next. */
const LABEL_CUT = /(?:^|\s)(noi dang ky|co quan dang ky|co quan cap|noi cap|don vi cap)(?: [a-z]+){0,2}\s*$/;
const LABEL_REST = /^(\s*[a-z]+(?: [a-z]+){0,2})\s*[:.]\s*(.*)$/;
const CERTIFIED_AT = new RegExp(`^\\s*(tai)\\s+((?:${COMMITTEE}|ubnd|phong tu phap) .+)$`);
/**
 * The other words of a lời chứng (NĐ 23/2015, TT 01/2020/TT-BTP forms) that name the certifier when OCR joined or
 * lost lines: `Ngày 02/6/2026 tại Ủy ban nhân dân xã A` (the date and `Tại …` on one line), `Tôi, Lò Văn B, Phó
 * Chủ tịch UBND phường C` (the certifier's own title), `Ủy ban nhân dân xã D chứng thực …`.
 */
const CERTIFIER_WORDS = [
  new RegExp(`^\\s*(?:[a-z]+\\s*,?\\s*)?ngay\\b.*?[\\s,](tai)\\s+((?:${COMMITTEE}|ubnd|phong tu phap) .+)$`),
  new RegExp(
    `^\\s*(toi)\\s*,?\\s+[a-z ]{2,40}?\\s*,\\s*(?:la\\s+)?(?:pho\\s+)?(?:chu tich|truong)\\s+((?:${COMMITTEE}|ubnd|phong tu phap) .+)$`,
  ),
  new RegExp(`^\\s*()((?:${COMMITTEE}|ubnd|phong tu phap) [a-z ,.]+?\\s+chung thuc\\b.*)$`),
];
/** A residence, not a registering body (`Nơi đăng ký thường trú: xã …`, `Nơi đăng ký hộ khẩu thường trú`). */
const RESIDENCE = /\b(thuong tru|tam tru|cu tru|ho khau)\b/;
/** An issuer label alone on its line, its value on the next (Textract reads a form's two columns apart). */
const LABEL_ALONE =
  /^\s*(noi dang ky(?: [a-z]+){0,2}|co quan dang ky|co quan cap(?: [a-z]+){0,4}|don vi cap)\s*[:.]?\s*$/;
/** An issuer label whose colon OCR dropped, the committee's name right after it. */
const LABEL_NO_COLON = new RegExp(
  `^\\s*(noi dang ky(?: [a-z]+){0,2}?|co quan dang ky|co quan cap)\\s+((?:${COMMITTEE}|ubnd|phong tu phap|so|cong an) [a-z].*)$`,
);
/** Words of running text: a segment holding them is a sentence, not an agency name. */
const NOT_AGENCY = /\b(cap|hinh|ket qua|thuc hien|cua|ve viec|duoc|thong bao|de nghi|trong|nguoi)\b/;
const SIGNATURE = new RegExp(
  `^(tm\\.?|t\\/m|kt\\.?|tl\\.?|q\\.)\\s*(${COMMITTEE}|ubnd|so|cong an|chu tich|giam doc).*`,
);
/** A signer's title naming the body (`GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI`, `CHỦ TỊCH UBND XÃ A`, `TRƯỞNG CÔNG AN XÃ B`). */
const SIGNER_OF = new RegExp(
  `^(?:pho )?(giam doc|chu tich|truong phong|truong|cuc truong|chi cuc truong)\\s+((?:so|ubnd|${COMMITTEE}|cong an|phong|chi cuc|cuc) [a-z .&-]{2,80})$`,
);

/** `seg` without specks and runs of spaces; `printed`: as the issuer is shown (apostrophes kept). */
function cleanSegment(seg: string, printed = false): string {
  return (
    seg
      .replace(/[_=*~•·]+/g, ' ')
      // A round seal read across the line (`TM. ỦY BAN NHÂN DÂN ★ UBND HUYỆN A ★ HUYỆN A`, its star at both
      // ends): the line without it; a seal's own line (`★ UBND XÃ A ★`) is kept.
      .replace(/(?<=\S)\s*★[^★\n]{1,60}★\s*(?=\S)/gu, ' ')
      // The apostrophe of a Central Highlands name (`CƯ M'GAR`, `EA H’LEO`, `M’ĐRẮK`) parts two syllables.
      .replace(printed ? /(?!)/ : /(?<=\p{L})['’ʼ](?=\p{L})/gu, ' ')
      // OCR specks at either end (`„ SỞ Y TẾ`, `UBND TỈNH ĐIỆN BIÊN °`).
      .replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})]+$/gu, '')
      .replace(/\s+/g, ' ')
  );
}

/**
 * Splits one folded header line into [start, end) ranges of candidate issuer text: everything except the
 * national motto, the tiêu ngữ, the number and the place-date (the two ND 30 columns are often read as one
 * line, in either order).
 */
function issuerRanges(line: string): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  for (const re of [NATIONAL_MOTTO, MOTTO, NUMBER_SEGMENT, MOTTO_HEAD, MOTTO_TAIL]) {
    const m = re.exec(line);
    if (m) cuts.push([m.index, m.index + m[0].length]);
  }
  const date = DATE_SEGMENT.exec(line);
  if (date) {
    // Before `, ngày` the right column printed the place (`SỞ Y TẾ Điện Biên, ngày …`): drop it too.
    const head = line.slice(0, date.index);
    const segStart = Math.max(0, ...cuts.filter(([, e]) => e <= date.index).map(([, e]) => e));
    cuts.push([segStart + withoutPlaceTail(head.slice(segStart)), line.length]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const [s, e] of cuts) {
    if (s > from) ranges.push([from, s]);
    from = Math.max(from, e);
  }
  if (from < line.length) ranges.push([from, line.length]);
  return ranges;
}

/** A place line of a district or a commune (`Thành phố Hồ Chí Minh`, `Quận 3`). */
const PLACE_LINE = new RegExp(`^\\s*(${DISTRICT_TIER}|${COMMUNE_TIER}|tp)\\b[a-z0-9 .]{0,30}$`);

/** Length of `seg` without a trailing place name (a known one, or the last words repeated). */
function withoutPlaceTail(seg: string): number {
  // `Thành phố Hồ Chí Minh, ngày …`, `Quận 3, ngày …`: a place line of its own, nothing of the issuer.
  if (PLACE_LINE.test(seg)) return 0;
  const words = seg.trimEnd().split(' ');
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const head = words.slice(0, -n).join(' ');
    if (PLACE_KEYS.has(tail) || head.endsWith(` ${tail}`)) return head.length;
  }
  return seg.length;
}

/** Centrally-run cities (thành phố trực thuộc trung ương): province level. Huế since 01/01/2025. */
const CENTRAL_CITY = /^(thanh pho|tp) (ho chi minh|hcm|ha noi|da nang|hai phong|can tho|hue)\b/;
/** A header line naming only a territory (`HUYỆN ĐIỆN BIÊN`, `TỈNH ĐIỆN BIÊN`), no agency before it. */
const TERRITORY_LINE = new RegExp(`^(${TIER_OR_ABBREVIATION})\\b`);
const RANK: Record<Level, number> = { commune: 1, district: 2, province: 3 };

function simplify(folded: string): string {
  return (
    folded
      .replace(/[^a-z0-9| ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // OCR look-alikes of the tier words: `TlNH`, `T1NH` → tinh.
      .replace(/\bt ?[il1|!] ?nh\b/g, 'tinh')
      // `HU YỆN`, `HIUYỆN`, `HUY3N`, `MUYỆN`: the district word split or misread (no Vietnamese word is `muyen`).
      .replace(/\b[hm](?:u|iu|ui|u ) ?y ?[e3]n\b/g, 'huyen')
      // `THÀNH PHỔỐ`: the tone mark of `PHỐ` read as a second vowel.
      .replace(/\bthanh pho{2,3}\b/g, 'thanh pho')
      // `UBNO`, `U8ND`, `UBN0`, `UUBND`: the committee's abbreviation misread.
      .replace(/\bu{1,2}[b8]n[d0o]\b/g, 'ubnd')
  );
}

/** The tier a committee's rest opens with (`tỉnh …`, `huyện …`/`TP. …`/`H. …`, `xã …`/`TT. …`/`X. …`). */
const PROVINCE_TIER_HEAD = new RegExp(`^(${PROVINCE_TIERS.join('|')})\\b`);
const DISTRICT_TIER_HEAD = new RegExp(`^(${DISTRICT_TIER}|tp|tx|h)\\b`);
const COMMUNE_TIER_HEAD = new RegExp(`^(${COMMUNE_TIER}|tt|p|x)\\b`);
/** A commune tier named inside a body's name (a thị xã's is a district's). */
const COMMUNE_INSIDE = new RegExp(` (?<!thi )(${COMMUNE_TIER}) [a-z]`);
/** Province-level bodies named without a tier. */
const PROVINCE_BODY = new RegExp(
  `^(so|chi cuc|thanh tra tinh|ban quan ly|van phong ubnd tinh|van phong ${COMMITTEE} tinh|cuc)\\b`,
);

function levelOfLine(folded: string, inherited: Level | null): Level | null {
  const s = simplify(folded);
  const local = COMMITTEE_REST.exec(s);
  const rest = local ? (local[3] ?? '') : s;
  if (CENTRAL_CITY.test(rest)) return 'province';
  if (PROVINCE_TIER_HEAD.test(rest)) return 'province';
  if (DISTRICT_TIER_HEAD.test(rest)) return 'district';
  if (COMMUNE_TIER_HEAD.test(rest)) return 'commune';
  if (local) return inherited;
  if (PROVINCE_BODY.test(s)) return 'province';
  if (/^phong dang ky kinh doanh\b/.test(s)) return 'province';
  // A Phòng Tư pháp with no parent line is a district's (communes have none, before or after 2025).
  if (inherited === null && /^phong tu phap\b/.test(s)) return 'district';
  // A land registration branch named by its area (`KHU VỰC TUẦN GIÁO`, since the 2025 reform) is the Sở's office's.
  if (/^chi nhanh van phong dang ky dat dai khu vuc\b/.test(s)) return 'province';
  // "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN A", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH": the tier named inside.
  // A body of a quận (`PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN NAM TỪ LIÊM`, `QUẬN 3`) is a district's, never a `ban quản lý`'s
  // words; a thị xã's is a district's, never read as a xã's.
  if (inherited === null || /^(chi nhanh|trung tam|ban)\b/.test(s)) {
    if (COMMUNE_INSIDE.test(s)) return 'commune';
    if (/ (thanh pho|tp) (ho chi minh|hcm|ha noi|da nang|hai phong|can tho|hue)\b/.test(s)) return 'province';
    if (/ (huyen|thi xa|thanh pho) [a-z]/.test(s) || / quan (?!ly\b|doi\b|su\b|he\b)[a-z0-9]/.test(s))
      return 'district';
    if (/ tinh( |$)/.test(s)) return 'province';
  }
  // The land registration office without a tier is the province's (a unit of its Sở); a branch named by its huyện
  // is that district's (above).
  if (/^van phong dang ky (dat dai|quyen su dung dat)\b/.test(s)) return 'province';
  return inherited;
}

/**
 * Level of the issuing body: the most specific (lowest) header line that names a body. A line naming only a
 * territory above it (`UBND XÃ A / HUYỆN B / TỈNH C`, `PHƯỜNG A / TP. ĐIỆN BIÊN PHỦ`) is where that body
 * sits, not a lower body: it never raises the level.
 */
export function levelOfIssuer(foldedLines: readonly string[]): Level | null {
  let level: Level | null = null;
  for (const line of foldedLines) {
    const next = levelOfLine(line, level);
    if (level !== null && next !== null && TERRITORY_LINE.test(simplify(line)) && RANK[next] > RANK[level]) continue;
    level = next;
  }
  return level;
}

/** The committee's head with a seal's speck read as a stop (`ỦY BẠN. NHÂN DÂN`): printed as the committee's. */
const HEAD_WITH_SPECK = /^(\S+?[.,]?\s+\S+?[.,]?\s+\S+?[.,]?\s+D[ÂA]N)(?=\s|$)/u;
function withoutHeadSpecks(name: string): string {
  const m = HEAD_WITH_SPECK.exec(name);
  if (!m?.[1] || !/[.,]/.test(m[1])) return name;
  const head = foldAccents(m[1]).toLowerCase();
  return new RegExp(`^${COMMITTEE}$`).test(head) ? `ỦY BAN NHÂN DÂN${name.slice(m[1].length)}` : name;
}

function present(doc: DocumentText, parts: Array<{ ranges: Array<[number, number]> }>): string {
  return parts
    .map(({ ranges }) => {
      const printed = cleanSegment(
        ranges.map(([s, e]) => cleanSegment(originalSlice(doc, s, e), true)).join(' '),
        true,
      );
      const restored = doc.accented ? printed : restoreDiacritics(printed);
      return withoutHeadSpecks(restored.toUpperCase().normalize('NFC'));
    })
    .join(' / ');
}

/** Where a signer's title ends a signature segment read on one line (`TM. UBND XÃ A CHỦ TỊCH`). */
const SIGNER_TITLE_TAIL = /\s+(?:kt\.?|q\.|pho chu tich|chu tich|pho giam doc|giam doc)(?:\s.*)?$/;

/**
 * The body a signature line names (`TM. ỦY BAN NHÂN DÂN XÃ A`), also when Textract read it in the middle of a
 * line, after the place–date column (`A, ngày 08 tháng 10 năm 2026   TM. ỦY BAN NHÂN DÂN XÃ A   CHỦ TỊCH`).
 * The folded body and its offset in `raw`; null when the line holds no signature.
 */
function signatureBody(raw: string): { body: string; at: number } | null {
  // Folded text keeps no column gaps: a mid-line block starts at `TM.`/`KT.` with its dot.
  const starts = [0];
  for (const m of raw.matchAll(/[\s,]\s*(?=(?:tm|kt|t\/m)\.\s*[a-z])/g)) starts.push(m.index + m[0].length);
  for (const start of starts) {
    const segment = raw.slice(start);
    const m = SIGNATURE.exec(cleanSegment(segment));
    if (!m) continue;
    const head = m[2] ?? '';
    const at = start + segment.indexOf(head);
    if (at < start) continue;
    let body = segment.slice(at - start).trimEnd();
    // The signer's title read on the same line as the body.
    if (!/^(chu tich|giam doc)/.test(body)) body = body.replace(SIGNER_TITLE_TAIL, '');
    return { body, at };
  }
  return null;
}

/** A body's head inside a header segment, where Textract read two header lines as one. */
const INNER_HEAD = new RegExp(
  ` (?=(?:${COMMITTEE}|ubnd|cong an|so|phong|chi cuc|chi nhanh|van phong|trung tam|ban quan ly) [a-z])`,
  'g',
);
/**
 * A piece that names a whole body: its head, then a tier and a name (`CÔNG AN TỈNH ĐIỆN BIÊN`), or a Sở. The
 * name may be a number: the districts and wards of Hồ Chí Minh City were numbered (`ỦY BAN NHÂN DÂN QUẬN 10`
 * above `ỦY BAN NHÂN DÂN PHƯỜNG 14`, NĐ 30/2020 Phụ lục I: the superior body's name over the issuing body's).
 */
const WHOLE_BODY = new RegExp(
  `^((${COMMITTEE}|ubnd|cong an|hoi dong nhan dan|hdnd) (${TIER_OR_ABBREVIATION})\\.? [a-z0-9]+|so [a-z]+ [a-z]+)`,
);

/**
 * `CÔNG AN TỈNH ĐIỆN BIÊN CÔNG AN XÃ MƯỜNG PHĂNG`, `UBND TỈNH ĐIỆN BIÊN SỞ Y TẾ`: the superior body and the
 * issuing body read as one line. Split where a second body's head follows a whole body's name, so each is its
 * own header line (the lower one decides the level). [offset in `seg`, piece] pairs; `seg` alone when whole.
 */
function splitBodies(seg: string): Array<[number, string]> {
  const pieces: Array<[number, string]> = [];
  let from = 0;
  for (const m of seg.matchAll(INNER_HEAD)) {
    const at = m.index + 1;
    const head = seg.slice(from, m.index);
    const rest = seg.slice(at);
    // `CHI NHÁNH VĂN PHÒNG …`, `VĂN PHÒNG ĐĂNG KÝ …`: one name, not two bodies.
    if (/(?:^|\s)(chi nhanh|van)$/.test(head) || !WHOLE_BODY.test(head) || !AGENCY_HEAD.test(rest)) continue;
    pieces.push([from, head]);
    from = at;
  }
  pieces.push([from, seg.slice(from)]);
  return pieces;
}

/** Reads the issuer from the ND 30 header, a sector-form label (`Nơi đăng ký:`) or the signature block. */
/** Below this OCR confidence a header line is not read for the issuer (the key-line gate's threshold). */
const ISSUER_LINE_MIN_CONFIDENCE = 0.3;

export function extractIssuer(doc: DocumentText): Issuer | null {
  const parts: Array<{ ranges: Array<[number, number]>; folded: string }> = [];
  let lastLine = -1;
  let end = 0;
  // The header is within the first 12 lines the OCR read with some confidence: a photo's margin (a table's edge,
  // a keyboard) read as a run of junk lines does not push it out.
  let counted = 0;
  for (let i = 0; i < doc.lineStarts.length && counted < 12; i++) {
    // A line the OCR all but failed on (a shadow's edge read as `SỔ Á` at 0.17) names no issuer.
    if (doc.lineConfidence && (doc.lineConfidence[i] ?? 1) < ISSUER_LINE_MIN_CONFIDENCE) continue;
    counted++;
    const line = foldedLine(doc, i);
    const [lineStart] = lineBounds(doc, i);
    let stop = false;
    for (const [s, e0] of issuerRanges(line)) {
      // The title read on the same line as the issuer (`UBND XÃ A GIẤY KHAI SINH`) ends the issuer.
      const title = TITLE_INSIDE.exec(line.slice(s, e0));
      const e = title && title.index > 0 ? s + title.index : e0;
      if (title && title.index > 0) stop = true;
      const whole = cleanSegment(line.slice(s, e));
      if (whole === '') continue;
      // An inner page's body (`4. Sơ đồ thửa đất`, `Địa chỉ: …`) or a figure label is past any header.
      if (BODY_SECTION.test(whole)) {
        stop = true;
        break;
      }
      if (NOT_NAME.test(whole)) continue;
      const wholeStart = lineStart + s + line.slice(s, e).indexOf(whole.charAt(0));
      for (const [offset, seg] of splitBodies(whole)) {
        const segStart = wholeStart + offset;
        const part = { ranges: [[segStart, segStart + seg.length]] as Array<[number, number]>, folded: seg };
        const previous = parts[parts.length - 1];
        // The tier word as OCR misread it (`MUYỆN`, `TlNH`) still names the tier.
        const simple = simplify(seg);
        // A tier word alone names no body (a speck read `xA` under `SỞ GIAO THÔNG VẬN TẢI`), unless it is the
        // tier of a bare `ỦY BAN NHÂN DÂN` above it (`THÀNH PHỐ`, its name on the next line or nowhere).
        if (LONE_TIER.test(simple) && !(previous && BARE_COMMITTEE.test(previous.folded))) continue;
        if (
          (AGENCY_HEAD.test(seg) || TERRITORY_LINE.test(simple)) &&
          !NOT_AGENCY.test(seg) &&
          !(HEADER_END.test(seg) && !/^(so|phong|ban|trung tam)\b/.test(seg))
        ) {
          // "ỦY BAN NHÂN DÂN" alone, its tier on the next line: one line of the issuer, not two.
          if (
            previous &&
            BARE_COMMITTEE.test(previous.folded) &&
            (CONTINUATION.test(seg) || TIER_UNDER_COMMITTEE.test(simple))
          ) {
            previous.ranges.push(...part.ranges);
            previous.folded = `${previous.folded} ${seg}`;
          } else parts.push(part);
          lastLine = i;
          end = segStart + seg.length;
        } else if (
          previous &&
          lastLine >= i - 1 &&
          (CONTINUATION.test(seg) ||
            (BARE_COMMITTEE.test(simplify(previous.folded)) && TIER_UNDER_COMMITTEE.test(simplify(seg)))) &&
          !HEADER_END.test(seg) &&
          !NOT_AGENCY.test(seg) &&
          !/^tinh (hinh|trang)\b/.test(seg) &&
          seg.split(' ').length <= 4
        ) {
          previous.ranges.push(...part.ranges);
          previous.folded = `${previous.folded} ${seg}`;
          lastLine = i;
          end = segStart + seg.length;
        } else if (HEADER_END.test(seg)) stop = true;
      }
    }
    if (stop || parts.length >= 3) break;
  }
  if (parts.length > 0) {
    const foldedLines = parts.map((p) => p.folded);
    return { issuer: present(doc, parts), level: levelOfIssuer(foldedLines), foldedLines, lastLine, end };
  }

  const text = doc.folded;
  const lorChung = /chung thuc/.test(text);
  for (let i = 0; i < doc.lineStarts.length; i++) {
    // The certifier's words on a lời chứng: `Tại Ủy ban nhân dân xã A, huyện B, tỉnh C`.
    let at = i;
    let cut = '';
    let line = foldedLine(doc, i);
    let m = ISSUER_LABEL.exec(line) ?? LABEL_NO_COLON.exec(line);
    const labelled = m !== null;
    m ??= CERTIFIED_AT.exec(line);
    // A lời chứng's words only on a paper that holds a certification (`… tại UBND xã …` in a decision's body
    // is a meeting place).
    if (lorChung) for (const re of CERTIFIER_WORDS) m ??= re.exec(line);
    const certifies = !labelled && m !== null;
    // The label itself wrapped before its colon (`Nơi đăng ký khai` / `sinh: Ủy ban nhân dân …`).
    if (!m && LABEL_CUT.test(line) && i + 1 < doc.lineStarts.length) {
      const next = foldedLine(doc, i + 1);
      const rest = LABEL_REST.exec(next);
      if (rest) {
        at = i + 1;
        cut = foldedLine(doc, i);
        line = next;
        m = rest;
      }
    }
    // `Nơi đăng ký` alone, the committee's name on the next line.
    if (!m && LABEL_ALONE.test(line) && !RESIDENCE.test(line) && i + 1 < doc.lineStarts.length) {
      const [lineStart] = lineBounds(doc, i);
      const wrapped = inCitationZone(doc, lineStart) ? null : wrappedIssuer(doc, i, '', 0);
      if (wrapped) return wrapped;
    }
    if (!m) continue;
    const value = m[2] ?? '';
    const [lineStart] = lineBounds(doc, at);
    // The declarant's ID line (`Giấy tờ tùy thân: CCCD số …, nơi cấp: Cục Cảnh sát …`) names the ID's issuer.
    if (inCitationZone(doc, lineStart)) continue;
    const start = lineStart + line.length - value.length;
    const label = `${cut} ${line.slice(0, line.length - value.length)}`;
    if (RESIDENCE.test(label)) continue;
    const seg = cleanSegment(value.split(/\s{2,}|;/)[0] ?? '');
    // A bare territory (`Nơi cấp: tỉnh Điện Biên`) names a body only after a registration label, whose
    // registering body is that commune's committee (`Nơi đăng ký: xã A`).
    if (TERRITORY_LINE.test(simplify(seg)) && !/(noi|co quan) dang ky/.test(label)) continue;
    if (!AGENCY_HEAD.test(seg)) {
      const wrapped = WRAPPED_HEAD.test(seg) ? wrappedIssuer(doc, at, seg, start + value.indexOf(seg.charAt(0))) : null;
      if (wrapped) return wrapped;
      continue;
    }
    const segStart = start + value.indexOf(seg.charAt(0));
    // "Ủy ban nhân dân xã A, huyện B, tỉnh Điện Biên": the body is the first comma group.
    // `Ủy ban nhân dân xã A chứng thực …`: the verb ends the name.
    // `… phường A Ngày, tháng, năm đăng ký: …`: the next label Textract read on the same line ends it too.
    const body = (seg.split(',')[0] ?? seg).replace(/\s+(chung thuc|ngay)\b.*$/, '');
    const part = { ranges: [[segStart, segStart + body.length]] as Array<[number, number]> };
    const read = {
      issuer: present(doc, [part]),
      level: levelOfIssuer([body]),
      foldedLines: [body],
      lastLine: -1,
      end: 0,
    };
    return certifies ? { ...read, certifies } : read;
  }
  for (let i = 0; i < doc.lineStarts.length; i++) {
    const [lineStart] = lineBounds(doc, i);
    if (inCitationZone(doc, lineStart)) continue;
    const raw = foldedLine(doc, i);
    const found = signatureBody(raw);
    if (!found || /^(chu tich|giam doc)/.test(found.body)) continue;
    const range: [number, number] = [lineStart + found.at, lineStart + found.at + found.body.length];
    const part = { ranges: [range] };
    let folded = text.slice(range[0], range[1]);
    // `TM. ỦY BAN NHÂN DÂN` / `XÃ NÀ TẤU`: the tier and name on the line under it.
    if (levelOfIssuer([folded]) === null && i + 1 < doc.lineStarts.length) {
      const nextRaw = foldedLine(doc, i + 1);
      const next = cleanSegment(nextRaw);
      if (
        TIER_UNDER_COMMITTEE.test(simplify(next)) &&
        next.split(' ').length <= 6 &&
        !/^tinh (hinh|trang)\b/.test(next)
      ) {
        const [nextStart] = lineBounds(doc, i + 1);
        const at = nextStart + nextRaw.indexOf(next.charAt(0));
        part.ranges.push([at, at + next.length]);
        folded = `${folded} ${next}`;
      }
    }
    // `TM. UỶ BAN NHÂN DÂN THÀNH PHỐ` with no name: an old form prints the body whole under its title
    // (`UỶ BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG`, NĐ 60/1994's house certificate); that line names it.
    const whole = BARE_TIER_END.test(folded) ? namedBodyLine(doc, folded) : null;
    if (whole) {
      part.ranges = [whole.range];
      folded = whole.folded;
    }
    return {
      issuer: present(doc, [part]),
      level: levelOfIssuer([folded]),
      foldedLines: [folded],
      lastLine: -1,
      end: 0,
    };
  }
  for (let i = 0; i < doc.lineStarts.length; i++) {
    const line = cleanSegment(foldedLine(doc, i));
    const m = SIGNER_OF.exec(line);
    if (!m || levelOfIssuer([m[2] ?? '']) === null) continue;
    const [lineStart] = lineBounds(doc, i);
    if (inCitationZone(doc, lineStart)) continue;
    const raw = foldedLine(doc, i);
    const at = raw.lastIndexOf(m[2] ?? '');
    const range: [number, number] = [lineStart + at, lineStart + at + (m[2] ?? '').length];
    const folded = text.slice(range[0], range[1]);
    return {
      issuer: present(doc, [{ ranges: [range] }]),
      level: levelOfIssuer([folded]),
      foldedLines: [folded],
      lastLine: -1,
      end: 0,
    };
  }
  for (let i = doc.lineStarts.length - 1; i >= 0; i--) {
    const [lineStart] = lineBounds(doc, i);
    // `- Sở Y tế;` in `Nơi nhận`, the office that recorded a later change: not the issuer.
    if (inCitationZone(doc, lineStart)) continue;
    const raw = foldedLine(doc, i);
    // The whole line, else the agency Textract read between the date and the signer's title of the block
    // (`Ngày 07 tháng 11 năm 2022   UBND PHƯỜNG A   PHÓ CHỦ TỊCH`).
    const between = BARE_AFTER_DATE.exec(raw);
    for (const column of between ? [raw, between[1] ?? ''] : [raw]) {
      const at = column === raw ? 0 : raw.lastIndexOf(column);
      const line = cleanSegment(column);
      if (!BARE_AGENCY.test(line) || !AGENCY_HEAD.test(line) || NOT_AGENCY.test(line)) continue;
      if (!BODY_NAME_ONLY.test(simplify(line))) continue;
      if (/^so /.test(line) && !SO_NAME.test(line)) continue;
      if (levelOfIssuer([line]) === null) continue;
      const start = at + column.indexOf(line.charAt(0));
      const range: [number, number] = [lineStart + start, lineStart + start + line.length];
      return {
        issuer: present(doc, [{ ranges: [range] }]),
        level: levelOfIssuer([line]),
        foldedLines: [line],
        lastLine: -1,
        end: 0,
      };
    }
  }
  return signatureTail(doc);
}

/** A body named by its tier word alone, no name after it (`ủy ban nhân dân thành phố`). */
const BARE_TIER_END = new RegExp(`(${COMMITTEE}|ubnd) (${TIER})$`);

/**
 * Whether the issuer's last (lowest) body is a committee named by a province's or district's tier word alone
 * (`ỦY BAN NHÂN DÂN` / `HUYỆN`, the name lost: a photo's three-line header `… / XÃ A / HUYỆN B` whose commune line the OCR failed on
 * reads as a district's): its level is a guess.
 */
export function namelessTier(issuer: Issuer): boolean {
  const last = issuer.foldedLines[issuer.foldedLines.length - 1];
  const m = last === undefined ? null : BARE_TIER_END.exec(simplify(last));
  // A commune's tier is the lowest: no line under it could have been lost.
  return m !== null && !new RegExp(`^(?:${COMMUNE_TIER})$`).test(m[2] ?? '');
}

/**
 * The one line outside citations that reads `body` (folded) followed by a name of at most five words
 * (`ủy ban nhân dân thành phố hải phòng` for `ủy ban nhân dân thành phố`); null when none or several differ.
 */
function namedBodyLine(doc: DocumentText, body: string): { range: [number, number]; folded: string } | null {
  let found: { range: [number, number]; folded: string } | null = null;
  for (let i = 0; i < doc.lineStarts.length; i++) {
    const [lineStart] = lineBounds(doc, i);
    if (inCitationZone(doc, lineStart)) continue;
    const raw = foldedLine(doc, i);
    const line = cleanSegment(raw);
    if (!line.startsWith(`${body} `)) continue;
    const name =
      line
        .slice(body.length + 1)
        .split(',')[0]
        ?.trim() ?? '';
    if (name === '' || name.split(' ').length > 5 || NOT_NAME.test(name) || HEADER_END.test(name)) continue;
    const folded = `${body} ${name}`;
    if (found && found.folded !== folded) return null;
    const at = lineStart + raw.indexOf(line.charAt(0));
    found ??= { range: [at, at + folded.length], folded };
  }
  return found;
}

/**
 * An issuer label's value continued on the next line (`Nơi đăng ký khai sinh: Ủy ban` / `nhân dân phường Điện
 * Biên Phủ, tỉnh Điện Biên`): `seg` (the start of a committee's name at folded offset `segStart`, or empty)
 * joined with line `i + 1`, when together they name an agency. The body is the first comma group.
 */
function wrappedIssuer(doc: DocumentText, i: number, seg: string, segStart: number): Issuer | null {
  if (i + 1 >= doc.lineStarts.length) return null;
  const raw = foldedLine(doc, i + 1);
  const next = cleanSegment(raw.split(/\s{2,}|;/)[0] ?? '');
  if (next === '' || /^[a-z ,]{1,40}:/.test(next)) return null;
  const joined = seg === '' ? next : `${seg} ${next}`;
  if (!AGENCY_HEAD.test(joined) || NOT_AGENCY.test(joined)) return null;
  const [nextLine] = lineBounds(doc, i + 1);
  const nextStart = nextLine + raw.indexOf(next.charAt(0));
  const nextBody = next.split(',')[0] ?? next;
  const ranges: Array<[number, number]> = [[nextStart, nextStart + nextBody.length]];
  if (seg !== '') ranges.unshift([segStart, segStart + seg.length]);
  const body = seg === '' ? nextBody : `${seg} ${nextBody}`;
  return {
    issuer: present(doc, [{ ranges }]),
    level: levelOfIssuer([body]),
    foldedLines: [body],
    lastLine: -1,
    end: 0,
  };
}

/** `… DÂN HUYỆN TUẦN GIÁO`: the end of `ỦY BAN NHÂN DÂN <tier> <name>` with its head misread (folded, simplified). */
const PEOPLE_TAIL = new RegExp(`(?:^|\\s)dan\\s+((?:${TIER})\\s+[a-z]+(?:\\s[a-z]+){0,3})$`);

/**
 * A signature block whose `TM. ỦY BAN NHÂN DÂN …` a phone photo's seal and signature garbled (`TM. Z -BA` /
 * `HÃ` / `DẪN HUYỆN TUẦN GIÁO`, `TM ,Ố BẠN NÌĂN DẪN TỈNH ĐIỆN BIẾN`) or cut into lines (`TM. ỦY` / `BAN NHÂN
 * DÂN` / `XÃ MƯỜNG PHĂNG`): the `TM.`/`KT.` line and the two lines after it, read on, ending in `dân <tier>
 * <name>` with the tier and name on one line, are that people's committee. The first such block
 * (a land certificate's own signature, not a later change's); null when there is none.
 */
function signatureTail(doc: DocumentText): Issuer | null {
  const n = doc.lineStarts.length;
  for (let i = 0; i < n; i++) {
    if (!/^(tm|t\/m|kt)\b/.test(cleanSegment(foldedLine(doc, i)))) continue;
    let joined = '';
    for (let j = i; j < Math.min(n, i + 3); j++) {
      const raw = foldedLine(doc, j);
      // The block's lines read so far, joined: the OCR may cut `TM. ỦY` / `BAN NHÂN DÂN` / `XÃ MƯỜNG PHĂNG`.
      joined = `${joined} ${simplify(raw)}`.trim();
      const m = PEOPLE_TAIL.exec(joined);
      if (!m) continue;
      const tail = m[1] ?? '';
      // The tier and name on this line (the printed name is read from it).
      if (!simplify(raw).endsWith(tail)) continue;
      const level = levelOfIssuer([`uy ban nhan dan ${tail}`]);
      if (level === null) continue;
      // The printed tier and name, as OCR read them, after the committee's restored head.
      const [lineStart] = lineBounds(doc, j);
      const at = raw.lastIndexOf(tail.split(' ')[0] ?? '');
      const printed = at >= 0 ? present(doc, [{ ranges: [[lineStart + at, lineStart + raw.trimEnd().length]] }]) : '';
      const folded = `uy ban nhan dan ${tail}`;
      return { issuer: `ỦY BAN NHÂN DÂN ${printed}`.trim(), level, foldedLines: [folded], lastLine: -1, end: 0 };
    }
  }
  return null;
}

/**
 * A commune committee's round seal read as OCR reads a curved stamp: its words on short lines of their own
 * (`XÃ` / `THANH` / `XƯƠNG`) below the signature. Counted only when the seal names the same commune as the
 * place of the block's place–date line (`Thanh Xương, ngày …`): two readings that agree. `place` as printed.
 */
export function sealIssuer(doc: DocumentText, place: string | null): Issuer | null {
  if (place === null) return null;
  const name = simplify(foldAccents(place));
  if (name === '' || name.split(' ').length > 4) return null;
  const words: string[] = [];
  const flush = (): Issuer | null => {
    const run = ` ${words.join(' ')} `;
    words.length = 0;
    const m = new RegExp(` (${COMMUNE_TIER}) ${name} `).exec(run);
    if (!m) return null;
    const tier = m[1] === 'xa' ? 'XÃ' : m[1] === 'phuong' ? 'PHƯỜNG' : 'THỊ TRẤN';
    const issuer = `ỦY BAN NHÂN DÂN ${tier} ${place.toUpperCase()}`.normalize('NFC');
    return { issuer, level: 'commune', foldedLines: [`uy ban nhan dan ${m[1]} ${name}`], lastLine: -1, end: 0 };
  };
  for (let i = 0; i < doc.lineStarts.length; i++) {
    const line = simplify(foldedLine(doc, i));
    // A seal word stands alone on its line (one or two words, letters only); anything else ends the run.
    if (/^[a-z]+( [a-z]+)?$/.test(line)) {
      words.push(line);
      continue;
    }
    const found = flush();
    if (found) return found;
  }
  return flush();
}

/**
 * A signature block whose committee line a seal garbled (`TM.` / `ỪẾ` / `BA!` / `ÂNLDÂN` / `HUYỆN THANH HÀ` /
 * `CHỦ TỊCH`): the block's tier line, read clean within six lines of `TM.` with only short fragments
 * between, names the committee when it names the same unit as the place of the place–date line (`Thanh Hà, ngày
 * …`): two readings that agree, as sealIssuer asks. `place` as printed; null when they do not agree.
 */
export function signatureTierIssuer(doc: DocumentText, place: string | null): Issuer | null {
  if (place === null) return null;
  const name = simplify(foldAccents(place)).replace(new RegExp(`^(?:${TIER}) `), '');
  if (name === '' || name.split(' ').length > 4) return null;
  const tierLine = new RegExp(`^(${TIER}) ${name}$`);
  const n = doc.lineStarts.length;
  for (let i = 0; i < n; i++) {
    // `TM.` (on behalf of the committee): `KT. CHỦ TỊCH` is a signer's line.
    if (!/^(tm|t\/m)\b/.test(cleanSegment(foldedLine(doc, i)))) continue;
    for (let j = i + 1; j < Math.min(n, i + 7); j++) {
      const line = simplify(foldedLine(doc, j));
      const m = tierLine.exec(line);
      if (m) {
        const folded = `uy ban nhan dan ${line}`;
        const level = levelOfIssuer([folded]);
        if (level === null) return null;
        const [lineStart, lineEnd] = lineBounds(doc, j);
        const printed = present(doc, [{ ranges: [[lineStart, lineEnd]] }]).trim();
        return { issuer: `ỦY BAN NHÂN DÂN ${printed}`, level, foldedLines: [folded], lastLine: -1, end: 0 };
      }
      // Fragments of a seal-crossed line are a word or two; a longer line, or the signer's title, ends the
      // block's head (a tier line under `KT. CHỦ TỊCH` is not read on).
      if (line.split(' ').length > 3 || /^(kt|tm|q)\b|\b(chu tich|giam doc|truong phong)$/.test(line)) break;
    }
  }
  return null;
}

/** The head of a body a signature line names. */
const SIGNED_BODY = new RegExp(`^(${COMMITTEE}|ubnd|so|cong an|phong|chi cuc|cuc)\\b`);

/**
 * The level named in the signature block (`TM. ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG`, `KT. CHỦ TỊCH UBND XÃ …`,
 * `TM. ỦY BAN NHÂN DÂN` / `XÃ NÀ HỲ` over two lines, `GIÁM ĐỐC SỞ …`), for a header that does not say it
 * (`ỦY BAN NHÂN DÂN` alone, a torn corner). Null when no signature line names a level.
 */
export function levelFromSignature(doc: DocumentText): Level | null {
  const n = doc.lineStarts.length;
  for (let i = n - 1; i >= 0; i--) {
    // A later change's confirmation (`KT. GIÁM ĐỐC` of the office that recorded it) is not the paper's signer.
    if (inCitationZone(doc, lineBounds(doc, i)[0])) continue;
    const line = cleanSegment(foldedLine(doc, i));
    const signature = /^(tm\.?|t\/m|kt\.?|tl\.?|q\.)\s*(.*)$/.exec(line);
    const midLine = signature ? null : signatureBody(foldedLine(doc, i));
    let body: string | null = null;
    if (signature) body = (signature[2] ?? '').replace(/^(chu tich|giam doc)\s+/, '');
    else if (midLine) body = midLine.body;
    else {
      const signer = SIGNER_OF.exec(line);
      if (signer) body = signer[2] ?? null;
    }
    if (!body || !SIGNED_BODY.test(body)) continue;
    // A tier word with no name (`TM. UỶ BAN NHÂN DÂN THÀNH PHỐ`): the line that names the body says which.
    const named = BARE_TIER_END.test(body) ? namedBodyLine(doc, body) : null;
    let level = levelOfIssuer([named?.folded ?? body]);
    // `TM. ỦY BAN NHÂN DÂN` with its tier on the next line.
    if (level === null && i + 1 < n) {
      const next = cleanSegment(foldedLine(doc, i + 1));
      if (TERRITORY_LINE.test(simplify(next))) level = levelOfIssuer([`${body} ${next}`]);
    }
    if (level !== null) return level;
  }
  return null;
}

/** The two-tier reform: district-level units end on 30/6/2025 (DOMAIN.md §1.6). */
const DISTRICTS_ABOLISHED = '2025-07-01';
/** The province's name; also huyện Điện Biên's, so a place line naming it names neither for sure. */
const PROVINCE_PLACE = 'dien bien';
/** Điện Biên's district-level units before 7/2025 (DOMAIN.md §4): a city, a town and eight huyện. */
const DISTRICT_PLACES = new Set([
  'dien bien phu',
  'muong lay',
  'dien bien dong',
  'muong cha',
  'muong nhe',
  'muong ang',
  'nam po',
  'tuan giao',
  'tua chua',
]);

/**
 * The level of a people's committee that signs without naming its tier (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`,
 * a header `ỦY BAN NHÂN DÂN` alone), from the place of its place–date line: ND 30 prints there the name of the
 * unit where the body sits, and a committee sits in its own unit. Only for a paper issued before 7/2025 at a
 * district and never at a commune (`levels` are the type's levels before the reform; a ward or thị trấn shares
 * names with its district), and only for the names of Điện Biên's district-level units other than the
 * province's own name. Null otherwise.
 */
export function committeeLevelFromPlace(
  issuer: Issuer,
  place: string | null,
  issueDate: string | null,
  levels: readonly Level[],
): Level | null {
  if (issuer.level !== null || place === null || issueDate === null || issueDate >= DISTRICTS_ABOLISHED) return null;
  if (issuer.foldedLines.length !== 1 || !BARE_COMMITTEE.test(issuer.foldedLines[0] ?? '')) return null;
  if (!levels.includes('district') || levels.includes('commune')) return null;
  const name = simplify(foldAccents(place));
  return name !== PROVINCE_PLACE && DISTRICT_PLACES.has(name) ? 'district' : null;
}

/**
 * Whether a body of `level` could issue a paper on `issueDate`: no district-level body issues anything from
 * 01/7/2025 (the two-tier reform, nationwide). A district read on a later paper is the old registering body
 * named inside it (`Nơi đăng ký: UBND huyện …` on a 2026 extract) or a misread year, not the paper's level.
 */
export function levelExistsOn(level: Level, issueDate: string | null): boolean {
  return level !== 'district' || issueDate === null || issueDate < DISTRICTS_ABOLISHED;
}
