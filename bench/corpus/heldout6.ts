/**
 * The sixth held-out corpus: ~80 documents written blind (2026-12-03, helper session `h6w`), without opening the
 * classifier, its catalogue readers, DOMAIN.md or any other corpus's texts. Unlike the earlier sets it is mostly
 * Điện Biên itself — its Sở, its districts and town before 01/7/2025 (TP. Điện Biên Phủ, Mường Nhé, Tuần Giáo,
 * Điện Biên Đông, Mường Ảng, Mường Chà, thị xã Mường Lay) and its merged communes and wards after — with a few
 * papers of Lào Cai, Yên Bái, Thanh Hóa and Nghệ An; it holds multi-page papers in the order a phone app gives
 * them (an inner page first), forms filled by hand (dotted leaders with the value written in), look-alike
 * non-results, results of types the catalogue lacks, re-issues, change entries, certified copies of old papers,
 * terms written in words, and about a quarter of its texts as an OCR or Textract reading returns them (header
 * columns merged on one line, every mark dropped, the right column read after the left, character noise).
 * Names, IDs and numbers are invented. Labels follow bench/corpus/README.md ("Label conventions", the later sets'
 * decisions, and the held-out 6 section's own).
 */

import { resolveHeldoutTypes } from './heldout.ts';
import {
  addMonths,
  type CorpusDoc,
  type CorpusTruth,
  categoryOf,
  type Iso,
  looseDate,
  MOTTO,
  MOTTO2,
  nd30Date,
  nonResultTruth as notResult,
  numericDate,
  placeDate as pd,
  resultTruth as result,
  rng,
  upper,
} from './kit.ts';

/** Tags of this corpus. The first four are defects of the reading (how the text reached the classifier). */
export const DEFECT_TAGS6 = ['merged-columns', 'no-marks', 'right-column-last', 'char-noise'];
export const TAGS6 = [
  ...DEFECT_TAGS6,
  'handwritten',
  'multi-page',
  'inner-page-first',
  'look-alike',
  'post-reform',
  'several-dates',
  'certified-copy',
  'term-in-words',
  'other-province',
  'draft',
];

type Reading = 'plain' | 'merged-columns' | 'no-marks' | 'right-column-last' | 'char-noise';

// ---------------------------------------------------------------------------------------------------------
// Readings: how an OCR pass returns a printed page.

/** Every combining mark dropped and `đ` read `d`: an OCR run without the Vietnamese model. */
export function dropMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

const DATE_WORDS = new Set(['ngày', 'tháng', 'năm']);

/**
 * Character noise of a poor scan: per word without a digit, at `rate`, one confusion (`l`↔`I`, `rn` for `m`,
 * `ư`→`u`, `ơ`→`o`, a tone mark lost). Words holding a digit and the words of a date (`ngày`, `tháng`, `năm`)
 * are kept, so the printed date stays readable. Deterministic for a seed.
 */
export function charNoise(text: string, seed: number, rate = 0.25): string {
  const r = rng(seed);
  const swaps: [RegExp, string][] = [
    [/I/, 'l'],
    [/m/, 'rn'],
    [/ư/, 'u'],
    [/ơ/, 'o'],
    [/l/, 'I'],
    [/Ư/, 'U'],
    [/Ộ/, 'Ô'],
    [/ệ/, 'ê'],
  ];
  const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((w) => {
          if (w === '' || /\d/.test(w) || DATE_WORDS.has(w) || r() >= rate) return w;
          const open = swaps.filter(([re]) => re.test(w));
          const toned = TONE.test(w.normalize('NFD'));
          const k = Math.floor(r() * (open.length + (toned ? 1 : 0)));
          if (k === open.length) return toned ? w.normalize('NFD').replace(TONE, '').normalize('NFC') : w;
          const [re, to] = open[k]!;
          return w.replace(re, to);
        })
        .join(' '),
    )
    .join('\n');
}

/**
 * An ND 30 header as read. `plain`, `no-marks`, `char-noise`: issuer block, motto, `Số:`, place–date (column by
 * column). `merged-columns`: each issuer line and the motto line beside it on one line, wide-spaced, and the
 * `Số:` beside the place–date. `right-column-last`: the left column (issuer, `Số:`) first, the motto and the
 * place–date after the body (the page's right column read after its left): see `page`.
 */
function head(issuer: string[], num: string | null, placeDate: string | null, reading: Reading): string[] {
  const numberLine = num === null ? [] : [`Số: ${num}`];
  const dateLine = placeDate === null ? [] : [placeDate];
  if (reading === 'merged-columns') {
    const right = [MOTTO, MOTTO2];
    const out: string[] = [];
    for (let i = 0; i < Math.max(issuer.length, right.length); i++)
      out.push([issuer[i], right[i]].filter(Boolean).join('        '));
    const last = [...numberLine, ...dateLine].join('        ');
    return last ? [...out, last] : out;
  }
  if (reading === 'right-column-last') return [...issuer, ...numberLine];
  return [...issuer, MOTTO, MOTTO2, ...numberLine, ...dateLine];
}

/** A page: header, then body lines; for `right-column-last` the motto and place–date come after the body. */
function page(
  issuer: string[],
  num: string | null,
  placeDate: string | null,
  body: string[],
  reading: Reading,
): string[] {
  const top = head(issuer, num, placeDate, reading);
  if (reading !== 'right-column-last') return [...top, ...body];
  return [...top, ...body, MOTTO, MOTTO2, ...(placeDate ? [placeDate] : [])];
}

/** The national motto alone (forms with no issuer block at top left: certificates, civil-status papers). */
const motto = (reading: Reading) => (reading === 'merged-columns' ? [`${MOTTO}        ${MOTTO2}`] : [MOTTO, MOTTO2]);

/** A value written by hand on a dotted line. */
const hand = (v: string) => `.....${v}.....`;
/** A date written by hand into `ngày … tháng … năm …`. */
function handDate(date: Iso): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `ngày ..${d}.. tháng ..${m}.. năm ${y}`;
}

const sign = (role: string[], name: string) => [...role, name];

interface Spec {
  id: string;
  form: string;
  pages: string[][];
  truth: CorpusTruth;
  tags?: string[];
  reading?: Reading;
  unknownAs?: string[];
}

function doc(s: Spec, seed: number): CorpusDoc {
  const reading = s.reading ?? 'plain';
  const tags = [...(s.tags ?? [])];
  if (reading !== 'plain') tags.unshift(reading);
  if (s.truth.issueDate !== null && s.truth.issueDate >= '2025-07-01') tags.push('post-reform');
  if (s.pages.length > 1) tags.push('multi-page');
  const read = (p: string, k: number) =>
    reading === 'no-marks' ? dropMarks(p) : reading === 'char-noise' ? charNoise(p, seed * 13 + k) : p;
  return {
    id: s.id,
    form: s.form,
    pages: s.pages.map((p, k) => read(p.join('\n'), k)),
    truth: s.truth,
    tags,
    ...(s.unknownAs ? { unknownAs: s.unknownAs } : {}),
  };
}

const UB = 'ỦY BAN NHÂN DÂN';

// ---------------------------------------------------------------------------------------------------------
// Civil status (TT 04/2020/TT-BTP forms; after 01/7/2025 the merged commune registers everything).

function civilStatus(): Spec[] {
  const out: Spec[] = [];

  // A birth certificate filled by hand at a Mường Nhé commune before the reform.
  {
    const date = '2019-03-14';
    out.push({
      id: 'ho-khai-sinh-chung-chai-h6',
      form: 'Giấy khai sinh (bản chính) — TT 04/2020/TT-BTP form as printed before 2020 (TT 15/2015), filled by hand',
      tags: ['handwritten'],
      pages: [
        [
          ...motto('plain'),
          'GIẤY KHAI SINH',
          `Số: ${hand('27')}`,
          `Quyển số: ${hand('01/2019')}`,
          `Họ, chữ đệm, tên: ${hand('GIÀNG A PÁO')}`,
          `Ngày, tháng, năm sinh: ${hand('02/02/2019')}  ghi bằng chữ: ngày hai tháng hai năm hai nghìn không trăm mười chín`,
          `Giới tính: ${hand('Nam')}   Dân tộc: ${hand("H'Mông")}   Quốc tịch: ${hand('Việt Nam')}`,
          `Nơi sinh: ${hand('Trạm Y tế xã Chung Chải, huyện Mường Nhé, tỉnh Điện Biên')}`,
          `Quê quán: ${hand('xã Chung Chải, huyện Mường Nhé, tỉnh Điện Biên')}`,
          `Họ, chữ đệm, tên người mẹ: ${hand('Sùng Thị Dợ')}   Năm sinh: ${hand('1998')}`,
          `Họ, chữ đệm, tên người cha: ${hand('Giàng A Sử')}   Năm sinh: ${hand('1995')}`,
          `Nơi đăng ký: ${hand('Ủy ban nhân dân xã Chung Chải, huyện Mường Nhé, tỉnh Điện Biên')}`,
          `Ngày, tháng, năm đăng ký: ${hand('14/3/2019')}`,
          'Người đi khai sinh: Giàng A Sử, quan hệ với người được khai sinh: cha',
          'NGƯỜI THỰC HIỆN                        KT. CHỦ TỊCH',
          'Vàng A Chính                           PHÓ CHỦ TỊCH',
          '                                        Lý Văn Thào',
        ],
      ],
      truth: result('khai-sinh', 'GIẤY KHAI SINH', '27', 'ỦY BAN NHÂN DÂN XÃ CHUNG CHẢI', 'commune', date),
    });
  }

  // After the reform: the merged commune of Sín Thầu.
  {
    const date = '2025-09-22';
    out.push({
      id: 'ho-khai-sinh-sin-thau-h6',
      form: 'Giấy khai sinh (bản chính) — TT 04/2020/TT-BTP',
      pages: [
        [
          ...motto('plain'),
          'GIẤY KHAI SINH',
          'Số: 112',
          'Quyển số: 01/2025',
          'Họ, chữ đệm, tên: LÒ THỊ MAI ANH',
          'Ngày, tháng, năm sinh: 30/08/2025   ghi bằng chữ: ngày ba mươi tháng tám năm hai nghìn không trăm hai mươi lăm',
          'Giới tính: Nữ   Dân tộc: Hà Nhì   Quốc tịch: Việt Nam',
          'Nơi sinh: Trung tâm Y tế khu vực Mường Nhé, tỉnh Điện Biên',
          'Quê quán: xã Sín Thầu, tỉnh Điện Biên',
          'Số định danh cá nhân: 011325004417',
          'Họ, chữ đệm, tên người mẹ: Pờ Thị Xuân   Năm sinh: 2001   Dân tộc: Hà Nhì',
          'Họ, chữ đệm, tên người cha: Lò Văn Thiết   Năm sinh: 1999   Dân tộc: Hà Nhì',
          'Nơi đăng ký: Ủy ban nhân dân xã Sín Thầu, tỉnh Điện Biên',
          `Ngày, tháng, năm đăng ký: ${numericDate(date)}`,
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Chu Văn Lù',
        ],
      ],
      truth: result('khai-sinh', 'GIẤY KHAI SINH', '112', 'ỦY BAN NHÂN DÂN XÃ SÍN THẦU', 'commune', date),
    });
  }

  // A copy extract of a 2004 birth registration, back page first (as the app stacked the photos).
  {
    const date = '2026-02-10';
    const front = [
      ...head([UB, 'PHƯỜNG MƯỜNG THANH'], '318/TLKS-BS', null, 'plain'),
      'TRÍCH LỤC KHAI SINH',
      '(BẢN SAO)',
      'Họ, chữ đệm, tên: QUÀNG VĂN HUY',
      'Ngày, tháng, năm sinh: 17/11/2004   ghi bằng chữ: ngày mười bảy tháng mười một năm hai nghìn không trăm lẻ bốn',
      'Giới tính: Nam   Dân tộc: Thái   Quốc tịch: Việt Nam',
      'Nơi sinh: Bệnh viện đa khoa tỉnh Điện Biên',
      'Họ, chữ đệm, tên người mẹ: Lò Thị Ỏn   Họ, chữ đệm, tên người cha: Quàng Văn Khánh',
      'Nơi đăng ký: Ủy ban nhân dân phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
      'Ngày, tháng, năm đăng ký: 02/12/2004   Số: 214   Quyển số: 01/2004',
      `Sao từ Sổ đăng ký khai sinh, ${nd30Date(date)}`,
    ];
    const back = [
      'Ghi chú:',
      'Bản sao được cấp từ Sổ đăng ký khai sinh lưu tại Ủy ban nhân dân phường Mường Thanh, tỉnh Điện Biên',
      '(đơn vị hành chính sau sắp xếp từ phường Mường Thanh, thành phố Điện Biên Phủ).',
      'Người yêu cầu: Quàng Văn Huy, CCCD số 011204006615',
      'NGƯỜI KÝ BẢN SAO',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lường Thị Hằng',
    ];
    out.push({
      id: 'ho-trich-luc-khai-sinh-muong-thanh-h6',
      form: 'Trích lục khai sinh (bản sao) — TT 04/2020/TT-BTP, two sides',
      tags: ['inner-page-first', 'several-dates'],
      pages: [back, front],
      truth: result(
        'trich-luc-khai-sinh',
        'TRÍCH LỤC KHAI SINH',
        '318/TLKS-BS',
        'ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG THANH',
        'commune',
        date,
      ),
    });
  }

  // Marriage certificate, names and number written by hand.
  {
    const date = '2021-11-05';
    out.push({
      id: 'ho-ket-hon-tt-tuan-giao-h6',
      form: 'Giấy chứng nhận kết hôn — TT 04/2020/TT-BTP, filled by hand',
      tags: ['handwritten'],
      pages: [
        [
          ...motto('plain'),
          'GIẤY CHỨNG NHẬN KẾT HÔN',
          `Số: ${hand('35')}   Quyển số: ${hand('01/2021')}`,
          `Họ, chữ đệm, tên chồng: ${hand('Cà Văn Hoan')}          Họ, chữ đệm, tên vợ: ${hand('Lò Thị Pà')}`,
          `Ngày, tháng, năm sinh: ${hand('12/6/1996')}             Ngày, tháng, năm sinh: ${hand('3/9/1999')}`,
          'Dân tộc: Thái   Quốc tịch: Việt Nam                Dân tộc: Thái   Quốc tịch: Việt Nam',
          `Nơi cư trú: ${hand('khối Trường Giang, thị trấn Tuần Giáo')}   Nơi cư trú: ${hand('bản Hới, xã Quài Tở')}`,
          `Giấy tờ tùy thân: ${hand('CCCD 011096002318')}     Giấy tờ tùy thân: ${hand('CCCD 011199004471')}`,
          'Nơi đăng ký: Ủy ban nhân dân thị trấn Tuần Giáo, huyện Tuần Giáo, tỉnh Điện Biên',
          `Ngày, tháng, năm đăng ký: ${handDate(date)}`,
          'Chồng                Vợ                 KT. CHỦ TỊCH',
          '(ký)                 (ký)               PHÓ CHỦ TỊCH',
          'Cà Văn Hoan          Lò Thị Pà          Quàng Văn Pấng',
        ],
      ],
      truth: result('ket-hon', 'GIẤY CHỨNG NHẬN KẾT HÔN', '35', 'ỦY BAN NHÂN DÂN THỊ TRẤN TUẦN GIÁO', 'commune', date),
    });
  }

  // Marital status confirmation, read without marks.
  {
    const date = '2024-04-18';
    out.push({
      id: 'ho-xntthn-bung-lao-h6',
      form: 'Giấy xác nhận tình trạng hôn nhân — TT 04/2020/TT-BTP',
      reading: 'no-marks',
      pages: [
        page(
          ['UBND XÃ BÚNG LAO', 'HUYỆN MƯỜNG ẢNG', 'TỈNH ĐIỆN BIÊN'],
          '46/XNTTHN',
          pd('Búng Lao', date),
          [
            'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
            'ỦY BAN NHÂN DÂN XÃ BÚNG LAO',
            'Xét đề nghị của ông/bà: Lường Văn Thiết',
            'về việc cấp Giấy xác nhận tình trạng hôn nhân cho: Lường Văn Thiết',
            'Ngày, tháng, năm sinh: 21/07/1993   Giới tính: Nam   Dân tộc: Thái',
            'Giấy tờ tùy thân: Căn cước công dân số 011093001286 cấp ngày 10/07/2021',
            'Nơi cư trú: bản Búng, xã Búng Lao, huyện Mường Ảng, tỉnh Điện Biên',
            'Trong thời gian cư trú tại xã Búng Lao từ năm 1993 đến nay',
            'Tình trạng hôn nhân: Hiện tại chưa đăng ký kết hôn với ai.',
            'Giấy này được cấp để: làm thủ tục đăng ký kết hôn.',
            'Giấy này có giá trị sử dụng trong thời hạn 06 tháng, kể từ ngày cấp.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Vì Văn Long'),
          ],
          'no-marks',
        ),
      ],
      truth: result(
        'xac-nhan-tinh-trang-hon-nhan',
        'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
        '46/XNTTHN',
        'UBND XÃ BÚNG LAO',
        'commune',
        date,
        addMonths(date, 6),
      ),
    });
  }

  // After the reform, at Pa Ham (merged from Pa Ham and Hừa Ngài).
  {
    const date = '2025-12-03';
    out.push({
      id: 'ho-xntthn-pa-ham-h6',
      form: 'Giấy xác nhận tình trạng hôn nhân — TT 04/2020/TT-BTP',
      pages: [
        page(
          [UB, 'XÃ PA HAM'],
          '09/XNTTHN',
          pd('Pa Ham', date),
          [
            'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
            'Xét đề nghị của bà Mùa Thị Mỷ về việc cấp Giấy xác nhận tình trạng hôn nhân cho bà Mùa Thị Mỷ',
            'Ngày, tháng, năm sinh: 08/01/2000   Giới tính: Nữ   Dân tộc: Mông   Quốc tịch: Việt Nam',
            'Giấy tờ tùy thân: Căn cước số 011300007759 do Bộ Công an cấp ngày 02/04/2025',
            'Nơi cư trú: bản Hừa Ngài, xã Pa Ham, tỉnh Điện Biên',
            'Trong thời gian cư trú tại: xã Hừa Ngài, huyện Mường Chà (từ năm 2000 đến 30/6/2025) và xã Pa Ham (từ 01/7/2025 đến nay)',
            'Tình trạng hôn nhân: Đã đăng ký kết hôn, nhưng đã ly hôn theo Bản án số 21/2023/HNGĐ-ST ngày 14/8/2023 của Tòa án nhân dân huyện Mường Chà; hiện tại chưa kết hôn với ai.',
            'Giấy này được cấp để: đăng ký kết hôn.',
            'Giấy này có giá trị sử dụng trong thời hạn 06 tháng, kể từ ngày cấp.',
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Giàng A Dơ'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'xac-nhan-tinh-trang-hon-nhan',
        'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
        '09/XNTTHN',
        'ỦY BAN NHÂN DÂN XÃ PA HAM',
        'commune',
        date,
        addMonths(date, 6),
      ),
    });
  }

  // A death extract at Nậm Kè after the reform.
  {
    const date = '2026-05-20';
    out.push({
      id: 'ho-trich-luc-khai-tu-nam-ke-h6',
      form: 'Trích lục khai tử — TT 04/2020/TT-BTP',
      tags: ['several-dates'],
      pages: [
        page(
          [UB, 'XÃ NẬM KÈ'],
          '15/TLKT',
          pd('Nậm Kè', date),
          [
            'TRÍCH LỤC KHAI TỬ',
            'Họ, chữ đệm, tên: SÙNG A LỀNH',
            'Ngày, tháng, năm sinh: 1951   Giới tính: Nam   Dân tộc: Mông   Quốc tịch: Việt Nam',
            'Đã chết vào lúc: 04 giờ 30 phút, ngày 17/05/2026',
            'Nơi chết: bản Pá Mỳ, xã Nậm Kè, tỉnh Điện Biên',
            'Nguyên nhân chết: già yếu',
            'Giấy tờ tùy thân: Căn cước công dân số 011051000328 cấp ngày 25/03/2021',
            'Nơi đăng ký khai tử: Ủy ban nhân dân xã Nậm Kè, tỉnh Điện Biên',
            `Ngày, tháng, năm đăng ký: ${numericDate(date)}   Số: 15   Quyển số: 01/2026`,
            ...sign(['NGƯỜI KÝ TRÍCH LỤC', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lò Văn Pấng'),
          ],
          'plain',
        ),
      ],
      truth: result('trich-luc-khai-tu', 'TRÍCH LỤC KHAI TỬ', '15/TLKT', 'ỦY BAN NHÂN DÂN XÃ NẬM KÈ', 'commune', date),
    });
  }

  // A marriage copy extract of Lào Cai (before the merger with Yên Bái), header columns merged.
  {
    const date = '2023-08-09';
    out.push({
      id: 'ho-trich-luc-ket-hon-quang-kim-h6',
      form: 'Trích lục kết hôn (bản sao) — TT 04/2020/TT-BTP',
      reading: 'merged-columns',
      tags: ['several-dates', 'other-province'],
      pages: [
        page(
          ['UBND XÃ QUANG KIM', 'HUYỆN BÁT XÁT', 'TỈNH LÀO CAI'],
          '27/TLKH-BS',
          pd('Quang Kim', date),
          [
            'TRÍCH LỤC KẾT HÔN',
            '(BẢN SAO)',
            'Họ, chữ đệm, tên chồng: PHÀN VĂN SỈU        Họ, chữ đệm, tên vợ: TẨN THỊ MẨY',
            'Ngày sinh: 04/04/1990   Dân tộc: Dao        Ngày sinh: 19/10/1992   Dân tộc: Dao',
            'Nơi cư trú: thôn Làng Mới, xã Quang Kim, huyện Bát Xát, tỉnh Lào Cai',
            'Nơi đăng ký: Ủy ban nhân dân xã Quang Kim, huyện Bát Xát, tỉnh Lào Cai',
            'Ngày, tháng, năm đăng ký: 11/01/2016   Số: 03   Quyển số: 01/2016',
            'Sao từ Sổ đăng ký kết hôn',
            ...sign(['NGƯỜI KÝ BẢN SAO', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lý Seo Chảo'),
          ],
          'merged-columns',
        ),
      ],
      truth: result('trich-luc-ket-hon', 'TRÍCH LỤC KẾT HÔN', '27/TLKH-BS', 'UBND XÃ QUANG KIM', 'commune', date),
    });
  }

  // A correction extract of a Điện Biên Phủ ward, its right column read last.
  {
    const date = '2022-06-15';
    out.push({
      id: 'ho-trich-luc-cai-chinh-tan-thanh-h6',
      form: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch — TT 04/2020/TT-BTP',
      reading: 'right-column-last',
      tags: ['several-dates'],
      pages: [
        page(
          [UB, 'PHƯỜNG TÂN THANH', 'TP. ĐIỆN BIÊN PHỦ'],
          '06/TLCC',
          pd('Tân Thanh', date),
          [
            'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH',
            'Họ, chữ đệm, tên người được cải chính: NGUYỄN NGỌC ANH',
            'Ngày, tháng, năm sinh: 23/05/2012   Giới tính: Nữ',
            'Nơi cư trú: tổ dân phố 4, phường Tân Thanh, thành phố Điện Biên Phủ',
            'Giấy khai sinh số 96, quyển số 01/2012, đăng ký ngày 04/06/2012 tại UBND phường Tân Thanh',
            'Nội dung cải chính: Ngày, tháng, năm sinh của người mẹ từ "12/8/1986" thành "21/8/1986"',
            'Căn cứ: Căn cước công dân của người mẹ số 011186003390 cấp ngày 16/09/2021',
            `Ngày, tháng, năm đăng ký: ${numericDate(date)}   Số: 06   Quyển số: 01/2022`,
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Trần Minh Đức'),
          ],
          'right-column-last',
        ),
      ],
      truth: result(
        'trich-luc-thay-doi-ho-tich',
        'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH',
        '06/TLCC',
        'ỦY BAN NHÂN DÂN PHƯỜNG TÂN THANH',
        'commune',
        date,
      ),
    });
  }

  // A ward named Điện Biên in Thanh Hóa city (not the province).
  {
    const date = '2020-10-12';
    out.push({
      id: 'ho-nhan-cha-con-p-dien-bien-thanh-hoa-h6',
      form: 'Trích lục đăng ký nhận cha, mẹ, con — TT 04/2020/TT-BTP',
      tags: ['other-province'],
      pages: [
        page(
          ['UBND PHƯỜNG ĐIỆN BIÊN', 'THÀNH PHỐ THANH HÓA'],
          '04/TLNCMC',
          pd('Điện Biên', date),
          [
            'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
            'Họ, chữ đệm, tên người nhận: LÊ QUANG HUY   Ngày sinh: 15/02/1988',
            'Nơi cư trú: số 12 phố Lê Hoàn, phường Điện Biên, thành phố Thanh Hóa, tỉnh Thanh Hóa',
            'Họ, chữ đệm, tên người được nhận là con: LÊ MINH KHANG   Ngày sinh: 09/03/2016',
            'Nơi đăng ký: Ủy ban nhân dân phường Điện Biên, thành phố Thanh Hóa, tỉnh Thanh Hóa',
            `Ngày, tháng, năm đăng ký: ${numericDate(date)}   Số: 04   Quyển số: 01/2020`,
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Phạm Thu Trang'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'trich-luc-nhan-cha-me-con',
        'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
        '04/TLNCMC',
        'UBND PHƯỜNG ĐIỆN BIÊN',
        'commune',
        date,
      ),
    });
  }

  // Guardianship extract of a Nghệ An commune, filled by hand.
  {
    const date = '2018-07-30';
    out.push({
      id: 'ho-giam-ho-nghi-phong-h6',
      form: 'Trích lục đăng ký giám hộ — TT 15/2015/TT-BTP form (same fields in TT 04/2020), filled by hand',
      tags: ['handwritten', 'other-province'],
      pages: [
        [
          'UBND XÃ NGHI PHONG',
          'HUYỆN NGHI LỘC',
          'TỈNH NGHỆ AN',
          MOTTO,
          MOTTO2,
          `Số: ${hand('02')}/TLGH`,
          'TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ',
          `Họ, chữ đệm, tên người giám hộ: ${hand('Hồ Văn Lương')}   Năm sinh: ${hand('1962')}`,
          `Họ, chữ đệm, tên người được giám hộ: ${hand('Hồ Thị Hoài')}   Ngày sinh: ${hand('11/4/2009')}`,
          `Nơi cư trú: ${hand('xóm 3, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An')}`,
          'Nơi đăng ký: Ủy ban nhân dân xã Nghi Phong',
          `Ngày, tháng, năm đăng ký: ${hand('30/7/2018')}`,
          `Nghi Phong, ${handDate(date)}`,
          ...sign(['CHỦ TỊCH'], 'Nguyễn Đình Long'),
        ],
      ],
      truth: result('trich-luc-giam-ho', 'TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ', '02/TLGH', 'UBND XÃ NGHI PHONG', 'commune', date),
    });
  }

  // Residence confirmation (CT07) of a ward of thị xã Mường Lay.
  {
    const date = '2024-09-10';
    out.push({
      id: 'ho-cu-tru-na-lay-h6',
      form: 'Giấy xác nhận thông tin về cư trú — mẫu CT07, TT 55/2021/TT-BCA as amended by TT 66/2023/TT-BCA',
      pages: [
        page(
          ['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN PHƯỜNG NA LAY'],
          '218/XN',
          pd('Mường Lay', date),
          [
            'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
            'Công an phường Na Lay, thị xã Mường Lay xác nhận:',
            'Họ, chữ đệm và tên: Lò Thị Xuân   Ngày, tháng, năm sinh: 14/12/1990   Giới tính: Nữ',
            'Số định danh cá nhân: 011190002847',
            'Nơi thường trú: tổ dân phố 2, phường Na Lay, thị xã Mường Lay, tỉnh Điện Biên',
            'Thời gian bắt đầu cư trú: 05/03/2015',
            'Giấy xác nhận có giá trị 01 năm kể từ ngày cấp.',
            ...sign(['TRƯỞNG CÔNG AN PHƯỜNG'], 'Đại úy Vì Văn Hoan'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'xac-nhan-cu-tru',
        'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        '218/XN',
        'CÔNG AN PHƯỜNG NA LAY',
        'commune',
        date,
        addMonths(date, 12),
      ),
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Certifications (NĐ 23/2015/NĐ-CP; lời chứng forms of TT 01/2020/TT-BTP). Dated by the certification.

function certifications(): Spec[] {
  const out: Spec[] = [];

  // A copy of a 2012 land certificate: the stamp page photographed first, then the copied page.
  {
    const date = '2023-03-27';
    const copied = [
      'GIẤY CHỨNG NHẬN',
      'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
      'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
      'Ông: Mùa A Chư, năm sinh 1970, CMND số 040170112',
      'Bà: Sùng Thị Pà, năm sinh 1974',
      'Địa chỉ thường trú: bản Hừa Ngài, xã Hừa Ngài, huyện Mường Chà, tỉnh Điện Biên',
      'II. Thửa đất: Thửa số 112, tờ bản đồ số 08; diện tích 1.420 m²; mục đích sử dụng: đất trồng cây hàng năm khác',
      'Thời hạn sử dụng: đến ngày 15/10/2063',
      'Mường Chà, ngày 22 tháng 11 năm 2012',
      'TM. ỦY BAN NHÂN DÂN HUYỆN MƯỜNG CHÀ',
      'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH',
      'Số vào sổ cấp GCN: CH 00318',
    ];
    const stamp = [
      'BẢN SAO',
      'Chứng thực bản sao đúng với bản chính.',
      'Số chứng thực: 215   Quyển số: 01/2023-SCT/BS',
      `${nd30Date(date)}`,
      'ỦY BAN NHÂN DÂN XÃ HỪA NGÀI, HUYỆN MƯỜNG CHÀ, TỈNH ĐIỆN BIÊN',
      'NGƯỜI THỰC HIỆN CHỨNG THỰC',
      'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH',
      'Giàng A Dơ',
    ];
    out.push({
      id: 'ct-ban-sao-gcn-2012-hua-ngai-h6',
      form: 'Chứng thực bản sao từ bản chính — lời chứng, TT 01/2020/TT-BTP; copy of a TT 17/2009 land certificate',
      tags: ['certified-copy', 'several-dates', 'inner-page-first'],
      pages: [stamp, copied],
      truth: result('chung-thuc-ban-sao', 'BẢN SAO', '215', 'ỦY BAN NHÂN DÂN XÃ HỪA NGÀI', 'commune', date),
    });
  }

  // A copy of a 2010 upper-secondary diploma at Mường Nhé after the reform, the number written by hand.
  {
    const date = '2025-08-14';
    out.push({
      id: 'ct-ban-sao-bang-thpt-muong-nhe-h6',
      form: 'Chứng thực bản sao từ bản chính — lời chứng, TT 01/2020/TT-BTP; the stamp filled by hand',
      tags: ['certified-copy', 'several-dates', 'handwritten'],
      pages: [
        [
          ...motto('plain'),
          'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
          'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
          'Cấp cho: Lý Văn Pấng   Ngày sinh: 07/09/1992',
          'Tốt nghiệp năm 2010   Xếp loại: Trung bình',
          'Điện Biên, ngày 25 tháng 7 năm 2010',
          'Số hiệu: A 0387421   Số vào sổ cấp bằng: 0912/2010',
          'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
          `Số chứng thực: ${hand('1307')}   Quyển số: ${hand('03')}/2025-SCT/BS`,
          `Ngày ${looseDate(date)}`,
          'ỦY BAN NHÂN DÂN XÃ MƯỜNG NHÉ, TỈNH ĐIỆN BIÊN',
          'NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'Công chức Tư pháp - Hộ tịch: Vàng Thị Lả',
        ],
      ],
      truth: result(
        'chung-thuc-ban-sao',
        'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
        '1307',
        'ỦY BAN NHÂN DÂN XÃ MƯỜNG NHÉ',
        'commune',
        date,
      ),
    });
  }

  // Signature certification on a power of attorney: its end date is not the certification's.
  {
    const date = '2021-09-09';
    out.push({
      id: 'ct-chu-ky-uy-quyen-nam-thanh-h6',
      form: 'Chứng thực chữ ký — lời chứng, TT 01/2020/TT-BTP, on a power of attorney',
      tags: ['several-dates'],
      pages: [
        [
          ...motto('plain'),
          'GIẤY ỦY QUYỀN',
          'Bên ủy quyền: bà Phạm Thị Hằng, CCCD số 011178000214, cư trú tại tổ dân phố 7, phường Nam Thanh',
          'Bên được ủy quyền: ông Phạm Văn Hoan, CCCD số 011175001837',
          'Nội dung: thay mặt bên ủy quyền làm thủ tục rút sổ tiết kiệm tại Ngân hàng Nông nghiệp chi nhánh Điện Biên',
          'Thời hạn ủy quyền: từ ngày ký đến hết ngày 31/12/2022.',
          'Bên ủy quyền (ký, ghi rõ họ tên): Phạm Thị Hằng',
          'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
          `Ngày 09/09/2021 (Bằng chữ: ngày chín tháng chín năm hai nghìn không trăm hai mươi mốt)`,
          'Tại trụ sở Ủy ban nhân dân phường Nam Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
          'Tôi, Lê Thị Xuân, công chức Tư pháp - Hộ tịch, chứng thực: bà Phạm Thị Hằng đã ký vào giấy ủy quyền này trước mặt tôi.',
          'Số chứng thực: 88   Quyển số: 01/2021-SCT/CK,ĐC',
          'NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH',
        ],
      ],
      truth: result(
        'chung-thuc-chu-ky',
        'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
        '88',
        'ỦY BAN NHÂN DÂN PHƯỜNG NAM THANH',
        'commune',
        date,
      ),
    });
  }

  // A copy of a driving licence at a district Phòng Tư pháp, read without marks; the copied card's validity is
  // not the certification's.
  {
    const date = '2020-02-06';
    out.push({
      id: 'ct-ban-sao-gplx-dien-bien-dong-h6',
      form: 'Chứng thực bản sao từ bản chính — lời chứng of a district Phòng Tư pháp',
      reading: 'no-marks',
      tags: ['certified-copy', 'several-dates'],
      pages: [
        [
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   GIẤY PHÉP LÁI XE / DRIVER'S LICENSE",
          'Số/No.: 110158003427',
          'Họ tên/Full name: VÀNG A SÙNG',
          'Ngày sinh/Date of Birth: 02/05/1988',
          'Hạng/Class: C   Có giá trị đến/Expires: 19/11/2022',
          'Điện Biên, ngày 19 tháng 11 năm 2017',
          'GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI',
          'Chứng thực bản sao đúng với bản chính',
          'Số chứng thực: 402   Quyển số: 01/2020-SCT/BS',
          `Ngày ${numericDate(date)}`,
          'PHÒNG TƯ PHÁP HUYỆN ĐIỆN BIÊN ĐÔNG',
          'KT. TRƯỞNG PHÒNG - PHÓ TRƯỞNG PHÒNG',
          'Quàng Thị Hằng',
        ],
      ],
      truth: result(
        'chung-thuc-ban-sao',
        'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
        '402',
        'PHÒNG TƯ PHÁP HUYỆN ĐIỆN BIÊN ĐÔNG',
        'district',
        date,
      ),
    });
  }

  // A land-gift contract certified at a commune of Vinh: three pages, the witness on the last.
  {
    const date = '2019-12-02';
    out.push({
      id: 'ct-hop-dong-tang-cho-hung-dong-h6',
      form: 'Chứng thực hợp đồng, giao dịch — lời chứng, TT 01/2020/TT-BTP (NĐ 23/2015); three-page contract',
      tags: ['other-province'],
      pages: [
        [
          ...motto('plain'),
          'HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT',
          'Hôm nay, ngày 02 tháng 12 năm 2019, tại trụ sở UBND xã Hưng Đông, thành phố Vinh, tỉnh Nghệ An,',
          'Bên tặng cho (Bên A): ông Trần Văn Thiết, sinh năm 1950; bà Nguyễn Thị Lả, sinh năm 1953',
          'Bên được tặng cho (Bên B): anh Trần Quang Huy, sinh năm 1982',
          'Điều 1. Quyền sử dụng đất tặng cho: thửa số 415, tờ bản đồ số 12, diện tích 180 m², theo Giấy chứng nhận số BX 204117, số vào sổ cấp GCN CH 01127 do UBND thành phố Vinh cấp ngày 18/04/2015',
        ],
        [
          'Điều 2. Việc đăng ký biến động: Bên B có trách nhiệm đăng ký biến động trong thời hạn 30 ngày kể từ ngày hợp đồng được chứng thực.',
          'Điều 3. Cam đoan của các bên ...',
          'Điều 4. Hợp đồng có hiệu lực kể từ ngày được chứng thực.',
          'BÊN A                                   BÊN B',
          'Trần Văn Thiết   Nguyễn Thị Lả           Trần Quang Huy',
        ],
        [
          'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'Ngày 02/12/2019 (Bằng chữ: ngày hai tháng mười hai năm hai nghìn không trăm mười chín)',
          'tại Ủy ban nhân dân xã Hưng Đông, thành phố Vinh, tỉnh Nghệ An',
          'Tôi, Hồ Thị Hằng, Phó Chủ tịch UBND xã Hưng Đông, chứng thực: hợp đồng tặng cho quyền sử dụng đất được giao kết giữa ...',
          'Số chứng thực: 336   Quyển số: 02/2019-SCT/HĐGD',
          'NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH',
          'Hồ Thị Hằng',
        ],
      ],
      truth: result(
        'chung-thuc-chu-ky',
        'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
        '336',
        'ỦY BAN NHÂN DÂN XÃ HƯNG ĐÔNG',
        'commune',
        date,
      ),
    });
  }

  // A copy of a 1995 birth certificate at the merged ward of Mường Lay, header merged with the stamp line.
  {
    const date = '2026-07-07';
    out.push({
      id: 'ct-ban-sao-khai-sinh-1995-muong-lay-h6',
      form: 'Chứng thực bản sao từ bản chính — lời chứng; copy of a 1995 hand-filled birth certificate',
      reading: 'merged-columns',
      tags: ['certified-copy', 'several-dates'],
      pages: [
        [
          ...motto('merged-columns'),
          'GIẤY KHAI SINH        Số: 41   Quyển số: 01',
          'Họ và tên: Lò Văn Khánh        Nam/Nữ: Nam',
          'Sinh ngày 03 tháng 6 năm 1995        Nơi sinh: Lay Nưa, Mường Lay, Lai Châu',
          'Đăng ký ngày 20 tháng 6 năm 1995        UBND xã Lay Nưa',
          'Chứng thực bản sao đúng với bản chính        Số chứng thực: 0712   Quyển số: 02/2026-SCT/BS',
          `Ngày ${numericDate(date)}        ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY, TỈNH ĐIỆN BIÊN`,
          'NGƯỜI THỰC HIỆN CHỨNG THỰC        Lường Văn Long',
        ],
      ],
      truth: result(
        'chung-thuc-ban-sao',
        'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
        '0712',
        'ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY',
        'commune',
        date,
      ),
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Business registration (TT 02/2023/TT-BKHĐT forms; after 01/7/2025 household businesses register at the
// commune under NĐ 168/2025/NĐ-CP). Numbered by the business / cooperative / branch code, dated by the latest
// change.

function registrations(): Spec[] {
  const out: Spec[] = [];

  // A household business registered at the merged commune of Mường Ảng; its second page photographed first.
  {
    const date = '2025-10-15';
    const code = '011087003562';
    const p1 = page(
      ['UBND XÃ MƯỜNG ẢNG', 'PHÒNG KINH TẾ'],
      null,
      null,
      [
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        `Mã số hộ kinh doanh: ${code}`,
        `Đăng ký lần đầu: ngày ${numericDate(date)}`,
        '1. Tên hộ kinh doanh: HỘ KINH DOANH CÀ PHÊ MƯỜNG ẢNG XANH',
        '2. Địa chỉ trụ sở hộ kinh doanh: tổ dân phố 3, xã Mường Ảng, tỉnh Điện Biên',
        'Điện thoại: 0912 408 337',
        '3. Ngành, nghề kinh doanh: xem trang 2',
        '4. Vốn kinh doanh: 300.000.000 đồng',
      ],
      'plain',
    );
    const p2 = [
      'Trang 2/2',
      'Ngành, nghề kinh doanh: Chế biến, rang xay cà phê; bán lẻ cà phê hạt và bột; dịch vụ phục vụ đồ uống',
      '5. Chủ hộ kinh doanh: LÒ VĂN PẤNG   Giới tính: Nam',
      'Sinh ngày: 19/04/1987   Dân tộc: Thái   Quốc tịch: Việt Nam',
      `Số định danh cá nhân: ${code}`,
      'Nơi thường trú: bản Co Muông, xã Mường Ảng, tỉnh Điện Biên',
      `Mường Ảng, ${nd30Date(date)}`,
      ...sign(['TRƯỞNG PHÒNG'], 'Nguyễn Thị Hằng'),
    ];
    out.push({
      id: 'dk-hkd-muong-ang-post-h6',
      form: 'Giấy chứng nhận đăng ký hộ kinh doanh — NĐ 168/2025/NĐ-CP form (two pages)',
      tags: ['inner-page-first'],
      pages: [p2, p1],
      truth: result(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        code,
        'PHÒNG KINH TẾ',
        'commune',
        date,
      ),
    });
  }

  // A household business's first change at Tuần Giáo before the reform.
  {
    const date = '2022-05-23';
    out.push({
      id: 'dk-hkd-tuan-giao-thay-doi-h6',
      form: 'Giấy chứng nhận đăng ký hộ kinh doanh — TT 01/2021/TT-BKHĐT',
      tags: ['several-dates'],
      pages: [
        [
          'UBND HUYỆN TUẦN GIÁO',
          'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Số: 62E8000417',
          'Đăng ký lần đầu: ngày 12 tháng 8 năm 2019',
          `Đăng ký thay đổi lần thứ 1: ${nd30Date(date)}`,
          '1. Tên hộ kinh doanh: HỘ KINH DOANH TẠP HÓA THÙY LINH',
          '2. Địa điểm kinh doanh: khối Tân Tiến, thị trấn Tuần Giáo, huyện Tuần Giáo, tỉnh Điện Biên',
          '3. Ngành, nghề kinh doanh: bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá (có giấy phép)',
          '4. Vốn kinh doanh: 150.000.000 đồng',
          '5. Chủ hộ kinh doanh: Nguyễn Thị Thùy Linh, sinh ngày 03/03/1985, CCCD 011185006318 cấp ngày 12/08/2021',
          ...sign(['TRƯỞNG PHÒNG'], 'Lê Văn Hoan'),
        ],
      ],
      truth: result(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '62E8000417',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        date,
      ),
    });
  }

  // An enterprise's fourth change at the Sở Kế hoạch và Đầu tư, two pages.
  {
    const date = '2023-12-19';
    out.push({
      id: 'dk-dn-co-phan-so-khdt-h6',
      form: 'Giấy chứng nhận đăng ký doanh nghiệp công ty cổ phần — TT 01/2021/TT-BKHĐT (two pages)',
      tags: ['several-dates'],
      pages: [
        [
          'SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH ĐIỆN BIÊN',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
          'CÔNG TY CỔ PHẦN',
          'Mã số doanh nghiệp: 5600312847',
          'Đăng ký lần đầu: ngày 11 tháng 4 năm 2016',
          `Đăng ký thay đổi lần thứ: 4, ${nd30Date(date)}`,
          '1. Tên công ty: CÔNG TY CỔ PHẦN XÂY DỰNG VÀ THƯƠNG MẠI HIM LAM',
          'Tên công ty viết bằng tiếng nước ngoài: HIM LAM CONSTRUCTION AND TRADING JOINT STOCK COMPANY',
          '2. Địa chỉ trụ sở chính: số 86, đường Võ Nguyên Giáp, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên',
          '3. Vốn điều lệ: 12.000.000.000 đồng',
        ],
        [
          '4. Người đại diện theo pháp luật của công ty',
          'Họ và tên: TRẦN ĐÌNH LONG   Giới tính: Nam   Chức danh: Giám đốc',
          'Sinh ngày: 27/02/1979   Dân tộc: Kinh   Quốc tịch: Việt Nam',
          'Loại giấy tờ pháp lý của cá nhân: Căn cước công dân   Số: 011079000582   Ngày cấp: 10/07/2021',
          'Địa chỉ liên lạc: tổ dân phố 12, phường Him Lam, thành phố Điện Biên Phủ',
          ...sign(['TRƯỞNG PHÒNG'], 'Quàng Văn Khánh'),
        ],
      ],
      truth: result(
        'dang-ky-doanh-nghiep',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
        '5600312847',
        'PHÒNG ĐĂNG KÝ KINH DOANH',
        'province',
        date,
      ),
    });
  }

  // After the reform the Sở Tài chính registers enterprises; read without marks.
  {
    const date = '2025-09-03';
    out.push({
      id: 'dk-dn-tnhh-so-tai-chinh-h6',
      form: 'Giấy chứng nhận đăng ký doanh nghiệp công ty TNHH một thành viên — TT 68/2025/TT-BTC form (unconfirmed)',
      reading: 'no-marks',
      pages: [
        [
          'SỞ TÀI CHÍNH TỈNH ĐIỆN BIÊN',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
          'CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN',
          'Mã số doanh nghiệp: 5600421906',
          `Đăng ký lần đầu: ${nd30Date(date)}`,
          '1. Tên công ty: CÔNG TY TNHH NÔNG SẢN SÍN CHẢI',
          '2. Địa chỉ trụ sở chính: bản Sín Chải, xã Sín Chải, tỉnh Điện Biên',
          '3. Vốn điều lệ: 2.500.000.000 đồng',
          '4. Chủ sở hữu: Giàng A Sử, sinh ngày 14/06/1990, số định danh cá nhân 011090008813',
          ...sign(['TRƯỞNG PHÒNG'], 'Trần Thu Trang'),
        ],
      ],
      truth: result(
        'dang-ky-doanh-nghiep',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
        '5600421906',
        'PHÒNG ĐĂNG KÝ KINH DOANH',
        'province',
        date,
      ),
    });
  }

  // A cooperative at Mường Nhé district, its right column read last.
  {
    const date = '2021-01-26';
    out.push({
      id: 'dk-htx-muong-nhe-h6',
      form: 'Giấy chứng nhận đăng ký hợp tác xã — TT 07/2019/TT-BKHĐT form',
      reading: 'right-column-last',
      pages: [
        page(
          ['UBND HUYỆN MƯỜNG NHÉ', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'],
          null,
          null,
          [
            'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
            'Mã số hợp tác xã: 5600298811',
            `Đăng ký lần đầu: ${nd30Date(date)}`,
            '1. Tên hợp tác xã: HỢP TÁC XÃ DỆT THỔ CẨM CHUNG CHẢI',
            '2. Địa chỉ trụ sở chính: bản Mường Nhé, xã Mường Nhé, huyện Mường Nhé, tỉnh Điện Biên',
            '3. Ngành, nghề kinh doanh: dệt vải thổ cẩm; may trang phục dân tộc; bán lẻ hàng thủ công',
            '4. Vốn điều lệ: 420.000.000 đồng',
            '5. Người đại diện theo pháp luật: Pờ Thị Xuân, Giám đốc',
            ...sign(['TRƯỞNG PHÒNG'], 'Phạm Quang Huy'),
          ],
          'right-column-last',
        ),
      ],
      truth: result(
        'dang-ky-hop-tac-xa',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
        '5600298811',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        date,
      ),
    });
  }

  // A branch registered in Lào Cai before the merger.
  {
    const date = '2024-06-05';
    out.push({
      id: 'dk-chi-nhanh-lao-cai-h6',
      form: 'Giấy chứng nhận đăng ký hoạt động chi nhánh — TT 02/2023/TT-BKHĐT',
      tags: ['other-province'],
      pages: [
        [
          'SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LÀO CAI',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
          'Mã số chi nhánh: 5300771423-001',
          `Đăng ký lần đầu: ${nd30Date(date)}`,
          '1. Tên chi nhánh: CHI NHÁNH CÔNG TY TNHH VẬN TẢI TÂY BẮC TẠI BẮC HÀ',
          '2. Địa chỉ chi nhánh: thôn Na Hối, xã Na Hối, huyện Bắc Hà, tỉnh Lào Cai',
          '3. Người đứng đầu chi nhánh: Vàng Văn Thiết, CCCD 010085002741',
          '4. Thông tin doanh nghiệp chủ quản: CÔNG TY TNHH VẬN TẢI TÂY BẮC, mã số 5300771423',
          ...sign(['TRƯỞNG PHÒNG'], 'Đỗ Thị Ngọc Anh'),
        ],
      ],
      truth: result(
        'dang-ky-chi-nhanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
        '5300771423-001',
        'PHÒNG ĐĂNG KÝ KINH DOANH',
        'province',
        date,
      ),
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Land (TT 23/2014/TT-BTNMT four-page certificate; TT 10/2024/TT-BTNMT one sheet, two sides, with QR).
// Numbered by `Số vào sổ cấp GCN`; dated by the signing on the certificate, not by a later change entry.

const GCN_TITLE = 'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT';
const GCN10_TITLE = 'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT';

function land(): Spec[] {
  const out: Spec[] = [];

  // Four pages, the second (with the signature and register number) photographed first; a 2021 change on page 4.
  {
    const date = '2017-10-26';
    const p1 = [
      ...motto('plain'),
      'GIẤY CHỨNG NHẬN',
      'QUYỀN SỬ DỤNG ĐẤT',
      'QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
      'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
      'Hộ ông: Sùng A Chứ, năm sinh 1976, CMND số 040176221, cấp ngày 02/03/2010',
      'Bà: Vàng Thị Dợ, năm sinh 1980',
      'Địa chỉ: bản Keo Lôm 1, xã Keo Lôm, huyện Điện Biên Đông, tỉnh Điện Biên',
      'CĐ 417258',
    ];
    const p2 = [
      'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
      '1. Thửa đất: a) Thửa đất số: 57   b) Tờ bản đồ số: 21',
      'c) Địa chỉ: bản Keo Lôm 1, xã Keo Lôm',
      'd) Diện tích: 312,5 m² (Bằng chữ: Ba trăm mười hai phẩy năm mét vuông)',
      'đ) Hình thức sử dụng: riêng',
      'e) Mục đích sử dụng: Đất ở tại nông thôn 200 m²; Đất trồng cây lâu năm 112,5 m²',
      'g) Thời hạn sử dụng: Đất ở: lâu dài; Đất trồng cây lâu năm: đến ngày 26/10/2067',
      'h) Nguồn gốc sử dụng: Công nhận QSDĐ như giao đất có thu tiền sử dụng đất',
      '2. Nhà ở: -/-   3. Công trình xây dựng khác: -/-',
      `Điện Biên Đông, ${nd30Date(date)}`,
      'TM. ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN ĐÔNG',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lò Văn Khánh',
      'Số vào sổ cấp GCN: CH 00742',
    ];
    const p3 = ['III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất', 'Thửa 57   Tờ 21', 'Tỷ lệ 1/1000'];
    const p4 = [
      'IV. Những thay đổi sau khi cấp Giấy chứng nhận',
      'Nội dung thay đổi và cơ sở pháp lý            Xác nhận của cơ quan có thẩm quyền',
      'Thế chấp bằng quyền sử dụng đất tại Ngân hàng NN&PTNT chi nhánh Điện Biên Đông theo hồ sơ số 091.2021, đăng ký ngày 14/05/2021',
      'Ngày 14/05/2021   Chi nhánh Văn phòng đăng ký đất đai huyện Điện Biên Đông   Giám đốc Phạm Văn Hoan',
      'Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc bổ sung bất kỳ nội dung nào trong Giấy chứng nhận',
    ];
    out.push({
      id: 'dat-tt23-keo-lom-4-trang-h6',
      form: 'GCN QSDĐ — TT 23/2014/TT-BTNMT, four pages (page 2 photographed first)',
      tags: ['inner-page-first', 'several-dates'],
      pages: [p2, p1, p3, p4],
      truth: result(
        'gcn-qsdd-ca-nhan',
        GCN_TITLE,
        'CH 00742',
        'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN ĐÔNG',
        'district',
        date,
      ),
    });
  }

  // The Sở issuing after a transfer: pages 1 and 2 only.
  {
    const date = '2019-05-08';
    out.push({
      id: 'dat-tt23-so-tnmt-chuyen-nhuong-h6',
      form: 'GCN QSDĐ — TT 23/2014/TT-BTNMT, outer pages 1–2 (issued by the Sở on a transfer)',
      pages: [
        [
          ...motto('plain'),
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT',
          'QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
          'Ông: Nguyễn Quang Huy, sinh năm 1984, CCCD số 011084000637',
          'Địa chỉ: tổ dân phố 9, phường Thanh Bình, thành phố Điện Biên Phủ, tỉnh Điện Biên',
          'CS 917340',
        ],
        [
          'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
          '1. Thửa đất: Thửa đất số 233, tờ bản đồ số 06; diện tích 96,0 m²; đất ở tại đô thị; thời hạn: lâu dài',
          'Nguồn gốc sử dụng: Nhận chuyển nhượng đất được Nhà nước giao đất có thu tiền sử dụng đất',
          '2. Nhà ở: nhà ở riêng lẻ, diện tích xây dựng 84 m², kết cấu bê tông cốt thép, 3 tầng',
          `Điện Biên, ${nd30Date(date)}`,
          'TM. SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐIỆN BIÊN',
          'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC',
          'Lường Văn Thiết',
          'Số vào sổ cấp GCN: CS 03318',
        ],
      ],
      truth: result(
        'gcn-qsdd-ca-nhan',
        GCN_TITLE,
        'CS 03318',
        'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐIỆN BIÊN',
        'province',
        date,
      ),
    });
  }

  // TT 10/2024 certificate after the reform, by the provincial land registration office; back side first.
  {
    const date = '2025-11-20';
    const front = [
      ...motto('plain'),
      GCN10_TITLE,
      'Mã Giấy chứng nhận: 11-000-0294-0185-2025',
      '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:',
      'Ông Lường Văn Khánh, sinh năm 1981, số định danh cá nhân 011081003719;',
      'Bà Cà Thị Ỏn, sinh năm 1985, số định danh cá nhân 011185002294',
      '2. Thửa đất: Thửa số 74, tờ bản đồ số 18; diện tích 245,3 m²; địa chỉ: tổ dân phố 11, phường Mường Thanh, tỉnh Điện Biên',
      'Loại đất: Đất ở tại đô thị 150 m² (lâu dài); Đất trồng cây hàng năm khác 95,3 m² (đến ngày 15/10/2063)',
      'Nguồn gốc: Nhận tặng cho quyền sử dụng đất',
      `Điện Biên, ${nd30Date(date)}`,
      'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐIỆN BIÊN',
      'GIÁM ĐỐC',
      'Quàng Văn Pấng',
      'Số vào sổ cấp Giấy chứng nhận: DT 02591',
      '[mã QR]',
    ];
    const back = [
      '3. Sơ đồ thửa đất',
      'Thửa 74   Tờ 18   Tỷ lệ 1:500',
      '4. Thông tin thay đổi và cơ sở pháp lý',
      '-/-',
      'Trang 2',
    ];
    out.push({
      id: 'dat-tt10-vpdkdd-post-h6',
      form: 'GCN — TT 10/2024/TT-BTNMT (mẫu mới, mã QR), two sides, back first',
      tags: ['inner-page-first'],
      pages: [back, front],
      truth: result(
        'gcn-qsdd-ca-nhan',
        GCN10_TITLE,
        'DT 02591',
        'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐIỆN BIÊN',
        'province',
        date,
      ),
    });
  }

  // First issuance at the merged commune of Quảng Lâm, read without marks.
  {
    const date = '2026-03-16';
    out.push({
      id: 'dat-tt10-quang-lam-post-h6',
      form: 'GCN — TT 10/2024/TT-BTNMT (first issuance by the commune after 01/7/2025)',
      reading: 'no-marks',
      pages: [
        [
          ...motto('plain'),
          GCN10_TITLE,
          'Mã Giấy chứng nhận: 11-035-0021-0007-2026',
          '1. Người sử dụng đất: Hộ gia đình ông Pờ A Phì, sinh năm 1972, số định danh cá nhân 011072004416',
          '2. Thửa đất: Thửa số 12, tờ bản đồ số 04; diện tích 1.180 m²; địa chỉ: bản Na Cô Sa, xã Quảng Lâm, tỉnh Điện Biên',
          'Loại đất: Đất ở tại nông thôn 300 m² (lâu dài); Đất trồng lúa 880 m² (đến ngày 15/10/2063)',
          'Nguồn gốc: Công nhận quyền sử dụng đất',
          `Quảng Lâm, ${nd30Date(date)}`,
          'TM. ỦY BAN NHÂN DÂN XÃ QUẢNG LÂM',
          'CHỦ TỊCH',
          'Giàng A Sử',
          'Số vào sổ cấp Giấy chứng nhận: QL 00031',
        ],
      ],
      truth: result('gcn-qsdd-ca-nhan', GCN10_TITLE, 'QL 00031', 'ỦY BAN NHÂN DÂN XÃ QUẢNG LÂM', 'commune', date),
    });
  }

  // TT 10/2024 form at a district before the reform (effective 01/8/2024), two sides.
  {
    const date = '2024-12-09';
    out.push({
      id: 'dat-tt10-muong-ang-huyen-h6',
      form: 'GCN — TT 10/2024/TT-BTNMT (first issuance by the district before 01/7/2025), two sides',
      pages: [
        [
          ...motto('plain'),
          GCN10_TITLE,
          'Mã Giấy chứng nhận: 11-100-0412-0533-2024',
          '1. Người sử dụng đất: Ông Quàng Văn Hoan, sinh năm 1979, CCCD 011079002260',
          '2. Thửa đất: Thửa số 301, tờ bản đồ số 09; diện tích 420 m²; bản Hón, xã Ẳng Tở, huyện Mường Ảng, tỉnh Điện Biên',
          'Loại đất: Đất trồng cây lâu năm (đến ngày 09/12/2074)',
          `Mường Ảng, ${nd30Date(date)}`,
          'TM. ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG',
          'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH',
          'Lò Văn Thiết',
          'Số vào sổ cấp Giấy chứng nhận: MA 01296',
        ],
        ['3. Sơ đồ thửa đất', 'Thửa 301   Tờ 09', '4. Thông tin thay đổi và cơ sở pháp lý', '-/-'],
      ],
      truth: result('gcn-qsdd-ca-nhan', GCN10_TITLE, 'MA 01296', 'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG', 'district', date),
    });
  }

  // A Yên Bái certificate's inner page 2 alone (signature and register number on it).
  {
    const date = '2016-09-14';
    out.push({
      id: 'dat-tt23-yen-bai-trang-2-h6',
      form: 'GCN QSDĐ — TT 23/2014/TT-BTNMT, page 2 alone',
      tags: ['other-province'],
      pages: [
        [
          'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
          '1. Thửa đất: a) Thửa đất số: 88   b) Tờ bản đồ số: 15',
          'c) Địa chỉ: tổ 6, phường Nguyễn Thái Học, thành phố Yên Bái, tỉnh Yên Bái',
          'd) Diện tích: 120,0 m²   đ) Hình thức sử dụng: riêng   e) Mục đích sử dụng: Đất ở tại đô thị',
          'g) Thời hạn sử dụng: Lâu dài',
          `Yên Bái, ${nd30Date(date)}`,
          'TM. ỦY BAN NHÂN DÂN THÀNH PHỐ YÊN BÁI',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Phạm Minh Đức',
          'Số vào sổ cấp GCN: CH 05217',
        ],
      ],
      truth: result('gcn-qsdd-ca-nhan', GCN_TITLE, 'CH 05217', 'ỦY BAN NHÂN DÂN THÀNH PHỐ YÊN BÁI', 'district', date),
    });
  }

  // An organisation's certificate in Thanh Hóa, its right column read last.
  {
    const date = '2020-07-21';
    out.push({
      id: 'dat-to-chuc-thanh-hoa-h6',
      form: 'GCN QSDĐ (tổ chức) — TT 23/2014/TT-BTNMT, page 1–2 read as one',
      reading: 'right-column-last',
      tags: ['other-province'],
      pages: [
        [
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'I. Người sử dụng đất: CÔNG TY CỔ PHẦN GẠCH NGÓI QUẢNG XƯƠNG, mã số doanh nghiệp 2800614407',
          'II. Thửa đất số 16, tờ bản đồ số 03; diện tích 8.450 m²; xã Quảng Phong, huyện Quảng Xương, tỉnh Thanh Hóa',
          'Mục đích: Đất cơ sở sản xuất phi nông nghiệp; Thời hạn sử dụng: đến ngày 21/07/2070',
          'Hình thức: Nhà nước cho thuê đất trả tiền hằng năm',
          'TM. SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THANH HÓA',
          'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC',
          'Số vào sổ cấp GCN: CT 02744',
          MOTTO,
          MOTTO2,
          `Thanh Hóa, ${nd30Date(date)}`,
        ],
      ],
      truth: result(
        'gcn-qsdd-to-chuc',
        GCN_TITLE,
        'CT 02744',
        'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THANH HÓA',
        'province',
        date,
      ),
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Licences and certificates of sector laws.

function licences(): Spec[] {
  const out: Spec[] = [];
  const so = (name: string) => ['UBND TỈNH ĐIỆN BIÊN', upper(name)];

  // A house-building permit of TP. Điện Biên Phủ, two pages (its 12-month start clause is not an expiry).
  {
    const date = '2022-04-12';
    out.push({
      id: 'gp-xay-dung-nha-o-dbp-h6',
      form: 'Giấy phép xây dựng nhà ở riêng lẻ — Phụ lục II NĐ 15/2021/NĐ-CP (two pages)',
      pages: [
        page(
          [UB, 'THÀNH PHỐ ĐIỆN BIÊN PHỦ'],
          '118/GPXD',
          pd('Điện Biên Phủ', date),
          [
            'GIẤY PHÉP XÂY DỰNG',
            '(Sử dụng cho nhà ở riêng lẻ)',
            '1. Cấp cho: ông Lê Văn Khánh và bà Trần Thị Xuân',
            'Địa chỉ: tổ dân phố 5, phường Noong Bua, thành phố Điện Biên Phủ',
            '2. Được phép xây dựng công trình: nhà ở riêng lẻ',
            '- Theo thiết kế do Công ty TNHH Tư vấn Mường Thanh lập ngày 02/03/2022',
            '- Vị trí: thửa đất số 140, tờ bản đồ số 11; diện tích xây dựng tầng 1: 92 m²; tổng diện tích sàn 276 m²; chiều cao 12,6 m; số tầng: 3',
          ],
          'plain',
        ),
        [
          '3. Giấy tờ về quyền sử dụng đất: GCN số CS 02117 do Sở TN&MT cấp ngày 05/01/2020',
          '4. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp; quá thời hạn trên thì phải đề nghị gia hạn giấy phép xây dựng.',
          'Nơi nhận: - Như trên; - Lưu: VT, QLĐT.',
          ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Minh Đức'),
        ],
      ],
      truth: result(
        'giay-phep-xay-dung-nha-o',
        'GIẤY PHÉP XÂY DỰNG',
        '118/GPXD',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐIỆN BIÊN PHỦ',
        'district',
        date,
      ),
    });
  }

  // After the reform, the ward of Mường Thanh; its number written into the blank by hand.
  {
    const date = '2025-09-30';
    out.push({
      id: 'gp-xay-dung-nha-o-muong-thanh-post-h6',
      form: 'Giấy phép xây dựng nhà ở riêng lẻ — Phụ lục II NĐ 15/2021/NĐ-CP; number and day written in',
      tags: ['handwritten'],
      pages: [
        [
          UB,
          'PHƯỜNG MƯỜNG THANH',
          MOTTO,
          MOTTO2,
          `Số: ${hand('57')} /GPXD`,
          `Mường Thanh, ${handDate(date)}`,
          'GIẤY PHÉP XÂY DỰNG',
          '(Sử dụng cho nhà ở riêng lẻ)',
          '1. Cấp cho: bà Lò Thị Hằng',
          'Địa chỉ: tổ dân phố 14, phường Mường Thanh, tỉnh Điện Biên',
          '2. Được phép xây dựng: nhà ở riêng lẻ 2 tầng, diện tích xây dựng 78 m², tổng diện tích sàn 156 m²',
          '3. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp.',
          ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Cà Văn Hoan'),
        ],
      ],
      truth: result(
        'giay-phep-xay-dung-nha-o',
        'GIẤY PHÉP XÂY DỰNG',
        '57/GPXD',
        'ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG THANH',
        'commune',
        date,
      ),
    });
  }

  // Alcohol retail at Mường Ảng district: a printed end date.
  {
    const date = '2020-06-18';
    const end = '2025-06-18';
    out.push({
      id: 'gp-ban-le-ruou-muong-ang-h6',
      form: 'Giấy phép bán lẻ rượu — Mẫu 03 TT 18/2017/TT-BCT (NĐ 105/2017/NĐ-CP)',
      pages: [
        page(
          ['UBND HUYỆN MƯỜNG ẢNG', 'PHÒNG KINH TẾ VÀ HẠ TẦNG'],
          '07/GP-KTHT',
          pd('Mường Ảng', date),
          [
            'GIẤY PHÉP BÁN LẺ RƯỢU',
            'Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh doanh rượu;',
            'Xét đề nghị của hộ kinh doanh Tạp hóa Hương Sen, mã số 62C8000209, cấp ngày 10/01/2018,',
            'Điều 1. Cho phép hộ kinh doanh Tạp hóa Hương Sen được bán lẻ rượu tại: tổ dân phố 2, thị trấn Mường Ảng',
            'Điều 2. Sản phẩm rượu được phép kinh doanh: rượu có độ cồn dưới 5,5 độ và từ 5,5 độ trở lên',
            `Điều 3. Giấy phép này có giá trị đến ngày ${numericDate(end)}.`,
            ...sign(['TRƯỞNG PHÒNG'], 'Vì Văn Long'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'giay-phep-ban-le-ruou',
        'GIẤY PHÉP BÁN LẺ RƯỢU',
        '07/GP-KTHT',
        'PHÒNG KINH TẾ VÀ HẠ TẦNG',
        'district',
        date,
        end,
      ),
    });
  }

  // Tobacco retail at the merged commune of Tủa Chùa: term in words.
  {
    const date = '2025-11-04';
    out.push({
      id: 'gp-ban-le-thuoc-la-tua-chua-post-h6',
      form: 'Giấy phép bán lẻ sản phẩm thuốc lá — TT 57/2018/TT-BCT form (NĐ 67/2013, NĐ 106/2017)',
      tags: ['term-in-words'],
      pages: [
        page(
          [UB, 'XÃ TỦA CHÙA'],
          '03/GP-UBND',
          pd('Tủa Chùa', date),
          [
            'GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TỦA CHÙA',
            'Cho phép: Hộ kinh doanh Tạp hóa Minh Khai, mã số hộ kinh doanh 011182004439',
            'Địa chỉ: tổ dân phố Đồng Tâm, xã Tủa Chùa, tỉnh Điện Biên',
            'Được bán lẻ sản phẩm thuốc lá tại địa điểm trên.',
            'Giấy phép này có thời hạn năm năm kể từ ngày cấp.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Sùng A Chứ'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'giay-phep-ban-le-thuoc-la',
        'GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ',
        '03/GP-UBND',
        'ỦY BAN NHÂN DÂN XÃ TỦA CHÙA',
        'commune',
        date,
        addMonths(date, 60),
      ),
    });
  }

  // A food-safety certificate re-issued by the Sở Công Thương (replaces a 2020 one).
  {
    const date = '2023-02-14';
    out.push({
      id: 'gp-attp-cap-lai-so-cong-thuong-h6',
      form: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP — Mẫu TT 43/2018/TT-BCT; re-issue',
      tags: ['several-dates'],
      pages: [
        page(
          so('Sở Công Thương'),
          '05/2023/GCNATTP-SCT',
          pd('Điện Biên', date),
          [
            'GIẤY CHỨNG NHẬN',
            'CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
            '(Cấp lại lần 1)',
            'SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN CHỨNG NHẬN',
            'Cơ sở: CÔNG TY TNHH CHẾ BIẾN GẠO ĐIỆN BIÊN, mã số doanh nghiệp 5600284031',
            'Địa chỉ: xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên',
            'Đủ điều kiện an toàn thực phẩm để sản xuất: gạo, bún khô',
            'Giấy chứng nhận này thay thế Giấy chứng nhận số 11/2020/GCNATTP-SCT ngày 03/03/2020.',
            'Giấy chứng nhận có hiệu lực 03 năm kể từ ngày cấp.',
            ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Trần Văn Thiết'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'gcn-an-toan-thuc-pham',
        'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
        '05/2023/GCNATTP-SCT',
        'SỞ CÔNG THƯƠNG',
        'province',
        date,
        addMonths(date, 36),
      ),
    });
  }

  // Food safety in Nghệ An, a printed end, read with character noise.
  {
    const date = '2021-09-27';
    const end = '2024-09-26';
    out.push({
      id: 'gp-attp-chi-cuc-nghe-an-h6',
      form: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP — Mẫu NĐ 15/2018/NĐ-CP (Bộ Y tế sector)',
      reading: 'char-noise',
      tags: ['other-province'],
      pages: [
        page(
          ['SỞ Y TẾ NGHỆ AN', 'CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM'],
          '142/2021/NA-GCNATTP',
          pd('Nghệ An', date),
          [
            'GIẤY CHỨNG NHẬN',
            'CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
            'CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM NGHỆ AN CHỨNG NHẬN',
            'Cơ sở: Bếp ăn tập thể Trường THPT Nghi Lộc 2',
            'Địa chỉ: xã Nghi Long, huyện Nghi Lộc, tỉnh Nghệ An',
            'Đủ điều kiện an toàn thực phẩm theo quy định đối với: bếp ăn tập thể',
            `Giấy chứng nhận có hiệu lực đến ngày ${numericDate(end)}`,
            ...sign(['CHI CỤC TRƯỞNG'], 'Hồ Văn Lương'),
          ],
          'char-noise',
        ),
      ],
      truth: result(
        'gcn-an-toan-thuc-pham',
        'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
        '142/2021/NA-GCNATTP',
        'CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM',
        'province',
        date,
        end,
      ),
    });
  }

  // A PET driving licence of the Sở GTVT, back side photographed first.
  {
    const date = '2022-08-03';
    const end = '2032-08-03';
    out.push({
      id: 'gp-lai-xe-so-gtvt-hai-mat-h6',
      form: 'Giấy phép lái xe PET — TT 12/2017/TT-BGTVT, two sides (back first)',
      tags: ['inner-page-first'],
      pages: [
        [
          'Hạng/Class   Ngày trúng tuyển/Date',
          'A1   12/06/2012',
          'B2   25/07/2022',
          'Mã số: 110122000381',
          'Ô tô chở người đến 9 chỗ ngồi; ô tô tải dưới 3.500 kg',
        ],
        [
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Independence - Freedom - Happiness',
          "GIẤY PHÉP LÁI XE / DRIVER'S LICENSE",
          'Số/No.: 110122000381',
          'Họ tên/Full name: LƯỜNG VĂN KHÁNH',
          'Ngày sinh/Date of Birth: 09/10/1990',
          'Quốc tịch/Nationality: VIỆT NAM',
          'Nơi cư trú/Address: phường Him Lam, TP. Điện Biên Phủ, Điện Biên',
          `Điện Biên, ngày/date ${numericDate(date)}`,
          'GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI ĐIỆN BIÊN',
          'Hạng/Class: B2',
          `Có giá trị đến/Expires: ${numericDate(end)}`,
        ],
      ],
      truth: result(
        'giay-phep-lai-xe',
        'GIẤY PHÉP LÁI XE',
        '110122000381',
        'SỞ GIAO THÔNG VẬN TẢI ĐIỆN BIÊN',
        'province',
        date,
        end,
      ),
    });
  }

  // After 01/3/2025 the provincial police issue driving licences; read without marks.
  {
    const date = '2025-07-22';
    const end = '2035-07-22';
    out.push({
      id: 'gp-lai-xe-cong-an-tinh-post-h6',
      form: 'Giấy phép lái xe — TT 35/2024/TT-BGTVT / TT 12/2025/TT-BCA form (unconfirmed)',
      reading: 'no-marks',
      pages: [
        [
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          "GIẤY PHÉP LÁI XE / DRIVER'S LICENSE",
          'Số/No.: 110225004418',
          'Họ tên/Full name: VÌ THỊ LẢ',
          'Ngày sinh/Date of Birth: 30/01/2001',
          'Nơi cư trú/Address: xã Thanh Nưa, tỉnh Điện Biên',
          'Hạng/Class: B',
          `Ngày cấp/Date of issue: ${numericDate(date)}`,
          `Có giá trị đến/Expires: ${numericDate(end)}`,
          'GIÁM ĐỐC CÔNG AN TỈNH ĐIỆN BIÊN',
        ],
      ],
      truth: result(
        'giay-phep-lai-xe',
        'GIẤY PHÉP LÁI XE',
        '110225004418',
        'CÔNG AN TỈNH ĐIỆN BIÊN',
        'province',
        date,
        end,
      ),
    });
  }

  // A medical practice licence (Luật KCB 2023) with a 2025 addition on its second page.
  {
    const date = '2024-03-11';
    out.push({
      id: 'gp-hanh-nghe-kcb-so-y-te-h6',
      form: 'Giấy phép hành nghề khám bệnh, chữa bệnh — NĐ 96/2023/NĐ-CP form (two pages)',
      tags: ['several-dates'],
      pages: [
        page(
          so('Sở Y tế'),
          '000125/ĐB-GPHN',
          pd('Điện Biên', date),
          [
            'GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH',
            'GIÁM ĐỐC SỞ Y TẾ TỈNH ĐIỆN BIÊN',
            'Cấp cho: Bác sỹ Phạm Thu Trang   Ngày sinh: 04/11/1994',
            'Số định danh cá nhân: 011194003518',
            'Chức danh chuyên môn: Bác sỹ   Phạm vi hành nghề: Y khoa',
            'Giấy phép có thời hạn 05 năm kể từ ngày cấp.',
            ...sign(['GIÁM ĐỐC'], 'Lê Quang Huy'),
          ],
          'plain',
        ),
        [
          'GHI NHẬN THAY ĐỔI, BỔ SUNG',
          'Ngày 16/06/2025: bổ sung phạm vi hành nghề chuyên khoa Nhi theo Quyết định số 412/QĐ-SYT.',
          'Người ký: Phó Giám đốc Sở Y tế',
        ],
      ],
      truth: result(
        'giay-phep-hanh-nghe-kcb',
        'GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH',
        '000125/ĐB-GPHN',
        'SỞ Y TẾ',
        'province',
        date,
        addMonths(date, 60),
      ),
    });
  }

  // An environmental permit of the UBND tỉnh with its annex page; printed end.
  {
    const date = '2024-10-02';
    const end = '2034-10-01';
    out.push({
      id: 'gp-moi-truong-ubnd-tinh-phu-luc-h6',
      form: 'Giấy phép môi trường — Mẫu Phụ lục XXXIX NĐ 08/2022/NĐ-CP, decision with annex',
      pages: [
        page(
          [UB, 'TỈNH ĐIỆN BIÊN'],
          '1684/GPMT-UBND',
          pd('Điện Biên', date),
          [
            'GIẤY PHÉP MÔI TRƯỜNG',
            'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
            'Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;',
            'Xét văn bản đề nghị cấp giấy phép môi trường của Công ty Cổ phần Thủy điện Nậm Mức ngày 12/08/2024,',
            'Điều 1. Cấp phép cho Công ty Cổ phần Thủy điện Nậm Mức, địa chỉ xã Mường Mươn, huyện Mường Chà, được thực hiện các hoạt động bảo vệ môi trường của dự án Nhà máy thủy điện Nậm Mức 2',
            'Điều 2. Nội dung cấp phép và yêu cầu về bảo vệ môi trường: tại Phụ lục kèm theo.',
            `Điều 3. Thời hạn của giấy phép: 10 năm (từ ngày ${numericDate(date)} đến ngày ${numericDate(end)}).`,
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lò Văn Pấng'),
          ],
          'plain',
        ),
        [
          'PHỤ LỤC 1',
          'NỘI DUNG CẤP PHÉP XẢ NƯỚC THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG',
          `(Kèm theo Giấy phép môi trường số 1684/GPMT-UBND ngày ${numericDate(date)} của UBND tỉnh Điện Biên)`,
          'A. Nguồn phát sinh nước thải: nước thải sinh hoạt của khu quản lý vận hành, 6 m³/ngày',
          'B. Vị trí xả thải: suối Nậm Mức; phương thức xả: tự chảy',
        ],
      ],
      truth: result(
        'giay-phep-moi-truong',
        'GIẤY PHÉP MÔI TRƯỜNG',
        '1684/GPMT-UBND',
        'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
        'province',
        date,
        end,
      ),
    });
  }

  // A road-transport licence issued for the second time.
  {
    const date = '2021-05-17';
    out.push({
      id: 'gp-van-tai-cap-lan-2-h6',
      form: 'Giấy phép kinh doanh vận tải bằng xe ô tô — NĐ 10/2020/NĐ-CP form',
      tags: ['several-dates'],
      pages: [
        [
          'UBND TỈNH ĐIỆN BIÊN',
          'SỞ GIAO THÔNG VẬN TẢI',
          MOTTO,
          MOTTO2,
          'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
          'Số: 56.0041',
          'Cấp lần đầu: ngày 09/03/2018   Cấp lần thứ: 02, ngày 17/05/2021',
          'Cấp cho đơn vị: HỢP TÁC XÃ VẬN TẢI MƯỜNG THANH',
          'Địa chỉ: phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
          'Mã số hợp tác xã: 5600199402',
          'Được phép kinh doanh các loại hình vận tải: vận tải hành khách theo tuyến cố định; vận tải hàng hóa',
          ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Quàng Văn Khánh'),
        ],
      ],
      truth: result(
        'giay-phep-kinh-doanh-van-tai',
        'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
        '56.0041',
        'SỞ GIAO THÔNG VẬN TẢI',
        'province',
        date,
      ),
    });
  }

  // Karaoke at the merged ward of Điện Biên Phủ, right column read last.
  {
    const date = '2025-08-26';
    out.push({
      id: 'gp-karaoke-p-dien-bien-phu-post-h6',
      form: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke — Mẫu số 03 NĐ 54/2019/NĐ-CP',
      reading: 'right-column-last',
      pages: [
        page(
          [UB, 'PHƯỜNG ĐIỆN BIÊN PHỦ'],
          '02/GP-UBND',
          pd('Điện Biên Phủ', date),
          [
            'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ',
            'Điều 1. Cho phép: Hộ kinh doanh Karaoke Hoa Ban, mã số hộ kinh doanh 011088001274',
            'Địa chỉ kinh doanh: số 21 đường Hoàng Văn Thái, phường Điện Biên Phủ, tỉnh Điện Biên',
            'Số lượng phòng: 06 phòng; diện tích mỗi phòng từ 22 m² đến 30 m²',
            'Điều 2. Tổ chức, cá nhân được cấp giấy phép phải thực hiện đúng quy định tại Nghị định số 54/2019/NĐ-CP.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Thị Hằng'),
          ],
          'right-column-last',
        ),
      ],
      truth: result(
        'giay-phep-karaoke',
        'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
        '02/GP-UBND',
        'ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ',
        'commune',
        date,
      ),
    });
  }

  // A work permit of the Sở LĐ-TB&XH, printed period.
  {
    const date = '2023-06-20';
    const end = '2025-06-19';
    out.push({
      id: 'gp-lao-dong-so-ldtbxh-h6',
      form: 'Giấy phép lao động — Mẫu số 12/PLI NĐ 152/2020/NĐ-CP',
      pages: [
        [
          'UBND TỈNH ĐIỆN BIÊN',
          'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
          MOTTO,
          MOTTO2,
          'GIẤY PHÉP LAO ĐỘNG',
          'WORK PERMIT',
          'Số: ĐB002341',
          'Họ và tên: ZHANG WEI   Giới tính: Nam   Ngày sinh: 14/03/1983',
          'Quốc tịch: Trung Quốc   Số hộ chiếu: EK4471908',
          'Làm việc tại: Công ty TNHH Xây dựng Đường bộ Tây Bắc, xã Mường Pồn, huyện Điện Biên',
          'Vị trí công việc: chuyên gia   Chức danh: kỹ sư cầu đường',
          `Thời hạn làm việc: từ ngày ${numericDate(date)} đến ngày ${numericDate(end)}`,
          `Điện Biên, ${nd30Date(date)}`,
          ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lường Thị Hằng'),
        ],
      ],
      truth: result(
        'giay-phep-lao-dong',
        'GIẤY PHÉP LAO ĐỘNG',
        'ĐB002341',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'province',
        date,
        end,
      ),
    });
  }

  // A petrol station in Lào Cai, columns merged.
  {
    const date = '2022-11-11';
    const end = '2027-11-11';
    out.push({
      id: 'gp-xang-dau-lao-cai-h6',
      form: 'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu — Mẫu NĐ 83/2014/NĐ-CP (as amended by NĐ 95/2021)',
      reading: 'merged-columns',
      tags: ['other-province'],
      pages: [
        page(
          ['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG'],
          '19/GCNĐĐK-SCT',
          pd('Lào Cai', date),
          [
            'GIẤY CHỨNG NHẬN',
            'CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU',
            'SỞ CÔNG THƯƠNG TỈNH LÀO CAI CHỨNG NHẬN:',
            'Cửa hàng xăng dầu Bản Phiệt thuộc Công ty TNHH Xăng dầu Biên Cương, mã số doanh nghiệp 5300412885',
            'Địa chỉ cửa hàng: thôn Bản Phiệt, xã Bản Phiệt, huyện Bảo Thắng, tỉnh Lào Cai',
            `Giấy chứng nhận có hiệu lực đến ngày ${numericDate(end)}.`,
            ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Phạm Văn Hoan'),
          ],
          'merged-columns',
        ),
      ],
      truth: result(
        'gcn-ban-le-xang-dau',
        'GIẤY CHỨNG NHẬN CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU',
        '19/GCNĐĐK-SCT',
        'SỞ CÔNG THƯƠNG',
        'province',
        date,
        end,
      ),
    });
  }

  // Surface-water licence of the UBND tỉnh, term in words.
  {
    const date = '2020-12-29';
    out.push({
      id: 'gp-tai-nguyen-nuoc-ubnd-tinh-h6',
      form: 'Giấy phép khai thác, sử dụng nước mặt — Mẫu TT 27/2014/TT-BTNMT',
      tags: ['term-in-words'],
      pages: [
        page(
          [UB, 'TỈNH ĐIỆN BIÊN'],
          '2411/GP-UBND',
          pd('Điện Biên', date),
          [
            'GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MẶT',
            'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
            'Điều 1. Cho phép Công ty Cổ phần Cấp nước Điện Biên khai thác, sử dụng nước mặt với các nội dung:',
            '1. Tên công trình: Nhà máy nước Nậm Rốm; 2. Nguồn nước khai thác: sông Nậm Rốm',
            '3. Vị trí công trình: phường Thanh Trường, thành phố Điện Biên Phủ; 4. Lưu lượng khai thác lớn nhất: 14.000 m³/ngày đêm',
            '5. Thời hạn của giấy phép là mười (10) năm kể từ ngày ký.',
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lê Văn Hoan'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'giay-phep-tai-nguyen-nuoc',
        'GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MẶT',
        '2411/GP-UBND',
        'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
        'province',
        date,
        addMonths(date, 120),
      ),
    });
  }

  // Security-and-order certificate at the commune police of Mường Nhé after the reform.
  {
    const date = '2025-10-09';
    out.push({
      id: 'gp-an-ninh-trat-tu-ca-muong-nhe-post-h6',
      form: 'Giấy chứng nhận đủ điều kiện về an ninh, trật tự — Mẫu ĐĐ24 (TT 42/2017/TT-BCA as later amended)',
      pages: [
        page(
          ['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN XÃ MƯỜNG NHÉ'],
          '04/GCN',
          pd('Mường Nhé', date),
          [
            'GIẤY CHỨNG NHẬN',
            'ĐỦ ĐIỀU KIỆN VỀ AN NINH, TRẬT TỰ ĐỂ LÀM NGÀNH, NGHỀ ĐẦU TƯ KINH DOANH CÓ ĐIỀU KIỆN',
            'Tên cơ sở kinh doanh: Nhà nghỉ Biên Cương',
            'Địa chỉ: bản Mường Nhé, xã Mường Nhé, tỉnh Điện Biên',
            'Ngành, nghề kinh doanh: kinh doanh dịch vụ lưu trú',
            'Người chịu trách nhiệm về an ninh, trật tự: Lò Văn Thiết, số định danh cá nhân 011084004416',
            ...sign(['TRƯỞNG CÔNG AN XÃ'], 'Thiếu tá Giàng A Sử'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'gcn-an-ninh-trat-tu',
        'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN VỀ AN NINH, TRẬT TỰ',
        '04/GCN',
        'CÔNG AN XÃ MƯỜNG NHÉ',
        'commune',
        date,
      ),
    });
  }

  // Pesticide trade certificate of a Chi cục, term.
  {
    const date = '2019-04-22';
    out.push({
      id: 'gp-thuoc-bvtv-chi-cuc-h6',
      form: 'Giấy chứng nhận đủ điều kiện buôn bán thuốc BVTV — Mẫu số 14 NĐ 66/2016/NĐ-CP',
      pages: [
        page(
          ['SỞ NÔNG NGHIỆP VÀ PTNT ĐIỆN BIÊN', 'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT'],
          '17/2019/CNĐĐK-BVTV',
          pd('Điện Biên', date),
          [
            'GIẤY CHỨNG NHẬN',
            'ĐỦ ĐIỀU KIỆN BUÔN BÁN THUỐC BẢO VỆ THỰC VẬT',
            'Chứng nhận: Cửa hàng vật tư nông nghiệp Thanh Yên, chủ cơ sở Nguyễn Văn Thiết',
            'Địa chỉ: xã Thanh Yên, huyện Điện Biên, tỉnh Điện Biên',
            'Đủ điều kiện buôn bán thuốc bảo vệ thực vật (bán lẻ).',
            'Giấy chứng nhận có giá trị 05 năm kể từ ngày cấp.',
            ...sign(['CHI CỤC TRƯỞNG'], 'Quàng Văn Pấng'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'gcn-buon-ban-thuoc-bao-ve-thuc-vat',
        'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN BUÔN BÁN THUỐC BẢO VỆ THỰC VẬT',
        '17/2019/CNĐĐK-BVTV',
        'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT',
        'province',
        date,
        addMonths(date, 60),
      ),
    });
  }

  // A poor-household certificate filled by hand at a Mường Chà commune: printed end in words.
  {
    const date = '2022-12-20';
    out.push({
      id: 'gp-ho-ngheo-hua-ngai-h6',
      form: 'Giấy chứng nhận hộ nghèo — mẫu kèm TT 07/2021/TT-BLĐTBXH (unconfirmed), filled by hand',
      tags: ['handwritten', 'term-in-words'],
      pages: [
        [
          'UBND HUYỆN MƯỜNG CHÀ',
          'UBND XÃ HỪA NGÀI',
          MOTTO,
          MOTTO2,
          `Số: ${hand('118')}/GCN-UBND`,
          'GIẤY CHỨNG NHẬN HỘ NGHÈO',
          'Giai đoạn 2022 - 2025',
          `Họ và tên chủ hộ: ${hand('Mùa A Chư')}   Năm sinh: ${hand('1970')}`,
          `Địa chỉ: ${hand('bản Hừa Ngài, xã Hừa Ngài')}`,
          `Số thành viên trong hộ: ${hand('6')}`,
          'Giấy chứng nhận có giá trị đến hết ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi lăm.',
          `Hừa Ngài, ${handDate(date)}`,
          ...sign(['CHỦ TỊCH'], 'Giàng A Dơ'),
        ],
      ],
      truth: result(
        'giay-chung-nhan-ho-ngheo',
        'GIẤY CHỨNG NHẬN HỘ NGHÈO',
        '118/GCN-UBND',
        'UBND XÃ HỪA NGÀI',
        'commune',
        date,
        '2025-12-31',
      ),
    });
  }

  // A pharmacist's practising certificate of Yên Bái (no term).
  {
    const date = '2018-01-09';
    out.push({
      id: 'gp-chung-chi-duoc-yen-bai-h6',
      form: 'Chứng chỉ hành nghề dược — Mẫu số 01 NĐ 54/2017/NĐ-CP',
      tags: ['other-province'],
      pages: [
        page(
          ['UBND TỈNH YÊN BÁI', 'SỞ Y TẾ'],
          '0247/YB-CCHND',
          pd('Yên Bái', date),
          [
            'CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
            'GIÁM ĐỐC SỞ Y TẾ TỈNH YÊN BÁI',
            'Cấp cho: Dược sĩ Hoàng Thị Hằng   Ngày sinh: 22/08/1989',
            'Số CMND: 060189003271   Văn bằng chuyên môn: Dược sĩ đại học',
            'Phạm vi hoạt động chuyên môn: Người chịu trách nhiệm chuyên môn về dược của nhà thuốc',
            ...sign(['GIÁM ĐỐC'], 'Trần Quang Huy'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'chung-chi-hanh-nghe-duoc',
        'CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
        '0247/YB-CCHND',
        'SỞ Y TẾ',
        'province',
        date,
      ),
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Diplomas and decisions that are results.

function diplomasAndDecisions(): Spec[] {
  const out: Spec[] = [];

  // A lower-secondary diploma filled by hand (name, date of birth, register number).
  {
    const date = '2019-06-28';
    out.push({
      id: 'vb-thcs-tuan-giao-h6',
      form: 'Bằng tốt nghiệp THCS — mẫu Bộ GD&ĐT (TT 21/2019/TT-BGDĐT), filled by hand',
      tags: ['handwritten'],
      pages: [
        [
          ...motto('plain'),
          'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ',
          'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TUẦN GIÁO',
          `Công nhận: ${hand('Lò Thị Xuân')}`,
          `Ngày sinh: ${hand('15/5/2004')}   Nơi sinh: ${hand('Tuần Giáo, Điện Biên')}`,
          `Học sinh trường: ${hand('THCS Quài Cang')}`,
          'Đã tốt nghiệp trung học cơ sở   Năm tốt nghiệp: 2019   Xếp loại: Khá',
          `Tuần Giáo, ${handDate(date)}`,
          'TRƯỞNG PHÒNG',
          'Cà Văn Hoan',
          'Số hiệu: B 0294417',
          `Số vào sổ cấp bằng: ${hand('1245/2019')}`,
        ],
      ],
      truth: result(
        'bang-tot-nghiep-thcs',
        'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ',
        '1245/2019',
        'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TUẦN GIÁO',
        'district',
        date,
      ),
    });
  }

  // An upper-secondary diploma of the Sở, read without marks.
  {
    const date = '2021-07-19';
    out.push({
      id: 'vb-thpt-so-gddt-h6',
      form: 'Bằng tốt nghiệp THPT — mẫu Bộ GD&ĐT',
      reading: 'no-marks',
      pages: [
        [
          ...motto('plain'),
          'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
          'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
          'Cấp cho: Quàng Văn Huy   Ngày sinh: 02/10/2003',
          'Nơi sinh: Mường Ảng, Điện Biên   Giới tính: Nam',
          'Tốt nghiệp năm 2021   Xếp loại: Trung bình',
          `Điện Biên, ${nd30Date(date)}`,
          'GIÁM ĐỐC',
          'Số hiệu: A 1027338',
          'Số vào sổ cấp bằng: 03871/2021',
        ],
      ],
      truth: result(
        'bang-tot-nghiep-thpt',
        'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
        '03871/2021',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
        'province',
        date,
      ),
    });
  }

  // Land allocation by Tuần Giáo district with an annex list of plots.
  {
    const date = '2023-08-31';
    out.push({
      id: 'qd-giao-dat-tuan-giao-phu-luc-h6',
      form: 'Quyết định giao đất — Mẫu 1.4 Phụ lục III NĐ 30/2020/NĐ-CP, with annex',
      pages: [
        page(
          [UB, 'HUYỆN TUẦN GIÁO'],
          '1642/QĐ-UBND',
          pd('Tuần Giáo', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc giao đất cho hộ gia đình, cá nhân để làm nhà ở tại khu tái định cư Nà Sáy',
            'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO',
            'Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;',
            'Căn cứ Quyết định số 705/QĐ-UBND ngày 12/05/2023 của UBND tỉnh Điện Biên về kế hoạch sử dụng đất năm 2023 huyện Tuần Giáo;',
            'Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số 311/TTr-TNMT ngày 25/08/2023,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Giao 1.280 m² đất tại bản Nà Sáy, xã Nà Sáy cho 08 hộ gia đình, cá nhân (danh sách tại Phụ lục kèm theo) để làm nhà ở; hình thức giao đất có thu tiền sử dụng đất; thời hạn sử dụng đất: lâu dài.',
            'Điều 2. Phòng Tài nguyên và Môi trường, UBND xã Nà Sáy tổ chức bàn giao đất trên thực địa.',
            'Điều 3. Quyết định có hiệu lực kể từ ngày ký.',
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lường Văn Thiết'),
          ],
          'plain',
        ),
        [
          'PHỤ LỤC',
          'DANH SÁCH HỘ GIA ĐÌNH, CÁ NHÂN ĐƯỢC GIAO ĐẤT',
          `(Kèm theo Quyết định số 1642/QĐ-UBND ngày ${numericDate(date)} của UBND huyện Tuần Giáo)`,
          'STT   Họ và tên   Thửa số   Tờ bản đồ   Diện tích (m²)',
          '1   Lò Văn Pấng   12   05   160',
          '2   Quàng Thị Ỏn   13   05   160',
          '3   Cà Văn Hoan   14   05   160',
          '...   ...   ...   ...   ...',
          '8   Vì Thị Pà   19   05   160',
        ],
      ],
      truth: result(
        'quyet-dinh-giao-dat',
        'QUYẾT ĐỊNH',
        '1642/QĐ-UBND',
        'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO',
        'district',
        date,
      ),
    });
  }

  // Change of land use permitted by the merged commune of Chiềng Sinh.
  {
    const date = '2025-10-28';
    out.push({
      id: 'qd-chuyen-muc-dich-chieng-sinh-post-h6',
      form: 'Quyết định cho phép chuyển mục đích sử dụng đất — NĐ 30/2020/NĐ-CP layout (Luật Đất đai 2024, NĐ 151/2025)',
      pages: [
        page(
          [UB, 'XÃ CHIỀNG SINH'],
          '86/QĐ-UBND',
          pd('Chiềng Sinh', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc cho phép chuyển mục đích sử dụng đất',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ CHIỀNG SINH',
            'Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;',
            'Xét Đơn đề nghị của ông Vì Văn Long ngày 02/10/2025,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Cho phép ông Vì Văn Long chuyển mục đích sử dụng 120 m² đất trồng cây lâu năm sang đất ở tại nông thôn, thửa số 45, tờ bản đồ số 17, bản Mường Thín, xã Chiềng Sinh.',
            'Điều 2. Ông Vì Văn Long có trách nhiệm nộp tiền sử dụng đất theo thông báo của cơ quan thuế.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lò Thị Mỷ'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'quyet-dinh-chuyen-muc-dich',
        'QUYẾT ĐỊNH',
        '86/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ CHIỀNG SINH',
        'commune',
        date,
      ),
    });
  }

  // Monthly social allowance by the Mường Ảng district chairman.
  {
    const date = '2023-04-05';
    out.push({
      id: 'qd-tro-cap-xa-hoi-muong-ang-h6',
      form: 'Quyết định hưởng trợ cấp xã hội hàng tháng — NĐ 20/2021/NĐ-CP, NĐ 30/2020 layout',
      pages: [
        page(
          [UB, 'HUYỆN MƯỜNG ẢNG'],
          '512/QĐ-UBND',
          pd('Mường Ảng', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc trợ cấp xã hội hàng tháng',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG',
            'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ;',
            'Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Trợ cấp xã hội hàng tháng đối với bà Lò Thị Ỏn, sinh năm 1941, thường trú tại bản Co Cượm, xã Ẳng Cang; mức trợ cấp: 540.000 đồng/tháng; thời điểm hưởng: từ tháng 4 năm 2023.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn Hoan'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'quyet-dinh-tro-cap-xa-hoi',
        'QUYẾT ĐỊNH',
        '512/QĐ-UBND',
        'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG',
        'district',
        date,
      ),
    });
  }

  // After the reform the commune chairman decides; the beneficiaries are on an annex, photographed first.
  {
    const date = '2025-09-10';
    const body = page(
      [UB, 'XÃ NÀ HỲ'],
      '141/QĐ-UBND',
      pd('Nà Hỳ', date),
      [
        'QUYẾT ĐỊNH',
        'Về việc hưởng trợ cấp xã hội hàng tháng',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NÀ HỲ',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Trợ cấp xã hội hàng tháng cho 03 đối tượng (danh sách kèm theo) kể từ tháng 9 năm 2025.',
        'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
        ...sign(['CHỦ TỊCH'], 'Pờ A Phì'),
      ],
      'plain',
    );
    const annex = [
      'DANH SÁCH ĐỐI TƯỢNG HƯỞNG TRỢ CẤP XÃ HỘI HÀNG THÁNG',
      `(Kèm theo Quyết định số 141/QĐ-UBND ngày ${numericDate(date)} của Chủ tịch UBND xã Nà Hỳ)`,
      'STT   Họ và tên   Năm sinh   Đối tượng   Mức hưởng',
      '1   Sùng Thị Pà   1944   Người cao tuổi   500.000',
      '2   Vàng A Sử   2016   Trẻ em mồ côi   750.000',
      '3   Pờ Thị Lả   1978   Người khuyết tật nặng   750.000',
    ];
    out.push({
      id: 'qd-tro-cap-xa-hoi-na-hy-post-h6',
      form: 'Quyết định hưởng trợ cấp xã hội hàng tháng with annex list — NĐ 30/2020 layout',
      tags: ['inner-page-first'],
      pages: [annex, body],
      truth: result(
        'quyet-dinh-tro-cap-xa-hoi',
        'QUYẾT ĐỊNH',
        '141/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ NÀ HỲ',
        'commune',
        date,
      ),
    });
  }

  // Funeral-cost support, number written in by hand.
  {
    const date = '2022-02-16';
    out.push({
      id: 'qd-mai-tang-huyen-dien-bien-h6',
      form: 'Quyết định hỗ trợ chi phí mai táng — NĐ 30/2020 layout, number and day written in',
      tags: ['handwritten'],
      pages: [
        [
          UB,
          'HUYỆN ĐIỆN BIÊN',
          MOTTO,
          MOTTO2,
          `Số: ${hand('318')} /QĐ-UBND`,
          `Điện Biên, ${handDate(date)}`,
          'QUYẾT ĐỊNH',
          'Về việc hỗ trợ chi phí mai táng',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
          'Xét đề nghị của UBND xã Noong Hẹt và Phòng Lao động - Thương binh và Xã hội,',
          'QUYẾT ĐỊNH:',
          'Điều 1. Hỗ trợ chi phí mai táng cho gia đình ông Lường Văn Khánh (người đứng ra mai táng) đối với bà Lường Thị Dợ, sinh năm 1936, chết ngày 03/01/2022; mức hỗ trợ: 7.200.000 đồng.',
          ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Trần Minh Đức'),
        ],
      ],
      truth: result(
        'quyet-dinh-ho-tro-mai-tang',
        'QUYẾT ĐỊNH',
        '318/QĐ-UBND',
        'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
        'district',
        date,
      ),
    });
  }

  // Unemployment benefit of the Sở, right column last (its benefit period is not an expiry).
  {
    const date = '2024-07-08';
    out.push({
      id: 'qd-that-nghiep-so-ldtbxh-h6',
      form: 'Quyết định về việc hưởng trợ cấp thất nghiệp — Mẫu số 05 TT 28/2015/TT-BLĐTBXH',
      reading: 'right-column-last',
      pages: [
        page(
          ['UBND TỈNH ĐIỆN BIÊN', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
          '1108/QĐ-SLĐTBXH',
          pd('Điện Biên', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc hưởng trợ cấp thất nghiệp',
            'GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐIỆN BIÊN',
            'Xét đề nghị của Giám đốc Trung tâm Dịch vụ việc làm tỉnh Điện Biên,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Ông Phạm Văn Hoan, sinh ngày 11/01/1989, số sổ BHXH 1113004871, được hưởng trợ cấp thất nghiệp 03 tháng, từ ngày 02/07/2024 đến ngày 01/10/2024; mức hưởng hằng tháng: 3.150.000 đồng.',
            'Điều 2. Nơi nhận trợ cấp: Bưu điện thành phố Điện Biên Phủ.',
            ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lò Thị Hằng'),
          ],
          'right-column-last',
        ),
      ],
      truth: result(
        'quyet-dinh-tro-cap-that-nghiep',
        'QUYẾT ĐỊNH',
        '1108/QĐ-SLĐTBXH',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'province',
        date,
      ),
    });
  }

  // Hotel star rating by the Sở VHTT&DL, five-year term.
  {
    const date = '2022-10-07';
    out.push({
      id: 'qd-hang-luu-tru-so-vhttdl-h6',
      form: 'Quyết định công nhận hạng cơ sở lưu trú du lịch — NĐ 30/2020 layout (Luật Du lịch 2017)',
      pages: [
        page(
          ['UBND TỈNH ĐIỆN BIÊN', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
          '655/QĐ-SVHTTDL',
          pd('Điện Biên', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc công nhận hạng cơ sở lưu trú du lịch',
            'GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
            'QUYẾT ĐỊNH:',
            'Điều 1. Công nhận Khách sạn Mường Thanh Xanh, địa chỉ số 9 đường Tôn Thất Tùng, phường Mường Thanh, thành phố Điện Biên Phủ, đạt tiêu chuẩn hạng 2 sao.',
            'Điều 2. Quyết định này có thời hạn 05 năm kể từ ngày ký.',
            ...sign(['GIÁM ĐỐC'], 'Lê Thị Ngọc Anh'),
          ],
          'plain',
        ),
      ],
      truth: result(
        'quyet-dinh-cong-nhan-hang-co-so-luu-tru-du-lich',
        'QUYẾT ĐỊNH',
        '655/QĐ-SVHTTDL',
        'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        'province',
        date,
        addMonths(date, 60),
      ),
    });
  }

  // Educational activity of a private kindergarten by TP. Điện Biên Phủ, columns merged.
  {
    const date = '2023-09-05';
    out.push({
      id: 'qd-hoat-dong-giao-duc-mam-non-h6',
      form: 'Quyết định cho phép hoạt động giáo dục — NĐ 30/2020 layout (NĐ 46/2017 as amended)',
      reading: 'merged-columns',
      pages: [
        page(
          [UB, 'THÀNH PHỐ ĐIỆN BIÊN PHỦ'],
          '2207/QĐ-UBND',
          pd('Điện Biên Phủ', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc cho phép Trường Mầm non tư thục Hoa Mai hoạt động giáo dục',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐIỆN BIÊN PHỦ',
            'Căn cứ Quyết định số 1410/QĐ-UBND ngày 14/06/2022 về việc cho phép thành lập Trường Mầm non tư thục Hoa Mai;',
            'QUYẾT ĐỊNH:',
            'Điều 1. Cho phép Trường Mầm non tư thục Hoa Mai, địa chỉ tổ dân phố 3, phường Noong Bua, hoạt động giáo dục kể từ ngày ký.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Phạm Thu Trang'),
          ],
          'merged-columns',
        ),
      ],
      truth: result(
        'quyet-dinh-cho-phep-hoat-dong-giao-duc',
        'QUYẾT ĐỊNH',
        '2207/QĐ-UBND',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐIỆN BIÊN PHỦ',
        'district',
        date,
      ),
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Results of types the catalogue lacks (docType null, `unknownAs`).

function unknownTypes(): Spec[] {
  const out: Spec[] = [];

  // A public video-game point certificate of a district (NĐ 72/2013 as amended), printed end.
  {
    const date = '2019-11-18';
    const end = '2022-11-18';
    out.push({
      id: 'x-tro-choi-dien-tu-muong-ang-h6',
      form: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng — NĐ 72/2013/NĐ-CP (as amended by NĐ 27/2018)',
      unknownAs: ['trò chơi điện tử công cộng'],
      pages: [
        page(
          [UB, 'HUYỆN MƯỜNG ẢNG'],
          '02/GCN-UBND',
          pd('Mường Ảng', date),
          [
            'GIẤY CHỨNG NHẬN',
            'ĐỦ ĐIỀU KIỆN HOẠT ĐỘNG ĐIỂM CUNG CẤP DỊCH VỤ TRÒ CHƠI ĐIỆN TỬ CÔNG CỘNG',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG CHỨNG NHẬN:',
            'Tên điểm: Phòng máy Net Thanh Xuân, chủ điểm: Trần Thị Xuân',
            'Địa chỉ: tổ dân phố 6, thị trấn Mường Ảng, huyện Mường Ảng, tỉnh Điện Biên',
            'Tổng số máy tính: 20   Tổng diện tích các phòng máy: 64 m²',
            `Giấy chứng nhận có hiệu lực đến ngày ${numericDate(end)}.`,
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Vì Văn Long'),
          ],
          'plain',
        ),
      ],
      truth: result(
        null,
        'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN HOẠT ĐỘNG ĐIỂM CUNG CẤP DỊCH VỤ TRÒ CHƠI ĐIỆN TỬ CÔNG CỘNG',
        '02/GCN-UBND',
        'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG',
        'district',
        date,
        end,
      ),
    });
  }

  // A school recognised as meeting the national standard, with its annex; five-year term in words.
  {
    const date = '2022-12-28';
    out.push({
      id: 'x-truong-dat-chuan-quoc-gia-h6',
      form: 'Quyết định công nhận trường đạt chuẩn quốc gia — TT 18/2018/TT-BGDĐT, NĐ 30/2020 layout, with annex',
      unknownAs: ['đạt chuẩn quốc gia'],
      tags: ['term-in-words'],
      pages: [
        page(
          [UB, 'TỈNH ĐIỆN BIÊN'],
          '2986/QĐ-UBND',
          pd('Điện Biên', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc công nhận trường đạt chuẩn quốc gia',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
            'Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 2314/TTr-SGDĐT ngày 09/12/2022,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Công nhận Trường Tiểu học Mường Thín, huyện Tuần Giáo đạt chuẩn quốc gia mức độ 1 (kết quả tại Phụ lục kèm theo).',
            'Điều 2. Quyết định có giá trị trong thời hạn năm năm kể từ ngày ký.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lò Văn Khánh'),
          ],
          'plain',
        ),
        [
          'PHỤ LỤC',
          'KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHUẨN',
          `(Kèm theo Quyết định số 2986/QĐ-UBND ngày ${numericDate(date)})`,
          'Tiêu chuẩn 1. Tổ chức và quản lý nhà trường: Đạt',
          'Tiêu chuẩn 2. Cán bộ quản lý, giáo viên, nhân viên và học sinh: Đạt',
          'Tiêu chuẩn 3. Cơ sở vật chất và thiết bị dạy học: Đạt',
          'Tiêu chuẩn 4. Quan hệ giữa nhà trường, gia đình và xã hội: Đạt',
          'Tiêu chuẩn 5. Hoạt động giáo dục và kết quả giáo dục: Đạt',
        ],
      ],
      truth: result(
        null,
        'QUYẾT ĐỊNH',
        '2986/QĐ-UBND',
        'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
        'province',
        date,
        addMonths(date, 60),
      ),
    });
  }

  // A real-estate brokerage practising certificate of the Sở Xây dựng (printed end).
  {
    const date = '2024-05-16';
    const end = '2029-05-16';
    out.push({
      id: 'x-moi-gioi-bat-dong-san-h6',
      form: 'Chứng chỉ hành nghề môi giới bất động sản — Luật Kinh doanh BĐS (TT 11/2015/TT-BXD form)',
      unknownAs: ['môi giới bất động sản'],
      pages: [
        page(
          ['UBND TỈNH ĐIỆN BIÊN', 'SỞ XÂY DỰNG'],
          '56-0031',
          pd('Điện Biên', date),
          [
            'CHỨNG CHỈ HÀNH NGHỀ MÔI GIỚI BẤT ĐỘNG SẢN',
            'GIÁM ĐỐC SỞ XÂY DỰNG TỈNH ĐIỆN BIÊN CẤP CHO:',
            'Ông: Trần Quang Huy   Ngày sinh: 01/12/1987',
            'Số định danh cá nhân: 011087005542',
            'Đã đạt kỳ thi sát hạch kiến thức hành nghề môi giới bất động sản ngày 20/04/2024',
            `Chứng chỉ có giá trị đến ngày ${numericDate(end)}`,
            ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Đình Long'),
          ],
          'plain',
        ),
      ],
      truth: result(null, 'CHỨNG CHỈ HÀNH NGHỀ MÔI GIỚI BẤT ĐỘNG SẢN', '56-0031', 'SỞ XÂY DỰNG', 'province', date, end),
    });
  }

  // A bulletin publishing licence in Nghệ An (no term printed beyond the bulletin's).
  {
    const date = '2023-03-09';
    out.push({
      id: 'x-xuat-ban-ban-tin-nghe-an-h6',
      form: 'Giấy phép xuất bản bản tin — NĐ 09/2017/NĐ-CP, TT 48/2016/TT-BTTTT form',
      unknownAs: ['xuất bản bản tin'],
      tags: ['other-province'],
      pages: [
        page(
          ['UBND TỈNH NGHỆ AN', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
          '14/GP-STTTT',
          pd('Nghệ An', date),
          [
            'GIẤY PHÉP XUẤT BẢN BẢN TIN',
            'GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NGHỆ AN',
            'Điều 1. Cho phép Hội Nông dân tỉnh Nghệ An xuất bản bản tin:',
            '1. Tên bản tin: Nông dân xứ Nghệ   2. Mục đích: thông tin hoạt động của Hội',
            '3. Kỳ hạn xuất bản: 01 kỳ/quý; khuôn khổ 19 x 27 cm; số trang: 24; số lượng: 1.000 bản/kỳ',
            'Điều 2. Giấy phép có hiệu lực kể từ ngày ký.',
            ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Hồ Thị Hằng'),
          ],
          'plain',
        ),
      ],
      truth: result(
        null,
        'GIẤY PHÉP XUẤT BẢN BẢN TIN',
        '14/GP-STTTT',
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        'province',
        date,
      ),
    });
  }

  // Registration of publication distribution, Lào Cai after the merger, read without marks.
  {
    const date = '2025-08-21';
    out.push({
      id: 'x-phat-hanh-xuat-ban-pham-lao-cai-post-h6',
      form: 'Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm — NĐ 195/2013/NĐ-CP as amended (form unconfirmed)',
      unknownAs: ['phát hành xuất bản phẩm'],
      reading: 'no-marks',
      tags: ['other-province'],
      pages: [
        page(
          ['UBND TỈNH LÀO CAI', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
          '07/XN-SVHTTDL',
          pd('Lào Cai', date),
          [
            'GIẤY XÁC NHẬN',
            'ĐĂNG KÝ HOẠT ĐỘNG PHÁT HÀNH XUẤT BẢN PHẨM',
            'Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai xác nhận:',
            'Hộ kinh doanh Nhà sách Yên Bái, mã số hộ kinh doanh 015186001943',
            'Địa chỉ: số 240 đường Đinh Tiên Hoàng, phường Yên Bái, tỉnh Lào Cai',
            'đã đăng ký hoạt động phát hành xuất bản phẩm.',
            ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Minh Đức'),
          ],
          'no-marks',
        ),
      ],
      truth: result(
        null,
        'GIẤY XÁC NHẬN ĐĂNG KÝ HOẠT ĐỘNG PHÁT HÀNH XUẤT BẢN PHẨM',
        '07/XN-SVHTTDL',
        'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        'province',
        date,
      ),
    });
  }

  // A sports-business eligibility certificate in Thanh Hóa (no term).
  {
    const date = '2021-04-13';
    out.push({
      id: 'x-kinh-doanh-the-thao-thanh-hoa-h6',
      form: 'Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao — NĐ 36/2019/NĐ-CP, Mẫu số 03',
      unknownAs: ['kinh doanh hoạt động thể thao'],
      tags: ['other-province'],
      pages: [
        page(
          ['UBND TỈNH THANH HÓA', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
          '31/GCN-SVHTTDL',
          pd('Thanh Hóa', date),
          [
            'GIẤY CHỨNG NHẬN',
            'ĐỦ ĐIỀU KIỆN KINH DOANH HOẠT ĐỘNG THỂ THAO',
            'Cấp cho: Công ty TNHH Thể thao Sầm Sơn Xanh, mã số doanh nghiệp 2801944370',
            'Địa chỉ: phường Trường Sơn, thành phố Sầm Sơn, tỉnh Thanh Hóa',
            'Danh mục hoạt động thể thao kinh doanh: Bơi, lặn; Quần vợt',
            ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lê Văn Khánh'),
          ],
          'plain',
        ),
      ],
      truth: result(
        null,
        'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN KINH DOANH HOẠT ĐỘNG THỂ THAO',
        '31/GCN-SVHTTDL',
        'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        'province',
        date,
      ),
    });
  }

  // A planting-area code granted by the provincial plant-protection office, read with character noise.
  {
    const date = '2024-08-27';
    out.push({
      id: 'x-ma-so-vung-trong-chi-cuc-h6',
      form: 'Giấy chứng nhận mã số vùng trồng — TT 06/2024/TT-BNNPTNT (form unconfirmed)',
      unknownAs: ['mã số vùng trồng'],
      reading: 'char-noise',
      pages: [
        page(
          ['SỞ NÔNG NGHIỆP VÀ PTNT ĐIỆN BIÊN', 'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT'],
          '09/GCN-TTBVTV',
          pd('Điện Biên', date),
          [
            'GIẤY CHỨNG NHẬN MÃ SỐ VÙNG TRỒNG',
            'Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Điện Biên cấp mã số vùng trồng:',
            'Mã số: VN-ĐB-MA-0042   Cây trồng: Mắc ca',
            'Tổ chức đề nghị: Hợp tác xã Mắc ca Mường Ảng; địa điểm: xã Ẳng Tở, huyện Mường Ảng',
            'Diện tích: 28,6 ha',
            'Mã số vùng trồng được giám sát định kỳ theo quy định.',
            ...sign(['CHI CỤC TRƯỞNG'], 'Quàng Văn Pấng'),
          ],
          'char-noise',
        ),
      ],
      truth: result(
        null,
        'GIẤY CHỨNG NHẬN MÃ SỐ VÙNG TRỒNG',
        '09/GCN-TTBVTV',
        'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT',
        'province',
        date,
      ),
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Non-results: official papers and citizens' forms that name result types (number, issuer, level, date as
// printed; not scored).

function nonResults(): Spec[] {
  const out: Spec[] = [];
  const la = ['look-alike'];

  // A decision approving the list of households to receive land certificates, with its annex.
  {
    const date = '2023-11-14';
    out.push({
      id: 'n-qd-duyet-danh-sach-cap-gcn-dbd-h6',
      form: 'Quyết định phê duyệt danh sách (NĐ 30/2020 layout) with annex',
      tags: la,
      pages: [
        page(
          [UB, 'HUYỆN ĐIỆN BIÊN ĐÔNG'],
          '2145/QĐ-UBND',
          pd('Điện Biên Đông', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc phê duyệt danh sách hộ gia đình, cá nhân đủ điều kiện cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (đợt 3 năm 2023)',
            'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN ĐÔNG',
            'Xét đề nghị của Phòng Tài nguyên và Môi trường tại Tờ trình số 402/TTr-TNMT ngày 08/11/2023,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Phê duyệt danh sách 46 hộ gia đình, cá nhân tại xã Keo Lôm, xã Na Son đủ điều kiện cấp Giấy chứng nhận (chi tiết tại Phụ lục kèm theo).',
            'Điều 2. Giao Chi nhánh Văn phòng đăng ký đất đai huyện in Giấy chứng nhận, trình ký theo quy định.',
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lò Văn Khánh'),
          ],
          'plain',
        ),
        [
          'PHỤ LỤC: DANH SÁCH HỘ GIA ĐÌNH, CÁ NHÂN ĐỦ ĐIỀU KIỆN CẤP GIẤY CHỨNG NHẬN',
          `(Kèm theo Quyết định số 2145/QĐ-UBND ngày ${numericDate(date)})`,
          'STT   Họ và tên   Thửa   Tờ   Diện tích   Mục đích',
          '1   Sùng A Chứ   57   21   312,5   ONT+CLN',
          '2   Vàng A Dơ   58   21   280,0   ONT',
          '...',
          '46   Mùa Thị Pà   122   24   400,0   ONT+CLN',
        ],
      ],
      truth: notResult('QUYẾT ĐỊNH', '2145/QĐ-UBND', 'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN ĐÔNG', 'district', date),
    });
  }

  // Revoking an alcohol retail licence.
  {
    const date = '2022-03-29';
    out.push({
      id: 'n-qd-thu-hoi-gp-ruou-tuan-giao-h6',
      form: 'Quyết định thu hồi giấy phép (NĐ 30/2020 layout; NĐ 105/2017 Art. 41)',
      tags: la,
      pages: [
        page(
          [UB, 'HUYỆN TUẦN GIÁO'],
          '488/QĐ-UBND',
          pd('Tuần Giáo', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc thu hồi Giấy phép bán lẻ rượu',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO',
            'Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14/9/2017 của Chính phủ về kinh doanh rượu;',
            'Xét Biên bản kiểm tra ngày 15/03/2022 của Đội Quản lý thị trường số 3,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Thu hồi Giấy phép bán lẻ rượu số 11/GP-KTHT ngày 20/05/2019 cấp cho hộ kinh doanh Lường Văn Thiết, địa chỉ khối Đồng Tâm, thị trấn Tuần Giáo.',
            'Lý do: hộ kinh doanh đã ngừng hoạt động quá 12 tháng.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Quàng Văn Pấng'),
          ],
          'plain',
        ),
      ],
      truth: notResult('QUYẾT ĐỊNH', '488/QĐ-UBND', 'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO', 'district', date),
    });
  }

  // A fine on a business trading without a household-business certificate (commune after the reform).
  {
    const date = '2025-10-21';
    out.push({
      id: 'n-qd-xu-phat-khong-dang-ky-muong-toong-h6',
      form: 'Quyết định xử phạt vi phạm hành chính — Mẫu số 02 NĐ 118/2021/NĐ-CP',
      tags: la,
      pages: [
        page(
          [UB, 'XÃ MƯỜNG TOONG'],
          '12/QĐ-XPHC',
          pd('Mường Toong', date),
          [
            'QUYẾT ĐỊNH',
            'Xử phạt vi phạm hành chính',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MƯỜNG TOONG',
            'Căn cứ Biên bản vi phạm hành chính số 09/BB-VPHC lập ngày 14/10/2025,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Xử phạt vi phạm hành chính đối với bà Vàng Thị Dợ, sinh năm 1990, cư trú tại bản Huổi Lếch, xã Mường Toong',
            'Hành vi vi phạm: kinh doanh dưới hình thức hộ kinh doanh mà không đăng ký, không có Giấy chứng nhận đăng ký hộ kinh doanh theo quy định.',
            'Hình thức xử phạt chính: phạt tiền 7.500.000 đồng.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
            ...sign(['CHỦ TỊCH'], 'Lò Văn Thiết'),
          ],
          'plain',
        ),
      ],
      truth: notResult('QUYẾT ĐỊNH', '12/QĐ-XPHC', 'ỦY BAN NHÂN DÂN XÃ MƯỜNG TOONG', 'commune', date),
    });
  }

  // A plan to issue first land certificates in 2026, merged columns.
  {
    const date = '2026-01-08';
    out.push({
      id: 'n-ke-hoach-cap-gcn-chieng-sinh-h6',
      form: 'Kế hoạch (NĐ 30/2020 layout)',
      reading: 'merged-columns',
      tags: la,
      pages: [
        page(
          [UB, 'XÃ CHIỀNG SINH'],
          '05/KH-UBND',
          pd('Chiềng Sinh', date),
          [
            'KẾ HOẠCH',
            'Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu năm 2026',
            'I. MỤC ĐÍCH, YÊU CẦU: hoàn thành cấp Giấy chứng nhận cho 350 hồ sơ tồn đọng của các xã cũ Nà Sáy, Mường Thín, Mường Khong, Chiềng Sinh.',
            'II. NỘI DUNG: 1. Rà soát hồ sơ (tháng 01-02/2026); 2. Niêm yết công khai; 3. Trình ký Giấy chứng nhận (quý II-III/2026).',
            'III. TỔ CHỨC THỰC HIỆN: Phòng Kinh tế chủ trì; Trung tâm Phục vụ hành chính công xã phối hợp.',
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Lò Thị Mỷ'),
          ],
          'merged-columns',
        ),
      ],
      truth: notResult('KẾ HOẠCH', '05/KH-UBND', 'ỦY BAN NHÂN DÂN XÃ CHIỀNG SINH', 'commune', date),
    });
  }

  // A notice posting a land-certificate dossier for public comment.
  {
    const date = '2025-11-03';
    out.push({
      id: 'n-thong-bao-niem-yet-quang-lam-h6',
      form: 'Thông báo (NĐ 30/2020 layout) — niêm yết công khai',
      tags: la,
      pages: [
        page(
          [UB, 'XÃ QUẢNG LÂM'],
          '31/TB-UBND',
          pd('Quảng Lâm', date),
          [
            'THÔNG BÁO',
            'Về việc niêm yết công khai kết quả kiểm tra hồ sơ đăng ký, cấp Giấy chứng nhận quyền sử dụng đất',
            'Ủy ban nhân dân xã Quảng Lâm thông báo: niêm yết công khai danh sách 12 trường hợp đủ điều kiện và 03 trường hợp không đủ điều kiện cấp Giấy chứng nhận tại trụ sở UBND xã và nhà văn hóa các bản trong thời gian 15 ngày, từ ngày 04/11/2025 đến ngày 18/11/2025.',
            'Mọi ý kiến phản ánh gửi về UBND xã trong thời gian niêm yết.',
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Giàng A Sử'),
          ],
          'plain',
        ),
      ],
      truth: notResult('THÔNG BÁO', '31/TB-UBND', 'ỦY BAN NHÂN DÂN XÃ QUẢNG LÂM', 'commune', date),
    });
  }

  // A one-stop receipt with appointment (mẫu 01 TT 01/2018), dossier code and return date written by hand.
  {
    const date = '2025-12-15';
    out.push({
      id: 'n-giay-tiep-nhan-hen-tra-tt-phvc-h6',
      form: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả — Mẫu số 01 TT 01/2018/TT-VPCP, filled by hand',
      tags: [...la, 'handwritten'],
      pages: [
        [
          'UBND TỈNH ĐIỆN BIÊN',
          'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
          MOTTO,
          MOTTO2,
          `Mã hồ sơ: ${hand('H17.10-251215-0093')}`,
          `Điện Biên, ${handDate(date)}`,
          'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
          'Trung tâm Phục vụ hành chính công tỉnh Điện Biên tiếp nhận hồ sơ của:',
          `Ông/bà: ${hand('Lường Văn Khánh')}   Số điện thoại: ${hand('0914 227 301')}`,
          `Nội dung yêu cầu giải quyết: ${hand('Cấp Giấy phép hành nghề khám bệnh, chữa bệnh')}`,
          'Thành phần hồ sơ: 1. Đơn đề nghị; 2. Bản sao văn bằng; 3. Giấy xác nhận thực hành',
          `Thời gian giải quyết hồ sơ theo quy định: 20 ngày làm việc. Thời gian nhận hồ sơ: 09 giờ 15 phút, ${handDate(date)}`,
          `Thời gian trả kết quả: ${hand('13/01/2026')}`,
          'NGƯỜI NỘP HỒ SƠ              NGƯỜI TIẾP NHẬN HỒ SƠ',
          'Lường Văn Khánh               Nguyễn Thị Hằng',
        ],
      ],
      truth: notResult(
        'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        'H17.10-251215-0093',
        'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
        'province',
        date,
      ),
    });
  }

  // A fee receipt for a household-business registration.
  {
    const date = '2024-02-20';
    out.push({
      id: 'n-bien-lai-le-phi-hkd-h6',
      form: 'Biên lai thu phí, lệ phí (điện tử) — TT 32/2025/TT-BTC layout (NĐ 123/2020)',
      tags: la,
      pages: [
        [
          'UBND HUYỆN MƯỜNG NHÉ',
          'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
          'BIÊN LAI THU PHÍ, LỆ PHÍ',
          'Mẫu số: 01BLP0-001   Ký hiệu: 1C24TMN   Số: 0000417',
          'Tên người nộp: Pờ Thị Xuân',
          'Địa chỉ: bản Mường Nhé, xã Mường Nhé, huyện Mường Nhé',
          'Nội dung thu: Lệ phí cấp Giấy chứng nhận đăng ký hộ kinh doanh',
          'Số tiền: 100.000 đồng (Viết bằng chữ: Một trăm nghìn đồng chẵn)',
          'Hình thức thanh toán: Tiền mặt',
          `Ngày ${numericDate(date)}`,
          'NGƯỜI THU TIỀN: Phạm Quang Huy',
        ],
      ],
      truth: notResult('BIÊN LAI THU PHÍ, LỆ PHÍ', '0000417', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'district', date),
    });
  }

  // A birth registration declaration filled by hand (a citizen's form).
  {
    const date = '2026-04-02';
    out.push({
      id: 'n-to-khai-khai-sinh-nam-ke-h6',
      form: 'Tờ khai đăng ký khai sinh — TT 04/2020/TT-BTP, filled by hand',
      tags: [...la, 'handwritten'],
      pages: [
        [
          ...motto('plain'),
          'TỜ KHAI ĐĂNG KÝ KHAI SINH',
          'Kính gửi: Ủy ban nhân dân xã Nậm Kè, tỉnh Điện Biên',
          `Họ, chữ đệm, tên người yêu cầu: ${hand('Sùng A Lềnh')}`,
          `Nơi cư trú: ${hand('bản Pá Mỳ, xã Nậm Kè')}`,
          `Giấy tờ tùy thân: ${hand('CCCD 011095003327')}`,
          `Quan hệ với người được khai sinh: ${hand('cha')}`,
          'Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:',
          `Họ, chữ đệm, tên: ${hand('Sùng Thị Mai')}   Ngày, tháng, năm sinh: ${hand('20/3/2026')}`,
          `Giới tính: ${hand('Nữ')}   Dân tộc: ${hand('Mông')}   Nơi sinh: ${hand('Trạm Y tế xã Nậm Kè')}`,
          'Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật.',
          `Làm tại: ${hand('Nậm Kè')}, ${handDate(date)}`,
          'Người yêu cầu (ký, ghi rõ họ tên)',
          'Sùng A Lềnh',
        ],
      ],
      truth: notResult('TỜ KHAI ĐĂNG KÝ KHAI SINH', null, null, null, date),
    });
  }

  // An application for a building permit (citizen's form).
  {
    const date = '2022-03-10';
    out.push({
      id: 'n-don-de-nghi-gpxd-noong-bua-h6',
      form: 'Đơn đề nghị cấp giấy phép xây dựng — Mẫu số 01 Phụ lục II NĐ 15/2021/NĐ-CP',
      tags: la,
      pages: [
        [
          ...motto('plain'),
          'ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG',
          '(Sử dụng cho nhà ở riêng lẻ)',
          'Kính gửi: Ủy ban nhân dân thành phố Điện Biên Phủ',
          '1. Thông tin về chủ đầu tư: Lê Văn Khánh; địa chỉ: tổ dân phố 5, phường Noong Bua; số điện thoại: 0983 144 870',
          '2. Thông tin công trình: thửa đất số 140, tờ bản đồ số 11, phường Noong Bua',
          '3. Nội dung đề nghị cấp phép: nhà ở riêng lẻ 3 tầng, diện tích xây dựng tầng 1: 92 m²',
          '4. Dự kiến thời gian hoàn thành công trình: 08 tháng',
          'Tôi xin cam kết làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu trách nhiệm.',
          `Điện Biên Phủ, ${nd30Date(date)}`,
          'Người làm đơn',
          'Lê Văn Khánh',
        ],
      ],
      truth: notResult('ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG', null, null, null, date),
    });
  }

  // A district's quarterly report on administrative procedures, read without marks.
  {
    const date = '2024-09-25';
    out.push({
      id: 'n-bao-cao-tthc-muong-ang-h6',
      form: 'Báo cáo (NĐ 30/2020 layout)',
      reading: 'no-marks',
      tags: la,
      pages: [
        page(
          [UB, 'HUYỆN MƯỜNG ẢNG'],
          '318/BC-UBND',
          pd('Mường Ảng', date),
          [
            'BÁO CÁO',
            'Tình hình, kết quả giải quyết thủ tục hành chính quý III năm 2024',
            '1. Tổng số hồ sơ tiếp nhận: 1.284; đã giải quyết đúng hạn: 1.247 (97,1 %).',
            '2. Theo lĩnh vực: hộ tịch 612 (cấp 214 Giấy khai sinh, 96 Giấy chứng nhận kết hôn, 188 Giấy xác nhận tình trạng hôn nhân); đất đai 301 (cấp 142 Giấy chứng nhận quyền sử dụng đất); đăng ký hộ kinh doanh 88; chứng thực 283.',
            '3. Khó khăn, vướng mắc và đề xuất.',
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn Hoan'),
          ],
          'no-marks',
        ),
      ],
      truth: notResult('BÁO CÁO', '318/BC-UBND', 'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG', 'district', date),
    });
  }

  // A company's letter asking for a food-safety certificate to be re-issued.
  {
    const date = '2023-01-30';
    out.push({
      id: 'n-cong-van-de-nghi-cap-lai-attp-h6',
      form: 'Công văn V/v (NĐ 30/2020 layout) of an enterprise',
      tags: la,
      pages: [
        page(
          ['CÔNG TY TNHH CHẾ BIẾN GẠO ĐIỆN BIÊN'],
          '08/CV-CBG',
          pd('Điện Biên', date),
          [
            'V/v đề nghị cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
            'Kính gửi: Sở Công Thương tỉnh Điện Biên',
            'Công ty TNHH Chế biến gạo Điện Biên (mã số doanh nghiệp 5600284031) được Sở cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm số 11/2020/GCNATTP-SCT ngày 03/03/2020, có hiệu lực đến ngày 03/03/2023.',
            'Công ty kính đề nghị Sở xem xét cấp lại Giấy chứng nhận nêu trên.',
            ...sign(['GIÁM ĐỐC'], 'Trần Đình Long'),
          ],
          'plain',
        ),
      ],
      truth: notResult(null, '08/CV-CBG', 'CÔNG TY TNHH CHẾ BIẾN GẠO ĐIỆN BIÊN', null, date),
    });
  }

  // The Sở's letter on exchanging certificates after the reorganisation, right column last.
  {
    const date = '2025-07-24';
    out.push({
      id: 'n-cong-van-cap-doi-gcn-so-nnmt-h6',
      form: 'Công văn V/v (NĐ 30/2020 layout)',
      reading: 'right-column-last',
      tags: la,
      pages: [
        page(
          ['UBND TỈNH ĐIỆN BIÊN', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
          '1877/SNNMT-QLĐĐ',
          pd('Điện Biên', date),
          [
            'V/v hướng dẫn cấp đổi, xác nhận thay đổi trên Giấy chứng nhận sau sắp xếp đơn vị hành chính',
            'Kính gửi: Ủy ban nhân dân các xã, phường',
            'Sau khi sắp xếp đơn vị hành chính, Giấy chứng nhận quyền sử dụng đất đã cấp ghi địa chỉ theo đơn vị hành chính cũ vẫn có giá trị pháp lý; không bắt buộc cấp đổi.',
            'Trường hợp người sử dụng đất có nhu cầu, Văn phòng Đăng ký đất đai tỉnh thực hiện xác nhận thay đổi trên Giấy chứng nhận đã cấp.',
            ...sign(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lường Văn Thiết'),
          ],
          'right-column-last',
        ),
      ],
      truth: notResult(null, '1877/SNNMT-QLĐĐ', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'province', date),
    });
  }
  out.push({
    id: 'n-du-thao-qd-giao-dat-h6',
    form: 'Dự thảo quyết định (NĐ 30/2020 layout), number and day left blank',
    tags: [...la, 'draft'],
    pages: [
      [
        'DỰ THẢO',
        UB,
        'XÃ MƯỜNG NHÉ',
        MOTTO,
        MOTTO2,
        'Số:      /QĐ-UBND',
        'Mường Nhé, ngày     tháng     năm 2026',
        'QUYẾT ĐỊNH',
        'Về việc giao đất cho hộ gia đình, cá nhân tại điểm tái định cư Nậm Vì',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MƯỜNG NHÉ',
        'QUYẾT ĐỊNH:',
        'Điều 1. Giao ... m² đất cho ... hộ gia đình (danh sách kèm theo) ...',
        'CHỦ TỊCH',
      ],
    ],
    truth: notResult('QUYẾT ĐỊNH', null, 'ỦY BAN NHÂN DÂN XÃ MƯỜNG NHÉ', 'commune', null),
  });

  // A request to complete a dossier (mẫu 02 TT 01/2018).
  {
    const date = '2025-08-05';
    out.push({
      id: 'n-phieu-bo-sung-ho-so-mam-nhe-h6',
      form: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — Mẫu số 02 TT 01/2018/TT-VPCP',
      tags: la,
      pages: [
        page(
          ['UBND XÃ SÍN THẦU', 'BỘ PHẬN MỘT CỬA'],
          null,
          pd('Sín Thầu', date),
          [
            'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
            'Hồ sơ của: bà Pờ Thị Xuân   Mã hồ sơ: H17.35-250801-0004',
            'Nội dung yêu cầu giải quyết: Đăng ký kết hôn',
            'Yêu cầu hoàn thiện hồ sơ gồm: Giấy xác nhận tình trạng hôn nhân của bên nam do UBND nơi cư trú cấp.',
            'NGƯỜI HƯỚNG DẪN',
            'Chu Văn Lù',
          ],
          'plain',
        ),
      ],
      truth: notResult('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', null, 'UBND XÃ SÍN THẦU', 'commune', date),
    });
  }

  // A registration-fee notice of a tax office on a land certificate (central body's branch: level null).
  {
    const date = '2024-12-12';
    out.push({
      id: 'n-thong-bao-le-phi-truoc-ba-h6',
      form: 'Thông báo nộp lệ phí trước bạ nhà, đất — Mẫu số 03/LPTB (TT 80/2021/TT-BTC)',
      reading: 'char-noise',
      tags: la,
      pages: [
        [
          'CỤC THUẾ TỈNH ĐIỆN BIÊN',
          'CHI CỤC THUẾ KHU VỰC TUẦN GIÁO - MƯỜNG ẢNG',
          MOTTO,
          MOTTO2,
          'Số: 4471/TB-CCTKV',
          `Mường Ảng, ${nd30Date(date)}`,
          'THÔNG BÁO NỘP LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT',
          'Căn cứ hồ sơ đăng ký, cấp Giấy chứng nhận quyền sử dụng đất của ông Quàng Văn Hoan, thửa số 301, tờ bản đồ số 09,',
          'Số tiền lệ phí trước bạ phải nộp: 420.000 đồng. Hạn nộp: chậm nhất 30 ngày kể từ ngày ký thông báo.',
          'CHI CỤC TRƯỞNG',
        ],
      ],
      truth: notResult(
        'THÔNG BÁO NỘP LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT',
        '4471/TB-CCTKV',
        'CHI CỤC THUẾ KHU VỰC TUẦN GIÁO - MƯỜNG ẢNG',
        null,
        date,
      ),
    });
  }

  // A refusal: the district will not issue a karaoke licence.
  {
    const date = '2021-06-02';
    out.push({
      id: 'n-thong-bao-tu-choi-karaoke-muong-lay-h6',
      form: 'Thông báo (NĐ 30/2020 layout) — refusal with reasons',
      tags: la,
      pages: [
        page(
          [UB, 'THỊ XÃ MƯỜNG LAY'],
          '64/TB-UBND',
          pd('Mường Lay', date),
          [
            'THÔNG BÁO',
            'Về việc không cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
            'Ủy ban nhân dân thị xã Mường Lay nhận được hồ sơ đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke của hộ kinh doanh Vì Văn Hoan ngày 17/05/2021.',
            'Qua kiểm tra, phòng hát không đáp ứng điều kiện về diện tích (dưới 20 m²). UBND thị xã thông báo không cấp giấy phép.',
            ...sign(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lò Văn Pấng'),
          ],
          'plain',
        ),
      ],
      truth: notResult('THÔNG BÁO', '64/TB-UBND', 'ỦY BAN NHÂN DÂN THỊ XÃ MƯỜNG LAY', 'district', date),
    });
  }

  // Inspection minutes of a food business, two pages.
  {
    const date = '2023-01-12';
    out.push({
      id: 'n-bien-ban-tham-dinh-attp-h6',
      form: 'Biên bản thẩm định cơ sở đủ điều kiện ATTP — Mẫu TT 43/2018/TT-BCT',
      tags: la,
      pages: [
        [
          'SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN',
          'ĐOÀN THẨM ĐỊNH',
          MOTTO,
          MOTTO2,
          'BIÊN BẢN THẨM ĐỊNH',
          'Cơ sở đủ điều kiện an toàn thực phẩm',
          `Hôm nay, ${nd30Date(date)}, Đoàn thẩm định (Quyết định số 14/QĐ-SCT ngày 09/01/2023) tiến hành thẩm định tại Công ty TNHH Chế biến gạo Điện Biên.`,
          'I. Thành phần Đoàn: Trần Văn Thiết, Trưởng đoàn; ...',
        ],
        [
          'II. Kết quả thẩm định: cơ sở vật chất, trang thiết bị: đạt; con người: đạt.',
          'III. Kết luận: Đạt. Đề nghị Sở Công Thương cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.',
          'ĐẠI DIỆN CƠ SỞ              TRƯỞNG ĐOÀN',
          'Trần Đình Long               Trần Văn Thiết',
        ],
      ],
      truth: notResult('BIÊN BẢN THẨM ĐỊNH', null, 'SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN', 'province', date),
    });
  }

  // An invitation to collect land certificates (Yên Bái).
  {
    const date = '2018-10-04';
    out.push({
      id: 'n-giay-moi-nhan-gcn-yen-bai-h6',
      form: 'Giấy mời (NĐ 30/2020 layout)',
      tags: [...la, 'other-province'],
      pages: [
        page(
          ['UBND HUYỆN VĂN CHẤN', 'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI'],
          '115/GM-CNVPĐK',
          pd('Văn Chấn', date),
          [
            'GIẤY MỜI',
            'Nhận Giấy chứng nhận quyền sử dụng đất',
            'Kính mời: ông (bà) Hà Văn Thiết, thôn Bản Muông, xã Sơn Lương',
            'Đến nhận Giấy chứng nhận quyền sử dụng đất (số vào sổ CH 04127) tại Bộ phận một cửa huyện, vào 08 giờ ngày 10/10/2018.',
            'Khi đến mang theo giấy tờ tùy thân và biên lai nộp nghĩa vụ tài chính.',
            ...sign(['GIÁM ĐỐC'], 'Đinh Văn Long'),
          ],
          'plain',
        ),
      ],
      truth: notResult('GIẤY MỜI', '115/GM-CNVPĐK', 'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', 'province', date),
    });
  }

  // A submission proposing to grant a practising certificate (Tờ trình), Thanh Hóa.
  {
    const date = '2019-08-19';
    out.push({
      id: 'n-to-trinh-cap-chung-chi-thanh-hoa-h6',
      form: 'Tờ trình (NĐ 30/2020 layout)',
      tags: [...la, 'other-province'],
      pages: [
        page(
          ['UBND THÀNH PHỐ THANH HÓA', 'PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG'],
          '207/TTr-TNMT',
          pd('Thanh Hóa', date),
          [
            'TỜ TRÌNH',
            'Đề nghị cấp Giấy chứng nhận quyền sử dụng đất cho 18 hộ gia đình tại phường Điện Biên',
            'Kính gửi: Ủy ban nhân dân thành phố Thanh Hóa',
            'Phòng Tài nguyên và Môi trường kính trình UBND thành phố xem xét, ký cấp 18 Giấy chứng nhận (danh sách kèm theo).',
            ...sign(['TRƯỞNG PHÒNG'], 'Lê Quang Huy'),
          ],
          'plain',
        ),
      ],
      truth: notResult('TỜ TRÌNH', '207/TTr-TNMT', 'PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'district', date),
    });
  }

  // A decision to cancel a wrongly issued marriage certificate (a decision about a result, not one).
  {
    const date = '2024-05-06';
    out.push({
      id: 'n-qd-huy-gcn-ket-hon-nghe-an-h6',
      form: 'Quyết định thu hồi, hủy bỏ giấy tờ hộ tịch (NĐ 30/2020 layout; Luật Hộ tịch Art. 69)',
      tags: [...la, 'other-province'],
      pages: [
        page(
          [UB, 'THÀNH PHỐ VINH'],
          '3120/QĐ-UBND',
          pd('Vinh', date),
          [
            'QUYẾT ĐỊNH',
            'Về việc thu hồi, hủy bỏ Giấy chứng nhận kết hôn cấp trái quy định',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ VINH',
            'Xét kết quả kiểm tra của Phòng Tư pháp,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Thu hồi, hủy bỏ Giấy chứng nhận kết hôn số 87, quyển số 01/2023, do UBND phường Hưng Bình cấp ngày 12/09/2023.',
            'Điều 2. UBND phường Hưng Bình ghi chú việc hủy bỏ vào Sổ đăng ký kết hôn.',
            ...sign(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Thị Hằng'),
          ],
          'plain',
        ),
      ],
      truth: notResult('QUYẾT ĐỊNH', '3120/QĐ-UBND', 'ỦY BAN NHÂN DÂN THÀNH PHỐ VINH', 'district', date),
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------------------

/** The sixth held-out corpus, in a fixed order (deterministic: no clock, seeded noise). */
export function heldout6Corpus(): CorpusDoc[] {
  return [
    ...civilStatus(),
    ...certifications(),
    ...registrations(),
    ...land(),
    ...licences(),
    ...diplomasAndDecisions(),
    ...unknownTypes(),
    ...nonResults(),
  ].map((s, i) => doc(s, 600 + i));
}

const CATEGORIES6: Record<string, string> = {
  ho: 'civil status',
  ct: 'certifications',
  dk: 'registration',
  dat: 'land',
  gp: 'licences and certificates',
  vb: 'diplomas',
  qd: 'decisions that are results',
  x: 'results of unknown type',
  n: 'non-results',
};

/** A document's category from its id prefix (the id itself when it has none). */
export const category6 = categoryOf(CATEGORIES6);

/** Results of types the catalogue lacked when written take a later type's id (heldout.ts). */
export const resolveHeldout6Types = resolveHeldoutTypes;
