/**
 * The ninth held-out corpus: ~75 documents written blind (2026-12-03 night, helper session `h9w`), without opening
 * the classifier, its catalogue readers, DOMAIN.md or any other corpus's texts. Unlike the earlier sets its layouts
 * follow public material read for it with the `search` tool (published forms and real decisions quoted on
 * thuvienphapluat-style pages, form sites and provincial portals; each document's `form` names what it follows and
 * where it was read, or says "from knowledge" where nothing was found). Its places are the northern mountains (Lai
 * Châu, Sơn La, Lào Cai, Hà Giang / Tuyên Quang, Cao Bằng, Lạng Sơn, Điện Biên), the Central Highlands (Gia Lai, Đắk
 * Lắk, Kon Tum, Lâm Đồng) and the Mekong Delta (Cần Thơ, Sóc Trăng, Hậu Giang, An Giang, Kiên Giang, Cà Mau, Bạc
 * Liêu, Đồng Tháp, Vĩnh Long), before 01/7/2025 and after (merged provinces, communes without a district). About a
 * quarter are written as an OCR reading returns them (`DEFECT_TAGS9`). Names, ID numbers and document numbers are
 * invented. Labels follow bench/corpus/README.md ("Label conventions", held-out 8's decisions, and the held-out 9
 * section's own).
 */

import { resolveHeldoutTypes } from './heldout.ts';
import { confuseLetters, dropSomeMarks, shuffleBlocks } from './heldout8.ts';
import {
  addDays,
  addMonths,
  type CorpusDoc,
  type CorpusTruth,
  type Iso,
  MOTTO,
  MOTTO2,
  nd30Date,
  nonResultTruth,
  numericDate,
  page,
  resultTruth,
} from './kit.ts';

/**
 * Tags of this corpus. The first five are readings (how the text reached the classifier, not the paper): the
 * photo run skips them.
 */
export const DEFECT_TAGS9 = [
  'lines-out-of-order',
  'marks-dropped',
  'letters-confused',
  'stamp-crossing',
  'columns-merged',
];
export const TAGS9 = [
  ...DEFECT_TAGS9,
  'post-reform',
  'merged-province',
  'multi-page',
  'look-alike',
  'citizen-form',
  'qr-code',
  'expired',
  'certified-copy',
  'extract-of-old',
  'several-dates',
  'table-layout',
  'ethnic-names',
  'revocation',
];

/** A header: issuer block, motto, number line (as printed, or null), place–date line. */
const head = (block: string[], numberLine: string | null, placeDate: string | null): string[] => [
  ...block,
  MOTTO,
  MOTTO2,
  ...(numberLine ? [numberLine] : []),
  ...(placeDate ? [placeDate] : []),
];

/**
 * The same header as a flat left-to-right reading returns it (Textract lines of a two-column table): each issuer
 * line beside the motto line at its height, the number beside the place–date.
 */
const flatHead = (block: string[], numberLine: string | null, placeDate: string | null): string[] => {
  const right = [MOTTO, MOTTO2];
  const out: string[] = [];
  for (let i = 0; i < Math.max(block.length, right.length); i++)
    out.push([block[i], right[i]].filter(Boolean).join(' '));
  const last = [numberLine, placeDate].filter(Boolean).join(' ');
  return last ? [...out, last] : out;
};

type Reading = 'marks' | 'letters' | 'shuffle';

interface Spec {
  id: string;
  form: string;
  pages: string[];
  truth: CorpusTruth;
  tags: string[];
  unknownAs?: string[];
  /** How OCR read it (applied by `doc`, which adds the reading's tag). */
  read?: Reading;
}

const READING_TAG: Record<Reading, string> = {
  marks: 'marks-dropped',
  letters: 'letters-confused',
  shuffle: 'lines-out-of-order',
};

function doc(s: Spec, seed: number): CorpusDoc {
  const read = s.read;
  const pages = read
    ? s.pages.map((p, k) => {
        const sd = seed * 31 + k;
        if (read === 'marks') return dropSomeMarks(p, sd);
        if (read === 'letters') return confuseLetters(p, sd);
        return shuffleBlocks(p, sd);
      })
    : s.pages;
  const tags = read ? [...s.tags, READING_TAG[read]] : s.tags;
  return {
    id: s.id,
    form: s.form,
    pages,
    truth: s.truth,
    tags,
    ...(s.unknownAs ? { unknownAs: s.unknownAs } : {}),
  };
}

/** The place–date line. */
const pd = (place: string, d: Iso) => `${place}, ${nd30Date(d)}`;

// Sources read for this corpus (the `search` tool, corpus `pages`), named in the `form` fields.
const SRC = {
  gcn2024:
    'afamily.vn, "Giấy chứng nhận quyền sử dụng đất có những thay đổi quan trọng từ 1/8/2024" (layout of the TT 10/2024/TT-BTNMT certificate: page 1 items 1–3, QR, mã GCN, serial; page 2 items 4–6, số vào sổ)',
  gpxd: 'avatelecom.vn, "Top 10 mẫu giấy phép xây dựng" (Mẫu 1 GPXD, Phụ lục II NĐ 15/2021/NĐ-CP: "Số: /GPXD", "1. Cấp cho", "2. Được phép xây dựng")',
  hkd: 'teecafe.vn and tbtvn.org, "Mẫu giấy chứng nhận đăng ký hộ kinh doanh" (Phụ lục VI-1 TT 01/2021/TT-BKHĐT: "Đăng ký lần đầu", "Đăng ký thay đổi lần thứ", items 1–4)',
  khaiTu:
    'artrex.vn, "Tờ khai đăng ký khai tử năm 2021" (TT 04/2020/TT-BTP: "Đã chết vào lúc", "Nơi chết", "Nguyên nhân chết", "Số Giấy báo tử"); thuvienphapluat.vn, "Giấy chứng tử là gì? … Cách ghi Trích lục khai tử"',
  tthn: 'luatsu.com, "Những điều cần biết về giấy xác nhận tình trạng hôn nhân" (06 tháng, Điều 23 NĐ 123/2015, khoản 2 Điều 12 TT 04/2020/TT-BTP)',
  ketHon:
    'dichvubaocaothue.vn, "Mẫu giấy chứng nhận kết hôn bản giấy" (TT 04/2020/TT-BTP, Điều 32); hoatieu.vn, "Giấy chứng nhận đăng ký kết hôn"',
  ct07: 'hoatieu.vn, "Mẫu CT07: Xác nhận thông tin về cư trú" (TT 66/2023/TT-BCA); a quoted Điều 17 TT 55/2021/TT-BCA: "có giá trị 30 ngày kể từ ngày cấp đối với trường hợp xác nhận thông tin về cư trú"',
  qdHoaBinh:
    'phapluatcongdong.vn, Quyết định 21/2013/QĐ-UBND tỉnh Hòa Bình (header, "Căn cứ …", "Xét đề nghị của Giám đốc Sở … tại Tờ trình số …", "QUYẾT ĐỊNH:", "Điều 1.")',
  qdHaGiang:
    'luatminhkhue.vn, Quyết định 3376/2006/QĐ-UBND thị xã Hà Giang (district decision layout, "Xét đề nghị của Trưởng phòng …")',
  nqHaGiang: 'hethongphapluat.vn, Nghị quyết 97/NQ-HĐND tỉnh Hà Giang 2024 (header table, "Căn cứ …")',
  laiChau:
    'laodong.vn, "Tỉnh Lai Châu có 36 xã và 2 phường sau sắp xếp" (Nghị quyết 1670/NQ-UBTVQH15: communes and wards of Lai Châu from 01/7/2025)',
  giaLai:
    'plo.vn / kienthuc.net.vn, "Dự kiến TP Pleiku còn 7 đơn vị hành chính cấp xã" and vietnamplus.vn, "135 đơn vị hành chính cấp xã của tỉnh Gia Lai năm 2025" (Nghị quyết 1664/NQ-UBTVQH15)',
  dakLak:
    'karatedo.com.vn, Đắk Lắk after Nghị quyết 1660/NQ-UBTVQH15 (wards Buôn Ma Thuột, Tân An, Tân Lập, Thành Nhất)',
  canTho:
    'cafef.vn and vietnamplus.vn, "Cần Thơ sắp xếp còn 32 xã, phường" (Thông báo 864/TB-SNV: phường Ninh Kiều, Cái Khế, Tân An, An Bình, Bình Thủy, Cái Răng, Hưng Phú)',
  anGiang: 'danviet.vn, "Trước khi sáp nhập An Giang - Kiên Giang…" (tỉnh An Giang mới, centre Rạch Giá)',
  caoBang:
    'zluat.com, list of Cao Bằng communes and wards after 2025 (phường Thục Phán, Nùng Trí Cao, Tân Giang; xã Hòa An, Bảo Lạc …)',
  laoCai:
    'pbgdpl.laichau.gov.vn (Lai Châu land-recovery decision title); sapa.laocai.gov.vn (communes of Sa Pa: Tả Giàng Phìn, Trung Chải, Lao Chải, Hầu Thào)',
};

// ————————————————————————————————————————————————————————————————— civil status

function civilStatus(): Spec[] {
  const d = {
    ks1: '2024-03-12',
    ks2: '2025-09-18',
    kh: '2023-11-06',
    tlkh: '2026-02-10',
    kt1: '2022-08-25',
    kt2: '2025-12-03',
    tthn1: '2024-05-20',
    tthn2: '2026-06-15',
    gks: '2019-01-08',
    cc: '2021-04-27',
    ncmc: '2025-10-21',
  };
  return [
    {
      id: 'ho-trich-luc-ks-muong-te-h9',
      form: `Trích lục khai sinh (bản sao) — TT 04/2020/TT-BTP as amended by TT 03/2023/TT-BTP (layout from knowledge; the fields of the register from ${SRC.khaiTu})`,
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'HUYỆN MƯỜNG TÈ'], 'Số: 46/TLKS-BS', pd('Mường Tè', d.ks1)),
          'TRÍCH LỤC KHAI SINH',
          '(BẢN SAO)',
          'Họ, chữ đệm, tên: LÒ THỊ PHƯƠNG',
          'Ngày, tháng, năm sinh: 14/02/2009 ghi bằng chữ: Ngày mười bốn, tháng hai, năm hai nghìn không trăm lẻ chín',
          'Giới tính: Nữ Dân tộc: Hà Nhì Quốc tịch: Việt Nam',
          'Nơi sinh: Trạm Y tế xã Bum Nưa, huyện Mường Tè, tỉnh Lai Châu',
          'Quê quán: xã Bum Nưa, huyện Mường Tè, tỉnh Lai Châu',
          'Số định danh cá nhân: 012309004517',
          'Họ, chữ đệm, tên người mẹ: CHU THỊ MÌ',
          'Năm sinh: 1988 Dân tộc: Hà Nhì Quốc tịch: Việt Nam',
          'Họ, chữ đệm, tên người cha: LÒ A SÈ',
          'Năm sinh: 1985 Dân tộc: Hà Nhì Quốc tịch: Việt Nam',
          'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Bum Nưa, huyện Mường Tè, tỉnh Lai Châu',
          'Ngày, tháng, năm đăng ký: 20/3/2009',
          'Sao từ Sổ đăng ký khai sinh, quyển số 01/2009',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Vàng Văn Páo',
        ),
      ],
      truth: resultTruth(
        'trich-luc-khai-sinh',
        'TRÍCH LỤC KHAI SINH',
        '46/TLKS-BS',
        'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ',
        'district',
        d.ks1,
      ),
      tags: ['extract-of-old', 'ethnic-names', 'several-dates'],
    },
    {
      id: 'ho-trich-luc-ks-tan-phong-h9',
      form: `Trích lục khai sinh (bản chính) issued after 01/7/2025 by a ward of Lai Châu — TT 04/2020/TT-BTP, TT 03/2023/TT-BTP (from knowledge; ward name from ${SRC.laiChau})`,
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂN PHONG'], 'Số: 312/TLKS', pd('Tân Phong', d.ks2)),
          'TRÍCH LỤC KHAI SINH',
          'Họ, chữ đệm, tên: GIÀNG GIA HUY',
          'Ngày, tháng, năm sinh: 02/9/2025 ghi bằng chữ: Ngày hai, tháng chín, năm hai nghìn không trăm hai mươi lăm',
          'Giới tính: Nam Dân tộc: Mông Quốc tịch: Việt Nam',
          'Nơi sinh: Bệnh viện Đa khoa tỉnh Lai Châu, phường Tân Phong, tỉnh Lai Châu',
          'Quê quán: xã Sìn Hồ, tỉnh Lai Châu',
          'Số định danh cá nhân: 012225008831',
          'Họ, chữ đệm, tên người mẹ: VÀNG THỊ DUA',
          'Năm sinh: 1999 Dân tộc: Mông Quốc tịch: Việt Nam',
          'Nơi cư trú: tổ 9, phường Tân Phong, tỉnh Lai Châu',
          'Họ, chữ đệm, tên người cha: GIÀNG A CHƠ',
          'Năm sinh: 1997 Dân tộc: Mông Quốc tịch: Việt Nam',
          'Nơi cư trú: tổ 9, phường Tân Phong, tỉnh Lai Châu',
          'Nơi đăng ký khai sinh: Ủy ban nhân dân phường Tân Phong, tỉnh Lai Châu',
          'Ngày, tháng, năm đăng ký: 18/9/2025',
          'NGƯỜI KÝ TRÍCH LỤC',
          'Công chức Tư pháp - Hộ tịch',
          'Tẩn Thị Mai',
        ),
      ],
      truth: resultTruth(
        'trich-luc-khai-sinh',
        'TRÍCH LỤC KHAI SINH',
        '312/TLKS',
        'ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG',
        'commune',
        d.ks2,
      ),
      tags: ['post-reform', 'ethnic-names'],
    },
    {
      id: 'ho-giay-cn-ket-hon-chieng-co-h9',
      form: `Giấy chứng nhận kết hôn — mẫu TT 04/2020/TT-BTP (${SRC.ketHon})`,
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN KẾT HÔN',
          'Số: 27',
          'Quyển số: 01/2023',
          'Họ, chữ đệm, tên vợ: CẦM THỊ XUÂN',
          'Ngày, tháng, năm sinh: 09/7/2000',
          'Dân tộc: Thái Quốc tịch: Việt Nam',
          'Nơi cư trú: bản Hài, xã Chiềng Cơi, thành phố Sơn La, tỉnh Sơn La',
          'Giấy tờ tùy thân: CCCD số 014300007245',
          'Họ, chữ đệm, tên chồng: LÒ VĂN THƯƠNG',
          'Ngày, tháng, năm sinh: 21/3/1997',
          'Dân tộc: Thái Quốc tịch: Việt Nam',
          'Nơi cư trú: bản Cọ, phường Chiềng An, thành phố Sơn La, tỉnh Sơn La',
          'Giấy tờ tùy thân: CCCD số 014097002168',
          'Nơi đăng ký kết hôn: Ủy ban nhân dân xã Chiềng Cơi, thành phố Sơn La, tỉnh Sơn La',
          `Ngày, tháng, năm đăng ký: ${numericDate(d.kh)}`,
          'Vợ Chồng',
          '(Ký, ghi rõ họ, chữ đệm, tên) (Ký, ghi rõ họ, chữ đệm, tên)',
          'Cầm Thị Xuân Lò Văn Thương',
          'CHỦ TỊCH',
          'Quàng Văn Chiến',
        ),
      ],
      truth: resultTruth('ket-hon', 'GIẤY CHỨNG NHẬN KẾT HÔN', '27', 'ỦY BAN NHÂN DÂN XÃ CHIỀNG CƠI', 'commune', d.kh),
      tags: ['ethnic-names'],
    },
    {
      id: 'ho-trich-luc-kh-binh-thuy-h9',
      form: `Trích lục kết hôn (bản sao) — TT 04/2020/TT-BTP (from knowledge; ward from ${SRC.canTho})`,
      pages: [
        page(
          ...flatHead(['ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH THỦY'], 'Số: 88/TLKH-BS', pd('Bình Thủy', d.tlkh)),
          'TRÍCH LỤC KẾT HÔN',
          '(BẢN SAO)',
          'Họ, chữ đệm, tên vợ: TRẦN THỊ KIM NGÂN Họ, chữ đệm, tên chồng: LÂM MINH TRIẾT',
          'Ngày, tháng, năm sinh: 11/10/1994 Ngày, tháng, năm sinh: 05/01/1992',
          'Dân tộc: Kinh Quốc tịch: Việt Nam Dân tộc: Khmer Quốc tịch: Việt Nam',
          'Nơi cư trú: phường Bình Thủy, quận Bình Thủy, TP. Cần Thơ Nơi cư trú: xã Đại Tâm, huyện Mỹ Xuyên, tỉnh Sóc Trăng',
          'Nơi đăng ký kết hôn: Ủy ban nhân dân phường Bình Thủy, quận Bình Thủy, thành phố Cần Thơ',
          'Ngày, tháng, năm đăng ký: 14/02/2018',
          'Số: 19, Quyển số: 01/2018',
          'Sao từ Sổ đăng ký kết hôn',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Nguyễn Thanh Phong',
        ),
      ],
      truth: resultTruth(
        'trich-luc-ket-hon',
        'TRÍCH LỤC KẾT HÔN',
        '88/TLKH-BS',
        'ỦY BAN NHÂN DÂN PHƯỜNG BÌNH THỦY',
        'commune',
        d.tlkh,
      ),
      tags: ['post-reform', 'merged-province', 'extract-of-old', 'several-dates', 'columns-merged'],
    },
    {
      id: 'ho-trich-luc-kt-ia-grai-h9',
      form: `Trích lục khai tử (bản chính) — TT 04/2020/TT-BTP (${SRC.khaiTu})`,
      pages: [
        page(
          ...head(['UBND HUYỆN IA GRAI', 'UBND XÃ IA KHAI'], 'Số: 15/TLKT', pd('Ia Khai', d.kt1)),
          'TRÍCH LỤC KHAI TỬ',
          'Họ, chữ đệm, tên: RƠ MAH BLƠNG',
          'Ngày, tháng, năm sinh: 1951',
          'Giới tính: Nam Dân tộc: Jrai Quốc tịch: Việt Nam',
          'Số định danh cá nhân: 064051000937',
          'Đã chết vào lúc: 04 giờ 30 phút, ngày 19/8/2022',
          'Nơi chết: tại nhà, làng Ia Băng, xã Ia Khai, huyện Ia Grai, tỉnh Gia Lai',
          'Nguyên nhân chết: bệnh già',
          'Số Giấy báo tử: 07/GBT do Trưởng thôn làng Ia Băng xác nhận ngày 20/8/2022',
          'Nơi đăng ký khai tử: Ủy ban nhân dân xã Ia Khai, huyện Ia Grai, tỉnh Gia Lai',
          'Ngày, tháng, năm đăng ký: 25/8/2022',
          'NGƯỜI KÝ TRÍCH LỤC',
          'Siu Thị Hoa',
        ),
      ],
      truth: resultTruth('trich-luc-khai-tu', 'TRÍCH LỤC KHAI TỬ', '15/TLKT', 'UBND XÃ IA KHAI', 'commune', d.kt1),
      tags: ['ethnic-names', 'several-dates'],
      read: 'marks',
    },
    {
      id: 'ho-trich-luc-kt-vinh-long-h9',
      form: `Trích lục khai tử (bản sao) issued after the merger of Vĩnh Long, Bến Tre and Trà Vinh — TT 04/2020/TT-BTP (${SRC.khaiTu}; merged names from knowledge)`,
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ CÀNG LONG'], 'Số: 204/TLKT-BS', pd('Càng Long', d.kt2)),
          'TRÍCH LỤC KHAI TỬ',
          '(BẢN SAO)',
          'Họ, chữ đệm, tên: THẠCH SÔ PHOL',
          'Ngày, tháng, năm sinh: 03/6/1948',
          'Giới tính: Nam Dân tộc: Khmer Quốc tịch: Việt Nam',
          'Nơi cư trú cuối cùng: ấp Ba Se, xã Càng Long, tỉnh Vĩnh Long',
          'Đã chết vào lúc: 22 giờ 10 phút, ngày 27/11/2025',
          'Nơi chết: Trung tâm Y tế khu vực Càng Long, tỉnh Vĩnh Long',
          'Nguyên nhân chết: suy tim',
          'Nơi đăng ký khai tử: Ủy ban nhân dân xã Càng Long, tỉnh Vĩnh Long',
          'Ngày, tháng, năm đăng ký: 01/12/2025',
          'Sao từ Sổ đăng ký khai tử',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Kim Thị Sa Thi',
        ),
      ],
      truth: resultTruth(
        'trich-luc-khai-tu',
        'TRÍCH LỤC KHAI TỬ',
        '204/TLKT-BS',
        'ỦY BAN NHÂN DÂN XÃ CÀNG LONG',
        'commune',
        d.kt2,
      ),
      tags: ['post-reform', 'merged-province', 'ethnic-names', 'several-dates'],
    },
    {
      id: 'ho-xac-nhan-tthn-sa-pa-h9',
      form: `Giấy xác nhận tình trạng hôn nhân — TT 04/2020/TT-BTP (${SRC.tthn})`,
      pages: [
        page(
          ...head(['UBND THỊ XÃ SA PA', 'UBND XÃ TẢ GIÀNG PHÌN'], 'Số: 21/XNTTHN', pd('Tả Giàng Phìn', d.tthn1)),
          'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
          'ỦY BAN NHÂN DÂN XÃ TẢ GIÀNG PHÌN',
          'Xét đề nghị của bà: Sùng Thị Mỷ,',
          'về việc xác nhận tình trạng hôn nhân cho: Sùng Thị Mỷ',
          'XÁC NHẬN:',
          'Họ, chữ đệm, tên: SÙNG THỊ MỶ',
          'Ngày, tháng, năm sinh: 17/4/1998 Giới tính: Nữ',
          'Dân tộc: Mông Quốc tịch: Việt Nam',
          'Giấy tờ tùy thân: CCCD số 010198003624, cấp ngày 10/8/2021',
          'Nơi cư trú: thôn Sả Xéng, xã Tả Giàng Phìn, thị xã Sa Pa, tỉnh Lào Cai',
          'Trong thời gian cư trú tại xã Tả Giàng Phìn, từ ngày 17/4/1998 đến ngày 20/5/2024',
          'Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai.',
          'Giấy này được cấp để: làm thủ tục đăng ký kết hôn.',
          'Giấy này có giá trị sử dụng trong thời hạn 06 tháng kể từ ngày cấp.',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Vàng A Tủa',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-tinh-trang-hon-nhan',
        'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
        '21/XNTTHN',
        'UBND XÃ TẢ GIÀNG PHÌN',
        'commune',
        d.tthn1,
        addMonths(d.tthn1, 6),
      ),
      tags: ['ethnic-names', 'expired', 'several-dates'],
    },
    {
      id: 'ho-xac-nhan-tthn-thuc-phan-h9',
      form: `Giấy xác nhận tình trạng hôn nhân, issued by a Cao Bằng ward after 01/7/2025 — TT 04/2020/TT-BTP (${SRC.tthn}; ward from ${SRC.caoBang})`,
      pages: [
        page(
          'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'PHƯỜNG THỤC PHÁN Độc lập - Tự do - Hạnh phúc',
          `Số: 143/XNTTHN Thục Phán, ${nd30Date(d.tthn2)}`,
          'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
          'Xét đề nghị của ông: Nông Văn Tuấn',
          'XÁC NHẬN:',
          'Họ, chữ đệm, tên: NÔNG VĂN TUẤN',
          'Ngày, tháng, năm sinh: 30/12/1990 Giới tính: Nam',
          'Dân tộc: Tày Quốc tịch: Việt Nam',
          'Giấy tờ tùy thân: CCCD số 004090001583',
          'Nơi cư trú: tổ 5, phường Thục Phán, tỉnh Cao Bằng',
          'Tình trạng hôn nhân: Đã đăng ký kết hôn, nhưng đã ly hôn theo Bản án số 12/2019/HNGĐ-ST ngày 03/5/2019 của Tòa án nhân dân thành phố Cao Bằng; hiện tại chưa đăng ký kết hôn với ai.',
          'Giấy này được cấp để: làm thủ tục mua bán nhà đất.',
          'Giấy này có giá trị sử dụng trong thời hạn 06 tháng kể từ ngày cấp.',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Hoàng Thị Duyên',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-tinh-trang-hon-nhan',
        'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
        '143/XNTTHN',
        'ỦY BAN NHÂN DÂN PHƯỜNG THỤC PHÁN',
        'commune',
        d.tthn2,
        addMonths(d.tthn2, 6),
      ),
      tags: ['post-reform', 'ethnic-names', 'several-dates', 'columns-merged'],
    },
    {
      id: 'ho-giay-khai-sinh-ban-chinh-cao-lanh-h9',
      form: 'Giấy khai sinh (bản chính) — mẫu TT 04/2020/TT-BTP (from knowledge)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY KHAI SINH',
          'Số: 09',
          'Họ, chữ đệm, tên: NGUYỄN HOÀNG BẢO ANH',
          'Ngày, tháng, năm sinh: 24/12/2018 ghi bằng chữ: Ngày hai mươi bốn, tháng mười hai, năm hai nghìn không trăm mười tám',
          'Giới tính: Nữ Dân tộc: Kinh Quốc tịch: Việt Nam',
          'Nơi sinh: Bệnh viện Đa khoa Đồng Tháp, thành phố Cao Lãnh, tỉnh Đồng Tháp',
          'Quê quán: xã Mỹ Tân, thành phố Cao Lãnh, tỉnh Đồng Tháp',
          'Số định danh cá nhân: 087318002246',
          'Họ, chữ đệm, tên người mẹ: Võ Thị Thùy Dương',
          'Năm sinh: 1993 Dân tộc: Kinh Quốc tịch: Việt Nam',
          'Nơi cư trú: ấp 3, xã Mỹ Tân, thành phố Cao Lãnh, tỉnh Đồng Tháp',
          'Họ, chữ đệm, tên người cha: Nguyễn Hoàng Phúc',
          'Năm sinh: 1990 Dân tộc: Kinh Quốc tịch: Việt Nam',
          'Người đi khai sinh: Nguyễn Hoàng Phúc, cha',
          'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Mỹ Tân, thành phố Cao Lãnh, tỉnh Đồng Tháp',
          `Ngày, tháng, năm đăng ký: ${numericDate(d.gks)}`,
          'NGƯỜI ĐI KHAI SINH NGƯỜI THỰC HIỆN',
          'Nguyễn Hoàng Phúc Lê Thị Ngọc Hân',
          'CHỦ TỊCH',
          'Phan Văn Tâm',
        ),
      ],
      truth: resultTruth('khai-sinh', 'GIẤY KHAI SINH', '09', 'ỦY BAN NHÂN DÂN XÃ MỸ TÂN', 'commune', d.gks),
      tags: ['several-dates'],
    },
    {
      id: 'ho-trich-luc-cai-chinh-lang-son-h9',
      form: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch — TT 04/2020/TT-BTP (from knowledge)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ LẠNG SƠN'], 'Số: 37/TLCC', pd('Lạng Sơn', d.cc)),
          'TRÍCH LỤC',
          'THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH',
          'Họ, chữ đệm, tên: HOÀNG THỊ LỆ',
          'Ngày, tháng, năm sinh: 08/8/2004 Giới tính: Nữ',
          'Dân tộc: Nùng Quốc tịch: Việt Nam',
          'Nơi cư trú: khối 6, phường Đông Kinh, thành phố Lạng Sơn, tỉnh Lạng Sơn',
          'Số định danh cá nhân: 020304006911',
          'Đã đăng ký: cải chính hộ tịch',
          'Nội dung: cải chính dân tộc trong Giấy khai sinh từ "Tày" thành "Nùng"',
          'Căn cứ: Giấy khai sinh số 112, quyển số 01/2004 do UBND phường Đông Kinh cấp ngày 16/8/2004',
          'Nơi đăng ký: Ủy ban nhân dân thành phố Lạng Sơn',
          'Ngày, tháng, năm đăng ký: 27/4/2021',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Lộc Văn Hưng',
        ),
      ],
      truth: resultTruth(
        'trich-luc-thay-doi-ho-tich',
        'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH',
        '37/TLCC',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN',
        'district',
        d.cc,
      ),
      tags: ['ethnic-names', 'several-dates'],
      read: 'letters',
    },
    {
      id: 'ho-trich-luc-nhan-cha-con-pleiku-h9',
      form: `Trích lục đăng ký nhận cha, mẹ, con — TT 04/2020/TT-BTP (from knowledge; ward from ${SRC.giaLai})`,
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG PLEIKU'], 'Số: 06/TLNCMC', pd('Pleiku', d.ncmc)),
          'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
          'Họ, chữ đệm, tên người nhận: KSOR Y BLIM',
          'Ngày, tháng, năm sinh: 1987 Dân tộc: Jrai Quốc tịch: Việt Nam',
          'Nơi cư trú: tổ 3, phường Pleiku, tỉnh Gia Lai',
          'Giấy tờ tùy thân: CCCD số 064087005120',
          "Họ, chữ đệm, tên người được nhận: KSOR H'ZUN",
          'Ngày, tháng, năm sinh: 11/5/2016 Dân tộc: Jrai Quốc tịch: Việt Nam',
          'Quan hệ: Cha - con',
          'Nơi đăng ký: Ủy ban nhân dân phường Pleiku, tỉnh Gia Lai',
          'Ngày, tháng, năm đăng ký: 21/10/2025',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Rơ Châm Thị Ly',
        ),
      ],
      truth: resultTruth(
        'trich-luc-nhan-cha-me-con',
        'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
        '06/TLNCMC',
        'ỦY BAN NHÂN DÂN PHƯỜNG PLEIKU',
        'commune',
        d.ncmc,
      ),
      tags: ['post-reform', 'merged-province', 'ethnic-names'],
    },
  ];
}

/** A decision (ND 30 layout, as the decisions read for this corpus print it). */
const decision = (o: {
  block: string[];
  number: string;
  place: string;
  date: Iso;
  about: string[];
  authority: string;
  bases: string[];
  articles: string[];
  sign: string[];
  flat?: boolean;
}): string =>
  page(
    ...(o.flat ? flatHead : head)(o.block, `Số: ${o.number}`, pd(o.place, o.date)),
    'QUYẾT ĐỊNH',
    ...o.about,
    o.authority,
    ...o.bases,
    'QUYẾT ĐỊNH:',
    ...o.articles,
    ...o.sign,
  );

// ————————————————————————————————————————————————————————————————— certifications

function certifications(): Spec[] {
  const d = { bs: '2024-07-15', ck: '2025-03-03', bs2: '2025-11-20' };
  return [
    {
      id: 'ct-ban-sao-hkd-muong-lay-h9',
      form: 'Lời chứng chứng thực bản sao từ bản chính — mẫu TT 01/2020/TT-BTP (NĐ 23/2015/NĐ-CP), on a two-page copy of a household-business certificate (from knowledge)',
      pages: [
        page(
          'UBND THỊ XÃ MƯỜNG LAY CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'PHÒNG TÀI CHÍNH - KẾ HOẠCH Độc lập - Tự do - Hạnh phúc',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Số: 62C8000419',
          'Đăng ký lần đầu, ngày 04 tháng 5 năm 2020',
          '1. Tên hộ kinh doanh: TẠP HÓA LÒ THỊ NHUNG',
          '2. Địa điểm kinh doanh: tổ dân phố 2, phường Na Lay, thị xã Mường Lay, tỉnh Điện Biên',
          '3. Ngành, nghề kinh doanh: bán lẻ lương thực, thực phẩm, đồ uống',
          '4. Vốn kinh doanh: 80.000.000 đồng',
        ),
        page(
          '5. Chủ thể thành lập hộ kinh doanh: cá nhân',
          'Họ và tên: LÒ THỊ NHUNG Giới tính: Nữ',
          'Ngày sinh: 02/11/1986 Dân tộc: Thái Quốc tịch: Việt Nam',
          'TRƯỞNG PHÒNG',
          'Quàng Văn Thiệu',
          'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
          'Số chứng thực: 1250 Quyển số: 02/2024-SCT/BS',
          `Ngày ${numericDate(d.bs)}`,
          'UBND PHƯỜNG NA LAY',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Lường Văn Chính',
        ),
      ],
      truth: resultTruth(
        'chung-thuc-ban-sao',
        'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
        '1250',
        'UBND PHƯỜNG NA LAY',
        'commune',
        d.bs,
      ),
      tags: ['certified-copy', 'multi-page', 'several-dates', 'look-alike'],
    },
    {
      id: 'ct-chu-ky-uy-quyen-lam-ha-h9',
      form: 'Lời chứng chứng thực chữ ký — mẫu TT 01/2020/TT-BTP, under a power of attorney (from knowledge; the procedure page huyennampo.dienbien.gov.vn "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản" was found but not read)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY ỦY QUYỀN',
          "Bên ủy quyền: ông K'BRỖNG, sinh năm 1969, CCCD số 068069001245, thường trú thôn Đạ Nghịt, xã Lát, huyện Lạc Dương, tỉnh Lâm Đồng",
          "Bên được ủy quyền: bà K'HUỲNH, sinh năm 1972, CCCD số 068172000817, cùng địa chỉ",
          'Nội dung ủy quyền: thay mặt tôi nộp hồ sơ và nhận Giấy chứng nhận quyền sử dụng đất đối với thửa đất số 112, tờ bản đồ số 9.',
          'Thời hạn ủy quyền: từ ngày ký đến khi hoàn thành công việc.',
          'BÊN ỦY QUYỀN BÊN ĐƯỢC ỦY QUYỀN',
          "K'Brỗng K'Huỳnh",
          'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
          `Ngày ${numericDate(d.ck)} (Ngày mùng ba tháng ba năm hai nghìn không trăm hai mươi lăm)`,
          'Tại Ủy ban nhân dân xã Lát, huyện Lạc Dương, tỉnh Lâm Đồng',
          'Tôi Cil Mup Ha Tuấn, Phó Chủ tịch Ủy ban nhân dân xã Lát',
          'Chứng thực',
          "Ông K'Brỗng, CCCD số 068069001245, đã ký vào giấy tờ này trước mặt tôi.",
          'Số chứng thực: 312 Quyển số: 01/2025-SCT/CK,ĐC',
          'PHÓ CHỦ TỊCH',
          'Cil Mup Ha Tuấn',
        ),
      ],
      truth: resultTruth(
        'chung-thuc-chu-ky',
        'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
        '312',
        'ỦY BAN NHÂN DÂN XÃ LÁT',
        'commune',
        d.ck,
      ),
      tags: ['ethnic-names', 'look-alike'],
    },
    {
      id: 'ct-ban-sao-bang-xuan-huong-h9',
      form: 'Lời chứng chứng thực bản sao từ bản chính on a copied diploma, a ward of Lâm Đồng after the merger — TT 01/2020/TT-BTP (from knowledge)',
      pages: [
        page(
          'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
          'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
          'Cho: Phan Thị Mỹ Duyên',
          'Ngày sinh: 19/6/2005',
          'Năm tốt nghiệp: 2023',
          'Số hiệu: C0351274',
          'Số vào sổ cấp bằng: 0412/THPT-2023',
          'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
          'Số chứng thực: 4087 Quyển số: 05/2025-SCT/BS',
          `Ngày ${numericDate(d.bs2)} ★ ỦY BAN NHÂN DÂN PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT ★`,
          'ỦY BAN NHÂN DÂN PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Trần Quang Vinh',
        ),
      ],
      truth: resultTruth(
        'chung-thuc-ban-sao',
        'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
        '4087',
        'ỦY BAN NHÂN DÂN PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT',
        'commune',
        d.bs2,
      ),
      tags: ['certified-copy', 'post-reform', 'merged-province', 'look-alike', 'stamp-crossing'],
    },
  ];
}

// ————————————————————————————————————————————————————————————————— registrations

function registrations(): Spec[] {
  const d = {
    hkd1: '2022-06-08',
    hkd2: '2025-08-26',
    hkd3first: '2017-03-14',
    hkd3: '2023-10-02',
    dnFirst: '2019-04-12',
    dn: '2023-09-06',
    dn2: '2025-11-11',
    htx: '2024-10-17',
    cn: '2022-02-23',
  };
  return [
    {
      id: 'dk-hkd-tan-uyen-h9',
      form: `Giấy chứng nhận đăng ký hộ kinh doanh — Phụ lục VI-1 TT 01/2021/TT-BKHĐT (${SRC.hkd})`,
      pages: [
        page(
          ...head(['UBND HUYỆN TÂN UYÊN', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'], null, null),
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Số: 12E8000317',
          `Đăng ký lần đầu, ${nd30Date(d.hkd1)}`,
          '1. Tên hộ kinh doanh (ghi bằng chữ in hoa): CHÈ SẠCH TÂN UYÊN - LÒ VĂN SƠN',
          '2. Địa điểm kinh doanh: bản Nà Ban, xã Phúc Khoa, huyện Tân Uyên, tỉnh Lai Châu',
          'Điện thoại: 0213 3786 452',
          '3. Ngành, nghề kinh doanh: chế biến và bán chè búp khô',
          '4. Vốn kinh doanh: 350.000.000 đồng',
          '5. Chủ thể thành lập hộ kinh doanh: cá nhân',
          'Họ và tên: LÒ VĂN SƠN Giới tính: Nam',
          'Sinh ngày: 16/9/1982 Dân tộc: Thái Quốc tịch: Việt Nam',
          'Số giấy tờ pháp lý của cá nhân: 012082000564',
          'TRƯỞNG PHÒNG',
          'Hoàng Văn Quý',
        ),
      ],
      truth: resultTruth(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '12E8000317',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        d.hkd1,
      ),
      tags: ['ethnic-names'],
    },
    {
      id: 'dk-hkd-phu-quoc-h9',
      form: `Giấy chứng nhận đăng ký hộ kinh doanh issued by a commune-level registration office under NĐ 168/2025/NĐ-CP (from knowledge: the NĐ 168/2025 form was not found; items as ${SRC.hkd}; An Giang from ${SRC.anGiang})`,
      pages: [
        page(
          'ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC',
          'PHÒNG KINH TẾ',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Mã số hộ kinh doanh: 1702345619',
          `Đăng ký lần đầu, ${nd30Date(d.hkd2)}`,
          '1. Tên hộ kinh doanh: NHÀ NGHỈ BÃI DÀI XANH',
          '2. Địa chỉ trụ sở hộ kinh doanh: tổ 4, ấp Gành Gió, đặc khu Phú Quốc, tỉnh An Giang',
          '3. Ngành, nghề kinh doanh: dịch vụ lưu trú ngắn ngày',
          '4. Vốn kinh doanh: 1.200.000.000 đồng',
          '5. Chủ hộ kinh doanh: PHẠM THỊ THU HÀ',
          'Ngày sinh: 07/02/1985 Giới tính: Nữ',
          'Số định danh cá nhân: 091185003317',
          'TRƯỞNG PHÒNG',
          'Danh Hoàng Nam',
        ),
      ],
      truth: resultTruth(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '1702345619',
        'PHÒNG KINH TẾ',
        'commune',
        d.hkd2,
      ),
      tags: ['post-reform', 'merged-province'],
    },
    {
      id: 'dk-hkd-thay-doi-buon-ma-thuot-h9',
      form: `Giấy chứng nhận đăng ký hộ kinh doanh, a change ("Đăng ký thay đổi lần thứ") — Phụ lục VI-1 TT 01/2021/TT-BKHĐT (${SRC.hkd})`,
      pages: [
        page(
          ...flatHead(['UBND THÀNH PHỐ BUÔN MA THUỘT', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'], null, null),
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Số: 40A8017736',
          `Đăng ký lần đầu, ${nd30Date(d.hkd3first)}`,
          `Đăng ký thay đổi lần thứ: 2, ${nd30Date(d.hkd3)}`,
          "1. Tên hộ kinh doanh: CÀ PHÊ H'LEN",
          '2. Địa điểm kinh doanh: 54 Y Wang, phường Ea Tam, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk',
          '3. Ngành, nghề kinh doanh: dịch vụ phục vụ đồ uống',
          '4. Vốn kinh doanh: 150.000.000 đồng',
          '5. Chủ thể thành lập hộ kinh doanh: cá nhân',
          "Họ và tên: H'LEN NIÊ Giới tính: Nữ",
          'Dân tộc: Ê Đê Quốc tịch: Việt Nam',
          'TRƯỞNG PHÒNG',
          'Trương Công Thành',
        ),
      ],
      truth: resultTruth(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '40A8017736',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        d.hkd3,
      ),
      tags: ['several-dates', 'ethnic-names', 'columns-merged'],
    },
    {
      id: 'dk-doanh-nghiep-son-la-h9',
      form: 'Giấy chứng nhận đăng ký doanh nghiệp công ty TNHH một thành viên — TT 01/2021/TT-BKHĐT, TT 02/2023/TT-BKHĐT (from knowledge)',
      pages: [
        page(
          'SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH SƠN LA',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
          'CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN',
          'Mã số doanh nghiệp: 5500612384',
          `Đăng ký lần đầu: ${nd30Date(d.dnFirst)}`,
          `Đăng ký thay đổi lần thứ: 3, ${nd30Date(d.dn)}`,
          '1. Tên công ty',
          'Tên công ty viết bằng tiếng Việt: CÔNG TY TNHH MỘT THÀNH VIÊN NÔNG SẢN MỘC CHÂU XANH',
          'Tên công ty viết tắt: MOC CHAU XANH CO., LTD',
          '2. Địa chỉ trụ sở chính: tiểu khu 19/5, thị trấn Nông trường Mộc Châu, huyện Mộc Châu, tỉnh Sơn La',
          '3. Vốn điều lệ: 4.500.000.000 đồng',
          '4. Thông tin về chủ sở hữu: Hà Thị Lan, sinh ngày 03/3/1983',
          '5. Người đại diện theo pháp luật của công ty: Hà Thị Lan, Giám đốc',
          'TRƯỞNG PHÒNG',
          'Đinh Công Hậu',
        ),
      ],
      truth: resultTruth(
        'dang-ky-doanh-nghiep',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
        '5500612384',
        'PHÒNG ĐĂNG KÝ KINH DOANH',
        'province',
        d.dn,
      ),
      tags: ['several-dates'],
      read: 'shuffle',
    },
    {
      id: 'dk-doanh-nghiep-lao-cai-2025-h9',
      form: 'Giấy chứng nhận đăng ký doanh nghiệp issued by the Sở Tài chính after the 2025 merger of the planning departments into finance (from knowledge)',
      pages: [
        page(
          'SỞ TÀI CHÍNH TỈNH LÀO CAI',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
          'CÔNG TY CỔ PHẦN',
          'Mã số doanh nghiệp: 5300871142',
          `Đăng ký lần đầu: ${nd30Date(d.dn2)}`,
          '1. Tên công ty viết bằng tiếng Việt: CÔNG TY CỔ PHẦN DU LỊCH CỘNG ĐỒNG TẢ VAN',
          '2. Địa chỉ trụ sở chính: thôn Tả Van Giáy, xã Tả Van, tỉnh Lào Cai',
          '3. Vốn điều lệ: 6.000.000.000 đồng',
          'Mệnh giá cổ phần: 10.000 đồng',
          '4. Người đại diện theo pháp luật: Giàng Thị Sua, Chủ tịch Hội đồng quản trị',
          'KT. TRƯỞNG PHÒNG',
          'PHÓ TRƯỞNG PHÒNG',
          'Nguyễn Thị Thanh Hương',
        ),
      ],
      truth: resultTruth(
        'dang-ky-doanh-nghiep',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
        '5300871142',
        'PHÒNG ĐĂNG KÝ KINH DOANH',
        'province',
        d.dn2,
      ),
      tags: ['post-reform', 'merged-province', 'ethnic-names'],
    },
    {
      id: 'dk-htx-dak-mil-h9',
      form: 'Giấy chứng nhận đăng ký hợp tác xã — Luật HTX 2023, NĐ 92/2024/NĐ-CP (from knowledge)',
      pages: [
        page(
          ...head(['UBND HUYỆN ĐẮK MIL', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'], null, null),
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
          'Mã số hợp tác xã: 6400451237',
          `Đăng ký lần đầu, ${nd30Date(d.htx)}`,
          '1. Tên hợp tác xã: HỢP TÁC XÃ NÔNG NGHIỆP CÀ PHÊ ĐỨC MINH',
          '2. Địa chỉ trụ sở chính: thôn Xuân Lộc 1, xã Đức Minh, huyện Đắk Mil, tỉnh Đắk Nông',
          '3. Vốn điều lệ: 1.050.000.000 đồng',
          '4. Tổng số thành viên: 21',
          '5. Người đại diện theo pháp luật: Y Kông Mlô, Giám đốc',
          'TRƯỞNG PHÒNG',
          'Lê Văn Khoa',
        ),
      ],
      truth: resultTruth(
        'dang-ky-hop-tac-xa',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
        '6400451237',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        d.htx,
      ),
      tags: ['ethnic-names'],
    },
    {
      id: 'dk-chi-nhanh-can-tho-h9',
      form: 'Giấy chứng nhận đăng ký hoạt động chi nhánh — TT 01/2021/TT-BKHĐT (from knowledge)',
      pages: [
        page(
          'SỞ KẾ HOẠCH VÀ ĐẦU TƯ THÀNH PHỐ CẦN THƠ',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
          'Mã số chi nhánh: 1801523740-002',
          `Đăng ký lần đầu: ${nd30Date(d.cn)}`,
          '1. Tên chi nhánh: CHI NHÁNH CÔNG TY TNHH THỦY SẢN HẬU GIANG TẠI CẦN THƠ',
          '2. Địa chỉ chi nhánh: lô 2-18, khu công nghiệp Trà Nóc 1, phường Trà Nóc, quận Bình Thủy, thành phố Cần Thơ',
          '3. Người đứng đầu chi nhánh: Lê Hữu Tài',
          '4. Thông tin về doanh nghiệp: mã số doanh nghiệp 1801523740',
          'TRƯỞNG PHÒNG',
          'Võ Minh Trí',
        ),
      ],
      truth: resultTruth(
        'dang-ky-chi-nhanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
        '1801523740-002',
        'PHÒNG ĐĂNG KÝ KINH DOANH',
        'province',
        d.cn,
      ),
      tags: [],
    },
  ];
}

// ————————————————————————————————————————————————————————————————— land

/** Page 2 of a TT 10/2024 certificate: items 4–6, the register number, the holder's notes. */
const gcn2024Page2 = (register: string, changes: string[] = []): string =>
  page(
    '4. Sơ đồ thửa đất, tài sản gắn liền với đất:',
    '(sơ đồ)',
    '5. Ghi chú:',
    '6. Những thay đổi sau khi cấp Giấy chứng nhận:',
    ...(changes.length ? changes : ['(không có)']),
    `Số vào sổ cấp Giấy chứng nhận: ${register}`,
    'Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc bổ sung bất kỳ nội dung nào trong Giấy chứng nhận; khi bị mất hoặc hư hỏng Giấy chứng nhận phải khai báo ngay với cơ quan cấp Giấy chứng nhận.',
  );

function land(): Spec[] {
  const d = {
    g1: '2024-11-22',
    g2: '2025-10-09',
    g3: '2025-09-16',
    g4: '2019-05-28',
    gd: '2023-06-19',
    cmd: '2024-04-02',
    thue: '2025-12-18',
    gd2: '2026-04-07',
  };
  return [
    {
      id: 'dat-gcn-2024-bao-lam-h9',
      form: `GCN quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất — mẫu TT 10/2024/TT-BTNMT, 2 pages (${SRC.gcn2024}; the mã GCN and register-number formats from knowledge)`,
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
          '[mã QR]',
          'Mã GCN: 68-0531-24-0004127',
          '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:',
          "Ông: K'MÁCH, sinh năm 1976, CCCD số 068076002351",
          'Bà: KA DIỆU, sinh năm 1979, CCCD số 068179001624',
          'Địa chỉ: thôn 5, xã Lộc Bắc, huyện Bảo Lâm, tỉnh Lâm Đồng',
          '2. Thông tin thửa đất:',
          'Thửa đất số: 218; Tờ bản đồ số: 14',
          'Diện tích: 4.125,6 m²',
          'Loại đất: Đất trồng cây lâu năm (CLN)',
          'Hình thức sử dụng: sử dụng riêng',
          'Thời hạn sử dụng: đến ngày 15/10/2063',
          'Nguồn gốc sử dụng: Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất',
          '3. Thông tin tài sản gắn liền với đất: -/-',
          pd('Bảo Lâm', d.g1),
          'TM. ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Nguyễn Văn Triều',
          'AA 02456781',
          'Thông tin chi tiết được thể hiện tại mã QR',
        ),
        gcn2024Page2('CS 04512'),
      ],
      truth: resultTruth(
        'gcn-qsdd-ca-nhan',
        'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
        'CS 04512',
        'ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM',
        'district',
        d.g1,
      ),
      tags: ['qr-code', 'multi-page', 'ethnic-names'],
    },
    {
      id: 'dat-gcn-2024-than-uyen-h9',
      form: `GCN quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất signed by a commune after 01/7/2025 — mẫu TT 10/2024/TT-BTNMT (${SRC.gcn2024}; commune from ${SRC.laiChau}; the commune's signing from knowledge)`,
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
          '[mã QR]',
          'Mã GCN: 12-0305-25-0000918',
          '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:',
          'Ông: LÒ VĂN PẤNG, sinh năm 1980, CCCD số 012080003392',
          'Địa chỉ: bản Noong Thăng, xã Than Uyên, tỉnh Lai Châu',
          '2. Thông tin thửa đất:',
          'Thửa đất số: 57; Tờ bản đồ số: 22',
          'Diện tích: 312,0 m²',
          'Loại đất: Đất ở tại nông thôn (ONT) 200,0 m²; Đất trồng cây lâu năm (CLN) 112,0 m²',
          'Thời hạn sử dụng: Đất ở: lâu dài; Đất trồng cây lâu năm: đến ngày 01/7/2074',
          '3. Thông tin tài sản gắn liền với đất:',
          'Nhà ở riêng lẻ: diện tích xây dựng 96,0 m²; số tầng: 1',
          pd('Than Uyên', d.g2),
          'TM. ỦY BAN NHÂN DÂN XÃ THAN UYÊN',
          'CHỦ TỊCH',
          'Lường Văn Hải',
          'AB 00871254',
          'Thông tin chi tiết được thể hiện tại mã QR',
        ),
        gcn2024Page2('CS 00087'),
      ],
      truth: resultTruth(
        'gcn-qsdd-ca-nhan',
        'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
        'CS 00087',
        'ỦY BAN NHÂN DÂN XÃ THAN UYÊN',
        'commune',
        d.g2,
      ),
      tags: ['qr-code', 'multi-page', 'post-reform', 'ethnic-names'],
      read: 'marks',
    },
    {
      id: 'dat-gcn-2024-to-chuc-gia-lai-h9',
      form: `GCN quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất of an organisation, signed by the provincial Sở Nông nghiệp và Môi trường after the 2025 merger — mẫu TT 10/2024/TT-BTNMT (${SRC.gcn2024}; the department's name from knowledge)`,
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
          '[mã QR]',
          'Mã GCN: 52-0000-25-0003301',
          '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:',
          'CÔNG TY CỔ PHẦN CHẾ BIẾN NÔNG SẢN IA GRAI, mã số doanh nghiệp 5901128854',
          'Địa chỉ trụ sở: km 12, quốc lộ 19, xã Ia Grai, tỉnh Gia Lai',
          '2. Thông tin thửa đất:',
          'Thửa đất số: 9; Tờ bản đồ số: 41',
          'Diện tích: 18.640,0 m²',
          'Loại đất: Đất cơ sở sản xuất phi nông nghiệp (SKC)',
          'Hình thức sử dụng: Nhà nước cho thuê đất trả tiền thuê đất hằng năm',
          'Thời hạn sử dụng: đến ngày 30/6/2071',
          '3. Thông tin tài sản gắn liền với đất: nhà xưởng 4.200 m², kho 1.150 m²',
          pd('Gia Lai', d.g3),
          'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH GIA LAI',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Phạm Ngọc Sơn',
          'AB 01240336',
          'Thông tin chi tiết được thể hiện tại mã QR',
        ),
        gcn2024Page2('CT 00451'),
      ],
      truth: resultTruth(
        'gcn-qsdd-to-chuc',
        'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
        'CT 00451',
        'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH GIA LAI',
        'province',
        d.g3,
      ),
      tags: ['qr-code', 'multi-page', 'post-reform', 'merged-province'],
    },
    {
      id: 'dat-gcn-tt23-chau-thanh-hg-h9',
      form: 'GCN quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất — TT 23/2014/TT-BTNMT, pages 1–2 as read, the seal crossing the signature (from knowledge)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT',
          'QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
          'Ông: Huỳnh Văn Lực, năm sinh 1968, CMND số 363124587',
          'Bà: Trương Thị Bé Năm, năm sinh 1971',
          'Địa chỉ thường trú: ấp Phú Lợi, xã Phú Hữu, huyện Châu Thành, tỉnh Hậu Giang',
          'CQ 815472',
        ),
        page(
          'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
          '1. Thửa đất:',
          'a) Thửa đất số: 1043, tờ bản đồ số: 6',
          'b) Địa chỉ: ấp Phú Lợi, xã Phú Hữu, huyện Châu Thành, tỉnh Hậu Giang',
          'c) Diện tích: 2.860,4 m² (Bằng chữ: Hai nghìn tám trăm sáu mươi phẩy bốn mét vuông)',
          'd) Hình thức sử dụng: Sử dụng riêng',
          'đ) Mục đích sử dụng: Đất trồng cây lâu năm',
          'e) Thời hạn sử dụng: đến ngày 15/10/2063',
          'g) Nguồn gốc sử dụng: Công nhận QSDĐ như giao đất không thu tiền sử dụng đất',
          `Châu Thành, ${nd30Date(d.g4)}`,
          'TM. ỦY BAN NHÂN DÂN ★ UBND HUYỆN CHÂU THÀNH ★ HUYỆN CHÂU THÀNH',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Lê Thành Đông',
          'Số vào sổ cấp GCN: CH 02871',
        ),
      ],
      truth: resultTruth(
        'gcn-qsdd-ca-nhan',
        'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
        'CH 02871',
        'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH',
        'district',
        d.g4,
      ),
      tags: ['multi-page', 'stamp-crossing'],
    },
    {
      id: 'dat-qd-giao-dat-kon-plong-h9',
      form: `Quyết định giao đất ở — Mẫu 1.4 Phụ lục III NĐ 30/2020/NĐ-CP (layout as ${SRC.qdHaGiang})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'HUYỆN KON PLÔNG'],
          number: '1187/QĐ-UBND',
          place: 'Kon Plông',
          date: d.gd,
          about: ['Về việc giao đất ở không thông qua đấu giá quyền sử dụng đất', 'cho hộ ông A Thuyên, xã Hiếu'],
          authority: 'ỦY BAN NHÂN DÂN HUYỆN KON PLÔNG',
          bases: [
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
            'Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;',
            'Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;',
            'Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số 214/TTr-TNMT ngày 12/6/2023,',
          ],
          articles: [
            'Điều 1. Giao cho hộ ông A Thuyên (CCCD số 062078001135) và bà Y Nhung, thường trú thôn Vi Chring, xã Hiếu, 200,0 m² đất ở tại nông thôn (ONT) tại thửa đất số 31, tờ bản đồ số 7, thôn Vi Chring, xã Hiếu.',
            'Thời hạn sử dụng đất: lâu dài. Hình thức: giao đất có thu tiền sử dụng đất.',
            'Điều 2. Giao Phòng Tài nguyên và Môi trường, Chi nhánh Văn phòng Đăng ký đất đai huyện chỉnh lý hồ sơ địa chính và cấp Giấy chứng nhận quyền sử dụng đất theo quy định.',
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
          ],
          sign: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Tiến'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-giao-dat',
        'QUYẾT ĐỊNH',
        '1187/QĐ-UBND',
        'ỦY BAN NHÂN DÂN HUYỆN KON PLÔNG',
        'district',
        d.gd,
      ),
      tags: ['ethnic-names'],
    },
    {
      id: 'dat-qd-chuyen-muc-dich-soc-trang-h9',
      form: `Quyết định cho phép chuyển mục đích sử dụng đất — NĐ 30/2020/NĐ-CP form (layout as ${SRC.qdHoaBinh}; contents from knowledge)`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ SÓC TRĂNG'],
          number: '402/QĐ-UBND',
          place: 'Sóc Trăng',
          date: d.cmd,
          about: ['Về việc cho phép chuyển mục đích sử dụng đất'],
          authority: 'ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG',
          bases: [
            'Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;',
            'Căn cứ Kế hoạch sử dụng đất năm 2024 của thành phố Sóc Trăng được phê duyệt;',
            'Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường,',
          ],
          articles: [
            'Điều 1. Cho phép bà Sơn Thị Sà Phia (CCCD số 094173000412) chuyển mục đích sử dụng 150,0 m² từ đất trồng cây hằng năm khác sang đất ở tại đô thị, thửa đất số 602, tờ bản đồ số 18, khóm 4, phường 10, thành phố Sóc Trăng.',
            'Điều 2. Người sử dụng đất có trách nhiệm nộp tiền sử dụng đất theo thông báo của cơ quan thuế.',
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
          ],
          sign: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Lâu'],
          flat: true,
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-chuyen-muc-dich',
        'QUYẾT ĐỊNH',
        '402/QĐ-UBND',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG',
        'district',
        d.cmd,
      ),
      tags: ['ethnic-names', 'columns-merged'],
    },
    {
      id: 'dat-qd-cho-thue-dat-ca-mau-h9',
      form: `Quyết định cho thuê đất of the merged province of Cà Mau — NĐ 30/2020/NĐ-CP form (layout as ${SRC.qdHoaBinh}; the merger from knowledge)`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU'],
          number: '2915/QĐ-UBND',
          place: 'Cà Mau',
          date: d.thue,
          about: ['Về việc cho Công ty TNHH Điện gió Đông Hải thuê đất', 'để thực hiện dự án trạm biến áp 110 kV'],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CÀ MAU',
          bases: [
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
            'Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;',
            'Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ;',
            'Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 1102/TTr-SNNMT ngày 09/12/2025.',
          ],
          articles: [
            'Điều 1. Cho Công ty TNHH Điện gió Đông Hải (mã số doanh nghiệp 1900654321) thuê 6.480,0 m² đất tại xã Đông Hải, tỉnh Cà Mau để xây dựng trạm biến áp 110 kV.',
            'Thời hạn thuê đất: 50 năm kể từ ngày ký Quyết định này. Hình thức: thuê đất trả tiền thuê đất hằng năm.',
            'Điều 2. Giao Sở Nông nghiệp và Môi trường ký hợp đồng thuê đất, cấp Giấy chứng nhận quyền sử dụng đất.',
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
          ],
          sign: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lâm Văn Bi'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-giao-dat',
        'QUYẾT ĐỊNH',
        '2915/QĐ-UBND',
        'ỦY BAN NHÂN DÂN TỈNH CÀ MAU',
        'province',
        d.thue,
      ),
      tags: ['post-reform', 'merged-province'],
      read: 'letters',
    },
    {
      id: 'dat-qd-giao-dat-xa-ta-tong-h9',
      form: "Quyết định giao đất ở of a commune after 01/7/2025 (the commune People's Committee deciding land allocation for households under the two-tier government; from knowledge)",
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'XÃ TÀ TỔNG'],
          number: '58/QĐ-UBND',
          place: 'Tà Tổng',
          date: d.gd2,
          about: ['Về việc giao đất ở tái định cư cho hộ gia đình', 'bị ảnh hưởng thiên tai tại bản Tà Tổng'],
          authority: 'ỦY BAN NHÂN DÂN XÃ TÀ TỔNG',
          bases: [
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
            'Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;',
            'Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực đất đai;',
            'Theo đề nghị của Trưởng phòng Kinh tế.',
          ],
          articles: [
            'Điều 1. Giao cho hộ ông Pờ Chà Sừ và bà Lỳ Mé Xá 150,0 m² đất ở tại nông thôn, thửa đất số 14, tờ bản đồ số 3 (khu tái định cư Tà Tổng), không thu tiền sử dụng đất.',
            'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
          ],
          sign: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lò Văn Khiêm'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-giao-dat',
        'QUYẾT ĐỊNH',
        '58/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ TÀ TỔNG',
        'commune',
        d.gd2,
      ),
      tags: ['post-reform', 'ethnic-names'],
    },
  ];
}

// ————————————————————————————————————————————————————————————————— licences, permits, confirmations

/** A construction permit — Mẫu 1/2 Phụ lục II NĐ 15/2021/NĐ-CP, as read on avatelecom.vn. */
const gpxd = (o: {
  block: string[];
  number: string;
  place: string;
  date: Iso;
  kind: string;
  to: string[];
  works: string[];
  sign: string[];
}): string[] => [
  page(
    ...head(o.block, null, pd(o.place, o.date)),
    'GIẤY PHÉP XÂY DỰNG',
    `Số: ${o.number}`,
    o.kind,
    `1. Cấp cho: ${o.to[0]}`,
    ...o.to.slice(1),
    `2. Được phép xây dựng công trình: ${o.works[0]}`,
    ...o.works.slice(1),
    '3. Giấy tờ về quyền sử dụng đất: Giấy chứng nhận quyền sử dụng đất đã cấp',
    '4. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp; quá thời hạn trên thì phải đề nghị gia hạn giấy phép xây dựng.',
    ...o.sign,
  ),
  page(
    'CHỦ ĐẦU TƯ PHẢI THỰC HIỆN CÁC NỘI DUNG SAU ĐÂY:',
    '1. Phải hoàn toàn chịu trách nhiệm trước pháp luật nếu xâm phạm các quyền hợp pháp của các chủ sở hữu liền kề.',
    '2. Phải thực hiện đúng các quy định của pháp luật về đất đai, về đầu tư xây dựng và Giấy phép xây dựng này.',
    '3. Thực hiện thông báo khởi công xây dựng công trình theo quy định.',
    '4. Xuất trình Giấy phép xây dựng cho cơ quan có thẩm quyền khi được yêu cầu.',
    'ĐIỀU CHỈNH / GIA HẠN GIẤY PHÉP',
    '1. Nội dung điều chỉnh/gia hạn: ....',
  ),
];

function licences(): Spec[] {
  const d = {
    xd1: '2023-08-14',
    xd2: '2025-08-29',
    xd3: '2024-05-10',
    attp: '2022-09-05',
    ruou: '2021-06-15',
    ruouEnd: '2026-06-15',
    tl: '2022-12-01',
    ct07: '2023-06-12',
    kt: '2025-08-06',
    hn: '2024-01-22',
    karaoke: '2023-03-28',
    tauca: '2023-07-04',
    ty: '2022-10-11',
    ks: '2022-04-19',
    vt: '2024-09-09',
  };
  return [
    {
      id: 'gp-xay-dung-nha-o-moc-chau-h9',
      form: `Giấy phép xây dựng nhà ở riêng lẻ — Phụ lục II NĐ 15/2021/NĐ-CP, 2 pages (${SRC.gpxd})`,
      pages: gpxd({
        block: ['ỦY BAN NHÂN DÂN', 'HUYỆN MỘC CHÂU'],
        number: '118/GPXD',
        place: 'Mộc Châu',
        date: d.xd1,
        kind: '(Sử dụng cho nhà ở riêng lẻ)',
        to: [
          'ông Lường Văn Duẩn và bà Hà Thị Thơm',
          'Địa chỉ: tiểu khu Bó Bun, thị trấn Nông trường Mộc Châu, huyện Mộc Châu, tỉnh Sơn La',
        ],
        works: [
          'Nhà ở riêng lẻ',
          '- Vị trí xây dựng: thửa đất số 264, tờ bản đồ số 31, tiểu khu Bó Bun',
          '- Cốt nền xây dựng công trình: +0,45 m; Mật độ xây dựng: 68%',
          '- Tổng diện tích sàn: 214,6 m²; Chiều cao công trình: 11,2 m; Số tầng: 03',
        ],
        sign: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hà Văn Ngọc'],
      }),
      truth: resultTruth(
        'giay-phep-xay-dung-nha-o',
        'GIẤY PHÉP XÂY DỰNG',
        '118/GPXD',
        'ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU',
        'district',
        d.xd1,
      ),
      tags: ['multi-page', 'ethnic-names'],
    },
    {
      id: 'gp-xay-dung-nha-o-tan-lap-h9',
      form: `Giấy phép xây dựng nhà ở riêng lẻ issued by a ward of the merged Đắk Lắk after 01/7/2025 — Phụ lục II NĐ 15/2021/NĐ-CP (${SRC.gpxd}; ward from ${SRC.dakLak})`,
      pages: gpxd({
        block: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂN LẬP'],
        number: '27/GPXD',
        place: 'Tân Lập',
        date: d.xd2,
        kind: '(Sử dụng cho nhà ở riêng lẻ)',
        to: ['bà Nguyễn Thị Hồng Nhung', 'Địa chỉ: 18 Phan Bội Châu, phường Tân Lập, tỉnh Đắk Lắk'],
        works: [
          'Nhà ở riêng lẻ',
          '- Vị trí xây dựng: thửa đất số 377, tờ bản đồ số 55',
          '- Tổng diện tích sàn: 186,0 m²; Chiều cao: 12,5 m; Số tầng: 03 tầng + tum',
        ],
        sign: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Y Sơn Byă'],
      }),
      truth: resultTruth(
        'giay-phep-xay-dung-nha-o',
        'GIẤY PHÉP XÂY DỰNG',
        '27/GPXD',
        'ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP',
        'commune',
        d.xd2,
      ),
      tags: ['multi-page', 'post-reform', 'merged-province'],
      read: 'shuffle',
    },
    {
      id: 'gp-xay-dung-cong-trinh-kon-tum-h9',
      form: `Giấy phép xây dựng (công trình không theo tuyến) — Mẫu 1 Phụ lục II NĐ 15/2021/NĐ-CP (${SRC.gpxd})`,
      pages: gpxd({
        block: ['UBND TỈNH KON TUM', 'SỞ XÂY DỰNG'],
        number: '45/GPXD',
        place: 'Kon Tum',
        date: d.xd3,
        kind: '(Sử dụng cho công trình không theo tuyến)',
        to: ['Công ty Cổ phần Du lịch Măng Đen', 'Địa chỉ: thị trấn Măng Đen, huyện Kon Plông, tỉnh Kon Tum'],
        works: [
          'Khách sạn Măng Đen Pine (cấp III)',
          '- Theo thiết kế: hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở',
          '- Do: Công ty TNHH Tư vấn Kiến trúc Tây Nguyên lập',
          '- Chủ nhiệm thiết kế: KTS. Đỗ Minh Quân',
          '- Tổng diện tích sàn: 3.240 m²; Chiều cao: 21,6 m; Số tầng: 06',
        ],
        sign: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'A Vương'],
      }),
      truth: resultTruth('giay-phep-xay-dung', 'GIẤY PHÉP XÂY DỰNG', '45/GPXD', 'SỞ XÂY DỰNG', 'province', d.xd3),
      tags: ['multi-page'],
    },
    {
      id: 'gp-attp-dien-bien-h9',
      form: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm — NĐ 15/2018/NĐ-CP, Luật ATTP 2010 Art. 37 (3 years; printed end from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH ĐIỆN BIÊN', 'SỞ Y TẾ'], 'Số: 27/2022/ATTP-CNĐK', pd('Điện Biên', d.attp)),
          'GIẤY CHỨNG NHẬN',
          'CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
          'SỞ Y TẾ TỈNH ĐIỆN BIÊN',
          'CHỨNG NHẬN',
          'Cơ sở: Hợp tác xã Chè Tủa Chùa',
          'Chủ cơ sở: Vàng A Dình',
          'Địa chỉ: xã Sính Phình, huyện Tủa Chùa, tỉnh Điện Biên',
          'Đủ điều kiện an toàn thực phẩm để sản xuất: chè Shan tuyết',
          `Giấy chứng nhận có hiệu lực đến ngày ${numericDate(addMonths(d.attp, 36))}`,
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Nguyễn Thị Thu Hường',
        ),
      ],
      truth: resultTruth(
        'gcn-an-toan-thuc-pham',
        'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
        '27/2022/ATTP-CNĐK',
        'SỞ Y TẾ',
        'province',
        d.attp,
        addMonths(d.attp, 36),
      ),
      tags: ['expired', 'ethnic-names'],
    },
    {
      id: 'gp-ban-le-ruou-bat-xat-h9',
      form: 'Giấy phép bán lẻ rượu — mẫu TT 18/2017/TT-BCT (NĐ 105/2017/NĐ-CP; printed end, from knowledge)',
      pages: [
        page(
          ...head(['UBND HUYỆN BÁT XÁT', 'PHÒNG KINH TẾ VÀ HẠ TẦNG'], 'Số: 07/GP-KTHT', pd('Bát Xát', d.ruou)),
          'GIẤY PHÉP BÁN LẺ RƯỢU',
          'TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG HUYỆN BÁT XÁT',
          'Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh doanh rượu;',
          'Xét đề nghị của hộ kinh doanh Phàn Văn Lở,',
          'QUYẾT ĐỊNH:',
          'Điều 1. Cho phép: Hộ kinh doanh PHÀN VĂN LỞ',
          'Địa chỉ: thôn Tân Bảo, xã Bản Vược, huyện Bát Xát, tỉnh Lào Cai',
          'Mã số hộ kinh doanh: 10D8000952',
          'Được phép bán lẻ sản phẩm rượu tại địa điểm kinh doanh nêu trên.',
          `Điều 2. Giấy phép này có giá trị đến ${nd30Date(d.ruouEnd)}.`,
          'TRƯỞNG PHÒNG',
          'Lý Văn Dền',
        ),
      ],
      truth: resultTruth(
        'giay-phep-ban-le-ruou',
        'GIẤY PHÉP BÁN LẺ RƯỢU',
        '07/GP-KTHT',
        'PHÒNG KINH TẾ VÀ HẠ TẦNG',
        'district',
        d.ruou,
        d.ruouEnd,
      ),
      tags: ['expired', 'ethnic-names', 'several-dates'],
    },
    {
      id: 'gp-ban-le-thuoc-la-tri-ton-h9',
      form: 'Giấy phép bán lẻ sản phẩm thuốc lá — NĐ 67/2013/NĐ-CP as amended (5 years printed, from knowledge)',
      pages: [
        page(
          ...head(['UBND HUYỆN TRI TÔN', 'PHÒNG KINH TẾ - HẠ TẦNG'], 'Số: 31/GP-KTHT', pd('Tri Tôn', d.tl)),
          'GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ',
          'Cấp cho: Hộ kinh doanh CHAU SÓC KHOL',
          'Địa chỉ: ấp Phnôm Pi, xã Châu Lăng, huyện Tri Tôn, tỉnh An Giang',
          'Mã số hộ kinh doanh: 51H8003274',
          'Được phép bán lẻ sản phẩm thuốc lá tại địa điểm: ấp Phnôm Pi, xã Châu Lăng',
          'Giấy phép có thời hạn 05 năm kể từ ngày cấp.',
          'TRƯỞNG PHÒNG',
          'Néang Sa Vi',
        ),
      ],
      truth: resultTruth(
        'giay-phep-ban-le-thuoc-la',
        'GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ',
        '31/GP-KTHT',
        'PHÒNG KINH TẾ - HẠ TẦNG',
        'district',
        d.tl,
        addMonths(d.tl, 60),
      ),
      tags: ['ethnic-names'],
      read: 'marks',
    },
    {
      id: 'gp-xac-nhan-cu-tru-nam-tam-h9',
      form: `Mẫu CT07 Giấy xác nhận thông tin về cư trú — TT 55/2021/TT-BCA before TT 66/2023/TT-BCA (${SRC.ct07})`,
      pages: [
        page(
          'CÔNG AN TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'CÔNG AN XÃ NẬM TĂM Độc lập - Tự do - Hạnh phúc',
          `Số: 118/XN-CAX Nậm Tăm, ${nd30Date(d.ct07)}`,
          'XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
          'Theo đề nghị của công dân: Tao Văn Phưng',
          'Công an xã Nậm Tăm xác nhận thông tin về cư trú như sau:',
          '1. Họ, chữ đệm và tên: TAO VĂN PHƯNG',
          '2. Ngày, tháng, năm sinh: 12/5/1995 3. Giới tính: Nam',
          '4. Số định danh cá nhân: 012095004183',
          '5. Nơi thường trú: bản Nậm Tăm, xã Nậm Tăm, huyện Sìn Hồ, tỉnh Lai Châu',
          '6. Nơi tạm trú: không',
          '7. Nơi ở hiện tại: bản Nậm Tăm, xã Nậm Tăm, huyện Sìn Hồ, tỉnh Lai Châu',
          'Giấy xác nhận có giá trị 30 ngày kể từ ngày cấp.',
          'TRƯỞNG CÔNG AN XÃ',
          'Thiếu tá Lò Văn Chung',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-cu-tru',
        'XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        '118/XN-CAX',
        'CÔNG AN XÃ NẬM TĂM',
        'commune',
        d.ct07,
        addDays(d.ct07, 30),
      ),
      tags: ['expired', 'ethnic-names', 'columns-merged'],
    },
    {
      id: 'gp-xac-nhan-khuyet-tat-bao-lac-h9',
      form:
        'Giấy xác nhận khuyết tật — Mẫu TT 01/2019/TT-BLĐTBXH, issued by a Cao Bằng commune after 01/7/2025 (from knowledge; commune from ' +
        SRC.caoBang +
        ')',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ BẢO LẠC'], null, null),
          'GIẤY XÁC NHẬN KHUYẾT TẬT',
          'Số: 05',
          'Họ và tên: MA THỊ PHÉNG',
          'Ngày, tháng, năm sinh: 1964 Giới tính: Nữ',
          'Nơi ở hiện nay: xóm Nà Pồng, xã Bảo Lạc, tỉnh Cao Bằng',
          'Dạng tật: Khuyết tật vận động',
          'Mức độ khuyết tật: Khuyết tật nặng',
          pd('Bảo Lạc', d.kt),
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Nông Văn Sinh',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-khuyet-tat',
        'GIẤY XÁC NHẬN KHUYẾT TẬT',
        '05',
        'ỦY BAN NHÂN DÂN XÃ BẢO LẠC',
        'commune',
        d.kt,
      ),
      tags: ['post-reform', 'ethnic-names'],
      read: 'letters',
    },
    {
      id: 'gp-chung-nhan-ho-ngheo-si-pa-phin-h9',
      form: 'Giấy chứng nhận hộ nghèo — mẫu kèm TT 07/2021/TT-BLĐTBXH (from knowledge; validity to the year end printed)',
      pages: [
        page(
          ...head(['UBND HUYỆN NẬM PỒ', 'UBND XÃ SI PA PHÌN'], 'Số: 112/GCN-UBND', pd('Si Pa Phìn', d.hn)),
          'GIẤY CHỨNG NHẬN HỘ NGHÈO',
          'Năm 2024',
          'ỦY BAN NHÂN DÂN XÃ SI PA PHÌN CHỨNG NHẬN:',
          'Hộ ông/bà: GIÀNG A DẾ',
          'Địa chỉ: bản Phì Cao, xã Si Pa Phìn, huyện Nậm Pồ, tỉnh Điện Biên',
          'Số thành viên trong hộ: 07',
          'Là hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025.',
          'Giấy chứng nhận có giá trị đến hết ngày 31/12/2024.',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Sùng A Lử',
        ),
      ],
      truth: resultTruth(
        'giay-chung-nhan-ho-ngheo',
        'GIẤY CHỨNG NHẬN HỘ NGHÈO',
        '112/GCN-UBND',
        'UBND XÃ SI PA PHÌN',
        'commune',
        d.hn,
        '2024-12-31',
      ),
      tags: ['expired', 'ethnic-names'],
    },
    {
      id: 'gp-karaoke-rach-gia-h9',
      form: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke — mẫu Phụ lục NĐ 54/2019/NĐ-CP (from knowledge)',
      pages: [
        page(
          ...head(
            ['UBND THÀNH PHỐ RẠCH GIÁ', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
            'Số: 12/GP-VHTT',
            pd('Rạch Giá', d.karaoke),
          ),
          'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
          'TRƯỞNG PHÒNG VĂN HÓA VÀ THÔNG TIN THÀNH PHỐ RẠCH GIÁ',
          'Căn cứ Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ;',
          'Xét hồ sơ đề nghị của Hộ kinh doanh Karaoke Sóng Biển,',
          'CẤP PHÉP:',
          '1. Tên doanh nghiệp/hộ kinh doanh: KARAOKE SÓNG BIỂN',
          '2. Địa chỉ trụ sở: 112 Lạc Hồng, phường Vĩnh Lạc, thành phố Rạch Giá, tỉnh Kiên Giang',
          '3. Số phòng karaoke: 08 phòng',
          'TRƯỞNG PHÒNG',
          'Danh Thị Kim Loan',
        ),
      ],
      truth: resultTruth(
        'giay-phep-karaoke',
        'GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE',
        '12/GP-VHTT',
        'PHÒNG VĂN HÓA VÀ THÔNG TIN',
        'district',
        d.karaoke,
      ),
      tags: [],
    },
    {
      id: 'gp-dang-ky-tau-ca-bac-lieu-h9',
      form: 'Giấy chứng nhận đăng ký tàu cá — Mẫu số 04.ĐKT Phụ lục TT 23/2018/TT-BNNPTNT (from knowledge)',
      pages: [
        page(
          ...flatHead(['SỞ NÔNG NGHIỆP VÀ PTNT TỈNH BẠC LIÊU', 'CHI CỤC THỦY SẢN'], 'Số: 215/2023/CCTS-ĐKTC', null),
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU CÁ',
          'CERTIFICATE OF FISHING VESSEL REGISTRATION',
          'Tên tàu / Name of vessel: BẢO NGỌC 08',
          'Số đăng ký / Registration number: BL-92145-TS',
          'Chủ tàu / Owner: Quách Văn Út',
          'Địa chỉ / Address: ấp Gò Cát, xã Điền Hải, huyện Đông Hải, tỉnh Bạc Liêu',
          'Chiều dài lớn nhất / Length overall: 17,8 m',
          'Tổng công suất máy chính / Main engine power: 410 CV',
          'Nghề chính / Main fishing gear: lưới kéo',
          `Bạc Liêu, ngày / date ${numericDate(d.tauca)}`,
          'CHI CỤC TRƯỞNG',
          'Huỳnh Văn Nhanh',
        ),
      ],
      truth: resultTruth(
        'gcn-dang-ky-tau-ca',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU CÁ',
        '215/2023/CCTS-ĐKTC',
        'CHI CỤC THỦY SẢN',
        'province',
        d.tauca,
      ),
      tags: ['table-layout', 'columns-merged'],
    },
    {
      id: 'gp-chung-chi-thu-y-lam-dong-h9',
      form: 'Chứng chỉ hành nghề thú y — mẫu TT 18/2016/TT-BNNPTNT (from knowledge)',
      pages: [
        page(
          ...head(
            ['SỞ NÔNG NGHIỆP VÀ PTNT LÂM ĐỒNG', 'CHI CỤC CHĂN NUÔI VÀ THÚ Y'],
            'Số: 0147/CCHN-TY',
            pd('Lâm Đồng', d.ty),
          ),
          'CHỨNG CHỈ HÀNH NGHỀ THÚ Y',
          'Cấp cho ông/bà: Ka Thị Bích',
          'Ngày sinh: 14/3/1990',
          'Trình độ chuyên môn: Trung cấp Chăn nuôi - Thú y',
          'Phạm vi hành nghề: Tiêm phòng, chữa bệnh, phẫu thuật động vật; tư vấn các hoạt động liên quan đến thú y',
          'Địa điểm hành nghề: thôn Đạ Nghịt, xã Lát, huyện Lạc Dương, tỉnh Lâm Đồng',
          'CHI CỤC TRƯỞNG',
          'Phạm Văn Tú',
        ),
      ],
      truth: resultTruth(
        'chung-chi-hanh-nghe-thu-y',
        'CHỨNG CHỈ HÀNH NGHỀ THÚ Y',
        '0147/CCHN-TY',
        'CHI CỤC CHĂN NUÔI VÀ THÚ Y',
        'province',
        d.ty,
      ),
      tags: ['ethnic-names'],
    },
    {
      id: 'gp-khai-thac-khoang-san-yen-bai-h9',
      form: 'Giấy phép khai thác khoáng sản — mẫu TT 45/2016/TT-BTNMT (from knowledge; the term "kể từ ngày ký" counted as held-out 8 did)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'TỈNH YÊN BÁI'], 'Số: 08/GP-UBND', pd('Yên Bái', d.ks)),
          'GIẤY PHÉP KHAI THÁC KHOÁNG SẢN',
          'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
          'Căn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;',
          'Căn cứ Nghị định số 158/2016/NĐ-CP ngày 29 tháng 11 năm 2016 của Chính phủ;',
          'Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 98/TTr-STNMT ngày 05/4/2022,',
          'QUYẾT ĐỊNH:',
          'Điều 1. Cho phép Công ty Cổ phần Khoáng sản Lục Yên khai thác đá hoa trắng làm đá ốp lát bằng phương pháp lộ thiên tại mỏ Liễu Đô, xã Liễu Đô, huyện Lục Yên, tỉnh Yên Bái.',
          'Diện tích khu vực khai thác: 8,6 ha; Công suất khai thác: 20.000 m³/năm.',
          'Thời hạn khai thác: 08 năm kể từ ngày ký Giấy phép.',
          'Điều 2. Công ty có trách nhiệm nộp tiền cấp quyền khai thác khoáng sản theo quy định.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Nguyễn Thế Phước',
        ),
      ],
      truth: resultTruth(
        'giay-phep-khai-thac-khoang-san',
        'GIẤY PHÉP KHAI THÁC KHOÁNG SẢN',
        '08/GP-UBND',
        'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
        'province',
        d.ks,
        addMonths(d.ks, 96),
      ),
      tags: ['several-dates'],
    },
    {
      id: 'gp-ma-so-vung-trong-dong-thap-h9',
      form: 'Giấy chứng nhận mã số vùng trồng — TT 06/2024/TT-BNNPTNT (from knowledge)',
      pages: [
        page(
          ...head(
            ['SỞ NÔNG NGHIỆP VÀ PTNT ĐỒNG THÁP', 'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT'],
            'Số: 36/GCN-TTBVTV',
            pd('Đồng Tháp', d.vt),
          ),
          'GIẤY CHỨNG NHẬN MÃ SỐ VÙNG TRỒNG',
          'Tên vùng trồng: Vùng trồng xoài Cát Chu xã Mỹ Xương',
          'Mã số vùng trồng: VN-DTOR-0241',
          'Tổ chức/cá nhân đại diện: Hợp tác xã Xoài Mỹ Xương',
          'Địa chỉ vùng trồng: xã Mỹ Xương, huyện Cao Lãnh, tỉnh Đồng Tháp',
          'Diện tích: 62,5 ha; Loại cây trồng: xoài',
          'Thị trường xuất khẩu: Hoa Kỳ, Úc',
          'CHI CỤC TRƯỞNG',
          'Trần Văn Dũng',
        ),
      ],
      truth: resultTruth(
        'ma-so-vung-trong',
        'GIẤY CHỨNG NHẬN MÃ SỐ VÙNG TRỒNG',
        '36/GCN-TTBVTV',
        'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT',
        'province',
        d.vt,
      ),
      tags: [],
    },
  ];
}

// ————————————————————————————————————————————————————————————————— decisions that are results

function decisions(): Spec[] {
  const d = {
    tcxh1: '2023-04-17',
    tcxh2: '2025-09-23',
    mt: '2026-03-05',
    hgv: '2025-08-19',
    tn: '2025-10-14',
    hoi: '2024-06-27',
    truong: '2023-12-08',
    ncc: '2022-07-26',
    gd: '2021-08-30',
    ks: '2024-02-21',
  };
  return [
    {
      id: 'qd-tro-cap-xa-hoi-dong-van-h9',
      form: `Quyết định hưởng trợ cấp xã hội hàng tháng — Mẫu 1.4 Phụ lục III NĐ 30/2020/NĐ-CP, NĐ 20/2021/NĐ-CP (layout as ${SRC.qdHaGiang})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐỒNG VĂN'],
          number: '623/QĐ-UBND',
          place: 'Đồng Văn',
          date: d.tcxh1,
          about: ['Về việc hưởng trợ cấp xã hội hàng tháng'],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN',
          bases: [
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
            'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;',
            'Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện,',
          ],
          articles: [
            'Điều 1. Trợ cấp xã hội hàng tháng đối với bà Sình Thị Dính, sinh năm 1945, thường trú thôn Lũng Cẩm, xã Sủng Là, huyện Đồng Văn, tỉnh Hà Giang.',
            'Mức trợ cấp: 540.000 đồng/tháng (hệ số 1,5). Thời gian hưởng từ tháng 5 năm 2023.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Vừ Mí Sính'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-tro-cap-xa-hoi',
        'QUYẾT ĐỊNH',
        '623/QĐ-UBND',
        'ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN',
        'district',
        d.tcxh1,
      ),
      tags: ['ethnic-names'],
    },
    {
      id: 'qd-tro-cap-xa-hoi-xa-dong-van-h9',
      form: 'Quyết định hưởng trợ cấp xã hội hàng tháng by the chairman of a commune of the merged Tuyên Quang after 01/7/2025 — NĐ 30/2020/NĐ-CP form (from knowledge)',
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'XÃ ĐỒNG VĂN'],
          number: '214/QĐ-UBND',
          place: 'Đồng Văn',
          date: d.tcxh2,
          about: ['Về việc trợ cấp xã hội hàng tháng đối với người khuyết tật'],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỒNG VĂN',
          bases: [
            'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
            'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ;',
            'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội,',
          ],
          articles: [
            'Điều 1. Trợ cấp xã hội hàng tháng đối với ông Ly Mí Chư, sinh năm 2001, người khuyết tật nặng, thường trú thôn Sà Phìn A, xã Đồng Văn, tỉnh Tuyên Quang.',
            'Mức trợ cấp: 750.000 đồng/tháng. Thời gian hưởng từ tháng 10 năm 2025.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['CHỦ TỊCH', 'Sùng Mí Quáng'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-tro-cap-xa-hoi',
        'QUYẾT ĐỊNH',
        '214/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ ĐỒNG VĂN',
        'commune',
        d.tcxh2,
      ),
      tags: ['post-reform', 'merged-province', 'ethnic-names'],
      read: 'marks',
    },
    {
      id: 'qd-ho-tro-mai-tang-muong-khoa-h9',
      form: `Quyết định hỗ trợ chi phí mai táng by a commune of Lai Châu after 01/7/2025 — NĐ 30/2020/NĐ-CP form (commune from ${SRC.laiChau})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'XÃ MƯỜNG KHOA'],
          number: '37/QĐ-UBND',
          place: 'Mường Khoa',
          date: d.mt,
          about: ['Về việc hỗ trợ chi phí mai táng'],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MƯỜNG KHOA',
          bases: [
            'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ;',
            'Xét hồ sơ đề nghị hỗ trợ chi phí mai táng của ông Lò Văn Hặc,',
          ],
          articles: [
            'Điều 1. Hỗ trợ chi phí mai táng cho gia đình bà Lò Thị Ún (đối tượng hưởng trợ cấp xã hội hàng tháng, từ trần ngày 20/02/2026), bản Hô Bon, xã Mường Khoa, tỉnh Lai Châu.',
            'Mức hỗ trợ: 10.800.000 đồng (Mười triệu tám trăm nghìn đồng).',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['KT. CHỦ TỊCH ★ ỦY BAN NHÂN DÂN XÃ MƯỜNG KHOA ★', 'PHÓ CHỦ TỊCH', 'Tao Văn Thẩm'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-ho-tro-mai-tang',
        'QUYẾT ĐỊNH',
        '37/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ MƯỜNG KHOA',
        'commune',
        d.mt,
      ),
      tags: ['post-reform', 'ethnic-names', 'several-dates', 'stamp-crossing'],
    },
    {
      id: 'qd-hoa-giai-vien-hoa-an-h9',
      form: `Quyết định công nhận hòa giải viên — Luật Hòa giải ở cơ sở 2013, NĐ 30/2020/NĐ-CP form (commune from ${SRC.caoBang})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN'],
          number: '96/QĐ-UBND',
          place: 'Hòa An',
          date: d.hgv,
          about: ['Về việc công nhận hòa giải viên ở cơ sở'],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA AN',
          bases: [
            'Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;',
            'Xét đề nghị của Trưởng Ban công tác Mặt trận xóm Nà Rụa,',
          ],
          articles: [
            'Điều 1. Công nhận các ông, bà có tên sau là hòa giải viên của Tổ hòa giải xóm Nà Rụa, xã Hòa An, tỉnh Cao Bằng:',
            '1. Bà Đàm Thị Mến 2. Ông Nông Văn Pảo 3. Ông Lục Văn Khánh',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['CHỦ TỊCH', 'Đinh Văn Tuấn'],
          flat: true,
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-cong-nhan-hoa-giai-vien',
        'QUYẾT ĐỊNH',
        '96/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ HÒA AN',
        'commune',
        d.hgv,
      ),
      tags: ['post-reform', 'ethnic-names', 'columns-merged'],
    },
    {
      id: 'qd-tro-cap-that-nghiep-ca-mau-h9',
      form: 'Quyết định về việc hưởng trợ cấp thất nghiệp — Mẫu số 05 TT 28/2015/TT-BLĐTBXH, signed by the Sở Nội vụ after labour passed to it in 2025 (from knowledge)',
      pages: [
        decision({
          block: ['UBND TỈNH CÀ MAU', 'SỞ NỘI VỤ'],
          number: '4127/QĐ-SNV',
          place: 'Cà Mau',
          date: d.tn,
          about: ['Về việc hưởng trợ cấp thất nghiệp'],
          authority: 'GIÁM ĐỐC SỞ NỘI VỤ TỈNH CÀ MAU',
          bases: [
            'Căn cứ Luật Việc làm ngày 16 tháng 11 năm 2013;',
            'Căn cứ Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015 của Chính phủ;',
            'Xét đề nghị của Giám đốc Trung tâm Dịch vụ việc làm tỉnh,',
          ],
          articles: [
            'Điều 1. Ông/bà: Lý Thị Kim Thoa, sinh ngày 09/8/1991, số định danh cá nhân 095191002374, số sổ bảo hiểm xã hội 9512004571, được hưởng trợ cấp thất nghiệp như sau:',
            '- Số tháng đóng bảo hiểm thất nghiệp: 74 tháng; Số tháng hưởng trợ cấp thất nghiệp: 06 tháng',
            '- Mức trợ cấp thất nghiệp hằng tháng: 3.960.000 đồng',
            '- Thời gian hưởng từ ngày 02/10/2025 đến ngày 01/4/2026',
            '- Nơi nhận trợ cấp thất nghiệp: Bảo hiểm xã hội cơ sở phường Bạc Liêu, tỉnh Cà Mau',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hồ Thanh Thủy'],
        }),
      ],
      truth: resultTruth('quyet-dinh-tro-cap-that-nghiep', 'QUYẾT ĐỊNH', '4127/QĐ-SNV', 'SỞ NỘI VỤ', 'province', d.tn),
      tags: ['post-reform', 'merged-province', 'several-dates'],
    },
    {
      id: 'qd-thanh-lap-hoi-kon-tum-h9',
      form: `Quyết định cho phép thành lập hội — NĐ 45/2010/NĐ-CP (as replaced by NĐ 126/2024/NĐ-CP), NĐ 30/2020 form (layout as ${SRC.qdHoaBinh})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'TỈNH KON TUM'],
          number: '356/QĐ-UBND',
          place: 'Kon Tum',
          date: d.hoi,
          about: ['Về việc cho phép thành lập Hội Sâm Ngọc Linh tỉnh Kon Tum'],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM',
          bases: [
            'Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21 tháng 4 năm 2010 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;',
            'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 187/TTr-SNV ngày 14/6/2024,',
          ],
          articles: [
            'Điều 1. Cho phép thành lập Hội Sâm Ngọc Linh tỉnh Kon Tum.',
            'Hội hoạt động trong phạm vi tỉnh Kon Tum, có tư cách pháp nhân, con dấu và tài khoản riêng.',
            'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.',
          ],
          sign: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Y Ngọc'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-cho-phep-thanh-lap-hoi',
        'QUYẾT ĐỊNH',
        '356/QĐ-UBND',
        'ỦY BAN NHÂN DÂN TỈNH KON TUM',
        'province',
        d.hoi,
      ),
      tags: [],
    },
    {
      id: 'qd-truong-chuan-son-la-h9',
      form: `Quyết định công nhận trường đạt chuẩn quốc gia — TT 18/2018/TT-BGDĐT, NĐ 30/2020 form (layout as ${SRC.qdHoaBinh})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA'],
          number: '2241/QĐ-UBND',
          place: 'Sơn La',
          date: d.truong,
          about: [
            'Về việc công nhận Trường Phổ thông dân tộc bán trú Tiểu học Chiềng Ơn,',
            'huyện Quỳnh Nhai đạt chuẩn quốc gia mức độ 1',
          ],
          authority: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
          bases: [
            'Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo;',
            'Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 3302/TTr-SGDĐT ngày 28/11/2023.',
          ],
          articles: [
            'Điều 1. Công nhận Trường PTDTBT Tiểu học Chiềng Ơn, huyện Quỳnh Nhai đạt chuẩn quốc gia mức độ 1.',
            'Thời hạn công nhận: 05 năm kể từ ngày ký Quyết định.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đặng Ngọc Hậu'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-cong-nhan-truong-dat-chuan-quoc-gia',
        'QUYẾT ĐỊNH',
        '2241/QĐ-UBND',
        'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
        'province',
        d.truong,
        addMonths(d.truong, 60),
      ),
      tags: ['several-dates'],
    },
    {
      id: 'qd-nguoi-co-cong-hau-giang-h9',
      form: 'Quyết định trợ cấp ưu đãi người có công — mẫu NĐ 131/2021/NĐ-CP (from knowledge)',
      pages: [
        decision({
          block: ['UBND TỈNH HẬU GIANG', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
          number: '1508/QĐ-SLĐTBXH',
          place: 'Hậu Giang',
          date: d.ncc,
          about: ['Về việc trợ cấp ưu đãi hằng tháng đối với thân nhân liệt sĩ'],
          authority: 'GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HẬU GIANG',
          bases: [
            'Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;',
            'Căn cứ Nghị định số 131/2021/NĐ-CP ngày 30 tháng 12 năm 2021 của Chính phủ;',
            'Xét đề nghị của Trưởng phòng Người có công,',
          ],
          articles: [
            'Điều 1. Trợ cấp tuất hằng tháng đối với bà Nguyễn Thị Út, sinh năm 1950, vợ liệt sĩ Trần Văn Hai, thường trú ấp Long An, xã Long Trị, thị xã Long Mỹ, tỉnh Hậu Giang.',
            'Mức trợ cấp: 1.624.000 đồng/tháng, kể từ ngày 01/8/2022.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Văn Hận'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-tro-cap-nguoi-co-cong',
        'QUYẾT ĐỊNH',
        '1508/QĐ-SLĐTBXH',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'province',
        d.ncc,
      ),
      tags: [],
    },
    {
      id: 'qd-hoat-dong-giao-duc-lam-ha-h9',
      form: 'Quyết định cho phép hoạt động giáo dục of a private kindergarten — NĐ 46/2017/NĐ-CP, NĐ 30/2020 form (from knowledge)',
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'HUYỆN LÂM HÀ'],
          number: '1894/QĐ-UBND',
          place: 'Lâm Hà',
          date: d.gd,
          about: ['Về việc cho phép Trường Mầm non tư thục Hoa Sen hoạt động giáo dục'],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LÂM HÀ',
          bases: [
            'Căn cứ Nghị định số 46/2017/NĐ-CP ngày 21 tháng 4 năm 2017 của Chính phủ quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục;',
            'Xét đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện,',
          ],
          articles: [
            'Điều 1. Cho phép Trường Mầm non tư thục Hoa Sen, thị trấn Đinh Văn, huyện Lâm Hà, tỉnh Lâm Đồng hoạt động giáo dục kể từ ngày ký.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Triều'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-cho-phep-hoat-dong-giao-duc',
        'QUYẾT ĐỊNH',
        '1894/QĐ-UBND',
        'ỦY BAN NHÂN DÂN HUYỆN LÂM HÀ',
        'district',
        d.gd,
      ),
      tags: [],
    },
    {
      id: 'qd-hang-luu-tru-sa-pa-h9',
      form: 'Quyết định công nhận hạng cơ sở lưu trú du lịch — TT 06/2017/TT-BVHTTDL, NĐ 30/2020 form (5-year term printed; from knowledge)',
      pages: [
        decision({
          block: ['UBND TỈNH LÀO CAI', 'SỞ DU LỊCH'],
          number: '41/QĐ-SDL',
          place: 'Lào Cai',
          date: d.ks,
          about: ['Về việc công nhận hạng cơ sở lưu trú du lịch'],
          authority: 'GIÁM ĐỐC SỞ DU LỊCH TỈNH LÀO CAI',
          bases: [
            'Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;',
            'Căn cứ Thông tư số 06/2017/TT-BVHTTDL ngày 15 tháng 12 năm 2017;',
            'Xét đề nghị của Trưởng phòng Quản lý du lịch và kết quả thẩm định ngày 06/02/2024,',
          ],
          articles: [
            'Điều 1. Công nhận Khách sạn Fansipan Mây, số 8 Thác Bạc, thị xã Sa Pa, tỉnh Lào Cai đạt tiêu chuẩn khách sạn hạng 3 sao.',
            'Thời hạn của Quyết định: 05 năm kể từ ngày ký.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['GIÁM ĐỐC', 'Vũ Thị Thanh Bình'],
        }),
      ],
      truth: resultTruth(
        'quyet-dinh-cong-nhan-hang-co-so-luu-tru-du-lich',
        'QUYẾT ĐỊNH',
        '41/QĐ-SDL',
        'SỞ DU LỊCH',
        'province',
        d.ks,
        addMonths(d.ks, 60),
      ),
      tags: ['several-dates'],
    },
  ];
}

// ————————————————————————————————————————————————————————————————— results of types the catalogue lacks

function unknownTypes(): Spec[] {
  const d = {
    rung: '2022-11-15',
    trai: '2019-09-10',
    ocop: '2024-12-20',
    uytin: '2023-03-09',
    ton: '2025-10-30',
    thuy: '2021-05-06',
  };
  return [
    {
      id: 'x-giao-rung-kon-plong-h9',
      form: `Quyết định giao rừng, cho thuê rừng to a household — Luật Lâm nghiệp 2017, NĐ 156/2018/NĐ-CP; NĐ 30/2020 form (layout as ${SRC.qdHaGiang})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'HUYỆN KON PLÔNG'],
          number: '1602/QĐ-UBND',
          place: 'Kon Plông',
          date: d.rung,
          about: ['Về việc giao rừng gắn với giao đất lâm nghiệp cho hộ gia đình', 'tại xã Đắk Long'],
          authority: 'ỦY BAN NHÂN DÂN HUYỆN KON PLÔNG',
          bases: [
            'Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;',
            'Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ;',
            'Xét đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn,',
          ],
          articles: [
            'Điều 1. Giao 12,4 ha rừng tự nhiên (rừng sản xuất) gắn với giao đất lâm nghiệp tại khoảnh 4, tiểu khu 296, xã Đắk Long cho hộ ông A Đin, thôn Đắk Lấu, xã Đắk Long, để quản lý, bảo vệ và sử dụng theo quy định.',
            'Thời hạn giao rừng: 50 năm.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Tiến'],
        }),
      ],
      truth: resultTruth(null, 'QUYẾT ĐỊNH', '1602/QĐ-UBND', 'ỦY BAN NHÂN DÂN HUYỆN KON PLÔNG', 'district', d.rung),
      tags: ['ethnic-names', 'look-alike'],
      unknownAs: ['giao rừng', 'cho thuê rừng'],
    },
    {
      id: 'x-kinh-te-trang-trai-duc-trong-h9',
      form: 'Giấy chứng nhận kinh tế trang trại — TT 27/2011/TT-BNNPTNT (before TT 02/2020/TT-BNNPTNT, which dropped it; from knowledge)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'HUYỆN ĐỨC TRỌNG'], 'Số: 14/GCNTT', pd('Đức Trọng', d.trai)),
          'GIẤY CHỨNG NHẬN KINH TẾ TRANG TRẠI',
          'ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG CHỨNG NHẬN:',
          'Chủ trang trại: ông Trần Văn Hiếu',
          'Địa chỉ trang trại: thôn Phú Thuận, xã Ninh Loan, huyện Đức Trọng, tỉnh Lâm Đồng',
          'Loại hình trang trại: trang trại trồng trọt (cà phê, bơ)',
          'Diện tích: 6,8 ha',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Nguyễn Văn Bảng',
        ),
      ],
      truth: resultTruth(
        null,
        'GIẤY CHỨNG NHẬN KINH TẾ TRANG TRẠI',
        '14/GCNTT',
        'ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG',
        'district',
        d.trai,
      ),
      tags: [],
      unknownAs: ['kinh tế trang trại'],
    },
    {
      id: 'x-san-pham-ocop-son-la-h9',
      form: "Giấy chứng nhận sản phẩm OCOP — QĐ 148/QĐ-TTg 2023 (Bộ tiêu chí OCOP), issued with the province's recognition decision (from knowledge)",
      pages: [
        page(
          'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
          'GIẤY CHỨNG NHẬN',
          'SẢN PHẨM OCOP',
          'Chứng nhận sản phẩm: Mận hậu sấy dẻo Nà Ka',
          'Chủ thể: Hợp tác xã Nông nghiệp Tự Nhiên, tiểu khu Nà Ka, xã Chiềng Hắc, huyện Mộc Châu, tỉnh Sơn La',
          'Đạt hạng: 4 sao',
          'Theo Quyết định số 2788/QĐ-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh Sơn La',
          'Giấy chứng nhận có giá trị 36 tháng kể từ ngày ký Quyết định.',
          'Số: 112/GCN-OCOP',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Lê Hồng Minh',
        ),
      ],
      truth: resultTruth(
        null,
        'GIẤY CHỨNG NHẬN SẢN PHẨM OCOP',
        '112/GCN-OCOP',
        'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
        'province',
        d.ocop,
        addMonths(d.ocop, 36),
      ),
      tags: [],
      unknownAs: ['OCOP'],
    },
    {
      id: 'x-nguoi-co-uy-tin-lao-cai-h9',
      form: `Quyết định công nhận người có uy tín trong đồng bào dân tộc thiểu số — QĐ 12/2018/QĐ-TTg; NĐ 30/2020 form (layout as ${SRC.qdHoaBinh})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'],
          number: '562/QĐ-UBND',
          place: 'Lào Cai',
          date: d.uytin,
          about: [
            'Về việc công nhận người có uy tín trong đồng bào dân tộc thiểu số',
            'huyện Mường Khương giai đoạn 2023 - 2027',
          ],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
          bases: [
            'Căn cứ Quyết định số 12/2018/QĐ-TTg ngày 06 tháng 3 năm 2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín;',
            'Xét đề nghị của Trưởng Ban Dân tộc tỉnh tại Tờ trình số 41/TTr-BDT ngày 01/3/2023,',
          ],
          articles: [
            'Điều 1. Công nhận ông Thào Seo Chư, dân tộc Mông, thôn Sả Lùng Chéng, xã Tả Ngài Chồ, huyện Mường Khương là người có uy tín trong đồng bào dân tộc thiểu số giai đoạn 2023 - 2027.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Giàng Thị Dung'],
        }),
      ],
      truth: resultTruth(null, 'QUYẾT ĐỊNH', '562/QĐ-UBND', 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'province', d.uytin),
      tags: ['ethnic-names', 'look-alike'],
      unknownAs: ['người có uy tín'],
      read: 'shuffle',
    },
    {
      id: 'x-sinh-hoat-ton-giao-bien-ho-h9',
      form: `Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung — Luật Tín ngưỡng, tôn giáo 2016 Art. 16, NĐ 95/2023/NĐ-CP (from knowledge; commune from ${SRC.giaLai})`,
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ BIỂN HỒ'], 'Số: 77/CN-UBND', pd('Biển Hồ', d.ton)),
          'CHẤP THUẬN ĐĂNG KÝ SINH HOẠT TÔN GIÁO TẬP TRUNG',
          'Xét hồ sơ đăng ký sinh hoạt tôn giáo tập trung của nhóm tín đồ Tin Lành làng Plei Ốp ngày 08/10/2025,',
          'Ủy ban nhân dân xã Biển Hồ chấp thuận:',
          '1. Nhóm tín đồ: Tin Lành làng Plei Ốp, xã Biển Hồ, tỉnh Gia Lai; số tín đồ: 64',
          '2. Người đại diện: ông Rơ Lan Thơ',
          '3. Địa điểm sinh hoạt: nhà ông Rơ Lan Thơ, làng Plei Ốp',
          '4. Nội dung, thời gian sinh hoạt: lễ Chúa nhật, từ 07 giờ đến 10 giờ sáng Chủ nhật hằng tuần',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Nguyễn Đức Hoàng',
        ),
      ],
      truth: resultTruth(
        null,
        'CHẤP THUẬN ĐĂNG KÝ SINH HOẠT TÔN GIÁO TẬP TRUNG',
        '77/CN-UBND',
        'ỦY BAN NHÂN DÂN XÃ BIỂN HỒ',
        'commune',
        d.ton,
      ),
      tags: ['post-reform', 'merged-province', 'ethnic-names', 'several-dates'],
      unknownAs: ['sinh hoạt tôn giáo'],
    },
    {
      id: 'x-nuoi-trong-thuy-san-gia-rai-h9',
      form: 'Giấy xác nhận đăng ký nuôi trồng thủy sản (đối tượng nuôi chủ lực) — Mẫu số 41.NT Phụ lục NĐ 26/2019/NĐ-CP (form number from knowledge, not confirmed)',
      pages: [
        page(
          ...head(['UBND THỊ XÃ GIÁ RAI', 'PHÒNG KINH TẾ'], 'Số: 09/XN-PKT', pd('Giá Rai', d.thuy)),
          'GIẤY XÁC NHẬN ĐĂNG KÝ NUÔI TRỒNG THỦY SẢN',
          'Tên cơ sở nuôi: ông Lê Văn Thành',
          'Địa chỉ cơ sở nuôi: ấp 15, xã Phong Thạnh Đông, thị xã Giá Rai, tỉnh Bạc Liêu',
          'Đối tượng nuôi: tôm thẻ chân trắng; hình thức nuôi: thâm canh',
          'Diện tích nuôi: 1,2 ha; số ao nuôi: 04',
          'Mã số cơ sở nuôi: 95-GR-NT-0318',
          'TRƯỞNG PHÒNG',
          'Trần Minh Quân',
        ),
      ],
      truth: resultTruth(
        null,
        'GIẤY XÁC NHẬN ĐĂNG KÝ NUÔI TRỒNG THỦY SẢN',
        '09/XN-PKT',
        'PHÒNG KINH TẾ',
        'district',
        d.thuy,
      ),
      tags: [],
      unknownAs: ['nuôi trồng thủy sản'],
      read: 'marks',
    },
  ];
}

// ————————————————————————————————————————————————————————————————— non-results

function nonResults(): Spec[] {
  const d = {
    cv: '2025-07-21',
    tbNiemYet: '2024-08-12',
    kh: '2024-02-02',
    bc: '2025-06-20',
    tt: '2023-05-16',
    kt: '2024-03-11',
    xp: '2025-11-04',
    thGcn: '2023-09-27',
    thHkd: '2022-12-19',
    tuChoi: '2026-01-13',
    hen: '2025-09-08',
    moi: '2024-10-25',
    tl: '2026-05-12',
    dsHn: '2025-12-26',
    tkKt: '2025-02-17',
    donXd: '2024-06-03',
    bb: '2023-11-21',
    bn: '2026-08-06',
  };
  return [
    {
      id: 'n-cong-van-hkd-sau-sap-xep-dien-bien-phu-h9',
      form: 'Công văn (ND 30 letter, V/v line) of a ward after 01/7/2025 on household-business certificates issued by the former district (from knowledge)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐIỆN BIÊN PHỦ'], 'Số: 86/UBND-KT', pd('Điện Biên Phủ', d.cv)),
          'V/v tiếp tục sử dụng Giấy chứng nhận đăng ký hộ kinh doanh đã cấp trước ngày 01/7/2025',
          'Kính gửi: Các hộ kinh doanh trên địa bàn phường.',
          'Thực hiện Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp, Ủy ban nhân dân phường Điện Biên Phủ thông báo:',
          '1. Giấy chứng nhận đăng ký hộ kinh doanh do Phòng Tài chính - Kế hoạch thành phố Điện Biên Phủ cấp trước ngày 01/7/2025 tiếp tục có hiệu lực; hộ kinh doanh không phải làm thủ tục cấp đổi.',
          '2. Khi thay đổi nội dung đăng ký, hộ kinh doanh nộp hồ sơ tại Phòng Kinh tế, Hạ tầng và Đô thị phường.',
          'Nơi nhận:',
          '- Như trên;',
          '- Lưu: VT, KT.',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Lò Văn Thiết',
        ),
      ],
      truth: nonResultTruth(null, '86/UBND-KT', 'ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ', 'commune', d.cv),
      tags: ['look-alike', 'post-reform'],
    },
    {
      id: 'n-thong-bao-niem-yet-gcn-ia-khai-h9',
      form: 'Thông báo niêm yết công khai kết quả kiểm tra hồ sơ đăng ký, cấp GCN — Luật Đất đai 2024, NĐ 101/2024/NĐ-CP (from knowledge)',
      pages: [
        page(
          ...head(['UBND HUYỆN IA GRAI', 'UBND XÃ IA KHAI'], 'Số: 42/TB-UBND', pd('Ia Khai', d.tbNiemYet)),
          'THÔNG BÁO',
          'Về việc niêm yết công khai kết quả kiểm tra hồ sơ đăng ký, cấp Giấy chứng nhận quyền sử dụng đất',
          'Ủy ban nhân dân xã Ia Khai thông báo niêm yết công khai danh sách 17 trường hợp đủ điều kiện cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu (có danh sách kèm theo).',
          'Thời gian niêm yết: 15 ngày, từ ngày 13/8/2024 đến ngày 27/8/2024, tại trụ sở UBND xã và nhà văn hóa các làng.',
          'Trong thời gian niêm yết, tổ chức, cá nhân có ý kiến phản ánh gửi về UBND xã.',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Rơ Mah Tuân',
        ),
      ],
      truth: nonResultTruth('THÔNG BÁO', '42/TB-UBND', 'UBND XÃ IA KHAI', 'commune', d.tbNiemYet),
      tags: ['look-alike', 'several-dates'],
    },
    {
      id: 'n-ke-hoach-cap-gcn-muong-te-h9',
      form: `Kế hoạch (ND 30) of a district on first-time land certificates (layout as ${SRC.nqHaGiang}; from knowledge)`,
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'HUYỆN MƯỜNG TÈ'], 'Số: 31/KH-UBND', pd('Mường Tè', d.kh)),
          'KẾ HOẠCH',
          'Đo đạc, đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu năm 2024',
          'I. MỤC ĐÍCH, YÊU CẦU',
          '1. Hoàn thành cấp 1.250 Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân tại các xã Bum Nưa, Bum Tở, Mường Tè, Pa Ủ.',
          'II. NỘI DUNG',
          '| STT | Xã | Số GCN dự kiến | Thời gian |',
          '| 1 | Bum Nưa | 320 | Quý II |',
          '| 2 | Bum Tở | 280 | Quý II - III |',
          '| 3 | Pa Ủ | 410 | Quý III - IV |',
          'III. TỔ CHỨC THỰC HIỆN',
          'Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp Chi nhánh Văn phòng Đăng ký đất đai huyện triển khai.',
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Vàng Văn Páo',
        ),
      ],
      truth: nonResultTruth('KẾ HOẠCH', '31/KH-UBND', 'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ', 'district', d.kh),
      tags: ['look-alike', 'table-layout'],
      read: 'shuffle',
    },
    {
      id: 'n-bao-cao-ho-tich-chieng-co-h9',
      form: 'Báo cáo (ND 30) of a commune: six-month civil-status figures (from knowledge)',
      pages: [
        page(
          ...head(['UBND THÀNH PHỐ SƠN LA', 'UBND XÃ CHIỀNG CƠI'], 'Số: 73/BC-UBND', pd('Chiềng Cơi', d.bc)),
          'BÁO CÁO',
          'Kết quả công tác đăng ký và quản lý hộ tịch 6 tháng đầu năm 2025',
          '1. Đăng ký khai sinh: 84 trường hợp (cấp 84 Giấy khai sinh bản chính, 96 bản sao trích lục).',
          '2. Đăng ký kết hôn: 31 cặp; cấp 12 Giấy xác nhận tình trạng hôn nhân.',
          '3. Đăng ký khai tử: 22 trường hợp; cấp 22 Trích lục khai tử.',
          '4. Chứng thực: 1.406 bản sao; 215 chữ ký.',
          'Nơi nhận: Phòng Tư pháp thành phố; Lưu VT.',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Cầm Văn Ươi',
        ),
      ],
      truth: nonResultTruth('BÁO CÁO', '73/BC-UBND', 'UBND XÃ CHIỀNG CƠI', 'commune', d.bc),
      tags: ['look-alike'],
    },
    {
      id: 'n-to-trinh-khoang-san-yen-bai-h9',
      form: 'Tờ trình (ND 30) of a provincial department asking the committee to grant a mining licence (from knowledge)',
      pages: [
        page(
          ...head(
            ['UBND TỈNH YÊN BÁI', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG'],
            'Số: 98/TTr-STNMT',
            pd('Yên Bái', '2022-04-05'),
          ),
          'TỜ TRÌNH',
          'Về việc cấp Giấy phép khai thác khoáng sản cho Công ty Cổ phần Khoáng sản Lục Yên',
          'Kính gửi: Ủy ban nhân dân tỉnh Yên Bái.',
          'Sở Tài nguyên và Môi trường kính trình Ủy ban nhân dân tỉnh xem xét, cấp Giấy phép khai thác khoáng sản đá hoa trắng tại mỏ Liễu Đô, xã Liễu Đô, huyện Lục Yên, với thời hạn khai thác 08 năm.',
          '(Kèm theo dự thảo Giấy phép khai thác khoáng sản)',
          'GIÁM ĐỐC',
          'Nguyễn Văn Thành',
        ),
      ],
      truth: nonResultTruth('TỜ TRÌNH', '98/TTr-STNMT', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'province', '2022-04-05'),
      tags: ['look-alike'],
    },
    {
      id: 'n-qd-ke-hoach-kiem-tra-attp-tuan-giao-h9',
      form: `Quyết định phê duyệt kế hoạch kiểm tra an toàn thực phẩm (NĐ 30; layout as ${SRC.qdHaGiang})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'HUYỆN TUẦN GIÁO'],
          number: '418/QĐ-UBND',
          place: 'Tuần Giáo',
          date: d.kt,
          about: ['Về việc phê duyệt Kế hoạch kiểm tra liên ngành về an toàn thực phẩm', 'năm 2024'],
          authority: 'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO',
          bases: [
            'Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;',
            'Xét đề nghị của Trưởng phòng Y tế huyện,',
          ],
          articles: [
            'Điều 1. Phê duyệt Kế hoạch kiểm tra liên ngành về an toàn thực phẩm năm 2024: kiểm tra 45 cơ sở, trong đó việc chấp hành Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm và Giấy xác nhận kiến thức về an toàn thực phẩm.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Quàng Văn Hậu'],
        }),
      ],
      truth: nonResultTruth('QUYẾT ĐỊNH', '418/QĐ-UBND', 'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO', 'district', d.kt),
      tags: ['look-alike'],
    },
    {
      id: 'n-qd-xu-phat-xay-dung-ninh-kieu-h9',
      form:
        'Quyết định xử phạt vi phạm hành chính (Mẫu QĐ, NĐ 118/2021/NĐ-CP) for building without a permit under NĐ 16/2022/NĐ-CP (from knowledge; ward from ' +
        SRC.canTho +
        ')',
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH KIỀU'],
          number: '215/QĐ-XPHC',
          place: 'Ninh Kiều',
          date: d.xp,
          about: ['Xử phạt vi phạm hành chính'],
          authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU',
          bases: [
            'Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;',
            'Căn cứ Nghị định số 16/2022/NĐ-CP ngày 28 tháng 01 năm 2022 của Chính phủ;',
            'Căn cứ Biên bản vi phạm hành chính số 41/BB-VPHC lập ngày 22/10/2025,',
          ],
          articles: [
            'Điều 1. Xử phạt vi phạm hành chính đối với ông Đặng Văn Phú, 27 Mậu Thân, phường Ninh Kiều, thành phố Cần Thơ.',
            'Hành vi vi phạm: tổ chức thi công xây dựng nhà ở riêng lẻ không có Giấy phép xây dựng theo quy định.',
            'Hình thức xử phạt chính: phạt tiền 70.000.000 đồng.',
            'Biện pháp khắc phục hậu quả: buộc làm thủ tục đề nghị cấp Giấy phép xây dựng trong thời hạn 90 ngày.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['CHỦ TỊCH', 'Nguyễn Văn Hùng'],
        }),
      ],
      truth: nonResultTruth('QUYẾT ĐỊNH', '215/QĐ-XPHC', 'ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU', 'commune', d.xp),
      tags: ['look-alike', 'post-reform', 'merged-province'],
      read: 'letters',
    },
    {
      id: 'n-qd-thu-hoi-gcn-lang-chanh-krong-no-h9',
      form: `Quyết định thu hồi Giấy chứng nhận quyền sử dụng đất đã cấp (NĐ 30; layout as ${SRC.qdHaGiang}; title of the kind as ${SRC.laoCai})`,
      pages: [
        decision({
          block: ['ỦY BAN NHÂN DÂN', 'HUYỆN KRÔNG NÔ'],
          number: '2036/QĐ-UBND',
          place: 'Krông Nô',
          date: d.thGcn,
          about: ['Về việc thu hồi Giấy chứng nhận quyền sử dụng đất đã cấp không đúng quy định'],
          authority: 'ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ',
          bases: [
            'Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;',
            'Căn cứ Kết luận thanh tra số 12/KL-TTr ngày 30/8/2023 của Thanh tra huyện,',
          ],
          articles: [
            'Điều 1. Thu hồi Giấy chứng nhận quyền sử dụng đất số phát hành CS 714293, số vào sổ cấp GCN: CH 01836 do UBND huyện Krông Nô cấp ngày 12/4/2016 cho ông Y Mun Niê, thửa đất số 88, tờ bản đồ số 20, xã Nam Đà.',
            'Lý do thu hồi: cấp không đúng đối tượng sử dụng đất.',
            'Điều 2. Giao Chi nhánh Văn phòng Đăng ký đất đai huyện chỉnh lý hồ sơ địa chính.',
            'Điều 3. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Chung'],
        }),
      ],
      truth: nonResultTruth('QUYẾT ĐỊNH', '2036/QĐ-UBND', 'ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ', 'district', d.thGcn),
      tags: ['look-alike', 'revocation', 'ethnic-names', 'several-dates'],
    },
    {
      id: 'n-qd-thu-hoi-hkd-vi-thanh-h9',
      form: 'Quyết định thu hồi Giấy chứng nhận đăng ký hộ kinh doanh — NĐ 01/2021/NĐ-CP (from knowledge)',
      pages: [
        decision({
          block: ['UBND THÀNH PHỐ VỊ THANH', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'],
          number: '37/QĐ-TCKH',
          place: 'Vị Thanh',
          date: d.thHkd,
          about: ['Về việc thu hồi Giấy chứng nhận đăng ký hộ kinh doanh'],
          authority: 'TRƯỞNG PHÒNG TÀI CHÍNH - KẾ HOẠCH THÀNH PHỐ VỊ THANH',
          bases: [
            'Căn cứ Nghị định số 01/2021/NĐ-CP ngày 04 tháng 01 năm 2021 của Chính phủ về đăng ký doanh nghiệp;',
            'Căn cứ Biên bản kiểm tra ngày 02/12/2022 xác định hộ kinh doanh ngừng hoạt động quá 06 tháng không thông báo,',
          ],
          articles: [
            'Điều 1. Thu hồi Giấy chứng nhận đăng ký hộ kinh doanh số 64A8001275 do Phòng Tài chính - Kế hoạch thành phố Vị Thanh cấp ngày 10/01/2019 cho hộ kinh doanh Tiệm Vàng Kim Phát.',
            'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          ],
          sign: ['TRƯỞNG PHÒNG', 'Nguyễn Hữu Lộc'],
        }),
      ],
      truth: nonResultTruth('QUYẾT ĐỊNH', '37/QĐ-TCKH', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'district', d.thHkd),
      tags: ['look-alike', 'revocation', 'several-dates'],
      read: 'marks',
    },
    {
      id: 'n-thong-bao-tu-choi-gpxd-hoi-phu-h9',
      form: `Thông báo không cấp giấy phép xây dựng (reply under Art. 102 Luật Xây dựng; from knowledge; ward from ${SRC.giaLai})`,
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HỘI PHÚ'], 'Số: 09/TB-UBND', pd('Hội Phú', d.tuChoi)),
          'THÔNG BÁO',
          'Về việc không cấp Giấy phép xây dựng',
          "Ủy ban nhân dân phường Hội Phú nhận được hồ sơ đề nghị cấp Giấy phép xây dựng nhà ở riêng lẻ của bà Ksor H'Bliêm tại thửa đất số 140, tờ bản đồ số 12.",
          'Qua kiểm tra, vị trí xây dựng nằm trong hành lang an toàn đường bộ theo quy hoạch được phê duyệt; Ủy ban nhân dân phường thông báo không cấp Giấy phép xây dựng.',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Đinh Thị Hường',
        ),
      ],
      truth: nonResultTruth('THÔNG BÁO', '09/TB-UBND', 'ỦY BAN NHÂN DÂN PHƯỜNG HỘI PHÚ', 'commune', d.tuChoi),
      tags: ['look-alike', 'post-reform', 'merged-province', 'ethnic-names'],
    },
    {
      id: 'n-phieu-hen-tra-ket-qua-tan-phong-h9',
      form: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả — Mẫu số 01 TT 01/2018/VPCP (from knowledge)',
      pages: [
        page(
          'UBND PHƯỜNG TÂN PHONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'BỘ PHẬN MỘT CỬA Độc lập - Tự do - Hạnh phúc',
          'Mã hồ sơ: 000.31.22.H31-250908-0047 Tân Phong, ngày 08 tháng 9 năm 2025',
          'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
          'Bộ phận Một cửa tiếp nhận hồ sơ của: bà Vàng Thị Dua',
          'Nội dung yêu cầu giải quyết: Đăng ký khai sinh',
          'Thành phần hồ sơ: Tờ khai đăng ký khai sinh; Giấy chứng sinh',
          'Thời gian nhận hồ sơ: 09 giờ 15 phút, ngày 08/9/2025',
          'Thời gian trả kết quả: 14 giờ 00 phút, ngày 08/9/2025',
          'NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ',
          'Vàng Thị Dua Tẩn Thị Mai',
        ),
      ],
      truth: nonResultTruth('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', null, 'BỘ PHẬN MỘT CỬA', 'commune', d.hen),
      tags: ['look-alike', 'post-reform', 'ethnic-names', 'columns-merged'],
    },
    {
      id: 'n-giay-moi-nhan-gcn-duc-trong-h9',
      form: 'Giấy mời nhận Giấy chứng nhận quyền sử dụng đất (from knowledge)',
      pages: [
        page(
          ...head(
            ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG LÂM ĐỒNG', 'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', 'HUYỆN ĐỨC TRỌNG'],
            'Số: 318/GM-CNVPĐK',
            pd('Đức Trọng', d.moi),
          ),
          'GIẤY MỜI',
          'Kính mời: ông/bà Trần Văn Hiếu, thôn Phú Thuận, xã Ninh Loan',
          'Đến Bộ phận trả kết quả để nhận Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (thửa đất số 51, tờ bản đồ số 33).',
          'Thời gian: từ ngày 28/10/2024, trong giờ hành chính.',
          'Khi đến mang theo: Giấy tiếp nhận hồ sơ, CCCD, chứng từ nộp nghĩa vụ tài chính.',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Lê Thị Hoa',
        ),
      ],
      truth: nonResultTruth('GIẤY MỜI', '318/GM-CNVPĐK', 'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', 'province', d.moi),
      tags: ['look-alike'],
    },
    {
      id: 'n-cong-van-tra-loi-trich-luc-lang-son-h9',
      form: 'Công văn of the Sở Tư pháp answering a citizen about a birth-extract copy (from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH LẠNG SƠN', 'SỞ TƯ PHÁP'], 'Số: 1120/STP-HCTP', pd('Lạng Sơn', d.tl)),
          'V/v trả lời đề nghị cấp bản sao Trích lục khai sinh',
          'Kính gửi: Bà Hoàng Thị Lệ, khối 6, phường Đông Kinh, tỉnh Lạng Sơn.',
          'Sở Tư pháp nhận được đơn của bà đề nghị cấp bản sao Trích lục khai sinh đăng ký năm 2004 tại UBND phường Đông Kinh cũ. Sau khi tra cứu Cơ sở dữ liệu hộ tịch điện tử, Sở Tư pháp đề nghị bà liên hệ Ủy ban nhân dân phường Đông Kinh để được cấp bản sao Trích lục khai sinh theo quy định.',
          'Nơi nhận: Như trên; Lưu VT, HCTP.',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Hoàng Văn Nghiệm',
        ),
      ],
      truth: nonResultTruth(null, '1120/STP-HCTP', 'SỞ TƯ PHÁP', 'province', d.tl),
      tags: ['look-alike', 'post-reform'],
    },
    {
      id: 'n-thong-bao-ds-ho-ngheo-bao-lam-cb-h9',
      form:
        'Thông báo công khai danh sách hộ nghèo, hộ cận nghèo — TT 07/2021/TT-BLĐTBXH procedure (from knowledge; commune from ' +
        SRC.caoBang +
        ')',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ BẢO LÂM'], 'Số: 65/TB-UBND', pd('Bảo Lâm', d.dsHn)),
          'THÔNG BÁO',
          'Công khai danh sách hộ nghèo, hộ cận nghèo năm 2026',
          'Ủy ban nhân dân xã Bảo Lâm thông báo danh sách 412 hộ nghèo và 236 hộ cận nghèo qua rà soát cuối năm 2025. Giấy chứng nhận hộ nghèo, hộ cận nghèo sẽ được cấp sau khi hết thời gian niêm yết.',
          '| STT | Họ tên chủ hộ | Xóm | Phân loại |',
          '| 1 | Lý Văn Sình | Nà Bó | Hộ nghèo |',
          '| 2 | Triệu Thị Mai | Khuổi Khon | Hộ cận nghèo |',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Hoàng Văn Nhất',
        ),
      ],
      truth: nonResultTruth('THÔNG BÁO', '65/TB-UBND', 'ỦY BAN NHÂN DÂN XÃ BẢO LÂM', 'commune', d.dsHn),
      tags: ['look-alike', 'post-reform', 'table-layout', 'ethnic-names'],
    },
    {
      id: 'n-to-khai-khai-tu-cai-rang-h9',
      form: `Tờ khai đăng ký khai tử filled in by hand — TT 04/2020/TT-BTP (${SRC.khaiTu})`,
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'TỜ KHAI ĐĂNG KÝ KHAI TỬ',
          'Kính gửi: Ủy ban nhân dân phường Lê Bình, quận Cái Răng, thành phố Cần Thơ',
          'Họ, chữ đệm, tên người yêu cầu: Lê Văn Sang',
          'Nơi cư trú: khu vực Yên Hạ, phường Lê Bình, quận Cái Răng',
          'Giấy tờ tùy thân: CCCD số 092078003146',
          'Quan hệ với người đã chết: con',
          'Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:',
          'Họ, chữ đệm, tên: LÊ VĂN TƯ',
          'Ngày, tháng, năm sinh: 1942 Giới tính: Nam Dân tộc: Kinh Quốc tịch: Việt Nam',
          'Đã chết vào lúc: 18 giờ 40 phút, ngày 14/02/2025',
          'Nơi chết: tại nhà',
          'Nguyên nhân chết: bệnh già',
          'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
          'Làm tại: Lê Bình, ngày 17 tháng 02 năm 2025',
          'Người yêu cầu',
          'Lê Văn Sang',
        ),
      ],
      truth: nonResultTruth('TỜ KHAI ĐĂNG KÝ KHAI TỬ', null, null, null, d.tkKt),
      tags: ['look-alike', 'citizen-form', 'several-dates'],
    },
    {
      id: 'n-don-de-nghi-gpxd-mang-den-h9',
      form: 'Đơn đề nghị cấp giấy phép xây dựng — Mẫu 01 Phụ lục II NĐ 15/2021/NĐ-CP (from knowledge)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG',
          '(Sử dụng cho nhà ở riêng lẻ)',
          'Kính gửi: Ủy ban nhân dân huyện Kon Plông',
          '1. Thông tin về chủ đầu tư: Y Thương; địa chỉ: thôn Kon Chốt, thị trấn Măng Đen; CCCD số 062190002417',
          '2. Thông tin công trình: thửa đất số 73, tờ bản đồ số 15, thị trấn Măng Đen',
          '3. Nội dung đề nghị cấp phép: nhà ở riêng lẻ 02 tầng, tổng diện tích sàn 142 m²',
          '4. Dự kiến thời gian hoàn thành công trình: 06 tháng',
          '5. Cam kết: tôi xin cam đoan làm theo đúng giấy phép được cấp.',
          'Kon Plông, ngày 03 tháng 6 năm 2024',
          'NGƯỜI LÀM ĐƠN',
          'Y Thương',
        ),
      ],
      truth: nonResultTruth('ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG', null, null, null, d.donXd),
      tags: ['look-alike', 'citizen-form', 'ethnic-names'],
    },
    {
      id: 'n-bien-ban-kiem-tra-karaoke-long-xuyen-h9',
      form: 'Biên bản kiểm tra (đoàn kiểm tra liên ngành) of a karaoke business, quoting its licence (from knowledge)',
      pages: [
        page(
          ...head(['UBND THÀNH PHỐ LONG XUYÊN', 'ĐOÀN KIỂM TRA LIÊN NGÀNH 814'], null, pd('Long Xuyên', d.bb)),
          'BIÊN BẢN KIỂM TRA',
          'Hoạt động kinh doanh dịch vụ karaoke',
          'Hôm nay, hồi 20 giờ 30 phút, ngày 21/11/2023, tại Karaoke Hoàng Gia, 45 Trần Hưng Đạo, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang.',
          'Cơ sở xuất trình: Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke số 08/GP-VHTT ngày 14/3/2022; Giấy chứng nhận đủ điều kiện về an ninh, trật tự số 45/GCN.',
          'Kết quả kiểm tra: cơ sở chấp hành đúng quy định; số phòng hoạt động đúng giấy phép (06 phòng).',
          'Biên bản lập xong hồi 21 giờ 15 phút cùng ngày, đọc lại cho các bên cùng nghe và ký tên.',
          'ĐẠI DIỆN CƠ SỞ TRƯỞNG ĐOÀN',
          'Trần Thị Mỹ Lệ Phan Văn Kiệt',
        ),
      ],
      truth: nonResultTruth('BIÊN BẢN KIỂM TRA', null, 'ĐOÀN KIỂM TRA LIÊN NGÀNH 814', 'district', d.bb),
      tags: ['look-alike', 'several-dates'],
    },
    {
      id: 'n-giay-bien-nhan-dkdn-vinh-long-h9',
      form: 'Giấy biên nhận hồ sơ đăng ký doanh nghiệp (Phòng Đăng ký kinh doanh; from knowledge)',
      pages: [
        page(
          'SỞ TÀI CHÍNH TỈNH VĨNH LONG',
          'PHÒNG ĐĂNG KÝ KINH DOANH',
          'GIẤY BIÊN NHẬN',
          'Hồ sơ đăng ký doanh nghiệp',
          'Mã hồ sơ: 260806-0001934',
          'Tên doanh nghiệp: CÔNG TY TNHH DỪA SÁP CẦU KÈ',
          'Loại thủ tục: Đăng ký thành lập mới công ty trách nhiệm hữu hạn',
          `Ngày nhận hồ sơ: ${numericDate(d.bn)}`,
          'Ngày hẹn trả kết quả Giấy chứng nhận đăng ký doanh nghiệp: 11/08/2026',
          'Người nhận hồ sơ: Thạch Thị Sa Ly',
        ),
      ],
      truth: nonResultTruth('GIẤY BIÊN NHẬN', null, 'PHÒNG ĐĂNG KÝ KINH DOANH', 'province', d.bn),
      tags: ['look-alike', 'post-reform', 'merged-province', 'several-dates'],
    },
  ];
}

export function heldout9Corpus(): CorpusDoc[] {
  return [
    ...civilStatus(),
    ...certifications(),
    ...registrations(),
    ...land(),
    ...licences(),
    ...decisions(),
    ...unknownTypes(),
    ...nonResults(),
  ].map((s, i) => doc(s, 900 + i));
}

const CATEGORIES9: Record<string, string> = {
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
export function category9(id: string): string {
  return CATEGORIES9[id.split('-')[0]!] ?? id;
}

/** Results of types the catalogue lacked when written take a later type's id (heldout.ts). */
export const resolveHeldout9Types = resolveHeldoutTypes;
