/**
 * The classifier: is this page the result of an administrative procedure, of which catalogue type, and its
 * fields (number, issuer, level, place, dates, holder, validity). Pure, synchronous, no I/O.
 *
 * Every decision is taken on accent-folded text, so a document and its accent-folded (or Textract) copy get
 * the same type, number, dates, level, confidence and warnings; the title is restored from the catalogue.
 *
 * How the type is decided: the document's title is the first line of the body that starts with a known
 * title (`GIẤY PHÉP XÂY DỰNG`, `QUYẾT ĐỊNH`, `KẾ HOẠCH`…). A title of a non-result form (plan, report,
 * letter, invitation, application form, menu…) makes the page `not_a_result`; a catalogue title makes it a
 * result, with supporting and contrary phrases, the number's symbol, the issuer's level and the holder
 * choosing between types that share a title. A decision (QĐ) is typed by what its trích yếu decides: a fine,
 * a recovery, an inspection plan or a council is `not_a_result` whatever result it mentions.
 *
 * Without a readable title the page is typed, always for review, from other evidence: the labels of its
 * official form (catalogue `form.bodyLabels`, inner-page labels), a certification's `Số chứng thực` line, a
 * shortened title's words, the number's symbol. A result the catalogue lacks keeps its printed title.
 * The catalogue is an argument (`options.catalogue`), the bundled catalogue.json by default; review
 * reasons come from review.ts.
 */
import {
  CATALOGUE,
  type CompiledDocumentType,
  compileCatalogue,
  type DocumentTypeSpec,
  isGenericAction,
  typicalLevels,
} from './catalogue.ts';
import { dateInSlots, findWordsDates } from './dates.ts';
import { type DocNumber, extractDocNumber, symbolKey } from './doc-number.ts';
import {
  type DocumentText,
  foldedLine,
  inCitationZone,
  lineBounds,
  lineIndexAt,
  originalSlice,
  prepareText,
} from './document-text.ts';
import { extractHolder, type Holder } from './holder.ts';
import {
  COMMITTEE,
  committeeLevelFromPlace,
  extractIssuer,
  type Issuer,
  levelExistsOn,
  levelFromSignature,
  namelessTier,
  sealIssuer,
  signatureTierIssuer,
} from './issuer.ts';
import { boundedDistance, flatten, foldAccents } from './normalize.ts';
import { certificationDate, extractPlaceAndDate, handwrittenDay, latestChangeDate } from './place.ts';
import { restoreDiacritics } from './restore.ts';
import { misreadSymbolGroup, strokeLostGroup } from './symbol-check.ts';
import type { Classification, ExtractedText, Level, OcrEngineName } from './types.ts';
import { expiryFromRule, findExplicitExpiry, hasBlankValidity } from './validity.ts';

export interface ClassifyOptions {
  /** Engine that produced the text; defaults to the ExtractedText's engine, else null. */
  engine?: OcrEngineName | null;
  /** ISO date "today" (Vietnam time): issue dates after it are flagged. */
  referenceDate?: string;
  /**
   * The document-type catalogue to classify against (e.g. the admin table's, validated by parseCatalogue);
   * default: the bundled catalogue.json. Pass the same array each time: its compiled form is cached.
   */
  catalogue?: readonly DocumentTypeSpec[];
}

import { reviewReasons as computeReviewReasons } from './review.ts';

export { needsReview, REVIEW_THRESHOLD, reviewReasons } from './review.ts';

/** Titles of pages that are not results: plans, reports, letters, invitations, forms, menus, news… */
const NON_RESULT_TITLES = [
  'ke hoach',
  'bao cao',
  'thong bao',
  'to trinh',
  'giay moi',
  'thu moi',
  'cong van',
  'bien ban',
  'chi thi',
  'nghi quyet',
  'huong dan',
  'chuong trinh',
  'de an',
  'quy che',
  'quy dinh',
  'don de nghi',
  'don xin',
  'don dang ky',
  'giay de nghi',
  'to khai',
  'thuc don',
  'menu',
  'giay gioi thieu',
  'giay uy quyen',
  'phieu',
  'danh sach',
  'lich cong tac',
  'lich tiep cong dan',
  'hop dong',
  'cong dien',
  'ban tin',
  'thong cao bao chi',
  'giay bao tu',
  'giay bien nhan',
  // The one-stop desk's receipt of a dossier (TT 01/2018/TT-VPCP Mẫu 01). Not every `GIẤY TIẾP NHẬN …`: the
  // `Giấy tiếp nhận đăng ký bản công bố sản phẩm` (NĐ 15/2018/NĐ-CP Mẫu 03) is a procedure's result.
  'giay tiep nhan ho so',
  'phieu hen',
  'giay hen',
  'ket luan',
  'bang ke',
  'tin tuc',
  'bao dien bien phu',
  'thoi su',
  'kinh gui',
];

/** Generic result titles: a result, but of a type the catalogue does not hold. */
const GENERIC_RESULT_TITLES = [
  'giay phep',
  'giay chung nhan',
  'giay xac nhan',
  'chung chi',
  'trich luc',
  'chung nhan',
  // Diplomas and the judicial record: results whatever their exact wording (`BẰNG TỐT NGHIỆP THCS`).
  'bang tot nghiep',
  'van bang',
  'bang cu nhan',
  'bang ky su',
  'bang thac si',
  'bang tien si',
  'phieu ly lich tu phap',
  'ly lich tu phap',
];

/**
 * `PHIẾU …` titles that are positively not results (receipts, appointment slips, transfer and opinion
 * forms). Any other `PHIẾU …` title (`PHIẾU LÝ LỊCH TƯ PHÁP`, an unknown certificate) is not trusted as a
 * non-result: it goes to review.
 */
const NON_RESULT_PHIEU =
  /^phieu (thu|chi|hen|tiep nhan|chuyen|xin y kien|lay y kien|kiem soat|yeu cau|de nghi|bao|giao nhan|trinh|danh gia|khao sat|dieu tra|nhap kho|xuat kho|theo doi|dang ky|bau|bieu quyet|cham diem|ghi nhan|huong dan|nop|thong tin|tra loi|gop y)\b/;

/**
 * A title line shaped like a result of a type the catalogue lacks (`GIẤY …`, `BẰNG …`, `PHIẾU …`,
 * `CHỨNG CHỈ …`, `THẺ …`, upper case, short): with no evidence of a non-result the page goes to review as a
 * result of unknown type, keeping that title.
 */
const RESULT_SHAPED_TITLE =
  /^(giay|bang|phieu|chung chi|chung nhan|the|van bang|trich luc|ban sao|so chung nhan) [a-z]{2,}( [a-z0-9]+){0,12}$/;

/** Subjects of decisions that are internal acts, not results of a procedure. */
const INTERNAL_DECISION =
  /(bo nhiem|mien nhiem|dieu dong|luan chuyen|ky luat|khen thuong|thanh lap|kien toan|giai the|ban hanh|phe duyet|giao nhiem vu|nang luong|nghi huu|cu can bo|cu cong chuc|tiep nhan|phan cong|uy quyen|giao chi tieu|giao du toan|dieu chinh du toan|quy che|to cong tac|ban chi dao|hoi dong)/;

/** Symbol groups that mean a non-result document (ND 30 abbreviations of plans, reports, notices…). */
const NON_RESULT_SYMBOLS = new Set(['KH', 'BC', 'TB', 'TTR', 'GM', 'CT', 'NQ', 'HD', 'KL', 'BB', 'CD', 'CTR', 'QC']);

type Grade = 3 | 2 | 1;
interface TitleHit {
  phrase: string;
  index: number;
  end: number;
  grade: Grade;
  line: number;
}

function isBoundary(flat: string, index: number): boolean {
  const c = flat.charCodeAt(index);
  return Number.isNaN(c) || c === 32 || c === 10;
}

/**
 * How much a phrase at `index` looks like the document's title: 3 = a title line (nothing before it on its
 * line, little after it), 2 = it starts a line of running text, 1 = mentioned inside a sentence.
 */
function titleGrade(doc: DocumentText, index: number, end: number, issuerEnd: number): Grade {
  const flat = doc.flat;
  let lineStart = flat.lastIndexOf('\n', index - 1) + 1;
  // The issuer read on the same line as the title (`UBND XÃ A GIẤY KHAI SINH`) is not a sentence before it.
  if ((doc.flatMap[index] ?? 0) >= issuerEnd)
    while (lineStart < index && (doc.flatMap[lineStart] ?? 0) < issuerEnd) lineStart++;
  const prefix = flat.slice(lineStart, index).trim();
  // After `V/v` (the trích yếu of a letter, ND 30/2020) or `Kính gửi` on the same line (the OCR read the
  // number's line and the trích yếu as one: `Số: 45/CV V/v gia hạn Giấy phép …`): what the letter is about.
  if (/(^| )(v v|ve viec|kinh gui)( |$)/.test(prefix)) return 1;
  const okPrefix =
    prefix === '' ||
    /^(so|s0|s6|ma so) [0-9][0-9a-z ]{0,30}$/.test(prefix) ||
    /^(mau so [a-z0-9 ]{1,12}|mau [a-z0-9]{1,6}|ban sao|ban chinh|[0-9]{1,3})$/.test(prefix) ||
    // An annex's heading (`Phụ lục: DANH SÁCH …`, `Phụ lục II BẢNG KÊ …`, ND 30/2020 art. on phụ lục).
    /^phu luc( [0-9ivxl]{1,4}| so [0-9]{1,2})?$/.test(prefix) ||
    /(viet nam|hanh phuc)$/.test(prefix) ||
    // The place-date printed on the same line, before the title.
    /ngay [0-9oli]{1,2} thang [0-9oli]{1,2} nam [0-9oli]{4}$/.test(prefix) ||
    /(^| )[0-9]{1,2} [0-9]{1,2} [0-9]{4}$/.test(prefix);
  if (!okPrefix) return 1;
  let lineEnd = flat.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = flat.length;
  // A title printed over two lines continues on the next one; `end` may already be past this line.
  const suffix = end >= lineEnd ? '' : flat.slice(end, lineEnd).trim();
  // "Giấy phép có thời hạn 05 năm…", "Kế hoạch này…": a sentence about the paper, not its title.
  if (/^(co|nay|duoc|het|se|phai|la|da|khong|bi|van|con|chi|gom|kem|tren|nhu|ghi|theo mau|thuc hien)\b/.test(suffix)) {
    return 2;
  }
  if (suffix.length <= 80 || /^(ve viec|v v|cap cho|su dung cho|ban sao|ho gia dinh|cong ty)/.test(suffix)) return 3;
  return 2;
}

function findPhrase(doc: DocumentText, phrase: string, out: TitleHit[], issuerEnd: number, maxHits = 4): void {
  const text = doc.flatJoined;
  let from = 0;
  let n = 0;
  while (n < maxHits) {
    const index = text.indexOf(phrase, from);
    if (index < 0) return;
    from = index + 1;
    const end = index + phrase.length;
    if ((index > 0 && !isBoundary(doc.flat, index - 1)) || !isBoundary(doc.flat, end)) continue;
    out.push({
      phrase,
      index,
      end,
      grade: titleGrade(doc, index, end, issuerEnd),
      line: lineIndexAt(doc, doc.flatMap[index] ?? 0),
    });
    n++;
  }
}

/**
 * The words of a title hit as printed (`GIẤY KHAI SINH`), for the reasons a reviewer reads; the folded phrase
 * (`giay khai sinh`) is what matched. When the OCR lost the diacritics, the catalogue's title when given.
 */
function quoteHit(doc: DocumentText, hit: TitleHit, catalogueTitle?: string): string {
  if (hit.end <= hit.index) return hit.phrase;
  if (!doc.accented && catalogueTitle) return catalogueTitle;
  const foldedStart = doc.flatMap[hit.index] ?? 0;
  const foldedEnd = (doc.flatMap[hit.end - 1] ?? foldedStart) + 1;
  const start = doc.map[foldedStart] ?? 0;
  const end = (doc.map[foldedEnd - 1] ?? start) + 1;
  const printed = doc.original.slice(start, end).replace(/\s+/g, ' ').trim();
  return printed === '' ? hit.phrase : printed;
}

function countPhrases(text: string, phrases: readonly string[]): number {
  let n = 0;
  for (const p of phrases) if (p !== '' && text.includes(p)) n++;
  return n;
}

interface Candidate {
  type: CompiledDocumentType;
  hit: TitleHit;
  score: number;
  reasons: string[];
}

interface Decision {
  kind: 'result' | 'not_a_result';
  candidate: Candidate | null;
  confidence: number;
  reasons: string[];
  /** Warnings the decision implies (`title_from_body`, `inner_page`, `type_from_symbol`…). */
  warnings?: string[];
  /** The title line of a result whose type the catalogue lacks (its printed title is kept). */
  titleHit?: TitleHit;
  /** A certification stamped under another paper's title (a copied certificate, decision, diploma). */
  overPaper?: boolean;
}

/**
 * The type whose form's own labels the page carries (`Nơi đăng ký khai sinh`, `Thửa đất số`, `Số vào sổ cấp
 * GCN`…), for a page whose title was lost: at least two distinct labels of one form. Labels of an inner page
 * (plot diagram, later changes) make it an inner page of that type.
 */
function bodyEvidence(
  doc: DocumentText,
  catalogue: readonly CompiledDocumentType[],
): { types: CompiledDocumentType[]; labels: number; inner: boolean } | null {
  const text = doc.flatJoined;
  let best: { types: CompiledDocumentType[]; labels: number; inner: boolean } | null = null;
  for (const type of catalogue) {
    if (type.bodyLabels.length === 0 && type.innerPageLabels.length === 0) continue;
    let body = 0;
    let inner = 0;
    for (const l of type.bodyLabels) if (text.includes(l)) body++;
    for (const l of type.innerPageLabels) if (text.includes(l)) inner++;
    const labels = body + inner;
    if (labels < 2) continue;
    if (!best || labels > best.labels) best = { types: [type], labels, inner: inner > 0 };
    else if (labels === best.labels) {
      best.types.push(type);
      best.inner ||= inner > 0;
    }
  }
  return best;
}

/**
 * Whether a page typed from its form's labels, its title lost, prints the signer's line of that form naming
 * the paper signed (`NGƯỜI KÝ GIẤY KHAI SINH`, `NGƯỜI KÝ GIẤY CHỨNG NHẬN KẾT HÔN`, TT 04/2020/TT-BTP): the
 * type is then read, not guessed, as long as at least two more of the form's labels are there, no other
 * paper's signer line is (`NGƯỜI KÝ TRÍCH LỤC`) and no certification stamped over a copy (`Số chứng thực`).
 */
function signerNamesPaper(
  doc: DocumentText,
  type: CompiledDocumentType,
  catalogue: readonly CompiledDocumentType[],
): boolean {
  const text = doc.flatJoined;
  const own = type.bodyLabels.filter((l) => l.startsWith('nguoi ky ') && text.includes(l));
  if (own.length === 0 || type.bodyLabels.filter((l) => text.includes(l)).length < own.length + 2) return false;
  // `NGƯỜI KÝ` alone (the copy's signer on a bản sao) names nothing; `NGƯỜI KÝ TRÍCH LỤC` names another paper.
  for (const m of text.matchAll(/(?:^| )(?=nguoi ky (?:trich luc|giay|ban sao|chung)\b)/g)) {
    const signer = text.slice(m.index + m[0].length);
    if (!own.some((l) => signer.startsWith(l))) return false;
  }
  return !catalogue.some((t) => t.spec.overlay && t.bodyLabels.some((l) => text.includes(l)));
}

/**
 * The certification whose heading is lost but whose lời chứng leaves no guess: every label of its form (its
 * number, its certifier's line), its own `Số chứng thực` number, the register symbol of the book it is entered
 * in (`Quyển số: 01/2022-SCT/BS`, the book of copies, not of signatures) and the best-scored of `candidates`
 * all name it. Null otherwise.
 */
function certificationByRegister(
  doc: DocumentText,
  from: number,
  candidates: readonly Candidate[],
  context: { docNumber: (t: DocumentTypeSpec) => DocNumber | null },
): Candidate | null {
  const register = registerSymbol(
    doc,
    from,
    candidates.map((c) => c.type),
  );
  if (register.length !== 1) return null;
  // The best-scored type too (its supporting and contrary phrases): otherwise the page says two things.
  const found = candidates[0];
  if (!found || found.type !== register[0] || !found.type.bodyLabels.every((l) => doc.flatJoined.includes(l)))
    return null;
  return context.docNumber(found.type.spec)?.source === 'certification' ? found : null;
}

/**
 * The certification types whose register symbol (`SCT/BS`, `SCT/CK`: the book the certification is entered
 * in, printed after `Quyển số`, ND 23/2015 and TT 01/2020/TT-BTP) the certification block from folded offset
 * `from` names, among `types`.
 */
function registerSymbol(
  doc: DocumentText,
  from: number,
  types: readonly CompiledDocumentType[],
): CompiledDocumentType[] {
  const block = doc.flatJoined.slice(from);
  const out = new Set<CompiledDocumentType>();
  for (const m of block.matchAll(/(?:^| )quyen so [0-9oli ]{0,16}([a-z]{2,5}(?: [a-z]{2,5})?)/g)) {
    const printed = m[1] ?? '';
    for (const type of types) {
      const hints = type.spec.symbolHints.map(flatten);
      if (hints.includes(printed)) out.add(type);
    }
  }
  return [...out];
}

/**
 * The heading of the lời chứng that carries the certification's own number (`Số chứng thực …`): a copy of a
 * paper of several pages may bear the certification's stamp on every page (`CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN
 * CHÍNH` under page 1's text), while its number, date and certifier follow only the stamp on the last page
 * (ND 23/2015 art. 20). The block read for date and certifier starts at the last heading before that number,
 * so the copied paper's own date and signer, printed between two stamps, are never the certification's.
 * `best` unchanged when no heading precedes the number (or no number is printed).
 */
function certificationHeading(
  doc: DocumentText,
  best: Candidate,
  overlay: ReadonlyArray<{ type: CompiledDocumentType; hit: TitleHit }>,
  catalogue: readonly CompiledDocumentType[],
): Candidate {
  const at = certificationNumberAt(doc, 0, catalogue);
  if (!Number.isFinite(at)) return best;
  // The stamp printed again (its words on a title line of their own), not a sentence of the same lời chứng
  // (`Chứng thực: Hợp đồng chuyển nhượng …` under `LỜI CHỨNG …`).
  const heading = overlay
    .map((o) => o.hit)
    .filter(
      (h) =>
        h.index <= at &&
        h.line > best.hit.line &&
        h.grade === 3 &&
        titleLine(doc, { ...h, index: doc.flat.lastIndexOf('\n', h.index) + 1 }).includes(best.hit.phrase),
    )
    .reduce<TitleHit | null>((last, h) => (!last || h.index > last.index ? h : last), null);
  return heading ? { ...best, hit: heading } : best;
}

/** The decision's subject and operative part: `Về việc …` up to `Căn cứ`, plus `Điều 1 …`. */
function decisionSubject(doc: DocumentText, hit: TitleHit): { head: string; article: string; all: string } {
  const text = doc.flatJoined;
  const after = text.slice(hit.end, hit.end + 400);
  const stop = after.search(/ (can cu|xet de nghi|theo de nghi|quyet dinh|dieu 1) /);
  const head = stop >= 0 ? after.slice(0, stop) : after.slice(0, 250);
  const at = text.indexOf('dieu 1', hit.end);
  const article = at >= 0 ? text.slice(at + 6, at + 300) : '';
  return { head, article, all: article ? `${head} dieu 1${article}` : head };
}

/**
 * What a decision does to its addressee, read from its trích yếu (else Điều 1): a decision that fines,
 * recovers, suspends, inspects, approves a plan or sets up a body is not a procedure result, whatever
 * result it mentions ("xử phạt hộ kinh doanh …", "thu hồi đất … Giấy chứng nhận số …", "hủy Giấy chứng nhận …",
 * "chấm dứt hiệu lực giấy phép …").
 */
/**
 * Budget acts (`cấp kinh phí`, `phân bổ kinh phí`, `bổ sung dự toán`): a decision that allots money to bodies to
 * pay a benefit (Luật NSNN 2015) is no grant of that benefit to anyone, whatever allowance it names.
 */
const BUDGET_ACTS =
  'cap kinh phi|cap bo sung kinh phi|phan bo kinh phi|bo sung kinh phi|giao kinh phi|tam ung kinh phi|dieu chuyen kinh phi|phan bo du toan|bo sung du toan|giao bo sung du toan|phan bo nguon';
const BUDGET_ACT = new RegExp(`^(?:${BUDGET_ACTS})$`);

const NON_RESULT_ACTION = new RegExp(
  `(?:^| )(xu phat|phat tien|thu hoi|cuong che|tam dinh chi|dinh chi|huy bo|huy|cham dut hieu luc|het hieu luc|bai bo|tich thu|kiem tra|thanh tra|thanh lap|kien toan|giai the|phe duyet|ban hanh|cong bo|giai quyet khieu nai|bo nhiem|mien nhiem|dieu dong|luan chuyen|ky luat|khen thuong|nang luong|nghi huu|giao nhiem vu|phan cong|uy quyen|giao chi tieu|giao du toan|dieu chinh du toan|boi thuong|ho tro tai dinh cu|tai dinh cu|cu can bo|cu cong chuc|tiep nhan|ap dung bien phap|khac phuc hau qua|buoc thao do|thao do|dieu chinh ke hoach|dieu chinh quy hoach|${BUDGET_ACTS})(?= |$)`,
);
const RESULT_ACTION =
  /(?:^| )(cap lai|cap doi|cap|gia han|cho phep|cong nhan|giao dat|cho thue dat|thue dat|chuyen muc dich|huong|tro cap|tro giup|ho tro|dieu chinh giay|sua doi giay|dang ky|chap thuan)(?= |$)/;

/** Allowances of a civil servant's or teacher's pay: internal acts of the employer. */
const STAFF_PAY =
  /(?:^| )(phu cap uu dai theo nghe|phu cap tham nien|phu cap chuc vu|phu cap trach nhiem|phu cap kiem nhiem|phu cap thu hut|phu cap cong vu|phu cap khu vuc|phu cap dac thu|nang bac luong|xep luong|nang ngach)(?= |$)/;

/** A decision that stops, suspends or ends a benefit (`thôi hưởng`, `chấm dứt hưởng`, `tạm dừng hưởng`). */
const STOPS_BENEFIT =
  /(?:^| )(thoi huong|cham dut huong|tam dung huong|dung huong|thoi tro cap|cat giam tro cap)(?= |$)/;

/** A trích yếu's first act, then what it goes with (`giao rừng gắn với giao đất`, folded; group 1 the first act). */
const LINKED_ACT = /^(.*?)\s(?:gan (?:lien )?voi|kem theo|ket hop voi)\s/;

/**
 * Whether a decision's subject text names one of the type's required phrases. A phrase that is only a generic
 * act (`cho phép thành lập`) counts only with one of the type's subjects as its object, among the first four
 * words after it (`cho phép thành lập Trường Mầm non …`, not `… Hội Doanh nhân trẻ`): a permission to found an
 * association (NĐ 126/2024/NĐ-CP) is no education permission (NĐ 46/2017/NĐ-CP).
 */
function namesRequired(type: CompiledDocumentType, text: string): boolean {
  return type.required.some((p) => {
    if (!isGenericAction(p)) return text.includes(p);
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      const end = at + p.length;
      if ((at > 0 && text[at - 1] !== ' ') || (end < text.length && text[end] !== ' ')) continue;
      const object = text.slice(end).trim().split(' ').slice(0, 10);
      for (let i = 0; i < 4 && i < object.length; i++) {
        const rest = ` ${object.slice(i).join(' ')} `;
        if (type.subjects.some((s) => rest.startsWith(` ${s} `))) return true;
      }
    }
    return false;
  });
}

/** Whether `thành lập` in `text` has as its object (its next one or two words on) a subject of a catalogue type. */
function foundsSubject(text: string, catalogue: readonly CompiledDocumentType[]): boolean {
  const subjects = catalogue.flatMap((t) => t.subjects);
  for (const m of text.matchAll(/(?:^| )thanh lap((?: [a-z0-9]+){1,8})/g)) {
    const words = (m[1] ?? '').trim().split(' ');
    for (let i = 0; i < 2 && i < words.length; i++) {
      const rest = ` ${words.slice(i).join(' ')} `;
      if (subjects.some((s) => s.length >= 5 && rest.startsWith(` ${s} `))) return true;
    }
  }
  return false;
}

function decisionAction(text: string): { action: string; result: boolean } | null {
  const bad = NON_RESULT_ACTION.exec(text);
  const good = RESULT_ACTION.exec(text);
  if (!bad && !good) return null;
  if (bad && (!good || bad.index < good.index || (bad.index === good.index && bad[0].length >= good[0].length)))
    return { action: bad[1] ?? '', result: false };
  return { action: good?.[1] ?? '', result: true };
}

const groupCache = new WeakMap<
  readonly CompiledDocumentType[],
  Map<string, Array<{ type: CompiledDocumentType; phrase: string }>>
>();

function titleGroups(
  catalogue: readonly CompiledDocumentType[],
): Map<string, Array<{ type: CompiledDocumentType; phrase: string }>> {
  let groups = groupCache.get(catalogue);
  if (!groups) {
    groups = new Map();
    for (const type of catalogue) {
      for (const phrase of type.titles) {
        const head = phrase.split(' ').slice(0, 2).join(' ');
        const list = groups.get(head) ?? [];
        list.push({ type, phrase });
        groups.set(head, list);
      }
    }
    groupCache.set(catalogue, groups);
  }
  return groups;
}

function scoreCandidates(
  doc: DocumentText,
  types: Array<{ type: CompiledDocumentType; hit: TitleHit }>,
  context: { docNumber: (t: DocumentTypeSpec) => DocNumber | null; level: Level | null; holder: Holder | null },
): Candidate[] {
  const body = doc.flatJoined;
  return types.map(({ type, hit }) => {
    const quoted = quoteHit(doc, hit, type.spec.title);
    const reasons = [`title "${quoted}"${hit.grade === 3 ? '' : hit.grade === 2 ? ' (line start)' : ' (in text)'}`];
    let score = hit.grade === 3 ? 0.62 : hit.grade === 2 ? 0.45 : 0.25;
    score += Math.min(0.08, hit.phrase.length / 500);
    const support = countPhrases(body, type.support);
    if (support > 0) {
      score += Math.min(0.15, support * 0.05);
      reasons.push(`${support} supporting phrase(s)`);
    }
    const against = countPhrases(body, type.against);
    if (against > 0) {
      score -= Math.min(0.3, against * 0.12);
      reasons.push(`${against} contrary phrase(s)`);
    }
    const number = context.docNumber(type.spec);
    const key = symbolKey(number?.symbol ?? null);
    if (key !== '' && type.symbols.some((s) => key.includes(s.toUpperCase()))) {
      score += 0.1;
      reasons.push(`symbol ${number?.symbol}`);
    }
    if (context.level !== null) {
      if (typicalLevels(type.spec).has(context.level)) score += 0.04;
      else {
        score -= 0.1;
        reasons.push(`unusual level ${context.level}`);
      }
    }
    if (type.spec.holderKind && context.holder) {
      if (context.holder.kind === type.spec.holderKind) {
        score += 0.12;
        reasons.push(`holder is ${context.holder.kind === 'person' ? 'a person' : 'an organization'}`);
      } else score -= 0.12;
    }
    return { type, hit, score, reasons };
  });
}

/**
 * Whether flat offset `index` is in the body (where a title may be), not in the issuer's header: after the
 * issuer, or before the issuer's end but not on or after one of the issuer's own lines. A diploma prints its
 * title under the motto and then the granting office (`BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ` / `TRƯỞNG PHÒNG GIÁO
 * DỤC VÀ ĐÀO TẠO HUYỆN …`), which the header reader takes for the issuer, sometimes together with the signer's
 * `TRƯỞNG PHÒNG` further down: the title line above or between them is still the title.
 */
function inBody(doc: DocumentText, index: number, issuer: Issuer | null): boolean {
  if (issuer === null || (doc.flatMap[index] ?? 0) >= issuer.end) return true;
  const lineStart = doc.flat.lastIndexOf('\n', index - 1) + 1;
  let lineEnd = doc.flat.indexOf('\n', index);
  if (lineEnd < 0) lineEnd = doc.flat.length;
  const line = doc.flat.slice(lineStart, lineEnd);
  if (line.trim() === '') return false;
  // The title and the office read as one line (`BẰNG TỐT NGHIỆP … TRƯỞNG PHÒNG GIÁO DỤC …`): before the office.
  const at = index - lineStart;
  return !issuer.foldedLines.some((f) => {
    const office = line.indexOf(f);
    return (office >= 0 && office <= at) || f.includes(line.trim());
  });
}

function decide(
  doc: DocumentText,
  issuer: Issuer | null,
  context: { docNumber: (t: DocumentTypeSpec) => DocNumber | null; level: Level | null; holder: Holder | null },
  catalogue: readonly CompiledDocumentType[],
): Decision {
  const issuerEnd = issuer?.end ?? 0;
  const body = (h: TitleHit) => inBody(doc, h.index, issuer);

  const typeHits: Array<{ type: CompiledDocumentType; hit: TitleHit }> = [];
  // Phrases grouped by their first two words: one search per group rules most of them out.
  for (const [head, group] of titleGroups(catalogue)) {
    if (!doc.flatJoined.includes(head)) continue;
    for (const { type, phrase } of group) {
      const hits: TitleHit[] = [];
      findPhrase(doc, phrase, hits, issuerEnd);
      for (const hit of hits) if (body(hit)) typeHits.push({ type, hit });
    }
  }
  const otherHits: Array<{ hit: TitleHit; result: boolean }> = [];
  for (const phrase of NON_RESULT_TITLES) {
    const hits: TitleHit[] = [];
    findPhrase(doc, phrase, hits, issuerEnd, 2);
    for (const hit of hits)
      if (body(hit) && hit.grade >= 2 && !inHeaderLine(doc, hit)) otherHits.push({ hit, result: false });
  }
  for (const phrase of GENERIC_RESULT_TITLES) {
    const hits: TitleHit[] = [];
    findPhrase(doc, phrase, hits, issuerEnd, 2);
    for (const hit of hits) if (body(hit) && hit.grade === 3) otherHits.push({ hit, result: true });
  }

  // No title line found as printed: OCR may have spaced the letters (`G I Ấ Y  P H É P`) or misread one.
  if (!typeHits.some((t) => t.hit.grade === 3) && !otherHits.some((o) => !o.result && o.hit.grade === 3)) {
    for (const fuzzy of fuzzyTitleHits(doc, issuer, catalogue)) {
      if (fuzzy.type) typeHits.push({ type: fuzzy.type, hit: fuzzy.hit });
      else otherHits.push({ hit: fuzzy.hit, result: fuzzy.result });
    }
  }

  // Certifications are stamped on another paper: found anywhere, they decide.
  const overlay = typeHits.filter((t) => t.type.spec.overlay && t.hit.grade >= 2);

  const all = [...typeHits.map((t) => t.hit), ...otherHits.map((o) => o.hit)];
  const bestGrade = all.reduce<number>((g, h) => Math.max(g, h.grade), 0);
  const leadIndex = all.filter((h) => h.grade === bestGrade).reduce((m, h) => Math.min(m, h.index), Infinity);

  // A letter's trích yếu `V/v …` on its own line, or read on the number's line (`Số: 188/UBND-KT V/v …`).
  const letter =
    /(^| )kinh gui /.test(doc.flatJoined) ||
    /(^|\n)\s*v\s*v /.test(doc.flat) ||
    /(^|\n)\s*(so|s0|s6) [0-9][0-9a-z ]{0,30} v v /.test(doc.flat);
  // A letter quoting a title in its body ("Kính gửi: … Giấy chứng nhận quyền sử dụng đất số … đã cấp"):
  // a result never has an addressee before its title.
  const addressee = doc.flatJoined.search(/(^| )kinh gui /);
  if (addressee >= 0 && addressee < leadIndex && leadIndex !== Infinity) {
    return { kind: 'not_a_result', candidate: null, confidence: 0.85, reasons: ['letter (Kính gửi before any title)'] };
  }
  const symbolGroup = symbolKey(context.docNumber({ numberSources: ['symbol'] } as DocumentTypeSpec)?.symbol ?? null);
  const firstGroup = (context.docNumber({ numberSources: ['symbol'] } as DocumentTypeSpec)?.symbol ?? '')
    .replace(/^\d{4}\//, '')
    .split(/[-/]/)[0]
    ?.normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/Đ/g, 'D')
    .toUpperCase();
  const nonResultSymbol = firstGroup !== undefined && NON_RESULT_SYMBOLS.has(firstGroup);

  const ownNumber = symbolGroup !== '' || context.docNumber({ numberSources: ['plain'] } as DocumentTypeSpec) !== null;
  if (bestGrade === 0 || (bestGrade === 1 && overlay.length === 0)) {
    // The title was lost (a red title on a green background, a torn corner) or this is an inner page:
    // the form's own labels still say which paper it is. Always to review.
    const evidence = letter || nonResultSymbol ? null : bodyEvidence(doc, catalogue);
    if (evidence) {
      // A certification's block starts at its first label: its date and certifier are read from there on,
      // not from the paper it is stamped on (a diploma whose title the header swallowed).
      const certification = evidence.types.every((t) => t.spec.overlay);
      const text = doc.flatJoined;
      const at = certification
        ? Math.min(...evidence.types.flatMap((t) => t.bodyLabels.map((l) => text.indexOf(l)).filter((i) => i >= 0)))
        : 0;
      const hit: TitleHit = { phrase: '', index: Number.isFinite(at) ? at : 0, end: 0, grade: 1, line: 0 };
      const scored = scoreCandidates(
        doc,
        evidence.types.map((type) => ({ type, hit })),
        context,
      ).sort((a, b) => b.score - a.score);
      // A lời chứng on a page of its own: its book's register symbol says which certification it is.
      const registered = certification ? certificationByRegister(doc, hit.index, scored, context) : null;
      const best = registered ?? scored[0];
      if (best) {
        const reasons = [
          'no title line found',
          `${evidence.labels} label(s) of the form of ${best.type.spec.id}${evidence.inner ? ' (an inner page)' : ''}`,
        ];
        const alone = !evidence.inner && evidence.types.length === 1;
        const remnant = alone && evidence.labels >= 3 && titleRemnant(doc, issuer, best.type, catalogue);
        const signed = registered !== null || remnant || (alone && signerNamesPaper(doc, best.type, catalogue));
        if (registered) reasons.push('register symbol of its certification book');
        else if (remnant) reasons.push('the title line’s surviving letters spell its title and no other');
        else if (signed) reasons.push('the signer’s line names the paper');
        return {
          kind: 'result',
          candidate: best,
          confidence: 0.5,
          reasons,
          warnings: signed ? [] : [evidence.inner ? 'inner_page' : 'title_from_body'],
        };
      }
    }
    // No title line at all: a weak mention decides only when nothing says "letter" or "plan".
    const weak = typeHits.filter((t) => t.hit.grade === 1 && !t.type.required.length);
    // Without a title line, only a page with an issuer and a number of its own is worth a review.
    if (weak.length > 0 && !letter && !nonResultSymbol && issuer && ownNumber) {
      const [best] = scoreCandidates(doc, weak, context).sort((a, b) => b.score - a.score);
      if (best) {
        return {
          kind: 'result',
          candidate: best,
          confidence: Math.min(0.45, best.score),
          reasons: ['no title line found', ...best.reasons],
        };
      }
    }
    // The title may have been lost to the scan: a number whose symbol names a catalogue type is a result
    // to review; any other page with an issuer and a number of its own is an uncertain non-result.
    if (!letter && !nonResultSymbol && symbolGroup !== '') {
      const bySymbol = catalogue.filter((t) => t.symbols.some((h) => symbolGroup.includes(h.toUpperCase())));
      const hit: TitleHit = { phrase: '', index: 0, end: 0, grade: 1, line: 0 };
      const [best] = scoreCandidates(
        doc,
        bySymbol.map((type) => ({ type, hit })),
        context,
      ).sort((a, b) => b.score - a.score);
      if (best) {
        const reasons = ['no title line found', `type from the symbol ${symbolGroup}`];
        return { kind: 'result', candidate: best, confidence: 0.4, reasons, warnings: ['type_from_symbol'] };
      }
    }
    // A title line shaped like a result (`GIẤY …`, `BẰNG …`, `PHIẾU …`) of a type the catalogue lacks.
    const shaped = letter || nonResultSymbol ? null : resultShapedTitle(doc, issuer);
    if (shaped) {
      return {
        kind: 'result',
        candidate: null,
        confidence: 0.35,
        reasons: [`title "${shaped.phrase}" has the shape of a result of a type not in the catalogue`],
        titleHit: shaped,
      };
    }
    const reasons = ['no title of a procedure result'];
    if (letter) reasons.push('letter (Kính gửi / V/v)');
    if (nonResultSymbol) reasons.push(`symbol ${firstGroup} is not a result`);
    const unsure = !letter && !nonResultSymbol && issuer !== null && ownNumber;
    if (unsure) reasons.push('has an issuer and a number of its own: check by hand');
    // Without positive evidence of a non-result (a letter, a non-result symbol) the verdict is not trusted.
    else if (!letter && !nonResultSymbol) reasons.push('no evidence of a non-result either: check by hand');
    const confidence = letter || nonResultSymbol ? 0.85 : unsure ? 0.5 : 0.55;
    return { kind: 'not_a_result', candidate: null, confidence, reasons };
  }

  // A catalogue title where the lead starts wins over a generic head there ("giấy phép" ⊂ "giấy phép lái xe").
  const leadTypes = typeHits.filter((t) => t.hit.grade >= 2 && t.hit.index === leadIndex);
  // The longest phrase at the lead decides (`phiếu lý lịch tư pháp` over `phiếu`); a tie favours a non-result.
  const leadOther = otherHits
    .filter((o) => o.hit.grade === bestGrade && o.hit.index === leadIndex)
    .reduce<(typeof otherHits)[number] | undefined>(
      (best, o) =>
        !best ||
        o.hit.phrase.length > best.hit.phrase.length ||
        (o.hit.phrase.length === best.hit.phrase.length && best.result && !o.result)
          ? o
          : best,
      undefined,
    );
  const longestLead = Math.max(0, ...leadTypes.map((t) => t.hit.phrase.length));

  // A certification stamped on a paper of another catalogue type (a certified copy of a diploma) is the
  // result being digitized: the certification, whatever the paper under it.
  // A non-result that only quotes a certification's wording (a guidance, a letter) stays a non-result.
  const nonResultLead = leadOther !== undefined && !leadOther.result && leadOther.hit.phrase.length >= longestLead;
  // The certification's heading lost under the seal, its `Số chứng thực` line kept: still the certification.
  if (overlay.length === 0 && !nonResultLead) {
    const text = doc.flatJoined;
    const stamped = catalogue.filter((t) => t.spec.overlay && t.bodyLabels.some((l) => text.includes(l)));
    // The certification block starts at its first label (its date and certifier follow it).
    const at = Math.min(...stamped.flatMap((t) => t.bodyLabels.map((l) => text.indexOf(l)).filter((i) => i >= 0)));
    const hit: TitleHit = { phrase: '', index: Number.isFinite(at) ? at : 0, end: 0, grade: 1, line: 0 };
    const scored = scoreCandidates(
      doc,
      stamped.map((type) => ({ type, hit })),
      context,
    ).sort((a, b) => b.score - a.score);
    const registered = certificationByRegister(doc, hit.index, scored, context);
    const best = registered ?? scored[0];
    if (best) {
      const reasons = ['certification heading not found', `labels of the form of ${best.type.spec.id}`];
      const strong = registered !== null;
      if (strong) reasons.push('register symbol of its certification book');
      return {
        kind: 'result',
        candidate: best,
        confidence: 0.5,
        reasons,
        warnings: strong ? [] : ['title_from_body'],
      };
    }
  }
  if (overlay.length > 0 && (!nonResultLead || overlay.some((t) => t.hit.grade === 3))) {
    const scored = scoreCandidates(doc, overlay, context).sort((a, b) => b.score - a.score);
    const best = certificationHeading(doc, scored[0]!, overlay, catalogue);
    // The heading says one certification, its book's register symbol another (`BẢN SAO ĐÚNG VỚI BẢN CHÍNH`
    // over `Quyển số: 01/2025-SCT/CK`): a person decides.
    const certifications = catalogue.filter((t) => t.spec.overlay);
    const register = registerSymbol(doc, 0, certifications);
    if (register.length > 0 && !register.includes(best.type)) {
      const reasons = [...best.reasons, `register symbol of ${register[0]?.spec.id}`];
      return { kind: 'result', candidate: best, confidence: best.score, reasons, warnings: ['ambiguous_type'] };
    }
    // The paper under the stamp has a title of its own before the lời chứng: its header is that paper's.
    const overPaper =
      typeHits.some((t) => !t.type.spec.overlay && t.hit.grade === 3 && t.hit.index < best.hit.index) ||
      otherHits.some((o) => o.hit.grade === 3 && o.hit.index < best.hit.index);
    return { kind: 'result', candidate: best, confidence: best.score, reasons: best.reasons, overPaper };
  }

  if (leadOther && (!leadOther.result ? leadOther.hit.phrase.length >= longestLead : longestLead === 0)) {
    if (!leadOther.result) {
      const line = titleLine(doc, leadOther.hit);
      // A `PHIẾU …` that is not a known receipt or form: maybe a result (`PHIẾU LÝ LỊCH TƯ PHÁP` misread).
      if (leadOther.hit.phrase === 'phieu' && !NON_RESULT_PHIEU.test(line)) {
        return {
          kind: 'result',
          candidate: null,
          confidence: 0.35,
          reasons: [`title "${line}" has the shape of a result of a type not in the catalogue`],
          titleHit: leadOther.hit,
        };
      }
      // A non-result title over the labels of a result's own form: the title may be misread; a person checks.
      // Not when the number's symbol is a non-result's too (`Số: 4512/TB-CCTKV` under `THÔNG BÁO`): two
      // readings agree, and a result's form never carries a plan's, report's or notice's symbol.
      const evidence = letter || nonResultSymbol ? null : bodyEvidence(doc, catalogue);
      if (evidence && evidence.labels >= 3) {
        return {
          kind: 'not_a_result',
          candidate: null,
          confidence: 0.55,
          reasons: [
            `title "${leadOther.hit.phrase}" is not a procedure result`,
            `but ${evidence.labels} label(s) of the form of ${evidence.types[0]?.spec.id}: check by hand`,
          ],
        };
      }
      // A paper that is not a result (a power of attorney, a contract) with a lời chứng stamped on it, its
      // heading lost: the certification is the result. With its own certification number read, a person checks.
      const certification = catalogue.filter(
        (t) => t.spec.overlay && t.bodyLabels.some((l) => doc.flatJoined.includes(l)),
      );
      if (certification.length > 0 && context.docNumber({ numberSources: ['certification'] } as DocumentTypeSpec)) {
        return {
          kind: 'not_a_result',
          candidate: null,
          confidence: 0.55,
          reasons: [
            `title "${quoteHit(doc, leadOther.hit)}" is not a procedure result`,
            `but a certification's labels and number (${certification[0]?.spec.id}): check by hand`,
          ],
        };
      }
      return {
        kind: 'not_a_result',
        candidate: null,
        confidence: 0.9,
        reasons: [`title "${quoteHit(doc, leadOther.hit)}" is not a procedure result`],
      };
    }
    // A title printed shorter or longer than the catalogue's (`TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH` for
    // `… cải chính, bổ sung thông tin hộ tịch`): the type sharing most of its words, to review.
    const partial = partialTitle(doc, leadOther.hit, catalogue);
    if (partial) {
      const [best] = scoreCandidates(
        doc,
        partial.map((type) => ({ type, hit: leadOther.hit })),
        context,
      ).sort((a, b) => b.score - a.score);
      if (best) {
        return {
          kind: 'result',
          candidate: best,
          confidence: 0.5,
          reasons: [`title "${quoteHit(doc, leadOther.hit)}…" close to ${best.type.spec.id}`],
          warnings: ['title_partial'],
        };
      }
    }
    // A generic title ("GIẤY CHỨNG NHẬN") whose rest the OCR garbled: the number's symbol may still say which.
    // Not over a readable title of another kind (`CHỨNG CHỈ HÀNH NGHỀ THÚ Y` numbered `…/CCHN-TY` is no
    // medical licence): the title's words past its generic head must be the type's own, give or take a letter.
    const rest = titleWords(doc, leadOther.hit, true).slice(leadOther.hit.phrase.split(' ').length);
    const bySymbol =
      symbolGroup === ''
        ? []
        : catalogue.filter((t) => t.symbols.some((h) => symbolGroup.includes(h.toUpperCase())) && titleAgrees(rest, t));
    if (bySymbol.length > 0) {
      const [best] = scoreCandidates(
        doc,
        bySymbol.map((type) => ({ type, hit: leadOther.hit })),
        context,
      ).sort((a, b) => b.score - a.score);
      if (best) {
        return {
          kind: 'result',
          candidate: best,
          confidence: Math.min(0.55, best.score),
          reasons: [`title "${quoteHit(doc, leadOther.hit)}"`, `type from the symbol ${symbolGroup}`],
          warnings: ['type_from_symbol'],
        };
      }
    }
    return {
      kind: 'result',
      candidate: null,
      confidence: 0.35,
      reasons: [`title "${quoteHit(doc, leadOther.hit)}" is a result of a type not in the catalogue`],
      titleHit: leadOther.hit,
    };
  }

  // Types sharing the lead title (GPXD nhà ở / công trình, GCN QSDĐ cá nhân / tổ chức, the decisions).
  let group = leadTypes.filter((t) => t.hit.phrase.length === longestLead);
  const isDecision = group.some((t) => t.type.required.length > 0);
  if (isDecision) {
    const decisionHit = group[0]!.hit;
    const parts = decisionSubject(doc, decisionHit);
    const subject = parts.all;
    const action = decisionAction(parts.head) ?? decisionAction(parts.article);
    // Founding a school or another establishment a catalogue type is about (`thành lập Trường Mầm non …`, a
    // district's procedure for a public school, NĐ 125/2024/NĐ-CP) is a result of a procedure the catalogue
    // lacks, not an internal act: a person checks.
    if (action?.action === 'thanh lap' && foundsSubject(parts.head || parts.article, catalogue)) {
      return {
        kind: 'result',
        candidate: null,
        confidence: 0.35,
        reasons: ['decision founding an establishment: a procedure the catalogue lacks'],
        titleHit: decisionHit,
      };
    }
    if (action && !action.result) {
      // Money allotted to a person by name is not surely a budget act: a person checks.
      const toPerson = BUDGET_ACT.test(action.action) && context.holder?.kind === 'person';
      return {
        kind: 'not_a_result',
        candidate: null,
        confidence: toPerson ? 0.55 : 0.85,
        reasons: [`decision that decides "${action.action}", not a procedure result`],
      };
    }
    // A civil servant's or teacher's pay (`hưởng phụ cấp ưu đãi theo nghề`, `phụ cấp thâm niên`, NĐ 204/2004,
    // NĐ 77/2021): an internal act of the employer, whatever benefit word it shares with a procedure result.
    const pay = STAFF_PAY.exec(parts.head);
    if (pay) {
      return {
        kind: 'not_a_result',
        candidate: null,
        confidence: 0.8,
        reasons: [`decision on an internal matter ("${pay[1]}")`],
      };
    }
    // Stopping or suspending a benefit is not its grant (`Về việc chấm dứt hưởng trợ cấp thất nghiệp`): a
    // result of another procedure, which the catalogue lacks.
    const stops =
      STOPS_BENEFIT.exec(parts.head) ?? (parts.head.trim() === '' ? STOPS_BENEFIT.exec(parts.article) : null);
    if (stops) {
      return {
        kind: 'result',
        candidate: null,
        confidence: 0.35,
        reasons: [`decision that decides "${stops[1]}", not the grant of the benefit`],
        titleHit: decisionHit,
      };
    }
    // "Quyết định về việc cấp Giấy phép môi trường": the decision is that permit.
    const named = catalogue.filter((t) => t.required.length === 0 && t.titles.some((p) => subject.includes(p)));
    if (named.length > 0) group = named.map((type) => ({ type, hit: decisionHit }));
    else {
      group = group.filter((t) => namesRequired(t.type, subject));
      // What the trích yếu names decides over what Điều 1 also mentions (a monthly allowance whose Điều 1
      // adds the funeral support paid on the holder's death is still the allowance).
      const headed = group.filter((t) => namesRequired(t.type, parts.head));
      if (headed.length > 0) group = headed;
      // A trích yếu (`Về việc sáp nhập Trường …`, `Về việc điều chỉnh kế hoạch sử dụng đất …`) that names none
      // of them says what the decision does: what its Điều 1 also mentions (`hoạt động giáo dục`, `giao đất`)
      // does not type it.
      else if (/(?:^| )ve viec(?: [a-z0-9]+){2}/.test(parts.head)) group = [];
      // A trích yếu whose act comes first and names a result only as what it goes with (`Về việc giao rừng gắn
      // với giao đất lâm nghiệp`, NĐ 156/2018): the decision is of its first act, which the catalogue lacks.
      const linked = LINKED_ACT.exec(parts.head);
      if (headed.length > 0 && linked && !headed.some((t) => namesRequired(t.type, linked[1] ?? ''))) {
        return {
          kind: 'result',
          candidate: null,
          confidence: 0.35,
          reasons: [`decision whose first act ("${(linked[1] ?? '').trim()}") is not in the catalogue`],
          titleHit: decisionHit,
        };
      }
      if (group.length === 0) {
        const internal = INTERNAL_DECISION.exec(subject);
        // Permitting or recognising another body's founding (`cho phép thành lập Hội …`, `công nhận Ban …`)
        // is a result granted to its applicant, not an internal act: of a type the catalogue lacks.
        const permits =
          internal !== null &&
          /(?:^| )(?:cho phep|chap thuan|cong nhan)(?: [a-z]+){0,3} $/.test(subject.slice(0, internal.index));
        if (internal && !permits) {
          return {
            kind: 'not_a_result',
            candidate: null,
            confidence: 0.8,
            reasons: [`decision on an internal matter ("${internal[0]}")`],
          };
        }
        return {
          kind: 'result',
          candidate: null,
          confidence: 0.35,
          reasons: ['decision whose subject is not in the catalogue'],
          // The title's hit, not the filtered group's: that group is empty here.
          titleHit: decisionHit,
        };
      }
    }
  }
  const scored = scoreCandidates(doc, group, context).sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const second = scored[1];
  let confidence = best.score;
  const reasons = [...best.reasons];
  if (second && best.score - second.score < 0.05) {
    confidence -= 0.1;
    reasons.push(`close to ${second.type.spec.id}`);
  }
  if (isDecision) reasons.push('decision subject matches');
  return { kind: 'result', candidate: best, confidence, reasons };
}

/**
 * A non-result's title word read in the header, not as a title: on the motto's line (the issuer column and the
 * motto read as one line, its `SỞ` lost: `KẾ HOẠCH VÀ ĐẦU TƯ THÀNH PHỐ CẦN THƠ CỘNG HÒA XÃ HỘI …`), or naming the
 * planning department (`[Sở] Kế hoạch và Đầu tư`). A title stands on a line of its own.
 */
function inHeaderLine(doc: DocumentText, hit: TitleHit): boolean {
  const rest = titleLine(doc, hit);
  return /\bcong hoa xa hoi chu nghia\b/.test(rest) || /^ke hoach va dau tu\b/.test(rest);
}

/** The folded, punctuation-free line from a title hit to its line's end. */
function titleLine(doc: DocumentText, hit: TitleHit): string {
  let end = doc.flat.indexOf('\n', hit.index);
  if (end < 0) end = doc.flat.length;
  return doc.flat.slice(hit.index, end).trim();
}

/**
 * The first line of the body (after the issuer, within the first 20 lines) shaped like a result's title:
 * RESULT_SHAPED_TITLE, printed in upper case (a title, not a sentence).
 */
function resultShapedTitle(doc: DocumentText, issuer: Issuer | null): TitleHit | null {
  const lines = doc.flat.split('\n');
  let offset = 0;
  for (let li = 0; li < lines.length && li < 20; li++) {
    const line = lines[li] ?? '';
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (!inBody(doc, start, issuer) || !RESULT_SHAPED_TITLE.test(trimmed)) continue;
    if (/^the (socialist|republic)\b/.test(trimmed)) continue;
    const from = doc.flatMap[start] ?? 0;
    const to = doc.flatMap[start + line.length - 1] ?? from;
    const printed = originalSlice(doc, from, to + 1);
    const letters = printed.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '');
    if (letters.length < 6 || upper.length / letters.length < 0.8) continue;
    const index = start + line.indexOf(trimmed.charAt(0));
    return { phrase: trimmed, index, end: index + trimmed.length, grade: 3, line: li };
  }
  return null;
}

/** The title line as printed (upper case), for a type the catalogue lacks. */
function printedTitle(doc: DocumentText, hit: TitleHit | undefined): string | null {
  if (!hit) return null;
  const start = doc.flatMap[hit.index] ?? 0;
  let end = doc.folded.indexOf('\n', start);
  if (end < 0) end = doc.folded.length;
  const printed = originalSlice(doc, start, end)
    .replace(/[\s:.,;-]+$/, '')
    .trim();
  if (printed === '') return null;
  // Kept as printed: word-by-word restoration of an unknown title would guess wrong (QUÂN/QUẬN).
  const title = printed.toUpperCase().normalize('NFC');
  // A generic head alone on its line (`GIẤY CHỨNG NHẬN` / `ĐỦ ĐIỀU KIỆN CHĂN NUÔI`): the title goes on.
  if (!GENERIC_RESULT_TITLES.includes(flatten(printed)) || end >= doc.folded.length) return title;
  let nextEnd = doc.folded.indexOf('\n', end + 1);
  if (nextEnd < 0) nextEnd = doc.folded.length;
  const next = originalSlice(doc, end + 1, nextEnd).trim();
  const letters = next.replace(/[^\p{L}]/gu, '');
  const rest = flatten(next);
  const continues =
    letters.length >= 4 &&
    letters.replace(/[^\p{Lu}]/gu, '').length >= 0.8 * letters.length &&
    !/[0-9(]/.test(next) &&
    rest.split(' ').length <= 10 &&
    !TITLE_NOT_CONTINUED.test(rest);
  return continues ? `${title} ${next.toUpperCase().normalize('NFC')}` : title;
}

/** Lines after a title that are not its continuation: the signer's or the issuer's, a label, a citation. */
const TITLE_NOT_CONTINUED =
  /^(giam doc|pho giam doc|chu tich|pho chu tich|truong phong|pho truong phong|chi cuc truong|cuc truong|hieu truong|thu truong|kt|tm|q|uy ban|ubnd|so|phong|cong an|chi cuc|cuc|can cu|cap cho|chung nhan|ban sao|ban chinh|ho va ten|ten)( |$)/;

/** The folded words of a title from its hit to its line's end, and its next line when it was split over two. */
function titleWords(doc: DocumentText, hit: TitleHit, nextInCapitals = false): string[] {
  let end = doc.flat.indexOf('\n', hit.index);
  if (end < 0) end = doc.flat.length;
  let line = doc.flat
    .slice(hit.index, end)
    .split(' ')
    .filter((w) => w.length > 0);
  // A title split over two lines (`GIẤY CHỨNG NHẬN` / `ĐỦ ĐIỀU KIỆN CHĂN NUÔI`).
  if (line.length <= 3 && end < doc.flat.length) {
    let next = doc.flat.indexOf('\n', end + 1);
    if (next < 0) next = doc.flat.length;
    const more = doc.flat
      .slice(end + 1, next)
      .split(' ')
      .filter((w) => w.length > 0);
    const from = doc.flatMap[end + 1] ?? 0;
    const printed = originalSlice(doc, from, (doc.flatMap[next - 1] ?? from) + 1).replace(/[^\p{L}]/gu, '');
    const capitals = printed.replace(/[^\p{Lu}]/gu, '').length >= 0.8 * printed.length;
    if (more.length <= 8 && (capitals || !nextInCapitals)) line = [...line, ...more];
  }
  return line;
}

/**
 * Whether the printed words of a title past its generic head (`HÀNH NGHỀ THÚ Y` after `CHỨNG CHỈ`) are all
 * words of one of the type's titles, one misread letter allowed in a word of four or more: a readable title
 * of another kind is not that type, whatever its symbol.
 */
function titleAgrees(rest: readonly string[], type: CompiledDocumentType): boolean {
  if (rest.length === 0) return true;
  return type.titles.some((title) => {
    const words = title.split(' ');
    return rest.every((w) => words.includes(w) || (w.length >= 4 && words.some((t) => boundedDistance(w, t, 1) <= 1)));
  });
}

/** Catalogue types whose title shares at least 70 % of its words with the printed title line, and vice versa. */
function partialTitle(
  doc: DocumentText,
  hit: TitleHit,
  catalogue: readonly CompiledDocumentType[],
): CompiledDocumentType[] | null {
  const line = titleWords(doc, hit);
  if (line.length < 4) return null;
  const words = new Set(line);
  let best: CompiledDocumentType[] = [];
  let bestScore = 0;
  for (const type of catalogue) {
    if (type.required.length > 0) continue;
    for (const title of type.titles) {
      const t = title.split(' ');
      if (t[0] !== line[0] || t[1] !== line[1]) continue;
      const common = t.filter((w) => words.has(w)).length;
      // One title holds the other's words (a shortened or lengthened title), most of them.
      if ((common !== t.length && common !== words.size) || common < 4) continue;
      const score = Math.min(common / t.length, common / line.length);
      if (score < 0.6) continue;
      if (score > bestScore) {
        best = [type];
        bestScore = score;
      } else if (score === bestScore && !best.includes(type)) best.push(type);
    }
  }
  return best.length > 0 ? best : null;
}

/**
 * A commune's committee named inside a line of a lời chứng, where the issuer reader sees no line of its own:
 * beside the date and the signer's title read as one line (`Ngày 07 tháng 11 năm 2022 UBND PHƯỜNG A PHÓ CHỦ
 * TỊCH`), or the seal's words (`(UBND XÃ A - TỈNH B)`). The name ends at the line's end, a dash, a bracket, a
 * comma or the signer's title. Null when no line names one.
 */
const COMMITTEE_IN_LINE = new RegExp(
  `(?:^|[\\s(])((?:${COMMITTEE}|u[b8]n[d0op]) (?:xa|phuong|thi tran) [a-z]+(?: [a-z]+){0,3}?)(?=\\s*$|\\s*[-–),;(]|\\s+(?:huyen|tinh|quan|thi xa|tm|kt|pho chu tich|chu tich|nguoi thuc hien)\\b)`,
);
/** The committee's abbreviation as OCR misreads it (`UBNO`, `U8ND`, `UBN0`; `UBNP` on a photo of a seal, its D's bowl lost). */
const UBND_MISREAD = /(?<![\p{L}\p{N}])U[B8]N[D0OP](?![\p{L}\p{N}])/gu;

function committeeInLine(block: DocumentText): Issuer | null {
  for (let i = 0; i < block.lineStarts.length; i++) {
    const start = block.lineStarts[i] ?? 0;
    const line = foldedLine(block, i);
    const m = COMMITTEE_IN_LINE.exec(line);
    if (!m?.[1]) continue;
    const from = start + m.index + m[0].length - m[1].length;
    const printed = originalSlice(block, from, from + m[1].length).trim();
    const issuer = (block.accented ? printed : restoreDiacritics(printed))
      .toUpperCase()
      .normalize('NFC')
      .replace(UBND_MISREAD, 'UBND');
    return { issuer, level: 'commune', foldedLines: [m[1].replace(/^u[b8]n[d0op]\b/, 'ubnd')], lastLine: -1, end: 0 };
  }
  return null;
}

/** The text from the certification's title line to the end, prepared as a document of its own. */
/**
 * Flat offset of the first certification number label (the overlay types' first `numberLabels`: `Số chứng thực`)
 * from flat offset `from`, or +Infinity.
 */
function certificationNumberAt(doc: DocumentText, from: number, catalogue: readonly CompiledDocumentType[]): number {
  const labels = catalogue.flatMap((t) => (t.spec.overlay ? (t.spec.form?.numberLabels ?? []).slice(0, 1) : []));
  const found = labels.map((l) => doc.flatJoined.indexOf(flatten(l), from)).filter((i) => i >= 0);
  return Math.min(...found, Number.POSITIVE_INFINITY);
}

function certificationBlock(
  doc: DocumentText,
  hit: TitleHit,
  catalogue: readonly CompiledDocumentType[],
): DocumentText {
  const folded = doc.flatMap[hit.index] ?? 0;
  const lineStart = doc.folded.lastIndexOf('\n', folded) + 1;
  // A lời chứng on a page of its own before the copied paper's pages (a phone app's scan of the stamped page
  // first): the block ends with the page that holds its own number, so the copied paper's place–date and
  // signature block on the next pages are never the certification's.
  const numbered = certificationNumberAt(doc, doc.flat.lastIndexOf('\n', hit.index) + 1, catalogue);
  const next = Number.isFinite(numbered) ? doc.pageStarts.find((p) => p > (doc.flatMap[numbered] ?? 0)) : undefined;
  return prepareText(doc.original.slice(doc.map[lineStart] ?? 0, next === undefined ? undefined : doc.map[next]));
}

interface FuzzyHit {
  hit: TitleHit;
  type: CompiledDocumentType | null;
  result: boolean;
}

interface FuzzyPhrase {
  squashed: string;
  phrase: string;
  type: CompiledDocumentType | null;
  result: boolean;
}
const fuzzyCache = new WeakMap<readonly CompiledDocumentType[], FuzzyPhrase[]>();

function fuzzyPhrases(catalogue: readonly CompiledDocumentType[]): FuzzyPhrase[] {
  let out = fuzzyCache.get(catalogue);
  if (!out) {
    out = [
      ...catalogue.flatMap((type) =>
        type.titles.map((p) => ({ squashed: p.replace(/ /g, ''), phrase: p, type, result: true })),
      ),
      ...NON_RESULT_TITLES.map((p) => ({ squashed: p.replace(/ /g, ''), phrase: p, type: null, result: false })),
      ...GENERIC_RESULT_TITLES.map((p) => ({ squashed: p.replace(/ /g, ''), phrase: p, type: null, result: true })),
    ];
    fuzzyCache.set(catalogue, out);
  }
  return out;
}

/** Whether `short` is `long` with letters left out (each of its letters in order, none changed). */
function lettersLeftOut(short: string, long: string): boolean {
  let j = 0;
  for (const c of short) {
    j = long.indexOf(c, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/**
 * A title printed on a guilloche background whose lighter strokes the scan lost (`G Y CH NG NH N Đ NG K  H   K
 * NH D ANH`): a line of the head whose letters are, in order, at least 60 % of the letters of a title of `type`,
 * none changed, and are no such remnant of any other title (catalogue, generic or non-result). Only letters are
 * left out: a line with a letter the title lacks is not this. With the form's own labels, it names the paper.
 */
function titleRemnant(
  doc: DocumentText,
  issuer: Issuer | null,
  type: CompiledDocumentType,
  catalogue: readonly CompiledDocumentType[],
): boolean {
  const phrases = fuzzyPhrases(catalogue);
  const lines = doc.flat.split('\n');
  let offset = 0;
  for (let li = 0; li < lines.length && li < 20; li++) {
    const printed = lines[li] ?? '';
    offset += printed.length + 1;
    // Read on the motto's line (Textract's order): compared after it.
    const motto =
      /^(?:cong hoa xa hoi chu nghia viet nam |doc lap tu do hanh phuc ){1,2}(?=[a-z])/.exec(printed)?.[0].length ?? 0;
    const start = offset - printed.length - 1 + motto;
    const squashed = printed.slice(motto).replace(/ /g, '');
    if (squashed.length < 12 || !/^[a-z]+$/.test(squashed) || !inBody(doc, start, issuer)) continue;
    const spelled = phrases.filter(
      (p) =>
        squashed.length >= 0.6 * p.squashed.length &&
        squashed[0] === p.squashed[0] &&
        lettersLeftOut(squashed, p.squashed),
    );
    if (spelled.length > 0 && spelled.every((p) => p.type === type)) return true;
  }
  return false;
}

/**
 * Title lines compared without spaces and with one OCR error allowed per 12 letters, for the first lines of
 * the body. Only used when no title matched as printed, so its cost stays off the common path.
 */
function fuzzyTitleHits(
  doc: DocumentText,
  issuer: Issuer | null,
  catalogue: readonly CompiledDocumentType[],
): FuzzyHit[] {
  const phrases = fuzzyPhrases(catalogue);
  const out: FuzzyHit[] = [];
  const lines = doc.flat.split('\n');
  let offset = 0;
  for (let li = 0; li < lines.length && li < 30; li++) {
    const printed = lines[li] ?? '';
    const lineStart = offset;
    offset += printed.length + 1;
    // The title read on the motto's line (`Độc lập - Tự do - Hạnh phúc GIẤY KHALSINH`): compared after it.
    const motto =
      /^(?:cong hoa xa hoi chu nghia viet nam |doc lap tu do hanh phuc ){1,2}(?=[a-z])/.exec(printed)?.[0].length ?? 0;
    const line = printed.slice(motto);
    const start = lineStart + motto;
    if (!inBody(doc, start, issuer)) continue;
    // The title may run on over the next lines, with OCR specks (`in`, `SH,`) read as lines in between.
    const next = lines
      .slice(li + 1, li + 4)
      .filter((l) => l.replace(/ /g, '').length > 3)
      .slice(0, 2);
    const squashed = [line, ...next].join('').replace(/ /g, '');
    const own = line.replace(/ /g, '').length;
    // A line the OCR read as marks only (`ˆ`, `"`) is no title's start; the title is on the line it reads next.
    if (own === 0) continue;
    for (const p of phrases) {
      if (p.squashed.length < 8) continue;
      // One misread letter cannot change both of the first two.
      if (squashed[0] !== p.squashed[0] && squashed[1] !== p.squashed[1]) continue;
      const budget = Math.floor(p.squashed.length / 12);
      // A letter lost or one too many (`KẾT HN` for KẾT HÔN) shifts the rest: the head is also compared one letter
      // shorter or longer, when the title line alone holds it (not with letters of the line under it: a title
      // that lacks a word, `TRÍCH LỤC THAY ĐỔI CẢI CHÍNH` over `Họ, chữ đệm…`, is not spelled out by them).
      let distance = Number.POSITIVE_INFINITY;
      for (let d = budget === 0 ? 0 : -1; d <= (budget === 0 ? 0 : 1) && distance > 0; d++) {
        const head = squashed.slice(0, p.squashed.length + d);
        if (d !== 0 && (head.length !== p.squashed.length + d || own < head.length)) continue;
        const at = head === p.squashed ? 0 : budget === 0 ? 1 : boundedDistance(head, p.squashed, budget);
        distance = Math.min(distance, at);
      }
      if (distance > budget) continue;
      const end = Math.min(start + line.length, doc.flat.length);
      out.push({ hit: { phrase: p.phrase, index: start, end, grade: 3, line: li }, type: p.type, result: p.result });
    }
  }
  return out;
}

const round2 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/** Classifies one document's OCR text (or `ExtractedText`) into the `extract/classify --json` contract. */

/**
 * A number whose symbol runs on past where it was read, through a stop or colon the OCR put for a hyphen
 * (`Số: 9876/QĐ:SLĐTBXH` read as `9876/QĐ`), or a bare number with letters run onto it (`Số: 04TLNCMC` read as
 * `04`): the symbol was cut, so the number is checked by a person.
 */
function cutSymbol(doc: DocumentText, number: DocNumber, docNumber: string | null): boolean {
  if (docNumber === null) return false;
  const own = lineIndexAt(doc, number.index);
  const line = foldedLine(doc, own);
  const chars = [...foldAccents(docNumber).toLowerCase().replace(/\s+/g, '')];
  const printed = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('\\s?'));
  const m = printed.exec(line);
  if (m) {
    const after = line.slice(m.index + m[0].length);
    // A bare number run into letters (`Số: 04TLNCMC`, its slash lost): the symbol was dropped, not absent.
    if (number.symbol === null ? /^[a-z]{2}/.test(after) : /^[:;][a-z]{2}/.test(after)) return true;
  }
  // Or that number line left unread above, and a number read further down (`Số: 04 Quyển số: 01/2020`, the
  // register entry's): which one is the paper's, a person says.
  for (let i = 0; i < own && i < 15; i++) if (RUN_TOGETHER_NUMBER.test(foldedLine(doc, i))) return true;
  return false;
}

/**
 * A date printed in figures and then in words (`Ngày 03/03/2025 (Ngày mùng ba tháng ba năm hai nghìn không trăm
 * hai mươi lăm)`, TT 01/2020/TT-BTP's lời chứng; a birth date's `ghi bằng chữ`) whose two readings differ: one
 * was misread (a photo's `01/01/2025`), so the date is checked by a person.
 */
function wordsDisagree(doc: DocumentText, index: number, iso: string): boolean {
  const words = findWordsDates(doc.joined.slice(index, index + 160));
  // The same year read both ways, so the words were read whole (a damaged `hai mươi bai` gives another year).
  return words.some((w) => w.index > 0 && w.index <= 60 && w.iso !== iso && w.iso.slice(0, 4) === iso.slice(0, 4));
}

/**
 * A printed end date that differs from the type's fixed term counted from the issue date in one figure only
 * (`Chứng chỉ có giá trị đến ngày 16/05/2029` on a broker's certificate read as issued `16 tháng 3 năm 2024`,
 * 60 months): one of the two dates was misread, so a person checks. Ends that differ otherwise (a shorter term
 * granted, a renewal) are the paper's own.
 */
function oneFigureOff(
  explicit: { kind: string; expiryDate: string | null },
  spec: DocumentTypeSpec | null,
  issueDate: string | null,
): boolean {
  if (explicit.kind !== 'until' || explicit.expiryDate === null || issueDate === null) return false;
  if (spec?.validity.kind !== 'fixed-term') return false;
  const ruled = expiryFromRule(spec.validity, issueDate);
  if (ruled === null || ruled === explicit.expiryDate) return false;
  const a = ruled.split('-');
  const b = explicit.expiryDate.split('-');
  // Same year, one of month or day off: a term granted shorter or longer differs in years (a 7-year
  // environmental permit where the rule says 10), not in one figure of its month or day.
  const off = a.map((x, i) => x !== b[i]);
  return !off[0] && off[1] !== off[2] && Math.abs(Date.parse(ruled) - Date.parse(explicit.expiryDate)) > 2 * 864e5;
}

/** A number line whose digits run into the symbol's letters (`Số: 04TLNCMC`): no reader takes it. */
const RUN_TOGETHER_NUMBER = /^\s*(?:so|s0|s6)\s*[:.;]?\s*[0-9]{1,6}[a-z]{3,}\b/;

/**
 * A bare number that ends in a year next to the paper's (`3122024` on a paper of 2025) may be `312/2024` with
 * its slash lost to the OCR: unless it was repaired (the paper's own year, or a civil-status register's), nobody
 * can tell where the number ends, so it is checked by a person rather than counted under the wrong number.
 */
function lostSlash(number: DocNumber, docNumber: string | null, issueDate: string | null): boolean {
  if (number.source !== 'plain' || issueDate === null || docNumber !== number.number) return false;
  const m = /^[0-9]{1,4}((?:19|20)[0-9]{2})$/.exec(number.number);
  return m !== null && Math.abs(Number(m[1]) - Number(issueDate.slice(0, 4))) <= 1;
}

/**
 * A number with a letter the OCR reads for a digit between its digits (`312/2O19`, `118/THCS-2O23`): which
 * digit it was is a guess, so the number is checked by a person rather than counted as read.
 */
function letterAmongDigits(docNumber: string | null, format?: string): boolean {
  if (docNumber === null) return false;
  if (/[0-9][OoIl|][0-9]/.test(docNumber)) return true;
  // A capital L for a 1 (`23L0/2024`), except in a registration code, where a letter among digits is the code's
  // own (a district's letter: `62L8000123`).
  return format !== 'code' && /[0-9]L[0-9]/.test(docNumber);
}

export function classifyText(input: string | ExtractedText, options: ClassifyOptions = {}): Classification {
  return classifyPages(typeof input === 'string' ? input : titlePageFirst(input, options), options);
}

/** What an inner page's own reading says: typed from its form's labels or symbol, not from a title. */
const WITHOUT_TITLE = new Set(['inner_page', 'title_from_body', 'type_from_symbol']);

/**
 * A document of several pages (a PDF, or page images sent as one document) is read as one text, its title
 * page first. When page 1 on its own is an inner page (typed from its form's labels or symbol, not from a
 * title: pages scanned out of order), the first page that on its own is a result typed from its title is
 * moved before it, so its number, issuer and date come before those of the inner pages (a land certificate's
 * later-changes page carries dates and numbers of its own). Otherwise the order is kept: a cover letter
 * before a result stays a letter.
 */
function titlePageFirst(text: ExtractedText, options: ClassifyOptions): ExtractedText {
  if (text.pages.length < 2) return text;
  const alone = (i: number) => classifyPages({ ...text, pages: text.pages.slice(i, i + 1) }, options);
  const first = alone(0);
  if (first.kind !== 'result' || !first.warnings.some((w) => WITHOUT_TITLE.has(w))) return text;
  for (let i = 1; i < text.pages.length; i++) {
    const page = alone(i);
    if (page.kind === 'result' && page.docType !== null && !page.warnings.some((w) => WITHOUT_TITLE.has(w))) {
      const lead = text.pages[i];
      return lead ? { ...text, pages: [lead, ...text.pages.filter((_, j) => j !== i)] } : text;
    }
  }
  return text;
}

function classifyPages(input: string | ExtractedText, options: ClassifyOptions): Classification {
  const catalogue = compileCatalogue(options.catalogue ?? CATALOGUE);
  const doc = prepareText(input);
  const engine = options.engine !== undefined ? options.engine : typeof input === 'string' ? null : input.engine;
  const warnings: string[] = [];

  const headerIssuer = extractIssuer(doc);
  const holder = extractHolder(doc);
  const numbers = new Map<string, DocNumber | null>();
  const docNumberFor = (spec: DocumentTypeSpec): DocNumber | null => {
    const key = spec.numberSources.join(',');
    if (!numbers.has(key)) numbers.set(key, extractDocNumber(doc, spec.numberSources));
    return numbers.get(key) ?? null;
  };
  const level = headerIssuer?.level ?? null;
  let decision = decide(doc, headerIssuer, { docNumber: docNumberFor, level, holder }, catalogue);
  const draft = decision.kind === 'result' ? draftMark(doc) : null;
  if (draft !== null) {
    // An unsigned draft has no legal value whatever it would become; one with its number and date written in
    // (a signed paper that kept a draft's stamp is unheard of, but the OCR may read a watermark) is checked.
    const blank =
      extractPlaceAndDate(doc).issueDate === null ||
      !docNumberFor(decision.candidate?.type.spec ?? ({ numberSources: ['symbol', 'plain'] } as DocumentTypeSpec))
        ?.docNumber;
    const of = decision.candidate ? ` of ${decision.candidate.type.spec.id}` : '';
    decision = {
      kind: 'not_a_result',
      candidate: null,
      confidence: blank ? 0.85 : 0.55,
      reasons: [
        `draft${of} (“${draft}”)`,
        blank ? 'number or date left blank: not issued' : 'number and date filled in: check by hand',
      ],
    };
  }
  const spec = decision.candidate?.type.spec ?? null;
  warnings.push(...(decision.warnings ?? []));

  let { place, issueDate, rejectedDates, index: dateIndex } = extractPlaceAndDate(doc);
  /** Where the issue date was read (its OCR line's confidence gates it); null when not from `doc`'s lines. */
  let dateAt: { doc: DocumentText; index: number } | null = issueDate !== null ? { doc, index: dateIndex } : null;
  if (rejectedDates > 0) warnings.push('impossible_date_ignored');
  // The day written by hand into the place–date line: read, and checked by a person.
  const handwritten = issueDate === null ? handwrittenDay(doc) : null;
  if (handwritten) {
    issueDate = handwritten.iso;
    dateAt = { doc, index: handwritten.index };
    warnings.push('issue_date_uncertain');
  }
  // A registration certificate changed later is the certificate of its latest change, dated by it; a licence
  // re-issued (`Cấp lần thứ: 02, ngày …`) is dated by its latest issue.
  const layout = spec?.form?.layout;
  const changed = layout === 'registration-certificate' || layout === 'licence' ? latestChangeDate(doc) : null;
  const changeReason = changed !== null && changed !== issueDate;
  if (changed !== null && (issueDate === null || changed > issueDate)) {
    issueDate = changed;
    dateAt = null;
  }
  let issuer = headerIssuer;

  // A certification stamped on another paper (a diploma, a power of attorney): its date, issuer and
  // validity are those of the certification block, not of the paper it certifies.
  if (spec?.overlay && decision.candidate && decision.candidate.hit.index > 0) {
    const block = certificationBlock(doc, decision.candidate.hit, catalogue);
    const own = extractPlaceAndDate(block);
    const loiChung = own.issueDate === null ? certificationDate(block) : null;
    if (own.issueDate !== null) {
      ({ place, issueDate } = own);
      dateAt = { doc: block, index: own.index };
    } else if (loiChung) {
      issueDate = loiChung.iso;
      dateAt = { doc: block, index: loiChung.index };
    }
    const certifier = extractIssuer(block);
    // The header is the certifier's when it is a body that certifies (UBND xã, Phòng Tư pháp) and heads the
    // certification itself (a lời chứng page: its title a few lines under the header). A copy's header, or a
    // label inside the copied paper (`Nơi đăng ký: UBND xã …`), is the certified paper's issuer, never the
    // certifier, even when a committee issued it; nor is a header over another paper's title (a copied
    // decision of a district committee, its title and trích yếu between the header and the stamp).
    const headsCertification =
      issuer !== null &&
      issuer.lastLine >= 0 &&
      !decision.overPaper &&
      lineIndexAt(doc, doc.flatMap[decision.candidate.hit.index] ?? 0) - issuer.lastLine <= 6;
    const headerCertifies =
      (headsCertification || issuer?.certifies === true) &&
      issuer !== null &&
      issuer.level !== null &&
      typicalLevels(spec).has(issuer.level);
    // The certified paper's header is not the certifier: with no certifier read, the issuer is unknown.
    if (!headerCertifies) issuer = certifier;
    // Nor is its date the certification's (a diploma's `ngày 30 tháng 6` above a stamp dated in words or blank).
    if (own.issueDate === null && !loiChung && !headsCertification) {
      issueDate = null;
      dateAt = null;
    }
    // No certifier read in words: a commune's seal that names the certification's place is the certifier.
    if (issuer === null)
      issuer = sealIssuer(block, own.place) ?? committeeInLine(block) ?? signatureTierIssuer(block, own.place);
  } else if (issuer === null && decision.kind === 'result') {
    // No body read in the header or the signature: a seal may have garbled the signature's committee line and
    // left its tier line, which the place–date line confirms.
    issuer = signatureTierIssuer(doc, place);
  }

  // A certification whose date no other reader found: its lời chứng's (`ngày mười lăm tháng …, tại …`).
  if (spec?.overlay && issueDate === null) {
    const own = certificationDate(doc);
    if (own) {
      issueDate = own.iso;
      dateAt = { doc, index: own.index };
    }
  }

  if (decision.kind === 'not_a_result') {
    // A page the OCR barely read is not surely a non-result: it may be a result it could not see.
    let confidence = decision.confidence;
    if (doc.ocrConfidence !== null && doc.ocrConfidence < 0.6) {
      confidence *= 0.5 + doc.ocrConfidence / 1.2;
      warnings.push('low_ocr_confidence');
    }
    return withReview({
      kind: 'not_a_result',
      docType: null,
      title: null,
      docNumber: docNumberFor({ numberSources: ['symbol'] } as DocumentTypeSpec)?.docNumber || null,
      issuer: issuer?.issuer ?? null,
      level,
      place,
      issueDate,
      expiryDate: null,
      holder: null,
      confidence: round2(confidence),
      engine,
      pages: doc.pages,
      warnings,
      reasons: decision.reasons,
    });
  }

  const number = docNumberFor(spec ?? ({ numberSources: ['symbol', 'plain'] } as DocumentTypeSpec));
  let resultLevel = issuer?.level ?? null;
  const reasons = [...decision.reasons];
  // The header did not name the tier (`ỦY BAN NHÂN DÂN` alone): the signature block may (`TM. ỦY BAN NHÂN DÂN
  // HUYỆN …`). Not for a certification, whose signature is the certifier's own block already read.
  if (resultLevel === null && issuer !== null && !spec?.overlay) {
    resultLevel = levelFromSignature(doc);
    if (resultLevel !== null) reasons.push('level from the signature block');
    // `TM. ỦY BAN NHÂN DÂN` alone: a committee's place–date line names its own unit.
    else if (spec) {
      resultLevel = committeeLevelFromPlace(issuer, place, issueDate, spec.levels.before);
      if (resultLevel !== null) reasons.push('level from the committee’s place–date line');
    }
  } else if (resultLevel !== null && issuer === headerIssuer && !spec?.overlay) {
    // The header names a higher tier than the body that signs (`ỦY BAN NHÂN DÂN` / `TP. ĐIỆN BIÊN PHỦ` over
    // `CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HIM LAM`): the header's own line of the body was lost; a person checks.
    const signed = levelFromSignature(doc);
    if (signed !== null && TIER_RANK[signed] < TIER_RANK[resultLevel]) {
      warnings.push('level_uncertain');
      reasons.push(`the signature block names a ${signed} body`);
    }
  }
  // Only a header's: a signature's `TM. ỦY BAN NHÂN DÂN HUYỆN` is one line, the body that signs, none under it.
  if (
    resultLevel !== null &&
    issuer !== null &&
    issuer === headerIssuer &&
    issuer.lastLine >= 0 &&
    namelessTier(issuer)
  ) {
    warnings.push('level_uncertain');
    reasons.push('the header names its tier but no unit');
  }
  if (changeReason && issueDate === changed) reasons.push('issue date: latest change registration');
  if (resultLevel === null && spec) {
    const levels = typicalLevels(spec);
    if (levels.size === 1) {
      resultLevel = [...levels][0] ?? null;
      reasons.push('level from document type');
    }
  }
  if (resultLevel !== null && !levelExistsOn(resultLevel, issueDate)) {
    reasons.push(`no ${resultLevel} level on ${issueDate}`);
    resultLevel = null;
  }

  let expiryDate: string | null = null;
  // Only the paper's own validity: a certification, a land certificate or a lease decision prints dates
  // (an attorney's term, a land-use or lease term) that are not its expiry.
  const ownValidity = spec === null || (!spec.overlay && spec.form?.expiryFromText !== false);
  const explicit = ownValidity ? findExplicitExpiry(doc.joined, issueDate, (i) => inCitationZone(doc, i)) : null;
  if (explicit) {
    expiryDate = explicit.expiryDate;
    reasons.push(`validity: ${explicit.kind} "${explicit.clause}"`);
    if (explicit.conflict || oneFigureOff(explicit, spec, issueDate)) warnings.push('expiry_uncertain');
  } else if (spec) {
    expiryDate = expiryFromRule(spec.validity, issueDate);
    // A type whose end is only what its paper prints, none read: the expiry is not known.
    if (spec.validity.kind === 'explicit') warnings.push('expiry_not_printed', 'expiry_uncertain');
  }
  // `có hiệu lực đến ngày …/…/……` with its date blank or unreadable: never guessed from the type's rule.
  if (ownValidity && !explicit && hasBlankValidity(doc.joined)) warnings.push('expiry_uncertain');
  if (expiryDate !== null && issueDate !== null && expiryDate < issueDate) warnings.push('expiry_before_issue');
  if (issueDate !== null && options.referenceDate && issueDate > options.referenceDate)
    warnings.push('issue_date_in_future');

  // Civil-status registers number per year (`Số: 211/2024`); OCR often drops the slash (`2112024`). On any
  // other form with a bare number (not a registration code or a serial), a number that ends in the paper's own
  // issue year (`3122025` on a paper of 24/11/2025) is `312/2025`, the ND 30 number and its year; a year off by
  // one says less (a paper numbered in one year, dated the next?): kept, and checked (lostSlash).
  let docNumber = number?.docNumber || null;
  if (number?.blank) reasons.push('number left blank on the form');
  const format = spec?.form?.numberFormat;
  if (number?.source === 'plain' && issueDate !== null && format !== 'code' && format !== 'serial') {
    const m = /^([0-9]{1,4})((?:19|20)[0-9]{2})$/.exec(number.number);
    const gap = m ? Math.abs(Number(m[2]) - Number(issueDate.slice(0, 4))) : Number.POSITIVE_INFINITY;
    if (m && (gap === 0 || (format === 'number-year' && gap <= 1))) {
      docNumber = `${m[1]}/${m[2]}`;
      reasons.push('number and register year joined without their slash');
    }
  }
  if (number === null || number.blank) warnings.push('missing_doc_number');
  else if (
    number.uncertain ||
    lineConfidenceAt(doc, number.index) < KEY_LINE_MIN_CONFIDENCE ||
    lostSlash(number, docNumber, issueDate) ||
    cutSymbol(doc, number, docNumber) ||
    letterAmongDigits(docNumber, format) ||
    (docNumber !== null && misreadSymbolGroup(docNumber, spec?.symbolHints ?? [], issuer?.issuer ?? null) !== null) ||
    (docNumber !== null &&
      !doc.accented &&
      strokeLostGroup(docNumber, spec?.symbolHints ?? [], issuer?.issuer ?? null) !== null)
  )
    warnings.push('doc_number_uncertain');
  // A land certificate's number is its `Số vào sổ cấp GCN`; the blank's serial stands in only to be checked.
  else if (number.source === 'serial' && spec?.form?.layout === 'land-certificate')
    warnings.push('doc_number_from_serial');
  if (issueDate === null) warnings.push('missing_issue_date');
  // The same gate for the date: a date read from a line the OCR all but failed on goes to review, and so does a
  // day or month written by hand into the form's dotted slots (as a day written into a blank place–date line).
  else if (
    dateAt !== null &&
    (lineConfidenceAt(dateAt.doc, dateAt.index) < KEY_LINE_MIN_CONFIDENCE ||
      dateInSlots(dateAt.doc.joined, dateAt.index) ||
      wordsDisagree(dateAt.doc, dateAt.index, issueDate))
  )
    warnings.push('issue_date_uncertain');
  if (issuer === null) warnings.push('missing_issuer');
  if (spec === null) warnings.push('unknown_document_type');

  let confidence =
    decision.confidence * (0.7 + (number && !number.blank ? 0.1 : 0) + (issueDate ? 0.1 : 0) + (issuer ? 0.1 : 0));
  confidence = Math.min(confidence + 0.12, decision.confidence + 0.12);
  if (doc.ocrConfidence !== null && doc.ocrConfidence < 0.6) {
    confidence *= 0.5 + doc.ocrConfidence / 1.2;
    warnings.push('low_ocr_confidence');
  }

  return withReview({
    kind: 'result',
    docType: spec?.id ?? null,
    title: spec?.title ?? printedTitle(doc, decision.titleHit),
    docNumber,
    issuer: issuer?.issuer ?? null,
    level: resultLevel,
    place,
    issueDate,
    expiryDate,
    holder: holder?.holder ?? null,
    confidence: round2(confidence),
    engine,
    pages: doc.pages,
    warnings,
    reasons,
  });
}

const TIER_RANK: Record<Level, number> = { commune: 1, district: 2, province: 3 };

/**
 * Below this OCR confidence the line a result's number (or issue date) was read from is one the OCR all but failed on (a
 * phone photo's `3142/2025` read at 0.07 for a printed `312/2025`): the number goes to review however clean
 * the rest is. A number line shared with a speck (`số:07 Ê`, 0.40) is still read right, hence not higher.
 */
export const KEY_LINE_MIN_CONFIDENCE = 0.3;

/**
 * OCR confidence of the line a field read at folded offset `index` came from: its label's line and, when the
 * label stands alone (`Số:` with the value on the next line), the value's line too; the lower one. 1 when the
 * engine gave none.
 */
function lineConfidenceAt(doc: DocumentText, index: number): number {
  if (!doc.lineConfidence) return 1;
  const at = lineIndexAt(doc, index);
  const own = doc.lineConfidence[at] ?? 1;
  const [, end] = lineBounds(doc, at);
  if (/[0-9]/.test(doc.folded.slice(index, end)) || at + 1 >= doc.lineStarts.length) return own;
  return Math.min(own, doc.lineConfidence[at + 1] ?? 1);
}

/** The classification with `needsReview` and `reviewReasons` (re-run it after changing `warnings`). */
export function withReview(c: Classification): Classification {
  const reviewReasons = computeReviewReasons(c);
  c.needsReview = reviewReasons.length > 0;
  c.reviewReasons = reviewReasons;
  return c;
}

/**
 * A draft's mark (ND 30/2020 Phụ lục I: `DỰ THẢO`, `Dự thảo lần 2` boxed above the motto or the title; a title
 * ending in `(Dự thảo)`; `(Bản dự thảo kèm Tờ trình …)`): the mark as printed, or null. A mark is a line of its
 * own, a line joined to the motto by the OCR, or a parenthesis: `dự thảo` inside a sentence is not a mark.
 */
function draftMark(doc: DocumentText): string | null {
  const lines = doc.folded.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const folded = lines[i] ?? '';
    const flat = flatten(folded);
    const mark =
      DRAFT_LINE.test(flat) ||
      DRAFT_BY_MOTTO.test(flat) ||
      (i < 3 && DRAFT_BY_ISSUER.test(flat)) ||
      /\(\s*(?:ban |van ban )?du thao\b[^)]*\)?\s*$/.test(folded) ||
      /^\s*\(\s*(?:ban |van ban )?du thao\b/.test(folded);
    if (mark) {
      const start = doc.lineStarts[i] ?? 0;
      return originalSlice(doc, start, start + folded.length).trim();
    }
  }
  return null;
}

const DRAFT_LINE = /^(?:ban |van ban )?du thao(?: lan [0-9a-z]{1,3}| [0-9]{1,2}(?: [0-9]{1,4}){0,2})?$/;
const DRAFT_BY_MOTTO =
  /^(?:du thao(?: lan [0-9a-z]{1,3})? (?:cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc)|(?:cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc) du thao(?: lan [0-9a-z]{1,3})?)$/;

/**
 * The mark read on one line with the issuer's first line (a layout reader such as Textract sorts a box in the
 * top corner beside the header: `DỰ THẢO ỦY BAN NHÂN DÂN`, `UBND TỈNH … DỰ THẢO`); only in the text's first three lines.
 */
const ISSUER_HEAD = `(?:${COMMITTEE}|ubnd|so|bo|cong an|phong|trung tam|ban quan ly|chi cuc|cuc)`;
const DRAFT_BY_ISSUER = new RegExp(
  `^(?:du thao(?: lan [0-9a-z]{1,3})? ${ISSUER_HEAD}\\b|${ISSUER_HEAD}\\b.{0,60} du thao(?: lan [0-9a-z]{1,3})?$)`,
);

/** Folded, punctuation-free form of a phrase, as the classifier matches it (exported for tests and tools). */
export const matchForm = flatten;
