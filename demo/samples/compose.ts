/**
 * `composeDocument`: the pure text and layout of one realistic administrative result (or a page that is
 * not a result), with its ground truth. Same spec and seed → same document.
 */

import { findDocumentType } from '#shared/domain/catalogue.ts';
import type { Classification, Level } from '#shared/domain/types.ts';
import {
  addDays,
  addMonths,
  anyVnDate,
  compare,
  fromIso,
  randomDate,
  toIso,
  vnDateNumeric,
  vnDateWords,
  type Ymd,
} from './dates.ts';
import { type Issuer, makeIssuer } from './issuers.ts';
import { type Block, blocksToLines, line, space } from './layout.ts';
import { makeRng, type Rng } from './random.ts';
import { findTemplate, type TemplateContext, termClause } from './templates.ts';
import { DISTRICTS, personName } from './vietnam-data.ts';

/** The Classification fields a perfect reader would return for a sample (the ground truth). */
export type SampleTruth = Pick<
  Classification,
  'kind' | 'docType' | 'title' | 'docNumber' | 'issuer' | 'level' | 'place' | 'issueDate' | 'expiryDate' | 'holder'
>;

/** An agency to issue the document as (the demo's own agencies), instead of a random Điện Biên body. */
export interface SampleAgency {
  name: string;
  level: Level;
  /** Header lines, superior body first, e.g. ["UBND TỈNH ĐIỆN BIÊN", "SỞ Y TẾ"]. */
  issuerLines: string[];
  /** Place in the date line; derived from the level and the last issuer line when absent. */
  place?: string;
}

export interface ComposeSpec {
  docType: string;
  level?: Level;
  seed: number;
  /** Fixed-term types only: issue it so that it has already expired on `referenceDate`. */
  expired?: boolean;
  /** ISO date the document must be valid (or expired) at; default 2026-01-01. */
  referenceDate?: string;
  agency?: SampleAgency;
}

export interface ComposedDocument {
  lines: string[];
  blocks: Block[];
  truth: SampleTruth;
}

const REFORM_DISTRICT_END: Ymd = { y: 2025, m: 6, d: 30 };
const SO_MERGER: Ymd = { y: 2025, m: 3, d: 1 };
const EARLIEST: Ymd = { y: 2012, m: 1, d: 1 };

const titleCaseVi = (s: string): string =>
  s
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');

function placeFromLines(level: Level, lines: readonly string[]): string {
  if (level === 'province') return 'Điện Biên';
  const last = lines[lines.length - 1] ?? '';
  const bare = last
    .replace(/^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+/u, '')
    .replace(/^(HUYỆN|THÀNH PHỐ|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+/u, '');
  return titleCaseVi(bare) || 'Điện Biên';
}

function agencyIssuer(rng: Rng, agency: SampleAgency): Issuer {
  const district = rng.pick(DISTRICTS);
  const signer = agency.issuerLines.some((l) => /^SỞ|^CÔNG AN/u.test(l))
    ? ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']
    : agency.issuerLines.some((l) => /^PHÒNG/u.test(l))
      ? ['TRƯỞNG PHÒNG']
      : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
  return {
    lines: agency.issuerLines,
    level: agency.level,
    symbolOrg: 'UBND',
    place: agency.place ?? placeFromLines(agency.level, agency.issuerLines),
    district,
    commune: rng.pick(district.communes),
    signer,
  };
}

function chooseIssueDate(rng: Rng, level: Level, term: number | undefined, expired: boolean, ref: Ymd): Ymd {
  const latest =
    level === 'district' && compare(ref, REFORM_DISTRICT_END) > 0 ? REFORM_DISTRICT_END : addDays(ref, -10);
  if (term === undefined) return randomDate(rng, EARLIEST, latest);
  if (expired) {
    const lastIssue = addDays(addMonths(ref, -term), -20);
    return randomDate(rng, addMonths(lastIssue, -48), lastIssue);
  }
  const firstIssue = addDays(addMonths(ref, -term), 20);
  return randomDate(rng, compare(firstIssue, latest) < 0 ? firstIssue : addDays(latest, -1), latest);
}

function headerRows(rng: Rng, issuer: Issuer): Block[] {
  const [first = '', second] = issuer.lines;
  const rows: Block[] = [
    {
      kind: 'row',
      left: { text: first, bold: second === undefined, size: 12 },
      right: { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 12 },
    },
    {
      kind: 'row',
      ...(second ? { left: { text: second, bold: true, size: 12, underline: true } } : {}),
      right: {
        text: rng.chance(0.8) ? 'Độc lập - Tự do - Hạnh phúc' : 'Độc lập – Tự do – Hạnh phúc',
        bold: true,
        size: 13,
        underline: true,
      },
    },
  ];
  for (const extra of issuer.lines.slice(2)) rows.push({ kind: 'row', left: { text: extra, bold: true, size: 12 } });
  return rows;
}

function signature(rng: Rng, issuer: Issuer, withRecipients: boolean): Block[] {
  const signer = personName(rng);
  const left = withRecipients ? ['Nơi nhận:', '- Như Điều 3;', rng.pick(['- Lưu: VT.', '- Lưu: VT, hồ sơ.'])] : [];
  const right = [...issuer.signer];
  const rows: Block[] = [space(10)];
  const height = Math.max(left.length, right.length);
  for (let i = 0; i < height; i++) {
    const l = left[i];
    const r = right[i];
    rows.push({
      kind: 'row',
      ...(l ? { left: { text: l, size: i === 0 ? 11 : 10, bold: i === 0, italic: i === 0 } } : {}),
      ...(r ? { right: { text: r, bold: true, size: 12 } } : {}),
    });
  }
  if (rng.chance(0.3)) rows.push({ kind: 'row', right: { text: '(Đã ký)', italic: true, size: 11 } });
  rows.push(space(rng.int(28, 44)));
  rows.push({ kind: 'row', right: { text: signer.name, bold: true, size: 13 } });
  return rows;
}

function dateLine(rng: Rng, place: string, date: Ymd): string {
  const r = rng.next();
  if (r < 0.7) return `${place}, ${vnDateWords(date, 'nd30')}`;
  if (r < 0.85) return `${place}, ${vnDateWords(date, rng.pick(['padded', 'bare'] as const))}`;
  return `${place}, ngày ${vnDateNumeric(date, rng.pick(['slash', 'slash-padded'] as const))}`;
}

/** Composes one result document of `spec.docType`. Throws for an unknown type or a level it never has. */
export function composeDocument(spec: ComposeSpec): ComposedDocument {
  const template = findTemplate(spec.docType);
  if (!template) throw new Error(`unknown document type: ${spec.docType}`);
  const rng = makeRng(spec.seed);
  const level = spec.agency?.level ?? spec.level ?? rng.pick(template.levels);
  if (!template.levels.includes(level)) throw new Error(`${spec.docType} is not issued at ${level} level`);
  const ref = fromIso(spec.referenceDate ?? '2026-01-01');
  const term = template.termMonths?.(rng);
  // Types whose paper prints no term still lapse by the catalogue's rule (e.g. a building permit after
  // 12 months): the truth follows the catalogue, the shared source of validity rules.
  const rule = findDocumentType(template.id)?.validity;
  const ruleMonths = rule && 'months' in rule ? rule.months : undefined;
  const lapse = term ?? ruleMonths;
  const expired = Boolean(spec.expired && lapse !== undefined);
  const issueDate = chooseIssueDate(rng, level, lapse, expired, ref);
  const afterReform =
    level === 'commune' ? compare(issueDate, REFORM_DISTRICT_END) > 0 : compare(issueDate, SO_MERGER) >= 0;
  const issuer = spec.agency
    ? agencyIssuer(rng, spec.agency)
    : makeIssuer(rng, template.org(rng, level), level, afterReform);
  const ctx: TemplateContext = { rng, level, issuer, issueDate };
  const number = template.number(ctx);
  const body = template.body(ctx);
  const title = rng.pick(template.titles);

  const blocks: Block[] = headerRows(rng, issuer);
  const date = dateLine(rng, issuer.place, issueDate);
  const dateAtBottom = number.inBody ? rng.chance(0.7) : rng.chance(0.15);
  const numberRow: Block = { kind: 'row' };
  if (!number.inBody) numberRow.left = { text: number.lines.join('  '), size: 12 };
  if (!dateAtBottom) numberRow.right = { text: date, italic: true, size: 12 };
  if (numberRow.left || numberRow.right) blocks.push(space(4), numberRow);
  blocks.push(space(18), line(title, 'center', { bold: true, size: title.length > 60 ? 13 : 15 }));
  if (body.subject) blocks.push(line(body.subject, 'center', { bold: true, size: 13 }));
  if (number.inBody) for (const n of number.lines) blocks.push(line(n, 'center', { size: 12 }));
  blocks.push(space(12), ...body.blocks);

  let expiry: Ymd | null = null;
  if (term !== undefined) {
    if (spec.docType === 'giay-phep-lai-xe') {
      expiry = addMonths(issueDate, term);
      blocks.push(line(`Có giá trị đến/Expires: ${vnDateNumeric(expiry)}`, 'left', { bold: true }));
    } else {
      const noun = title.startsWith('GIẤY PHÉP')
        ? 'Giấy phép'
        : title.startsWith('GIẤY CHỨNG NHẬN')
          ? 'Giấy chứng nhận'
          : 'Giấy này';
      const clause = termClause(rng, noun, term, issueDate);
      expiry = clause.expiry;
      blocks.push(line(clause.text, 'justify'));
    }
  }
  if (rng.chance(0.3)) {
    blocks.push(
      line(
        rng.pick(['Bản chính được lập thành 02 bản, mỗi bên giữ 01 bản.', 'Cấp lần đầu.', 'Cấp lại lần thứ: 01.']),
        'left',
        { italic: true, size: 11 },
      ),
    );
  }
  if (dateAtBottom) blocks.push(space(8), { kind: 'row', right: { text: date, italic: true, size: 12 } });
  const formal = /^(QUYẾT ĐỊNH|GIẤY PHÉP)/u.test(title);
  blocks.push(...signature(rng, issuer, formal && !number.inBody && rng.chance(0.6)));

  const truth: SampleTruth = {
    kind: 'result',
    docType: template.id,
    title,
    docNumber: number.docNumber,
    issuer: issuer.lines.join(' / '),
    level: issuer.level,
    place: issuer.place,
    issueDate: toIso(issueDate),
    expiryDate: expiry ? toIso(expiry) : null,
    holder: body.holder,
  };
  return { lines: blocksToLines(blocks), blocks, truth };
}

export type NotAResultKind = 'cong-van' | 'ke-hoach' | 'thuc-don' | 'thong-bao' | 'giay-moi';
export const NOT_A_RESULT_KINDS: readonly NotAResultKind[] = [
  'cong-van',
  'ke-hoach',
  'thuc-don',
  'thong-bao',
  'giay-moi',
];

/** A page that is NOT a procedure result (official letter, plan, menu, notice, invitation). */
export function composeNotAResult(spec: { kind?: NotAResultKind; seed: number; level?: Level }): ComposedDocument {
  const rng = makeRng(spec.seed);
  const kind = spec.kind ?? rng.pick(NOT_A_RESULT_KINDS);
  const level = spec.level ?? rng.pick(['province', 'district', 'commune'] as const);
  const issueDate = randomDate(rng, EARLIEST, level === 'district' ? REFORM_DISTRICT_END : { y: 2025, m: 12, d: 20 });
  const issuer = makeIssuer(rng, { kind: 'ubnd' }, level, compare(issueDate, REFORM_DISTRICT_END) > 0);
  const n = String(rng.int(10, 2500));
  const date = dateLine(rng, issuer.place, issueDate);
  if (kind === 'thuc-don') {
    const days = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu'];
    const dishes = [
      'Cơm, thịt kho trứng, canh rau cải',
      'Cơm, cá rán, canh bí',
      'Bún thịt, rau sống',
      'Cơm, gà luộc, canh măng chua',
      'Phở bò',
      'Cơm lam, thịt trâu gác bếp',
    ];
    const blocks: Block[] = [
      line(`TRƯỜNG MẦM NON ${rng.pick(['HOA BAN', 'MƯỜNG THANH', 'SAO MAI'])}`, 'center', { bold: true }),
      line(`THỰC ĐƠN TUẦN ${rng.int(1, 4)} THÁNG ${issueDate.m}/${issueDate.y}`, 'center', { bold: true, size: 15 }),
      space(12),
      ...days.map((d) =>
        line(`${d}: ${rng.pick(dishes)}; tráng miệng: ${rng.pick(['chuối', 'dưa hấu', 'sữa chua'])}`, 'left'),
      ),
      space(12),
      line(`Bếp trưởng: ${personName(rng).name}`, 'right', { italic: true }),
    ];
    return {
      lines: blocksToLines(blocks),
      blocks,
      truth: {
        kind: 'not_a_result',
        docType: null,
        title: null,
        docNumber: null,
        issuer: null,
        level: null,
        place: null,
        issueDate: null,
        expiryDate: null,
        holder: null,
      },
    };
  }
  const symbol = {
    'cong-van': `UBND-${rng.pick(['VP', 'TP', 'KT'])}`,
    'ke-hoach': 'KH-UBND',
    'thong-bao': 'TB-UBND',
    'giay-moi': 'GM-UBND',
  }[kind];
  const docNumber = `${n}/${symbol}`;
  const blocks: Block[] = headerRows(rng, issuer);
  blocks.push(space(4), {
    kind: 'row',
    left: { text: `Số: ${docNumber}`, size: 12 },
    right: { text: date, italic: true, size: 12 },
  });
  if (kind === 'cong-van') {
    blocks.push(
      {
        kind: 'row',
        left: {
          text: `V/v ${rng.pick(['đôn đốc số hóa kết quả giải quyết TTHC', 'báo cáo tình hình thực hiện nhiệm vụ quý III', 'triển khai công tác phòng chống thiên tai'])}`,
          size: 11,
        },
      },
      space(14),
      line(
        `Kính gửi: ${rng.pick(['Các phòng, ban chuyên môn thuộc UBND huyện', 'UBND các xã, thị trấn', 'Các Sở, ban, ngành tỉnh'])}`,
        'center',
      ),
      space(8),
      line(
        `Thực hiện Kế hoạch số 1536/KH-UBND ngày 25 tháng 5 năm 2021 của UBND tỉnh Điện Biên, ${rng.pick(['đề nghị các đơn vị khẩn trương rà soát', 'yêu cầu các cơ quan, đơn vị tổng hợp'])} số liệu và báo cáo trước ${vnDateWords(addDays(issueDate, 15))}.`,
        'justify',
      ),
      line('Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.', 'justify'),
    );
  } else if (kind === 'ke-hoach') {
    blocks.push(
      space(14),
      line('KẾ HOẠCH', 'center', { bold: true, size: 15 }),
      line(
        rng.pick([
          'Triển khai chuyển đổi số năm 2024',
          'Số hóa kết quả giải quyết thủ tục hành chính',
          'Tuyên truyền cải cách hành chính năm 2023',
        ]),
        'center',
        { bold: true },
      ),
      space(10),
      line('I. MỤC ĐÍCH, YÊU CẦU', 'left', { bold: true }),
      line('1. Nâng cao hiệu quả ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.', 'justify'),
      line('II. NỘI DUNG THỰC HIỆN', 'left', { bold: true }),
      line(`Phấn đấu đến hết năm ${issueDate.y} đạt tỷ lệ ${rng.int(30, 100)}% kết quả được số hóa.`, 'justify'),
      line('III. TỔ CHỨC THỰC HIỆN', 'left', { bold: true }),
      line('Các cơ quan, đơn vị căn cứ nội dung Kế hoạch tổ chức triển khai thực hiện./.', 'justify'),
    );
  } else if (kind === 'thong-bao') {
    blocks.push(
      space(14),
      line('THÔNG BÁO', 'center', { bold: true, size: 15 }),
      line(
        rng.pick([
          'Về việc tạm ngừng cung cấp nước sạch',
          'Lịch tiếp công dân tháng 10',
          'Kết luận của Chủ tịch tại cuộc họp giao ban',
        ]),
        'center',
        { bold: true },
      ),
      space(10),
      line(
        `${rng.pick(['Ủy ban nhân dân', 'Văn phòng HĐND và UBND'])} thông báo đến toàn thể nhân dân được biết và thực hiện.`,
        'justify',
      ),
      line(`Thời gian: từ ${vnDateWords(addDays(issueDate, 3))}.`, 'justify'),
    );
  } else {
    blocks.push(
      space(14),
      line('GIẤY MỜI', 'center', { bold: true, size: 15 }),
      line(`Kính mời: ${rng.pick(['Ông', 'Bà'])} ${personName(rng).name}`, 'left'),
      line(`Đến dự: Hội nghị ${rng.pick(['tổng kết công tác năm', 'triển khai Đề án 06', 'sơ kết 6 tháng'])}`, 'left'),
      line(`Thời gian: 07 giờ 30 phút, ${vnDateWords(addDays(issueDate, 5))}`, 'left'),
      line(`Địa điểm: Hội trường ${rng.pick(['UBND', 'Trung tâm Văn hóa'])}`, 'left'),
    );
  }
  blocks.push(...signature(rng, issuer, kind === 'cong-van'));
  return {
    lines: blocksToLines(blocks),
    blocks,
    truth: {
      kind: 'not_a_result',
      docType: null,
      title: null,
      docNumber,
      issuer: issuer.lines.join(' / '),
      level: issuer.level,
      place: issuer.place,
      issueDate: toIso(issueDate),
      expiryDate: null,
      holder: null,
    },
  };
}

export { anyVnDate };
