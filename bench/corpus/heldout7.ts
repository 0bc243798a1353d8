/**
 * The seventh held-out corpus: ~70 documents written blind (2026-12-03, helper session `h7w`), without opening the
 * classifier, its catalogue readers, DOMAIN.md or any other corpus's texts. Unlike the earlier sets it is of the
 * South and the Centre — Đồng Nai, An Giang, Khánh Hòa, Quảng Nam / Đà Nẵng, Bình Dương / TP Hồ Chí Minh, Gia Lai
 * and Đắk Lắk, before 01/7/2025 (with districts) and after (merged provinces, no district) — and mostly of the
 * commune's high-volume results: certified copies and signature certifications, civil status, residence
 * confirmations, household businesses, land-certificate pages, house-building permits, social-allowance decisions.
 * Its layouts are the ones a print shop or a portal gives: two-column tables of fields, labels and values on
 * separate lines, English glosses, QR-code captions with a lookup URL, page footers, a stamp's ring text read
 * across lines, a signature block above the date. About a quarter are written as an OCR or Textract reading
 * returns them (`DEFECT_TAGS7`). Names, IDs and numbers are invented. Labels follow bench/corpus/README.md
 * ("Label conventions", the later sets' decisions, and the held-out 7 section's own).
 */

import { resolveHeldoutTypes } from './heldout.ts';
import {
  addMonths,
  type CorpusDoc,
  type CorpusTruth,
  categoryOf,
  dropSomeMarks,
  MOTTO,
  MOTTO2,
  nd30Header,
  nonResultTruth,
  page,
  placeDate as pd,
  resultTruth,
  rng,
} from './kit.ts';

/**
 * Tags of this corpus. The first five are readings (how the text reached the classifier, not the paper): the
 * photo run skips them.
 */
export const DEFECT_TAGS7 = [
  'lines-out-of-order',
  'marks-dropped',
  'letters-confused',
  'columns-merged',
  'stamp-crossing',
];
export const TAGS7 = [
  ...DEFECT_TAGS7,
  'two-column-table',
  'label-value-lines',
  'english-gloss',
  'qr-caption',
  'page-footer',
  'signature-before-date',
  'multi-page',
  'inner-page',
  'look-alike',
  'post-reform',
  'several-dates',
  'certified-copy',
  'citizen-form',
  'printed-email',
];

/** How the text reached the classifier. `columns-merged` and `stamp-crossing` are written into the text itself. */
type Reading =
  | 'plain'
  | 'lines-out-of-order'
  | 'marks-dropped'
  | 'letters-confused'
  | 'columns-merged'
  | 'stamp-crossing';

const DATE_WORDS = new Set(['ngày', 'tháng', 'năm', 'Ngày', 'NGÀY', 'THÁNG', 'NĂM']);

/** Marks dropped on most words (a poor photo's OCR): `rate` of the words folded, the others kept (kit.ts). */
export { dropSomeMarks };

const SWAPS: [string, string][] = [
  ['m', 'rn'],
  ['rn', 'm'],
  ['l', '1'],
  ['O', '0'],
  ['I', 'l'],
  ['o', '0'],
];

/**
 * Letters confused as OCR confuses them (`m`→`rn`, `l`→`1`, `O`→`0`, `I`→`l`) in `rate` of the words that hold no
 * digit; the date words (`ngày`, `tháng`, `năm`) and words holding a digit are kept.
 */
export function confuseLetters(text: string, seed: number, rate = 0.3): string {
  const r = rng(seed);
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((w) => {
          if (/\d/.test(w) || DATE_WORDS.has(w) || r() >= rate) return w;
          const options = SWAPS.filter(([from]) => w.includes(from));
          if (options.length === 0) return w;
          const [from, to] = options[Math.floor(r() * options.length)]!;
          return w.replace(from, to);
        })
        .join(' '),
    )
    .join('\n');
}

/**
 * Lines out of order as a layout reader returns blocks: the page cut into runs of 2–4 lines, and about half of
 * the neighbouring runs swapped (at least one). Each line stays whole.
 */
export function shuffleBlocks(text: string, seed: number): string {
  const r = rng(seed);
  const lines = text.split('\n');
  const runs: string[][] = [];
  for (let i = 0; i < lines.length; ) {
    const n = 2 + Math.floor(r() * 3);
    runs.push(lines.slice(i, i + n));
    i += n;
  }
  let swapped = false;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    if (r() < 0.5 || (!swapped && i + 3 >= runs.length)) {
      [runs[i], runs[i + 1]] = [runs[i + 1]!, runs[i]!];
      swapped = true;
    }
  }
  return runs.flat().join('\n');
}

function read(text: string, reading: Reading, seed: number): string {
  if (reading === 'marks-dropped') return dropSomeMarks(text, seed);
  if (reading === 'letters-confused') return confuseLetters(text, seed);
  if (reading === 'lines-out-of-order') return shuffleBlocks(text, seed);
  return text;
}

const REFORM = '2025-07-01';

interface Spec {
  id: string;
  form: string;
  pages: string[];
  truth: CorpusTruth;
  tags?: string[];
  reading?: Reading;
  unknownAs?: string[];
}

function doc(s: Spec, seed: number): CorpusDoc {
  const reading = s.reading ?? 'plain';
  const tags = [...(s.tags ?? [])];
  if (reading !== 'plain') tags.unshift(reading);
  if (s.pages.length > 1) tags.push('multi-page');
  if (s.truth.issueDate !== null && s.truth.issueDate >= REFORM) tags.push('post-reform');
  const out: CorpusDoc = {
    id: s.id,
    form: s.form,
    pages: s.pages.map((p, k) => read(p, reading, seed * 31 + k)),
    truth: s.truth,
    tags,
  };
  if (s.unknownAs) out.unknownAs = s.unknownAs;
  return out;
}

/** An ND 30 header, the two columns one after the other or (`merged`) side by side on one line. */
const head = (issuer: string[], num: string | null, placeDate: string, merged = false) =>
  nd30Header(issuer, num, placeDate, merged ? 'interleaved' : 'columns');

const UB = 'ỦY BAN NHÂN DÂN';
const T = resultTruth;
const N = nonResultTruth;

// ---------------------------------------------------------------------------------------------------------------
// Civil status (TT 04/2020/TT-BTP forms), commune level before and after the reform.

function civilStatus(): Spec[] {
  return [
    {
      id: 'ho-khai-sinh-tran-bien-h7',
      form: 'Giấy khai sinh (bản chính) — TT 04/2020/TT-BTP, printed as a two-column table by the civil-status software',
      tags: ['two-column-table'],
      truth: T('khai-sinh', 'GIẤY KHAI SINH', '215', 'ỦY BAN NHÂN DÂN PHƯỜNG TRẤN BIÊN', 'commune', '2025-09-12'),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY KHAI SINH',
          'Số: 215                                   Quyển số: 01/2025',
          'Họ, chữ đệm, tên            | TRẦN GIA BẢO',
          'Ngày, tháng, năm sinh       | 28/8/2025   ghi bằng chữ: Ngày hai mươi tám, tháng tám, năm hai nghìn không trăm hai mươi lăm',
          'Giới tính                   | Nam          Dân tộc: Kinh        Quốc tịch: Việt Nam',
          'Nơi sinh                    | Bệnh viện Đa khoa Đồng Nai, phường Trấn Biên, tỉnh Đồng Nai',
          'Quê quán                    | Phường Trấn Biên, tỉnh Đồng Nai',
          'Số định danh cá nhân        | 075225014386',
          'Họ, chữ đệm, tên người mẹ   | NGUYỄN THỊ MỸ LINH',
          'Năm sinh                    | 1996         Dân tộc: Kinh        Quốc tịch: Việt Nam',
          'Nơi cư trú                  | Khu phố 3, phường Trấn Biên, tỉnh Đồng Nai',
          'Họ, chữ đệm, tên người cha  | TRẦN QUỐC TUẤN',
          'Năm sinh                    | 1993         Dân tộc: Kinh        Quốc tịch: Việt Nam',
          'Nơi cư trú                  | Khu phố 3, phường Trấn Biên, tỉnh Đồng Nai',
          'Nơi đăng ký khai sinh       | Ủy ban nhân dân phường Trấn Biên, tỉnh Đồng Nai',
          'Ngày, tháng, năm đăng ký    | 12/9/2025',
          'Người đi khai sinh: Trần Quốc Tuấn     Quan hệ với người được khai sinh: Cha',
          'NGƯỜI KÝ GIẤY KHAI SINH',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Lê Thanh Hải',
        ),
      ],
    },
    {
      id: 'ho-ket-hon-my-duc-h7',
      form: 'Giấy chứng nhận kết hôn — TT 04/2020/TT-BTP, each label and its value on separate lines (a layout reader of the two-column form)',
      tags: ['label-value-lines'],
      truth: T('ket-hon', 'GIẤY CHỨNG NHẬN KẾT HÔN', '48', 'ỦY BAN NHÂN DÂN XÃ MỸ ĐỨC', 'commune', '2023-04-18'),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN KẾT HÔN',
          'Số:',
          '48',
          'Quyển số:',
          '01/2023',
          'Họ, chữ đệm, tên vợ:',
          'CHAU THỊ SA RÊ',
          'Ngày, tháng, năm sinh:',
          '14/02/1999',
          'Dân tộc:',
          'Khmer',
          'Nơi cư trú:',
          'Ấp Mỹ Hòa, xã Mỹ Đức, huyện Châu Phú, tỉnh An Giang',
          'Họ, chữ đệm, tên chồng:',
          'NÉANG SÓC KHA',
          'Ngày, tháng, năm sinh:',
          '03/11/1997',
          'Dân tộc:',
          'Khmer',
          'Nơi cư trú:',
          'Ấp Mỹ Thới, xã Mỹ Đức, huyện Châu Phú, tỉnh An Giang',
          'Nơi đăng ký kết hôn:',
          'Ủy ban nhân dân xã Mỹ Đức, huyện Châu Phú, tỉnh An Giang',
          'Ngày, tháng, năm đăng ký:',
          '18/4/2023',
          'Chữ ký của vợ        Chữ ký của chồng',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Phạm Văn Lợi',
        ),
      ],
    },
    {
      id: 'ho-xntthn-nha-trang-h7',
      form: 'Giấy xác nhận tình trạng hôn nhân — TT 04/2020/TT-BTP (6-month validity printed)',
      reading: 'letters-confused',
      truth: T(
        'xac-nhan-tinh-trang-hon-nhan',
        'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
        '112/UBND-XNTTHN',
        'ỦY BAN NHÂN DÂN PHƯỜNG NHA TRANG',
        'commune',
        '2025-10-06',
        addMonths('2025-10-06', 6),
      ),
      pages: [
        page(
          ...head(['UBND TỈNH KHÁNH HÒA', 'UBND PHƯỜNG NHA TRANG'], '112/UBND-XNTTHN', pd('Nha Trang', '2025-10-06')),
          'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
          'ỦY BAN NHÂN DÂN PHƯỜNG NHA TRANG, TỈNH KHÁNH HÒA',
          'Xét đề nghị của bà Huỳnh Thị Ngọc Hân về việc cấp Giấy xác nhận tình trạng hôn nhân,',
          'XÁC NHẬN:',
          'Họ, chữ đệm, tên: HUỲNH THỊ NGỌC HÂN',
          'Ngày, tháng, năm sinh: 22/7/1994     Giới tính: Nữ     Dân tộc: Kinh     Quốc tịch: Việt Nam',
          'Giấy tờ tùy thân: Căn cước số 056194007215, cấp ngày 15/8/2024',
          'Nơi cư trú: Tổ dân phố Phước Tiến, phường Nha Trang, tỉnh Khánh Hòa',
          'Trong thời gian cư trú tại phường Nha Trang từ ngày 01/7/2025 đến ngày 06/10/2025',
          'Tình trạng hôn nhân: Hiện tại chưa đăng ký kết hôn với ai.',
          'Giấy này được cấp để: làm thủ tục đăng ký kết hôn.',
          'Giấy này có giá trị 06 tháng kể từ ngày cấp.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Võ Minh Khôi',
        ),
      ],
    },
    {
      id: 'ho-trich-luc-khai-tu-pleiku-h7',
      form: 'Trích lục khai tử (bản sao) — TT 04/2020/TT-BTP, with a page footer',
      tags: ['page-footer'],
      truth: T(
        'trich-luc-khai-tu',
        'TRÍCH LỤC KHAI TỬ',
        '87/TLKT-BS',
        'ỦY BAN NHÂN DÂN PHƯỜNG PLEIKU',
        'commune',
        '2025-08-20',
      ),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG PLEIKU', 'TỈNH GIA LAI'], '87/TLKT-BS', pd('Pleiku', '2025-08-20')),
          'TRÍCH LỤC KHAI TỬ',
          '(BẢN SAO)',
          'Họ, chữ đệm, tên người đã chết: KSOR H\u2019BLIM',
          'Ngày, tháng, năm sinh: 05/3/1948     Giới tính: Nữ     Dân tộc: Jrai     Quốc tịch: Việt Nam',
          'Số định danh cá nhân: 064148000231',
          'Nơi cư trú cuối cùng: Tổ dân phố 5, phường Pleiku, tỉnh Gia Lai',
          'Đã chết vào lúc: 04 giờ 30 phút, ngày 11/8/2025',
          'Nơi chết: Tại nhà riêng',
          'Nguyên nhân chết: Già yếu',
          'Nơi đăng ký khai tử: Ủy ban nhân dân phường Pleiku, tỉnh Gia Lai',
          'Ngày, tháng, năm đăng ký: 14/8/2025',
          'Sao từ Sổ đăng ký khai tử',
          'NGƯỜI KÝ TRÍCH LỤC',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Rơ Châm Phan',
          'Trang 1/1',
        ),
      ],
    },
    {
      id: 'ho-trich-luc-khai-sinh-bmt-h7',
      form: 'Trích lục khai sinh (bản sao) — TT 04/2020/TT-BTP, electronic extract with a QR code and a lookup address',
      tags: ['qr-caption', 'several-dates'],
      truth: T(
        'trich-luc-khai-sinh',
        'TRÍCH LỤC KHAI SINH',
        '402/TLKS-BS',
        'ỦY BAN NHÂN DÂN PHƯỜNG BUÔN MA THUỘT',
        'commune',
        '2026-02-03',
      ),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG BUÔN MA THUỘT'], '402/TLKS-BS', pd('Buôn Ma Thuột', '2026-02-03')),
          'TRÍCH LỤC KHAI SINH',
          '(BẢN SAO)',
          'Họ, chữ đệm, tên: Y KHANG NIÊ',
          'Ngày, tháng, năm sinh: 17/01/2012',
          'Giới tính: Nam     Dân tộc: Ê Đê     Quốc tịch: Việt Nam',
          'Nơi sinh: Trạm Y tế xã Ea Tu, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk',
          'Số định danh cá nhân: 066212004478',
          'Họ, chữ đệm, tên người mẹ: H\u2019YIM NIÊ',
          'Họ, chữ đệm, tên người cha: Y BHIN ÊBAN',
          'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Ea Tu, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk',
          'Ngày, tháng, năm đăng ký: 20/02/2012',
          'Sao từ Sổ đăng ký khai sinh',
          'NGƯỜI KÝ TRÍCH LỤC',
          'CÔNG CHỨC TƯ PHÁP - HỘ TỊCH',
          'H\u2019Lan Êban',
          'Mã QR',
          'Tra cứu bản điện tử tại: https://hotichdientu.moj.gov.vn/tracuu',
        ),
      ],
    },
    {
      id: 'ho-trich-luc-ket-hon-hai-chau-h7',
      form: 'Trích lục kết hôn (bản sao) — TT 04/2020/TT-BTP',
      tags: ['page-footer', 'several-dates'],
      truth: T(
        'trich-luc-ket-hon',
        'TRÍCH LỤC KẾT HÔN',
        '133/TLKH-BS',
        'ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU',
        'commune',
        '2025-11-14',
      ),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG HẢI CHÂU', 'THÀNH PHỐ ĐÀ NẴNG'], '133/TLKH-BS', pd('Hải Châu', '2025-11-14')),
          'TRÍCH LỤC KẾT HÔN',
          '(BẢN SAO)',
          'Họ, chữ đệm, tên vợ: LÊ THỊ THU HIỀN     Ngày sinh: 09/5/1990',
          'Họ, chữ đệm, tên chồng: ĐẶNG MINH QUÂN     Ngày sinh: 30/12/1988',
          'Nơi đăng ký kết hôn: Ủy ban nhân dân phường Thạch Thang, quận Hải Châu, thành phố Đà Nẵng',
          'Ngày, tháng, năm đăng ký: 21/10/2016',
          'Số đăng ký: 56     Quyển số: 01/2016',
          'Sao từ Sổ đăng ký kết hôn',
          'NGƯỜI KÝ TRÍCH LỤC',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Trương Công Định',
          'Trang 1/1 - Bản sao được cấp từ Cơ sở dữ liệu hộ tịch điện tử',
        ),
      ],
    },
    {
      id: 'ho-khai-sinh-dien-phuong-h7',
      form: 'Giấy khai sinh (bản chính) — TT 04/2020/TT-BTP',
      reading: 'marks-dropped',
      truth: T('khai-sinh', 'GIẤY KHAI SINH', '112', 'ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN PHƯƠNG', 'commune', '2021-06-09'),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY KHAI SINH',
          'Số: 112     Quyển số: 01/2021',
          'Họ, chữ đệm, tên: PHAN BẢO NGỌC',
          'Ngày, tháng, năm sinh: 30/5/2021     ghi bằng chữ: Ngày ba mươi, tháng năm, năm hai nghìn không trăm hai mươi mốt',
          'Giới tính: Nữ     Dân tộc: Kinh     Quốc tịch: Việt Nam',
          'Nơi sinh: Trung tâm Y tế thị xã Điện Bàn, tỉnh Quảng Nam',
          'Số định danh cá nhân: 049321006632',
          'Họ, chữ đệm, tên người mẹ: HỒ THỊ KIỀU OANH',
          'Họ, chữ đệm, tên người cha: PHAN VĂN TÀI',
          'Nơi đăng ký khai sinh: Ủy ban nhân dân phường Điện Phương, thị xã Điện Bàn, tỉnh Quảng Nam',
          'Ngày, tháng, năm đăng ký: 09/06/2021',
          'NGƯỜI KÝ GIẤY KHAI SINH',
          'CHỦ TỊCH',
          'Nguyễn Văn Thạnh',
        ),
      ],
    },
    {
      id: 'ho-giam-ho-long-hung-h7',
      form: 'Trích lục đăng ký giám hộ — TT 04/2020/TT-BTP',
      truth: T(
        'trich-luc-giam-ho',
        'TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ',
        '05/TLGH',
        'ỦY BAN NHÂN DÂN XÃ LONG HƯNG',
        'commune',
        '2025-12-02',
      ),
      pages: [
        page(
          ...head([UB, 'XÃ LONG HƯNG'], '05/TLGH', pd('Long Hưng', '2025-12-02')),
          'TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ',
          'Họ, chữ đệm, tên người giám hộ: BÙI VĂN HẬU     Năm sinh: 1971',
          'Nơi cư trú: Ấp Phước Hội, xã Long Hưng, tỉnh Đồng Nai',
          'Họ, chữ đệm, tên người được giám hộ: BÙI MINH KHANG     Ngày sinh: 02/4/2014',
          'Nơi cư trú: Ấp Phước Hội, xã Long Hưng, tỉnh Đồng Nai',
          'Nơi đăng ký giám hộ: Ủy ban nhân dân xã Long Hưng, tỉnh Đồng Nai',
          'Ngày, tháng, năm đăng ký: 02/12/2025',
          'Việc giám hộ chấm dứt khi người được giám hộ đủ 15 tuổi.',
          'NGƯỜI KÝ TRÍCH LỤC',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Đỗ Thị Phượng',
        ),
      ],
    },
    {
      id: 'ho-nhan-cha-con-ban-co-h7',
      form: 'Trích lục đăng ký nhận cha, mẹ, con — TT 04/2020/TT-BTP',
      reading: 'lines-out-of-order',
      truth: T(
        'trich-luc-nhan-cha-me-con',
        'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
        '19/TLNCMC',
        'ỦY BAN NHÂN DÂN PHƯỜNG BÀN CỜ',
        'commune',
        '2026-03-10',
      ),
      pages: [
        page(
          ...head(
            [UB, 'PHƯỜNG BÀN CỜ', 'THÀNH PHỐ HỒ CHÍ MINH'],
            '19/TLNCMC',
            pd('Thành phố Hồ Chí Minh', '2026-03-10'),
          ),
          'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
          'Họ, chữ đệm, tên người nhận: LÂM CHÍ CƯỜNG     Năm sinh: 1985     Dân tộc: Hoa',
          'Nơi cư trú: 112/7 đường Cách Mạng Tháng Tám, phường Bàn Cờ, Thành phố Hồ Chí Minh',
          'Họ, chữ đệm, tên người được nhận là con: LÂM GIA HÂN     Ngày sinh: 11/9/2019',
          'Quan hệ: Cha - con',
          'Nơi đăng ký: Ủy ban nhân dân phường Bàn Cờ, Thành phố Hồ Chí Minh',
          'Ngày, tháng, năm đăng ký: 10/3/2026',
          'NGƯỜI KÝ TRÍCH LỤC',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Ngô Thanh Tâm',
        ),
      ],
    },
    {
      id: 'ho-xntthn-rach-gia-h7',
      form: 'Giấy xác nhận tình trạng hôn nhân — TT 04/2020/TT-BTP, with English glosses (for use abroad), signature block above the date',
      tags: ['english-gloss', 'signature-before-date'],
      truth: T(
        'xac-nhan-tinh-trang-hon-nhan',
        'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
        '241/XNTTHN',
        'ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ',
        'commune',
        '2026-05-21',
        addMonths('2026-05-21', 6),
      ),
      pages: [
        page(
          'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
          'ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ',
          'People\u2019s Committee of Rach Gia Ward',
          MOTTO,
          MOTTO2,
          'Socialist Republic of Viet Nam - Independence - Freedom - Happiness',
          'Số/No.: 241/XNTTHN',
          'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
          'CERTIFICATE OF MARITAL STATUS',
          'Họ, chữ đệm, tên / Full name: DƯƠNG THỊ KIM NGÂN',
          'Ngày, tháng, năm sinh / Date of birth: 08/10/1998',
          'Giới tính / Sex: Nữ / Female     Quốc tịch / Nationality: Việt Nam / Vietnamese',
          'Giấy tờ tùy thân / ID: Căn cước 091198003147',
          'Nơi cư trú / Residence: Khu phố Vĩnh Lạc, phường Rạch Giá, tỉnh An Giang',
          'Tình trạng hôn nhân / Marital status: Chưa đăng ký kết hôn với ai / Single',
          'Giấy này được cấp để / Purpose: kết hôn với công dân Hàn Quốc tại Hàn Quốc',
          'Giấy này có giá trị 06 tháng kể từ ngày cấp / Valid for 6 months from the date of issue.',
          'TM. ỦY BAN NHÂN DÂN / FOR THE PEOPLE\u2019S COMMITTEE',
          'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH / VICE CHAIRMAN',
          'Thạch Sô Phia',
          'Rạch Giá, ngày 21 tháng 5 năm 2026 / Rach Gia, 21 May 2026',
        ),
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Certifications (NĐ 23/2015/NĐ-CP, lời chứng forms of TT 01/2020/TT-BTP).

function certifications(): Spec[] {
  return [
    {
      id: 'ct-ban-sao-gcn-long-binh-h7',
      form: 'Lời chứng chứng thực bản sao từ bản chính — TT 01/2020/TT-BTP, stamped on a copied land certificate page',
      reading: 'stamp-crossing',
      tags: ['certified-copy', 'several-dates'],
      truth: T(
        'chung-thuc-ban-sao',
        'Chứng thực bản sao đúng với bản chính',
        '3021',
        'ỦY BAN NHÂN DÂN PHƯỜNG LONG BÌNH',
        'commune',
        '2025-08-05',
      ),
      pages: [
        page(
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
          'Ông: Võ Văn Sang, năm sinh 1969, CCCD số 075069002214',
          'Thửa đất số: 412, tờ bản đồ số: 18, diện tích: 96,5 m²',
          'Biên Hòa, ngày 14 tháng 3 năm 2018',
          'TM. ỦY BAN NHÂN DÂN THÀNH PHỐ BIÊN HÒA',
          'Số vào sổ cấp GCN: CH 09871',
          'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
          'Số chứng thực: 3021     Quyển số: 03/2025-SCT/BS      ★ ỦY BAN NHÂN',
          'Ngày 05 tháng 8 năm 2025     DÂN PHƯỜNG',
          'NGƯỜI THỰC HIỆN CHỨNG THỰC      LONG BÌNH ★',
          'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH     T. ĐỒNG NAI',
          'Hoàng Văn Dũng',
        ),
      ],
    },
    {
      id: 'ct-ban-sao-bang-vinh-hai-h7',
      form: 'Lời chứng chứng thực bản sao từ bản chính — TT 01/2020/TT-BTP, on a copied upper-secondary diploma',
      tags: ['certified-copy', 'several-dates'],
      truth: T(
        'chung-thuc-ban-sao',
        'Chứng thực bản sao đúng với bản chính',
        '1544',
        'ỦY BAN NHÂN DÂN PHƯỜNG VĨNH HẢI',
        'commune',
        '2024-07-15',
      ),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
          'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO KHÁNH HÒA',
          'cấp cho: Nguyễn Hoàng Phúc     Ngày sinh: 19/4/2006',
          'Năm tốt nghiệp: 2024     Xếp loại: Khá',
          'Khánh Hòa, ngày 05 tháng 7 năm 2024',
          'Số hiệu: B0421567     Số vào sổ cấp bằng: 2024/KH-1187',
          'Chứng thực bản sao đúng với bản chính.',
          'Số chứng thực: 1544   Quyển số: 02/2024-SCT/BS',
          'Ngày 15 tháng 7 năm 2024',
          'Người thực hiện chứng thực',
          'KT. CHỦ TỊCH UBND PHƯỜNG VĨNH HẢI',
          'PHÓ CHỦ TỊCH',
          'Lưu Thị Bích Trâm',
        ),
      ],
    },
    {
      id: 'ct-chu-ky-bien-ho-h7',
      form: 'Lời chứng chứng thực chữ ký của một người trong giấy tờ — TT 01/2020/TT-BTP (date also in words)',
      truth: T(
        'chung-thuc-chu-ky',
        'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
        '211',
        'ỦY BAN NHÂN DÂN XÃ BIỂN HỒ',
        'commune',
        '2025-09-30',
      ),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY ỦY QUYỀN',
          'Tôi là: Rơ Mah H\u2019Yuin, sinh năm 1980, CCCD số 064180006613',
          'ủy quyền cho ông Siu Đoan nhận thay Giấy chứng nhận quyền sử dụng đất tại xã Biển Hồ.',
          'Thời hạn ủy quyền: đến ngày 31/12/2025.',
          'Người ủy quyền',
          'Rơ Mah H\u2019Yuin',
          'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'Ngày 30/9/2025 (Bằng chữ: ngày ba mươi tháng chín năm hai nghìn không trăm hai mươi lăm)',
          'Tại Ủy ban nhân dân xã Biển Hồ, tỉnh Gia Lai',
          'Tôi, Nay Y Blang, Phó Chủ tịch Ủy ban nhân dân xã Biển Hồ',
          'Chứng thực: Bà Rơ Mah H\u2019Yuin, CCCD số 064180006613,',
          'đã ký vào giấy tờ, văn bản này trước mặt tôi.',
          'Số chứng thực: 211     Quyển số: 01/2025-SCT/CK,ĐC',
          'NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'Nay Y Blang',
        ),
      ],
    },
    {
      id: 'ct-chu-ky-tan-dinh-h7',
      form: 'Lời chứng chứng thực chữ ký — TT 01/2020/TT-BTP, ward of Quận 1 before the reform',
      reading: 'columns-merged',
      truth: T(
        'chung-thuc-chu-ky',
        'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
        '874',
        'ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH',
        'commune',
        '2023-11-02',
      ),
      pages: [
        page(
          `${MOTTO}        ${MOTTO2}`,
          'ĐƠN XIN XÁC NHẬN THỜI GIAN CÔNG TÁC',
          'Kính gửi: Ban Giám đốc Công ty TNHH Thương mại Sao Việt       Họ tên: Trương Mỹ Duyên',
          'Tôi xin xác nhận thời gian làm việc tại công ty từ 2015 đến 2023.      Người làm đơn: Trương Mỹ Duyên',
          'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'Ngày 02/11/2023 (Bằng chữ: ngày hai tháng mười một năm hai nghìn không trăm hai mươi ba)     Tại: UBND phường Tân Định, Quận 1, TP. Hồ Chí Minh',
          'Chứng thực: Bà Trương Mỹ Duyên, CCCD số 079187004521, đã ký vào giấy tờ này trước mặt tôi.',
          'Số chứng thực: 874     Quyển số: 04/2023-SCT/CK,ĐC      NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'KT. CHỦ TỊCH UBND PHƯỜNG TÂN ĐỊNH - PHÓ CHỦ TỊCH      Phan Quốc Việt',
        ),
      ],
    },
    {
      id: 'ct-ban-sao-phong-tu-phap-cu-mgar-h7',
      form: 'Lời chứng chứng thực bản sao từ bản chính giấy tờ do cơ quan nước ngoài cấp — TT 01/2020/TT-BTP (Phòng Tư pháp huyện)',
      tags: ['certified-copy', 'english-gloss'],
      truth: T(
        'chung-thuc-ban-sao',
        'Chứng thực bản sao đúng với bản chính',
        '412',
        'PHÒNG TƯ PHÁP HUYỆN CƯ M\u2019GAR',
        'district',
        '2022-05-10',
      ),
      pages: [
        page(
          'UNIVERSITY OF TECHNOLOGY SYDNEY',
          'BACHELOR OF NURSING',
          'This is to certify that HUYNH THI THANH TRUC',
          'has been admitted to the degree of Bachelor of Nursing',
          'Conferred on 14 December 2021',
          'Chứng thực bản sao đúng với bản chính',
          'Số chứng thực: 412     Quyển số: 01/2022-SCT/BS',
          'Ngày 10 tháng 5 năm 2022',
          'UBND HUYỆN CƯ M\u2019GAR',
          'PHÒNG TƯ PHÁP',
          'Người thực hiện chứng thực',
          'TRƯỞNG PHÒNG',
          'Y Khuê Byă',
        ),
      ],
    },
    {
      id: 'ct-hop-dong-tang-cho-vinh-thanh-trung-h7',
      form: 'Lời chứng chứng thực hợp đồng, giao dịch — TT 01/2020/TT-BTP (contract of gift of land, last page the certification)',
      tags: ['page-footer'],
      truth: T(
        'chung-thuc-chu-ky',
        'LỜI CHỨNG CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH',
        '98',
        'ỦY BAN NHÂN DÂN XÃ VĨNH THẠNH TRUNG',
        'commune',
        '2025-10-21',
      ),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT',
          'Hôm nay, ngày 21/10/2025, tại Ủy ban nhân dân xã Vĩnh Thạnh Trung, tỉnh An Giang, chúng tôi gồm:',
          'BÊN TẶNG CHO (Bên A): Ông Nguyễn Văn Út, sinh năm 1955, CCCD số 089055001276',
          'BÊN ĐƯỢC TẶNG CHO (Bên B): Anh Nguyễn Thanh Tùng, sinh năm 1984, CCCD số 089084003390',
          'Điều 1. Quyền sử dụng đất tặng cho: thửa đất số 215, tờ bản đồ số 7, diện tích 1.250 m², đất trồng lúa',
          'Điều 2. Việc giao và đăng ký quyền sử dụng đất',
          'Trang 1/2',
        ),
        page(
          'Điều 5. Cam đoan của các bên',
          'Hai bên đã đọc lại hợp đồng, đồng ý và ký tên dưới đây.',
          'BÊN A                BÊN B',
          'Nguyễn Văn Út        Nguyễn Thanh Tùng',
          'LỜI CHỨNG CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH',
          'Ngày 21/10/2025 (Bằng chữ: ngày hai mươi mốt tháng mười năm hai nghìn không trăm hai mươi lăm)',
          'Tại Ủy ban nhân dân xã Vĩnh Thạnh Trung, tỉnh An Giang',
          'Tôi, Trần Minh Luân, Phó Chủ tịch Ủy ban nhân dân xã Vĩnh Thạnh Trung',
          'Chứng thực: Hợp đồng tặng cho quyền sử dụng đất được giao kết giữa ông Nguyễn Văn Út và anh Nguyễn Thanh Tùng;',
          'các bên tự nguyện giao kết, có năng lực hành vi dân sự, đã ký vào hợp đồng trước mặt tôi.',
          'Số chứng thực: 98     Quyển số: 01/2025-SCT/HĐ,GD',
          'NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'Trần Minh Luân',
          'Trang 2/2',
        ),
      ],
    },
    {
      id: 'ct-ban-sao-can-cuoc-hoa-cuong-h7',
      form: 'Lời chứng chứng thực bản sao từ bản chính — TT 01/2020/TT-BTP, on a copied căn cước card',
      reading: 'marks-dropped',
      tags: ['certified-copy', 'english-gloss', 'several-dates'],
      truth: T(
        'chung-thuc-ban-sao',
        'Chứng thực bản sao đúng với bản chính',
        '5120',
        'ỦY BAN NHÂN DÂN PHƯỜNG HÒA CƯỜNG',
        'commune',
        '2026-01-08',
      ),
      pages: [
        page(
          'CĂN CƯỚC',
          'IDENTITY CARD',
          'Số định danh cá nhân / Personal identification number: 048092001875',
          'Họ, chữ đệm và tên / Full name: PHẠM THỊ THÚY VY',
          'Ngày sinh / Date of birth: 26/06/1992',
          'Có giá trị đến / Date of expiry: 26/06/2032',
          'Chứng thực bản sao đúng với bản chính',
          'Số chứng thực: 5120     Quyển số: 01/2026-SCT/BS',
          'Ngày 08 tháng 01 năm 2026',
          'Người thực hiện chứng thực',
          'KT. CHỦ TỊCH UBND PHƯỜNG HÒA CƯỜNG',
          'PHÓ CHỦ TỊCH',
          'Lê Văn Quý',
        ),
      ],
    },
    {
      id: 'ct-ban-sao-hkd-di-an-h7',
      form: 'Lời chứng chứng thực bản sao từ bản chính — TT 01/2020/TT-BTP, on a two-page household-business certificate',
      reading: 'letters-confused',
      tags: ['certified-copy', 'several-dates'],
      truth: T(
        'chung-thuc-ban-sao',
        'Chứng thực bản sao đúng với bản chính',
        '2786',
        'ỦY BAN NHÂN DÂN PHƯỜNG DĨ AN',
        'commune',
        '2025-07-25',
      ),
      pages: [
        page(
          'UBND THÀNH PHỐ DĨ AN',
          'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Số giấy chứng nhận: 46E8021355',
          'Đăng ký lần đầu: ngày 12 tháng 4 năm 2021',
          '1. Tên hộ kinh doanh: TIỆM TẠP HÓA MINH NHẬT',
          '2. Địa điểm kinh doanh: Số 21 đường số 5, khu phố Nhị Đồng, phường Dĩ An',
        ),
        page(
          '3. Ngành, nghề kinh doanh: Bán lẻ lương thực, thực phẩm, đồ uống',
          '4. Vốn kinh doanh: 150.000.000 đồng',
          '5. Chủ hộ kinh doanh: Trần Minh Nhật, CCCD số 074088005612',
          'TRƯỞNG PHÒNG',
          'Chứng thực bản sao đúng với bản chính',
          'Số chứng thực: 2786     Quyển số: 02/2025-SCT/BS',
          'Ngày 25 tháng 7 năm 2025',
          'Người thực hiện chứng thực',
          'KT. CHỦ TỊCH UBND PHƯỜNG DĨ AN',
          'PHÓ CHỦ TỊCH',
          'Huỳnh Tấn Lộc',
        ),
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Registrations: household businesses (NĐ 01/2021 before, NĐ 168/2025 after), enterprise, cooperative, branch.

function registrations(): Spec[] {
  return [
    {
      id: 'dk-hkd-tran-bien-h7',
      form: 'Giấy chứng nhận đăng ký hộ kinh doanh — mẫu NĐ 168/2025/NĐ-CP (mã số hộ kinh doanh = số định danh cá nhân), two-column table',
      tags: ['two-column-table'],
      truth: T(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '075185012345',
        'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ',
        'commune',
        '2025-09-03',
      ),
      pages: [
        page(
          'ỦY BAN NHÂN DÂN PHƯỜNG TRẤN BIÊN',
          'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Mã số hộ kinh doanh          | 075185012345',
          'Đăng ký lần đầu              | ngày 03 tháng 9 năm 2025',
          'Tên hộ kinh doanh            | QUÁN CƠM NIÊU BA HƯƠNG',
          'Địa chỉ trụ sở               | 45 đường Phan Đình Phùng, khu phố 2, phường Trấn Biên, tỉnh Đồng Nai',
          'Điện thoại                   | 0918 226 471',
          'Ngành, nghề kinh doanh       | Nhà hàng và các dịch vụ ăn uống phục vụ lưu động (5610)',
          'Vốn kinh doanh               | 300.000.000 đồng',
          'Chủ hộ kinh doanh            | LÊ THỊ HƯƠNG, sinh ngày 17/02/1985, nữ',
          'Số định danh cá nhân         | 075185012345',
          'TRƯỞNG PHÒNG',
          'Đinh Công Thành',
        ),
      ],
    },
    {
      id: 'dk-hkd-long-xuyen-h7',
      form: 'Giấy chứng nhận đăng ký hộ kinh doanh — Phụ lục III-5 TT 02/2023/TT-BKHĐT (NĐ 01/2021/NĐ-CP), district before the reform',
      truth: T(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '51A8012345',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        '2022-08-16',
      ),
      pages: [
        page(
          'UBND THÀNH PHỐ LONG XUYÊN',
          'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Số: 51A8012345',
          'Đăng ký lần đầu: ngày 16 tháng 8 năm 2022',
          '1. Tên hộ kinh doanh: CƠ SỞ MAY MẶC THANH THẢO',
          '2. Địa điểm kinh doanh: Số 18 Trần Hưng Đạo, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang',
          '3. Ngành, nghề kinh doanh: May trang phục (trừ trang phục từ da lông thú)',
          '4. Vốn kinh doanh: 80.000.000 đồng',
          '5. Họ và tên chủ hộ kinh doanh: Đoàn Thị Thanh Thảo     Giới tính: Nữ',
          'Số giấy tờ pháp lý của cá nhân: 089190002418',
          'TRƯỞNG PHÒNG',
          'Lý Quang Vinh',
        ),
      ],
    },
    {
      id: 'dk-hkd-bac-nha-trang-thay-doi-h7',
      form: 'Giấy chứng nhận đăng ký hộ kinh doanh (đăng ký thay đổi) — NĐ 168/2025/NĐ-CP, labels and values on separate lines',
      tags: ['label-value-lines', 'several-dates'],
      truth: T(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '056190004567',
        'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ',
        'commune',
        '2025-11-20',
      ),
      pages: [
        page(
          'ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG',
          'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Mã số hộ kinh doanh:',
          '056190004567',
          'Đăng ký lần đầu:',
          'ngày 14 tháng 5 năm 2019',
          'Đăng ký thay đổi lần thứ:',
          '1, ngày 20 tháng 11 năm 2025',
          'Tên hộ kinh doanh:',
          'HỘ KINH DOANH HẢI SẢN KHÁNH VY',
          'Địa chỉ trụ sở hộ kinh doanh:',
          '07 Phạm Văn Đồng, tổ dân phố Vĩnh Hòa, phường Bắc Nha Trang, tỉnh Khánh Hòa',
          'Ngành, nghề kinh doanh:',
          'Bán buôn thủy sản; bán lẻ thực phẩm trong các cửa hàng chuyên doanh',
          'Chủ hộ kinh doanh:',
          'NGUYỄN THỊ KHÁNH VY, số định danh cá nhân 056190004567',
          'TRƯỞNG PHÒNG',
          'Mai Xuân Trường',
        ),
      ],
    },
    {
      id: 'dk-dn-gia-lai-thay-doi-h7',
      form: 'Giấy chứng nhận đăng ký doanh nghiệp công ty TNHH hai thành viên — TT 02/2023/TT-BKHĐT, Sở Tài chính after the reform',
      tags: ['several-dates', 'page-footer'],
      truth: T(
        'dang-ky-doanh-nghiep',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
        '4101587234',
        'SỞ TÀI CHÍNH TỈNH GIA LAI',
        'province',
        '2026-04-17',
      ),
      pages: [
        page(
          'SỞ TÀI CHÍNH TỈNH GIA LAI',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
          'CÔNG TY TRÁCH NHIỆM HỮU HẠN HAI THÀNH VIÊN TRỞ LÊN',
          'Mã số doanh nghiệp: 4101587234',
          'Đăng ký lần đầu: ngày 02 tháng 10 năm 2025',
          'Đăng ký thay đổi lần thứ: 2, ngày 17 tháng 4 năm 2026',
          '1. Tên công ty',
          'Tên công ty viết bằng tiếng Việt: CÔNG TY TNHH NÔNG SẢN CAO NGUYÊN QUY NHƠN',
          'Tên công ty viết bằng tiếng nước ngoài: QUY NHON HIGHLAND AGRICULTURAL PRODUCTS COMPANY LIMITED',
          '2. Địa chỉ trụ sở chính: 88 Nguyễn Huệ, phường Quy Nhơn, tỉnh Gia Lai',
          '3. Vốn điều lệ: 5.000.000.000 đồng',
          'Trang 1/2',
        ),
        page(
          '4. Người đại diện theo pháp luật của công ty',
          'Họ và tên: ĐẶNG VĂN HÙNG     Chức danh: Giám đốc',
          'Số định danh cá nhân: 052078001932',
          'TRƯỞNG PHÒNG',
          'Lê Thị Diệu Hiền',
          'Trang 2/2',
        ),
      ],
    },
    {
      id: 'dk-htx-krong-buk-h7',
      form: 'Giấy chứng nhận đăng ký hợp tác xã — NĐ 92/2024/NĐ-CP, district Phòng before the reform',
      reading: 'lines-out-of-order',
      truth: T(
        'dang-ky-hop-tac-xa',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
        '6001734567',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        '2025-02-07',
      ),
      pages: [
        page(
          'UBND HUYỆN KRÔNG BÚK',
          'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
          'Mã số hợp tác xã: 6001734567',
          'Đăng ký lần đầu: ngày 07 tháng 02 năm 2025',
          '1. Tên hợp tác xã: HỢP TÁC XÃ NÔNG NGHIỆP CÀ PHÊ BỀN VỮNG PƠNG DRANG',
          '2. Địa chỉ trụ sở chính: Thôn 6, xã Pơng Drang, huyện Krông Búk, tỉnh Đắk Lắk',
          '3. Vốn điều lệ: 1.200.000.000 đồng',
          '4. Người đại diện theo pháp luật: Y Jut Mlô, Giám đốc',
          'TRƯỞNG PHÒNG',
          'Hà Văn Sơn',
        ),
      ],
    },
    {
      id: 'dk-chi-nhanh-hcm-h7',
      form: 'Giấy chứng nhận đăng ký hoạt động chi nhánh — TT 02/2023/TT-BKHĐT, with the portal QR caption',
      tags: ['qr-caption'],
      truth: T(
        'dang-ky-chi-nhanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
        '0312345678-002',
        'SỞ KẾ HOẠCH VÀ ĐẦU TƯ THÀNH PHỐ HỒ CHÍ MINH',
        'province',
        '2024-12-05',
      ),
      pages: [
        page(
          'SỞ KẾ HOẠCH VÀ ĐẦU TƯ',
          'THÀNH PHỐ HỒ CHÍ MINH',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
          'Mã số chi nhánh: 0312345678-002',
          'Đăng ký lần đầu: ngày 05 tháng 12 năm 2024',
          '1. Tên chi nhánh: CHI NHÁNH CÔNG TY CỔ PHẦN DƯỢC PHẨM PHƯƠNG NAM TẠI THỦ ĐỨC',
          '2. Địa chỉ chi nhánh: 12 Võ Văn Ngân, phường Linh Chiểu, thành phố Thủ Đức, Thành phố Hồ Chí Minh',
          '3. Người đứng đầu chi nhánh: Hồ Thị Mai Phương',
          'TRƯỞNG PHÒNG',
          'Nguyễn Hữu Phước',
          'Mã QR tra cứu: https://dangkykinhdoanh.gov.vn/vn/tra-cuu-doanh-nghiep',
        ),
      ],
    },
    {
      id: 'dk-hkd-tam-ky-h7',
      form: 'Giấy chứng nhận đăng ký hộ kinh doanh — TT 02/2023/TT-BKHĐT, district before the reform',
      reading: 'columns-merged',
      truth: T(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '40A8003256',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        '2024-04-11',
      ),
      pages: [
        page(
          `UBND THÀNH PHỐ TAM KỲ        ${MOTTO}`,
          `PHÒNG TÀI CHÍNH - KẾ HOẠCH        ${MOTTO2}`,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Số: 40A8003256        Đăng ký lần đầu: ngày 11 tháng 4 năm 2024',
          '1. Tên hộ kinh doanh: TIỆM BÁNH MÌ CÔ BA        2. Địa điểm: 204 Phan Chu Trinh, phường Phước Hòa, TP Tam Kỳ',
          '3. Ngành, nghề kinh doanh: Sản xuất các loại bánh từ bột        4. Vốn kinh doanh: 50.000.000 đồng',
          '5. Chủ hộ kinh doanh: Võ Thị Ba        Số giấy tờ pháp lý: 049176003318',
          'TRƯỞNG PHÒNG        Trần Quang Thái',
        ),
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Land certificates: TT 23/2014 four pages, TT 10/2024 one sheet (QR), a page alone, change pages.

const GCN23 = 'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT';
const GCN10 = 'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT';

function land(): Spec[] {
  return [
    {
      id: 'dat-gcn-tt23-dong-nai-h7',
      form: 'GCN quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất — TT 23/2014/TT-BTNMT, pages 1–2',
      truth: T(
        'gcn-qsdd-ca-nhan',
        GCN23,
        'CS 07712',
        'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI',
        'province',
        '2019-10-08',
      ),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT',
          'QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
          'Ông: Phạm Minh Châu     Năm sinh: 1975     CMND số: 271145802',
          'Bà: Lê Thị Hồng Nhung     Năm sinh: 1978     CMND số: 271322674',
          'Địa chỉ thường trú: Khu phố 4, phường Tân Hiệp, thành phố Biên Hòa, tỉnh Đồng Nai',
          'CX 481253',
        ),
        page(
          'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
          '1. Thửa đất: a) Thửa đất số: 227     b) Tờ bản đồ số: 31',
          'c) Địa chỉ: phường Tân Hiệp, thành phố Biên Hòa, tỉnh Đồng Nai',
          'd) Diện tích: 120,0 m²     đ) Hình thức sử dụng: riêng',
          'e) Mục đích sử dụng: Đất ở tại đô thị     g) Thời hạn sử dụng: Lâu dài',
          'h) Nguồn gốc sử dụng: Nhận chuyển nhượng đất được Nhà nước giao đất có thu tiền sử dụng đất',
          'Đồng Nai, ngày 08 tháng 10 năm 2019',
          'TM. SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Võ Văn Chánh',
          'Số vào sổ cấp GCN: CS 07712',
        ),
      ],
    },
    {
      id: 'dat-gcn-tt10-nam-nha-trang-h7',
      form: 'GCN quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất — TT 10/2024/TT-BTNMT (one sheet, QR), issued by a ward after the reform',
      tags: ['qr-caption'],
      truth: T('gcn-qsdd-ca-nhan', GCN10, 'CS 01245', 'ỦY BAN NHÂN DÂN PHƯỜNG NAM NHA TRANG', 'commune', '2025-11-03'),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          GCN10,
          'Mã QR',
          'Mã Giấy chứng nhận: 56-0125-0003817',
          '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:',
          'Ông Trần Văn Lực, năm sinh 1970, số định danh cá nhân 056070002147',
          '2. Thông tin thửa đất: Thửa đất số 88, tờ bản đồ số 12, diện tích 150,0 m²',
          'Địa chỉ: Tổ dân phố Phước Đồng 3, phường Nam Nha Trang, tỉnh Khánh Hòa',
          'Loại đất: Đất ở tại đô thị 100,0 m²; đất trồng cây lâu năm 50,0 m²',
          '3. Thông tin tài sản gắn liền với đất: -/-',
          'Số phát hành: AA 03817562',
        ),
        page(
          '4. Sơ đồ thửa đất',
          '5. Ghi chú: -/-',
          '6. Thông tin thay đổi sau khi cấp Giấy chứng nhận: -/-',
          'Nam Nha Trang, ngày 03 tháng 11 năm 2025',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Nguyễn Thị Hạnh',
          'Số vào sổ cấp Giấy chứng nhận: CS 01245',
        ),
      ],
    },
    {
      id: 'dat-gcn-tt10-trang-2-phu-tan-h7',
      form: 'GCN — TT 10/2024/TT-BTNMT, page 2 alone (signature, register number), commune after the reform',
      tags: ['inner-page', 'page-footer'],
      truth: T('gcn-qsdd-ca-nhan', null, 'CS 00388', 'ỦY BAN NHÂN DÂN XÃ PHÚ TÂN', 'commune', '2026-02-19'),
      pages: [
        page(
          '4. Sơ đồ thửa đất',
          'Thửa 1042, tờ bản đồ 5 (tỉ lệ 1/2000)',
          '5. Ghi chú: Đất nông nghiệp thời hạn sử dụng đến ngày 19/02/2076',
          '6. Thông tin thay đổi sau khi cấp Giấy chứng nhận: -/-',
          'Phú Tân, ngày 19 tháng 02 năm 2026',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Chau Kim Sơn',
          'Số vào sổ cấp Giấy chứng nhận: CS 00388',
          'Trang 2/2',
        ),
      ],
    },
    {
      id: 'dat-gcn-tt23-chu-pah-bien-dong-h7',
      form: 'GCN — TT 23/2014/TT-BTNMT, pages 1, 2 and 4 (a 2026 transfer entry on page 4)',
      tags: ['several-dates'],
      truth: T('gcn-qsdd-ca-nhan', GCN23, 'CH 03348', 'ỦY BAN NHÂN DÂN HUYỆN CHƯ PĂH', 'district', '2017-06-21'),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          GCN23,
          'I. Người sử dụng đất: Hộ ông Rơ Lan Hiếu, năm sinh 1966, CMND 230485116',
          'và bà Siu H\u2019Nhi, năm sinh 1970',
          'Địa chỉ: Làng Kép, xã Nghĩa Hưng, huyện Chư Păh, tỉnh Gia Lai',
          'BK 216094',
        ),
        page(
          'II. Thửa đất: Thửa số 61, tờ bản đồ số 22, diện tích 2.430,0 m², đất trồng cây lâu năm',
          'Thời hạn sử dụng: đến ngày 21/6/2067',
          'Chư Păh, ngày 21 tháng 6 năm 2017',
          'TM. ỦY BAN NHÂN DÂN HUYỆN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Nguyễn Văn Tuấn',
          'Số vào sổ cấp GCN: CH 03348',
        ),
        page(
          'IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN',
          'Nội dung thay đổi và cơ sở pháp lý                       | Xác nhận của cơ quan có thẩm quyền',
          'Chuyển nhượng toàn bộ thửa đất cho ông Phan Văn Tâm,     | Ngày 12/01/2026',
          'sinh năm 1982, CCCD 064082003315; theo hồ sơ số           | Chi nhánh Văn phòng đăng ký đất đai',
          '003.26.41.H22-260112-0007                                | khu vực Chư Păh',
          '                                                          | Trần Thị Lan',
        ),
      ],
    },
    {
      id: 'dat-gcn-to-chuc-da-nang-h7',
      form: 'GCN quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (tổ chức) — TT 10/2024/TT-BTNMT, two-column table',
      tags: ['two-column-table', 'qr-caption'],
      truth: T(
        'gcn-qsdd-to-chuc',
        GCN10,
        'CT 00571',
        'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THÀNH PHỐ ĐÀ NẴNG',
        'province',
        '2025-12-15',
      ),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          GCN10,
          'Mã QR: quét để tra cứu thông tin Giấy chứng nhận',
          'Mã Giấy chứng nhận        | 48-0025-0000571',
          'Người sử dụng đất         | CÔNG TY CỔ PHẦN LOGISTICS CẢNG TIÊN SA, mã số doanh nghiệp 0401234567',
          'Thửa đất số               | 15',
          'Tờ bản đồ số              | 04',
          'Địa chỉ                   | Đường Yết Kiêu, phường Sơn Trà, thành phố Đà Nẵng',
          'Diện tích                 | 8.640,0 m²',
          'Loại đất                  | Đất thương mại, dịch vụ',
          'Thời hạn sử dụng          | Đến ngày 15/12/2075',
          'Hình thức                 | Nhà nước cho thuê đất trả tiền thuê đất hằng năm',
          'Đà Nẵng, ngày 15 tháng 12 năm 2025',
          'TM. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
          'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC',
          'Huỳnh Văn Thanh',
          'Số vào sổ cấp Giấy chứng nhận: CT 00571',
        ),
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Licences, permits and confirmations.

function licences(): Spec[] {
  return [
    {
      id: 'gp-xd-nha-o-buon-ma-thuot-h7',
      form: 'Giấy phép xây dựng (nhà ở riêng lẻ) — Mẫu số 02 Phụ lục II NĐ 15/2021/NĐ-CP, ward after the reform',
      tags: ['page-footer'],
      truth: T(
        'giay-phep-xay-dung-nha-o',
        'GIẤY PHÉP XÂY DỰNG',
        '145/GPXD',
        'ỦY BAN NHÂN DÂN PHƯỜNG BUÔN MA THUỘT',
        'commune',
        '2025-10-14',
      ),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG BUÔN MA THUỘT'], '145/GPXD', pd('Buôn Ma Thuột', '2025-10-14')),
          'GIẤY PHÉP XÂY DỰNG',
          'Sử dụng cho nhà ở riêng lẻ',
          '1. Cấp cho: Ông Nguyễn Đình Khải',
          'Địa chỉ: 36 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk',
          '2. Được phép xây dựng công trình: Nhà ở riêng lẻ',
          '- Theo thiết kế: do Công ty TNHH Tư vấn Xây dựng Ban Mê lập',
          '- Gồm các nội dung sau: Vị trí xây dựng: thửa đất số 356, tờ bản đồ số 17',
          '- Diện tích xây dựng tầng 1: 96 m²; tổng diện tích sàn: 288 m²; chiều cao: 12,6 m; số tầng: 3',
          '3. Giấy tờ về quyền sử dụng đất: GCN số vào sổ CS 14201 do Sở TN&MT cấp ngày 02/3/2022',
          '4. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Y Wang Mlô',
          'Trang 1/1',
        ),
      ],
    },
    {
      id: 'gp-xd-nha-o-hoi-an-h7',
      form: 'Giấy phép xây dựng (nhà ở riêng lẻ) — NĐ 15/2021/NĐ-CP, city of Hội An before the reform',
      reading: 'lines-out-of-order',
      truth: T(
        'giay-phep-xay-dung-nha-o',
        'GIẤY PHÉP XÂY DỰNG',
        '356/GPXD',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN',
        'district',
        '2023-08-28',
      ),
      pages: [
        page(
          ...head([UB, 'THÀNH PHỐ HỘI AN'], '356/GPXD', pd('Hội An', '2023-08-28')),
          'GIẤY PHÉP XÂY DỰNG',
          'Sử dụng cho nhà ở riêng lẻ',
          '1. Cấp cho: Bà Trần Thị Diệu Hồng',
          'Địa chỉ: 14 Trần Phú, phường Minh An, thành phố Hội An, tỉnh Quảng Nam',
          '2. Được phép sửa chữa, cải tạo công trình: Nhà ở riêng lẻ trong khu phố cổ',
          '- Diện tích xây dựng: 64 m²; số tầng: 2; chiều cao: 7,5 m',
          '3. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp.',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Nguyễn Văn Lanh',
        ),
      ],
    },
    {
      id: 'gp-xd-cong-trinh-so-xay-dung-dong-nai-h7',
      form: 'Giấy phép xây dựng (công trình) — Mẫu số 01 Phụ lục II NĐ 15/2021/NĐ-CP, two pages with footers',
      tags: ['page-footer'],
      truth: T(
        'giay-phep-xay-dung',
        'GIẤY PHÉP XÂY DỰNG',
        '89/GPXD-SXD',
        'SỞ XÂY DỰNG TỈNH ĐỒNG NAI',
        'province',
        '2024-09-17',
      ),
      pages: [
        page(
          ...head(['UBND TỈNH ĐỒNG NAI', 'SỞ XÂY DỰNG'], '89/GPXD-SXD', pd('Đồng Nai', '2024-09-17')),
          'GIẤY PHÉP XÂY DỰNG',
          '1. Cấp cho: Công ty Cổ phần Bao bì Nhựa Tân Phú Đông',
          'Địa chỉ: Đường số 9, Khu công nghiệp Nhơn Trạch 3, huyện Nhơn Trạch, tỉnh Đồng Nai',
          '2. Được phép xây dựng công trình: Nhà xưởng sản xuất bao bì số 2',
          '- Cấp công trình: Cấp II; diện tích xây dựng: 12.400 m²',
          'Trang 1/2',
        ),
        page(
          '3. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp.',
          '4. Chủ đầu tư phải thông báo khởi công xây dựng cho cơ quan quản lý xây dựng tại địa phương.',
          'Nơi nhận: - Chủ đầu tư; - UBND huyện Nhơn Trạch; - Lưu: VT, QLXD.',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Lâm Văn Hòa',
          'Trang 2/2',
        ),
      ],
    },
    {
      id: 'gp-attp-so-y-te-gia-lai-h7',
      form: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm — NĐ 15/2018/NĐ-CP (3 years printed)',
      truth: T(
        'gcn-an-toan-thuc-pham',
        'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
        '215/2025/ATTP-CNĐK',
        'SỞ Y TẾ TỈNH GIA LAI',
        'province',
        '2025-08-26',
        '2028-08-26',
      ),
      pages: [
        page(
          ...head(['UBND TỈNH GIA LAI', 'SỞ Y TẾ'], '215/2025/ATTP-CNĐK', pd('Gia Lai', '2025-08-26')),
          'GIẤY CHỨNG NHẬN',
          'CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
          'SỞ Y TẾ TỈNH GIA LAI CHỨNG NHẬN',
          'Cơ sở: BẾP ĂN TẬP THỂ TRƯỜNG TIỂU HỌC HỘI PHÚ',
          'Địa chỉ: 27 Lê Lợi, phường Hội Phú, tỉnh Gia Lai',
          'Đủ điều kiện an toàn thực phẩm theo quy định đối với: dịch vụ ăn uống - bếp ăn tập thể',
          'Giấy chứng nhận có hiệu lực đến ngày 26 tháng 8 năm 2028',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Đinh Thị Hoa',
        ),
      ],
    },
    {
      id: 'gp-thuoc-la-chau-doc-h7',
      form: 'Giấy phép bán lẻ sản phẩm thuốc lá — NĐ 67/2013/NĐ-CP (NĐ 106/2017), district Phòng Kinh tế before the reform',
      reading: 'marks-dropped',
      truth: T(
        'giay-phep-ban-le-thuoc-la',
        'GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ',
        '12/GP-PKT',
        'PHÒNG KINH TẾ THÀNH PHỐ CHÂU ĐỐC',
        'district',
        '2023-05-09',
        '2028-05-09',
      ),
      pages: [
        page(
          ...head(['UBND THÀNH PHỐ CHÂU ĐỐC', 'PHÒNG KINH TẾ'], '12/GP-PKT', pd('Châu Đốc', '2023-05-09')),
          'GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ',
          'TRƯỞNG PHÒNG KINH TẾ THÀNH PHỐ CHÂU ĐỐC',
          'Căn cứ Nghị định số 67/2013/NĐ-CP ngày 27/6/2013 của Chính phủ;',
          'Xét đề nghị của hộ kinh doanh Tạp hóa Kim Liên,',
          'QUYẾT ĐỊNH:',
          'Điều 1. Cho phép hộ kinh doanh Tạp hóa Kim Liên, mã số hộ kinh doanh 51K8004472,',
          'địa chỉ: 71 Thủ Khoa Nghĩa, phường Châu Phú A, thành phố Châu Đốc, được bán lẻ sản phẩm thuốc lá.',
          'Điều 2. Giấy phép này có giá trị 05 năm kể từ ngày cấp.',
          'TRƯỞNG PHÒNG',
          'Lê Hoàng Nam',
        ),
      ],
    },
    {
      id: 'gp-ruou-dien-khanh-h7',
      form: 'Giấy phép bán lẻ rượu — NĐ 105/2017/NĐ-CP, commune after the reform (printed end date)',
      truth: T(
        'giay-phep-ban-le-ruou',
        'GIẤY PHÉP BÁN LẺ RƯỢU',
        '07/GP-BLR',
        'ỦY BAN NHÂN DÂN XÃ DIÊN KHÁNH',
        'commune',
        '2026-01-27',
        '2031-01-27',
      ),
      pages: [
        page(
          ...head([UB, 'XÃ DIÊN KHÁNH'], '07/GP-BLR', pd('Diên Khánh', '2026-01-27')),
          'GIẤY PHÉP BÁN LẺ RƯỢU',
          'ỦY BAN NHÂN DÂN XÃ DIÊN KHÁNH',
          'Cho phép: Hộ kinh doanh Đại lý Bia Rượu Tấn Phát',
          'Địa chỉ trụ sở: Thôn Phú Ân Nam, xã Diên Khánh, tỉnh Khánh Hòa',
          'Mã số hộ kinh doanh: 056082006721',
          'Được phép bán lẻ rượu tại địa điểm: Thôn Phú Ân Nam, xã Diên Khánh, tỉnh Khánh Hòa',
          'Giấy phép này có giá trị đến ngày 27 tháng 01 năm 2031.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Trịnh Văn Dũng',
        ),
      ],
    },
    {
      id: 'gp-karaoke-son-tra-h7',
      form: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke — Mẫu số 03 Phụ lục NĐ 54/2019/NĐ-CP, quận before the reform',
      reading: 'columns-merged',
      truth: T(
        'giay-phep-karaoke',
        'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
        '23/GP-UBND',
        'ỦY BAN NHÂN DÂN QUẬN SƠN TRÀ',
        'district',
        '2024-06-03',
      ),
      pages: [
        page(
          ...head([UB, 'QUẬN SƠN TRÀ'], '23/GP-UBND', pd('Sơn Trà', '2024-06-03'), true),
          'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
          'ỦY BAN NHÂN DÂN QUẬN SƠN TRÀ',
          'Cho phép: Công ty TNHH Giải trí Biển Xanh        Mã số doanh nghiệp: 0402178345',
          'Địa điểm kinh doanh: 102 Hồ Nghinh, phường Phước Mỹ, quận Sơn Trà        Số phòng: 08',
          'TM. ỦY BAN NHÂN DÂN        KT. CHỦ TỊCH - PHÓ CHỦ TỊCH        Lê Văn Trung',
        ),
      ],
    },
    {
      id: 'gp-cu-tru-thuan-an-h7',
      form: 'Giấy xác nhận thông tin về cư trú — Mẫu CT07 TT 66/2023/TT-BCA, commune police after the reform, with the VNeID QR caption',
      tags: ['qr-caption'],
      truth: T(
        'xac-nhan-cu-tru',
        'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        '2508/XN',
        'CÔNG AN PHƯỜNG THUẬN AN',
        'commune',
        '2025-08-12',
        addMonths('2025-08-12', 6),
      ),
      pages: [
        page(
          ...head(
            ['CÔNG AN THÀNH PHỐ HỒ CHÍ MINH', 'CÔNG AN PHƯỜNG THUẬN AN'],
            '2508/XN',
            pd('Thuận An', '2025-08-12'),
          ),
          'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
          'Công an phường Thuận An xác nhận:',
          'Ông/Bà: TRƯƠNG VĂN LỢI     Ngày, tháng, năm sinh: 05/01/1990     Giới tính: Nam',
          'Số định danh cá nhân: 074090004215',
          'Nơi thường trú: Khu phố Bình Giao, phường Thuận An, Thành phố Hồ Chí Minh',
          'Nơi ở hiện tại: Khu phố Bình Giao, phường Thuận An, Thành phố Hồ Chí Minh',
          'Thông tin thành viên hộ gia đình: Trương Văn Lợi (chủ hộ); Lê Thị Ngọc Mai (vợ)',
          'Giấy xác nhận có giá trị 06 tháng kể từ ngày cấp.',
          'TRƯỞNG CÔNG AN PHƯỜNG',
          'Thượng tá Phan Thanh Tùng',
          'Mã QR - quét bằng ứng dụng VNeID để kiểm tra',
        ),
      ],
    },
    {
      id: 'gp-cu-tru-tan-loi-h7',
      form: 'Giấy xác nhận thông tin về cư trú — Mẫu CT07 TT 66/2023/TT-BCA, ward police before the reform',
      reading: 'letters-confused',
      truth: T(
        'xac-nhan-cu-tru',
        'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        '1932/XN',
        'CÔNG AN PHƯỜNG TÂN LỢI',
        'commune',
        '2024-11-19',
        addMonths('2024-11-19', 6),
      ),
      pages: [
        page(
          ...head(
            ['CÔNG AN TP. BUÔN MA THUỘT', 'CÔNG AN PHƯỜNG TÂN LỢI'],
            '1932/XN',
            pd('Buôn Ma Thuột', '2024-11-19'),
          ),
          'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
          'Công an phường Tân Lợi xác nhận:',
          'Ông/Bà: H\u2019MAI ÊBAN     Ngày, tháng, năm sinh: 14/7/1996     Giới tính: Nữ',
          'Số định danh cá nhân: 066196008821',
          'Nơi thường trú: Buôn Alê A, phường Tân Lợi, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk',
          'Giấy xác nhận có giá trị 06 tháng kể từ ngày cấp.',
          'TRƯỞNG CÔNG AN PHƯỜNG',
          'Trung tá Lê Minh Hoàng',
        ),
      ],
    },
    {
      id: 'gp-lai-xe-cong-an-dong-nai-h7',
      form: 'Giấy phép lái xe PET — TT 35/2024/TT-BGTVT layout issued by the provincial police after 01/3/2025, bilingual',
      tags: ['english-gloss'],
      truth: T(
        'giay-phep-lai-xe',
        'GIẤY PHÉP LÁI XE',
        '750251012345',
        'CÔNG AN TỈNH ĐỒNG NAI',
        'province',
        '2025-11-11',
        '2035-11-11',
      ),
      pages: [
        page(
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / SOCIALIST REPUBLIC OF VIET NAM',
          'GIẤY PHÉP LÁI XE / DRIVER\u2019S LICENSE',
          'Số/No.: 750251012345',
          'Họ tên/Full name: NGUYỄN HOÀNG LONG',
          'Ngày sinh/Date of birth: 09/09/1999',
          'Quốc tịch/Nationality: VIỆT NAM',
          'Nơi cư trú/Residence: Phường Bình Phước, tỉnh Đồng Nai',
          'Hạng/Class: B',
          'Ngày trúng tuyển/Date of passing: 10/2025',
          'Đồng Nai, ngày/date 11/11/2025',
          'GIÁM ĐỐC CÔNG AN TỈNH ĐỒNG NAI',
          'Có giá trị đến/Expires: 11/11/2035',
        ),
      ],
    },
    {
      id: 'gp-khuyet-tat-gao-h7',
      form: 'Giấy xác nhận khuyết tật — Mẫu số 03 TT 01/2019/TT-BLĐTBXH, commune after the reform, labels and values on separate lines',
      tags: ['label-value-lines'],
      truth: T(
        'xac-nhan-khuyet-tat',
        'GIẤY XÁC NHẬN KHUYẾT TẬT',
        '41/GXNKT',
        'ỦY BAN NHÂN DÂN XÃ GÀO',
        'commune',
        '2025-12-18',
      ),
      pages: [
        page(
          'UBND XÃ GÀO',
          'TỈNH GIA LAI',
          MOTTO,
          MOTTO2,
          'Số:',
          '41/GXNKT',
          'GIẤY XÁC NHẬN KHUYẾT TẬT',
          'Họ và tên:',
          'SIU H\u2019PHƠN',
          'Ngày, tháng, năm sinh:',
          '02/8/2008',
          'Nơi ở hiện nay:',
          'Làng Ia Pếch, xã Gào, tỉnh Gia Lai',
          'Dạng tật:',
          'Khuyết tật vận động',
          'Mức độ khuyết tật:',
          'Khuyết tật nặng',
          'Gào, ngày 18 tháng 12 năm 2025',
          'CHỦ TỊCH',
          'Rơ Châm Lil',
        ),
      ],
    },
    {
      id: 'gp-ho-ngheo-chau-phong-h7',
      form: 'Giấy chứng nhận hộ nghèo — TT 07/2021/TT-BLĐTBXH (year-end validity printed), commune after the reform',
      reading: 'stamp-crossing',
      truth: T(
        'giay-chung-nhan-ho-ngheo',
        'GIẤY CHỨNG NHẬN HỘ NGHÈO',
        '112/GCN-UBND',
        'ỦY BAN NHÂN DÂN XÃ CHÂU PHONG',
        'commune',
        '2026-01-15',
        '2026-12-31',
      ),
      pages: [
        page(
          ...head([UB, 'XÃ CHÂU PHONG'], '112/GCN-UBND', pd('Châu Phong', '2026-01-15')),
          'GIẤY CHỨNG NHẬN HỘ NGHÈO',
          'Ủy ban nhân dân xã Châu Phong chứng nhận:',
          'Hộ ông (bà): SA LY MA     Năm sinh: 1972     Dân tộc: Chăm',
          'Địa chỉ: Ấp Phũm Soài, xã Châu Phong, tỉnh An Giang',
          'Là hộ nghèo năm 2026, mã số hộ: 89-2026-0113',
          'Giấy chứng nhận có giá trị đến hết ngày 31 tháng 12 năm 2026.',
          'TM. ỦY BAN NHÂN DÂN     ★ ỦY BAN',
          'CHỦ TỊCH     NHÂN DÂN XÃ',
          'Hồ Văn Nghĩa     CHÂU PHONG ★',
        ),
      ],
    },
    {
      id: 'gp-dang-ky-xe-an-hai-h7',
      form: 'Giấy chứng nhận đăng ký xe mô tô — TT 79/2024/TT-BCA card, commune police after the reform, bilingual',
      tags: ['english-gloss'],
      truth: T('dang-ky-xe', 'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE', '043215', 'CÔNG AN PHƯỜNG AN HẢI', 'commune', '2025-10-30'),
      pages: [
        page(
          'CÔNG AN THÀNH PHỐ ĐÀ NẴNG',
          'CÔNG AN PHƯỜNG AN HẢI',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE',
          'VEHICLE REGISTRATION CERTIFICATE',
          'Số/No.: 043215',
          'Tên chủ xe/Owner\u2019s full name: ĐOÀN THỊ MỸ LỆ',
          'Địa chỉ/Address: Tổ 12, phường An Hải, thành phố Đà Nẵng',
          'Nhãn hiệu/Brand: HONDA     Số loại/Model code: VISION',
          'Số máy/Engine N°: JF86E-2315547     Số khung/Chassis N°: RLHJF8610PY215547',
          'Biển số đăng ký/Number plate: 43H1-625.18',
          'Đăng ký lần đầu ngày/First registration date: 30/10/2025',
          'An Hải, ngày 30 tháng 10 năm 2025',
          'TRƯỞNG CÔNG AN PHƯỜNG',
          'Trung tá Nguyễn Văn Hậu',
        ),
      ],
    },
    {
      id: 'gp-hoat-dong-kcb-khanh-hoa-h7',
      form: 'Giấy phép hoạt động khám bệnh, chữa bệnh — NĐ 96/2023/NĐ-CP, Sở Y tế before the reform',
      truth: T(
        'giay-phep-hoat-dong-kcb',
        'GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH',
        '356/KH-GPHĐ',
        'SỞ Y TẾ TỈNH KHÁNH HÒA',
        'province',
        '2024-01-22',
      ),
      pages: [
        page(
          ...head(['UBND TỈNH KHÁNH HÒA', 'SỞ Y TẾ'], '356/KH-GPHĐ', pd('Khánh Hòa', '2024-01-22')),
          'GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH',
          'GIÁM ĐỐC SỞ Y TẾ TỈNH KHÁNH HÒA',
          'Cấp cho: Phòng khám chuyên khoa Răng Hàm Mặt Biển Nhớ',
          'Địa chỉ: 55 Yersin, phường Vạn Thắng, thành phố Nha Trang, tỉnh Khánh Hòa',
          'Hình thức tổ chức: Phòng khám chuyên khoa',
          'Người chịu trách nhiệm chuyên môn kỹ thuật: BS. Tôn Nữ Bảo Trân',
          'Thời gian làm việc: Từ thứ Hai đến Chủ nhật, 07 giờ 30 - 20 giờ 00',
          'GIÁM ĐỐC',
          'Bùi Đức Thắng',
        ),
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Decisions that are results (ND 30 Mẫu 1.4).

function decisions(): Spec[] {
  return [
    {
      id: 'qd-tro-cap-xh-nhon-trach-h7',
      form: 'Quyết định hưởng trợ cấp xã hội hàng tháng — NĐ 20/2021/NĐ-CP, Mẫu 1.4 NĐ 30/2020, commune after the reform',
      tags: ['several-dates'],
      truth: T(
        'quyet-dinh-tro-cap-xa-hoi',
        'QUYẾT ĐỊNH',
        '412/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ NHƠN TRẠCH',
        'commune',
        '2025-08-28',
      ),
      pages: [
        page(
          ...head([UB, 'XÃ NHƠN TRẠCH'], '412/QĐ-UBND', pd('Nhơn Trạch', '2025-08-28')),
          'QUYẾT ĐỊNH',
          'Về việc trợ cấp xã hội hàng tháng đối với người cao tuổi',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NHƠN TRẠCH',
          'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ;',
          'Xét hồ sơ đề nghị của bà Lê Thị Sáu,',
          'QUYẾT ĐỊNH:',
          'Điều 1. Trợ cấp xã hội hàng tháng đối với bà Lê Thị Sáu, sinh năm 1944,',
          'thường trú tại ấp Bến Cam, xã Nhơn Trạch, tỉnh Đồng Nai. Mức trợ cấp: 750.000 đồng/tháng.',
          'Thời điểm hưởng: kể từ ngày 01 tháng 9 năm 2025.',
          'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
          'CHỦ TỊCH',
          'Phạm Anh Dũng',
        ),
      ],
    },
    {
      id: 'qd-tro-cap-xh-duy-xuyen-h7',
      form: 'Quyết định hưởng trợ cấp xã hội hàng tháng — NĐ 20/2021/NĐ-CP, district before the reform',
      reading: 'columns-merged',
      truth: T(
        'quyet-dinh-tro-cap-xa-hoi',
        'QUYẾT ĐỊNH',
        '318/QĐ-UBND',
        'ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN',
        'district',
        '2024-02-19',
      ),
      pages: [
        page(
          ...head([UB, 'HUYỆN DUY XUYÊN'], '318/QĐ-UBND', pd('Duy Xuyên', '2024-02-19'), true),
          'QUYẾT ĐỊNH        Về việc trợ cấp xã hội hàng tháng đối với người khuyết tật nặng',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN',
          'Điều 1. Trợ cấp xã hội hàng tháng đối với ông Ngô Văn Tư, sinh năm 1979, thôn Trà Kiệu Tây, xã Duy Sơn.',
          'Mức trợ cấp: 900.000 đồng/tháng.        Thời điểm hưởng: từ tháng 3 năm 2024.',
          'Điều 2. Quyết định có hiệu lực kể từ ngày ký.        KT. CHỦ TỊCH - PHÓ CHỦ TỊCH        Đoàn Văn Lâm',
        ),
      ],
    },
    {
      id: 'qd-mai-tang-quy-nhon-h7',
      form: 'Quyết định hỗ trợ chi phí mai táng — NĐ 20/2021/NĐ-CP, ward after the reform, signature block above the date',
      tags: ['signature-before-date'],
      truth: T(
        'quyet-dinh-ho-tro-mai-tang',
        'QUYẾT ĐỊNH',
        '77/QĐ-UBND',
        'ỦY BAN NHÂN DÂN PHƯỜNG QUY NHƠN',
        'commune',
        '2025-11-25',
      ),
      pages: [
        page(
          UB,
          'PHƯỜNG QUY NHƠN',
          MOTTO,
          MOTTO2,
          'Số: 77/QĐ-UBND',
          'QUYẾT ĐỊNH',
          'Về việc hỗ trợ chi phí mai táng',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG QUY NHƠN',
          'Điều 1. Hỗ trợ chi phí mai táng cho gia đình ông Nguyễn Văn Bảy (đối tượng hưởng trợ cấp xã hội hàng tháng),',
          'đã chết ngày 10/11/2025; người nhận: bà Nguyễn Thị Hoa (con). Mức hỗ trợ: 18.000.000 đồng.',
          'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
          'CHỦ TỊCH',
          'Trần Văn Vũ',
          'Quy Nhơn, ngày 25 tháng 11 năm 2025',
        ),
      ],
    },
    {
      id: 'qd-thue-dat-hcm-h7',
      form: 'Quyết định cho thuê đất — Mẫu 1.4 NĐ 30/2020, UBND TP Hồ Chí Minh before the reform (lease end not an expiry)',
      truth: T(
        'quyet-dinh-giao-dat',
        'QUYẾT ĐỊNH',
        '5678/QĐ-UBND',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
        'province',
        '2023-12-26',
      ),
      pages: [
        page(
          ...head([UB, 'THÀNH PHỐ HỒ CHÍ MINH'], '5678/QĐ-UBND', pd('Thành phố Hồ Chí Minh', '2023-12-26')),
          'QUYẾT ĐỊNH',
          'Về việc cho Công ty TNHH Kho vận Hiệp Phước thuê đất tại xã Hiệp Phước, huyện Nhà Bè',
          'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
          'QUYẾT ĐỊNH:',
          'Điều 1. Cho Công ty TNHH Kho vận Hiệp Phước thuê 42.318,6 m² đất tại xã Hiệp Phước, huyện Nhà Bè',
          'để xây dựng kho bãi. Thời hạn thuê đất: đến ngày 26/12/2073. Hình thức: thuê đất trả tiền hằng năm.',
          'Điều 2. Giao Sở Tài nguyên và Môi trường ký hợp đồng thuê đất, cấp Giấy chứng nhận.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Bùi Xuân Cường',
        ),
      ],
    },
    {
      id: 'qd-chuyen-muc-dich-cam-lam-h7',
      form: 'Quyết định cho phép chuyển mục đích sử dụng đất — Mẫu 1.4 NĐ 30/2020, commune after the reform',
      reading: 'lines-out-of-order',
      truth: T(
        'quyet-dinh-chuyen-muc-dich',
        'QUYẾT ĐỊNH',
        '156/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ CAM LÂM',
        'commune',
        '2026-03-16',
      ),
      pages: [
        page(
          ...head([UB, 'XÃ CAM LÂM'], '156/QĐ-UBND', pd('Cam Lâm', '2026-03-16')),
          'QUYẾT ĐỊNH',
          'Về việc cho phép hộ ông Lê Văn Kha chuyển mục đích sử dụng đất',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ CAM LÂM',
          'Điều 1. Cho phép hộ ông Lê Văn Kha chuyển mục đích sử dụng 200,0 m² đất trồng cây lâu năm',
          'sang đất ở tại nông thôn, thuộc thửa đất số 512, tờ bản đồ số 9, xã Cam Lâm, tỉnh Khánh Hòa.',
          'Điều 2. Thời hạn sử dụng đất: lâu dài.',
          'CHỦ TỊCH',
          'Đặng Quốc Vinh',
        ),
      ],
    },
    {
      id: 'qd-that-nghiep-binh-duong-h7',
      form: 'Quyết định về việc hưởng trợ cấp thất nghiệp — Mẫu số 05 TT 28/2015/TT-BLĐTBXH, Sở LĐ-TB&XH Bình Dương before the reform',
      tags: ['several-dates'],
      truth: T(
        'quyet-dinh-tro-cap-that-nghiep',
        'QUYẾT ĐỊNH',
        '9876/QĐ-SLĐTBXH',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG',
        'province',
        '2024-10-08',
      ),
      pages: [
        page(
          ...head(
            ['UBND TỈNH BÌNH DƯƠNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
            '9876/QĐ-SLĐTBXH',
            pd('Bình Dương', '2024-10-08'),
          ),
          'QUYẾT ĐỊNH',
          'Về việc hưởng trợ cấp thất nghiệp',
          'GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG',
          'Điều 1. Ông Hồ Văn Thuận, sinh ngày 12/6/1991, số sổ bảo hiểm xã hội 7410235587,',
          'được hưởng trợ cấp thất nghiệp: 04 tháng, từ ngày 20/9/2024 đến ngày 19/01/2025.',
          'Mức hưởng hằng tháng: 5.832.000 đồng. Nơi nhận trợ cấp: Bưu điện thành phố Thủ Dầu Một.',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Phan Thị Kim Oanh',
        ),
      ],
    },
    {
      id: 'qd-nguoi-co-cong-dak-lak-h7',
      form: 'Quyết định trợ cấp ưu đãi người có công — NĐ 131/2021/NĐ-CP, Sở LĐ-TB&XH Đắk Lắk before the reform',
      reading: 'marks-dropped',
      truth: T(
        'quyet-dinh-tro-cap-nguoi-co-cong',
        'QUYẾT ĐỊNH',
        '1203/QĐ-SLĐTBXH',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐẮK LẮK',
        'province',
        '2023-07-27',
      ),
      pages: [
        page(
          ...head(
            ['UBND TỈNH ĐẮK LẮK', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
            '1203/QĐ-SLĐTBXH',
            pd('Đắk Lắk', '2023-07-27'),
          ),
          'QUYẾT ĐỊNH',
          'Về việc trợ cấp hằng tháng đối với thân nhân liệt sĩ',
          'GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
          'Điều 1. Trợ cấp hằng tháng đối với bà H\u2019Blơ Knul, sinh năm 1950, là vợ liệt sĩ Y Tlam Knul,',
          'trú tại buôn Tơng Jú, xã Ea Kao, thành phố Buôn Ma Thuột. Mức trợ cấp: 2.624.000 đồng/tháng.',
          'Được hưởng kể từ ngày 01 tháng 8 năm 2023.',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Y Đhăm Ênuôl',
        ),
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Results of types the catalogue lacks.

function unknownTypes(): Spec[] {
  return [
    {
      id: 'x-chat-ha-cay-xanh-da-nang-h7',
      form: 'Giấy phép chặt hạ, dịch chuyển cây xanh đô thị — NĐ 64/2010/NĐ-CP, ward after the reform (form unconfirmed)',
      unknownAs: ['chặt hạ', 'cây xanh'],
      truth: T(
        null,
        'GIẤY PHÉP CHẶT HẠ CÂY XANH',
        '09/GP-UBND',
        'ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ',
        'commune',
        '2025-09-19',
      ),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG THANH KHÊ'], '09/GP-UBND', pd('Thanh Khê', '2025-09-19')),
          'GIẤY PHÉP CHẶT HẠ CÂY XANH',
          'Cấp cho: Ban Quản lý dự án Đầu tư xây dựng các công trình giao thông thành phố Đà Nẵng',
          'Được phép chặt hạ: 03 cây xà cừ đường kính 60–80 cm trên vỉa hè đường Hà Huy Tập',
          'Thời gian thực hiện: trong 30 ngày kể từ ngày cấp.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Phạm Thị Thu Hà',
        ),
      ],
    },
    {
      id: 'x-he-pho-ben-thanh-h7',
      form: 'Giấy phép sử dụng tạm thời một phần lòng đường, hè phố — TP Hồ Chí Minh, ward after the reform (form unconfirmed)',
      unknownAs: ['tạm thời một phần lòng đường', 'hè phố'],
      truth: T(
        null,
        'GIẤY PHÉP SỬ DỤNG TẠM THỜI MỘT PHẦN LÒNG ĐƯỜNG, HÈ PHỐ',
        '214/GP-UBND',
        'ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH',
        'commune',
        '2026-04-02',
        '2026-10-02',
      ),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG BẾN THÀNH'], '214/GP-UBND', pd('Thành phố Hồ Chí Minh', '2026-04-02')),
          'GIẤY PHÉP SỬ DỤNG TẠM THỜI MỘT PHẦN LÒNG ĐƯỜNG, HÈ PHỐ',
          'Cấp cho: Hộ kinh doanh Cà phê Phố Cũ, mã số hộ kinh doanh 079189012224',
          'Vị trí: trước số nhà 58 Lê Thánh Tôn, phường Bến Thành; chiều rộng sử dụng: 1,5 m',
          'Mục đích: để xe và kinh doanh có thu phí theo quy định',
          'Giấy phép có giá trị 06 tháng kể từ ngày cấp.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Võ Thị Ngọc Trinh',
        ),
      ],
    },
    {
      id: 'x-khai-thac-thuy-san-khanh-hoa-h7',
      form: 'Giấy phép khai thác thủy sản — Mẫu TT 06/2024/TT-BNNPTNT (Luật Thủy sản 2017), Sở NN&MT after the reform (form unconfirmed)',
      tags: ['two-column-table'],
      unknownAs: ['khai thác thủy sản'],
      truth: T(
        null,
        'GIẤY PHÉP KHAI THÁC THỦY SẢN',
        'KH-2025-00457/GPKTTS',
        'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH KHÁNH HÒA',
        'province',
        '2025-12-09',
        '2027-06-30',
      ),
      pages: [
        page(
          ...head(
            ['UBND TỈNH KHÁNH HÒA', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
            'KH-2025-00457/GPKTTS',
            pd('Khánh Hòa', '2025-12-09'),
          ),
          'GIẤY PHÉP KHAI THÁC THỦY SẢN',
          'Tên chủ tàu              | Lê Văn Biển',
          'Số đăng ký tàu           | KH-92475-TS',
          'Chiều dài lớn nhất       | 16,8 m',
          'Nghề khai thác           | Lưới vây',
          'Vùng khai thác           | Vùng khơi',
          'Cảng cá đăng ký          | Cảng cá Hòn Rớ',
          'Thời hạn giấy phép       | đến ngày 30/6/2027',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Nguyễn Tấn Phát',
        ),
      ],
    },
    {
      id: 'x-xac-nhan-lam-nong-nghiep-binh-thanh-dong-h7',
      form: 'Giấy xác nhận hộ gia đình, cá nhân trực tiếp sản xuất nông nghiệp — UBND xã, after the reform (form unconfirmed)',
      unknownAs: ['trực tiếp sản xuất nông nghiệp'],
      truth: T(
        null,
        'GIẤY XÁC NHẬN CÁ NHÂN TRỰC TIẾP SẢN XUẤT NÔNG NGHIỆP',
        '63/XN-UBND',
        'ỦY BAN NHÂN DÂN XÃ BÌNH THẠNH ĐÔNG',
        'commune',
        '2025-07-16',
      ),
      pages: [
        page(
          ...head([UB, 'XÃ BÌNH THẠNH ĐÔNG'], '63/XN-UBND', pd('Bình Thạnh Đông', '2025-07-16')),
          'GIẤY XÁC NHẬN',
          'CÁ NHÂN TRỰC TIẾP SẢN XUẤT NÔNG NGHIỆP',
          'Ủy ban nhân dân xã Bình Thạnh Đông xác nhận:',
          'Ông Trần Văn Chiến, sinh năm 1968, CCCD số 089068004417, thường trú ấp Bình Hòa, xã Bình Thạnh Đông, tỉnh An Giang',
          'là cá nhân đang trực tiếp sản xuất nông nghiệp (trồng lúa, 2,4 ha) trên địa bàn xã.',
          'Giấy xác nhận cấp để: làm thủ tục nhận chuyển nhượng đất trồng lúa.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Nguyễn Thanh Phong',
        ),
      ],
    },
    {
      id: 'x-vu-truong-binh-duong-h7',
      form: 'Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường — Phụ lục NĐ 54/2019/NĐ-CP, Sở VHTT&DL Bình Dương before the reform',
      reading: 'letters-confused',
      unknownAs: ['vũ trường'],
      truth: T(
        null,
        'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ VŨ TRƯỜNG',
        '05/GP-SVHTTDL',
        'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BÌNH DƯƠNG',
        'province',
        '2024-05-14',
      ),
      pages: [
        page(
          ...head(
            ['UBND TỈNH BÌNH DƯƠNG', 'SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'],
            '05/GP-SVHTTDL',
            pd('Bình Dương', '2024-05-14'),
          ),
          'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ VŨ TRƯỜNG',
          'GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BÌNH DƯƠNG',
          'Cho phép: Công ty TNHH Giải trí Ánh Dương, mã số doanh nghiệp 3702456781',
          'Địa điểm kinh doanh: 09 Đại lộ Bình Dương, phường Phú Thọ, thành phố Thủ Dầu Một',
          'Diện tích phòng vũ trường: 320 m²',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Nguyễn Minh Luân',
        ),
      ],
    },
    {
      id: 'x-lien-van-campuchia-an-giang-h7',
      form: 'Giấy phép liên vận Campuchia - Việt Nam — Hiệp định vận tải đường bộ Việt Nam - Campuchia, Sở Xây dựng after the reform (form unconfirmed)',
      tags: ['english-gloss'],
      unknownAs: ['liên vận Campuchia', 'Campuchia - Việt Nam'],
      truth: T(
        null,
        'GIẤY PHÉP LIÊN VẬN CAMPUCHIA - VIỆT NAM',
        '89.0412/GPLV',
        'SỞ XÂY DỰNG TỈNH AN GIANG',
        'province',
        '2025-10-10',
        '2026-10-09',
      ),
      pages: [
        page(
          'UBND TỈNH AN GIANG',
          'SỞ XÂY DỰNG',
          MOTTO,
          MOTTO2,
          'GIẤY PHÉP LIÊN VẬN CAMPUCHIA - VIỆT NAM',
          'CAMBODIA - VIET NAM CROSS-BORDER TRANSPORT PERMIT',
          'Số/No.: 89.0412/GPLV',
          'Cấp cho phương tiện / Issued to vehicle: 67H-034.21',
          'Đơn vị kinh doanh vận tải / Operator: Công ty TNHH Vận tải Tịnh Biên',
          'Cửa khẩu xuất nhập / Border gate: Tịnh Biên - Phnom Den',
          'Có giá trị đến / Valid until: 09/10/2026',
          'An Giang, ngày 10 tháng 10 năm 2025',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Lâm Hoàng Sơn',
        ),
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Look-alike non-results: receipts, slips, refusals, revocations, records, lists, reports, citizens' forms, e-mails.

function nonResults(): Spec[] {
  return [
    {
      id: 'n-bien-nhan-tran-bien-h7',
      form: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả — Mẫu 01 TT 01/2018/TT-VPCP, commune centre after the reform',
      tags: ['look-alike', 'qr-caption'],
      truth: N(
        'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        '000.25.36.H19-250902-0041',
        'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG TRẤN BIÊN',
        'commune',
        '2025-09-02',
      ),
      pages: [
        page(
          'UBND PHƯỜNG TRẤN BIÊN',
          'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
          MOTTO,
          MOTTO2,
          'Mã hồ sơ: 000.25.36.H19-250902-0041',
          pd('Trấn Biên', '2025-09-02'),
          'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
          'Trung tâm Phục vụ hành chính công phường Trấn Biên tiếp nhận hồ sơ của: Bà Lê Thị Hương',
          'Nội dung yêu cầu giải quyết: Đăng ký thành lập hộ kinh doanh',
          'Thành phần hồ sơ: 1. Giấy đề nghị đăng ký hộ kinh doanh (01 bản chính)',
          'Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc',
          'Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 00, ngày 05/9/2025',
          'Người nộp hồ sơ        Người tiếp nhận hồ sơ',
          'Lê Thị Hương           Nguyễn Thị Thanh Xuân',
          'Mã QR tra cứu tình trạng hồ sơ: https://dichvucong.dongnai.gov.vn/tra-cuu',
        ),
      ],
    },
    {
      id: 'n-phieu-hen-nha-trang-h7',
      form: 'Phiếu hẹn trả kết quả — bộ phận một cửa UBND thành phố Nha Trang before the reform',
      reading: 'marks-dropped',
      tags: ['look-alike'],
      truth: N('PHIẾU HẸN TRẢ KẾT QUẢ', '2405-1187', 'ỦY BAN NHÂN DÂN THÀNH PHỐ NHA TRANG', 'district', '2024-05-13'),
      pages: [
        page(
          'UBND THÀNH PHỐ NHA TRANG',
          'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
          'PHIẾU HẸN TRẢ KẾT QUẢ',
          'Số phiếu: 2405-1187',
          'Họ tên người nộp: Trần Văn Lực',
          'Thủ tục: Cấp giấy phép xây dựng nhà ở riêng lẻ',
          'Ngày nhận: 13/5/2024     Ngày hẹn trả: 27/5/2024',
          'Khi đến nhận kết quả, mang theo phiếu hẹn này và giấy tờ tùy thân.',
          'Cán bộ tiếp nhận: Phạm Thị Hòa',
        ),
      ],
    },
    {
      id: 'n-yeu-cau-bo-sung-pleiku-h7',
      form: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — Mẫu 02 TT 01/2018/TT-VPCP, ward after the reform',
      tags: ['look-alike'],
      truth: N(
        'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
        '000.20.37.H21-251006-0112',
        'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG PLEIKU',
        'commune',
        '2025-10-07',
      ),
      pages: [
        page(
          'UBND PHƯỜNG PLEIKU',
          'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
          MOTTO,
          MOTTO2,
          pd('Pleiku', '2025-10-07'),
          'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
          'Hồ sơ của: Ông Rơ Lan Hiếu     Mã hồ sơ: 000.20.37.H21-251006-0112',
          'Nội dung yêu cầu giải quyết: Cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
          'Yêu cầu bổ sung, hoàn thiện các nội dung sau:',
          '1. Bản sao giấy tờ về nguồn gốc sử dụng đất;',
          '2. Sơ đồ thửa đất có xác nhận của đơn vị đo đạc.',
          'Người hướng dẫn',
          'Ksor Nam',
        ),
      ],
    },
    {
      id: 'n-tu-choi-gpxd-hoi-an-h7',
      form: 'Thông báo từ chối cấp giấy phép xây dựng — ND 30 letter, ward after the reform',
      tags: ['look-alike'],
      truth: N('THÔNG BÁO', '58/TB-UBND', 'ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN', 'commune', '2025-11-05'),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG HỘI AN'], '58/TB-UBND', pd('Hội An', '2025-11-05')),
          'THÔNG BÁO',
          'Về việc từ chối cấp giấy phép xây dựng',
          'Ủy ban nhân dân phường Hội An nhận được hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ của',
          'ông Huỳnh Văn Sáu tại 22 Nguyễn Thái Học, phường Hội An, thành phố Đà Nẵng.',
          'Qua xem xét, công trình nằm trong khu vực bảo vệ I của Khu phố cổ Hội An, thiết kế không phù hợp',
          'quy chế quản lý kiến trúc. Ủy ban nhân dân phường từ chối cấp giấy phép xây dựng.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Lê Thị Hồng Vân',
        ),
      ],
    },
    {
      id: 'n-tu-choi-dang-ky-hkd-hoa-cuong-h7',
      form: 'Thông báo về việc từ chối đăng ký hộ kinh doanh — NĐ 168/2025/NĐ-CP form, Phòng Kinh tế, Hạ tầng và Đô thị of a ward',
      reading: 'columns-merged',
      tags: ['look-alike'],
      truth: N('THÔNG BÁO', '112/TB-KTHTĐT', 'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ', 'commune', '2025-12-11'),
      pages: [
        page(
          `UBND PHƯỜNG HÒA CƯỜNG        ${MOTTO}`,
          `PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ        ${MOTTO2}`,
          `Số: 112/TB-KTHTĐT        ${pd('Hòa Cường', '2025-12-11')}`,
          'THÔNG BÁO        Về việc từ chối đăng ký hộ kinh doanh',
          'Kính gửi: Ông Nguyễn Văn Tình        Số định danh cá nhân: 048085003126',
          'Phòng Kinh tế, Hạ tầng và Đô thị từ chối đăng ký hộ kinh doanh vì tên hộ kinh doanh trùng với',
          'tên hộ kinh doanh đã đăng ký trên địa bàn. Đề nghị ông nộp lại hồ sơ với tên khác.',
          'TRƯỞNG PHÒNG        Phan Văn Đức',
        ),
      ],
    },
    {
      id: 'n-qd-thu-hoi-gp-ruou-ea-kar-h7',
      form: 'Quyết định thu hồi Giấy phép bán lẻ rượu — Mẫu 1.4 NĐ 30/2020, commune after the reform',
      tags: ['look-alike'],
      truth: N('QUYẾT ĐỊNH', '205/QĐ-UBND', 'ỦY BAN NHÂN DÂN XÃ EA KAR', 'commune', '2026-06-04'),
      pages: [
        page(
          ...head([UB, 'XÃ EA KAR'], '205/QĐ-UBND', pd('Ea Kar', '2026-06-04')),
          'QUYẾT ĐỊNH',
          'Về việc thu hồi Giấy phép bán lẻ rượu',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ EA KAR',
          'Điều 1. Thu hồi Giấy phép bán lẻ rượu số 03/GP-BLR ngày 12/8/2025 đã cấp cho',
          'hộ kinh doanh Tạp hóa Hồng Phúc, thôn 4, xã Ea Kar, tỉnh Đắk Lắk.',
          'Lý do: hộ kinh doanh chấm dứt hoạt động kinh doanh.',
          'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
          'CHỦ TỊCH',
          'Y Phôn Niê',
        ),
      ],
    },
    {
      id: 'n-qd-dinh-chi-attp-thu-duc-h7',
      form: 'Quyết định tạm đình chỉ hoạt động cơ sở (an toàn thực phẩm) — Ban Quản lý An toàn thực phẩm TP Hồ Chí Minh',
      reading: 'letters-confused',
      tags: ['look-alike'],
      truth: N(
        'QUYẾT ĐỊNH',
        '318/QĐ-BQLATTP',
        'BAN QUẢN LÝ AN TOÀN THỰC PHẨM THÀNH PHỐ HỒ CHÍ MINH',
        'province',
        '2025-03-20',
      ),
      pages: [
        page(
          ...head(
            ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'BAN QUẢN LÝ AN TOÀN THỰC PHẨM'],
            '318/QĐ-BQLATTP',
            pd('Thành phố Hồ Chí Minh', '2025-03-20'),
          ),
          'QUYẾT ĐỊNH',
          'Về việc tạm đình chỉ hiệu lực Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
          'TRƯỞNG BAN QUẢN LÝ AN TOÀN THỰC PHẨM THÀNH PHỐ HỒ CHÍ MINH',
          'Điều 1. Tạm đình chỉ hiệu lực Giấy chứng nhận số 1245/2023/ATTP-CNĐK ngày 06/4/2023 của',
          'Công ty TNHH Thực phẩm Linh Xuân trong thời hạn 03 tháng để khắc phục vi phạm.',
          'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          'KT. TRƯỞNG BAN',
          'PHÓ TRƯỞNG BAN',
          'Nguyễn Hoàng Mai',
        ),
      ],
    },
    {
      id: 'n-bien-ban-kiem-tra-attp-di-an-h7',
      form: 'Biên bản kiểm tra điều kiện an toàn thực phẩm — đoàn kiểm tra liên ngành, ward after the reform',
      tags: ['look-alike'],
      truth: N('BIÊN BẢN KIỂM TRA', null, 'ỦY BAN NHÂN DÂN PHƯỜNG DĨ AN', 'commune', '2025-09-15'),
      pages: [
        page(
          'UBND PHƯỜNG DĨ AN',
          'ĐOÀN KIỂM TRA LIÊN NGÀNH',
          MOTTO,
          MOTTO2,
          'BIÊN BẢN KIỂM TRA',
          'Điều kiện bảo đảm an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống',
          'Hôm nay, lúc 09 giờ 00, ngày 15/9/2025, tại Quán ăn Bếp Nhà Mơ, khu phố Đông Tân, phường Dĩ An,',
          'Đoàn kiểm tra gồm: 1. Ông Phạm Đức Hải - Trưởng đoàn; 2. Bà Lê Thùy Dung - Thành viên',
          'Kết quả kiểm tra: Cơ sở có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm còn hiệu lực;',
          'nhân viên chưa có giấy xác nhận kiến thức an toàn thực phẩm. Yêu cầu khắc phục trong 15 ngày.',
          'ĐẠI DIỆN CƠ SỞ        TRƯỞNG ĐOÀN',
          'Hà Thị Mơ             Phạm Đức Hải',
        ),
      ],
    },
    {
      id: 'n-danh-sach-cap-gcn-tam-ky-h7',
      form: 'Danh sách các trường hợp đủ điều kiện cấp Giấy chứng nhận quyền sử dụng đất — table, ward after the reform',
      tags: ['look-alike', 'two-column-table', 'page-footer'],
      truth: N('DANH SÁCH', null, 'ỦY BAN NHÂN DÂN PHƯỜNG TAM KỲ', 'commune', '2025-10-28'),
      pages: [
        page(
          UB,
          'PHƯỜNG TAM KỲ',
          MOTTO,
          MOTTO2,
          pd('Tam Kỳ', '2025-10-28'),
          'DANH SÁCH',
          'Các trường hợp đủ điều kiện cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
          '(Niêm yết công khai 15 ngày tại trụ sở UBND phường và khu dân cư)',
          'STT | Họ và tên           | Thửa số | Tờ bản đồ | Diện tích (m²) | Loại đất',
          '1   | Nguyễn Văn Hùng     | 118     | 6         | 215,4          | ODT',
          '2   | Trần Thị Mỹ Dung    | 203     | 6         | 180,0          | ODT',
          '3   | Phan Văn Khá        | 47      | 11        | 1.020,5        | CLN',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Bùi Văn Tâm',
          'Trang 1/3',
        ),
      ],
    },
    {
      id: 'n-bao-cao-ket-qua-tthc-khanh-hoa-h7',
      form: 'Báo cáo kết quả giải quyết thủ tục hành chính quý III/2025 — ND 30 report with counts of results by type',
      tags: ['look-alike', 'two-column-table'],
      truth: N('BÁO CÁO', '214/BC-UBND', 'ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG', 'commune', '2025-10-03'),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG BẮC NHA TRANG'], '214/BC-UBND', pd('Bắc Nha Trang', '2025-10-03')),
          'BÁO CÁO',
          'Kết quả giải quyết thủ tục hành chính quý III năm 2025',
          'Lĩnh vực                                   | Số hồ sơ tiếp nhận | Đã trả kết quả | Trễ hạn',
          'Hộ tịch (khai sinh, kết hôn, trích lục)    | 642                | 639            | 0',
          'Chứng thực bản sao, chữ ký                 | 3.118              | 3.118          | 0',
          'Đăng ký hộ kinh doanh                      | 97                 | 95             | 2',
          'Giấy phép xây dựng nhà ở riêng lẻ          | 41                 | 38             | 1',
          'Cấp Giấy chứng nhận quyền sử dụng đất      | 23                 | 17             | 4',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Lương Văn Bình',
        ),
      ],
    },
    {
      id: 'n-to-khai-khai-sinh-bien-ho-h7',
      form: 'Tờ khai đăng ký khai sinh — TT 04/2020/TT-BTP (citizen form, filled in)',
      tags: ['look-alike', 'citizen-form', 'label-value-lines'],
      truth: N('TỜ KHAI ĐĂNG KÝ KHAI SINH', null, null, null, '2025-08-11'),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'TỜ KHAI ĐĂNG KÝ KHAI SINH',
          'Kính gửi:',
          'Ủy ban nhân dân xã Biển Hồ, tỉnh Gia Lai',
          'Họ, chữ đệm, tên người yêu cầu:',
          'Siu Đoan',
          'Quan hệ với người được khai sinh:',
          'Cha',
          'Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:',
          'Họ, chữ đệm, tên: SIU H\u2019NGUYỆT',
          'Ngày, tháng, năm sinh: 29/7/2025',
          'Nơi sinh: Bệnh viện Đa khoa tỉnh Gia Lai',
          'Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật.',
          'Làm tại: Biển Hồ, ngày 11 tháng 8 năm 2025',
          'Người yêu cầu',
          'Siu Đoan',
        ),
      ],
    },
    {
      id: 'n-don-de-nghi-gpxd-bien-hoa-h7',
      form: 'Đơn đề nghị cấp giấy phép xây dựng — Mẫu số 01 Phụ lục II NĐ 15/2021/NĐ-CP (citizen form, filled in)',
      reading: 'lines-out-of-order',
      tags: ['look-alike', 'citizen-form'],
      truth: N('ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG', null, null, null, '2025-08-25'),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG',
          'Sử dụng cho nhà ở riêng lẻ',
          'Kính gửi: Ủy ban nhân dân phường Biên Hòa, tỉnh Đồng Nai',
          '1. Thông tin về chủ đầu tư: Ông Lý Văn Phát',
          'Địa chỉ liên hệ: 15/2 khu phố 7, phường Biên Hòa, tỉnh Đồng Nai',
          '2. Thông tin công trình: Thửa đất số 96, tờ bản đồ số 44',
          '3. Nội dung đề nghị cấp phép: Nhà ở riêng lẻ 2 tầng, tổng diện tích sàn 160 m²',
          '4. Dự kiến thời gian hoàn thành công trình: 08 tháng',
          'Biên Hòa, ngày 25 tháng 8 năm 2025',
          'Người làm đơn',
          'Lý Văn Phát',
        ),
      ],
    },
    {
      id: 'n-email-dvc-ket-qua-hcm-h7',
      form: 'Thư điện tử báo kết quả của Cổng Dịch vụ công quốc gia, printed out (header lines of the mail client)',
      tags: ['look-alike', 'printed-email', 'page-footer'],
      truth: N('Thông báo kết quả giải quyết hồ sơ', '000.00.18.H29-251120-0394', null, null, '2025-11-24'),
      pages: [
        page(
          'Gmail - Thông báo kết quả giải quyết hồ sơ 000.00.18.H29-251120-0394',
          'Từ: Cổng Dịch vụ công quốc gia <noreply@dichvucong.gov.vn>',
          'Đến: trantuananh.1990@gmail.com',
          'Ngày: Thứ Hai, 24 tháng 11, 2025 lúc 15:42',
          'Chủ đề: Thông báo kết quả giải quyết hồ sơ',
          'Kính gửi Ông/Bà Trần Tuấn Anh,',
          'Hồ sơ số 000.00.18.H29-251120-0394 - Cấp bản sao Trích lục khai sinh - đã có kết quả.',
          'Cơ quan giải quyết: UBND phường Xuân Hòa, Thành phố Hồ Chí Minh.',
          'Ông/Bà vui lòng đăng nhập để tải kết quả điện tử hoặc nhận bản giấy tại Trung tâm Phục vụ hành chính công.',
          'Tra cứu: https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html',
          'Đây là thư tự động, vui lòng không trả lời.',
          'https://mail.google.com/mail/u/0/?ik=3f2a&view=pt     1/1',
        ),
      ],
    },
    {
      id: 'n-giay-de-nghi-hkd-long-xuyen-h7',
      form: 'Giấy đề nghị đăng ký hộ kinh doanh — NĐ 168/2025/NĐ-CP (citizen form, filled in)',
      tags: ['look-alike', 'citizen-form', 'two-column-table'],
      truth: N('GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH', null, null, null, '2025-10-09'),
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH',
          'Kính gửi: Phòng Kinh tế, Hạ tầng và Đô thị phường Long Xuyên',
          'Tên hộ kinh doanh           | TIỆM SỬA XE HAI LÚA',
          'Địa chỉ trụ sở              | 35 Hà Hoàng Hổ, phường Long Xuyên, tỉnh An Giang',
          'Ngành, nghề kinh doanh      | Bảo dưỡng, sửa chữa mô tô, xe máy (4542)',
          'Vốn kinh doanh              | 40.000.000 đồng',
          'Chủ hộ kinh doanh           | Nguyễn Văn Lúa, số định danh cá nhân 089079006513',
          'Tôi cam kết chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác của nội dung trên.',
          'Long Xuyên, ngày 09 tháng 10 năm 2025',
          'CHỦ HỘ KINH DOANH',
          'Nguyễn Văn Lúa',
        ),
      ],
    },
    {
      id: 'n-thong-bao-le-phi-truoc-ba-buon-ma-thuot-h7',
      form: 'Thông báo nộp lệ phí trước bạ nhà, đất — Mẫu 01-2/LPTB, tax office (central body\u2019s branch: level null)',
      reading: 'stamp-crossing',
      tags: ['look-alike'],
      truth: N('THÔNG BÁO NỘP LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT', '6612/TB-CCT', 'CHI CỤC THUẾ KHU VỰC XIV', null, '2025-05-19'),
      pages: [
        page(
          ...head(['CỤC THUẾ', 'CHI CỤC THUẾ KHU VỰC XIV'], '6612/TB-CCT', pd('Đắk Lắk', '2025-05-19')),
          'THÔNG BÁO NỘP LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT',
          'Tên người nộp: Nguyễn Đình Khải     Mã số thuế: 066075003218',
          'Địa chỉ thửa đất: thửa 356, tờ bản đồ 17, phường Tân Lợi, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk',
          'Số tiền lệ phí trước bạ phải nộp: 3.240.000 đồng',
          'Thời hạn nộp: chậm nhất là 30 ngày kể từ ngày ký thông báo.',
          'KT. CHI CỤC TRƯỞNG     ★ CHI CỤC THUẾ',
          'PHÓ CHI CỤC TRƯỞNG     KHU VỰC XIV ★',
          'Trần Thị Minh Nguyệt',
        ),
      ],
    },
    {
      id: 'n-phieu-kiem-soat-hai-chau-h7',
      form: 'Phiếu kiểm soát quá trình giải quyết hồ sơ — Mẫu 05 TT 01/2018/TT-VPCP (table of hand-offs)',
      tags: ['look-alike', 'two-column-table'],
      truth: N(
        'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
        '000.26.40.H17-251103-0215',
        'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HẢI CHÂU',
        'commune',
        null,
      ),
      pages: [
        page(
          'UBND PHƯỜNG HẢI CHÂU',
          'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
          'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
          'Mã hồ sơ: 000.26.40.H17-251103-0215',
          'Tên thủ tục: Cấp bản sao Trích lục kết hôn',
          'Cơ quan chủ trì giải quyết: UBND phường Hải Châu',
          'Tên cơ quan          | Thời gian giao, nhận hồ sơ | Kết quả giải quyết',
          'Giao: Bộ phận một cửa | 08 giờ 10, ngày 03/11/2025 | Đúng hạn',
          'Nhận: Công chức tư pháp - hộ tịch | 09 giờ 00, ngày 03/11/2025 | Đúng hạn',
          'Giao: Lãnh đạo UBND phường ký | 14 giờ 30, ngày 03/11/2025 | Đúng hạn',
        ),
      ],
    },
    {
      id: 'n-bien-ban-ban-giao-gcn-quy-nhon-h7',
      form: 'Biên bản bàn giao Giấy chứng nhận quyền sử dụng đất — Chi nhánh Văn phòng đăng ký đất đai to a ward centre',
      tags: ['look-alike', 'two-column-table'],
      truth: N(
        'BIÊN BẢN BÀN GIAO',
        '36/BB-CNVPĐKĐĐ',
        'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI KHU VỰC QUY NHƠN',
        'province',
        '2025-12-22',
      ),
      pages: [
        page(
          ...head(
            ['VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH GIA LAI', 'CHI NHÁNH KHU VỰC QUY NHƠN'],
            '36/BB-CNVPĐKĐĐ',
            pd('Quy Nhơn', '2025-12-22'),
          ),
          'BIÊN BẢN BÀN GIAO',
          'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
          'Bên giao: Chi nhánh Văn phòng đăng ký đất đai khu vực Quy Nhơn',
          'Bên nhận: Trung tâm Phục vụ hành chính công phường Quy Nhơn Nam',
          'STT | Tên người sử dụng đất | Số vào sổ cấp GCN | Số phát hành',
          '1   | Nguyễn Thị Bích       | CS 02118          | AA 05120331',
          '2   | Lê Minh Tân           | CS 02119          | AA 05120332',
          'ĐẠI DIỆN BÊN GIAO        ĐẠI DIỆN BÊN NHẬN',
          'Hoàng Văn Nhân           Đỗ Thị Kiều',
        ),
      ],
    },
    {
      id: 'n-cong-van-xac-nhan-tinh-trang-thua-dat-binh-phuoc-h7',
      form: 'Công văn trả lời về tình trạng pháp lý thửa đất — ND 30 letter of a ward (not a result)',
      reading: 'marks-dropped',
      tags: ['look-alike'],
      truth: N(null, '315/UBND-KT', 'ỦY BAN NHÂN DÂN PHƯỜNG BÌNH PHƯỚC', 'commune', '2026-02-24'),
      pages: [
        page(
          ...head([UB, 'PHƯỜNG BÌNH PHƯỚC'], '315/UBND-KT', pd('Bình Phước', '2026-02-24')),
          'V/v trả lời đơn đề nghị xác nhận tình trạng thửa đất',
          'Kính gửi: Bà Đỗ Thị Hồng Thắm',
          'Ủy ban nhân dân phường Bình Phước nhận được đơn của bà đề nghị xác nhận thửa đất số 77, tờ bản đồ số 3.',
          'Qua kiểm tra hồ sơ địa chính, thửa đất đã được cấp Giấy chứng nhận số vào sổ CH 01287 ngày 15/5/2016,',
          'không có tranh chấp, không nằm trong quy hoạch thu hồi đất. Ủy ban nhân dân phường trả lời để bà được biết.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Điểu Minh Quân',
        ),
      ],
    },
  ];
}

export function heldout7Corpus(): CorpusDoc[] {
  return [
    ...civilStatus(),
    ...certifications(),
    ...registrations(),
    ...land(),
    ...licences(),
    ...decisions(),
    ...unknownTypes(),
    ...nonResults(),
  ].map((s, i) => doc(s, 700 + i));
}

const CATEGORIES7: Record<string, string> = {
  ho: 'civil status',
  ct: 'certifications',
  dk: 'registration',
  dat: 'land',
  gp: 'licences, permits and confirmations',
  qd: 'decisions that are results',
  x: 'results of unknown type',
  n: 'non-results',
};

/** A document's category from its id prefix (the id itself when it has none). */
export const category7 = categoryOf(CATEGORIES7);

/** Results of types the catalogue lacked when written take a later type's id (heldout.ts). */
export const resolveHeldout7Types = resolveHeldoutTypes;
