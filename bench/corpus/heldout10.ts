/**
 * The tenth held-out corpus: ~74 documents written blind (2026-12-03 night, helper session `h10w`), without opening
 * the classifier, its catalogue readers, DOMAIN.md or any other corpus's texts. Like the ninth, its layouts follow
 * public material read for it with the `search` tool where some was found (each document's `form` names what it
 * follows and where it was read, or says "from knowledge"). Its issuers are the ones the earlier sets used less:
 * Công an (CT07 residence confirmations, ID-related confirmations, vehicle registration), Sở Giao thông vận tải /
 * Sở Xây dựng, Sở Y tế, Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội / Sở Nội vụ, land offices and
 * communes' civil-status desks. Its places are the North-east and the Red River delta (Quảng Ninh, Bắc Giang, Phú
 * Thọ, Thái Nguyên, Vĩnh Phúc), the South-east (Bình Dương, Đồng Nai, Bà Rịa - Vũng Tàu, Tây Ninh, TP. Hồ Chí Minh)
 * and Điện Biên, before 01/7/2025 and after (merged provinces, communes without a district). About a quarter are
 * written as an OCR or Textract reading returns them (`DEFECT_TAGS10`). Names, ID numbers and document numbers are
 * invented. Labels follow bench/corpus/README.md ("Label conventions" and the held-out 10 section's own).
 */

import { resolveHeldoutTypes } from './heldout.ts';
import { confuseLetters, dropSomeMarks, shuffleBlocks } from './heldout8.ts';
import {
  addDays,
  addMonths,
  type CorpusDoc,
  type CorpusTruth,
  categoryOf,
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
 * Tags of this corpus. The first six are readings (how the text reached the classifier, not the paper): the photo
 * run skips them.
 */
export const DEFECT_TAGS10 = [
  'lines-out-of-order',
  'marks-dropped',
  'letters-confused',
  'columns-merged',
  'textract-kv',
  'table-flattened',
];
export const TAGS10 = [
  ...DEFECT_TAGS10,
  'post-reform',
  'merged-province',
  'multi-page',
  'inner-page',
  'look-alike',
  'citizen-form',
  'handwritten',
  'bilingual',
  'qr-code',
  'expired',
  'certified-copy',
  'several-dates',
  'quotes-result-number',
  'internal-decision',
  'table-layout',
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

const pd = (place: string, date: Iso) => `${place}, ${nd30Date(date)}`;

type Reading = 'marks' | 'letters' | 'shuffle';

interface Spec {
  id: string;
  form: string;
  pages: string[];
  truth: CorpusTruth;
  tags: string[];
  unknownAs?: string[];
  /** A reading applied to every page (its tag added). */
  reading?: Reading;
}

const READING_TAG: Record<Reading, string> = {
  marks: 'marks-dropped',
  letters: 'letters-confused',
  shuffle: 'lines-out-of-order',
};

function doc(s: Spec, seed: number): CorpusDoc {
  const read = (p: string, k: number) => {
    if (s.reading === 'marks') return dropSomeMarks(p, seed * 7 + k, 0.75);
    if (s.reading === 'letters') return confuseLetters(p, seed * 7 + k, 0.3);
    if (s.reading === 'shuffle') return shuffleBlocks(p, seed * 7 + k);
    return p;
  };
  return {
    id: s.id,
    form: s.form,
    pages: s.pages.map(read),
    truth: s.truth,
    tags: s.reading ? [...s.tags, READING_TAG[s.reading]] : s.tags,
    ...(s.unknownAs ? { unknownAs: s.unknownAs } : {}),
  };
}

const CT07_SRC =
  'Mẫu CT07 (TT 55/2021/TT-BCA, sửa bởi TT 66/2023/TT-BCA từ 01/01/2024) as described on hoatieu.vn, aztax.com.vn and tanphatvn.com (search, pages): issuing police of the commune or district, the citizen, residence history, validity';

/** Residence confirmations (CT07) and other police papers. */
function police(): Spec[] {
  const a: Iso = '2024-03-18';
  const b: Iso = '2025-09-22';
  const c: Iso = '2023-06-05';
  const e: Iso = '2026-02-11';
  const f: Iso = '2022-10-27';
  const g: Iso = '2025-11-03';
  return [
    {
      id: 'gp-ct07-ha-long-h10',
      form: CT07_SRC,
      pages: [
        page(
          ...head(['CÔNG AN TỈNH QUẢNG NINH', 'CÔNG AN PHƯỜNG HỒNG HẢI'], 'Số: 1482/XN-CAP', pd('Hạ Long', a)),
          'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
          'Công an phường Hồng Hải, thành phố Hạ Long xác nhận:',
          '1. Họ, chữ đệm và tên: NGUYỄN THỊ THANH HUYỀN',
          '2. Ngày, tháng, năm sinh: 14/08/1991   3. Giới tính: Nữ',
          '4. Số định danh cá nhân: 022191004517',
          '5. Nơi thường trú: Tổ 6, khu 4, phường Hồng Hải, thành phố Hạ Long, tỉnh Quảng Ninh',
          '6. Nơi tạm trú: Không',
          '7. Nơi ở hiện tại: Tổ 6, khu 4, phường Hồng Hải, thành phố Hạ Long, tỉnh Quảng Ninh',
          '8. Thông tin về chủ hộ: Nguyễn Văn Thắng - Quan hệ với chủ hộ: Con',
          'Giấy xác nhận có giá trị 30 ngày kể từ ngày cấp.',
          'TRƯỞNG CÔNG AN PHƯỜNG',
          'Thiếu tá Phạm Quốc Hưng',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-cu-tru',
        'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        '1482/XN-CAP',
        'CÔNG AN PHƯỜNG HỒNG HẢI',
        'commune',
        a,
        addDays(a, 30),
      ),
      tags: ['expired'],
    },
    {
      id: 'gp-ct07-di-an-h10',
      form: `${CT07_SRC}; after 01/7/2025 the ward police of the merged TP. Hồ Chí Minh (from knowledge)`,
      pages: [
        page(
          ...flatHead(['CÔNG AN THÀNH PHỐ HỒ CHÍ MINH', 'CÔNG AN PHƯỜNG DĨ AN'], 'Số: 3057/XN-CAP', pd('Dĩ An', b)),
          'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
          'Họ, chữ đệm và tên: TRẦN MINH KHOA Ngày sinh: 02/02/1988',
          'Số định danh cá nhân: 074088012366 Giới tính: Nam',
          'Nơi thường trú: Số 27/4 đường Trần Hưng Đạo, khu phố Thắng Lợi 2, phường Dĩ An, Thành phố Hồ Chí Minh',
          'Nơi tạm trú: Không Nơi ở hiện tại: như trên',
          'Thời gian đăng ký thường trú: 11/05/2012',
          'Giấy xác nhận có giá trị 30 ngày kể từ ngày cấp.',
          'TRƯỞNG CÔNG AN PHƯỜNG Trung tá Lê Hoàng Sơn',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-cu-tru',
        'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        '3057/XN-CAP',
        'CÔNG AN PHƯỜNG DĨ AN',
        'commune',
        b,
        addDays(b, 30),
      ),
      tags: ['columns-merged', 'post-reform', 'merged-province', 'expired'],
    },
    {
      id: 'gp-ct07-tan-uyen-h10',
      form: `${CT07_SRC}; read as Textract key–value lines`,
      pages: [
        page(
          'CÔNG AN TỈNH BÌNH DƯƠNG',
          'CÔNG AN THỊ XÃ TÂN UYÊN',
          MOTTO,
          MOTTO2,
          'Số: 612/XN-CATX',
          `Tân Uyên, ${nd30Date(c)}`,
          'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
          'Họ, chữ đệm và tên: Võ Thị Kim Ngân',
          'Ngày, tháng, năm sinh: 30/11/1996',
          'Số định danh cá nhân: 074196009213',
          'Nơi thường trú: Ấp 3, xã Bạch Đằng, thị xã Tân Uyên, tỉnh Bình Dương',
          'Nơi tạm trú:',
          'Thông tin khác: Đã đăng ký thường trú từ ngày 09/09/2015 đến nay',
          'Giá trị sử dụng: 30 ngày kể từ ngày cấp',
          'KT. TRƯỞNG CÔNG AN THỊ XÃ',
          'PHÓ TRƯỞNG CÔNG AN',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-cu-tru',
        'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        '612/XN-CATX',
        'CÔNG AN THỊ XÃ TÂN UYÊN',
        'district',
        c,
        addDays(c, 30),
      ),
      tags: ['textract-kv', 'expired'],
    },
    {
      id: 'gp-ct07-muong-thanh-h10',
      form: `${CT07_SRC}; Điện Biên after the reform (from knowledge)`,
      pages: [
        page(
          ...head(['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN PHƯỜNG MƯỜNG THANH'], 'Số: 204/XN-CAP', pd('Điện Biên', e)),
          'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
          '1. Họ, chữ đệm và tên: LÒ VĂN PHONG',
          '2. Ngày, tháng, năm sinh: 19/04/2001',
          '4. Số định danh cá nhân: 011201003984',
          '5. Nơi thường trú: Tổ dân phố 9, phường Mường Thanh, tỉnh Điện Biên',
          '9. Thông tin về cư trú trước đây: xã Thanh Nưa, huyện Điện Biên (đến 30/6/2025)',
          'Giấy xác nhận có giá trị 30 ngày kể từ ngày cấp.',
          'TRƯỞNG CÔNG AN PHƯỜNG',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-cu-tru',
        'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        '204/XN-CAP',
        'CÔNG AN PHƯỜNG MƯỜNG THANH',
        'commune',
        e,
        addDays(e, 30),
      ),
      tags: ['post-reform', 'expired', 'several-dates'],
      reading: 'marks',
    },
    {
      id: 'dk-dang-ky-xe-bien-hoa-h10',
      form: 'Giấy chứng nhận đăng ký xe (TT 24/2023/TT-BCA, mẫu ĐKX; from knowledge: Biển số, Số máy, Số khung, chủ xe, valid while owned)',
      pages: [
        page(
          'CÔNG AN TỈNH ĐỒNG NAI',
          'CÔNG AN THÀNH PHỐ BIÊN HÒA',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE GẮN MÁY',
          'CERTIFICATE OF MOTORCYCLE REGISTRATION',
          'Số: 048215',
          'Tên chủ xe: ĐẶNG VĂN TUẤN',
          'Địa chỉ: KP 5, phường Tân Phong, TP Biên Hòa, Đồng Nai',
          'Nhãn hiệu: HONDA Số loại: VISION Màu sơn: Đỏ đen',
          'Số máy: JF58E-1934472 Số khung: RLHJF5823NY104517',
          'Dung tích: 110 Biển số đăng ký: 60B7-512.84',
          `Biên Hòa, ${nd30Date(f)}`,
          'TRƯỞNG CÔNG AN THÀNH PHỐ',
        ),
      ],
      truth: resultTruth(
        'dang-ky-xe',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE GẮN MÁY',
        '048215',
        'CÔNG AN THÀNH PHỐ BIÊN HÒA',
        'district',
        f,
      ),
      tags: ['bilingual'],
    },
    {
      id: 'dk-dang-ky-xe-tay-ninh-h10',
      form: 'Giấy chứng nhận đăng ký xe ô tô (TT 24/2023/TT-BCA, from knowledge), merged Tây Ninh after 01/7/2025, registered at the provincial traffic police',
      pages: [
        page(
          'CÔNG AN TỈNH TÂY NINH',
          'PHÒNG CẢNH SÁT GIAO THÔNG',
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE Ô TÔ',
          'Số: 017736',
          'Tên chủ xe: CÔNG TY TNHH VẬN TẢI HẢI LONG AN',
          'Địa chỉ: Số 88 Quốc lộ 1A, phường Tân An, tỉnh Tây Ninh',
          'Nhãn hiệu: HYUNDAI Số loại: MIGHTY EX8 Loại xe: Ô tô tải',
          'Biển số đăng ký: 62C-418.57',
          `Đăng ký lần đầu ngày: ${numericDate(g)}`,
          `Tây Ninh, ${nd30Date(g)}`,
          'TRƯỞNG PHÒNG',
        ),
      ],
      truth: resultTruth(
        'dang-ky-xe',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE Ô TÔ',
        '017736',
        'PHÒNG CẢNH SÁT GIAO THÔNG',
        'province',
        g,
      ),
      tags: ['post-reform', 'merged-province'],
    },
  ];
}

/** Transport and building papers of the Sở Giao thông vận tải / Sở Xây dựng. */
function transport(): Spec[] {
  const a: Iso = '2021-05-12';
  const b: Iso = '2024-08-20';
  const c: Iso = '2025-10-14';
  const d: Iso = '2023-01-09';
  const e: Iso = '2022-07-25';
  const f: Iso = '2026-04-16';
  const g: Iso = '2019-11-28';
  const h: Iso = '2025-08-06';
  return [
    {
      id: 'gp-lai-xe-phu-tho-h10',
      form: 'Giấy phép lái xe PET (TT 12/2017/TT-BGTVT; from knowledge: bilingual labels, Số/No., Hạng/Class, Có giá trị đến/Expires)',
      pages: [
        page(
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'SOCIALIST REPUBLIC OF VIETNAM',
          "GIẤY PHÉP LÁI XE / DRIVER'S LICENSE",
          'Số/No.: 250198004731',
          'Họ tên/Full name: HÀ VĂN DŨNG',
          'Ngày sinh/Date of Birth: 07/03/1990',
          'Quốc tịch/Nationality: VIỆT NAM',
          'Nơi cư trú/Address: Khu 7, xã Hy Cương, TP Việt Trì, Phú Thọ',
          `Phú Thọ, ngày/date ${numericDate(a)}`,
          'GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI PHÚ THỌ',
          'Hạng/Class: B2',
          `Có giá trị đến/Expires: ${numericDate(addMonths(a, 120))}`,
        ),
      ],
      truth: resultTruth(
        'giay-phep-lai-xe',
        'GIẤY PHÉP LÁI XE',
        '250198004731',
        'SỞ GIAO THÔNG VẬN TẢI PHÚ THỌ',
        'province',
        a,
        addMonths(a, 120),
      ),
      tags: ['bilingual'],
    },
    {
      id: 'gp-van-tai-bac-giang-h10',
      form: 'Giấy phép kinh doanh vận tải bằng xe ô tô (Mẫu Phụ lục NĐ 10/2020/NĐ-CP; from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH BẮC GIANG', 'SỞ GIAO THÔNG VẬN TẢI'], null, null),
          'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
          'Số: 24J1.0318',
          'Cấp lần thứ: 01',
          '1. Tên đơn vị kinh doanh vận tải: CÔNG TY TNHH VẬN TẢI LỤC NGẠN XANH',
          '2. Địa chỉ trụ sở: Thôn Kép 2, xã Hồng Giang, huyện Lục Ngạn, tỉnh Bắc Giang',
          '3. Giấy chứng nhận đăng ký doanh nghiệp số: 2400917735',
          '4. Được phép kinh doanh các loại hình vận tải: Vận tải hàng hóa bằng xe ô tô; Vận tải hành khách theo hợp đồng',
          `Bắc Giang, ${nd30Date(b)}`,
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'giay-phep-kinh-doanh-van-tai',
        'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
        '24J1.0318',
        'SỞ GIAO THÔNG VẬN TẢI',
        'province',
        b,
      ),
      tags: [],
    },
    {
      id: 'gp-luu-hanh-dong-nai-h10',
      form: 'Giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn (TT 39/2024/TT-BGTVT; from knowledge), issued by the Sở Xây dựng after the 2025 merger of transport into construction',
      pages: [
        page(
          ...head(['UBND TỈNH ĐỒNG NAI', 'SỞ XÂY DỰNG'], 'Số: 1186/GPLH', pd('Đồng Nai', c)),
          'GIẤY PHÉP LƯU HÀNH XE QUÁ TẢI TRỌNG, XE QUÁ KHỔ GIỚI HẠN TRÊN ĐƯỜNG BỘ',
          `Có giá trị đến hết ngày: ${numericDate(addDays(c, 30))}`,
          'Cấp cho: CÔNG TY CP CƠ KHÍ NHƠN TRẠCH',
          'Loại xe: Sơmi rơ moóc chở cấu kiện Biển số: 60R-021.73',
          'Kích thước bao của xe sau khi xếp hàng: dài 18,5 m, rộng 3,2 m, cao 4,3 m',
          'Tuyến đường được đi: Khu công nghiệp Nhơn Trạch 3 - ĐT 769 - Quốc lộ 51 - cảng Phước An',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'giay-phep-luu-hanh-xe',
        'GIẤY PHÉP LƯU HÀNH XE QUÁ TẢI TRỌNG, XE QUÁ KHỔ GIỚI HẠN TRÊN ĐƯỜNG BỘ',
        '1186/GPLH',
        'SỞ XÂY DỰNG',
        'province',
        c,
        addDays(c, 30),
      ),
      tags: ['post-reform', 'merged-province', 'expired'],
    },
    {
      id: 'gp-lien-van-cam-tay-ninh-h10',
      form: 'Giấy phép liên vận Campuchia - Việt Nam (TT 39/2015/TT-BGTVT mẫu; from knowledge: bilingual Vietnamese–English, Khmer line omitted)',
      pages: [
        page(
          'UBND TỈNH TÂY NINH',
          'SỞ GIAO THÔNG VẬN TẢI',
          'GIẤY PHÉP LIÊN VẬN CAMPUCHIA - VIỆT NAM',
          'CAMBODIA - VIET NAM CROSS-BORDER TRANSPORT PERMIT',
          'Số/No: 7021/GPLV',
          'Cấp cho phương tiện/Issued for vehicle: 70B-035.12',
          'Đơn vị vận tải/Transport operator: Công ty TNHH Du lịch Mộc Bài',
          'Loại hình/Type: Vận tải hành khách theo hợp đồng / Contract passenger',
          'Cửa khẩu/Border gate: Mộc Bài - Bavet',
          `Thời hạn/Valid until: ${numericDate(addMonths(d, 12))}`,
          `Tây Ninh, ${nd30Date(d)}`,
        ),
      ],
      truth: resultTruth(
        'giay-phep-lien-van-viet-nam-campuchia',
        'GIẤY PHÉP LIÊN VẬN CAMPUCHIA - VIỆT NAM',
        '7021/GPLV',
        'SỞ GIAO THÔNG VẬN TẢI',
        'province',
        d,
        addMonths(d, 12),
      ),
      tags: ['bilingual', 'expired'],
    },
    {
      id: 'gp-thi-cong-duong-bo-thai-nguyen-h10',
      form: 'Giấy phép thi công công trình trên đường bộ đang khai thác (TT 50/2015/TT-BGTVT, from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH THÁI NGUYÊN', 'SỞ GIAO THÔNG VẬN TẢI'], 'Số: 95/GPTC-SGTVT', pd('Thái Nguyên', e)),
          'GIẤY PHÉP THI CÔNG',
          'Công trình: Lắp đặt tuyến cáp quang ngầm dọc ĐT 261, Km12+300 - Km14+050',
          '1. Cấp cho: Viễn thông Thái Nguyên',
          '2. Thời gian thi công: từ ngày 01/08/2022 đến ngày 30/09/2022',
          '3. Trách nhiệm của đơn vị thi công: đảm bảo an toàn giao thông; hoàn trả mặt bằng',
          'Giấy phép này có hiệu lực đến hết ngày 30/09/2022',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'giay-phep-thi-cong-duong-bo',
        'GIẤY PHÉP THI CÔNG',
        '95/GPTC-SGTVT',
        'SỞ GIAO THÔNG VẬN TẢI',
        'province',
        e,
        '2022-09-30',
      ),
      tags: ['expired', 'several-dates'],
      reading: 'shuffle',
    },
    {
      id: 'gp-chung-chi-xay-dung-vung-tau-h10',
      form: 'Chứng chỉ hành nghề hoạt động xây dựng (Mẫu Phụ lục VI NĐ 15/2021/NĐ-CP, from knowledge: Số chứng chỉ, lĩnh vực, hạng, có giá trị đến)',
      pages: [
        page(
          ...flatHead(['UBND TỈNH BÀ RỊA - VŨNG TÀU', 'SỞ XÂY DỰNG'], null, null),
          'CHỨNG CHỈ HÀNH NGHỀ HOẠT ĐỘNG XÂY DỰNG',
          'Số chứng chỉ: BRV-00031547',
          'Họ và tên: PHAN THANH TÙNG Ngày sinh: 21/12/1985',
          'Số định danh cá nhân: 077085001248 Trình độ chuyên môn: Kỹ sư xây dựng',
          'Lĩnh vực hành nghề Hạng Có giá trị đến',
          `Giám sát công tác xây dựng công trình dân dụng II ${numericDate(addMonths(g, 60))}`,
          `Thiết kế kết cấu công trình dân dụng III ${numericDate(addMonths(g, 60))}`,
          `Bà Rịa - Vũng Tàu, ${nd30Date(g)}`,
          'GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'chung-chi-hanh-nghe-xay-dung',
        'CHỨNG CHỈ HÀNH NGHỀ HOẠT ĐỘNG XÂY DỰNG',
        'BRV-00031547',
        'SỞ XÂY DỰNG',
        'province',
        g,
        addMonths(g, 60),
      ),
      tags: ['columns-merged', 'table-flattened', 'expired'],
    },
    {
      id: 'gp-xay-dung-nha-o-binh-duong-h10',
      form: 'Giấy phép xây dựng nhà ở riêng lẻ (Mẫu 3 Phụ lục II NĐ 15/2021/NĐ-CP, from knowledge), a ward after 01/7/2025 in merged TP. Hồ Chí Minh; two pages, the second the inner page of drawings',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG THỦ DẦU MỘT'], 'Số: 318/GPXD', pd('Thủ Dầu Một', h)),
          'GIẤY PHÉP XÂY DỰNG',
          '(Sử dụng cho nhà ở riêng lẻ)',
          '1. Cấp cho: Ông Huỳnh Tấn Lộc',
          'Địa chỉ: Số 15 đường Yersin, phường Thủ Dầu Một, Thành phố Hồ Chí Minh',
          '2. Được phép xây dựng công trình: Nhà ở riêng lẻ',
          '- Theo thiết kế: do Công ty TNHH Kiến trúc Phú Cường lập',
          '- Tổng diện tích sàn: 214,6 m2; số tầng: 03',
          '3. Giấy phép có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp',
          'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
        ),
        page(
          'BẢN VẼ KÈM THEO GIẤY PHÉP XÂY DỰNG SỐ 318/GPXD',
          'Mặt bằng vị trí công trình trên lô đất - tỷ lệ 1/200',
          'Mặt bằng móng, mặt đứng chính - tỷ lệ 1/100',
          'Đóng dấu của cơ quan cấp giấy phép',
        ),
      ],
      truth: resultTruth(
        'giay-phep-xay-dung-nha-o',
        'GIẤY PHÉP XÂY DỰNG',
        '318/GPXD',
        'ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT',
        'commune',
        h,
      ),
      tags: ['post-reform', 'merged-province', 'multi-page'],
    },
    {
      id: 'gp-lien-van-lao-dien-bien-h10',
      form: 'Giấy phép liên vận Việt - Lào (TT 88/2014/TT-BGTVT mẫu; from knowledge), Sở Xây dựng Điện Biên after 03/2025',
      pages: [
        page(
          'UBND TỈNH ĐIỆN BIÊN',
          'SỞ XÂY DỰNG',
          'GIẤY PHÉP LIÊN VẬN VIỆT - LÀO',
          'Số: 27.0418/GPLV',
          'Cấp cho phương tiện: 27C-067.42 Nhãn hiệu: HINO',
          'Đơn vị vận tải: Hợp tác xã vận tải Tây Trang',
          'Loại hình hoạt động: Vận tải hàng hóa',
          'Cửa khẩu xuất nhập: Tây Trang - Sốp Hùn',
          `Có giá trị đến ngày: ${numericDate(addMonths(f, 12))}`,
          `Điện Biên, ${nd30Date(f)}`,
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'giay-phep-lien-van-viet-lao',
        'GIẤY PHÉP LIÊN VẬN VIỆT - LÀO',
        '27.0418/GPLV',
        'SỞ XÂY DỰNG',
        'province',
        f,
        addMonths(f, 12),
      ),
      tags: ['post-reform'],
    },
  ];
}

const KCB_SRC =
  'Giấy phép hành nghề khám bệnh, chữa bệnh under Luật Khám bệnh, chữa bệnh 2023 and NĐ 96/2023/NĐ-CP (layout from knowledge; the Sở Y tế header as on published health papers, e.g. QĐ 22/2005/QĐ-BYT on vanbanphapluat.co, soyte.laichau.gov.vn citing TT 22/2023/TT-BYT — search, pages)';

/** Health: practice licences, pharmacy, clinics. */
function health(): Spec[] {
  const a: Iso = '2024-05-06';
  const b: Iso = '2025-12-02';
  const c: Iso = '2020-09-17';
  const d: Iso = '2023-03-29';
  const e: Iso = '2025-07-21';
  const f: Iso = '2021-12-14';
  const g: Iso = '2026-06-08';
  return [
    {
      id: 'gp-hanh-nghe-kcb-vinh-phuc-h10',
      form: KCB_SRC,
      pages: [
        page(
          ...head(['UBND TỈNH VĨNH PHÚC', 'SỞ Y TẾ'], 'Số: 000417/VP-GPHN', pd('Vĩnh Phúc', a)),
          'GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH',
          'GIÁM ĐỐC SỞ Y TẾ TỈNH VĨNH PHÚC',
          'Cấp cho: Bác sĩ NGUYỄN ĐỨC MẠNH',
          'Ngày, tháng, năm sinh: 12/06/1994',
          'Số định danh cá nhân: 026094002731',
          'Chức danh: Bác sĩ',
          'Phạm vi hành nghề: Bác sĩ y khoa',
          'Thời hạn của giấy phép: 05 năm kể từ ngày cấp',
          'GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'giay-phep-hanh-nghe-kcb',
        'GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH',
        '000417/VP-GPHN',
        'SỞ Y TẾ',
        'province',
        a,
        addMonths(a, 60),
      ),
      tags: [],
    },
    {
      id: 'gp-hanh-nghe-kcb-phu-tho-h10',
      form: `${KCB_SRC}; merged Phú Thọ (with Vĩnh Phúc and Hòa Bình) after 01/7/2025`,
      pages: [
        page(
          ...head(['UBND TỈNH PHÚ THỌ', 'SỞ Y TẾ'], 'Số: 001296/PT-GPHN', pd('Phú Thọ', b)),
          'GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH',
          'Cấp cho: Điều dưỡng ĐINH THỊ THU Ngày sinh: 04/01/1998',
          'Chức danh: Điều dưỡng Phạm vi hành nghề: Điều dưỡng',
          'Thời hạn của giấy phép: 05 năm',
          'GIÁM ĐỐC Nguyễn Thanh Bình',
        ),
      ],
      truth: resultTruth(
        'giay-phep-hanh-nghe-kcb',
        'GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH',
        '001296/PT-GPHN',
        'SỞ Y TẾ',
        'province',
        b,
        addMonths(b, 60),
      ),
      tags: ['post-reform', 'merged-province'],
    },
    {
      id: 'gp-chung-chi-duoc-quang-ninh-h10',
      form: 'Chứng chỉ hành nghề dược (Mẫu 03 Phụ lục I NĐ 54/2017/NĐ-CP, from knowledge: Số chứng chỉ, vị trí hành nghề, no term)',
      pages: [
        page(
          ...head(['UBND TỈNH QUẢNG NINH', 'SỞ Y TẾ'], null, null),
          'CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
          'Số chứng chỉ: 1742/CCHN-D-SYT-QN',
          'Họ và tên: LƯU THỊ PHƯƠNG',
          'Ngày, tháng, năm sinh: 25/10/1987',
          'Trình độ chuyên môn: Dược sĩ đại học',
          'Vị trí hành nghề: Người chịu trách nhiệm chuyên môn về dược của nhà thuốc',
          `Quảng Ninh, ${nd30Date(c)}`,
          'GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'chung-chi-hanh-nghe-duoc',
        'CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
        '1742/CCHN-D-SYT-QN',
        'SỞ Y TẾ',
        'province',
        c,
      ),
      tags: ['handwritten'],
      reading: 'marks',
    },
    {
      id: 'gp-kinh-doanh-duoc-bien-hoa-h10',
      form: 'Giấy chứng nhận đủ điều kiện kinh doanh dược (Mẫu 19 Phụ lục I NĐ 54/2017/NĐ-CP, from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH ĐỒNG NAI', 'SỞ Y TẾ'], 'Số: 2091/ĐKKDD-ĐNA', pd('Đồng Nai', d)),
          'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN KINH DOANH DƯỢC',
          'Tên cơ sở: NHÀ THUỐC AN KHANG 27',
          'Người chịu trách nhiệm chuyên môn về dược: Dược sĩ Bùi Thị Yến',
          'Số chứng chỉ hành nghề dược: 0932/CCHN-D-SYT-ĐNA',
          'Địa điểm kinh doanh: 214 Phạm Văn Thuận, phường Tam Hiệp, TP Biên Hòa, Đồng Nai',
          'Loại hình cơ sở kinh doanh: Nhà thuốc',
          'Phạm vi kinh doanh: Bán lẻ thuốc thành phẩm, bao gồm thuốc phải kê đơn',
          'GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'gcn-du-dieu-kien-kinh-doanh-duoc',
        'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN KINH DOANH DƯỢC',
        '2091/ĐKKDD-ĐNA',
        'SỞ Y TẾ',
        'province',
        d,
      ),
      tags: [],
    },
    {
      id: 'gp-hoat-dong-kcb-thu-dau-mot-h10',
      form: 'Giấy phép hoạt động khám bệnh, chữa bệnh (NĐ 96/2023/NĐ-CP, from knowledge), a clinic in merged TP. Hồ Chí Minh after 01/7/2025, Textract key–value lines',
      pages: [
        page(
          'SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH',
          MOTTO,
          MOTTO2,
          'Số: 05127/HCM-GPHĐ',
          'GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH',
          'Tên cơ sở khám bệnh, chữa bệnh: Phòng khám chuyên khoa Nhi Bé Khỏe',
          'Hình thức tổ chức: Phòng khám chuyên khoa',
          'Địa chỉ: 62 Đại lộ Bình Dương, phường Phú Lợi, Thành phố Hồ Chí Minh',
          'Người chịu trách nhiệm chuyên môn kỹ thuật: BS CKI Lâm Quốc Việt',
          'Phạm vi hoạt động chuyên môn: Khám bệnh, chữa bệnh chuyên khoa Nhi',
          'Thời gian làm việc: 17 giờ 00 - 21 giờ 00 các ngày trong tuần',
          `Ngày cấp: ${numericDate(e)}`,
          'KT. GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'giay-phep-hoat-dong-kcb',
        'GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH',
        '05127/HCM-GPHĐ',
        'SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH',
        'province',
        e,
      ),
      tags: ['textract-kv', 'post-reform', 'merged-province'],
    },
    {
      id: 'gp-luong-y-thai-nguyen-h10',
      form: 'Giấy chứng nhận lương y (TT 29/2015/TT-BYT mẫu, from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH THÁI NGUYÊN', 'SỞ Y TẾ'], 'Số: 38/GCN-SYT', pd('Thái Nguyên', f)),
          'GIẤY CHỨNG NHẬN LƯƠNG Y',
          'GIÁM ĐỐC SỞ Y TẾ TỈNH THÁI NGUYÊN chứng nhận:',
          'Ông: MA VĂN TỜI',
          'Sinh ngày: 03/05/1962 Dân tộc: Tày',
          'Nơi cư trú: Xóm Bản Cái, xã Phú Đình, huyện Định Hóa, tỉnh Thái Nguyên',
          'Là lương y theo quy định',
          'GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth('giay-chung-nhan-luong-y', 'GIẤY CHỨNG NHẬN LƯƠNG Y', '38/GCN-SYT', 'SỞ Y TẾ', 'province', f),
      tags: [],
    },
    {
      id: 'gp-an-toan-thuc-pham-ha-long-h10',
      form: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (Mẫu 02 TT 43/2018/TT-BYT, from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH QUẢNG NINH', 'SỞ Y TẾ'], 'Số: 215/2026/ATTP-CNĐK', pd('Quảng Ninh', g)),
          'GIẤY CHỨNG NHẬN',
          'CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
          'SỞ Y TẾ TỈNH QUẢNG NINH CHỨNG NHẬN',
          'Cơ sở: Bếp ăn tập thể Công ty TNHH Than Hòn Gai',
          'Địa chỉ: phường Hà Tu, tỉnh Quảng Ninh',
          'Đủ điều kiện an toàn thực phẩm theo quy định đối với: Dịch vụ ăn uống (bếp ăn tập thể)',
          `Giấy chứng nhận có hiệu lực đến ngày ${numericDate(addMonths(g, 36))}`,
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'gcn-an-toan-thuc-pham',
        'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
        '215/2026/ATTP-CNĐK',
        'SỞ Y TẾ',
        'province',
        g,
        addMonths(g, 36),
      ),
      tags: ['post-reform'],
    },
  ];
}

/** Education: diplomas, school decisions, tutoring. */
function education(): Spec[] {
  const a: Iso = '2022-07-29';
  const b: Iso = '2019-06-18';
  const c: Iso = '2024-09-04';
  const d: Iso = '2025-08-27';
  const e: Iso = '2023-11-10';
  const f: Iso = '2026-03-02';
  return [
    {
      id: 'qd-bang-thpt-bac-giang-h10',
      form: 'Bằng tốt nghiệp trung học phổ thông (TT 21/2019/TT-BGDĐT mẫu, from knowledge: Số hiệu, Số vào sổ cấp bằng)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
          'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG',
          'Cấp cho: Thân Thị Hồng Nhung',
          'Ngày sinh: 15/03/2004',
          'Nơi sinh: Tân Yên, Bắc Giang',
          'Học sinh trường: THPT Nhã Nam',
          'Năm tốt nghiệp: 2022',
          `Bắc Giang, ${nd30Date(a)}`,
          'GIÁM ĐỐC',
          'Số hiệu: A0481735',
          'Số vào sổ cấp bằng: 2022/THPT-0917',
        ),
      ],
      truth: resultTruth(
        'bang-tot-nghiep-thpt',
        'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
        '2022/THPT-0917',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG',
        'province',
        a,
      ),
      tags: [],
    },
    {
      id: 'qd-bang-thcs-mong-cai-h10',
      form: "Bằng tốt nghiệp trung học cơ sở (TT 21/2019/TT-BGDĐT mẫu, from knowledge), signed by the head of a city's education office before the reform",
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ',
          'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ MÓNG CÁI',
          'Cấp cho: Voòng A Sáng',
          'Ngày sinh: 09/09/2004 Dân tộc: Sán Dìu',
          'Học sinh trường: THCS Hải Sơn',
          'Năm tốt nghiệp: 2019 Xếp loại tốt nghiệp: Khá',
          `Móng Cái, ${nd30Date(b)}`,
          'TRƯỞNG PHÒNG',
          'Số hiệu: B0012964 Số vào sổ cấp bằng: 318/2019',
        ),
      ],
      truth: resultTruth(
        'bang-tot-nghiep-thcs',
        'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ',
        '318/2019',
        'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ MÓNG CÁI',
        'district',
        b,
      ),
      tags: [],
    },
    {
      id: 'qd-hoat-dong-giao-duc-di-an-h10',
      form: 'Quyết định cho phép hoạt động giáo dục (NĐ 46/2017/NĐ-CP, NĐ 135/2018/NĐ-CP; ND 30 decision layout from knowledge)',
      pages: [
        page(
          ...head(['UBND THÀNH PHỐ DĨ AN', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'], 'Số: 1127/QĐ-PGDĐT', pd('Dĩ An', c)),
          'QUYẾT ĐỊNH',
          'Về việc cho phép Trường Mầm non tư thục Hoa Sen Vàng hoạt động giáo dục',
          'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ DĨ AN',
          'Căn cứ Nghị định số 46/2017/NĐ-CP ngày 21/4/2017 của Chính phủ;',
          'QUYẾT ĐỊNH:',
          'Điều 1. Cho phép Trường Mầm non tư thục Hoa Sen Vàng, địa chỉ khu phố Nhị Đồng 2, phường Dĩ An, hoạt động giáo dục.',
          'Điều 2. Quy mô: 08 nhóm, lớp; 210 trẻ.',
          'Điều 3. Quyết định có hiệu lực kể từ ngày ký.',
          'TRƯỞNG PHÒNG',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-cho-phep-hoat-dong-giao-duc',
        'QUYẾT ĐỊNH',
        '1127/QĐ-PGDĐT',
        'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
        'district',
        c,
      ),
      tags: [],
    },
    {
      id: 'gp-day-them-vung-tau-h10',
      form: 'Giấy phép tổ chức hoạt động dạy thêm, học thêm (TT 17/2012/TT-BGDĐT, from knowledge), merged TP. Hồ Chí Minh after 01/7/2025, a ward issuing',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG VŨNG TÀU'], 'Số: 52/GP-UBND', pd('Vũng Tàu', d)),
          'GIẤY PHÉP TỔ CHỨC HOẠT ĐỘNG DẠY THÊM, HỌC THÊM',
          'Cấp cho: Bà Trương Thị Mỹ Duyên',
          'Địa điểm tổ chức: 41 Lê Lợi, phường Vũng Tàu, Thành phố Hồ Chí Minh',
          'Môn học: Toán, Tiếng Anh lớp 6 - 9',
          'Giấy phép có giá trị 24 tháng kể từ ngày ký.',
          'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'giay-phep-day-them-hoc-them',
        'GIẤY PHÉP TỔ CHỨC HOẠT ĐỘNG DẠY THÊM, HỌC THÊM',
        '52/GP-UBND',
        'ỦY BAN NHÂN DÂN PHƯỜNG VŨNG TÀU',
        'commune',
        d,
        addMonths(d, 24),
      ),
      tags: ['post-reform', 'merged-province'],
    },
    {
      id: 'qd-chuan-quoc-gia-phu-tho-h10',
      form: 'Quyết định công nhận trường đạt chuẩn quốc gia (TT 13/2018 and TT 22/2024/TT-BGDĐT, from knowledge: 05-year term)',
      pages: [
        page(
          ...head(['UBND TỈNH PHÚ THỌ', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], 'Số: 1843/QĐ-SGDĐT', pd('Phú Thọ', e)),
          'QUYẾT ĐỊNH',
          'Công nhận Trường Tiểu học Thanh Minh, thị xã Phú Thọ đạt chuẩn quốc gia mức độ 1',
          'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
          'Điều 1. Công nhận Trường Tiểu học Thanh Minh đạt chuẩn quốc gia mức độ 1.',
          'Điều 2. Thời hạn công nhận là 05 năm kể từ ngày ký quyết định.',
          'GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-cong-nhan-truong-dat-chuan-quoc-gia',
        'QUYẾT ĐỊNH',
        '1843/QĐ-SGDĐT',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
        'province',
        e,
        addMonths(e, 60),
      ),
      tags: [],
    },
    {
      id: 'qd-hoat-dong-giao-duc-dien-bien-h10',
      form: 'Quyết định cho phép hoạt động giáo dục (NĐ 125/2024/NĐ-CP, from knowledge), a commune after the reform',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ THANH NƯA'], 'Số: 88/QĐ-UBND', pd('Thanh Nưa', f)),
          'QUYẾT ĐỊNH',
          'Về việc cho phép Nhóm trẻ độc lập tư thục Hoa Ban hoạt động giáo dục',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THANH NƯA',
          'Điều 1. Cho phép Nhóm trẻ độc lập tư thục Hoa Ban, bản Noong Nhai, xã Thanh Nưa, tỉnh Điện Biên hoạt động giáo dục.',
          'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          'CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-cho-phep-hoat-dong-giao-duc',
        'QUYẾT ĐỊNH',
        '88/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ THANH NƯA',
        'commune',
        f,
      ),
      tags: ['post-reform'],
    },
  ];
}

const WP_SRC =
  'Giấy phép lao động (Mẫu 12/PLI NĐ 152/2020/NĐ-CP, amended by NĐ 70/2023/NĐ-CP; bilingual Vietnamese–English; layout from knowledge, searched for without finding the form text)';

/** Labour: work permits, unemployment benefit, social support. */
function labour(): Spec[] {
  const a: Iso = '2023-10-02';
  const b: Iso = '2025-09-09';
  const c: Iso = '2021-04-22';
  const d: Iso = '2024-12-18';
  const e: Iso = '2025-10-30';
  const f: Iso = '2022-02-15';
  const g: Iso = '2026-05-19';
  const h: Iso = '2024-06-11';
  return [
    {
      id: 'gp-lao-dong-binh-duong-h10',
      form: WP_SRC,
      pages: [
        page(
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / SOCIALIST REPUBLIC OF VIETNAM',
          'Độc lập - Tự do - Hạnh phúc / Independence - Freedom - Happiness',
          'UBND TỈNH BÌNH DƯƠNG',
          'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
          'GIẤY PHÉP LAO ĐỘNG / WORK PERMIT',
          'Số / No: BDG-2310-04417',
          '1. Họ và tên / Full name: CHEN WEI-LUN',
          '2. Giới tính / Sex: Nam / Male 3. Ngày sinh / Date of birth: 17/07/1982',
          '4. Quốc tịch / Nationality: Đài Loan (Trung Quốc)',
          '5. Số hộ chiếu / Passport number: 317284506',
          '6. Làm việc tại / Working at: Công ty TNHH Giày Đông Phương, KCN VSIP II',
          '7. Vị trí công việc / Job assignment: Giám đốc điều hành / Executive',
          `8. Thời hạn làm việc / Period of work: từ / from ${numericDate(a)} đến / to ${numericDate(addMonths(a, 24))}`,
          `Bình Dương, ${nd30Date(a)}`,
          'KT. GIÁM ĐỐC / FOR DIRECTOR',
        ),
      ],
      truth: resultTruth(
        'giay-phep-lao-dong',
        'GIẤY PHÉP LAO ĐỘNG',
        'BDG-2310-04417',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'province',
        a,
        addMonths(a, 24),
      ),
      tags: ['bilingual', 'expired'],
    },
    {
      id: 'gp-lao-dong-dong-nai-h10',
      form: `${WP_SRC}; issued by the Sở Nội vụ after the 2025 merger of the labour department`,
      pages: [
        page(
          'UBND TỈNH ĐỒNG NAI SOCIALIST REPUBLIC OF VIETNAM',
          'SỞ NỘI VỤ Independence - Freedom - Happiness',
          'GIẤY PHÉP LAO ĐỘNG WORK PERMIT',
          'Số / No: ĐNA-2509-01182',
          'Họ và tên / Full name: KIM JAE-HYUN Quốc tịch / Nationality: Hàn Quốc',
          'Ngày sinh / Date of birth: 03/11/1979 Số hộ chiếu / Passport number: M48127735',
          'Làm việc tại / Working at: Công ty TNHH Hwaseung Vina, KCN Nhơn Trạch 1',
          'Vị trí công việc / Job assignment: Chuyên gia / Expert',
          `Thời hạn làm việc / Period of work: ${numericDate(b)} - ${numericDate(addMonths(b, 24))}`,
          `Đồng Nai, ${nd30Date(b)}`,
        ),
      ],
      truth: resultTruth(
        'giay-phep-lao-dong',
        'GIẤY PHÉP LAO ĐỘNG',
        'ĐNA-2509-01182',
        'SỞ NỘI VỤ',
        'province',
        b,
        addMonths(b, 24),
      ),
      tags: ['bilingual', 'columns-merged', 'post-reform', 'merged-province'],
    },
    {
      id: 'qd-that-nghiep-thai-nguyen-h10',
      form: 'Quyết định về việc hưởng trợ cấp thất nghiệp (Mẫu 05 TT 28/2015/TT-BLĐTBXH as amended by TT 15/2023/TT-BLĐTBXH, from knowledge)',
      pages: [
        page(
          ...head(
            ['UBND TỈNH THÁI NGUYÊN', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
            'Số: 1904/QĐ-SLĐTBXH',
            pd('Thái Nguyên', c),
          ),
          'QUYẾT ĐỊNH',
          'Về việc hưởng trợ cấp thất nghiệp',
          'GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI NGUYÊN',
          'Điều 1. Ông Dương Văn Khởi, sinh ngày 06/06/1989, số CCCD 019089003354, được hưởng trợ cấp thất nghiệp:',
          'Số tháng được hưởng: 03 tháng; mức trợ cấp hằng tháng: 4.215.000 đồng',
          'Thời gian hưởng từ ngày 28/04/2021 đến ngày 27/07/2021',
          'Điều 2. Bảo hiểm xã hội tỉnh Thái Nguyên chi trả trợ cấp thất nghiệp cho ông Dương Văn Khởi.',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-tro-cap-that-nghiep',
        'QUYẾT ĐỊNH',
        '1904/QĐ-SLĐTBXH',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'province',
        c,
      ),
      tags: ['several-dates'],
    },
    {
      id: 'qd-that-nghiep-vung-tau-h10',
      form: 'Quyết định hưởng trợ cấp thất nghiệp (TT 15/2023/TT-BLĐTBXH, from knowledge), Textract lines with the period table flattened row by row',
      pages: [
        page(
          'UBND TỈNH BÀ RỊA - VŨNG TÀU',
          'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
          MOTTO,
          MOTTO2,
          'Số: 3366/QĐ-SLĐTBXH',
          pd('Bà Rịa - Vũng Tàu', d),
          'QUYẾT ĐỊNH',
          'Về việc hưởng trợ cấp thất nghiệp',
          'STT Họ và tên Ngày sinh Số tháng hưởng Mức hưởng/tháng Từ ngày Đến ngày',
          '1 Lê Thị Ngọc Hân 22/05/1993 05 5.340.000 25/12/2024 24/05/2025',
          'Điều 2. Bảo hiểm xã hội tỉnh chi trả trợ cấp thất nghiệp.',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-tro-cap-that-nghiep',
        'QUYẾT ĐỊNH',
        '3366/QĐ-SLĐTBXH',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'province',
        d,
      ),
      tags: ['table-flattened', 'several-dates'],
    },
    {
      id: 'qd-that-nghiep-bac-ninh-h10',
      form: 'Quyết định hưởng trợ cấp thất nghiệp by a Sở Nội vụ of the merged Bắc Ninh (Bắc Giang + Bắc Ninh, NQ 202/2025/QH15; from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH BẮC NINH', 'SỞ NỘI VỤ'], 'Số: 5128/QĐ-SNV', pd('Bắc Ninh', e)),
          'QUYẾT ĐỊNH',
          'Về việc hưởng trợ cấp thất nghiệp',
          'GIÁM ĐỐC SỞ NỘI VỤ TỈNH BẮC NINH',
          'Điều 1. Bà Nghiêm Thị Lan, sinh ngày 11/10/1990, thường trú tại xã Lạng Giang, tỉnh Bắc Ninh, được hưởng trợ cấp thất nghiệp 04 tháng.',
          'Điều 2. Bảo hiểm xã hội tỉnh Bắc Ninh chi trả.',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth('quyet-dinh-tro-cap-that-nghiep', 'QUYẾT ĐỊNH', '5128/QĐ-SNV', 'SỞ NỘI VỤ', 'province', e),
      tags: ['post-reform', 'merged-province'],
      reading: 'letters',
    },
    {
      id: 'qd-tro-cap-xa-hoi-vinh-yen-h10',
      form: 'Quyết định hưởng trợ cấp xã hội hằng tháng (NĐ 20/2021/NĐ-CP, Mẫu 05; from knowledge), a city before the reform',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ VĨNH YÊN'], 'Số: 742/QĐ-UBND', pd('Vĩnh Yên', f)),
          'QUYẾT ĐỊNH',
          'Về việc trợ cấp xã hội hằng tháng',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ VĨNH YÊN',
          'Điều 1. Trợ cấp xã hội hằng tháng đối với bà Kiều Thị Mận, sinh năm 1938, phường Đống Đa: mức 540.000 đồng/tháng, từ tháng 3/2022.',
          'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-tro-cap-xa-hoi',
        'QUYẾT ĐỊNH',
        '742/QĐ-UBND',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ VĨNH YÊN',
        'district',
        f,
      ),
      tags: [],
    },
    {
      id: 'qd-mai-tang-uong-bi-h10',
      form: 'Quyết định hỗ trợ chi phí mai táng (NĐ 20/2021/NĐ-CP; after 01/7/2025 the commune decides, from knowledge)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG UÔNG BÍ'], 'Số: 141/QĐ-UBND', pd('Uông Bí', g)),
          'QUYẾT ĐỊNH',
          'Về việc hỗ trợ chi phí mai táng',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG UÔNG BÍ',
          'Điều 1. Hỗ trợ chi phí mai táng cho gia đình ông Vũ Văn Cừ (đã mất ngày 02/05/2026), người hưởng trợ cấp xã hội hằng tháng; mức hỗ trợ: 18.000.000 đồng.',
          'Người nhận: bà Vũ Thị Hoa (con gái).',
          'CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-ho-tro-mai-tang',
        'QUYẾT ĐỊNH',
        '141/QĐ-UBND',
        'ỦY BAN NHÂN DÂN PHƯỜNG UÔNG BÍ',
        'commune',
        g,
      ),
      tags: ['post-reform', 'several-dates'],
    },
    {
      id: 'gp-khuyet-tat-tan-chau-h10',
      form: 'Giấy xác nhận khuyết tật (Mẫu 02 TT 01/2019/TT-BLĐTBXH, from knowledge), a commune before the reform; Textract key–value lines',
      pages: [
        page(
          'UBND HUYỆN TÂN CHÂU',
          'UBND XÃ TÂN HÒA',
          MOTTO,
          MOTTO2,
          'Số: 27/GXN-UBND',
          'GIẤY XÁC NHẬN KHUYẾT TẬT',
          'Họ và tên: Nguyễn Văn Bé Ba',
          'Ngày sinh: 12/12/2009',
          'Giới tính: Nam',
          'Nơi ở hiện nay: Ấp Con Trăn, xã Tân Hòa, huyện Tân Châu, tỉnh Tây Ninh',
          'Dạng tật: Khuyết tật vận động',
          'Mức độ khuyết tật: Khuyết tật nặng',
          `Ngày cấp: ${numericDate(h)}`,
          'CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-khuyet-tat',
        'GIẤY XÁC NHẬN KHUYẾT TẬT',
        '27/GXN-UBND',
        'UBND XÃ TÂN HÒA',
        'commune',
        h,
      ),
      tags: ['textract-kv'],
    },
  ];
}

/** Land: certificates and land decisions. */
function land(): Spec[] {
  const a: Iso = '2024-11-25';
  const b: Iso = '2025-10-08';
  const c: Iso = '2020-08-31';
  const d: Iso = '2023-05-16';
  const e: Iso = '2026-01-20';
  const f: Iso = '2018-04-03';
  return [
    {
      id: 'dat-gcn-lang-giang-h10',
      form: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (TT 10/2024/TT-BTNMT, one sheet two pages; from knowledge: QR, Mã GCN, Số vào sổ cấp GCN on page 2)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
          '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất: Ông Giáp Văn Thành, CCCD số 024085007712',
          '2. Thông tin thửa đất: Thửa đất số 412, tờ bản đồ số 27, xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc Giang; diện tích 186,5 m2',
          'Mục đích sử dụng: Đất ở tại nông thôn; thời hạn: lâu dài',
          'Mã GCN: 24-10-412-27-2024',
          `Bắc Giang, ${nd30Date(a)}`,
          'TM. ỦY BAN NHÂN DÂN HUYỆN LẠNG GIANG KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
          'AB 04127736',
        ),
        page(
          '4. Ghi chú:',
          '5. Sơ đồ thửa đất',
          '6. Những thay đổi sau khi cấp Giấy chứng nhận:',
          'Số vào sổ cấp Giấy chứng nhận: CS 07731',
        ),
      ],
      truth: resultTruth(
        'gcn-qsdd-ca-nhan',
        'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
        'CS 07731',
        'ỦY BAN NHÂN DÂN HUYỆN LẠNG GIANG',
        'district',
        a,
      ),
      tags: ['multi-page', 'qr-code'],
    },
    {
      id: 'dat-gcn-bau-bang-h10',
      form: 'TT 10/2024/TT-BTNMT certificate signed by a commune after 01/7/2025 (NĐ 151/2025/NĐ-CP, from knowledge), merged TP. Hồ Chí Minh; page 1 read with marks dropped',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
          '1. Người sử dụng đất: Bà Lê Thị Thu Sương, CCCD số 074178001904',
          '2. Thửa đất số 88, tờ bản đồ số 14, xã Bàu Bàng, Thành phố Hồ Chí Minh; diện tích 1.214,0 m2',
          'Mục đích sử dụng: Đất trồng cây lâu năm; thời hạn sử dụng đến ngày 15/10/2064',
          `Bàu Bàng, ${nd30Date(b)}`,
          'TM. ỦY BAN NHÂN DÂN XÃ BÀU BÀNG CHỦ TỊCH',
        ),
        page('Số vào sổ cấp Giấy chứng nhận: CS 00218', '6. Những thay đổi sau khi cấp Giấy chứng nhận: không'),
      ],
      truth: resultTruth(
        'gcn-qsdd-ca-nhan',
        'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
        'CS 00218',
        'ỦY BAN NHÂN DÂN XÃ BÀU BÀNG',
        'commune',
        b,
      ),
      tags: ['multi-page', 'post-reform', 'merged-province'],
      reading: 'marks',
    },
    {
      id: 'dat-gcn-to-chuc-tay-ninh-h10',
      form: 'GCN for an organisation (TT 23/2014/TT-BTNMT, signed by the Sở Tài nguyên và Môi trường; from knowledge)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT',
          'QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'I. Người sử dụng đất: CÔNG TY CỔ PHẦN CAO SU TÂN BIÊN',
          'II. Thửa đất: Thửa số 5, tờ bản đồ số 3, xã Tân Lập, huyện Tân Biên, tỉnh Tây Ninh; diện tích 48.210 m2; hình thức: thuê đất trả tiền hằng năm',
          `Tây Ninh, ${nd30Date(c)}`,
          'TM. ỦY BAN NHÂN DÂN TỈNH TÂY NINH',
          'KT. GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
          'Số vào sổ cấp GCN: CT 01472',
        ),
      ],
      truth: resultTruth(
        'gcn-qsdd-to-chuc',
        'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
        'CT 01472',
        'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
        'province',
        c,
      ),
      tags: [],
    },
    {
      id: 'dat-chuyen-muc-dich-pho-yen-h10',
      form: 'Quyết định cho phép chuyển mục đích sử dụng đất (Mẫu 05 NĐ 43/2014 as later replaced; ND 30 layout, from knowledge)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ PHỔ YÊN'], 'Số: 2215/QĐ-UBND', pd('Phổ Yên', d)),
          'QUYẾT ĐỊNH',
          'Về việc cho phép chuyển mục đích sử dụng đất',
          'ỦY BAN NHÂN DÂN THÀNH PHỐ PHỔ YÊN',
          'Điều 1. Cho phép hộ ông Trịnh Văn Hào chuyển mục đích sử dụng 120,0 m2 đất trồng cây lâu năm sang đất ở tại đô thị, thửa đất số 301, tờ bản đồ số 19, phường Ba Hàng.',
          'Điều 2. Người sử dụng đất nộp tiền sử dụng đất theo quy định.',
          'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-chuyen-muc-dich',
        'QUYẾT ĐỊNH',
        '2215/QĐ-UBND',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ PHỔ YÊN',
        'district',
        d,
      ),
      tags: [],
      reading: 'shuffle',
    },
    {
      id: 'dat-giao-dat-dien-bien-h10',
      form: 'Quyết định giao đất (Luật Đất đai 2024, NĐ 102/2024/NĐ-CP; a commune after 01/7/2025, NĐ 151/2025; from knowledge)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ MƯỜNG ẢNG'], 'Số: 36/QĐ-UBND', pd('Mường Ảng', e)),
          'QUYẾT ĐỊNH',
          'Về việc giao đất ở cho hộ gia đình, cá nhân không thông qua đấu giá',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MƯỜNG ẢNG',
          'Điều 1. Giao cho ông Quàng Văn Ương 200,0 m2 đất ở tại nông thôn, thửa số 77, tờ bản đồ số 41, bản Co Có, xã Mường Ảng, tỉnh Điện Biên.',
          'Hình thức giao đất: giao đất có thu tiền sử dụng đất; thời hạn: ổn định lâu dài.',
          'CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-giao-dat',
        'QUYẾT ĐỊNH',
        '36/QĐ-UBND',
        'ỦY BAN NHÂN DÂN XÃ MƯỜNG ẢNG',
        'commune',
        e,
      ),
      tags: ['post-reform'],
    },
    {
      id: 'dat-gcn-cu-ha-long-h10',
      form: 'GCN (TT 23/2014/TT-BTNMT) of a city, read as a Textract table (owner table flattened row by row; from knowledge)',
      pages: [
        page(
          'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
          'Ông Đỗ Mạnh Cường 1978 CMND 100847215',
          'Bà Hoàng Thị Lụa 1981 CMND 100912336',
          'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
          'Thửa đất số Tờ bản đồ số Diện tích Mục đích sử dụng Thời hạn',
          '256 41 92,4 m2 Đất ở tại đô thị Lâu dài',
          `Hạ Long, ${nd30Date(f)}`,
          'TM. ỦY BAN NHÂN DÂN THÀNH PHỐ HẠ LONG KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
          'CH 05528',
          'Số vào sổ cấp GCN: CH 05528',
        ),
      ],
      truth: resultTruth(
        'gcn-qsdd-ca-nhan',
        'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
        'CH 05528',
        'ỦY BAN NHÂN DÂN THÀNH PHỐ HẠ LONG',
        'district',
        f,
      ),
      tags: ['table-flattened'],
    },
  ];
}

/** Civil status extracts and certificates, justice papers. */
function civilStatus(): Spec[] {
  const a: Iso = '2024-02-07';
  const b: Iso = '2025-11-26';
  const c: Iso = '2022-06-13';
  const d: Iso = '2026-07-01';
  const e: Iso = '2019-09-24';
  const f: Iso = '2025-08-18';
  const g: Iso = '2023-12-05';
  const h: Iso = '2021-03-30';
  const i: Iso = '2026-09-15';
  return [
    {
      id: 'ho-trich-luc-khai-sinh-viet-tri-h10',
      form: 'Trích lục khai sinh (bản sao) (TT 04/2020/TT-BTP, from knowledge: Số: …/TLKS-BS, "Sao từ Sổ đăng ký khai sinh")',
      pages: [
        page(
          ...head(['UBND PHƯỜNG GIA CẨM', 'THÀNH PHỐ VIỆT TRÌ'], 'Số: 58/TLKS-BS', null),
          'TRÍCH LỤC KHAI SINH',
          '(BẢN SAO)',
          'Họ, chữ đệm, tên: CAO BẢO NGỌC',
          'Ngày, tháng, năm sinh: 19/08/2016 Giới tính: Nữ',
          'Nơi sinh: Bệnh viện Sản Nhi tỉnh Phú Thọ',
          'Họ, chữ đệm, tên người mẹ: Lê Thị Hà',
          'Họ, chữ đệm, tên người cha: Cao Văn Quý',
          'Nơi đăng ký khai sinh: UBND phường Gia Cẩm, thành phố Việt Trì, tỉnh Phú Thọ',
          'Ngày, tháng, năm đăng ký: 29/08/2016',
          'Sao từ Sổ đăng ký khai sinh số 02/2016, quyển số 02',
          `Việt Trì, ${nd30Date(a)}`,
          'NGƯỜI KÝ BẢN SAO TRÍCH LỤC',
        ),
      ],
      truth: resultTruth(
        'trich-luc-khai-sinh',
        'TRÍCH LỤC KHAI SINH',
        '58/TLKS-BS',
        'UBND PHƯỜNG GIA CẨM',
        'commune',
        a,
      ),
      tags: ['several-dates'],
    },
    {
      id: 'ho-trich-luc-ket-hon-bien-hoa-h10',
      form: 'Trích lục kết hôn (bản sao) (TT 04/2020/TT-BTP, from knowledge), a ward of merged Đồng Nai after 01/7/2025',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'PHƯỜNG TRẤN BIÊN'], 'Số: 311/TLKH-BS', pd('Trấn Biên', b)),
          'TRÍCH LỤC KẾT HÔN',
          '(BẢN SAO)',
          'Họ, chữ đệm, tên chồng: Phạm Hoàng Long Ngày sinh: 08/08/1992',
          'Họ, chữ đệm, tên vợ: Lý Thị Mỹ Linh Ngày sinh: 25/04/1995',
          'Nơi đăng ký kết hôn: UBND phường Quyết Thắng, thành phố Biên Hòa, tỉnh Đồng Nai',
          'Ngày đăng ký: 14/02/2019',
          'NGƯỜI KÝ TRÍCH LỤC',
        ),
      ],
      truth: resultTruth(
        'trich-luc-ket-hon',
        'TRÍCH LỤC KẾT HÔN',
        '311/TLKH-BS',
        'ỦY BAN NHÂN DÂN PHƯỜNG TRẤN BIÊN',
        'commune',
        b,
      ),
      tags: ['post-reform', 'merged-province', 'several-dates'],
    },
    {
      id: 'ho-khai-tu-thai-nguyen-h10',
      form: 'Trích lục khai tử (TT 04/2020/TT-BTP, from knowledge)',
      pages: [
        page(
          ...head(['UBND XÃ PHÚC XUÂN', 'THÀNH PHỐ THÁI NGUYÊN'], 'Số: 19/TLKT', pd('Phúc Xuân', c)),
          'TRÍCH LỤC KHAI TỬ',
          'Họ, chữ đệm, tên người đã chết: HOÀNG VĂN ĐẠI',
          'Ngày, tháng, năm sinh: 01/01/1945 Dân tộc: Tày',
          'Đã chết vào lúc: 05 giờ 20 phút, ngày 09/06/2022',
          'Nơi chết: Tại nhà, xóm Khuôn Ngục',
          'Nguyên nhân chết: Già yếu',
          'CHỦ TỊCH',
        ),
      ],
      truth: resultTruth('trich-luc-khai-tu', 'TRÍCH LỤC KHAI TỬ', '19/TLKT', 'UBND XÃ PHÚC XUÂN', 'commune', c),
      tags: ['several-dates'],
    },
    {
      id: 'ho-tinh-trang-hon-nhan-quang-ninh-h10',
      form: 'Giấy xác nhận tình trạng hôn nhân (TT 04/2020/TT-BTP, 6-month term; from knowledge), a commune of Quảng Ninh after the reform',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ TIÊN YÊN'], 'Số: 104/UBND-XNTTHN', pd('Tiên Yên', d)),
          'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
          'Xét đề nghị của ông: Chíu Văn Sềnh',
          'Ngày, tháng, năm sinh: 16/02/1996 Dân tộc: Dao',
          'Nơi cư trú: Thôn Khe Lục, xã Tiên Yên, tỉnh Quảng Ninh',
          'Tình trạng hôn nhân: Hiện tại chưa đăng ký kết hôn với ai',
          'Giấy này được cấp để: làm thủ tục đăng ký kết hôn',
          'Giấy này có giá trị sử dụng trong thời hạn 6 tháng, kể từ ngày cấp.',
          'CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-tinh-trang-hon-nhan',
        'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
        '104/UBND-XNTTHN',
        'ỦY BAN NHÂN DÂN XÃ TIÊN YÊN',
        'commune',
        d,
        addMonths(d, 6),
      ),
      tags: ['post-reform'],
    },
    {
      id: 'ho-khai-sinh-tam-dao-h10',
      form: 'Giấy khai sinh (bản chính) (TT 04/2020/TT-BTP, handwritten fill-ins; from knowledge)',
      pages: [
        page(
          'UBND XÃ ĐẠI ĐÌNH',
          'HUYỆN TAM ĐẢO',
          'TỈNH VĨNH PHÚC',
          MOTTO,
          MOTTO2,
          'GIẤY KHAI SINH',
          'Số: 143',
          'Họ, chữ đệm, tên: ..Lý Gia Huy..',
          'Ngày, tháng, năm sinh: ..02/10/2019.. ghi bằng chữ: ngày hai tháng mười năm hai nghìn không trăm mười chín',
          'Giới tính: Nam Dân tộc: Sán Dìu Quốc tịch: Việt Nam',
          'Nơi sinh: Trạm Y tế xã Đại Đình',
          'Họ, chữ đệm, tên người mẹ: ..Diệp Thị Thơm..',
          'Họ, chữ đệm, tên người cha: ..Lý Văn Tài..',
          `Nơi đăng ký: UBND xã Đại Đình Ngày, tháng, năm đăng ký: ..${numericDate(e)}..`,
          'CHỦ TỊCH',
        ),
      ],
      truth: resultTruth('khai-sinh', 'GIẤY KHAI SINH', '143', 'UBND XÃ ĐẠI ĐÌNH', 'commune', e),
      tags: ['handwritten'],
    },
    {
      id: 'ho-ket-hon-vung-tau-h10',
      form: 'Giấy chứng nhận kết hôn (TT 04/2020/TT-BTP; two side-by-side columns, read merged; from knowledge)',
      pages: [
        page(
          'ỦY BAN NHÂN DÂN PHƯỜNG RẠCH DỪA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Thành phố Hồ Chí Minh Độc lập - Tự do - Hạnh phúc',
          'GIẤY CHỨNG NHẬN KẾT HÔN',
          'Số: 207',
          'Họ, chữ đệm, tên chồng: Tô Minh Trí Họ, chữ đệm, tên vợ: Ngô Thị Bích Trâm',
          'Ngày sinh: 10/10/1994 Ngày sinh: 30/05/1998',
          'Dân tộc: Kinh Quốc tịch: Việt Nam Dân tộc: Kinh Quốc tịch: Việt Nam',
          `Nơi đăng ký: UBND phường Rạch Dừa Ngày đăng ký: ${numericDate(f)}`,
          'Chồng Vợ CHỦ TỊCH',
        ),
      ],
      truth: resultTruth('ket-hon', 'GIẤY CHỨNG NHẬN KẾT HÔN', '207', 'ỦY BAN NHÂN DÂN PHƯỜNG RẠCH DỪA', 'commune', f),
      tags: ['columns-merged', 'post-reform', 'merged-province'],
    },
    {
      id: 'ho-cai-chinh-tay-ninh-h10',
      form: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch (TT 04/2020/TT-BTP, from knowledge)',
      pages: [
        page(
          ...head(['UBND THỊ XÃ TRẢNG BÀNG', 'TỈNH TÂY NINH'], 'Số: 07/TLCC', pd('Trảng Bàng', g)),
          'TRÍCH LỤC CẢI CHÍNH HỘ TỊCH',
          'Họ, chữ đệm, tên người được cải chính: Huỳnh Thị Kim Thoa',
          'Nội dung cải chính: Ngày sinh từ 15/07/1982 thành 17/05/1982',
          'Căn cứ: Giấy khai sinh số 214 đăng ký ngày 20/06/1982',
          'KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'trich-luc-thay-doi-ho-tich',
        'TRÍCH LỤC CẢI CHÍNH HỘ TỊCH',
        '07/TLCC',
        'UBND THỊ XÃ TRẢNG BÀNG',
        'district',
        g,
      ),
      tags: ['several-dates'],
    },
    {
      id: 'ct-chung-thuc-bang-thpt-bac-giang-h10',
      form: 'Lời chứng chứng thực bản sao từ bản chính (Mẫu TT 01/2020/TT-BTP, from knowledge) stamped on a copy of a THPT diploma; the copy and the certification as two pages',
      pages: [
        page(
          'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
          'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG',
          'Cấp cho: Ngô Quang Vinh Ngày sinh: 02/12/2002',
          'Số vào sổ cấp bằng: 2020/THPT-1441',
        ),
        page(
          'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
          'Số chứng thực: 1288 Quyển số: 03/2021-SCT/BS',
          `Ngày ${numericDate(h)}`,
          'UBND XÃ NGHĨA TRUNG, HUYỆN VIỆT YÊN',
          'PHÓ CHỦ TỊCH Thân Văn Hiếu',
        ),
      ],
      truth: resultTruth(
        'chung-thuc-ban-sao',
        'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
        '1288',
        'UBND XÃ NGHĨA TRUNG',
        'commune',
        h,
      ),
      tags: ['multi-page', 'certified-copy'],
    },
    {
      id: 'ct-ly-lich-tu-phap-dong-nai-h10',
      form: 'Phiếu lý lịch tư pháp số 1 (TT 06/2024/TT-BTP mẫu, from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH ĐỒNG NAI', 'SỞ TƯ PHÁP'], 'Số: 4412/LLTP', pd('Đồng Nai', i)),
          'PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1',
          '1. Họ và tên: NGUYỄN HOÀNG PHÚC',
          '2. Giới tính: Nam 3. Ngày, tháng, năm sinh: 21/09/1997',
          '5. Nơi thường trú: phường Long Khánh, tỉnh Đồng Nai',
          'Án tích: Không có án tích',
          'Thông tin về cấm đảm nhiệm chức vụ: Không bị cấm',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth('phieu-ly-lich-tu-phap', 'PHIẾU LÝ LỊCH TƯ PHÁP', '4412/LLTP', 'SỞ TƯ PHÁP', 'province', i),
      tags: ['post-reform', 'merged-province'],
      reading: 'marks',
    },
  ];
}

/** Other results: business, social, tourism. */
function others(): Spec[] {
  const a: Iso = '2023-08-14';
  const b: Iso = '2025-12-15';
  const c: Iso = '2020-02-26';
  const d: Iso = '2024-04-09';
  const e: Iso = '2022-11-18';
  const f: Iso = '2026-10-05';
  return [
    {
      id: 'dk-ho-kinh-doanh-song-cong-h10',
      form: 'Giấy chứng nhận đăng ký hộ kinh doanh (Phụ lục VI-1 TT 01/2021/TT-BKHĐT, from knowledge)',
      pages: [
        page(
          ...head(['UBND THÀNH PHỐ SÔNG CÔNG', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'], null, null),
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
          'Số: 17G8002341',
          `Đăng ký lần đầu: ngày ${numericDate(a)}`,
          '1. Tên hộ kinh doanh: TIỆM SỬA XE MINH TÂM',
          '2. Địa chỉ địa điểm kinh doanh: Tổ dân phố 6, phường Thắng Lợi, thành phố Sông Công, tỉnh Thái Nguyên',
          '3. Ngành, nghề kinh doanh: Bảo dưỡng, sửa chữa mô tô, xe máy',
          '4. Vốn kinh doanh: 80.000.000 đồng',
          'TRƯỞNG PHÒNG',
        ),
      ],
      truth: resultTruth(
        'dang-ky-ho-kinh-doanh',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        '17G8002341',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'district',
        a,
      ),
      tags: [],
    },
    {
      id: 'gp-huong-dan-vien-quang-ninh-h10',
      form: 'Thẻ hướng dẫn viên du lịch nội địa (TT 06/2017/TT-BVHTTDL, from knowledge: card with Số thẻ, Ngày hết hạn), Sở Du lịch Quảng Ninh',
      pages: [
        page(
          'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
          'THẺ HƯỚNG DẪN VIÊN DU LỊCH',
          'TOUR GUIDE CARD',
          'NỘI ĐỊA / DOMESTIC',
          'Họ tên / Full name: BÙI THỊ THÙY LINH',
          'Số thẻ / Card No: 122230417',
          `Ngày cấp / Date of issue: ${numericDate(d)}`,
          `Ngày hết hạn / Expiry date: ${numericDate(addMonths(d, 60))}`,
          'Nơi cấp / Issued by: SỞ DU LỊCH QUẢNG NINH',
        ),
      ],
      truth: resultTruth(
        'the-huong-dan-vien-du-lich',
        'THẺ HƯỚNG DẪN VIÊN DU LỊCH',
        '122230417',
        'SỞ DU LỊCH QUẢNG NINH',
        'province',
        d,
        addMonths(d, 60),
      ),
      tags: ['bilingual'],
    },
    {
      id: 'gp-tro-giup-xa-hoi-bien-hoa-h10',
      form: 'Giấy phép hoạt động cơ sở trợ giúp xã hội (NĐ 103/2017/NĐ-CP, from knowledge), Sở Y tế after the 2025 transfer of social protection',
      pages: [
        page(
          ...head(['UBND TỈNH ĐỒNG NAI', 'SỞ Y TẾ'], 'Số: 12/GP-SYT', pd('Đồng Nai', b)),
          'GIẤY PHÉP HOẠT ĐỘNG CƠ SỞ TRỢ GIÚP XÃ HỘI',
          'Tên cơ sở: Cơ sở chăm sóc người cao tuổi An Bình',
          'Địa chỉ: phường Long Hưng, tỉnh Đồng Nai',
          'Phạm vi hoạt động: chăm sóc, nuôi dưỡng người cao tuổi; quy mô 60 người',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'giay-phep-hoat-dong-co-so-tro-giup-xa-hoi',
        'GIẤY PHÉP HOẠT ĐỘNG CƠ SỞ TRỢ GIÚP XÃ HỘI',
        '12/GP-SYT',
        'SỞ Y TẾ',
        'province',
        b,
      ),
      tags: ['post-reform', 'merged-province'],
    },
    {
      id: 'qd-nguoi-co-cong-dien-bien-h10',
      form: 'Quyết định trợ cấp ưu đãi người có công (NĐ 131/2021/NĐ-CP, Mẫu 63; from knowledge)',
      pages: [
        page(
          ...head(
            ['UBND TỈNH ĐIỆN BIÊN', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
            'Số: 611/QĐ-SLĐTBXH',
            pd('Điện Biên', c),
          ),
          'QUYẾT ĐỊNH',
          'Về việc trợ cấp một lần và trợ cấp hằng tháng đối với người hoạt động kháng chiến bị nhiễm chất độc hóa học',
          'GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
          'Điều 1. Ông Lường Văn Chiến, sinh năm 1950, bản Phiêng Ban, xã Mường Phăng, huyện Điện Biên, được hưởng trợ cấp hằng tháng từ tháng 3/2020.',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        'quyet-dinh-tro-cap-nguoi-co-cong',
        'QUYẾT ĐỊNH',
        '611/QĐ-SLĐTBXH',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'province',
        c,
      ),
      tags: [],
    },
    {
      id: 'gp-ho-ngheo-tuan-giao-h10',
      form: 'Giấy chứng nhận hộ nghèo (QĐ 24/2021/QĐ-TTg, TT 07/2021/TT-BLĐTBXH; from knowledge), a commune before the reform',
      pages: [
        page(
          ...head(['UBND XÃ QUÀI NƯA', 'HUYỆN TUẦN GIÁO'], 'Số: 46/GCN-UBND', pd('Quài Nưa', e)),
          'GIẤY CHỨNG NHẬN HỘ NGHÈO',
          'Năm 2022',
          'Chủ hộ: Cà Văn Thưởng Năm sinh: 1979 Dân tộc: Thái',
          'Địa chỉ: Bản Hới Nọ, xã Quài Nưa, huyện Tuần Giáo, tỉnh Điện Biên',
          'Giấy chứng nhận có giá trị đến hết ngày 31/12/2022',
          'CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'giay-chung-nhan-ho-ngheo',
        'GIẤY CHỨNG NHẬN HỘ NGHÈO',
        '46/GCN-UBND',
        'UBND XÃ QUÀI NƯA',
        'commune',
        e,
        '2022-12-31',
      ),
      tags: ['expired', 'handwritten'],
    },
    {
      id: 'gp-san-xuat-nong-nghiep-tan-yen-h10',
      form: 'Giấy xác nhận cá nhân trực tiếp sản xuất nông nghiệp (NĐ 102/2024/NĐ-CP, from knowledge), a commune of merged Bắc Ninh after the reform',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ TÂN YÊN'], 'Số: 73/GXN-UBND', pd('Tân Yên', f)),
          'GIẤY XÁC NHẬN CÁ NHÂN TRỰC TIẾP SẢN XUẤT NÔNG NGHIỆP',
          'Ủy ban nhân dân xã Tân Yên, tỉnh Bắc Ninh xác nhận:',
          'Ông: Nguyễn Văn Lâm, sinh năm 1971, thôn Cầu Đen',
          'Là cá nhân trực tiếp sản xuất nông nghiệp, có thu nhập thường xuyên từ sản xuất nông nghiệp trên đất đó.',
          'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(
        'xac-nhan-truc-tiep-san-xuat-nong-nghiep',
        'GIẤY XÁC NHẬN CÁ NHÂN TRỰC TIẾP SẢN XUẤT NÔNG NGHIỆP',
        '73/GXN-UBND',
        'ỦY BAN NHÂN DÂN XÃ TÂN YÊN',
        'commune',
        f,
      ),
      tags: ['post-reform', 'merged-province'],
    },
  ];
}

/** Results of types the catalogue lacks. */
function unknownTypes(): Spec[] {
  const a: Iso = '2023-09-12';
  const b: Iso = '2025-10-21';
  const c: Iso = '2022-04-06';
  const d: Iso = '2024-10-15';
  const e: Iso = '2021-08-09';
  const f: Iso = '2026-05-27';
  return [
    {
      id: 'x-xac-nhan-so-dinh-danh-vinh-yen-h10',
      form: 'Giấy xác nhận số định danh cá nhân (Mẫu CC13, TT 59/2021/TT-BCA; from knowledge)',
      pages: [
        page(
          ...head(['CÔNG AN TỈNH VĨNH PHÚC', 'CÔNG AN THÀNH PHỐ VĨNH YÊN'], 'Số: 2231/XN-CATP', pd('Vĩnh Yên', a)),
          'GIẤY XÁC NHẬN SỐ ĐỊNH DANH CÁ NHÂN',
          'Công an thành phố Vĩnh Yên xác nhận:',
          'Họ, chữ đệm và tên: PHÙNG VĂN KIÊN Ngày sinh: 29/07/1984',
          'Số định danh cá nhân: 026084005127',
          'Số Chứng minh nhân dân đã được cấp: 135217749',
          'TRƯỞNG CÔNG AN THÀNH PHỐ',
        ),
      ],
      truth: resultTruth(
        null,
        'GIẤY XÁC NHẬN SỐ ĐỊNH DANH CÁ NHÂN',
        '2231/XN-CATP',
        'CÔNG AN THÀNH PHỐ VĨNH YÊN',
        'district',
        a,
      ),
      tags: [],
      unknownAs: ['xác nhận số định danh cá nhân', 'số định danh cá nhân'],
    },
    {
      id: 'x-khong-thuoc-dien-gpld-bien-hoa-h10',
      form: 'Văn bản xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động (Mẫu 10/PLI NĐ 152/2020/NĐ-CP as amended by NĐ 70/2023; from knowledge), Sở Nội vụ after 03/2025',
      pages: [
        page(
          ...head(['UBND TỈNH ĐỒNG NAI', 'SỞ NỘI VỤ'], 'Số: 904/SNV-VL', pd('Đồng Nai', b)),
          'GIẤY XÁC NHẬN KHÔNG THUỘC DIỆN CẤP GIẤY PHÉP LAO ĐỘNG',
          'Họ và tên: TANAKA HIROSHI Quốc tịch: Nhật Bản',
          'Số hộ chiếu: TR4418207',
          'Làm việc tại: Công ty TNHH Taiyo Đồng Nai',
          'Trường hợp: Di chuyển trong nội bộ doanh nghiệp',
          `Thời gian làm việc: từ ${numericDate(b)} đến ${numericDate(addMonths(b, 24))}`,
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        null,
        'GIẤY XÁC NHẬN KHÔNG THUỘC DIỆN CẤP GIẤY PHÉP LAO ĐỘNG',
        '904/SNV-VL',
        'SỞ NỘI VỤ',
        'province',
        b,
        addMonths(b, 24),
      ),
      tags: ['post-reform', 'merged-province'],
      unknownAs: ['không thuộc diện cấp giấy phép lao động'],
    },
    {
      id: 'x-xe-tap-lai-phu-tho-h10',
      form: 'Giấy phép xe tập lái (TT 04/2022/TT-BGTVT amending TT 12/2017; from knowledge)',
      pages: [
        page(
          'SỞ GIAO THÔNG VẬN TẢI PHÚ THỌ',
          'GIẤY PHÉP XE TẬP LÁI',
          'Số: 0419/GPXTL',
          'Biển số đăng ký: 19A-228.61',
          'Nhãn hiệu: KIA Hạng xe: B2',
          'Cơ sở đào tạo: Trường Trung cấp nghề Giao thông vận tải Phú Thọ',
          `Có giá trị đến ngày: ${numericDate(addMonths(c, 12))}`,
          `Phú Thọ, ${nd30Date(c)}`,
        ),
      ],
      truth: resultTruth(
        null,
        'GIẤY PHÉP XE TẬP LÁI',
        '0419/GPXTL',
        'SỞ GIAO THÔNG VẬN TẢI PHÚ THỌ',
        'province',
        c,
        addMonths(c, 12),
      ),
      tags: ['expired'],
      unknownAs: ['xe tập lái'],
      reading: 'letters',
    },
    {
      id: 'x-thanh-lap-truong-thu-dau-mot-h10',
      form: 'Quyết định cho phép thành lập trường tư thục (NĐ 125/2024/NĐ-CP; from knowledge)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH DƯƠNG'], 'Số: 2871/QĐ-UBND', pd('Bình Dương', d)),
          'QUYẾT ĐỊNH',
          'Về việc cho phép thành lập Trường Trung học phổ thông tư thục Ngôi Sao Bình Dương',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG',
          'Điều 1. Cho phép thành lập Trường THPT tư thục Ngôi Sao Bình Dương, địa chỉ phường Hòa Phú, thành phố Thủ Dầu Một.',
          'Điều 2. Sau 02 năm kể từ ngày quyết định có hiệu lực, nếu không được cho phép hoạt động giáo dục thì quyết định hết hiệu lực.',
          'KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
        ),
      ],
      truth: resultTruth(null, 'QUYẾT ĐỊNH', '2871/QĐ-UBND', 'ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG', 'province', d),
      tags: [],
      unknownAs: ['cho phép thành lập trường', 'thành lập trường'],
    },
    {
      id: 'x-giao-duc-nghe-nghiep-thai-nguyen-h10',
      form: 'Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp (NĐ 143/2016/NĐ-CP, NĐ 15/2019; from knowledge)',
      pages: [
        page(
          ...flatHead(
            ['UBND TỈNH THÁI NGUYÊN', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
            'Số: 21/2021/GCNĐKHĐ-SLĐTBXH',
            pd('Thái Nguyên', e),
          ),
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG GIÁO DỤC NGHỀ NGHIỆP',
          'Tên cơ sở: Trung tâm Giáo dục nghề nghiệp Đại Từ',
          'Ngành, nghề đào tạo Trình độ Quy mô tuyển sinh/năm',
          'Kỹ thuật chế biến món ăn Sơ cấp 60',
          'Vận hành máy nông nghiệp Sơ cấp 40',
          'GIÁM ĐỐC',
        ),
      ],
      truth: resultTruth(
        null,
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG GIÁO DỤC NGHỀ NGHIỆP',
        '21/2021/GCNĐKHĐ-SLĐTBXH',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'province',
        e,
      ),
      tags: ['columns-merged', 'table-flattened'],
      unknownAs: ['hoạt động giáo dục nghề nghiệp'],
    },
    {
      id: 'x-the-tam-tru-vung-tau-h10',
      form: 'Thẻ tạm trú cho người nước ngoài (Mẫu NA8, TT 22/2023/TT-BCA; from knowledge), bilingual, Công an of merged TP. Hồ Chí Minh',
      pages: [
        page(
          'CÔNG AN THÀNH PHỐ HỒ CHÍ MINH',
          'PHÒNG QUẢN LÝ XUẤT NHẬP CẢNH',
          'THẺ TẠM TRÚ / TEMPORARY RESIDENCE CARD',
          'Số / No: LĐ2-2605-118473',
          'Họ tên / Full name: PARK SOO-JIN',
          'Quốc tịch / Nationality: Hàn Quốc Ngày sinh / Date of birth: 15/01/1986',
          'Ký hiệu / Type: LĐ2',
          `Ngày cấp / Date of issue: ${numericDate(f)}`,
          `Có giá trị đến / Valid until: ${numericDate(addMonths(f, 24))}`,
        ),
      ],
      truth: resultTruth(
        null,
        'THẺ TẠM TRÚ',
        'LĐ2-2605-118473',
        'PHÒNG QUẢN LÝ XUẤT NHẬP CẢNH',
        'province',
        f,
        addMonths(f, 24),
      ),
      tags: ['bilingual', 'post-reform', 'merged-province'],
      unknownAs: ['thẻ tạm trú'],
    },
  ];
}

/** Look-alike non-results. */
function nonResults(): Spec[] {
  const a: Iso = '2024-03-11';
  const b: Iso = '2025-09-30';
  const c: Iso = '2023-07-20';
  const d: Iso = '2026-02-24';
  const e: Iso = '2022-05-09';
  const f: Iso = '2025-11-12';
  const g: Iso = '2021-10-04';
  const h: Iso = '2026-08-17';
  const i: Iso = '2024-12-02';
  return [
    {
      id: 'n-to-khai-cu-tru-ha-long-h10',
      form: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01, TT 66/2023/TT-BCA, from knowledge; handwritten)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ',
          'Kính gửi (1): Công an phường Hồng Hải',
          '1. Họ, chữ đệm và tên: ..Trần Thị Mai..',
          '2. Ngày, tháng, năm sinh: ..08/03/1970..',
          '5. Số định danh cá nhân: ..022170001834..',
          '9. Nội dung đề nghị (2): ..Xin cấp giấy xác nhận thông tin về cư trú..',
          `ngày ..${a.slice(8)}.. tháng ..${Number(a.slice(5, 7))}.. năm ${a.slice(0, 4)}`,
          'NGƯỜI KÊ KHAI',
        ),
      ],
      truth: nonResultTruth('TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ', null, null, null, a),
      tags: ['look-alike', 'citizen-form', 'handwritten'],
    },
    {
      id: 'n-don-cap-gpld-binh-duong-h10',
      form: 'Văn bản đề nghị cấp giấy phép lao động (Mẫu 11/PLI NĐ 152/2020 as amended by NĐ 70/2023; from knowledge)',
      pages: [
        page(
          ...head(['CÔNG TY TNHH GIÀY ĐÔNG PHƯƠNG'], 'Số: 58/2025/CV-ĐP', pd('Thành phố Hồ Chí Minh', b)),
          'V/v đề nghị cấp giấy phép lao động cho người lao động nước ngoài',
          'Kính gửi: Sở Nội vụ Thành phố Hồ Chí Minh',
          'Công ty đề nghị cấp giấy phép lao động cho ông CHEN WEI-LUN, quốc tịch Đài Loan (Trung Quốc), vị trí Giám đốc điều hành, thời hạn 24 tháng.',
          'GIÁM ĐỐC',
        ),
      ],
      truth: nonResultTruth(null, '58/2025/CV-ĐP', 'CÔNG TY TNHH GIÀY ĐÔNG PHƯƠNG', null, b),
      tags: ['look-alike', 'post-reform', 'merged-province'],
    },
    {
      id: 'n-bien-ban-kiem-tra-nha-thuoc-h10',
      form: 'Biên bản kiểm tra (Sở Y tế inspection minutes; from knowledge), Textract key–value lines',
      pages: [
        page(
          'SỞ Y TẾ TỈNH VĨNH PHÚC',
          'ĐOÀN KIỂM TRA',
          MOTTO,
          MOTTO2,
          'BIÊN BẢN KIỂM TRA',
          'Việc thực hiện quy định về hành nghề dược',
          `Thời gian: 09 giờ 00, ${nd30Date(c)}`,
          'Địa điểm: Nhà thuốc Minh Châu, phường Liên Bảo, thành phố Vĩnh Yên',
          'Chứng chỉ hành nghề dược số: 0611/CCHN-D-SYT-VP',
          'Giấy chứng nhận đủ điều kiện kinh doanh dược số: 0457/ĐKKDD-VP',
          'Kết luận: Cơ sở thực hiện đúng quy định',
          'TRƯỞNG ĐOÀN ĐẠI DIỆN CƠ SỞ',
        ),
      ],
      truth: nonResultTruth('BIÊN BẢN KIỂM TRA', null, 'SỞ Y TẾ TỈNH VĨNH PHÚC', 'province', c),
      tags: ['look-alike', 'textract-kv', 'quotes-result-number'],
    },
    {
      id: 'n-hop-dong-lao-dong-dong-nai-h10',
      form: 'Hợp đồng lao động (Bộ luật Lao động 2019, from knowledge), bilingual, two pages',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'HỢP ĐỒNG LAO ĐỘNG / LABOUR CONTRACT',
          'Số / No: 17/2026/HĐLĐ-HS',
          'Chúng tôi, một bên là / We, one party: Công ty TNHH Hwaseung Vina',
          'Và một bên là / And the other party: Ông KIM JAE-HYUN',
          'Giấy phép lao động số / Work permit No: ĐNA-2509-01182',
          `Đồng Nai, ${nd30Date(d)}`,
        ),
        page(
          'Điều 1. Thời hạn và công việc hợp đồng: 24 tháng',
          'Điều 2. Mức lương: 4.500 USD/tháng',
          'NGƯỜI LAO ĐỘNG NGƯỜI SỬ DỤNG LAO ĐỘNG',
        ),
      ],
      truth: nonResultTruth('HỢP ĐỒNG LAO ĐỘNG', '17/2026/HĐLĐ-HS', null, null, d),
      tags: ['look-alike', 'bilingual', 'multi-page', 'post-reform', 'merged-province', 'quotes-result-number'],
    },
    {
      id: 'n-bien-lai-le-phi-viet-tri-h10',
      form: 'Biên lai thu phí, lệ phí (TT 78/2021/TT-BTC and NĐ 123/2020 receipts, as listed on hoatieu.vn — search, pages; layout from knowledge)',
      pages: [
        page(
          'UBND PHƯỜNG GIA CẨM',
          'BIÊN LAI THU PHÍ, LỆ PHÍ',
          'Mẫu số: 01BLP2-001 Ký hiệu: BL-24T Số: 0001472',
          'Tên đơn vị nộp tiền: Cao Văn Quý',
          'Nội dung thu: Lệ phí cấp bản sao trích lục khai sinh',
          'Số tiền: 8.000 đồng (Tám nghìn đồng)',
          `Ngày ${numericDate(a)}`,
          'NGƯỜI THU TIỀN',
        ),
      ],
      truth: nonResultTruth('BIÊN LAI THU PHÍ, LỆ PHÍ', '0001472', 'UBND PHƯỜNG GIA CẨM', 'commune', a),
      tags: ['look-alike'],
    },
    {
      id: 'n-phieu-thu-sat-hach-thai-nguyen-h10',
      form: "Phiếu thu (Mẫu C40-BB TT 107/2017/TT-BTC, from knowledge), a driving test centre's fee receipt",
      pages: [
        page(
          'TRUNG TÂM SÁT HẠCH LÁI XE THÁI NGUYÊN',
          'PHIẾU THU',
          'Quyển số: 12 Số: 3381',
          `Ngày ${numericDate(e)}`,
          'Họ tên người nộp tiền: Hà Minh Quân',
          'Lý do nộp: Lệ phí sát hạch lái xe hạng B2 và lệ phí cấp giấy phép lái xe',
          'Số tiền: 720.000 đồng',
          'THỦ TRƯỞNG ĐƠN VỊ KẾ TOÁN TRƯỞNG NGƯỜI NỘP TIỀN',
        ),
      ],
      truth: nonResultTruth('PHIẾU THU', '3381', 'TRUNG TÂM SÁT HẠCH LÁI XE THÁI NGUYÊN', null, e),
      tags: ['look-alike'],
    },
    {
      id: 'n-qd-bo-nhiem-so-y-te-h10',
      form: 'Quyết định bổ nhiệm (internal appointment, ND 30 layout; from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH QUẢNG NINH', 'SỞ Y TẾ'], 'Số: 415/QĐ-SYT', pd('Quảng Ninh', f)),
          'QUYẾT ĐỊNH',
          'Về việc bổ nhiệm Trưởng phòng Nghiệp vụ Dược',
          'GIÁM ĐỐC SỞ Y TẾ',
          'Điều 1. Bổ nhiệm bà Lưu Thị Phương, Phó Trưởng phòng, giữ chức vụ Trưởng phòng Nghiệp vụ Dược; thời hạn giữ chức vụ 05 năm.',
          'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
          'GIÁM ĐỐC',
        ),
      ],
      truth: nonResultTruth('QUYẾT ĐỊNH', '415/QĐ-SYT', 'SỞ Y TẾ', 'province', f),
      tags: ['look-alike', 'internal-decision', 'post-reform'],
    },
    {
      id: 'n-qd-ky-luat-tan-uyen-h10',
      form: 'Quyết định kỷ luật cán bộ (internal discipline, ND 30 layout; from knowledge)',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'THỊ XÃ TÂN UYÊN'], 'Số: 2043/QĐ-UBND', pd('Tân Uyên', g)),
          'QUYẾT ĐỊNH',
          'Về việc thi hành kỷ luật công chức',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ TÂN UYÊN',
          'Điều 1. Thi hành kỷ luật bằng hình thức khiển trách đối với ông Lâm Văn Ri, công chức Địa chính - Xây dựng xã Bạch Đằng.',
          'Điều 2. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Nội vụ và ông Lâm Văn Ri chịu trách nhiệm thi hành.',
          'CHỦ TỊCH',
        ),
      ],
      truth: nonResultTruth('QUYẾT ĐỊNH', '2043/QĐ-UBND', 'ỦY BAN NHÂN DÂN THỊ XÃ TÂN UYÊN', 'district', g),
      tags: ['look-alike', 'internal-decision'],
    },
    {
      id: 'n-qd-nang-luong-so-gd-h10',
      form: 'Quyết định nâng bậc lương thường xuyên (internal, with a flattened table; from knowledge)',
      pages: [
        page(
          ...head(['UBND TỈNH TÂY NINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], 'Số: 1377/QĐ-SGDĐT', pd('Tây Ninh', h)),
          'QUYẾT ĐỊNH',
          'Về việc nâng bậc lương thường xuyên đối với viên chức',
          'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
          'STT Họ và tên Chức danh Bậc cũ Bậc mới Thời điểm hưởng',
          '1 Đoàn Thị Kim Yến Giáo viên THPT hạng II 4 5 01/08/2026',
          '2 Trần Văn Sang Giáo viên THPT hạng III 6 7 01/08/2026',
          'GIÁM ĐỐC',
        ),
      ],
      truth: nonResultTruth('QUYẾT ĐỊNH', '1377/QĐ-SGDĐT', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'province', h),
      tags: ['look-alike', 'internal-decision', 'table-layout', 'post-reform', 'merged-province'],
    },
    {
      id: 'n-thong-bao-thu-hoi-gplx-h10',
      form: 'Thông báo about a driving licence revoked by a penalty decision (from knowledge), quoting the licence number',
      pages: [
        page(
          ...head(
            ['UBND TỈNH BÀ RỊA - VŨNG TÀU', 'SỞ GIAO THÔNG VẬN TẢI'],
            'Số: 2790/TB-SGTVT',
            pd('Bà Rịa - Vũng Tàu', i),
          ),
          'THÔNG BÁO',
          'Về việc giấy phép lái xe không còn giá trị sử dụng',
          'Sở Giao thông vận tải thông báo: Giấy phép lái xe số 770184012239, hạng B2, cấp ngày 14/05/2019, mang tên Phạm Văn Trọng, đã bị tẩy xóa, không còn giá trị sử dụng.',
          'Nơi nhận: Công an tỉnh; Trung tâm sát hạch; Lưu: VT, QLPT.',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: nonResultTruth('THÔNG BÁO', '2790/TB-SGTVT', 'SỞ GIAO THÔNG VẬN TẢI', 'province', i),
      tags: ['look-alike', 'quotes-result-number'],
      reading: 'letters',
    },
    {
      id: 'n-bao-cao-cu-tru-dien-bien-h10',
      form: 'Báo cáo kết quả công tác đăng ký, quản lý cư trú (police report; from knowledge)',
      pages: [
        page(
          ...head(['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN XÃ MƯỜNG PHĂNG'], 'Số: 31/BC-CAX', pd('Mường Phăng', f)),
          'BÁO CÁO',
          'Kết quả công tác đăng ký, quản lý cư trú tháng 10 năm 2025',
          'Đăng ký thường trú: 42 trường hợp; tạm trú: 17; cấp giấy xác nhận thông tin về cư trú (CT07): 63 trường hợp.',
          'Nơi nhận: Công an tỉnh (PC06); Đảng ủy, UBND xã.',
          'TRƯỞNG CÔNG AN XÃ',
        ),
      ],
      truth: nonResultTruth('BÁO CÁO', '31/BC-CAX', 'CÔNG AN XÃ MƯỜNG PHĂNG', 'commune', f),
      tags: ['look-alike', 'post-reform'],
    },
    {
      id: 'n-don-cap-chung-chi-duoc-h10',
      form: 'Đơn đề nghị cấp chứng chỉ hành nghề dược (Mẫu 02 Phụ lục I NĐ 54/2017/NĐ-CP; from knowledge; handwritten)',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'ĐƠN ĐỀ NGHỊ CẤP CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
          'Kính gửi: Sở Y tế tỉnh Bắc Giang',
          'Họ và tên: ..Đào Thị Hường..',
          'Ngày, tháng, năm sinh: ..17/11/1993..',
          'Văn bằng chuyên môn: ..Dược sĩ trung học..',
          'Đề nghị cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ.',
          `Bắc Giang, ngày ..${c.slice(8)}.. tháng ..${Number(c.slice(5, 7))}.. năm ${c.slice(0, 4)}`,
          'NGƯỜI LÀM ĐƠN',
        ),
      ],
      truth: nonResultTruth('ĐƠN ĐỀ NGHỊ CẤP CHỨNG CHỈ HÀNH NGHỀ DƯỢC', null, null, null, c),
      tags: ['look-alike', 'citizen-form', 'handwritten'],
    },
    {
      id: 'n-bien-ban-ban-giao-dat-h10',
      form: 'Biên bản bàn giao đất trên thực địa (Mẫu NĐ 102/2024/NĐ-CP, from knowledge), quoting the land-allocation decision',
      pages: [
        page(
          ...head(['ỦY BAN NHÂN DÂN', 'XÃ MƯỜNG ẢNG'], null, null),
          'BIÊN BẢN',
          'Bàn giao đất trên thực địa',
          'Thực hiện Quyết định số 36/QĐ-UBND ngày 20/01/2026 của Chủ tịch UBND xã Mường Ảng về việc giao đất,',
          `Hôm nay, ${nd30Date('2026-02-03')}, tại bản Co Có, chúng tôi gồm:`,
          'Đại diện UBND xã: ông Lò Văn Thân, công chức địa chính',
          'Người được giao đất: ông Quàng Văn Ương',
          'ĐẠI DIỆN UBND XÃ NGƯỜI NHẬN ĐẤT',
        ),
      ],
      truth: nonResultTruth('BIÊN BẢN', null, 'ỦY BAN NHÂN DÂN XÃ MƯỜNG ẢNG', 'commune', '2026-02-03'),
      tags: ['look-alike', 'quotes-result-number', 'post-reform', 'several-dates'],
      reading: 'shuffle',
    },
    {
      id: 'n-to-khai-dang-ky-ket-hon-h10',
      form: 'Tờ khai đăng ký kết hôn (TT 04/2020/TT-BTP as amended by TT 03/2023; from knowledge), two person columns read merged',
      pages: [
        page(
          MOTTO,
          MOTTO2,
          'TỜ KHAI ĐĂNG KÝ KẾT HÔN',
          'Kính gửi: UBND phường Rạch Dừa',
          'Thông tin Bên nữ Bên nam',
          'Họ, chữ đệm, tên Ngô Thị Bích Trâm Tô Minh Trí',
          'Ngày, tháng, năm sinh 30/05/1998 10/10/1994',
          'Nơi cư trú phường Rạch Dừa phường Vũng Tàu',
          `Làm tại: phường Rạch Dừa, ${nd30Date('2025-08-11')}`,
          'Bên nữ Bên nam',
        ),
      ],
      truth: nonResultTruth('TỜ KHAI ĐĂNG KÝ KẾT HÔN', null, null, null, '2025-08-11'),
      tags: ['look-alike', 'citizen-form', 'columns-merged', 'post-reform', 'merged-province'],
    },
    {
      id: 'n-ke-hoach-tuyen-sinh-h10',
      form: 'Kế hoạch tuyển sinh (a Phòng Giáo dục plan; from knowledge)',
      pages: [
        page(
          ...head(['UBND THÀNH PHỐ DĨ AN', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'], 'Số: 488/KH-PGDĐT', pd('Dĩ An', '2024-04-22')),
          'KẾ HOẠCH',
          'Tuyển sinh vào lớp 1, lớp 6 năm học 2024 - 2025',
          'Các trường mầm non tư thục đã có quyết định cho phép hoạt động giáo dục tổ chức tuyển sinh theo quy mô được giao.',
          'TRƯỞNG PHÒNG',
        ),
      ],
      truth: nonResultTruth('KẾ HOẠCH', '488/KH-PGDĐT', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'district', '2024-04-22'),
      tags: ['look-alike'],
    },
    {
      id: 'n-giay-hen-dang-ky-xe-h10',
      form: 'Giấy hẹn trả giấy chứng nhận đăng ký xe (police appointment slip; from knowledge)',
      pages: [
        page(
          'CÔNG AN THÀNH PHỐ BIÊN HÒA',
          'ĐỘI CẢNH SÁT GIAO THÔNG - TRẬT TỰ',
          'GIẤY HẸN',
          'Trả giấy chứng nhận đăng ký xe',
          'Chủ xe: Đặng Văn Tuấn',
          'Biển số: 60B7-512.84 Loại xe: Mô tô',
          `Ngày nhận hồ sơ: ${numericDate('2022-10-24')}`,
          'Ngày hẹn trả: 27/10/2022',
          'CÁN BỘ TIẾP NHẬN',
        ),
      ],
      truth: nonResultTruth('GIẤY HẸN', null, 'CÔNG AN THÀNH PHỐ BIÊN HÒA', 'district', '2022-10-24'),
      tags: ['look-alike', 'several-dates'],
    },
    {
      id: 'n-hoa-don-dao-tao-lai-xe-h10',
      form: 'Hóa đơn giá trị gia tăng điện tử (NĐ 123/2020/NĐ-CP, TT 78/2021/TT-BTC; from knowledge), a flattened goods table',
      pages: [
        page(
          'HÓA ĐƠN GIÁ TRỊ GIA TĂNG',
          'Ký hiệu: 1C25TPT Số: 00004187',
          `Ngày ${numericDate('2025-03-14')}`,
          'Đơn vị bán hàng: TRƯỜNG TRUNG CẤP NGHỀ GIAO THÔNG VẬN TẢI PHÚ THỌ',
          'Mã số thuế: 2600291745',
          'STT Tên hàng hóa, dịch vụ Đơn vị tính Số lượng Đơn giá Thành tiền',
          '1 Học phí đào tạo lái xe hạng B Khóa 1 14.500.000 14.500.000',
          'Tổng cộng tiền thanh toán: 14.500.000',
        ),
      ],
      truth: nonResultTruth('HÓA ĐƠN GIÁ TRỊ GIA TĂNG', '00004187', null, null, '2025-03-14'),
      tags: ['look-alike', 'table-layout'],
    },
    {
      id: 'n-cong-van-gplx-bac-giang-h10',
      form: 'Công văn of a Sở (V/v line only; from knowledge), about exchanging driving licences, quoting a licence number',
      pages: [
        page(
          ...head(
            ['UBND TỈNH BẮC GIANG', 'SỞ GIAO THÔNG VẬN TẢI'],
            'Số: 1562/SGTVT-QLPT',
            pd('Bắc Giang', '2024-06-27'),
          ),
          'V/v đổi giấy phép lái xe do ngành Công an cấp',
          'Kính gửi: Ông Thân Văn Toàn (thôn Đồng Cốc, xã Xương Lâm, huyện Lạng Giang)',
          'Sở nhận được đơn đề nghị đổi Giấy phép lái xe số 240163007719 của ông. Sở hướng dẫn ông nộp hồ sơ tại Bộ phận Một cửa.',
          'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
        ),
      ],
      truth: nonResultTruth(null, '1562/SGTVT-QLPT', 'SỞ GIAO THÔNG VẬN TẢI', 'province', '2024-06-27'),
      tags: ['look-alike', 'quotes-result-number'],
    },
  ];
}

export function heldout10Corpus(): CorpusDoc[] {
  return [
    ...police(),
    ...transport(),
    ...health(),
    ...education(),
    ...labour(),
    ...land(),
    ...civilStatus(),
    ...others(),
    ...unknownTypes(),
    ...nonResults(),
  ].map((s, i) => doc(s, 1000 + i));
}

const CATEGORIES10: Record<string, string> = {
  ho: 'civil status',
  ct: 'certifications and justice papers',
  dk: 'registration',
  dat: 'land',
  gp: 'licences, permits and confirmations',
  qd: 'decisions, diplomas and school papers',
  x: 'results of unknown type',
  n: 'non-results',
};

/** A document's category from its id prefix (the id itself when it has none). */
export const category10 = categoryOf(CATEGORIES10);

/** Results of types the catalogue lacked when written take a later type's id (heldout.ts). */
export const resolveHeldout10Types = resolveHeldoutTypes;
