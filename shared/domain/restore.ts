/**
 * Restores Vietnamese diacritics in short administrative strings (issuer, place, symbols) read from
 * Textract-style text, so a folded copy of a document gives the same answers as the accurate one.
 * Dictionary-based and conservative: a word that is not known stays as it is. Pure.
 */
import { foldAccents } from './normalize.ts';

/** Administrative vocabulary and Điện Biên place names, written as printed (title case). */
const PHRASES = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Thành phố',
  'Thị xã',
  'Thị trấn',
  'Xã',
  'Phường',
  'Huyện',
  'Tỉnh',
  'Quận',
  'Sở',
  'Phòng',
  'Bộ',
  'Cục',
  'Chi cục',
  'Chi nhánh',
  'Văn phòng',
  'Văn phòng đăng ký đất đai',
  'Phòng đăng ký kinh doanh',
  'Trung tâm',
  'Trung tâm phục vụ hành chính công',
  'Ban quản lý',
  'Công an',
  'Thanh tra',
  'Y tế',
  'Tư pháp',
  'Tài chính',
  'Kế hoạch',
  'Đầu tư',
  'Xây dựng',
  'Công Thương',
  'Giao thông vận tải',
  'Tài nguyên và Môi trường',
  'Nông nghiệp',
  'Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Môi trường',
  'Nội vụ',
  'Lao động',
  'Thương binh',
  'Xã hội',
  'Văn hóa',
  'Thể thao',
  'Du lịch',
  'Khoa học',
  'Công nghệ',
  'Thông tin',
  'Truyền thông',
  'Giáo dục',
  'Đào tạo',
  'Ngoại vụ',
  'Dân tộc',
  'Tôn giáo',
  'Kinh tế',
  'Hạ tầng',
  'Kinh tế và Hạ tầng',
  'Kinh tế, Hạ tầng và Đô thị',
  'Quản lý đô thị',
  'Văn hóa - Xã hội',
  'Đăng ký',
  'Đất đai',
  'Kinh doanh',
  'Hành chính',
  'An toàn thực phẩm',
  // A conditions certificate's title (`GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN …`), whose symbol abbreviates it (`CNĐĐK`).
  'Đủ điều kiện',
  'Vệ sinh',
  'Dược',
  'Và',
];

/** Điện Biên place names (districts, towns, communes before and after the 2025 merger). */
const PLACES = [
  'Điện Biên',
  'Điện Biên Phủ',
  'Điện Biên Đông',
  'Mường Lay',
  'Mường Chà',
  'Mường Nhé',
  'Mường Ảng',
  'Nậm Pồ',
  'Tuần Giáo',
  'Tủa Chùa',
  'Mường Thanh',
  'Him Lam',
  'Tân Thanh',
  'Nam Thanh',
  'Noong Bua',
  'Thanh Bình',
  'Thanh Trường',
  'Thanh Minh',
  'Thanh Xương',
  'Thanh An',
  'Thanh Chăn',
  'Thanh Hưng',
  'Thanh Luông',
  'Thanh Nưa',
  'Thanh Yên',
  'Noong Hẹt',
  'Noong Luống',
  'Núa Ngam',
  'Mường Phăng',
  'Mường Pồn',
  'Mường Nhà',
  'Mường Lói',
  'Na Ư',
  'Na Tông',
  'Pá Khoang',
  'Pa Thơm',
  'Sam Mứn',
  'Hẹ Muông',
  'Hua Thanh',
  'Nà Tấu',
  'Nà Nhạn',
  'Mường Mùn',
  'Mường Thín',
  'Quài Nưa',
  'Quài Cang',
  'Quài Tở',
  'Tỏa Tình',
  'Chiềng Sinh',
  'Chiềng Đông',
  'Phình Sáng',
  'Rạng Đông',
  'Ta Ma',
  'Pú Xi',
  'Mùn Chung',
  'Nà Sáy',
  'Pú Nhung',
  'Mường Khong',
  'Tênh Phông',
  'Nà Tòng',
  'Mường Mươn',
  'Mường Tùng',
  'Huổi Lèng',
  'Sa Lông',
  'Ma Thì Hồ',
  'Na Sang',
  'Sá Tổng',
  'Pa Ham',
  'Mường Toong',
  'Sín Thầu',
  'Chung Chải',
  'Leng Su Sìn',
  'Nậm Kè',
  'Pá Mỳ',
  'Quảng Lâm',
  'Nà Hỳ',
  'Nà Khoa',
  'Nậm Nhừ',
  'Nậm Chua',
  'Si Pa Phìn',
  'Phìn Hồ',
  'Chà Nưa',
  'Chà Cang',
  'Chà Tở',
  'Vàng Đán',
  'Nà Bủng',
  'Nậm Tin',
  'Pa Tần',
  'Ẳng Nưa',
  'Ẳng Cang',
  'Ẳng Tở',
  'Búng Lao',
  'Xuân Lao',
  'Mường Đăng',
  'Ngối Cáy',
  'Mường Lạn',
  'Nặm Lịch',
  'Mường Báng',
  'Xá Nhè',
  'Tả Sìn Thàng',
  'Lao Xả Phình',
  'Tả Phìn',
  'Sính Phình',
  'Trung Thu',
  'Sín Chải',
  'Huổi Só',
  'Mường Đun',
  'Na Son',
  'Keo Lôm',
  'Phì Nhừ',
  'Phình Giàng',
  'Háng Lìa',
  'Pú Nhi',
  'Xa Dung',
  'Luân Giới',
  'Mường Luân',
  'Chiềng Sơ',
  'Tìa Dình',
  'Pú Hồng',
  'Sông Đà',
  'Na Lay',
  'Lay Nưa',
  'Mường Tùng',
  'Tà Lèng',
  'Thanh Nưa',
  'Mường Luân',
  'Nà Bủng',
];

/** Restored forms keyed by folded phrase; the longest phrase wins. */
const DICT = new Map<string, string>();
let maxWords = 1;
for (const p of [...PHRASES, ...PLACES]) {
  const key = foldAccents(p)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  DICT.set(key, p);
  maxWords = Math.max(maxWords, key.split(' ').length);
}

/** Folded place names, for recognising a place printed next to the issuer or before `, ngày`. */
export const PLACE_KEYS: ReadonlySet<string> = new Set(PLACES.map((p) => foldAccents(p)));
export const MAX_PLACE_WORDS = Math.max(...PLACES.map((p) => p.split(' ').length));
/** Place names as printed, by folded name (`dien bien` → `Điện Biên`). */
export const PLACE_NAMES: ReadonlyMap<string, string> = new Map(PLACES.map((p) => [foldAccents(p), p]));

/** Upper-case symbol groups whose `Đ` OCR turns into `D` (ND 30 abbreviations and sector symbols). */
const SYMBOL_GROUPS = new Map(
  [
    'QĐ',
    'NĐ',
    'GPHĐ',
    'ĐKANTT',
    'ĐĐANTT',
    'LHNĐ',
    'GPLHNĐ',
    'HĐND',
    'HĐGD',
    'ĐKKD',
    'ĐKKDD',
    'ĐKHKD',
    'ĐKDN',
    'ĐKHN',
    'VPĐD',
    'GPVPĐD',
    'VPĐKĐĐ',
    'ĐKĐĐ',
    'QĐTC',
    'ĐT',
    'ĐB',
    'ĐBI',
    'ĐBP',
    'ĐBĐ',
    'CNĐK',
    'ĐK',
    'VPĐK',
    'GCNĐKDN',
    'GCNĐKKD',
    // Trích lục thay đổi (hộ tịch): TL + TĐ, as TLKS, TLKT, TLKH name the other extracts.
    'TLTĐ',
    'QSDĐ',
    // Lao động - Thương binh và Xã hội (`…/QĐ-SLĐTBXH`, `…/LĐTBXH-BTXH`).
    'LĐTBXH',
    'SLĐTBXH',
    // The receipt of a product declaration (NĐ 15/2018/NĐ-CP Mẫu 03: `Số: …/20…/ĐKSP`).
    'ĐKSP',
  ].map((g) => [foldAccents(g).toUpperCase(), g]),
);

/** The known symbol groups that carry a `Đ`, as printed. */
export const D_SYMBOL_GROUPS: readonly string[] = [...SYMBOL_GROUPS.values()];

/** Whether `group` (upper case, `Đ` printed or lost) is one of the known symbol groups that carry a `Đ`. */
export function isSymbolGroup(group: string): boolean {
  return SYMBOL_GROUPS.has(foldAccents(group).toUpperCase());
}

/** `05/QD-UBND` → `05/QĐ-UBND`: restores `Đ` in known symbol groups; other groups are kept. */
export function restoreSymbol(symbol: string): string {
  return symbol.replace(/[A-ZĐ]+/g, (g) => SYMBOL_GROUPS.get(foldAccents(g).toUpperCase()) ?? g);
}

/**
 * Restores diacritics word by word with the dictionary (longest match first). Only words without any
 * diacritics are replaced; separators are kept as printed. The result keeps the case of the first letter of
 * each word (all-caps input stays all caps).
 */
export function restoreDiacritics(text: string, options: { minWords?: number } = {}): string {
  const minWords = options.minWords ?? 1;
  const tokens = text.split(/([^\p{L}\p{N}]+)/u);
  // tokens: word, sep, word, sep, ... (words at even indexes). Only words printed without diacritics qualify.
  const lower = tokens.map((t, k) => (k % 2 === 0 ? t.toLowerCase() : ''));
  const plain = tokens.map((t, k) => k % 2 === 0 && t !== '' && /^[a-z0-9]+$/.test(lower[k] ?? ''));
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const word = tokens[i] ?? '';
    let matched = false;
    if (plain[i]) {
      for (let n = Math.min(maxWords, Math.ceil((tokens.length - i) / 2)); n >= minWords; n--) {
        let key = '';
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          ok = plain[i + 2 * k] === true;
          key += k === 0 ? lower[i] : ` ${lower[i + 2 * k]}`;
        }
        if (!ok) continue;
        const found = DICT.get(key);
        if (!found) continue;
        const restored = found.split(' ');
        for (let k = 0; k < n; k++) {
          out.push(matchCase(tokens[i + 2 * k] ?? '', restored[k] ?? ''));
          if (k < n - 1 || i + 2 * k + 1 < tokens.length) out.push(tokens[i + 2 * k + 1] ?? '');
        }
        i += 2 * n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push(word, tokens[i + 1] ?? '');
      i += 2;
    }
  }
  return out.join('').normalize('NFC');
}

function matchCase(printed: string, restored: string): string {
  if (printed.length > 1 && printed === printed.toUpperCase()) return restored.toUpperCase();
  if (printed === printed.toLowerCase()) return restored.toLowerCase();
  return restored.charAt(0).toUpperCase() + restored.slice(1).toLowerCase();
}

/** Common Vietnamese name syllables whose accented form is (nearly) unambiguous. */
const NAME_SYLLABLES = new Map(
  [
    'Nguyễn',
    'Trần',
    'Phạm',
    'Hoàng',
    'Huỳnh',
    'Phan',
    'Vũ',
    'Võ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Ngô',
    'Dương',
    'Lò',
    'Quàng',
    'Cầm',
    'Giàng',
    'Sùng',
    'Thào',
    'Văn',
    'Thị',
    'Đức',
    'Hùng',
    'Tuấn',
    'Thủy',
    'Hương',
    'Hường',
    'Dũng',
    'Quý',
    'Phương',
    'Thắng',
    'Trường',
    'Cường',
    'Nhung',
    'Hạnh',
    'Thảo',
    'Hiền',
    'Tiến',
    'Quỳnh',
    'Lường',
    'Khoàng',
    'Tòng',
    'Điêu',
  ].map((n) => [foldAccents(n), n]),
);

/** Title-cases a name read without diacritics and restores the unambiguous syllables. */
export function restoreName(text: string): string {
  return text
    .split(/(\s+)/)
    .map((w) => {
      if (/^\s*$/.test(w)) return w;
      const lower = w.toLowerCase();
      const known = foldAccents(w) === lower ? NAME_SYLLABLES.get(lower) : undefined;
      const base = known ?? lower;
      return base.charAt(0).toUpperCase() + base.slice(1);
    })
    .join('')
    .normalize('NFC');
}
