/**
 * The fifth held-out corpus: ~70 documents written blind (2026-12-03, helper session `h11w`), without opening the
 * classifier, DOMAIN.md or any other corpus's texts. Unlike the earlier sets it holds papers of other provinces
 * (Lai Châu, Sơn La, Hà Giang before / Tuyên Quang after the 2025 merger, Hà Nội, Cần Thơ after absorbing Sóc
 * Trăng and Hậu Giang), before and after the two-tier reform of 01/7/2025; more pages as Amazon Textract returns
 * them (LINE blocks of a two-column header in reading order, key–value forms read label then value, tables read
 * cell by cell) and as a phone app's screen capture (status bar, app buttons around the page); official
 * non-results that look like results; results printing several dates (a change registration, an extension, a
 * re-issue, a certified copy of an older paper); and ~10 % results of types the catalogue lacks. Names, IDs,
 * numbers are invented. Labels follow bench/corpus/README.md ("Label conventions" and the later sets' decisions).
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
} from './kit.ts';

/** Tags of this corpus. The first five are defects of the reading (how the text reached the classifier). */
export const DEFECT_TAGS5 = ['textract-lines', 'textract-kv', 'textract-table', 'phone-screen', 'ocr-noise'];
export const TAGS5 = [...DEFECT_TAGS5, 'several-dates', 'look-alike', 'post-reform', 'multi-page'];

type Mode = 'plain' | 'textract';

/**
 * An ND 30 header. `plain`: the issuer block, then the motto, then `Số:` and the place–date line (a
 * layout-aware reading, column by column). `textract`: LINE blocks sorted top to bottom, left before right at
 * the same height — issuer line 1, motto line 1, issuer line 2, motto line 2, …, then `Số:` and the date.
 */
function head(issuer: string[], num: string | null, placeDate: string, mode: Mode = 'plain'): string[] {
  const numberLine = num === null ? [] : [`Số: ${num}`];
  if (mode === 'plain') return [...issuer, MOTTO, MOTTO2, ...numberLine, placeDate];
  const right = [MOTTO, MOTTO2];
  const out: string[] = [];
  for (let i = 0; i < Math.max(issuer.length, right.length); i++) {
    if (issuer[i]) out.push(issuer[i]!);
    if (right[i]) out.push(right[i]!);
  }
  return [...out, ...numberLine, placeDate];
}

/** Labelled fields: `Label: value` on one line, or (Textract key–value order) the label, then the value below. */
function kv(pairs: [string, string][], mode: Mode = 'plain'): string[] {
  return pairs.flatMap(([l, v]) => (mode === 'plain' ? [`${l}: ${v}`] : [`${l}:`, v]));
}

/** A table: a row per line with its cells spaced out, or (Textract) each cell its own line, row by row. */
function table(rows: string[][], mode: Mode = 'plain'): string[] {
  return mode === 'plain' ? rows.map((r) => r.join('   ')) : rows.flat();
}

type App = 'zalo' | 'dvc' | 'vneid' | 'files';

/** A phone's screen capture of a page: status bar and the app's bars around it. */
function phone(page: string[], app: App, clock: string, battery: number): string[] {
  const status = `${clock}  .ıll 4G  ${battery}%`;
  const top: Record<App, string[]> = {
    zalo: [status, '‹   Ảnh   ⋮'],
    dvc: [status, '‹  Quay lại      Kết quả giải quyết      ⤓'],
    vneid: [status, '←  Ví giấy tờ', 'Thông tin giấy tờ'],
    files: [status, '‹  Tài liệu   ketqua.pdf   ⋯'],
  };
  const bottom: Record<App, string[]> = {
    zalo: ['Chia sẻ     Lưu về máy     Xem trong tin nhắn'],
    dvc: ['Tải xuống      Chia sẻ      In', 'Trang 1/1'],
    vneid: ['Chia sẻ giấy tờ      Xuất mã QR'],
    files: ['1 / 1', 'Mở bằng      Chia sẻ      Xóa'],
  };
  return [...top[app], ...page, ...bottom[app]];
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * This corpus's own OCR noise on a phone photo: per word (words holding a digit kept), tone marks dropped
 * (hats, breves and horns kept) at `rate`, `Đ` read `D` at half that rate; per line, a line run into the
 * previous one at a tenth of it. Deterministic for a seed.
 */
export function phoneNoise(text: string, seed: number, rate = 0.3): string {
  const r = rng(seed);
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const words = line.split(' ').map((w) => {
      if (/\d/.test(w) || w === '') return w;
      let out = w;
      if (r() < rate) out = out.normalize('NFD').replace(TONES, '').normalize('NFC');
      if (r() < rate / 2) out = out.replace(/Đ/g, 'D').replace(/đ/g, 'd');
      return out;
    });
    const joined = words.join(' ');
    if (lines.length > 0 && r() < rate / 10) lines[lines.length - 1] += ` ${joined}`;
    else lines.push(joined);
  }
  return lines.join('\n');
}

interface Spec {
  id: string;
  form: string;
  pages: string[][];
  truth: CorpusTruth;
  tags?: string[];
  unknownAs?: string[];
}

function doc(s: Spec): CorpusDoc {
  const tags = [...(s.tags ?? [])];
  if (s.truth.issueDate !== null && s.truth.issueDate >= '2025-07-01') tags.push('post-reform');
  if (s.pages.length > 1) tags.push('multi-page');
  return {
    id: s.id,
    form: s.form,
    pages: s.pages.map((p) => p.join('\n')),
    truth: s.truth,
    tags,
    ...(s.unknownAs ? { unknownAs: s.unknownAs } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Civil status (TT 04/2020/TT-BTP as amended by TT 03/2023/TT-BTP; after 01/7/2025 the commune registers all).

function civilStatus(): CorpusDoc[] {
  const out: CorpusDoc[] = [];

  // A birth certificate of a post-reform Lai Châu commune, as Textract reads it: header LINE order, then each
  // label with its value on the next line.
  {
    const reg: Iso = '2026-03-17';
    out.push(
      doc({
        id: 'ho-khai-sinh-phong-tho-textract',
        form: 'TT 04/2020/TT-BTP mẫu Giấy khai sinh (bản chính), amended by TT 03/2023',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'XÃ PHONG THỔ', 'TỈNH LAI CHÂU'], null, '', 'textract').filter(Boolean),
            'GIẤY KHAI SINH',
            'Số:',
            '58',
            'Quyển số:',
            '01/2026',
            ...kv(
              [
                ['Họ, chữ đệm, tên', 'TẨN THỊ MẨY'],
                ['Ngày, tháng, năm sinh', '28/02/2026'],
                ['ghi bằng chữ', 'Ngày hai mươi tám, tháng hai, năm hai nghìn không trăm hai mươi sáu'],
                ['Giới tính', 'Nữ'],
                ['Dân tộc', 'Dao'],
                ['Quốc tịch', 'Việt Nam'],
                ['Nơi sinh', 'Trạm Y tế xã Phong Thổ, tỉnh Lai Châu'],
                ['Quê quán', 'xã Phong Thổ, tỉnh Lai Châu'],
                ['Số định danh cá nhân', '012326004518'],
                ['Họ, chữ đệm, tên người mẹ', 'LÝ THỊ XÍ'],
                ['Năm sinh', '2001'],
                ['Dân tộc', 'Dao'],
                ['Nơi cư trú', 'Bản Nà Củng, xã Phong Thổ, tỉnh Lai Châu'],
                ['Họ, chữ đệm, tên người cha', 'TẨN VĂN CHÀO'],
                ['Năm sinh', '1998'],
                ['Dân tộc', 'Dao'],
                ['Nơi cư trú', 'Bản Nà Củng, xã Phong Thổ, tỉnh Lai Châu'],
                ['Họ, chữ đệm, tên người đi khai sinh', 'TẨN VĂN CHÀO'],
                ['Giấy tờ tùy thân', 'Căn cước số 012098003347 cấp ngày 14/8/2024'],
                ['Nơi đăng ký khai sinh', 'Ủy ban nhân dân xã Phong Thổ, tỉnh Lai Châu'],
                ['Ngày, tháng, năm đăng ký', numericDate(reg)],
              ],
              'textract',
            ),
            'NGƯỜI THỰC HIỆN',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Lò Thị Phương',
            'Vàng A Sáng',
          ],
        ],
        truth: result('khai-sinh', 'GIẤY KHAI SINH', '58', 'ỦY BAN NHÂN DÂN XÃ PHONG THỔ', 'commune', reg),
        tags: ['textract-lines', 'textract-kv'],
      }),
    );
  }

  // A copy extract (bản sao) made in 2025 by a Hà Nội ward of a 1998 registration of the old ward: several dates.
  {
    const copy: Iso = '2025-09-23';
    out.push(
      doc({
        id: 'ho-trich-luc-ks-hoan-kiem-1998',
        form: 'TT 04/2020/TT-BTP mẫu Trích lục khai sinh (bản sao), issued from the register of an abolished ward',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀN KIẾM', 'THÀNH PHỐ HÀ NỘI'], '412/TLKS-BS', pd('Hoàn Kiếm', copy)),
            'TRÍCH LỤC KHAI SINH',
            '(BẢN SAO)',
            'Họ, chữ đệm, tên: ĐỖ MINH TUẤN',
            'Ngày, tháng, năm sinh: 04/11/1998 ghi bằng chữ: Ngày bốn, tháng mười một, năm một nghìn chín trăm chín mươi tám',
            'Giới tính: Nam     Dân tộc: Kinh     Quốc tịch: Việt Nam',
            'Nơi sinh: Bệnh viện Phụ sản Hà Nội',
            'Số định danh cá nhân: 001098014472',
            'Họ, chữ đệm, tên người mẹ: NGUYỄN THỊ THU HÀ      Năm sinh: 1972',
            'Họ, chữ đệm, tên người cha: ĐỖ VĂN LỢI      Năm sinh: 1969',
            'Nơi đăng ký khai sinh: Ủy ban nhân dân phường Hàng Trống, quận Hoàn Kiếm, thành phố Hà Nội',
            'Ngày, tháng, năm đăng ký: 12/11/1998      Số: 233      Quyển số: 02/1998',
            'Sao từ Sổ đăng ký khai sinh',
            'NGƯỜI KÝ TRÍCH LỤC',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Trịnh Thu Hằng',
          ],
        ],
        truth: result(
          'trich-luc-khai-sinh',
          'TRÍCH LỤC KHAI SINH',
          '412/TLKS-BS',
          'ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM',
          'commune',
          copy,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A marriage certificate of a Sơn La commune before the reform, photographed and sent on Zalo.
  {
    const reg: Iso = '2023-05-19';
    const page = [
      ...head(['UBND XÃ CHIỀNG MUNG', 'HUYỆN MAI SƠN', 'TỈNH SƠN LA'], '27', pd('Chiềng Mung', reg)),
      'GIẤY CHỨNG NHẬN KẾT HÔN',
      'Quyển số: 01/2023',
      'Họ, chữ đệm, tên chồng: CẦM VĂN THẮNG     Họ, chữ đệm, tên vợ: LÒ THỊ NGÀ',
      'Ngày, tháng, năm sinh: 09/7/1996     Ngày, tháng, năm sinh: 15/3/1999',
      'Dân tộc: Thái     Quốc tịch: Việt Nam     Dân tộc: Thái     Quốc tịch: Việt Nam',
      'Nơi cư trú: Bản Mé, xã Chiềng Mung     Nơi cư trú: Bản Púng, xã Chiềng Mung',
      'Giấy tờ tùy thân: CCCD 014096001273     Giấy tờ tùy thân: CCCD 014199005521',
      'Nơi đăng ký kết hôn: Ủy ban nhân dân xã Chiềng Mung, huyện Mai Sơn, tỉnh Sơn La',
      `Ngày, tháng, năm đăng ký: ${looseDate(reg)}`,
      'Chồng     Vợ     CHỦ TỊCH',
      'Cầm Văn Thắng     Lò Thị Ngà     Lường Văn Pánh',
    ];
    out.push(
      doc({
        id: 'ho-ket-hon-chieng-mung-zalo',
        form: 'TT 04/2020/TT-BTP mẫu Giấy chứng nhận kết hôn (bản chính)',
        pages: [phone(page, 'zalo', '21:07', 34)],
        truth: result('ket-hon', 'GIẤY CHỨNG NHẬN KẾT HÔN', '27', 'UBND XÃ CHIỀNG MUNG', 'commune', reg),
        tags: ['phone-screen'],
      }),
    );
  }

  // A marital-status confirmation of a Cần Thơ ward after the reform: 6-month clause.
  {
    const issued: Iso = '2026-02-09';
    out.push(
      doc({
        id: 'ho-xntthn-ninh-kieu-2026',
        form: 'TT 04/2020/TT-BTP mẫu Giấy xác nhận tình trạng hôn nhân',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH KIỀU'], '118/XNTTHN', pd('Ninh Kiều', issued)),
            'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
            'ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU, THÀNH PHỐ CẦN THƠ',
            'Xét đề nghị của ông: HUỲNH TẤN PHÁT',
            'về việc cấp Giấy xác nhận tình trạng hôn nhân cho: ông Huỳnh Tấn Phát',
            'XÁC NHẬN:',
            'Họ, chữ đệm, tên: HUỲNH TẤN PHÁT',
            'Ngày, tháng, năm sinh: 30/6/1993     Giới tính: Nam     Dân tộc: Kinh',
            'Giấy tờ tùy thân: Căn cước số 092093008816 cấp ngày 02/5/2024',
            'Nơi cư trú: 41/7 đường Trần Hưng Đạo, phường Ninh Kiều, thành phố Cần Thơ',
            'Trong thời gian cư trú tại phường An Phú (cũ) từ ngày 15/3/2011 đến ngày 30/6/2025 và tại phường Ninh Kiều từ ngày 01/7/2025 đến nay',
            'Tình trạng hôn nhân: Hiện tại chưa đăng ký kết hôn với ai.',
            'Giấy này được cấp để: làm thủ tục đăng ký kết hôn.',
            'Giấy này có giá trị sử dụng trong thời hạn 06 tháng, kể từ ngày cấp.',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Trần Thị Mỹ Duyên',
          ],
        ],
        truth: result(
          'xac-nhan-tinh-trang-hon-nhan',
          'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
          '118/XNTTHN',
          'ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU',
          'commune',
          issued,
          addMonths(issued, 6),
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A death extract of a Tuyên Quang commune (formerly Hà Giang), Textract LINE order.
  {
    const reg: Iso = '2025-10-06';
    out.push(
      doc({
        id: 'ho-trich-luc-khai-tu-dong-van',
        form: 'TT 04/2020/TT-BTP mẫu Trích lục khai tử (bản chính)',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'XÃ ĐỒNG VĂN', 'TỈNH TUYÊN QUANG'], '73/TLKT', pd('Đồng Văn', reg), 'textract'),
            'TRÍCH LỤC KHAI TỬ',
            ...kv(
              [
                ['Họ, chữ đệm, tên', 'SÙNG MÍ CHỨ'],
                ['Ngày, tháng, năm sinh', '11/02/1941'],
                ['Giới tính', 'Nam'],
                ['Dân tộc', "H'Mông"],
                ['Số định danh cá nhân', '002041000912'],
                ['Đã chết vào lúc', '05 giờ 20 phút, ngày 02/10/2025'],
                ['Nơi chết', 'Thôn Lủng Thầu, xã Đồng Văn, tỉnh Tuyên Quang'],
                ['Nguyên nhân chết', 'Già yếu'],
                ['Họ, chữ đệm, tên người đi khai tử', 'SÙNG MÍ DÌNH'],
                ['Giấy tờ tùy thân', 'Căn cước số 002072001845'],
                ['Nơi đăng ký khai tử', 'Ủy ban nhân dân xã Đồng Văn, tỉnh Tuyên Quang'],
                ['Ngày, tháng, năm đăng ký', numericDate(reg)],
              ],
              'textract',
            ),
            'NGƯỜI KÝ TRÍCH LỤC',
            'CHỦ TỊCH',
            'Vừ Mí Sính',
          ],
        ],
        truth: result(
          'trich-luc-khai-tu',
          'TRÍCH LỤC KHAI TỬ',
          '73/TLKT',
          'ỦY BAN NHÂN DÂN XÃ ĐỒNG VĂN',
          'commune',
          reg,
        ),
        tags: ['textract-lines', 'textract-kv'],
      }),
    );
  }

  // A marriage extract copy by a Hà Nội ward before the reform.
  {
    const copy: Iso = '2024-08-14';
    out.push(
      doc({
        id: 'ho-trich-luc-ket-hon-dich-vong',
        form: 'TT 04/2020/TT-BTP mẫu Trích lục kết hôn (bản sao)',
        pages: [
          [
            ...head(['UBND QUẬN CẦU GIẤY', 'UBND PHƯỜNG DỊCH VỌNG'], '96/TLKH-BS', pd('Cầu Giấy', copy)),
            'TRÍCH LỤC KẾT HÔN',
            '(Bản sao)',
            'Họ, chữ đệm, tên chồng: PHAN QUỐC BẢO     Ngày sinh: 21/01/1990',
            'Họ, chữ đệm, tên vợ: VŨ THỊ LAN ANH     Ngày sinh: 07/9/1992',
            'Đã đăng ký kết hôn tại: Ủy ban nhân dân phường Dịch Vọng, quận Cầu Giấy, thành phố Hà Nội',
            'Ngày, tháng, năm đăng ký: 30/4/2017     Số: 51     Quyển số: 01/2017',
            'NGƯỜI KÝ TRÍCH LỤC',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Nguyễn Hữu Thành',
          ],
        ],
        truth: result('trich-luc-ket-hon', 'TRÍCH LỤC KẾT HÔN', '96/TLKH-BS', 'UBND PHƯỜNG DỊCH VỌNG', 'commune', copy),
        tags: ['several-dates'],
      }),
    );
  }

  // An acknowledgement of a father with a foreign element, at a Lai Châu district before the reform.
  {
    const reg: Iso = '2022-11-28';
    out.push(
      doc({
        id: 'ho-nhan-cha-con-tam-duong',
        form: 'TT 04/2020/TT-BTP mẫu Trích lục đăng ký nhận cha, mẹ, con (yếu tố nước ngoài, UBND huyện)',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'HUYỆN TAM ĐƯỜNG'], '04/TLNCMC', pd('Tam Đường', reg)),
            'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
            'Họ, chữ đệm, tên người nhận: WANG JIANHUA     Quốc tịch: Trung Quốc',
            'Hộ chiếu số: EH4471209 cấp ngày 03/3/2019',
            'Họ, chữ đệm, tên người được nhận: LÒ GIA HUY     Ngày sinh: 16/4/2020',
            'Quan hệ: Cha – con',
            'Nơi đăng ký: Ủy ban nhân dân huyện Tam Đường, tỉnh Lai Châu',
            `Ngày, tháng, năm đăng ký: ${numericDate(reg)}`,
            'CHỦ TỊCH',
            'Tao Văn Hưng',
          ],
        ],
        truth: result(
          'trich-luc-nhan-cha-me-con',
          'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
          '04/TLNCMC',
          'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG',
          'district',
          reg,
        ),
      }),
    );
  }

  // A correction extract of a Hà Giang commune in 2024: the old and new values, the birth registration's date.
  {
    const reg: Iso = '2024-06-11';
    out.push(
      doc({
        id: 'ho-cai-chinh-du-gia-2024',
        form: 'TT 04/2020/TT-BTP mẫu Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch',
        pages: [
          phoneNoise(
            [
              ...head(['UBND XÃ DU GIÀ', 'HUYỆN YÊN MINH', 'TỈNH HÀ GIANG'], '09/TLCC', pd('Du Già', reg)),
              'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH',
              'Họ, chữ đệm, tên: GIÀNG THỊ DỂ     Ngày sinh: 08/8/2009',
              'Đã đăng ký khai sinh tại: UBND xã Du Già ngày 20/9/2009, số 41, quyển số 01/2009',
              'Nội dung cải chính: Năm sinh của mẹ từ "1985" thành "1987"',
              'Căn cứ: Căn cước số 002187004120 cấp ngày 10/01/2023 của người mẹ',
              `Ngày, tháng, năm đăng ký: ${numericDate(reg)}`,
              'CHỦ TỊCH',
              'Hoàng Văn Chiến',
            ].join('\n'),
            5101,
          ).split('\n'),
        ],
        truth: result(
          'trich-luc-thay-doi-ho-tich',
          'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH',
          '09/TLCC',
          'UBND XÃ DU GIÀ',
          'commune',
          reg,
        ),
        tags: ['ocr-noise', 'several-dates'],
      }),
    );
  }

  // A residence confirmation (CT07) from a Cần Thơ ward's police after the reform, via the VNeID app.
  {
    const issued: Iso = '2025-11-04';
    const page = [
      'BỘ CÔNG AN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CÔNG AN THÀNH PHỐ CẦN THƠ     Độc lập - Tự do - Hạnh phúc',
      'CÔNG AN PHƯỜNG CÁI RĂNG',
      `Số: 2291/XN     ${pd('Cái Răng', issued)}`,
      'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
      'Công an phường Cái Răng xác nhận ông/bà: TRƯƠNG VĂN KIỆT',
      'Ngày, tháng, năm sinh: 12/12/1985     Giới tính: Nam',
      'Số định danh cá nhân: 092085011740',
      'Nơi thường trú: 18 Lê Bình, phường Cái Răng, thành phố Cần Thơ',
      'Đăng ký thường trú từ ngày 22/02/2016',
      'Giấy xác nhận có giá trị 06 tháng kể từ ngày cấp.',
      'TRƯỞNG CÔNG AN PHƯỜNG',
      'Thượng tá Lâm Quốc Việt',
    ];
    out.push(
      doc({
        id: 'ho-cu-tru-cai-rang-vneid',
        form: 'TT 55/2021/TT-BCA mẫu CT07 Giấy xác nhận thông tin về cư trú (amended by TT 66/2023)',
        pages: [phone(page, 'vneid', '07:52', 81)],
        truth: result(
          'xac-nhan-cu-tru',
          'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
          '2291/XN',
          'CÔNG AN PHƯỜNG CÁI RĂNG',
          'commune',
          issued,
          addMonths(issued, 6),
        ),
        tags: ['phone-screen'],
      }),
    );
  }

  // A divorce-record extract at a Hà Nội district (foreign divorce recorded), 2021.
  {
    const reg: Iso = '2021-03-25';
    out.push(
      doc({
        id: 'ho-ghi-chu-ly-hon-long-bien',
        form: 'TT 04/2020/TT-BTP mẫu Trích lục ghi chú ly hôn',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'QUẬN LONG BIÊN'], '06/TLGCLH', pd('Long Biên', reg)),
            'TRÍCH LỤC GHI CHÚ LY HÔN',
            'Đã ghi vào sổ việc ly hôn đã được giải quyết ở nước ngoài',
            'Họ, chữ đệm, tên: LƯU THỊ HỒNG NHUNG     Ngày sinh: 02/10/1988',
            'Họ, chữ đệm, tên: KIM JONG SOO     Quốc tịch: Hàn Quốc',
            'Bản án/Quyết định số 2019드단10234 ngày 14/01/2020 của Tòa án gia đình Seoul',
            `Ngày, tháng, năm ghi chú: ${numericDate(reg)}`,
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Đinh Văn Tuấn',
          ],
        ],
        truth: result(
          'trich-luc-ghi-chu-ly-hon',
          'TRÍCH LỤC GHI CHÚ LY HÔN',
          '06/TLGCLH',
          'ỦY BAN NHÂN DÂN QUẬN LONG BIÊN',
          'district',
          reg,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // An adoption certificate of a Điện Biên commune after the reform.
  {
    const reg: Iso = '2026-06-30';
    out.push(
      doc({
        id: 'ho-con-nuoi-na-tau-2026',
        form: 'TT 04/2020/TT-BTP / Luật Nuôi con nuôi: Giấy chứng nhận nuôi con nuôi (trong nước, UBND xã)',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'XÃ NÀ TẤU'], '02/2026', pd('Nà Tấu', reg)),
            'GIẤY CHỨNG NHẬN NUÔI CON NUÔI',
            'Cha nuôi: QUÀNG VĂN LÂM     sinh năm 1979     Căn cước số 011079002334',
            'Mẹ nuôi: LƯỜNG THỊ SƯƠNG     sinh năm 1982',
            'Con nuôi: LÒ THỊ NHƯ Ý     sinh ngày 03/01/2021',
            'Nơi đăng ký: Ủy ban nhân dân xã Nà Tấu, tỉnh Điện Biên',
            `Ngày, tháng, năm đăng ký: ${numericDate(reg)}`,
            'CHỦ TỊCH',
            'Lò Văn Thiêm',
          ],
        ],
        truth: result(
          'nuoi-con-nuoi',
          'GIẤY CHỨNG NHẬN NUÔI CON NUÔI',
          '02/2026',
          'ỦY BAN NHÂN DÂN XÃ NÀ TẤU',
          'commune',
          reg,
        ),
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Certifications (NĐ 23/2015/NĐ-CP, TT 01/2020/TT-BTP; NĐ 280/2025 after the reform).

function certifications(): CorpusDoc[] {
  const out: CorpusDoc[] = [];

  // A certified copy (2025, post-reform Cần Thơ ward) of a 1995 birth certificate: the copied page, then the
  // certification stamp's page.
  {
    const cert: Iso = '2025-12-15';
    out.push(
      doc({
        id: 'ct-ban-sao-khai-sinh-1995-tan-an',
        form: 'NĐ 23/2015/NĐ-CP Điều 20, TT 01/2020/TT-BTP mẫu lời chứng chứng thực bản sao từ bản chính',
        pages: [
          [
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'Độc lập - Tự do - Hạnh phúc',
            'GIẤY KHAI SINH',
            'Số: 187     Quyển số: 01/95',
            'Họ và tên: NGUYỄN THỊ KIM LOAN     Nam, Nữ: Nữ',
            'Ngày, tháng, năm sinh: 17/5/1995',
            'Nơi sinh: Bệnh viện Đa khoa tỉnh Cần Thơ',
            'Họ và tên cha: Nguyễn Văn Sáu     Họ và tên mẹ: Lê Thị Bé Tư',
            'Đăng ký ngày 26 tháng 5 năm 1995',
            'UBND phường Tân An, thành phố Cần Thơ',
            'T/M UBND PHƯỜNG',
            'Phạm Văn Út',
          ],
          [
            'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
            'Số chứng thực: 3318     Quyển số: 05/2025-SCT/BS',
            `${pd('Tân An', cert)}`,
            'ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN, THÀNH PHỐ CẦN THƠ',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Hồ Thanh Nhàn',
          ],
        ],
        truth: result(
          'chung-thuc-ban-sao',
          'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
          '3318',
          'ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN',
          'commune',
          cert,
        ),
        tags: ['several-dates', 'look-alike'],
      }),
    );
  }

  // A certified copy of a driving licence card (its own expiry is not the certification's), Textract LINE order.
  {
    const cert: Iso = '2023-10-02';
    out.push(
      doc({
        id: 'ct-ban-sao-gplx-thanh-xuan',
        form: 'TT 01/2020/TT-BTP mẫu lời chứng chứng thực bản sao từ bản chính, over a TT 12/2017 PET driving licence',
        pages: [
          [
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'Socialist Republic of Vietnam',
            'GIẤY PHÉP LÁI XE',
            'Driver’s License',
            'Số/No:',
            '010198044721',
            'Họ tên/Full name:',
            'BÙI ĐỨC MẠNH',
            'Ngày sinh/Date of Birth:',
            '22/06/1989',
            'Hạng/Class:',
            'B2',
            'Có giá trị đến/Expires:',
            '18/04/2029',
            'Hà Nội, ngày/date 18 tháng/month 04 năm/year 2019',
            'GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI',
            'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
            'Số chứng thực:',
            '5120',
            'Quyển số:',
            '03/2023-SCT/BS',
            pd('Thanh Xuân Trung', cert),
            'ỦY BAN NHÂN DÂN PHƯỜNG THANH XUÂN TRUNG',
            'PHÓ CHỦ TỊCH',
            'Lê Văn Định',
          ],
        ],
        truth: result(
          'chung-thuc-ban-sao',
          'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
          '5120',
          'ỦY BAN NHÂN DÂN PHƯỜNG THANH XUÂN TRUNG',
          'commune',
          cert,
        ),
        tags: ['textract-lines', 'textract-kv', 'several-dates', 'look-alike'],
      }),
    );
  }

  // A signature certification on a power of attorney by a post-reform Sơn La commune, seen in a file app.
  {
    const cert: Iso = '2026-01-20';
    const page = [
      'GIẤY ỦY QUYỀN',
      'Tôi: QUÀNG VĂN ÍCH, sinh năm 1970, Căn cước số 014070003216',
      'Ủy quyền cho: QUÀNG THỊ HIÊN, sinh năm 1996',
      'Nội dung: thay mặt tôi nhận Giấy chứng nhận quyền sử dụng đất tại Bộ phận Một cửa xã Mường La.',
      'Thời hạn ủy quyền: từ ngày 20/01/2026 đến ngày 20/7/2026.',
      'Người ủy quyền',
      'Quàng Văn Ích',
      'LỜI CHỨNG CHỨNG THỰC CHỮ KÝ',
      `Ngày 20/01/2026 (Ngày hai mươi tháng một năm hai nghìn không trăm hai mươi sáu)`,
      'Tại Ủy ban nhân dân xã Mường La, tỉnh Sơn La',
      'Tôi Lò Văn Hải, Phó Chủ tịch Ủy ban nhân dân xã Mường La',
      'Chứng thực: Ông Quàng Văn Ích đã ký vào giấy ủy quyền này trước mặt tôi.',
      'Số chứng thực: 62     Quyển số: 01/2026-SCT/CK,ĐC',
      'PHÓ CHỦ TỊCH',
      'Lò Văn Hải',
    ];
    out.push(
      doc({
        id: 'ct-chu-ky-muong-la-uy-quyen',
        form: 'TT 01/2020/TT-BTP mẫu lời chứng chứng thực chữ ký của một người trên giấy tờ, văn bản',
        pages: [phone(page, 'files', '15:30', 12)],
        truth: result(
          'chung-thuc-chu-ky',
          'LỜI CHỨNG CHỨNG THỰC CHỮ KÝ',
          '62',
          'ỦY BAN NHÂN DÂN XÃ MƯỜNG LA',
          'commune',
          cert,
        ),
        tags: ['phone-screen', 'several-dates'],
      }),
    );
  }

  // A gift contract of land certified by a Lai Châu commune before the reform: two pages.
  {
    const cert: Iso = '2022-04-07';
    out.push(
      doc({
        id: 'ct-hop-dong-tang-cho-ban-lang',
        form: 'TT 01/2020/TT-BTP mẫu lời chứng chứng thực hợp đồng, giao dịch (hợp đồng tặng cho quyền sử dụng đất)',
        pages: [
          [
            MOTTO,
            MOTTO2,
            'HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT',
            'Hôm nay, ngày 07 tháng 4 năm 2022, tại Ủy ban nhân dân xã Bản Lang, huyện Phong Thổ, tỉnh Lai Châu',
            'BÊN TẶNG CHO: ông CHANG A DÌN, sinh năm 1958, CCCD số 012058000419',
            'BÊN ĐƯỢC TẶNG CHO: anh CHANG A TỦA, sinh năm 1986',
            'Thửa đất số 112, tờ bản đồ số 09, diện tích 420 m²',
            'Giấy chứng nhận số vào sổ CH 00734 do UBND huyện Phong Thổ cấp ngày 15/9/2015',
          ],
          [
            'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
            'Ngày 07/4/2022, tại Ủy ban nhân dân xã Bản Lang, huyện Phong Thổ, tỉnh Lai Châu',
            'Tôi, Sần Văn Pao, Chủ tịch Ủy ban nhân dân xã Bản Lang',
            'Chứng thực: Hợp đồng tặng cho quyền sử dụng đất được giao kết giữa ông Chang A Dìn và anh Chang A Tủa.',
            'Số chứng thực: 19     Quyển số: 01/2022-SCT/HĐGD',
            'CHỦ TỊCH',
            'Sần Văn Pao',
          ],
        ],
        truth: result(
          'chung-thuc-chu-ky',
          'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
          '19',
          'ỦY BAN NHÂN DÂN XÃ BẢN LANG',
          'commune',
          cert,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A certified copy of a university degree at a district's Phòng Tư pháp (Lai Châu, 2020).
  {
    const cert: Iso = '2020-07-16';
    out.push(
      doc({
        id: 'ct-ban-sao-bang-dai-hoc-muong-te',
        form: 'NĐ 23/2015/NĐ-CP Điều 5 khoản 1 (Phòng Tư pháp chứng thực bản sao văn bằng), TT 01/2020 lời chứng',
        pages: [
          [
            'BẰNG CỬ NHÂN',
            'HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC TÂY BẮC',
            'cấp bằng cho: Pờ Thị Dà     Ngày sinh: 01/01/1997',
            'Ngành: Sư phạm Toán học     Xếp loại: Khá',
            'Sơn La, ngày 30 tháng 6 năm 2019',
            'Số hiệu: TB 0048812     Số vào sổ cấp bằng: 2019/CN-0231',
            'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
            'Số chứng thực: 744     Quyển số: 02/2020-SCT/BS',
            pd('Mường Tè', cert),
            'PHÒNG TƯ PHÁP HUYỆN MƯỜNG TÈ',
            'KT. TRƯỞNG PHÒNG',
            'PHÓ TRƯỞNG PHÒNG',
            'Lý Văn Chú',
          ],
        ],
        truth: result(
          'chung-thuc-ban-sao',
          'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
          '744',
          'PHÒNG TƯ PHÁP HUYỆN MƯỜNG TÈ',
          'district',
          cert,
        ),
        tags: ['several-dates', 'look-alike'],
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Registration (NĐ 78/2015, NĐ 01/2021, NĐ 168/2025; NĐ 92/2024 for cooperatives).

function registrations(): CorpusDoc[] {
  const out: CorpusDoc[] = [];

  // A household business's third change, registered 2019 at a Hà Giang district, changed in 2025 at the new
  // Tuyên Quang commune: Textract key–value order.
  {
    const change: Iso = '2025-08-26';
    out.push(
      doc({
        id: 'dk-hkd-quan-ba-thay-doi-3',
        form: 'NĐ 168/2025/NĐ-CP, TT 68/2025/TT-BTC mẫu Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi)',
        pages: [
          [
            ...head(['UBND XÃ QUẢN BẠ', 'PHÒNG KINH TẾ'], null, '', 'textract').filter(Boolean),
            'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
            ...kv(
              [
                ['Mã số hộ kinh doanh', '002086007713'],
                ['Đăng ký lần đầu', 'ngày 14 tháng 5 năm 2019'],
                ['Đăng ký thay đổi lần thứ', '3, ngày 26 tháng 8 năm 2025'],
                ['1. Tên hộ kinh doanh', 'HỘ KINH DOANH NHÀ NGHỈ CỔNG TRỜI'],
                ['2. Địa chỉ trụ sở', 'Thôn Nặm Đăm, xã Quản Bạ, tỉnh Tuyên Quang'],
                ['3. Ngành, nghề kinh doanh', 'Dịch vụ lưu trú ngắn ngày; nhà hàng'],
                ['4. Vốn kinh doanh', '850.000.000 đồng'],
                ['5. Chủ hộ kinh doanh', 'VÀNG THỊ MAI'],
                ['Ngày sinh', '03/10/1986'],
                ['Số định danh cá nhân', '002086007713'],
              ],
              'textract',
            ),
            'TRƯỞNG PHÒNG',
            'Lý Seo Chẩn',
          ],
        ],
        truth: result(
          'dang-ky-ho-kinh-doanh',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          '002086007713',
          'PHÒNG KINH TẾ',
          'commune',
          change,
        ),
        tags: ['textract-lines', 'textract-kv', 'several-dates'],
      }),
    );
  }

  // An enterprise registered in 2016 in Sóc Trăng, fifth change at the merged Cần Thơ Sở Tài chính (2026).
  {
    const change: Iso = '2026-03-12';
    out.push(
      doc({
        id: 'dk-doanh-nghiep-can-tho-lan-5',
        form: 'TT 68/2025/TT-BTC mẫu Giấy chứng nhận đăng ký doanh nghiệp công ty TNHH một thành viên',
        pages: [
          [
            'SỞ TÀI CHÍNH THÀNH PHỐ CẦN THƠ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'PHÒNG ĐĂNG KÝ KINH DOANH     Độc lập - Tự do - Hạnh phúc',
            'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
            'CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN',
            'Mã số doanh nghiệp: 2200781346',
            'Đăng ký lần đầu: ngày 08 tháng 8 năm 2016',
            'Đăng ký thay đổi lần thứ: 5, ngày 12 tháng 3 năm 2026',
            '1. Tên công ty viết bằng tiếng Việt: CÔNG TY TNHH MỘT THÀNH VIÊN LÚA GẠO MỸ XUYÊN',
            '2. Địa chỉ trụ sở chính: Ấp Hòa Lý, xã Mỹ Xuyên, thành phố Cần Thơ',
            '3. Vốn điều lệ: 12.000.000.000 đồng',
            '4. Người đại diện theo pháp luật: TRẦN MINH HIẾU     Ngày sinh: 19/11/1981',
            'TRƯỞNG PHÒNG',
            'Đoàn Thị Ngọc Trâm',
          ],
        ],
        truth: result(
          'dang-ky-doanh-nghiep',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
          '2200781346',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          'province',
          change,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A cooperative at a Sơn La district's Phòng Tài chính - Kế hoạch (2021).
  {
    const reg: Iso = '2021-09-09';
    out.push(
      doc({
        id: 'dk-htx-moc-chau-che',
        form: 'TT 07/2019/TT-BKHĐT mẫu Giấy chứng nhận đăng ký hợp tác xã',
        pages: [
          [
            ...head(['UBND HUYỆN MỘC CHÂU', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'], null, ''),
            'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
            'Mã số hợp tác xã: 5500617209',
            `Đăng ký lần đầu: ${nd30Date(reg)}`,
            '1. Tên hợp tác xã: HỢP TÁC XÃ CHÈ SHAN TUYẾT TÀ XÙA',
            '2. Địa chỉ trụ sở chính: Bản Tà Phình, xã Tân Lập, huyện Mộc Châu, tỉnh Sơn La',
            '3. Vốn điều lệ: 1.500.000.000 đồng     4. Số thành viên: 11',
            'TRƯỞNG PHÒNG',
            'Hà Văn Thuận',
          ].filter(Boolean),
        ],
        truth: result(
          'dang-ky-hop-tac-xa',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
          '5500617209',
          'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
          'district',
          reg,
        ),
      }),
    );
  }

  // A branch of a Hà Nội company, Sở Kế hoạch và Đầu tư (2024), with its first registration and a change.
  {
    const change: Iso = '2024-12-03';
    out.push(
      doc({
        id: 'dk-chi-nhanh-ha-noi-0109',
        form: 'TT 01/2021/TT-BKHĐT mẫu Giấy chứng nhận đăng ký hoạt động chi nhánh',
        pages: [
          [
            'SỞ KẾ HOẠCH VÀ ĐẦU TƯ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'THÀNH PHỐ HÀ NỘI     Độc lập - Tự do - Hạnh phúc',
            'PHÒNG ĐĂNG KÝ KINH DOANH',
            'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
            'Mã số chi nhánh: 0109384716-002',
            'Đăng ký lần đầu: ngày 21 tháng 02 năm 2022',
            'Đăng ký thay đổi lần thứ: 1, ngày 03 tháng 12 năm 2024',
            '1. Tên chi nhánh: CHI NHÁNH CÔNG TY CỔ PHẦN DƯỢC THẢO TÂY BẮC TẠI HÀ NỘI',
            '2. Địa chỉ chi nhánh: Số 9 ngõ 168 Nguyễn Xiển, phường Hạ Đình, quận Thanh Xuân, Hà Nội',
            '3. Người đứng đầu chi nhánh: ĐẶNG THỊ THÙY LINH',
            'TRƯỞNG PHÒNG',
            'Phạm Quang Vinh',
          ],
        ],
        truth: result(
          'dang-ky-chi-nhanh',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
          '0109384716-002',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          'province',
          change,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A household business under NĐ 78/2015 at Lai Châu city's Phòng Tài chính - Kế hoạch (2018), photo noise.
  {
    const reg: Iso = '2018-01-22';
    out.push(
      doc({
        id: 'dk-hkd-tp-lai-chau-2018',
        form: 'TT 20/2015/TT-BKHĐT mẫu Giấy chứng nhận đăng ký hộ kinh doanh',
        pages: [
          phoneNoise(
            [
              ...head(['UBND THÀNH PHỐ LAI CHÂU', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'], null, ''),
              'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
              'Số: 12A8001362',
              `Đăng ký lần đầu, ${nd30Date(reg)}`,
              '1. Tên hộ kinh doanh: TẠP HÓA HOÀNG LIÊN',
              '2. Địa điểm kinh doanh: Tổ 7, phường Tân Phong, thành phố Lai Châu, tỉnh Lai Châu',
              '3. Ngành, nghề kinh doanh: Bán lẻ hàng tạp hóa',
              '4. Vốn kinh doanh: 120.000.000 đồng',
              '5. Họ và tên đại diện hộ kinh doanh: LÊ THỊ HOA     Sinh ngày: 05/5/1980',
              'Số CMND: 040906112 Ngày cấp: 12/3/2010 Nơi cấp: Công an tỉnh Lai Châu',
              'TRƯỞNG PHÒNG',
              'Nguyễn Đức Hạnh',
            ]
              .filter(Boolean)
              .join('\n'),
            5102,
          ).split('\n'),
        ],
        truth: result(
          'dang-ky-ho-kinh-doanh',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          '12A8001362',
          'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
          'district',
          reg,
        ),
        tags: ['ocr-noise'],
      }),
    );
  }

  // A motorbike registration by a post-reform Lai Châu commune police.
  {
    const reg: Iso = '2025-09-18';
    out.push(
      doc({
        id: 'dk-xe-may-cong-an-sin-ho',
        form: 'TT 79/2024/TT-BCA mẫu Giấy chứng nhận đăng ký xe (Công an cấp xã đăng ký xe mô tô)',
        pages: [
          [
            'CÔNG AN TỈNH LAI CHÂU     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'CÔNG AN XÃ SÌN HỒ     Độc lập - Tự do - Hạnh phúc',
            'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE',
            'Vehicle registration certificate',
            'Số: 025118',
            'Tên chủ xe: LÙ VĂN SÀI',
            'Địa chỉ: Bản Pờ Ngài, xã Sìn Hồ, tỉnh Lai Châu',
            'Nhãn hiệu: HONDA     Số loại: WAVE ALPHA     Màu sơn: Đỏ đen',
            'Số máy: JA39E1187402     Số khung: RLHJA3911PY204117',
            'Biển số đăng ký: 25B1-047.92',
            `Đăng ký lần đầu ngày: ${numericDate(reg)}`,
            pd('Sìn Hồ', reg),
            'TRƯỞNG CÔNG AN XÃ',
            'Trung tá Vàng A Lử',
          ],
        ],
        truth: result('dang-ky-xe', 'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE', '025118', 'CÔNG AN XÃ SÌN HỒ', 'commune', reg),
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Land (TT 23/2014/TT-BTNMT; TT 10/2024/TT-BTNMT; decisions under Luật Đất đai 2024).

function land(): CorpusDoc[] {
  const out: CorpusDoc[] = [];

  // A TT 10/2024 certificate signed by a post-reform Hà Nội ward, Textract key–value order.
  {
    const signed: Iso = '2025-11-20';
    out.push(
      doc({
        id: 'dat-tt10-yen-hoa-textract',
        form: 'TT 10/2024/TT-BTNMT mẫu Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
        pages: [
          [
            MOTTO,
            MOTTO2,
            'GIẤY CHỨNG NHẬN',
            'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
            ...kv(
              [
                ['Mã Giấy chứng nhận', '01027-25-NA-0004418'],
                ['Số phát hành', 'AB 771204'],
                ['1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất', 'Ông CAO MINH KHÔI, sinh năm 1979'],
                ['Căn cước số', '001079020614'],
                ['2. Thửa đất số', '58'],
                ['Tờ bản đồ số', '14'],
                ['Diện tích', '62,4 m²'],
                ['Mục đích sử dụng', 'Đất ở tại đô thị'],
                ['Thời hạn sử dụng', 'Lâu dài'],
                ['Địa chỉ', 'Ngõ 97 Trần Duy Hưng, phường Yên Hòa, thành phố Hà Nội'],
              ],
              'textract',
            ),
            'Hà Nội, ngày 20 tháng 11 năm 2025',
            'TM. ỦY BAN NHÂN DÂN PHƯỜNG YÊN HÒA',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Nguyễn Thị Bích Ngọc',
            'Số vào sổ cấp Giấy chứng nhận:',
            'CS 01877',
          ],
        ],
        truth: result(
          'gcn-qsdd-ca-nhan',
          'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
          'CS 01877',
          'ỦY BAN NHÂN DÂN PHƯỜNG YÊN HÒA',
          'commune',
          signed,
        ),
        tags: ['textract-kv'],
      }),
    );
  }

  // A TT 23/2014 certificate of a Sơn La district (2017): page 1, then pages 2–3 with a 2022 change entry.
  {
    const signed: Iso = '2017-08-30';
    out.push(
      doc({
        id: 'dat-tt23-thuan-chau-bien-dong',
        form: 'TT 23/2014/TT-BTNMT mẫu Giấy chứng nhận (trang 1; trang 2–3 với mục IV Những thay đổi sau khi cấp)',
        pages: [
          [
            MOTTO,
            MOTTO2,
            'GIẤY CHỨNG NHẬN',
            'QUYỀN SỬ DỤNG ĐẤT',
            'QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
            'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
            'Ông: LÒ VĂN ĐÔI     Năm sinh: 1966     CMND số: 050012398',
            'Bà: CÀ THỊ XIỀNG     Năm sinh: 1969',
            'Địa chỉ thường trú: Bản Nong Vai, xã Chiềng Ly, huyện Thuận Châu, tỉnh Sơn La',
            'CE 204719',
          ],
          [
            'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
            '1. Thửa đất: a) Thửa đất số: 211, tờ bản đồ số: 33',
            'c) Diện tích: 1.240 m²     e) Mục đích sử dụng: Đất ở tại nông thôn 300 m²; Đất trồng cây lâu năm 940 m²',
            'f) Thời hạn sử dụng: Đất ở: Lâu dài; Đất trồng cây lâu năm: đến ngày 15/10/2063',
            `Thuận Châu, ${nd30Date(signed)}`,
            'TM. ỦY BAN NHÂN DÂN HUYỆN THUẬN CHÂU',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Hoàng Văn Nghiệm',
            'Số vào sổ cấp GCN: CH 00987',
            'IV. Những thay đổi sau khi cấp Giấy chứng nhận',
            'Nội dung thay đổi và cơ sở pháp lý     Xác nhận của cơ quan có thẩm quyền',
            'Tặng cho một phần thửa đất 300 m² cho ông Lò Văn Tiến theo hồ sơ số 00412.CN.003     Ngày 09/6/2022 Chi nhánh Văn phòng đăng ký đất đai huyện Thuận Châu',
          ],
        ],
        truth: result(
          'gcn-qsdd-ca-nhan',
          'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'CH 00987',
          'ỦY BAN NHÂN DÂN HUYỆN THUẬN CHÂU',
          'district',
          signed,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A certificate re-issued by exchange (cấp đổi) in 2024 by Cần Thơ's Sở TN&MT, of a 2008 certificate.
  {
    const signed: Iso = '2024-05-08';
    out.push(
      doc({
        id: 'dat-cap-doi-binh-thuy-2024',
        form: 'TT 23/2014/TT-BTNMT mẫu Giấy chứng nhận, cấp đổi (NĐ 43/2014 Điều 76)',
        pages: [
          [
            MOTTO,
            MOTTO2,
            'GIẤY CHỨNG NHẬN',
            'QUYỀN SỬ DỤNG ĐẤT',
            'QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
            'Ông: TRỊNH VĂN HẬU     Năm sinh: 1962     CCCD số: 092062004481',
            'Thửa đất số: 407, tờ bản đồ số: 21; Diện tích: 156,0 m²; Đất ở tại đô thị',
            'Địa chỉ: Khu vực 3, phường Bình Thủy, quận Bình Thủy, thành phố Cần Thơ',
            'Ghi chú: Cấp đổi từ Giấy chứng nhận số AK 308112, số vào sổ H 01243 do UBND quận Bình Thủy cấp ngày 17/10/2008',
            `Cần Thơ, ${nd30Date(signed)}`,
            'TM. ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
            'KT. GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
            'PHÓ GIÁM ĐỐC',
            'Lâm Văn Tánh',
            'Số vào sổ cấp GCN: CS 04521',
          ],
        ],
        truth: result(
          'gcn-qsdd-ca-nhan',
          'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'CS 04521',
          'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
          'province',
          signed,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A land lease decision of the Lai Châu province (2023): the lease ends in 2073, not an expiry.
  {
    const signed: Iso = '2023-02-21';
    out.push(
      doc({
        id: 'dat-qd-cho-thue-lai-chau-2023',
        form: 'NĐ 43/2014/NĐ-CP, TT 30/2014/TT-BTNMT mẫu Quyết định cho thuê đất (ND 30 layout)',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU'], '214/QĐ-UBND', pd('Lai Châu', signed)),
            'QUYẾT ĐỊNH',
            'Về việc cho Công ty Cổ phần Thủy điện Nậm Sì Lường thuê đất để xây dựng công trình',
            'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
            'Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;',
            'Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;',
            'Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 51/TTr-STNMT ngày 10/02/2023,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Cho Công ty Cổ phần Thủy điện Nậm Sì Lường thuê 24.318,6 m² đất tại xã Tà Tổng, huyện Mường Tè.',
            'Thời hạn thuê đất: 50 năm, kể từ ngày 21/02/2023 đến ngày 21/02/2073.',
            'Hình thức thuê đất: trả tiền thuê đất hằng năm.',
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
            'TM. ỦY BAN NHÂN DÂN',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Hà Trọng Hải',
          ],
        ],
        truth: result(
          'quyet-dinh-giao-dat',
          'QUYẾT ĐỊNH',
          '214/QĐ-UBND',
          'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
          'province',
          signed,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A change-of-use decision by a post-reform Tuyên Quang commune (Luật Đất đai 2024, NĐ 151/2025).
  {
    const signed: Iso = '2025-09-29';
    out.push(
      doc({
        id: 'dat-qd-chuyen-muc-dich-ham-yen',
        form: 'NĐ 151/2025/NĐ-CP (thẩm quyền cấp xã), NĐ 102/2024 mẫu Quyết định cho phép chuyển mục đích sử dụng đất',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'XÃ HÀM YÊN'], '377/QĐ-UBND', pd('Hàm Yên', signed), 'textract'),
            'QUYẾT ĐỊNH',
            'Về việc cho phép chuyển mục đích sử dụng đất',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀM YÊN',
            'Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;',
            'Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;',
            'Xét đơn đề nghị của bà Ma Thị Thoa ngày 05/9/2025,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Cho phép bà Ma Thị Thoa chuyển mục đích sử dụng 150 m² đất trồng cây lâu năm sang đất ở tại nông thôn, thửa số 96, tờ bản đồ số 40, thôn Bắc Mục.',
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
            'CHỦ TỊCH',
            'Nông Văn Quyết',
          ],
        ],
        truth: result(
          'quyet-dinh-chuyen-muc-dich',
          'QUYẾT ĐỊNH',
          '377/QĐ-UBND',
          'ỦY BAN NHÂN DÂN XÃ HÀM YÊN',
          'commune',
          signed,
        ),
        tags: ['textract-lines'],
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Licences and certificates.

function licences(): CorpusDoc[] {
  const out: CorpusDoc[] = [];

  // A house building permit of a Hà Nội district (2023): the 12-month start-of-works clause is not an expiry.
  {
    const issued: Iso = '2023-06-27';
    out.push(
      doc({
        id: 'gp-xd-nha-o-ha-dong-2023',
        form: 'TT 15/2016/TT-BXD / NĐ 15/2021 mẫu Giấy phép xây dựng nhà ở riêng lẻ',
        pages: [
          [
            ...head(['UBND QUẬN HÀ ĐÔNG'], '1024/GPXD', pd('Hà Đông', issued)),
            'GIẤY PHÉP XÂY DỰNG',
            '(Sử dụng cho nhà ở riêng lẻ)',
            '1. Cấp cho: Ông TẠ QUANG VINH; Bà LÊ THỊ THẢO',
            'Địa chỉ: Số 12 ngõ 3 phố Văn Quán, phường Văn Quán, quận Hà Đông, Hà Nội',
            '2. Được phép xây dựng công trình: Nhà ở riêng lẻ',
            '- Theo thiết kế: do Công ty TNHH Kiến trúc Đông Á lập ngày 02/5/2023',
            '- Tại lô đất số 41, diện tích 68,5 m²; tổng diện tích sàn 274 m²; chiều cao 15,6 m; số tầng: 4 tầng + tum',
            '3. Giấy tờ về quyền sử dụng đất: Giấy chứng nhận số vào sổ CS 08812 cấp ngày 11/01/2019',
            '4. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp; quá thời hạn trên thì phải đề nghị gia hạn giấy phép xây dựng.',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Bạch Liên Hương',
          ],
        ],
        truth: result(
          'giay-phep-xay-dung-nha-o',
          'GIẤY PHÉP XÂY DỰNG',
          '1024/GPXD',
          'UBND QUẬN HÀ ĐÔNG',
          'district',
          issued,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A work permit extended (gia hạn) by Hà Nội's Sở Lao động (2024): the original permit's number and date, the
  // new working period.
  {
    const issued: Iso = '2024-05-20';
    out.push(
      doc({
        id: 'gp-lao-dong-gia-han-ha-noi',
        form: 'NĐ 152/2020/NĐ-CP mẫu số 12 Giấy phép lao động (gia hạn), NĐ 70/2023',
        pages: [
          [
            'UBND THÀNH PHỐ HÀ NỘI     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI     Độc lập - Tự do - Hạnh phúc',
            'GIẤY PHÉP LAO ĐỘNG',
            'WORK PERMIT',
            'Số: HN2405/0099127',
            'GIA HẠN / EXTENDED',
            '1. Họ và tên / Full name: PARK SEUNG HO',
            '2. Giới tính / Sex: Nam     3. Ngày sinh / Date of birth: 11/3/1981',
            '4. Quốc tịch / Nationality: Hàn Quốc     5. Số hộ chiếu / Passport number: M44018273',
            '6. Làm việc tại / Working at: Công ty TNHH Điện tử Hanvina, Khu công nghiệp Thăng Long',
            '7. Vị trí công việc / Job assignment: Nhà quản lý',
            '8. Thời hạn làm việc / Period of work: từ ngày 01/6/2024 đến ngày 31/5/2026',
            '9. Giấy phép lao động đã cấp / Previous work permit: số HN2206/0081334 cấp ngày 27/6/2022',
            `Hà Nội, ${nd30Date(issued)}`,
            'KT. GIÁM ĐỐC',
            'PHÓ GIÁM ĐỐC',
            'Nguyễn Văn Cường',
          ],
        ],
        truth: result(
          'giay-phep-lao-dong',
          'GIẤY PHÉP LAO ĐỘNG',
          'HN2405/0099127',
          'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
          'province',
          issued,
          '2026-05-31',
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A food-safety certificate re-issued (cấp lại) in 2025 by Sơn La's Sở Y tế, of a 2021 certificate.
  {
    const issued: Iso = '2025-03-10';
    out.push(
      doc({
        id: 'gp-attp-cap-lai-son-la',
        form: 'TT 43/2018/TT-BCT / NĐ 15/2018 mẫu Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp lại)',
        pages: [
          [
            ...head(['UBND TỈNH SƠN LA', 'SỞ Y TẾ'], '041/2025/ATTP-CNĐK', pd('Sơn La', issued), 'textract'),
            'GIẤY CHỨNG NHẬN',
            'CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
            'SỞ Y TẾ TỈNH SƠN LA',
            'CHỨNG NHẬN',
            'Cơ sở: BẾP ĂN TẬP THỂ TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ THCS HUYỆN YÊN CHÂU',
            'Địa chỉ: Tiểu khu 3, thị trấn Yên Châu, huyện Yên Châu, tỉnh Sơn La',
            'Đủ điều kiện an toàn thực phẩm theo quy định để: Kinh doanh dịch vụ ăn uống (bếp ăn tập thể)',
            'Cấp lại lần 1 (thay thế Giấy chứng nhận số 093/2021/ATTP-CNĐK cấp ngày 02/11/2021)',
            'Giấy chứng nhận có hiệu lực đến ngày 10/3/2028',
            'KT. GIÁM ĐỐC',
            'PHÓ GIÁM ĐỐC',
            'Cầm Ngọc Minh',
          ],
        ],
        truth: result(
          'gcn-an-toan-thuc-pham',
          'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
          '041/2025/ATTP-CNĐK',
          'SỞ Y TẾ',
          'province',
          issued,
          '2028-03-10',
        ),
        tags: ['textract-lines', 'several-dates'],
      }),
    );
  }

  // An alcohol retail licence of a post-reform Cần Thơ ward (2026), printed end date.
  {
    const issued: Iso = '2026-01-14';
    out.push(
      doc({
        id: 'gp-ruou-le-phuong-cai-khe',
        form: 'NĐ 105/2017/NĐ-CP (sửa đổi NĐ 17/2020) mẫu số 03 Giấy phép bán lẻ rượu',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG CÁI KHẾ'], '07/GP-UBND', pd('Cái Khế', issued)),
            'GIẤY PHÉP BÁN LẺ RƯỢU',
            'ỦY BAN NHÂN DÂN PHƯỜNG CÁI KHẾ',
            'Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh doanh rượu;',
            'Xét đơn đề nghị cấp Giấy phép bán lẻ rượu của hộ kinh doanh Tạp hóa Út Mười ngày 29/12/2025,',
            'Điều 1. Cho phép: HỘ KINH DOANH TẠP HÓA ÚT MƯỜI',
            'Mã số hộ kinh doanh: 092173002245',
            'Địa chỉ: 210 đường Cách Mạng Tháng Tám, phường Cái Khế, thành phố Cần Thơ',
            'Được phép bán lẻ rượu có độ cồn từ 5,5 độ trở lên tại địa điểm trên.',
            'Điều 3. Giấy phép này có giá trị đến ngày 14 tháng 01 năm 2031.',
            'CHỦ TỊCH',
            'Lê Hoàng Nam',
          ],
        ],
        truth: result(
          'giay-phep-ban-le-ruou',
          'GIẤY PHÉP BÁN LẺ RƯỢU',
          '07/GP-UBND',
          'ỦY BAN NHÂN DÂN PHƯỜNG CÁI KHẾ',
          'commune',
          issued,
          '2031-01-14',
        ),
      }),
    );
  }

  // A tobacco retail licence of a Lai Châu district's Phòng Kinh tế - Hạ tầng (2020), 05-year term.
  {
    const issued: Iso = '2020-10-05';
    out.push(
      doc({
        id: 'gp-thuoc-la-tan-uyen-2020',
        form: 'NĐ 67/2013/NĐ-CP (sửa đổi NĐ 106/2017, NĐ 08/2018), TT 57/2018/TT-BCT mẫu Giấy phép bán lẻ sản phẩm thuốc lá',
        pages: [
          phoneNoise(
            [
              ...head(['UBND HUYỆN TÂN UYÊN', 'PHÒNG KINH TẾ - HẠ TẦNG'], '05/GP-KTHT', pd('Tân Uyên', issued)),
              'GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ',
              'TRƯỞNG PHÒNG KINH TẾ - HẠ TẦNG HUYỆN TÂN UYÊN',
              'Cho phép: Hộ kinh doanh Lò Thị Hương',
              'Địa chỉ trụ sở: Tổ dân phố 4, thị trấn Tân Uyên, huyện Tân Uyên, tỉnh Lai Châu',
              'Được phép bán lẻ sản phẩm thuốc lá tại địa điểm kinh doanh trên.',
              'Giấy phép này có giá trị 05 năm kể từ ngày cấp.',
              'TRƯỞNG PHÒNG',
              'Đỗ Mạnh Cường',
            ].join('\n'),
            5103,
          ).split('\n'),
        ],
        truth: result(
          'giay-phep-ban-le-thuoc-la',
          'GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ',
          '05/GP-KTHT',
          'PHÒNG KINH TẾ - HẠ TẦNG',
          'district',
          issued,
          addMonths(issued, 60),
        ),
        tags: ['ocr-noise'],
      }),
    );
  }

  // A driving licence from Tuyên Quang's provincial police (2025) as the VNeID app shows it.
  {
    const issued: Iso = '2025-10-21';
    const page = [
      'GIẤY PHÉP LÁI XE / DRIVER’S LICENSE',
      'Số / No.',
      '080225011932',
      'Họ và tên / Full name',
      'HOÀNG VĂN TÚ',
      'Ngày sinh / Date of birth',
      '14/09/2003',
      'Quốc tịch / Nationality',
      'VIỆT NAM',
      'Hạng / Class',
      'B',
      'Ngày cấp / Date of issue',
      numericDate(issued),
      'Có giá trị đến / Expires',
      '21/10/2035',
      'Nơi cấp / Issued by',
      'CÔNG AN TỈNH TUYÊN QUANG',
      'Trạng thái: Đã xác thực',
    ];
    out.push(
      doc({
        id: 'gp-lai-xe-tuyen-quang-vneid',
        form: 'TT 35/2024/TT-BCA mẫu Giấy phép lái xe (bản điện tử trên VNeID)',
        pages: [phone(page, 'vneid', '11:26', 49)],
        truth: result(
          'giay-phep-lai-xe',
          'GIẤY PHÉP LÁI XE',
          '080225011932',
          'CÔNG AN TỈNH TUYÊN QUANG',
          'province',
          issued,
          '2035-10-21',
        ),
        tags: ['phone-screen', 'textract-kv'],
      }),
    );
  }

  // A medical practice licence from Cần Thơ's Sở Y tế under the 2023 law (05-year term).
  {
    const issued: Iso = '2024-09-16';
    out.push(
      doc({
        id: 'gp-hanh-nghe-kcb-can-tho-2024',
        form: 'Luật Khám bệnh, chữa bệnh 2023, NĐ 96/2023/NĐ-CP mẫu Giấy phép hành nghề khám bệnh, chữa bệnh',
        pages: [
          [
            ...head(['UBND THÀNH PHỐ CẦN THƠ', 'SỞ Y TẾ'], '004712/CT-GPHN', pd('Cần Thơ', issued)),
            'GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH',
            'GIÁM ĐỐC SỞ Y TẾ THÀNH PHỐ CẦN THƠ',
            'Cấp cho ông/bà: BS. VÕ THỊ NGỌC HÂN',
            'Ngày, tháng, năm sinh: 08/8/1994',
            'Số định danh cá nhân: 092194006631',
            'Chức danh: Bác sĩ     Phạm vi hành nghề: Khám bệnh, chữa bệnh chuyên khoa Nhi',
            'Giấy phép có thời hạn 05 năm kể từ ngày cấp.',
            'KT. GIÁM ĐỐC',
            'PHÓ GIÁM ĐỐC',
            'Trần Văn Đệ',
          ],
        ],
        truth: result(
          'giay-phep-hanh-nghe-kcb',
          'GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH',
          '004712/CT-GPHN',
          'SỞ Y TẾ',
          'province',
          issued,
          addMonths(issued, 60),
        ),
      }),
    );
  }

  // A karaoke licence of a post-reform Hà Nội ward (2026), no term.
  {
    const issued: Iso = '2026-05-08';
    out.push(
      doc({
        id: 'gp-karaoke-phuong-tay-ho',
        form: 'NĐ 54/2019/NĐ-CP (sửa đổi NĐ 148/2024) mẫu số 03 Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂY HỒ'], '03/GP-UBND', pd('Tây Hồ', issued), 'textract'),
            'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
            'ỦY BAN NHÂN DÂN PHƯỜNG TÂY HỒ',
            'Cho phép: CÔNG TY TNHH GIẢI TRÍ HỒ TÂY XANH',
            'Mã số doanh nghiệp: 0110228417',
            'Địa điểm kinh doanh: Số 55 đường Âu Cơ, phường Tây Hồ, thành phố Hà Nội',
            'Số lượng phòng karaoke: 08 phòng',
            'CHỦ TỊCH',
            'Phạm Thanh Tùng',
          ],
        ],
        truth: result(
          'giay-phep-karaoke',
          'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
          '03/GP-UBND',
          'ỦY BAN NHÂN DÂN PHƯỜNG TÂY HỒ',
          'commune',
          issued,
        ),
        tags: ['textract-lines'],
      }),
    );
  }

  // An environmental licence of the Sơn La province (2025, before the reform), two pages, 07 years.
  {
    const issued: Iso = '2025-05-27';
    out.push(
      doc({
        id: 'gp-moi-truong-son-la-mai-son',
        form: 'NĐ 08/2022/NĐ-CP mẫu số 41 Giấy phép môi trường',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA'], '1187/GPMT-UBND', pd('Sơn La', issued)),
            'GIẤY PHÉP MÔI TRƯỜNG',
            'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
            'Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;',
            'Xét Văn bản số 12/CV-CTY ngày 06/3/2025 của Công ty Cổ phần Tinh bột sắn Mai Sơn,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Cấp phép cho Công ty Cổ phần Tinh bột sắn Mai Sơn, địa chỉ xã Cò Nòi, huyện Mai Sơn, được thực hiện các hoạt động bảo vệ môi trường của Nhà máy chế biến tinh bột sắn công suất 150 tấn sản phẩm/ngày.',
          ],
          [
            'Điều 2. Nội dung cấp phép môi trường và yêu cầu về bảo vệ môi trường kèm theo:',
            '1. Được phép xả nước thải ra môi trường, lưu lượng tối đa 1.200 m³/ngày đêm.',
            'Điều 3. Thời hạn của giấy phép: 07 năm (từ ngày 27 tháng 5 năm 2025 đến ngày 27 tháng 5 năm 2032).',
            'TM. ỦY BAN NHÂN DÂN',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Đặng Ngọc Hậu',
          ],
        ],
        truth: result(
          'giay-phep-moi-truong',
          'GIẤY PHÉP MÔI TRƯỜNG',
          '1187/GPMT-UBND',
          'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
          'province',
          issued,
          addMonths(issued, 84),
        ),
      }),
    );
  }

  // A petrol station certificate of Lai Châu's Sở Công Thương (2023), 05 years.
  {
    const issued: Iso = '2023-06-13';
    out.push(
      doc({
        id: 'gp-xang-dau-sin-suoi-ho',
        form: 'NĐ 83/2014/NĐ-CP (sửa đổi NĐ 95/2021), TT 17/2021/TT-BCT mẫu Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
        pages: [
          [
            ...head(['UBND TỈNH LAI CHÂU', 'SỞ CÔNG THƯƠNG'], '09/GCNĐĐK-SCT', pd('Lai Châu', issued)),
            'GIẤY CHỨNG NHẬN',
            'CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU',
            'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LAI CHÂU',
            'Chứng nhận: Cửa hàng xăng dầu Sìn Suối Hồ',
            'Thuộc thương nhân: Công ty TNHH Xăng dầu Phong Thổ',
            'Địa chỉ cửa hàng: Bản Sin Chải, xã Sìn Suối Hồ, huyện Phong Thổ, tỉnh Lai Châu',
            'Giấy chứng nhận này có hiệu lực 05 năm kể từ ngày cấp.',
            'GIÁM ĐỐC',
            'Nguyễn Tiến Dũng',
          ],
        ],
        truth: result(
          'gcn-ban-le-xang-dau',
          'GIẤY CHỨNG NHẬN CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU',
          '09/GCNĐĐK-SCT',
          'SỞ CÔNG THƯƠNG',
          'province',
          issued,
          addMonths(issued, 60),
        ),
      }),
    );
  }

  // A road-transport business licence of Hà Giang's Sở Giao thông vận tải (2022): no term printed.
  {
    const issued: Iso = '2022-12-19';
    out.push(
      doc({
        id: 'gp-van-tai-ha-giang-2022',
        form: 'NĐ 10/2020/NĐ-CP mẫu Giấy phép kinh doanh vận tải bằng xe ô tô',
        pages: [
          [
            ...head(['UBND TỈNH HÀ GIANG', 'SỞ GIAO THÔNG VẬN TẢI'], null, ''),
            'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
            'Số: 20002114',
            'Cấp lần thứ: 02     ngày 19/12/2022 (cấp lần đầu ngày 08/4/2019)',
            '1. Tên đơn vị kinh doanh vận tải: HỢP TÁC XÃ VẬN TẢI CAO NGUYÊN ĐÁ',
            '2. Địa chỉ trụ sở: Tổ 5, phường Minh Khai, thành phố Hà Giang',
            '3. Số điện thoại: 0219 3866 412',
            '4. Người đại diện theo pháp luật: Nguyễn Văn Hoạt',
            '5. Được phép kinh doanh các loại hình vận tải: Vận tải hành khách theo tuyến cố định; Vận tải hàng hóa bằng xe ô tô',
            `Hà Giang, ${nd30Date(issued)}`,
            'GIÁM ĐỐC',
            'Lê Hữu Nghị',
          ].filter(Boolean),
        ],
        truth: result(
          'giay-phep-kinh-doanh-van-tai',
          'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
          '20002114',
          'SỞ GIAO THÔNG VẬN TẢI',
          'province',
          issued,
        ),
        tags: ['several-dates'],
      }),
    );
  }

  // A pharmacy practice certificate of Tuyên Quang's Sở Y tế (2026): no term.
  {
    const issued: Iso = '2026-07-02';
    out.push(
      doc({
        id: 'gp-cchn-duoc-tuyen-quang',
        form: 'NĐ 54/2017/NĐ-CP (sửa đổi NĐ 155/2018) mẫu số 04 Chứng chỉ hành nghề dược',
        pages: [
          [
            ...head(['UBND TỈNH TUYÊN QUANG', 'SỞ Y TẾ'], '1142/CCHN-D-SYT-TQ', pd('Tuyên Quang', issued), 'textract'),
            'CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
            'GIÁM ĐỐC SỞ Y TẾ TỈNH TUYÊN QUANG',
            'Chứng nhận:',
            'Ông/Bà: MA THỊ HUYỀN',
            'Ngày, tháng, năm sinh:',
            '21/4/1990',
            'Số định danh cá nhân:',
            '008190003318',
            'Văn bằng chuyên môn:',
            'Dược sĩ đại học',
            'Phạm vi hoạt động chuyên môn:',
            'Người chịu trách nhiệm chuyên môn về dược của nhà thuốc',
            'KT. GIÁM ĐỐC',
            'PHÓ GIÁM ĐỐC',
            'Hà Thị Hương',
          ],
        ],
        truth: result(
          'chung-chi-hanh-nghe-duoc',
          'CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
          '1142/CCHN-D-SYT-TQ',
          'SỞ Y TẾ',
          'province',
          issued,
        ),
        tags: ['textract-lines', 'textract-kv'],
      }),
    );
  }

  // A works building permit of Điện Biên's Sở Xây dựng (after the reform): start-of-works clause only.
  {
    const issued: Iso = '2025-08-12';
    out.push(
      doc({
        id: 'gp-xd-cong-trinh-so-xd-dien-bien',
        form: 'NĐ 175/2024/NĐ-CP mẫu Giấy phép xây dựng (công trình không theo tuyến)',
        pages: [
          [
            ...head(['UBND TỈNH ĐIỆN BIÊN', 'SỞ XÂY DỰNG'], '62/GPXD-SXD', pd('Điện Biên', issued)),
            'GIẤY PHÉP XÂY DỰNG',
            '1. Cấp cho: Công ty Cổ phần Khách sạn Mường Thanh Him Lam',
            'Địa chỉ: Tổ dân phố 2, phường Điện Biên Phủ, tỉnh Điện Biên',
            '2. Được phép xây dựng công trình: Khối nhà dịch vụ 7 tầng',
            '- Cấp công trình: Cấp II; Tổng diện tích sàn: 6.420 m²; Chiều cao: 28,5 m',
            '- Theo hồ sơ thiết kế do Công ty TNHH Tư vấn xây dựng Tây Bắc lập, thẩm định tại Văn bản số 317/SXD-QLXD ngày 21/7/2025',
            '3. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp.',
            'KT. GIÁM ĐỐC',
            'PHÓ GIÁM ĐỐC',
            'Lường Văn Minh',
          ],
        ],
        truth: result('giay-phep-xay-dung', 'GIẤY PHÉP XÂY DỰNG', '62/GPXD-SXD', 'SỞ XÂY DỰNG', 'province', issued),
        tags: ['several-dates'],
      }),
    );
  }

  // A poor-household certificate of a Hà Giang commune (2023), valid to the year's end.
  {
    const issued: Iso = '2023-01-16';
    out.push(
      doc({
        id: 'gp-ho-ngheo-meo-vac-2023',
        form: 'TT 07/2021/TT-BLĐTBXH mẫu Giấy chứng nhận hộ nghèo',
        pages: [
          phoneNoise(
            [
              ...head(['UBND HUYỆN MÈO VẠC', 'UBND XÃ PẢ VI'], '34/GCN-UBND', pd('Pả Vi', issued)),
              'GIẤY CHỨNG NHẬN HỘ NGHÈO',
              'Ủy ban nhân dân xã Pả Vi chứng nhận:',
              'Hộ ông/bà: MUA MÍ PÓ     Địa chỉ: Thôn Pả Vi Hạ, xã Pả Vi, huyện Mèo Vạc, tỉnh Hà Giang',
              'Là hộ nghèo năm 2023 theo chuẩn nghèo giai đoạn 2022 - 2025.',
              'Giấy chứng nhận có giá trị đến ngày 31/12/2023.',
              'TM. ỦY BAN NHÂN DÂN',
              'CHỦ TỊCH',
              'Giàng Seo Quáng',
            ].join('\n'),
            5104,
          ).split('\n'),
        ],
        truth: result(
          'giay-chung-nhan-ho-ngheo',
          'GIẤY CHỨNG NHẬN HỘ NGHÈO',
          '34/GCN-UBND',
          'UBND XÃ PẢ VI',
          'commune',
          issued,
          '2023-12-31',
        ),
        tags: ['ocr-noise'],
      }),
    );
  }

  // A surface-water licence of the Lai Châu province (2019), Textract reading its table cell by cell; 10 years.
  {
    const issued: Iso = '2019-04-25';
    out.push(
      doc({
        id: 'gp-nuoc-mat-nam-lum-textract',
        form: 'TT 27/2014/TT-BTNMT mẫu 31 Giấy phép khai thác, sử dụng nước mặt',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU'], '506/GP-UBND', pd('Lai Châu', issued), 'textract'),
            'GIẤY PHÉP',
            'KHAI THÁC, SỬ DỤNG NƯỚC MẶT',
            'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
            'Điều 1. Cho phép Công ty Cổ phần Thủy điện Nậm Lùm khai thác, sử dụng nước mặt với các nội dung sau:',
            ...table(
              [
                ['Hạng mục', 'Tọa độ X', 'Tọa độ Y', 'Lưu lượng (m³/s)'],
                ['Cửa lấy nước', '2475312', '0512418', '4,85'],
                ['Nhà máy', '2474019', '0513207', '4,85'],
              ],
              'textract',
            ),
            'Điều 2. Thời hạn của giấy phép là 10 (mười) năm kể từ ngày ký.',
            'TM. ỦY BAN NHÂN DÂN',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Lê Văn Lương',
          ],
        ],
        truth: result(
          'giay-phep-tai-nguyen-nuoc',
          'GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MẶT',
          '506/GP-UBND',
          'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
          'province',
          issued,
          addMonths(issued, 120),
        ),
        tags: ['textract-lines', 'textract-table'],
      }),
    );
  }

  // A plant-protection chemicals dealer certificate of Cần Thơ's Sở Nông nghiệp và Môi trường (2025), 05 years.
  {
    const issued: Iso = '2025-09-04';
    out.push(
      doc({
        id: 'gp-bvtv-phong-dien-can-tho',
        form: 'NĐ 66/2016/NĐ-CP (sửa đổi NĐ 123/2018), TT 21/2015/TT-BNNPTNT mẫu Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật',
        pages: [
          [
            'UBND THÀNH PHỐ CẦN THƠ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG     Độc lập - Tự do - Hạnh phúc',
            'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT',
            `Số: 418/2025/GCN-BVTV     ${pd('Cần Thơ', issued)}`,
            'GIẤY CHỨNG NHẬN',
            'ĐỦ ĐIỀU KIỆN BUÔN BÁN THUỐC BẢO VỆ THỰC VẬT',
            'Tên cơ sở: Đại lý vật tư nông nghiệp Hai Lúa',
            'Địa chỉ: Ấp Nhơn Lộc 1, xã Phong Điền, thành phố Cần Thơ',
            'Chủ cơ sở: Nguyễn Văn Lúa     Căn cước số: 092080001967',
            'Giấy chứng nhận có giá trị 05 năm kể từ ngày cấp.',
            'CHI CỤC TRƯỞNG',
            'Lê Quốc Toàn',
          ],
        ],
        truth: result(
          'gcn-buon-ban-thuoc-bao-ve-thuc-vat',
          'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN BUÔN BÁN THUỐC BẢO VỆ THỰC VẬT',
          '418/2025/GCN-BVTV',
          'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT',
          'province',
          issued,
          addMonths(issued, 60),
        ),
      }),
    );
  }

  // A tour-guide card of Hà Nội's Sở Du lịch (2022), printed `Có giá trị đến`.
  {
    const issued: Iso = '2022-07-28';
    out.push(
      doc({
        id: 'gp-the-hdv-ha-noi-2022',
        form: 'TT 06/2017/TT-BVHTTDL mẫu Thẻ hướng dẫn viên du lịch quốc tế',
        pages: [
          [
            'SỞ DU LỊCH HÀ NỘI',
            'HANOI DEPARTMENT OF TOURISM',
            'THẺ HƯỚNG DẪN VIÊN DU LỊCH',
            'TOUR GUIDE CARD',
            'QUỐC TẾ / INTERNATIONAL',
            'Họ và tên / Full name: ĐINH THU PHƯƠNG',
            'Số thẻ / Card No: 101224587',
            'Ngoại ngữ / Language: Tiếng Pháp',
            `Ngày cấp / Date of issue: ${numericDate(issued)}`,
            'Có giá trị đến / Expiry date: 28/07/2027',
          ],
        ],
        truth: result(
          'the-huong-dan-vien-du-lich',
          'THẺ HƯỚNG DẪN VIÊN DU LỊCH',
          '101224587',
          'SỞ DU LỊCH HÀ NỘI',
          'province',
          issued,
          '2027-07-28',
        ),
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Diplomas and decisions that are results.

function diplomasAndDecisions(): CorpusDoc[] {
  const out: CorpusDoc[] = [];
  {
    const issued: Iso = '2024-07-12';
    out.push(
      doc({
        id: 'vb-thpt-can-tho-2024',
        form: 'TT 27/2019/TT-BGDĐT (sửa đổi TT 21/2023) mẫu Bằng tốt nghiệp trung học phổ thông',
        pages: [
          [
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'SOCIALIST REPUBLIC OF VIETNAM',
            'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
            'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CẦN THƠ',
            'cấp cho: Lý Gia Hân',
            'Ngày sinh: 19/02/2006',
            'Nơi sinh: Cần Thơ',
            'Năm tốt nghiệp: 2024',
            `Cần Thơ, ${nd30Date(issued)}`,
            'GIÁM ĐỐC',
            'Trần Thanh Bình',
            'Số hiệu: B 2413387',
            'Số vào sổ cấp bằng: 24.THPT.061523',
          ],
        ],
        truth: result(
          'bang-tot-nghiep-thpt',
          'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
          '24.THPT.061523',
          'SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CẦN THƠ',
          'province',
          issued,
        ),
      }),
    );
  }
  {
    const issued: Iso = '2019-06-28';
    out.push(
      doc({
        id: 'vb-thcs-nam-tu-liem-2019',
        form: 'TT 19/2015/TT-BGDĐT mẫu Bằng tốt nghiệp trung học cơ sở',
        pages: [
          [
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'Độc lập - Tự do - Hạnh phúc',
            'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ',
            'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN NAM TỪ LIÊM',
            'cấp cho: Nguyễn Hoàng Minh Châu',
            'Ngày sinh: 03/12/2003     Nơi sinh: Hà Nội',
            'Học sinh trường: THCS Mỹ Đình 2',
            'Năm tốt nghiệp: 2019     Xếp loại tốt nghiệp: Giỏi',
            `Nam Từ Liêm, ${nd30Date(issued)}`,
            'TRƯỞNG PHÒNG',
            'Đào Thị Thu Hà',
            'Số hiệu: A 0190417',
            'Số vào sổ cấp bằng: 0412/THCS-2019',
          ],
        ],
        truth: result(
          'bang-tot-nghiep-thcs',
          'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ',
          '0412/THCS-2019',
          'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN NAM TỪ LIÊM',
          'district',
          issued,
        ),
      }),
    );
  }
  {
    const signed: Iso = '2025-08-11';
    out.push(
      doc({
        id: 'qd-tro-cap-xa-hoi-than-uyen',
        form: 'NĐ 20/2021/NĐ-CP (the commune chairman decides from 01/7/2025), ND 30 layout of a decision',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'XÃ THAN UYÊN'], '215/QĐ-UBND', pd('Than Uyên', signed)),
            'QUYẾT ĐỊNH',
            'Về việc hưởng trợ cấp xã hội hàng tháng',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THAN UYÊN',
            'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ;',
            'Xét hồ sơ đề nghị hưởng trợ cấp xã hội của bà Lò Thị Ún ngày 21/7/2025,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Bà Lò Thị Ún, sinh năm 1942, được hưởng trợ cấp xã hội hàng tháng, mức 720.000 đồng/tháng, kể từ tháng 8 năm 2025.',
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
            'CHỦ TỊCH',
            'Hoàng Văn Tiến',
          ],
        ],
        truth: result(
          'quyet-dinh-tro-cap-xa-hoi',
          'QUYẾT ĐỊNH',
          '215/QĐ-UBND',
          'ỦY BAN NHÂN DÂN XÃ THAN UYÊN',
          'commune',
          signed,
        ),
      }),
    );
  }
  {
    const signed: Iso = '2024-03-27';
    out.push(
      doc({
        id: 'qd-mai-tang-bac-me-2024',
        form: 'NĐ 20/2021/NĐ-CP Điều 11, ND 30 layout of a decision of a district chairman',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC MÊ'], '688/QĐ-UBND', pd('Bắc Mê', signed), 'textract'),
            'QUYẾT ĐỊNH',
            'Về việc hỗ trợ chi phí mai táng',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẮC MÊ',
            'Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội tại Tờ trình số 41/TTr-LĐTBXH ngày 20/3/2024,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Hỗ trợ chi phí mai táng cho ông Hoàng Văn Dín, là người tổ chức mai táng cho bà Hoàng Thị Nhì (chết ngày 14/02/2024), mức hỗ trợ 18.000.000 đồng.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Nguyễn Thị Hằng',
          ],
        ],
        truth: result(
          'quyet-dinh-ho-tro-mai-tang',
          'QUYẾT ĐỊNH',
          '688/QĐ-UBND',
          'ỦY BAN NHÂN DÂN HUYỆN BẮC MÊ',
          'district',
          signed,
        ),
        tags: ['textract-lines', 'several-dates'],
      }),
    );
  }
  {
    const signed: Iso = '2026-04-09';
    out.push(
      doc({
        id: 'qd-that-nghiep-so-noi-vu-ha-noi',
        form: 'NĐ 28/2015/NĐ-CP mẫu số 05 Quyết định hưởng trợ cấp thất nghiệp (Sở Nội vụ after the 2025 merger)',
        pages: [
          [
            ...head(['UBND THÀNH PHỐ HÀ NỘI', 'SỞ NỘI VỤ'], '5120/QĐ-SNV', pd('Hà Nội', signed)),
            'QUYẾT ĐỊNH',
            'Về việc hưởng trợ cấp thất nghiệp',
            'GIÁM ĐỐC SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI',
            'Xét đề nghị của Giám đốc Trung tâm Dịch vụ việc làm Hà Nội,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Ông Vương Đình Khải, sinh ngày 30/9/1987, số định danh cá nhân 001087022901, được hưởng trợ cấp thất nghiệp 04 tháng, từ ngày 20/3/2026 đến ngày 19/7/2026.',
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
            'KT. GIÁM ĐỐC',
            'PHÓ GIÁM ĐỐC',
            'Trần Thị Nhị Hà',
          ],
        ],
        truth: result('quyet-dinh-tro-cap-that-nghiep', 'QUYẾT ĐỊNH', '5120/QĐ-SNV', 'SỞ NỘI VỤ', 'province', signed),
        tags: ['several-dates'],
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Results of types the catalogue lacks (docType null, unknownAs: phrases of the type's name).

function unknownTypes(): CorpusDoc[] {
  const out: CorpusDoc[] = [];
  {
    const issued: Iso = '2024-10-15';
    out.push(
      doc({
        id: 'x-tham-duyet-pccc-lai-chau',
        form: 'NĐ 136/2020/NĐ-CP (sửa đổi NĐ 50/2024), TT 149/2020/TT-BCA mẫu PC06 Giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy',
        pages: [
          [
            'CÔNG AN TỈNH LAI CHÂU     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'PHÒNG CẢNH SÁT PCCC VÀ CNCH     Độc lập - Tự do - Hạnh phúc',
            `Số: 118/TD-PCCC     ${pd('Lai Châu', issued)}`,
            'GIẤY CHỨNG NHẬN',
            'THẨM DUYỆT THIẾT KẾ VỀ PHÒNG CHÁY VÀ CHỮA CHÁY',
            'Căn cứ Luật Phòng cháy và chữa cháy ngày 29 tháng 6 năm 2001; Luật sửa đổi ngày 22 tháng 11 năm 2013;',
            'Xét văn bản đề nghị số 27/CV-BQL ngày 24/9/2024 của Ban Quản lý dự án đầu tư xây dựng tỉnh Lai Châu,',
            'CHỨNG NHẬN:',
            'Công trình: Trường THPT Dân tộc nội trú tỉnh - hạng mục nhà ký túc xá 5 tầng',
            'Địa điểm xây dựng: phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu',
            'Đã được thẩm duyệt thiết kế về phòng cháy và chữa cháy theo hồ sơ thiết kế kèm theo.',
            'TRƯỞNG PHÒNG',
            'Thượng tá Phạm Văn Khoa',
          ],
        ],
        truth: result(
          null,
          'GIẤY CHỨNG NHẬN THẨM DUYỆT THIẾT KẾ VỀ PHÒNG CHÁY VÀ CHỮA CHÁY',
          '118/TD-PCCC',
          'PHÒNG CẢNH SÁT PCCC VÀ CNCH',
          'province',
          issued,
        ),
        unknownAs: ['thẩm duyệt thiết kế về phòng cháy', 'thẩm duyệt thiết kế phòng cháy'],
      }),
    );
  }
  {
    const signed: Iso = '2025-10-30';
    out.push(
      doc({
        id: 'x-cong-bo-ben-thuy-phong-dien',
        form: 'NĐ 08/2021/NĐ-CP (sửa đổi NĐ 54/2022, thẩm quyền cấp xã theo 2025), Quyết định công bố hoạt động bến thủy nội địa',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'XÃ NHƠN ÁI'], '402/QĐ-UBND', pd('Nhơn Ái', signed), 'textract'),
            'QUYẾT ĐỊNH',
            'Về việc công bố hoạt động bến thủy nội địa',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NHƠN ÁI',
            'Căn cứ Nghị định số 08/2021/NĐ-CP ngày 28 tháng 01 năm 2021 của Chính phủ quy định về quản lý hoạt động đường thủy nội địa;',
            'Xét đơn đề nghị công bố hoạt động bến thủy nội địa của ông Lâm Văn Chín ngày 14/10/2025,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Công bố hoạt động bến thủy nội địa Bến đò Nhơn Ái, trên sông Cần Thơ, ấp Nhơn Lộc.',
            'Thời hạn hoạt động của bến: 05 năm kể từ ngày ký.',
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
            'CHỦ TỊCH',
            'Phan Thành Lợi',
          ],
        ],
        truth: result(
          null,
          'QUYẾT ĐỊNH',
          '402/QĐ-UBND',
          'ỦY BAN NHÂN DÂN XÃ NHƠN ÁI',
          'commune',
          signed,
          addMonths(signed, 60),
        ),
        tags: ['textract-lines'],
        unknownAs: ['bến thủy nội địa'],
      }),
    );
  }
  {
    const issued: Iso = '2023-09-05';
    out.push(
      doc({
        id: 'x-day-them-hoc-them-mai-son',
        form: 'TT 17/2012/TT-BGDĐT Điều 13 Giấy phép tổ chức hoạt động dạy thêm, học thêm (Trưởng phòng GD&ĐT huyện)',
        pages: [
          [
            ...head(['UBND HUYỆN MAI SƠN', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'], '12/GP-PGDĐT', pd('Mai Sơn', issued)),
            'GIẤY PHÉP',
            'TỔ CHỨC HOẠT ĐỘNG DẠY THÊM, HỌC THÊM',
            'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MAI SƠN',
            'Cho phép: Bà Hà Thị Thanh Thủy, giáo viên',
            'Địa điểm tổ chức: Tiểu khu 8, thị trấn Hát Lót, huyện Mai Sơn, tỉnh Sơn La',
            'Môn học: Toán, Tiếng Anh     Lớp: 6, 7, 8, 9',
            'Giấy phép có thời hạn 36 tháng kể từ ngày cấp.',
            'TRƯỞNG PHÒNG',
            'Lò Văn Thương',
          ],
        ],
        truth: result(
          null,
          'GIẤY PHÉP TỔ CHỨC HOẠT ĐỘNG DẠY THÊM, HỌC THÊM',
          '12/GP-PGDĐT',
          'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
          'district',
          issued,
          addMonths(issued, 36),
        ),
        unknownAs: ['dạy thêm'],
      }),
    );
  }
  {
    const issued: Iso = '2024-02-26';
    out.push(
      doc({
        id: 'x-kien-thuc-attp-ha-noi',
        form: 'TT 48/2015/TT-BYT, QĐ 1238/QĐ-BYT (mẫu Giấy xác nhận kiến thức về an toàn thực phẩm), Chi cục ATVSTP',
        pages: [
          [
            ...head(
              ['SỞ Y TẾ HÀ NỘI', 'CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM'],
              '2771/2024/XNKT-ATTP',
              pd('Hà Nội', issued),
            ),
            'GIẤY XÁC NHẬN',
            'KIẾN THỨC VỀ AN TOÀN THỰC PHẨM',
            'CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM HÀ NỘI XÁC NHẬN:',
            'Ông/Bà: Phùng Thị Ngân     Ngày sinh: 12/4/1977',
            'Cơ sở: Quán bún chả Phùng Ngân, 14 phố Hàng Mành, quận Hoàn Kiếm',
            'Đã đạt yêu cầu kiểm tra kiến thức về an toàn thực phẩm theo quy định.',
            'Giấy xác nhận có giá trị 03 năm kể từ ngày cấp.',
            'CHI CỤC TRƯỞNG',
            'Đặng Thanh Phong',
          ],
        ],
        truth: result(
          null,
          'GIẤY XÁC NHẬN KIẾN THỨC VỀ AN TOÀN THỰC PHẨM',
          '2771/2024/XNKT-ATTP',
          'CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM',
          'province',
          issued,
          addMonths(issued, 36),
        ),
        tags: ['look-alike'],
        unknownAs: ['kiến thức về an toàn thực phẩm', 'kiến thức an toàn thực phẩm'],
      }),
    );
  }
  {
    const issued: Iso = '2024-11-12';
    out.push(
      doc({
        id: 'x-chat-ha-cay-xanh-cau-giay',
        form: 'NĐ 64/2010/NĐ-CP Điều 13 Giấy phép chặt hạ, dịch chuyển cây xanh đô thị (UBND quận)',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'QUẬN CẦU GIẤY'], '58/GP-UBND', pd('Cầu Giấy', issued)),
            'GIẤY PHÉP',
            'CHẶT HẠ, DỊCH CHUYỂN CÂY XANH',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN CẦU GIẤY',
            'Cho phép: Ban Quản lý dự án đầu tư xây dựng quận Cầu Giấy',
            'Được chặt hạ 03 cây sấu, dịch chuyển 02 cây bằng lăng trên vỉa hè phố Trần Thái Tông',
            'Thời gian thực hiện: trong 30 ngày. Giấy phép có hiệu lực đến ngày 12/12/2024.',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Vũ Văn Tiệp',
          ],
        ],
        truth: result(
          null,
          'GIẤY PHÉP CHẶT HẠ, DỊCH CHUYỂN CÂY XANH',
          '58/GP-UBND',
          'ỦY BAN NHÂN DÂN QUẬN CẦU GIẤY',
          'district',
          issued,
          '2024-12-12',
        ),
        unknownAs: ['chặt hạ', 'cây xanh'],
      }),
    );
  }
  {
    const issued: Iso = '2026-03-02';
    out.push(
      doc({
        id: 'x-khai-thac-thuy-san-can-tho',
        form: 'Luật Thủy sản 2017, NĐ 26/2019/NĐ-CP (sửa đổi NĐ 37/2024) mẫu Giấy phép khai thác thủy sản',
        pages: [
          phone(
            [
              'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
              'THÀNH PHỐ CẦN THƠ     Độc lập - Tự do - Hạnh phúc',
              'GIẤY PHÉP KHAI THÁC THỦY SẢN',
              'Số: CT-00417-KT',
              'Tên chủ tàu: Thạch Sà Rết     Địa chỉ: xã Trần Đề, thành phố Cần Thơ',
              'Số đăng ký tàu cá: ST-93112-TS     Chiều dài lớn nhất: 14,8 m',
              'Nghề khai thác: Lưới rê     Vùng khai thác: Vùng lộng',
              `Ngày cấp: ${numericDate(issued)}`,
              'Có giá trị đến ngày: 01/3/2028',
              'KT. GIÁM ĐỐC',
              'PHÓ GIÁM ĐỐC',
              'Huỳnh Văn Hòa',
            ],
            'dvc',
            '16:48',
            23,
          ),
        ],
        truth: result(
          null,
          'GIẤY PHÉP KHAI THÁC THỦY SẢN',
          'CT-00417-KT',
          'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
          'province',
          issued,
          '2028-03-01',
        ),
        tags: ['phone-screen', 'look-alike'],
        unknownAs: ['khai thác thủy sản'],
      }),
    );
  }
  {
    const issued: Iso = '2022-05-18';
    out.push(
      doc({
        id: 'x-tro-giup-xa-hoi-son-la',
        form: 'NĐ 103/2017/NĐ-CP mẫu số 02 Giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội',
        pages: [
          [
            ...head(
              ['UBND TỈNH SƠN LA', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
              '03/GCN-SLĐTBXH',
              pd('Sơn La', issued),
            ),
            'GIẤY CHỨNG NHẬN ĐĂNG KÝ THÀNH LẬP',
            'CƠ SỞ TRỢ GIÚP XÃ HỘI',
            '1. Tên cơ sở: Cơ sở bảo trợ xã hội Hoa Ban',
            '2. Địa chỉ trụ sở: Tổ 4, phường Chiềng Lề, thành phố Sơn La',
            '3. Người đứng đầu: Bà Bạc Thị Khuyên',
            '4. Loại hình: Cơ sở trợ giúp xã hội ngoài công lập',
            'GIÁM ĐỐC',
            'Trần Trọng Thái',
          ],
        ],
        truth: result(
          null,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ THÀNH LẬP CƠ SỞ TRỢ GIÚP XÃ HỘI',
          '03/GCN-SLĐTBXH',
          'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
          'province',
          issued,
        ),
        unknownAs: ['cơ sở trợ giúp xã hội'],
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Official non-results that look like results, and citizens' forms.

function nonResults(): CorpusDoc[] {
  const out: CorpusDoc[] = [];

  // A notice that a certificate was issued (names its number and date): the notice is not the certificate.
  {
    const d: Iso = '2025-12-02';
    out.push(
      doc({
        id: 'n-thong-bao-da-cap-gcn-yen-hoa',
        form: 'ND 30/2020 Phụ lục III mẫu Thông báo',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG YÊN HÒA'], '245/TB-UBND', pd('Yên Hòa', d)),
            'THÔNG BÁO',
            'Về việc đã cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
            'Ủy ban nhân dân phường Yên Hòa thông báo:',
            'Ông Cao Minh Khôi đã được cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất số phát hành AB 771204, số vào sổ cấp GCN: CS 01877 ngày 20/11/2025.',
            'Đề nghị ông đến Bộ phận Một cửa phường nhận Giấy chứng nhận trước ngày 31/12/2025.',
            'Nơi nhận:',
            '- Như trên;',
            '- Lưu: VT.',
            'TM. ỦY BAN NHÂN DÂN',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Nguyễn Thị Bích Ngọc',
          ],
        ],
        truth: notResult('THÔNG BÁO', '245/TB-UBND', 'ỦY BAN NHÂN DÂN PHƯỜNG YÊN HÒA', 'commune', d),
        tags: ['look-alike'],
      }),
    );
  }

  // A fee receipt for a copy extract (biên lai điện tử): a number, a date, a civil-status name.
  {
    const d: Iso = '2026-02-24';
    out.push(
      doc({
        id: 'n-bien-lai-le-phi-ban-sao',
        form: 'NĐ 11/2020/NĐ-CP, TT 32/2025/TT-BTC mẫu Biên lai thu phí, lệ phí điện tử',
        pages: [
          phone(
            [
              'ỦY BAN NHÂN DÂN XÃ MƯỜNG LA',
              'Mã số thuế: 5500398142',
              'BIÊN LAI THU PHÍ, LỆ PHÍ',
              '(BIÊN LAI ĐIỆN TỬ)',
              'Mẫu số: 01BLP0-001     Ký hiệu: 1C26TYY     Số: 0000187',
              `Ngày ${looseDate(d)}`,
              'Tên người nộp: Quàng Thị Hiên',
              'Địa chỉ: Bản Bó, xã Mường La, tỉnh Sơn La',
              'Tên loại phí, lệ phí: Phí cấp bản sao trích lục hộ tịch (02 bản)',
              'Số tiền: 16.000 đồng     Bằng chữ: Mười sáu nghìn đồng',
              'Người thu tiền',
              'Ký bởi: ỦY BAN NHÂN DÂN XÃ MƯỜNG LA',
            ],
            'zalo',
            '09:03',
            66,
          ),
        ],
        truth: notResult('BIÊN LAI THU PHÍ, LỆ PHÍ', '0000187', 'ỦY BAN NHÂN DÂN XÃ MƯỜNG LA', 'commune', d),
        tags: ['phone-screen', 'look-alike'],
      }),
    );
  }

  // A dossier-processing control slip (phiếu kiểm soát), its table read cell by cell by Textract.
  {
    const received: Iso = '2025-12-22';
    out.push(
      doc({
        id: 'n-phieu-kiem-soat-ruou-cai-khe',
        form: 'TT 01/2018/TT-VPCP mẫu số 05 Phiếu kiểm soát quá trình giải quyết hồ sơ',
        pages: [
          [
            ...head(['UBND PHƯỜNG CÁI KHẾ', 'BỘ PHẬN MỘT CỬA'], null, '', 'textract').filter(Boolean),
            'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
            'Mã hồ sơ: 000.00.23.H13-251222-0018',
            '(Liên: Lưu tại Bộ phận Một cửa)',
            'Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Kinh tế, Hạ tầng và Đô thị',
            'Cơ quan phối hợp giải quyết hồ sơ:',
            ...table(
              [
                ['TÊN CƠ QUAN', 'THỜI GIAN GIAO, NHẬN HỒ SƠ', 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ', 'GHI CHÚ'],
                ['1. Giao: Bộ phận Một cửa', `8 giờ 15 phút, ngày ${numericDate(received)}`, 'Người giao', ''],
                ['2. Nhận: Phòng Kinh tế, Hạ tầng và Đô thị', `ngày ${numericDate(received)}`, 'Người nhận', ''],
                [
                  '3. Giao: Phòng Kinh tế, Hạ tầng và Đô thị',
                  'ngày 09/01/2026',
                  'Đúng hạn',
                  'Giấy phép bán lẻ rượu số 07/GP-UBND',
                ],
                ['4. Nhận: Bộ phận Một cửa', 'ngày 14/01/2026', 'Đã trả kết quả', ''],
              ],
              'textract',
            ),
          ],
        ],
        truth: notResult('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', null, 'UBND PHƯỜNG CÁI KHẾ', 'commune', null),
        tags: ['textract-lines', 'textract-table', 'look-alike'],
      }),
    );
  }

  // A decision settling a complaint about a land certificate (a district chairman, Cần Thơ, 2024).
  {
    const d: Iso = '2024-11-19';
    out.push(
      doc({
        id: 'n-qd-giai-quyet-khieu-nai-gcn',
        form: 'Luật Khiếu nại 2011, NĐ 124/2020/NĐ-CP mẫu số 15 Quyết định giải quyết khiếu nại lần đầu',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'QUẬN BÌNH THỦY'], '1123/QĐ-UBND', pd('Bình Thủy', d)),
            'QUYẾT ĐỊNH',
            'Về việc giải quyết khiếu nại của ông Trịnh Văn Hậu (lần đầu)',
            'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BÌNH THỦY',
            'Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;',
            'Xét đơn khiếu nại ngày 02/8/2024 của ông Trịnh Văn Hậu đối với việc ghi diện tích trên Giấy chứng nhận số vào sổ CS 04521 do Sở Tài nguyên và Môi trường cấp ngày 08/5/2024,',
            'QUYẾT ĐỊNH:',
            'Điều 1. Không công nhận nội dung khiếu nại của ông Trịnh Văn Hậu; giữ nguyên Giấy chứng nhận đã cấp.',
            'Điều 2. Trong thời hạn 30 ngày, nếu không đồng ý, ông có quyền khiếu nại lần hai hoặc khởi kiện.',
            'CHỦ TỊCH',
            'Nguyễn Thanh Tâm',
          ],
        ],
        truth: notResult('QUYẾT ĐỊNH', '1123/QĐ-UBND', 'ỦY BAN NHÂN DÂN QUẬN BÌNH THỦY', 'district', d),
        tags: ['look-alike', 'several-dates'],
      }),
    );
  }

  // A citizen's request for copy extracts (tờ khai), signed and dated, no issuer.
  {
    const d: Iso = '2026-04-13';
    out.push(
      doc({
        id: 'n-to-khai-cap-ban-sao-trich-luc',
        form: 'TT 04/2020/TT-BTP mẫu Tờ khai đề nghị cấp bản sao trích lục hộ tịch',
        pages: [
          [
            MOTTO,
            MOTTO2,
            'TỜ KHAI ĐỀ NGHỊ CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH',
            'Kính gửi: Ủy ban nhân dân phường Hoàn Kiếm',
            'Họ, chữ đệm, tên người yêu cầu: ĐỖ MINH TUẤN',
            'Giấy tờ tùy thân: Căn cước số 001098014472 cấp ngày 20/6/2022',
            'Đề nghị cấp bản sao: Trích lục khai sinh',
            'Họ, chữ đệm, tên người được cấp: Đỗ Minh Tuấn     Ngày sinh: 04/11/1998',
            'Đã đăng ký tại: UBND phường Hàng Trống ngày 12/11/1998, số 233, quyển số 02/1998',
            'Số lượng bản sao: 02 bản',
            `Làm tại: Hoàn Kiếm, ${nd30Date(d)}`,
            'Người yêu cầu',
            'Đỗ Minh Tuấn',
          ],
        ],
        truth: notResult('TỜ KHAI ĐỀ NGHỊ CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH', null, null, null, d),
        tags: ['look-alike', 'several-dates'],
      }),
    );
  }

  // An unsigned draft (DỰ THẢO) of a karaoke licence: blank number and day.
  out.push(
    doc({
      id: 'n-du-thao-gp-karaoke-chieng-sinh',
      form: 'NĐ 54/2019/NĐ-CP mẫu số 03, as a draft (dự thảo) circulated for comment',
      pages: [
        [
          'DỰ THẢO',
          ...head(
            ['ỦY BAN NHÂN DÂN', 'PHƯỜNG CHIỀNG SINH'],
            '     /GP-UBND',
            'Chiềng Sinh, ngày      tháng      năm 2026',
          ),
          'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
          'ỦY BAN NHÂN DÂN PHƯỜNG CHIỀNG SINH',
          'Cho phép: Hộ kinh doanh Karaoke Ban Trắng',
          'Mã số hộ kinh doanh: 014188009270',
          'Địa điểm kinh doanh: Tổ 9, phường Chiềng Sinh, tỉnh Sơn La',
          'Số lượng phòng: 05 phòng',
          'CHỦ TỊCH',
        ],
      ],
      truth: notResult(
        'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
        null,
        'ỦY BAN NHÂN DÂN PHƯỜNG CHIỀNG SINH',
        'commune',
        null,
      ),
      tags: ['look-alike'],
    }),
  );

  // The revocation of an expired tobacco licence (a district, 2024): cites the licence, its date and end.
  {
    const d: Iso = '2024-01-08';
    out.push(
      doc({
        id: 'n-qd-thu-hoi-gp-thuoc-la-het-han',
        form: 'NĐ 67/2013/NĐ-CP Điều 39 (thu hồi giấy phép), ND 30 layout of a decision',
        pages: [
          phoneNoise(
            [
              ...head(['ỦY BAN NHÂN DÂN', 'HUYỆN TÂN UYÊN'], '19/QĐ-UBND', pd('Tân Uyên', d)),
              'QUYẾT ĐỊNH',
              'Về việc thu hồi Giấy phép bán lẻ sản phẩm thuốc lá',
              'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TÂN UYÊN',
              'Xét Giấy phép bán lẻ sản phẩm thuốc lá số 02/GP-KTHT ngày 11/10/2018 của Phòng Kinh tế - Hạ tầng cấp cho hộ kinh doanh Vì Văn Sơn, có giá trị đến ngày 11/10/2023, đã hết hiệu lực mà thương nhân không đề nghị cấp lại,',
              'QUYẾT ĐỊNH:',
              'Điều 1. Thu hồi Giấy phép bán lẻ sản phẩm thuốc lá số 02/GP-KTHT ngày 11/10/2018.',
              'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
              'KT. CHỦ TỊCH',
              'PHÓ CHỦ TỊCH',
              'Tòng Văn Hải',
            ].join('\n'),
            5105,
          ).split('\n'),
        ],
        truth: notResult('QUYẾT ĐỊNH', '19/QĐ-UBND', 'ỦY BAN NHÂN DÂN HUYỆN TÂN UYÊN', 'district', d),
        tags: ['ocr-noise', 'look-alike', 'several-dates'],
      }),
    );
  }

  // An annex list alone (household businesses and their codes), its table read cell by cell.
  out.push(
    doc({
      id: 'n-phu-luc-danh-sach-hkd-quan-ba',
      form: 'ND 30/2020 Phụ lục kèm theo quyết định (danh sách), page alone',
      pages: [
        [
          'PHỤ LỤC',
          'DANH SÁCH HỘ KINH DOANH ĐƯỢC CẤP GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          '(Kèm theo Quyết định số 312/QĐ-UBND ngày 30/9/2025 của UBND xã Quản Bạ)',
          ...table(
            [
              ['STT', 'Tên hộ kinh doanh', 'Mã số hộ kinh doanh', 'Ngày cấp'],
              ['1', 'Nhà nghỉ Cổng Trời', '002086007713', '26/8/2025'],
              ['2', 'Tạp hóa Thào Mai', '002190004418', '04/9/2025'],
              ['3', 'Quán ăn Sùng Sính', '002079001152', '17/9/2025'],
            ],
            'textract',
          ),
        ],
      ],
      truth: notResult('PHỤ LỤC', null, null, null, null),
      tags: ['textract-table', 'look-alike'],
    }),
  );

  // A one-stop receipt and appointment (mẫu 01) for a marriage registration, in the public-service app.
  {
    const d: Iso = '2026-03-03';
    out.push(
      doc({
        id: 'n-giay-tiep-nhan-ket-hon-app',
        form: 'TT 01/2018/TT-VPCP mẫu số 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
        pages: [
          phone(
            [
              'UBND PHƯỜNG NINH KIỀU     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
              'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG     Độc lập - Tự do - Hạnh phúc',
              `Mã hồ sơ: 000.00.18.H13-260303-0112     ${pd('Ninh Kiều', d)}`,
              'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
              'Tiếp nhận hồ sơ của: Ông Huỳnh Tấn Phát và bà Lê Ngọc Trâm',
              'Nội dung yêu cầu giải quyết: Đăng ký kết hôn',
              'Thành phần hồ sơ: Tờ khai đăng ký kết hôn; Giấy xác nhận tình trạng hôn nhân số 118/XNTTHN',
              'Thời gian giải quyết hồ sơ theo quy định: 01 ngày làm việc',
              'Thời gian nhận hồ sơ: 09 giờ 40 phút, ngày 03/3/2026',
              'Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 04/3/2026',
              'NGƯỜI TIẾP NHẬN HỒ SƠ',
              'Châu Thị Kiều Oanh',
            ],
            'dvc',
            '09:44',
            90,
          ),
        ],
        truth: notResult(
          'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
          null,
          'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
          'commune',
          d,
        ),
        tags: ['phone-screen', 'several-dates'],
      }),
    );
  }

  // A screenshot of the national portal's dossier look-up: the result's name, number and date, no paper.
  out.push(
    doc({
      id: 'n-tra-cuu-ho-so-dvc-screen',
      form: 'Cổng Dịch vụ công quốc gia, màn hình tra cứu hồ sơ (ảnh chụp màn hình điện thoại)',
      pages: [
        phone(
          [
            'CỔNG DỊCH VỤ CÔNG QUỐC GIA',
            'Tra cứu hồ sơ',
            'Mã hồ sơ:',
            'H13.62-250812-0007',
            'Thủ tục:',
            'Cấp giấy phép xây dựng mới đối với công trình cấp II',
            'Cơ quan giải quyết:',
            'Sở Xây dựng tỉnh Điện Biên',
            'Ngày tiếp nhận:',
            '28/07/2025',
            'Ngày hẹn trả:',
            '18/08/2025',
            'Trạng thái:',
            'Đã trả kết quả',
            'Kết quả:',
            'Giấy phép xây dựng số 62/GPXD-SXD ngày 12/08/2025',
            'Đánh giá chất lượng giải quyết',
          ],
          'dvc',
          '20:15',
          41,
        ),
      ],
      truth: notResult(null, null, null, null, null),
      tags: ['phone-screen', 'textract-kv', 'look-alike', 'several-dates'],
    }),
  );

  // A land-use fee notice of a tax office (Hà Giang, 2024): a number, a date, the certificate's name.
  {
    const d: Iso = '2024-07-03';
    out.push(
      doc({
        id: 'n-thong-bao-nop-tien-su-dung-dat',
        form: 'TT 80/2021/TT-BTC mẫu số 01/TB-TSDĐ Thông báo nộp tiền sử dụng đất',
        pages: [
          [
            ...head(
              ['CỤC THUẾ TỈNH HÀ GIANG', 'CHI CỤC THUẾ KHU VỰC', 'YÊN MINH - ĐỒNG VĂN'],
              '1871/TB-CCT',
              pd('Yên Minh', d),
            ),
            'THÔNG BÁO',
            'Nộp tiền sử dụng đất',
            'Căn cứ Phiếu chuyển thông tin số 402/VPĐK ngày 21/6/2024 của Chi nhánh Văn phòng đăng ký đất đai huyện Yên Minh,',
            'Tên người sử dụng đất: Giàng Mí Chá',
            'Thửa đất số: 77; Tờ bản đồ số: 12; Địa chỉ: thôn Na Pô, xã Du Già',
            'Số tiền sử dụng đất phải nộp: 36.400.000 đồng',
            'Thời hạn nộp tiền: chậm nhất là ngày 02/8/2024 (30 ngày kể từ ngày ký thông báo)',
            'Sau khi nộp đủ tiền, người sử dụng đất được cấp Giấy chứng nhận quyền sử dụng đất.',
            'CHI CỤC TRƯỞNG',
            'Nguyễn Mạnh Toàn',
          ],
        ],
        truth: notResult('THÔNG BÁO', '1871/TB-CCT', 'CHI CỤC THUẾ KHU VỰC YÊN MINH - ĐỒNG VĂN', null, d),
        tags: ['look-alike', 'several-dates'],
      }),
    );
  }

  // A request to complete a dossier (mẫu 02) for a food-safety certificate, Sơn La, 2025.
  {
    const d: Iso = '2025-02-17';
    out.push(
      doc({
        id: 'n-phieu-yeu-cau-bo-sung-attp',
        form: 'TT 01/2018/TT-VPCP mẫu số 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
        pages: [
          [
            ...head(
              ['UBND TỈNH SƠN LA', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'],
              '118/PYC-TTPVHCC',
              pd('Sơn La', d),
              'textract',
            ),
            'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
            'Hồ sơ của: Trường PTDTNT THCS huyện Yên Châu',
            'Nội dung yêu cầu giải quyết: Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
            'Yêu cầu bổ sung: Bản sao Giấy chứng nhận số 093/2021/ATTP-CNĐK cấp ngày 02/11/2021',
            'Lý do: Hồ sơ chưa có bản sao giấy chứng nhận đã cấp.',
            'NGƯỜI HƯỚNG DẪN',
            'Sầm Thị Nhung',
          ],
        ],
        truth: notResult(
          'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
          '118/PYC-TTPVHCC',
          'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
          'province',
          d,
        ),
        tags: ['textract-lines', 'look-alike', 'several-dates'],
      }),
    );
  }

  // An apology slip with a new return date (mẫu 04), a Hà Nội district, 2024.
  {
    const d: Iso = '2024-06-20';
    out.push(
      doc({
        id: 'n-phieu-xin-loi-hen-lai-long-bien',
        form: 'TT 01/2018/TT-VPCP mẫu số 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'QUẬN LONG BIÊN'], '57/PXL-UBND', pd('Long Biên', d)),
            'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
            'Kính gửi: Ông Tạ Quang Vinh',
            'Ngày 03/6/2024, Ủy ban nhân dân quận Long Biên tiếp nhận hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ của ông.',
            'Thời hạn trả kết quả theo quy định: ngày 18/6/2024.',
            'Lý do chậm trả: cần lấy ý kiến cơ quan quản lý hạ tầng kỹ thuật.',
            'Ủy ban nhân dân quận Long Biên xin lỗi ông và hẹn trả kết quả vào ngày 28/6/2024.',
            'KT. CHỦ TỊCH',
            'PHÓ CHỦ TỊCH',
            'Đinh Văn Tuấn',
          ],
        ],
        truth: notResult(
          'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
          '57/PXL-UBND',
          'ỦY BAN NHÂN DÂN QUẬN LONG BIÊN',
          'district',
          d,
        ),
        tags: ['look-alike', 'several-dates'],
      }),
    );
  }

  // A citizen's marriage registration form (tờ khai), post-reform Lai Châu, handwritten date.
  {
    const d: Iso = '2025-11-27';
    out.push(
      doc({
        id: 'n-to-khai-ket-hon-tan-uyen',
        form: 'TT 04/2020/TT-BTP mẫu Tờ khai đăng ký kết hôn',
        pages: [
          [
            MOTTO,
            MOTTO2,
            'TỜ KHAI ĐĂNG KÝ KẾT HÔN',
            'Kính gửi: Ủy ban nhân dân xã Tân Uyên, tỉnh Lai Châu',
            'Thông tin     Bên nữ     Bên nam',
            'Họ, chữ đệm, tên     LÒ THỊ PHƯỢNG     HOÀNG VĂN ĐOÀN',
            'Ngày, tháng, năm sinh     02/9/2001     17/12/1998',
            'Dân tộc     Thái     Kinh',
            'Nơi cư trú     Bản Nà Bó, xã Tân Uyên     Tổ 3, xã Tân Uyên',
            'Giấy tờ tùy thân     CC 012301004455     CC 012098002260',
            'Kết hôn lần thứ mấy     Lần thứ nhất     Lần thứ nhất',
            'Chúng tôi cam đoan những lời khai trên đây là đúng sự thật.',
            `Làm tại: Tân Uyên, ngày 27 tháng 11 năm 2025`,
            'Bên nữ     Bên nam',
            'Lò Thị Phượng     Hoàng Văn Đoàn',
          ],
        ],
        truth: notResult('TỜ KHAI ĐĂNG KÝ KẾT HÔN', null, null, null, d),
      }),
    );
  }

  // A provincial department's letter replying about a licence extension (V/v gia hạn), 2023.
  {
    const d: Iso = '2023-03-29';
    out.push(
      doc({
        id: 'n-cong-van-gia-han-gp-xang-dau',
        form: 'ND 30/2020 Phụ lục III mẫu công văn',
        pages: [
          [
            ...head(['UBND TỈNH LAI CHÂU', 'SỞ CÔNG THƯƠNG'], '512/SCT-QLTM', pd('Lai Châu', d)),
            'V/v gia hạn Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
            'Kính gửi: Công ty TNHH Xăng dầu Phong Thổ',
            'Sở Công Thương nhận được Văn bản số 08/CV-XDPT ngày 15/3/2023 của Công ty đề nghị gia hạn Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu số 14/GCNĐĐK-SCT cấp ngày 20/5/2018, có hiệu lực đến ngày 20/5/2023.',
            'Theo quy định, Giấy chứng nhận không được gia hạn; đề nghị Công ty lập hồ sơ đề nghị cấp lại trước khi hết hiệu lực.',
            'Nơi nhận:',
            '- Như trên;',
            '- Lưu: VT, QLTM.',
            'KT. GIÁM ĐỐC',
            'PHÓ GIÁM ĐỐC',
            'Vũ Thị Thu Hà',
          ],
        ],
        truth: notResult(null, '512/SCT-QLTM', 'SỞ CÔNG THƯƠNG', 'province', d),
        tags: ['look-alike', 'several-dates'],
      }),
    );
  }

  // A hand-over record of results (certificates) between the one-stop desk and a commune office, table.
  {
    const d: Iso = '2025-10-15';
    out.push(
      doc({
        id: 'n-bien-ban-ban-giao-ket-qua-my-xuyen',
        form: 'ND 30/2020 Phụ lục III mẫu biên bản',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'XÃ MỸ XUYÊN'], '14/BB-UBND', pd('Mỹ Xuyên', d), 'textract'),
            'BIÊN BẢN',
            'Bàn giao kết quả giải quyết thủ tục hành chính',
            'Hôm nay, vào lúc 15 giờ 00, ngày 15/10/2025, tại Trung tâm Phục vụ hành chính công xã Mỹ Xuyên',
            ...table(
              [
                ['STT', 'Tên kết quả', 'Số, ký hiệu', 'Ngày cấp'],
                ['1', 'Giấy chứng nhận đăng ký hộ kinh doanh', '092185003317', '08/10/2025'],
                ['2', 'Giấy xác nhận tình trạng hôn nhân', '61/XNTTHN', '10/10/2025'],
                ['3', 'Giấy phép bán lẻ rượu', '04/GP-UBND', '13/10/2025'],
              ],
              'textract',
            ),
            'Biên bản kết thúc lúc 15 giờ 30 cùng ngày.',
            'BÊN GIAO     BÊN NHẬN',
          ],
        ],
        truth: notResult('BIÊN BẢN', '14/BB-UBND', 'ỦY BAN NHÂN DÂN XÃ MỸ XUYÊN', 'commune', d),
        tags: ['textract-lines', 'textract-table', 'look-alike', 'several-dates'],
      }),
    );
  }

  // A monthly report of a post-reform Sơn La commune with counts of results issued.
  {
    const d: Iso = '2025-10-03';
    out.push(
      doc({
        id: 'n-bao-cao-ket-qua-tthc-thuan-chau',
        form: 'ND 30/2020 Phụ lục III mẫu báo cáo; TT 01/2018/TT-VPCP chế độ báo cáo',
        pages: [
          [
            ...head(['ỦY BAN NHÂN DÂN', 'XÃ THUẬN CHÂU'], '88/BC-UBND', pd('Thuận Châu', d)),
            'BÁO CÁO',
            'Kết quả giải quyết thủ tục hành chính tháng 9 năm 2025',
            'I. Số hồ sơ tiếp nhận: 412; đã giải quyết: 398 (đúng hạn 391, quá hạn 7).',
            'II. Kết quả đã trả theo loại:',
            'Giấy khai sinh   126',
            'Giấy chứng nhận kết hôn   31',
            'Giấy xác nhận tình trạng hôn nhân   44',
            'Chứng thực bản sao từ bản chính   170',
            'Giấy chứng nhận đăng ký hộ kinh doanh   27',
            'Nơi nhận:',
            '- UBND tỉnh (b/c);',
            '- Lưu: VT.',
            'CHỦ TỊCH',
            'Lò Văn Pâng',
          ],
        ],
        truth: notResult('BÁO CÁO', '88/BC-UBND', 'ỦY BAN NHÂN DÂN XÃ THUẬN CHÂU', 'commune', d),
        tags: ['look-alike'],
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------

/** The fifth held-out corpus, in a fixed order (deterministic: no clock, seeded noise). */
export function heldout5Corpus(): CorpusDoc[] {
  return [
    ...civilStatus(),
    ...certifications(),
    ...registrations(),
    ...land(),
    ...licences(),
    ...diplomasAndDecisions(),
    ...unknownTypes(),
    ...nonResults(),
  ];
}

const CATEGORIES5: Record<string, string> = {
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
export const category5 = categoryOf(CATEGORIES5);

/** Results of types the catalogue lacked when written take a later type's id (heldout.ts). */
export const resolveHeldout5Types = resolveHeldoutTypes;
