/**
 * One template per catalogue type: who issues it at which level, how its number prints, its title
 * variants, its body, and its validity clause. Each draws its wording from alternatives so that the
 * corpus is not one fixed text per type (the classifier is evaluated on it).
 */
import type { Level } from '#shared/domain/types.ts';
import { addDays, addMonths, anyVnDate, fromIso, vnDateNumeric, vnDateWords, type Ymd } from './dates.ts';
import type { Issuer, OrgKind } from './issuers.ts';
import { type Block, line } from './layout.ts';
import type { Rng } from './random.ts';
import { businessName, digits, ETHNICITIES, personName, streetAddress } from './vietnam-data.ts';

export interface TemplateContext {
  rng: Rng;
  level: Level;
  issuer: Issuer;
  issueDate: Ymd;
}

export interface NumberPrint {
  /** Truth: number/symbol as printed, without the label. */
  docNumber: string;
  /** Lines printed under the issuer (usually one "Số: …"); `inBody` puts them after the title instead. */
  lines: string[];
  inBody?: boolean;
}

export interface Validity {
  /** Months of validity from the issue date, or an explicit end date; null = open-ended. */
  months?: number;
  /** Whether the clause prints an explicit end date rather than a term. */
  explicitEnd?: boolean;
}

export interface BodyResult {
  blocks: Block[];
  holder: string | null;
  /** Optional subject line under the title (trích yếu). */
  subject?: string;
  /** A term the body itself prints (a land allocation's "thời hạn sử dụng đất"), in months from issue. */
  termMonths?: number;
}

export interface TypeTemplate {
  id: string;
  levels: readonly Level[];
  titles: readonly string[];
  org(rng: Rng, level: Level): OrgKind;
  number(ctx: TemplateContext): NumberPrint;
  body(ctx: TemplateContext): BodyResult;
  /** Term in months when the type is fixed-term (a clause prints it); undefined = open-ended. */
  termMonths?(rng: Rng): number;
}

const UBND: OrgKind = { kind: 'ubnd' };
const SO_Y_TE: OrgKind = { kind: 'department', before: 'SỞ Y TẾ', symbol: 'SYT', sign: 'so' };
const SO_TNMT: OrgKind = {
  kind: 'department',
  before: 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  after: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
  symbol: 'STNMT',
  symbolAfter: 'SNNMT',
  sign: 'so',
};
const SO_KHDT: OrgKind = {
  kind: 'department',
  before: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ',
  after: 'SỞ TÀI CHÍNH',
  symbol: 'SKHĐT',
  symbolAfter: 'STC',
  sign: 'so',
};
const SO_GTVT: OrgKind = {
  kind: 'department',
  before: 'SỞ GIAO THÔNG VẬN TẢI',
  after: 'SỞ XÂY DỰNG',
  symbol: 'SGTVT',
  symbolAfter: 'SXD',
  sign: 'so',
};
const SO_XD: OrgKind = { kind: 'department', before: 'SỞ XÂY DỰNG', symbol: 'SXD', sign: 'so' };
const SO_CT: OrgKind = { kind: 'department', before: 'SỞ CÔNG THƯƠNG', symbol: 'SCT', sign: 'so' };
const SO_NN: OrgKind = {
  kind: 'department',
  before: 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
  after: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
  symbol: 'SNN',
  symbolAfter: 'SNNMT',
  sign: 'so',
};
const PHONG_TCKH: OrgKind = { kind: 'department', before: 'PHÒNG TÀI CHÍNH - KẾ HOẠCH', symbol: 'TCKH', sign: 'phong' };
const PHONG_TU_PHAP: OrgKind = { kind: 'department', before: 'PHÒNG TƯ PHÁP', symbol: 'TP', sign: 'phong' };
const PHONG_KTHT: OrgKind = { kind: 'department', before: 'PHÒNG KINH TẾ VÀ HẠ TẦNG', symbol: 'KTHT', sign: 'phong' };

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const seq = (rng: Rng): string => pad(rng.chance(0.6) ? rng.int(1, 99) : rng.int(100, 2999));
const label = (rng: Rng): string => rng.pick(['Số:', 'Số:', 'Số:', 'Số', 'Số :']);

function symbolNumber(ctx: TemplateContext, symbols: readonly string[]): NumberPrint {
  const docNumber = `${seq(ctx.rng)}/${ctx.rng.pick(symbols)}`;
  return { docNumber, lines: [`${label(ctx.rng)} ${docNumber}`] };
}

const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const nameAs = (rng: Rng, name: string): string => (rng.chance(0.5) ? name.toLocaleUpperCase('vi') : name);

/** Prints a term clause in one of several wordings. The truth's expiry is computed from the same term. */
export function termClause(rng: Rng, noun: string, months: number, issue: Ymd): { text: string; expiry: Ymd } {
  const years = months % 12 === 0 ? months / 12 : null;
  const span = years ? `${pad(years)} năm` : `${pad(months)} tháng`;
  const explicit = addMonths(issue, months);
  const printedEnd = rng.chance(0.3) ? addDays(explicit, -1) : explicit;
  const forms: Array<() => { text: string; expiry: Ymd }> = [
    () => ({ text: `${noun} có hiệu lực đến ${anyVnDate(rng, printedEnd)}.`, expiry: printedEnd }),
    () => ({ text: `${noun} có giá trị đến ${anyVnDate(rng, printedEnd)}.`, expiry: printedEnd }),
    () => ({ text: `Thời hạn hiệu lực: đến ${vnDateNumeric(printedEnd)}.`, expiry: printedEnd }),
    () => ({ text: `${noun} có thời hạn ${span} kể từ ngày cấp.`, expiry: explicit }),
    () => ({ text: `${noun} có giá trị ${span} kể từ ngày cấp.`, expiry: explicit }),
    () => ({ text: `Thời hạn của ${noun.toLocaleLowerCase('vi')}: ${span} kể từ ngày ký.`, expiry: explicit }),
  ];
  return rng.pick(forms)();
}

const birth = (rng: Rng, from = 1950, to = 2005): Ymd => ({
  y: rng.int(from, to),
  m: rng.int(1, 12),
  d: rng.int(1, 28),
});

function civilPerson(
  ctx: TemplateContext,
  heading: string | null,
  sex?: 'Nam' | 'Nữ',
): { blocks: Block[]; name: string } {
  const { rng, issuer } = ctx;
  const p = personName(rng, sex);
  const b = birth(rng);
  const blocks: Block[] = [];
  if (heading) blocks.push(line(heading, 'left', { bold: true }));
  blocks.push(line(`Họ, chữ đệm, tên: ${nameAs(rng, p.name)}`, 'left'));
  blocks.push(line(`Ngày, tháng, năm sinh: ${vnDateNumeric(b)}`, 'left'));
  blocks.push(line(`Giới tính: ${p.sex}    Dân tộc: ${rng.pick(ETHNICITIES)}    Quốc tịch: Việt Nam`, 'left'));
  blocks.push(line(`Nơi cư trú: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'));
  blocks.push(line(`Giấy tờ tùy thân: Căn cước công dân số ${`0${digits(rng, 11)}`}`, 'left'));
  return { blocks, name: p.name };
}

export const TEMPLATES: readonly TypeTemplate[] = [
  {
    id: 'khai-sinh',
    levels: ['commune'],
    titles: ['GIẤY KHAI SINH'],
    org: () => UBND,
    number: ({ rng, issueDate }) => {
      const n = String(rng.int(1, 250));
      return { docNumber: n, lines: [`Số: ${n}`, `Quyển số: ${pad(rng.int(1, 3))}/${issueDate.y}`] };
    },
    body: (ctx) => {
      const { rng, issuer, issueDate } = ctx;
      const child = personName(rng);
      const b = addDays(issueDate, -rng.int(3, 300));
      const father = personName(rng, 'Nam');
      const mother = personName(rng, 'Nữ');
      const blocks: Block[] = [
        line(`Họ, chữ đệm, tên: ${child.name.toLocaleUpperCase('vi')}`, 'left', { bold: true }),
        line(`Ngày, tháng, năm sinh: ${vnDateNumeric(b)}    ghi bằng chữ: ${vnDateWords(b, 'bare')}`, 'left'),
        line(`Giới tính: ${child.sex}    Dân tộc: ${rng.pick(ETHNICITIES)}    Quốc tịch: Việt Nam`, 'left'),
        line(
          `Nơi sinh: ${rng.pick(['Trạm Y tế', 'Bệnh viện đa khoa'])} ${issuer.commune}, ${issuer.district.full}, tỉnh Điện Biên`,
          'left',
        ),
        line(`Quê quán: ${issuer.commune}, ${issuer.district.full}, tỉnh Điện Biên`, 'left'),
        line(`Số định danh cá nhân: 011${digits(rng, 9)}`, 'left'),
        line(`Họ, chữ đệm, tên người mẹ: ${mother.name}`, 'left'),
        line(`Năm sinh: ${rng.int(1975, 2003)}    Dân tộc: ${rng.pick(ETHNICITIES)}    Quốc tịch: Việt Nam`, 'left'),
        line(`Họ, chữ đệm, tên người cha: ${father.name}`, 'left'),
        line(`Nơi cư trú: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(
          `Người đi khai sinh: ${rng.pick([mother.name, father.name])}    Quan hệ với người được khai sinh: ${rng.pick(['Mẹ', 'Cha'])}`,
          'left',
        ),
        line(
          `Nơi đăng ký khai sinh: Ủy ban nhân dân ${issuer.commune}, ${issuer.district.full}, tỉnh Điện Biên`,
          'left',
        ),
      ];
      return { blocks, holder: child.name };
    },
  },
  {
    id: 'trich-luc-khai-sinh',
    levels: ['commune'],
    titles: ['TRÍCH LỤC KHAI SINH', 'TRÍCH LỤC KHAI SINH (BẢN SAO)'],
    org: () => UBND,
    number: (ctx) => symbolNumber(ctx, ['TLKS-BS', 'TLKS', 'TLKS-BS']),
    body: (ctx) => {
      const { rng, issuer, issueDate } = ctx;
      const child = personName(rng);
      const b = birth(rng, 1960, issueDate.y - 1);
      const blocks: Block[] = [
        line(`${rng.pick(['Họ, chữ đệm, tên:', 'Họ và tên:'])} ${nameAs(rng, child.name)}`, 'left'),
        line(`Ngày, tháng, năm sinh: ${vnDateNumeric(b)}`, 'left'),
        line(`Giới tính: ${child.sex}    Dân tộc: ${rng.pick(ETHNICITIES)}    Quốc tịch: Việt Nam`, 'left'),
        line(`Nơi sinh: ${issuer.commune}, ${issuer.district.full}, tỉnh Điện Biên`, 'left'),
        line(`Họ, chữ đệm, tên người mẹ: ${personName(rng, 'Nữ').name}`, 'left'),
        line(`Họ, chữ đệm, tên người cha: ${personName(rng, 'Nam').name}`, 'left'),
        line(
          `Đã đăng ký khai sinh tại Ủy ban nhân dân ${issuer.commune} ngày ${vnDateNumeric(addDays(b, rng.int(5, 60)))}, số ${rng.int(1, 200)}, quyển số ${pad(rng.int(1, 3))}.`,
          'justify',
        ),
        line(
          rng.pick([
            'Sao từ Sổ đăng ký khai sinh.',
            'Bản sao trích lục được cấp từ Sổ hộ tịch.',
            'Trích lục từ Cơ sở dữ liệu hộ tịch điện tử.',
          ]),
          'left',
          { italic: true },
        ),
      ];
      return { blocks, holder: child.name };
    },
  },
  {
    id: 'ket-hon',
    levels: ['commune', 'district'],
    titles: ['GIẤY CHỨNG NHẬN KẾT HÔN'],
    org: () => UBND,
    number: ({ rng, issueDate }) => {
      const n = String(rng.int(1, 120));
      return { docNumber: n, lines: [`Số: ${n}`, `Quyển số: ${pad(rng.int(1, 2))}/${issueDate.y}`] };
    },
    body: (ctx) => {
      const { rng, level } = ctx;
      const husband = civilPerson(ctx, 'Họ, chữ đệm, tên chồng:', 'Nam');
      const wife = civilPerson(ctx, 'Họ, chữ đệm, tên vợ:', 'Nữ');
      const foreign = level === 'district';
      if (foreign) {
        wife.blocks[3] = line(`Giới tính: Nữ    Dân tộc: Lào    Quốc tịch: ${rng.pick(['Lào', 'Trung Quốc'])}`, 'left');
      }
      const blocks: Block[] = [
        ...husband.blocks,
        ...wife.blocks,
        line(`Đăng ký kết hôn ${rng.pick(['ngày', 'vào ngày'])} ${vnDateNumeric(ctx.issueDate)}`, 'left'),
      ];
      return { blocks, holder: `${husband.name} và ${wife.name}` };
    },
  },
  {
    id: 'xac-nhan-tinh-trang-hon-nhan',
    levels: ['commune'],
    titles: ['GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN'],
    org: () => UBND,
    number: (ctx) => symbolNumber(ctx, ['UBND-XNTTHN', 'XNTTHN', 'XNTTHN-UBND']),
    termMonths: () => 6,
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const p = civilPerson(ctx, null);
      const blocks: Block[] = [
        line(
          `Xét đề nghị của ${rng.pick(['ông/bà', 'công dân'])} ${p.name} về việc xác nhận tình trạng hôn nhân,`,
          'justify',
        ),
        line(`ỦY BAN NHÂN DÂN ${issuer.commune.toLocaleUpperCase('vi')} XÁC NHẬN:`, 'center', { bold: true }),
        ...p.blocks,
        line(
          `Tình trạng hôn nhân: ${rng.pick(['Chưa đăng ký kết hôn với ai.', 'Hiện tại chưa kết hôn.', 'Đã đăng ký kết hôn, nhưng đã ly hôn theo Bản án số 12/2018/HNGĐ-ST.'])}`,
          'left',
        ),
        line(
          `Giấy này được cấp để: ${rng.pick(['làm thủ tục đăng ký kết hôn.', 'bổ sung hồ sơ xin việc.', 'làm thủ tục vay vốn ngân hàng.'])}`,
          'left',
        ),
      ];
      return { blocks, holder: p.name };
    },
  },
  {
    id: 'trich-luc-khai-tu',
    levels: ['commune'],
    titles: ['TRÍCH LỤC KHAI TỬ', 'TRÍCH LỤC KHAI TỬ (BẢN SAO)'],
    org: () => UBND,
    number: (ctx) => symbolNumber(ctx, ['TLKT-BS', 'TLKT']),
    body: (ctx) => {
      const { rng, issuer, issueDate } = ctx;
      const p = personName(rng);
      const died = addDays(issueDate, -rng.int(2, 40));
      const blocks: Block[] = [
        line(`Họ, chữ đệm, tên: ${nameAs(rng, p.name)}`, 'left'),
        line(`Ngày, tháng, năm sinh: ${vnDateNumeric(birth(rng, 1925, 1980))}    Giới tính: ${p.sex}`, 'left'),
        line(`Dân tộc: ${rng.pick(ETHNICITIES)}    Quốc tịch: Việt Nam`, 'left'),
        line(`Nơi cư trú cuối cùng: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`Đã chết vào lúc ${rng.int(0, 23)} giờ ${rng.int(0, 59)} phút, ${vnDateWords(died, 'nd30')}`, 'left'),
        line(
          `Nơi chết: ${rng.pick(['tại nhà', 'Bệnh viện đa khoa tỉnh Điện Biên', `Trung tâm Y tế ${issuer.district.full}`])}`,
          'left',
        ),
        line(`Nguyên nhân chết: ${rng.pick(['Bệnh', 'Tuổi cao', 'Tai nạn giao thông'])}`, 'left'),
        line(`Người đi khai tử: ${personName(rng).name}`, 'left'),
      ];
      return { blocks, holder: p.name };
    },
  },
  {
    id: 'chung-thuc-ban-sao',
    levels: ['commune', 'district'],
    titles: ['CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH', 'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC'],
    org: (rng, level) => (level === 'district' && rng.chance(0.6) ? PHONG_TU_PHAP : UBND),
    number: ({ rng, issueDate }) => {
      const n = String(rng.int(1, 4000));
      return {
        docNumber: n,
        lines: [`Số chứng thực: ${n}`, `Quyển số: ${pad(rng.int(1, 5))}/${issueDate.y}-SCT/BS`],
        inBody: true,
      };
    },
    body: (ctx) => {
      const { rng } = ctx;
      const p = personName(rng);
      const paper = rng.pick([
        'Bằng tốt nghiệp trung học phổ thông',
        'Giấy khai sinh',
        'Sổ hộ khẩu',
        'Bằng cử nhân',
        'Giấy chứng nhận quyền sử dụng đất',
      ]);
      const blocks: Block[] = [
        line(
          `Chứng thực bản sao này đúng với bản chính ${paper} của ${rng.pick(['ông', 'bà', 'công dân'])} ${p.name}.`,
          'justify',
        ),
        line(`Bản sao gồm ${pad(rng.int(1, 4))} trang.`, 'left'),
        line(
          rng.pick([
            'Người yêu cầu chứng thực chịu trách nhiệm về tính hợp pháp của bản chính.',
            'Bản sao được chứng thực có giá trị sử dụng thay cho bản chính.',
          ]),
          'justify',
        ),
      ];
      return { blocks, holder: p.name };
    },
  },
  {
    id: 'chung-thuc-chu-ky',
    levels: ['commune', 'district'],
    titles: ['LỜI CHỨNG CHỨNG THỰC CHỮ KÝ', 'CHỨNG THỰC CHỮ KÝ', 'LỜI CHỨNG CHỨNG THỰC HỢP ĐỒNG'],
    org: (rng, level) => (level === 'district' && rng.chance(0.6) ? PHONG_TU_PHAP : UBND),
    number: ({ rng, issueDate }) => {
      const n = String(rng.int(1, 900));
      const book = rng.pick(['SCT/CK', 'SCT/HĐGD']);
      return {
        docNumber: n,
        lines: [`Số chứng thực: ${n}`, `Quyển số: ${pad(rng.int(1, 3))}/${issueDate.y}-${book}`],
        inBody: true,
      };
    },
    body: (ctx) => {
      const { rng, issueDate, issuer } = ctx;
      const p = personName(rng);
      const blocks: Block[] = [
        line(
          `${cap(vnDateWords(issueDate, 'nd30'))} (${rng.pick(['bằng chữ', 'ghi bằng chữ'])}: ${rng.pick(['ngày', 'hôm nay'])}),`,
          'left',
        ),
        line(`tại Ủy ban nhân dân ${issuer.commune}, ${issuer.district.full}, tỉnh Điện Biên.`, 'left'),
        line(
          `Tôi, ${personName(rng).name}, ${rng.pick(['Phó Chủ tịch', 'Chủ tịch', 'công chức Tư pháp - Hộ tịch'])},`,
          'left',
        ),
        line(`Chứng thực: ${rng.pick(['Ông', 'Bà'])} ${p.name}, Căn cước công dân số 0${digits(rng, 11)},`, 'left'),
        line(
          rng.pick([
            'đã ký vào giấy ủy quyền này trước mặt tôi.',
            'cam đoan đã tự nguyện ký vào hợp đồng và chịu trách nhiệm về nội dung.',
            'đã ký vào văn bản này trước mặt người thực hiện chứng thực.',
          ]),
          'left',
        ),
      ];
      return { blocks, holder: p.name };
    },
  },
  {
    id: 'dang-ky-ho-kinh-doanh',
    levels: ['district', 'commune'],
    titles: ['GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH'],
    org: (_rng, level) => (level === 'district' ? PHONG_TCKH : UBND),
    number: ({ rng }) => {
      const code = `62${rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])}${rng.int(8, 8)}${digits(rng, 6)}`;
      return {
        docNumber: code,
        lines: [`${rng.pick(['Mã số hộ kinh doanh:', 'Số:', 'Mã số:'])} ${code}`],
        inBody: true,
      };
    },
    body: (ctx) => {
      const { rng, issuer, issueDate } = ctx;
      const shop = businessName(rng, 'shop');
      const owner = personName(rng);
      const first = addDays(issueDate, -rng.int(0, 2000));
      const blocks: Block[] = [
        line(`Đăng ký lần đầu: ${anyVnDate(rng, first)}`, 'left', { italic: true }),
        line(`1. Tên hộ kinh doanh: ${shop.toLocaleUpperCase('vi')}`, 'left', { bold: true }),
        line(`2. Địa điểm kinh doanh: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`Điện thoại: 0${digits(rng, 9)}`, 'left'),
        line(
          `3. Ngành, nghề kinh doanh: ${rng.pick(['Bán lẻ hàng tạp hóa', 'Kinh doanh ăn uống', 'Sửa chữa xe máy', 'Bán lẻ vật liệu xây dựng'])}`,
          'left',
        ),
        line(`4. Vốn kinh doanh: ${rng.int(20, 900)}.000.000 đồng`, 'left'),
        line(`5. Họ và tên đại diện hộ kinh doanh: ${nameAs(rng, owner.name)}    Giới tính: ${owner.sex}`, 'left'),
        line(`Căn cước công dân số: 0${digits(rng, 11)}`, 'left'),
      ];
      return { blocks, holder: shop };
    },
  },
  {
    id: 'dang-ky-hop-tac-xa',
    levels: ['district', 'province', 'commune'],
    titles: ['GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ'],
    org: (_rng, level) => (level === 'district' ? PHONG_TCKH : level === 'province' ? SO_KHDT : UBND),
    number: ({ rng }) => {
      const code = `56${digits(rng, 8)}`;
      return { docNumber: code, lines: [`${rng.pick(['Mã số hợp tác xã:', 'Mã số HTX:'])} ${code}`], inBody: true };
    },
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const coop = businessName(rng, 'coop');
      const blocks: Block[] = [
        line(`1. Tên hợp tác xã viết bằng tiếng Việt: ${coop.toLocaleUpperCase('vi')}`, 'left', { bold: true }),
        line(`2. Địa chỉ trụ sở chính: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(
          `3. Ngành, nghề kinh doanh: ${rng.pick(['Trồng chè, chế biến chè', 'Chăn nuôi gia súc', 'Dịch vụ thủy lợi', 'Trồng cà phê'])}`,
          'left',
        ),
        line(`4. Vốn điều lệ: ${rng.int(100, 5000)}.000.000 đồng`, 'left'),
        line(`5. Người đại diện theo pháp luật: ${personName(rng).name}, chức danh: Giám đốc`, 'left'),
        line(`6. Số thành viên: ${rng.int(7, 60)}`, 'left'),
      ];
      return { blocks, holder: coop };
    },
  },
  {
    id: 'giay-phep-xay-dung-nha-o',
    levels: ['district', 'commune'],
    titles: ['GIẤY PHÉP XÂY DỰNG', 'GIẤY PHÉP XÂY DỰNG NHÀ Ở RIÊNG LẺ'],
    org: (rng, level) => (level === 'district' && rng.chance(0.3) ? PHONG_KTHT : UBND),
    number: (ctx) => symbolNumber(ctx, ['GPXD', 'GPXD-UBND', 'GPXD']),
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const p = personName(rng);
      const blocks: Block[] = [
        line(`${rng.pick(['Sử dụng cho nhà ở riêng lẻ', 'Dùng cho nhà ở riêng lẻ'])}`, 'center', { italic: true }),
        line(`1. Cấp cho: ${rng.pick(['Ông', 'Bà', 'Ông (bà)'])} ${nameAs(rng, p.name)}`, 'left'),
        line(`Địa chỉ: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`2. Được phép xây dựng công trình: Nhà ở riêng lẻ ${rng.int(1, 4)} tầng`, 'left'),
        line(`- Theo thiết kế: do ${personName(rng).name} lập`, 'left'),
        line(
          `- Gồm các nội dung: Vị trí xây dựng: thửa đất số ${rng.int(1, 400)}, tờ bản đồ số ${rng.int(1, 60)}`,
          'left',
        ),
        line(`- Diện tích xây dựng tầng 1: ${rng.int(50, 180)} m2; tổng diện tích sàn: ${rng.int(60, 400)} m2`, 'left'),
        line(`- Chiều cao công trình: ${rng.int(4, 16)} m; số tầng: ${rng.int(1, 4)}`, 'left'),
        line(
          rng.pick([
            '3. Giấy phép có hiệu lực kể từ ngày ký.',
            '3. Chủ đầu tư phải thông báo ngày khởi công cho cơ quan cấp phép.',
          ]),
          'left',
        ),
      ];
      return { blocks, holder: p.name };
    },
  },
  {
    id: 'gcn-qsdd-ca-nhan',
    levels: ['district', 'province', 'commune'],
    titles: [
      'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
      'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT',
    ],
    org: (_rng, level) => (level === 'province' ? SO_TNMT : UBND),
    number: ({ rng }) => {
      const book = `${rng.pick(['CH', 'CS', 'CT'])}${pad(rng.int(0, 9))}${digits(rng, 3)}`;
      return {
        docNumber: book,
        lines: [`Số vào sổ cấp GCN: ${book}`, `Số phát hành: ${rng.pick(['BX', 'CĐ', 'DA'])} ${digits(rng, 6)}`],
        inBody: true,
      };
    },
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const a = personName(rng, 'Nam');
      const b = personName(rng, 'Nữ');
      const couple = rng.chance(0.5);
      const blocks: Block[] = [
        line('I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất', 'left', { bold: true }),
        line(
          `${rng.pick(['Ông', 'Ông:'])} ${nameAs(rng, a.name)}, sinh năm ${rng.int(1950, 1995)}, CCCD số 0${digits(rng, 11)}`,
          'left',
        ),
        ...(couple ? [line(`và vợ là bà ${b.name}, sinh năm ${rng.int(1955, 1998)}`, 'left')] : []),
        line(`Địa chỉ thường trú: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line('II. Thửa đất, nhà ở và tài sản khác gắn liền với đất', 'left', { bold: true }),
        line(`a) Thửa đất số: ${rng.int(1, 500)}, tờ bản đồ số: ${rng.int(1, 80)}`, 'left'),
        line(`b) Địa chỉ: ${issuer.commune}, ${issuer.district.full}`, 'left'),
        line(
          `c) Diện tích: ${rng.int(80, 2000)} m2 (bằng chữ: ${rng.pick(['một trăm', 'ba trăm', 'năm trăm'])} mét vuông)`,
          'left',
        ),
        line(`d) Hình thức sử dụng: ${rng.pick(['Sử dụng riêng', 'Sử dụng chung'])}`, 'left'),
        line(
          `đ) Mục đích sử dụng: ${rng.pick(['Đất ở tại nông thôn', 'Đất trồng cây lâu năm', 'Đất ở tại đô thị'])}`,
          'left',
        ),
        line(
          `e) Thời hạn sử dụng: ${rng.pick(['Lâu dài', `Đến ngày ${vnDateNumeric({ y: rng.int(2040, 2070), m: rng.int(1, 12), d: rng.int(1, 28) })}`])}`,
          'left',
        ),
        line(
          `g) Nguồn gốc sử dụng: ${rng.pick(['Nhà nước giao đất có thu tiền sử dụng đất', 'Công nhận quyền sử dụng đất'])}`,
          'left',
        ),
      ];
      return { blocks, holder: a.name };
    },
  },
  {
    id: 'gcn-qsdd-to-chuc',
    levels: ['province'],
    titles: ['GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT'],
    org: (rng) => (rng.chance(0.7) ? SO_TNMT : UBND),
    number: ({ rng }) => {
      const book = `${rng.pick(['CT', 'CS'])}${pad(rng.int(0, 9))}${digits(rng, 3)}`;
      return {
        docNumber: book,
        lines: [`Số vào sổ cấp GCN: ${book}`, `Số phát hành: ${rng.pick(['BX', 'DA'])} ${digits(rng, 6)}`],
        inBody: true,
      };
    },
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const org = rng.pick([
        businessName(rng, 'company'),
        `Trường Tiểu học ${issuer.commune.replace(/^xã /u, '')}`,
        businessName(rng, 'coop'),
      ]);
      const blocks: Block[] = [
        line('I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất', 'left', { bold: true }),
        line(`${rng.pick(['Tổ chức:', 'Tên tổ chức:'])} ${org.toLocaleUpperCase('vi')}`, 'left'),
        line(`Mã số doanh nghiệp/Quyết định thành lập: 56${digits(rng, 8)}`, 'left'),
        line(`Địa chỉ trụ sở: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line('II. Thửa đất, nhà ở và tài sản khác gắn liền với đất', 'left', { bold: true }),
        line(`a) Thửa đất số: ${rng.int(1, 500)}, tờ bản đồ số: ${rng.int(1, 80)}`, 'left'),
        line(`b) Diện tích: ${rng.int(500, 20000)} m2`, 'left'),
        line(
          `c) Hình thức sử dụng: Sử dụng riêng; mục đích: ${rng.pick(['Đất thương mại, dịch vụ', 'Đất xây dựng cơ sở giáo dục', 'Đất sản xuất kinh doanh'])}`,
          'left',
        ),
        line(
          `d) Thời hạn sử dụng: ${rng.pick(['50 năm', 'Lâu dài'])}; nguồn gốc: Nhà nước cho thuê đất trả tiền hằng năm`,
          'left',
        ),
      ];
      return { blocks, holder: org };
    },
  },
  {
    id: 'giay-phep-ban-le-ruou',
    levels: ['district', 'commune'],
    titles: ['GIẤY PHÉP BÁN LẺ RƯỢU', 'GIẤY PHÉP BÁN LẺ SẢN PHẨM RƯỢU'],
    org: () => UBND,
    number: (ctx) => symbolNumber(ctx, ['GP-UBND', 'GPBLR', 'GPBLR-UBND']),
    termMonths: () => 60,
    body: (ctx) => licenceBody(ctx, 'rượu', 'Bán lẻ sản phẩm rượu có độ cồn dưới 5,5 độ và từ 5,5 độ trở lên'),
  },
  {
    id: 'giay-phep-ban-le-thuoc-la',
    levels: ['district', 'commune'],
    titles: ['GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ'],
    org: () => UBND,
    number: (ctx) => symbolNumber(ctx, ['GP-UBND', 'GPBLTL', 'GPBLTL-UBND']),
    termMonths: () => 60,
    body: (ctx) => licenceBody(ctx, 'thuốc lá', 'Bán lẻ sản phẩm thuốc lá'),
  },
  {
    id: 'quyet-dinh-tro-cap-xa-hoi',
    levels: ['district', 'commune'],
    titles: ['QUYẾT ĐỊNH'],
    org: () => UBND,
    number: (ctx) => symbolNumber(ctx, ['QĐ-UBND']),
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const p = personName(rng);
      const amount = rng.pick(['360.000', '540.000', '720.000', '1.080.000']);
      const chair =
        ctx.level === 'district'
          ? `CHỦ TỊCH ỦY BAN NHÂN DÂN ${issuer.district.unit}`
          : `CHỦ TỊCH ỦY BAN NHÂN DÂN ${issuer.commune.toLocaleUpperCase('vi')}`;
      const blocks: Block[] = [
        line(chair, 'center', { bold: true }),
        line('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'justify', { italic: true }),
        line(
          'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;',
          'justify',
          { italic: true },
        ),
        line(
          `Xét đề nghị của ${rng.pick(['Trưởng phòng Lao động - Thương binh và Xã hội', 'công chức Văn hóa - Xã hội', 'Hội đồng xét duyệt trợ giúp xã hội'])},`,
          'justify',
          { italic: true },
        ),
        line('QUYẾT ĐỊNH:', 'center', { bold: true }),
        line(
          `Điều 1. ${rng.pick(['Thực hiện chế độ trợ cấp xã hội hàng tháng đối với', 'Cho hưởng trợ cấp xã hội hàng tháng đối với'])} ${rng.pick(['ông', 'bà'])} ${p.name}, sinh năm ${rng.int(1930, 2015)}, trú tại ${streetAddress(rng, issuer.commune, issuer.district)}.`,
          'justify',
        ),
        line(
          `Đối tượng: ${rng.pick(['Người cao tuổi từ đủ 80 tuổi trở lên', 'Người khuyết tật nặng', 'Trẻ em mồ côi cả cha và mẹ', 'Người đơn thân nghèo nuôi con'])}.`,
          'justify',
        ),
        line(
          `Mức trợ cấp hàng tháng: ${amount} đồng. Thời điểm hưởng: từ ${rng.pick(['tháng', 'ngày 01 tháng'])} ${rng.int(1, 12)} năm ${ctx.issueDate.y}.`,
          'justify',
        ),
        line('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', 'justify'),
        line(
          'Điều 3. Các cơ quan, đơn vị và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
          'justify',
        ),
      ];
      return {
        blocks,
        holder: p.name,
        subject: rng.pick([
          'Về việc thực hiện chế độ trợ cấp xã hội hàng tháng',
          'Về việc hưởng trợ cấp xã hội hàng tháng',
          'V/v trợ cấp xã hội hàng tháng cho đối tượng bảo trợ xã hội',
        ]),
      };
    },
  },
  {
    id: 'gcn-an-toan-thuc-pham',
    levels: ['province', 'district'],
    titles: [
      'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
      'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
    ],
    org: (rng, level) => (level === 'province' ? rng.pick([SO_Y_TE, SO_Y_TE, SO_NN, SO_CT]) : UBND),
    number: (ctx) => {
      const docNumber = `${pad(ctx.rng.int(1, 300))}/${ctx.issueDate.y}/${ctx.rng.pick(['ATTP-CNĐK', `GCNATTP-${ctx.issuer.symbolOrg}`])}`;
      return { docNumber, lines: [`${label(ctx.rng)} ${docNumber}`] };
    },
    termMonths: () => 36,
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const name = rng.chance(0.5)
        ? businessName(rng, 'shop')
        : rng.pick([
            `Bếp ăn tập thể Trường Mầm non ${issuer.commune.replace(/^(xã|phường|thị trấn) /u, '')}`,
            `Cơ sở sản xuất bánh ${personName(rng).name}`,
          ]);
      const blocks: Block[] = [
        line(`${rng.pick(['Chứng nhận', 'CHỨNG NHẬN'])}: ${name.toLocaleUpperCase('vi')}`, 'left', { bold: true }),
        line(`Chủ cơ sở: ${personName(rng).name}`, 'left'),
        line(`Địa chỉ: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`Điện thoại: 0${digits(rng, 9)}`, 'left'),
        line(
          `ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM THEO QUY ĐỊNH ĐỂ ${rng.pick(['SẢN XUẤT', 'KINH DOANH', 'KINH DOANH DỊCH VỤ ĂN UỐNG'])}:`,
          'left',
          { bold: true },
        ),
        line(
          rng.pick(['Bánh các loại', 'Dịch vụ ăn uống', 'Rượu thủ công', 'Nước uống đóng chai', 'Chè búp khô']),
          'center',
        ),
      ];
      return { blocks, holder: name };
    },
  },
  {
    id: 'dang-ky-doanh-nghiep',
    levels: ['province'],
    titles: [
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN',
    ],
    org: () => ({ kind: 'department', before: 'PHÒNG ĐĂNG KÝ KINH DOANH', symbol: 'ĐKKD', sign: 'phong' }),
    number: ({ rng }) => {
      const code = `56${digits(rng, 8)}`;
      return { docNumber: code, lines: [`Mã số doanh nghiệp: ${code}`], inBody: true };
    },
    body: (ctx) => {
      const { rng, issuer, issueDate } = ctx;
      const company = businessName(rng, 'company');
      const first = addDays(issueDate, -rng.int(0, 3000));
      const blocks: Block[] = [
        line(`Đăng ký lần đầu: ${anyVnDate(rng, first)}`, 'left', { italic: true }),
        ...(rng.chance(0.5)
          ? [line(`Đăng ký thay đổi lần thứ: ${rng.int(1, 5)}, ${vnDateWords(issueDate)}`, 'left', { italic: true })]
          : []),
        line('1. Tên công ty', 'left', { bold: true }),
        line(`Tên công ty viết bằng tiếng Việt: ${company.toLocaleUpperCase('vi')}`, 'left'),
        line(`2. Địa chỉ trụ sở chính: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`3. Vốn điều lệ: ${rng.int(1, 50)}.000.000.000 đồng`, 'left'),
        line('4. Người đại diện theo pháp luật của công ty', 'left', { bold: true }),
        line(`Họ và tên: ${personName(rng).name.toLocaleUpperCase('vi')}    Chức danh: Giám đốc`, 'left'),
      ];
      return { blocks, holder: company };
    },
  },
  {
    id: 'giay-phep-lai-xe',
    levels: ['province'],
    titles: ['GIẤY PHÉP LÁI XE'],
    org: (rng) => (rng.chance(0.5) ? SO_GTVT : { kind: 'police' }),
    number: ({ rng }) => {
      const code = `11${digits(rng, 10)}`;
      return { docNumber: code, lines: [`${rng.pick(['Số/No:', 'Số:'])} ${code}`], inBody: true };
    },
    termMonths: (rng) => rng.pick([60, 120]),
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const p = personName(rng);
      const blocks: Block[] = [
        line("DRIVER'S LICENSE", 'center', { bold: true }),
        line(`Họ tên/Full name: ${p.name.toLocaleUpperCase('vi')}`, 'left'),
        line(`Ngày sinh/Date of birth: ${vnDateNumeric(birth(rng, 1960, 2004))}`, 'left'),
        line('Quốc tịch/Nationality: VIỆT NAM', 'left'),
        line(`Nơi cư trú/Address: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`Hạng/Class: ${rng.pick(['B2', 'C', 'D', 'B'])}`, 'left'),
      ];
      return { blocks, holder: p.name };
    },
  },
  {
    id: 'giay-phep-hanh-nghe-kcb',
    levels: ['province'],
    titles: ['GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH', 'GIẤY PHÉP HÀNH NGHỀ'],
    org: () => SO_Y_TE,
    number: (ctx) => {
      const docNumber = `${String(ctx.rng.int(1, 9999)).padStart(6, '0')}/ĐBI-GPHN`;
      return { docNumber, lines: [`${label(ctx.rng)} ${docNumber}`] };
    },
    termMonths: () => 60,
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const p = personName(rng);
      const blocks: Block[] = [
        line(`GIÁM ĐỐC SỞ Y TẾ TỈNH ĐIỆN BIÊN`, 'center', { bold: true }),
        line(`Cấp cho ${rng.pick(['ông', 'bà', 'ông/bà'])}: ${nameAs(rng, p.name)}`, 'left'),
        line(`Ngày, tháng, năm sinh: ${vnDateNumeric(birth(rng, 1960, 1998))}`, 'left'),
        line(`Địa chỉ: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(
          `Văn bằng chuyên môn: ${rng.pick(['Bác sỹ đa khoa', 'Y sỹ', 'Điều dưỡng', 'Bác sỹ Y học cổ truyền'])}`,
          'left',
        ),
        line(
          `Phạm vi hoạt động chuyên môn: ${rng.pick(['Khám bệnh, chữa bệnh đa khoa', 'Khám bệnh, chữa bệnh chuyên khoa Nội', 'Thực hiện kỹ thuật điều dưỡng'])}`,
          'left',
        ),
      ];
      return { blocks, holder: p.name };
    },
  },
  {
    id: 'chung-chi-hanh-nghe-duoc',
    levels: ['province'],
    titles: ['CHỨNG CHỈ HÀNH NGHỀ DƯỢC'],
    org: () => SO_Y_TE,
    number: (ctx) => symbolNumber(ctx, ['CCHN-D-SYT-ĐBI', 'CCHND-SYT']),
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const p = personName(rng);
      const blocks: Block[] = [
        line(`Họ và tên: ${nameAs(rng, p.name)}`, 'left'),
        line(`Ngày, tháng, năm sinh: ${vnDateNumeric(birth(rng, 1960, 1998))}`, 'left'),
        line(`Số CCCD: 0${digits(rng, 11)}`, 'left'),
        line(`Địa chỉ thường trú: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`Văn bằng chuyên môn: ${rng.pick(['Dược sĩ đại học', 'Dược sĩ trung học', 'Cao đẳng dược'])}`, 'left'),
        line(
          `Vị trí hành nghề: ${rng.pick(['Chủ nhà thuốc', 'Phụ trách chuyên môn quầy thuốc', 'Phụ trách chuyên môn cơ sở bán buôn thuốc'])}`,
          'left',
        ),
        line(`Hình thức thi: ${rng.pick(['Xét hồ sơ', 'Không'])}`, 'left'),
      ];
      return { blocks, holder: p.name };
    },
  },
  {
    id: 'gcn-du-dieu-kien-kinh-doanh-duoc',
    levels: ['province'],
    titles: ['GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN KINH DOANH DƯỢC'],
    org: () => SO_Y_TE,
    number: (ctx) => symbolNumber(ctx, ['ĐKKDD-ĐBI', 'ĐKKDD-SYT']),
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const shop = businessName(rng, 'pharmacy');
      const blocks: Block[] = [
        line(`1. Tên cơ sở: ${shop.toLocaleUpperCase('vi')}`, 'left', { bold: true }),
        line(`2. Địa chỉ: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`3. Người chịu trách nhiệm chuyên môn về dược: ${personName(rng).name}`, 'left'),
        line(`Số Chứng chỉ hành nghề dược: ${pad(rng.int(1, 900))}/CCHN-D-SYT-ĐBI`, 'left'),
        line(`4. Loại hình cơ sở kinh doanh: ${rng.pick(['Nhà thuốc', 'Quầy thuốc', 'Cơ sở bán buôn thuốc'])}`, 'left'),
        line(
          `5. Phạm vi kinh doanh: ${rng.pick(['Bán lẻ thuốc thuộc Danh mục thuốc thiết yếu', 'Bán lẻ thuốc thành phẩm'])}`,
          'left',
        ),
      ];
      return { blocks, holder: shop };
    },
  },
  {
    id: 'giay-phep-moi-truong',
    levels: ['province', 'district'],
    titles: ['GIẤY PHÉP MÔI TRƯỜNG', 'QUYẾT ĐỊNH'],
    org: () => UBND,
    number: (ctx) => symbolNumber(ctx, ['GPMT-UBND', 'GPMT-UBND']),
    termMonths: (rng) => rng.pick([84, 120]),
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const company = businessName(rng, 'company');
      const blocks: Block[] = [
        line('Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;', 'justify', { italic: true }),
        line('Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ;', 'justify', { italic: true }),
        line(
          `Điều 1. Cấp phép cho ${company}, địa chỉ tại ${streetAddress(rng, issuer.commune, issuer.district)}, được thực hiện các hoạt động bảo vệ môi trường của dự án "${rng.pick(['Nhà máy chế biến chè', 'Trang trại chăn nuôi lợn', 'Mỏ đá vôi', 'Nhà máy thủy điện nhỏ'])} ${issuer.commune.replace(/^(xã|phường|thị trấn) /u, '')}".`,
          'justify',
        ),
        line(
          `Điều 2. Nội dung cấp phép môi trường: xả nước thải sau xử lý ra ${rng.pick(['suối Nậm Rốm', 'sông Đà', 'suối Huổi Phạ'])}; lưu lượng xả tối đa ${rng.int(10, 400)} m3/ngày đêm.`,
          'justify',
        ),
      ];
      return {
        blocks,
        holder: company,
        subject: rng.pick(['Cấp giấy phép môi trường', 'Về việc cấp giấy phép môi trường']),
      };
    },
  },
  {
    id: 'giay-phep-xay-dung',
    levels: ['province'],
    titles: ['GIẤY PHÉP XÂY DỰNG'],
    org: () => SO_XD,
    number: (ctx) => symbolNumber(ctx, ['GPXD', 'GPXD-SXD']),
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const owner = rng.pick([businessName(rng, 'company'), `Ban Quản lý dự án ${issuer.district.full}`]);
      const blocks: Block[] = [
        line(rng.pick(['Sử dụng cho công trình không theo tuyến', 'Sử dụng cho công trình theo tuyến']), 'center', {
          italic: true,
        }),
        line(`1. Cấp cho: ${owner}`, 'left'),
        line(`Địa chỉ: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(
          `2. Được phép xây dựng công trình: ${rng.pick(['Trụ sở làm việc', 'Khách sạn', 'Trung tâm thương mại', 'Nhà xưởng sản xuất'])} ${rng.pick(['Hoa Ban', 'Mường Thanh', 'Him Lam'])}`,
          'left',
        ),
        line(
          `- Cấp công trình: ${rng.pick(['Cấp II', 'Cấp III'])}; diện tích xây dựng: ${rng.int(300, 5000)} m2`,
          'left',
        ),
        line(
          `- Tổng diện tích sàn: ${rng.int(1000, 20000)} m2; chiều cao: ${rng.int(12, 45)} m; số tầng: ${rng.int(3, 12)}`,
          'left',
        ),
        line('3. Giấy phép có hiệu lực kể từ ngày ký.', 'left'),
      ];
      return { blocks, holder: owner };
    },
  },
  {
    id: 'giay-phep-kinh-doanh-van-tai',
    levels: ['province'],
    titles: ['GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ'],
    org: () => SO_GTVT,
    number: ({ rng }) => {
      const code = `62${digits(rng, 5)}`;
      return { docNumber: code, lines: [`Số: ${code}`] };
    },
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const company = businessName(rng, 'transport');
      const blocks: Block[] = [
        line(`1. Tên đơn vị kinh doanh vận tải: ${company.toLocaleUpperCase('vi')}`, 'left', { bold: true }),
        line(`2. Địa chỉ trụ sở: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
        line(`3. Số điện thoại: 0${digits(rng, 9)}`, 'left'),
        line(`4. Mã số thuế: 56${digits(rng, 8)}`, 'left'),
        line(`5. Người đại diện theo pháp luật: ${personName(rng).name}`, 'left'),
        line('6. Được phép kinh doanh các loại hình vận tải:', 'left'),
        line(
          `- ${rng.pick(['Vận tải hành khách theo tuyến cố định', 'Vận tải hành khách bằng xe taxi', 'Vận tải hàng hóa bằng xe ô tô'])}`,
          'left',
        ),
      ];
      return { blocks, holder: company };
    },
  },
  {
    id: 'quyet-dinh-giao-dat',
    levels: ['province', 'district'],
    titles: ['QUYẾT ĐỊNH'],
    org: () => UBND,
    number: (ctx) => symbolNumber(ctx, ['QĐ-UBND']),
    body: (ctx) => {
      const { rng, issuer, level } = ctx;
      const lease = rng.chance(0.5);
      const holder = level === 'province' ? businessName(rng, 'company') : `hộ ông ${personName(rng, 'Nam').name}`;
      const years = rng.pick([20, 50]);
      const blocks: Block[] = [
        line(
          level === 'province' ? 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN' : `ỦY BAN NHÂN DÂN ${issuer.district.unit}`,
          'center',
          { bold: true },
        ),
        line('Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;', 'justify', { italic: true }),
        line(
          `Xét đề nghị của ${rng.pick(['Giám đốc Sở Tài nguyên và Môi trường', 'Trưởng phòng Tài nguyên và Môi trường'])} tại Tờ trình số ${rng.int(10, 900)}/TTr-TNMT,`,
          'justify',
          { italic: true },
        ),
        line('QUYẾT ĐỊNH:', 'center', { bold: true }),
        line(
          `Điều 1. ${lease ? 'Cho' : 'Giao đất cho'} ${holder} ${lease ? 'thuê' : ''} ${rng.int(500, 30000)} m2 đất tại ${issuer.commune}, ${issuer.district.full} để ${rng.pick(['xây dựng nhà xưởng', 'làm đất ở', 'xây dựng cửa hàng xăng dầu', 'trồng cây ăn quả'])}.`.replace(
            /\s+/g,
            ' ',
          ),
          'justify',
        ),
        line(`Thời hạn sử dụng đất: ${years} năm kể từ ngày ký quyết định này.`, 'justify'),
        line(`Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.`, 'justify'),
      ];
      return {
        blocks,
        holder,
        termMonths: years * 12,
        subject: lease ? 'Về việc cho thuê đất' : rng.pick(['Về việc giao đất', 'V/v giao đất để thực hiện dự án']),
      };
    },
  },
  {
    id: 'giay-phep-van-phong-dai-dien',
    levels: ['province'],
    titles: ['GIẤY PHÉP THÀNH LẬP VĂN PHÒNG ĐẠI DIỆN'],
    org: () => SO_CT,
    number: (ctx) => symbolNumber(ctx, ['GP-SCT', 'GPVPĐD-SCT']),
    termMonths: () => 60,
    body: (ctx) => {
      const { rng, issuer } = ctx;
      const trader = rng.pick([
        'YUNNAN HONGLI TRADING CO., LTD',
        'LAO-VIET AGRICULTURE CO., LTD',
        'GUANGXI MINGDA IMPORT EXPORT CO., LTD',
      ]);
      const blocks: Block[] = [
        line(`Cho phép thương nhân nước ngoài: ${trader}`, 'left'),
        line(`Quốc tịch: ${rng.pick(['Trung Quốc', 'Lào'])}`, 'left'),
        line(
          `Thành lập Văn phòng đại diện tại tỉnh Điện Biên, địa chỉ: ${streetAddress(rng, issuer.commune, issuer.district)}`,
          'justify',
        ),
        line(`Người đứng đầu Văn phòng đại diện: ${personName(rng).name}`, 'left'),
        line(
          `Nội dung hoạt động: ${rng.pick(['xúc tiến thương mại', 'nghiên cứu thị trường, xúc tiến xuất khẩu nông sản'])}`,
          'left',
        ),
      ];
      return { blocks, holder: trader };
    },
  },
];

function licenceBody(ctx: TemplateContext, product: string, activity: string): BodyResult {
  const { rng, issuer } = ctx;
  const shop = businessName(rng, 'shop');
  const owner = personName(rng);
  const blocks: Block[] = [
    line(
      rng.pick([
        'Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ;',
        'Căn cứ Nghị định số 67/2013/NĐ-CP của Chính phủ;',
      ]),
      'justify',
      { italic: true },
    ),
    line(
      `Xét đề nghị của ${rng.pick(['Trưởng phòng Kinh tế và Hạ tầng', 'Trưởng phòng Kinh tế', 'công chức Địa chính - Xây dựng'])},`,
      'justify',
      { italic: true },
    ),
    line(`1. Cho phép: ${rng.pick([shop.toLocaleUpperCase('vi'), shop])}`, 'left', { bold: true }),
    line(`Địa chỉ trụ sở: ${streetAddress(rng, issuer.commune, issuer.district)}`, 'left'),
    line(`Người đại diện: ${owner.honorific.toLocaleLowerCase('vi')} ${owner.name}`, 'left'),
    line(`Mã số hộ kinh doanh: 62${rng.pick(['A', 'C'])}8${digits(rng, 6)}`, 'left'),
    line(`2. Được phép ${activity.toLocaleLowerCase('vi')} tại địa điểm kinh doanh trên.`, 'justify'),
    line(`3. Phải thực hiện đúng các quy định của pháp luật về kinh doanh ${product}.`, 'justify'),
  ];
  return { blocks, holder: shop };
}

export function findTemplate(id: string): TypeTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export const SAMPLE_TYPE_IDS: readonly string[] = TEMPLATES.map((t) => t.id);

export { fromIso };
