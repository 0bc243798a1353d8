/**
 * Fictional but plausible data for Điện Biên documents. Place names are real units (before and after the
 * 1/7/2025 reorganisation, DOMAIN.md §4); people, businesses and numbers are invented.
 */
import type { Rng } from './random.ts';

export interface District {
  /** As written after "UBND" in a header, e.g. "HUYỆN TUẦN GIÁO". */
  unit: string;
  /** Short place name used in the date line, e.g. "Tuần Giáo". */
  place: string;
  /** Full mixed-case form, e.g. "huyện Tuần Giáo". */
  full: string;
  communes: string[];
}

/** The 10 district-level units before 1/7/2025 with some of their communes ("xã X", "phường Y", "thị trấn Z"). */
export const DISTRICTS: readonly District[] = [
  {
    unit: 'HUYỆN TUẦN GIÁO',
    place: 'Tuần Giáo',
    full: 'huyện Tuần Giáo',
    communes: ['thị trấn Tuần Giáo', 'xã Quài Tở', 'xã Chiềng Sinh', 'xã Mường Mùn', 'xã Pú Nhung', 'xã Quài Cang'],
  },
  {
    unit: 'HUYỆN MƯỜNG NHÉ',
    place: 'Mường Nhé',
    full: 'huyện Mường Nhé',
    communes: ['xã Mường Nhé', 'xã Sín Thầu', 'xã Chung Chải', 'xã Mường Toong', 'xã Nậm Kè', 'xã Quảng Lâm'],
  },
  {
    unit: 'HUYỆN ĐIỆN BIÊN',
    place: 'Điện Biên',
    full: 'huyện Điện Biên',
    communes: ['xã Thanh Nưa', 'xã Thanh Xương', 'xã Noọng Hẹt', 'xã Sam Mứn', 'xã Mường Phăng', 'xã Thanh An'],
  },
  {
    unit: 'HUYỆN ĐIỆN BIÊN ĐÔNG',
    place: 'Điện Biên Đông',
    full: 'huyện Điện Biên Đông',
    communes: ['thị trấn Điện Biên Đông', 'xã Na Son', 'xã Keo Lôm', 'xã Xa Dung', 'xã Luân Giới'],
  },
  {
    unit: 'HUYỆN MƯỜNG CHÀ',
    place: 'Mường Chà',
    full: 'huyện Mường Chà',
    communes: ['thị trấn Mường Chà', 'xã Sa Lông', 'xã Huổi Lèng', 'xã Ma Thì Hồ', 'xã Na Sang'],
  },
  {
    unit: 'HUYỆN NẬM PỒ',
    place: 'Nậm Pồ',
    full: 'huyện Nậm Pồ',
    communes: ['xã Nà Hỳ', 'xã Si Pa Phìn', 'xã Chà Nưa', 'xã Nà Khoa', 'xã Nà Bủng'],
  },
  {
    unit: 'HUYỆN MƯỜNG ẢNG',
    place: 'Mường Ảng',
    full: 'huyện Mường Ảng',
    communes: ['thị trấn Mường Ảng', 'xã Ẳng Nưa', 'xã Búng Lao', 'xã Ẳng Tở', 'xã Xuân Lao'],
  },
  {
    unit: 'HUYỆN TỦA CHÙA',
    place: 'Tủa Chùa',
    full: 'huyện Tủa Chùa',
    communes: ['thị trấn Tủa Chùa', 'xã Sính Phình', 'xã Mường Báng', 'xã Tả Phìn', 'xã Xá Nhè'],
  },
  {
    unit: 'THÀNH PHỐ ĐIỆN BIÊN PHỦ',
    place: 'Điện Biên Phủ',
    full: 'thành phố Điện Biên Phủ',
    communes: ['phường Him Lam', 'phường Mường Thanh', 'phường Tân Thanh', 'phường Nam Thanh', 'xã Thanh Minh'],
  },
  {
    unit: 'THỊ XÃ MƯỜNG LAY',
    place: 'Mường Lay',
    full: 'thị xã Mường Lay',
    communes: ['phường Na Lay', 'phường Sông Đà', 'xã Lay Nưa'],
  },
];

/** Some of the 45 commune-level units after 1/7/2025 (no district level any more). */
export const COMMUNES_2025: readonly string[] = [
  'xã Mường Nhé',
  'xã Sín Thầu',
  'xã Quảng Lâm',
  'xã Nà Hỳ',
  'xã Tuần Giáo',
  'xã Mường Mùn',
  'xã Mường Toong',
  'xã Nậm Kè',
  'phường Điện Biên Phủ',
  'phường Mường Lay',
  'xã Thanh Nưa',
  'xã Mường Ảng',
];

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Lò',
  'Quàng',
  'Lường',
  'Cà',
  'Tòng',
  'Lầu',
  'Giàng',
  'Sùng',
  'Vàng',
  'Mùa',
  'Thào',
  'Hờ',
  'Điêu',
];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Thanh', 'A', 'Seo', 'Quang', 'Hữu', 'Công'];
const MIDDLE_F = ['Thị', 'Thị', 'Ngọc', 'Thu', 'Minh', 'Thị Thu'];
const GIVEN_M = [
  'An',
  'Bình',
  'Chiến',
  'Dũng',
  'Páo',
  'Sính',
  'Chứ',
  'Pó',
  'Thắng',
  'Tuấn',
  'Khánh',
  'Hùng',
  'Cường',
  'Lả',
  'Dế',
  'Phống',
  'Sơn',
  'Hải',
];
const GIVEN_F = [
  'Dung',
  'Hương',
  'Lan',
  'Mai',
  'Hoa',
  'Ngọc',
  'Xuân',
  'Thơm',
  'Ín',
  'Mỷ',
  'Súa',
  'Chang',
  'Hằng',
  'Nga',
  'Thảo',
  'Yến',
];

export interface Person {
  name: string;
  sex: 'Nam' | 'Nữ';
  /** "Ông" or "Bà". */
  honorific: string;
}

export function personName(rng: Rng, sex?: 'Nam' | 'Nữ'): Person {
  const s = sex ?? (rng.chance(0.5) ? 'Nam' : 'Nữ');
  const name =
    s === 'Nam'
      ? `${rng.pick(FAMILY)} ${rng.pick(MIDDLE_M)} ${rng.pick(GIVEN_M)}`
      : `${rng.pick(FAMILY)} ${rng.pick(MIDDLE_F)} ${rng.pick(GIVEN_F)}`;
  return { name, sex: s, honorific: s === 'Nam' ? 'Ông' : 'Bà' };
}

export const ETHNICITIES = ['Kinh', 'Thái', 'Mông', 'Khơ Mú', 'Dao', 'Hà Nhì', 'Lào', 'Cống'];

const BUSINESS_WORDS = [
  'Hoa Ban',
  'Mường Thanh',
  'Him Lam',
  'Pha Đin',
  'Tây Bắc',
  'Nậm Rốm',
  'Sông Đà',
  'Hồng Lĩnh',
  'Thành Công',
  'An Phát',
  'Minh Khang',
  'Đồi A1',
];

export function businessName(
  rng: Rng,
  kind: 'shop' | 'company' | 'coop' | 'clinic' | 'pharmacy' | 'transport',
): string {
  const w = rng.pick(BUSINESS_WORDS);
  switch (kind) {
    case 'shop':
      return rng.pick([`Cửa hàng tạp hóa ${w}`, `Hộ kinh doanh ${w}`, `Quán ${w}`, `Tạp hóa ${w}`]);
    case 'company':
      return rng.pick([
        `Công ty TNHH ${w}`,
        `Công ty Cổ phần Xây dựng ${w}`,
        `Công ty TNHH Thương mại và Dịch vụ ${w}`,
      ]);
    case 'coop':
      return rng.pick([`Hợp tác xã Nông nghiệp ${w}`, `Hợp tác xã Chè ${w}`, `Hợp tác xã Dịch vụ tổng hợp ${w}`]);
    case 'clinic':
      return rng.pick([`Phòng khám đa khoa ${w}`, `Phòng khám chuyên khoa Nội ${w}`]);
    case 'pharmacy':
      return rng.pick([`Nhà thuốc ${w}`, `Quầy thuốc ${w}`, `Công ty TNHH Dược phẩm ${w}`]);
    case 'transport':
      return rng.pick([`Công ty TNHH Vận tải ${w}`, `Hợp tác xã Vận tải ${w}`, `Công ty Cổ phần Xe khách ${w}`]);
  }
}

export function digits(rng: Rng, n: number): string {
  let s = String(rng.int(1, 9));
  while (s.length < n) s += String(rng.int(0, 9));
  return s;
}

export function streetAddress(rng: Rng, commune: string, district: District): string {
  const hamlet = rng.pick([
    'bản Huổi Só',
    'bản Na Hai',
    'thôn Đông Biên',
    'tổ dân phố 5',
    'bản Co Muông',
    'bản Phiêng Lơi',
    'tổ 12',
    'bản Nà Pen',
  ]);
  return `${hamlet}, ${commune}, ${district.full}, tỉnh Điện Biên`;
}
