/**
 * A number's symbol misread on a photo (a letter read as another, or as a digit) is not accepted: the group is
 * none of the abbreviations ND 30/2020 Phụ lục III, the result papers and the issuer use, but one letter away
 * from one of them. Texts written here; the symbols printed right stay accepted.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { reviewReasons } from '#shared/domain/review.ts';
import { misreadSymbolGroup } from '#shared/domain/symbol-check.ts';

describe('misreadSymbolGroup', () => {
  it('names a group one letter from a known one, or letters with a digit among them', () => {
    expect(misreadSymbolGroup('07/TLNGMC')).toBe('TLNGMC');
    expect(misreadSymbolGroup('21/GSCN-UBND')).toBe('GSCN');
    expect(misreadSymbolGroup('05/XN-8TTTT', [], 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toBe('8TTTT');
    expect(misreadSymbolGroup('112/QĐ-UBNO')).toBe('UBNO');
  });

  it('leaves symbols as printed: ND 30 abbreviations, Đ groups, the type’s hints, the issuer’s initials, years', () => {
    expect(misreadSymbolGroup('07/TLNCMC')).toBeNull();
    expect(misreadSymbolGroup('1204/QĐ-UBND')).toBeNull();
    expect(misreadSymbolGroup('45/2024/GPXD')).toBeNull();
    expect(misreadSymbolGroup('05/XN-STTTT', [], 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toBeNull();
    expect(misreadSymbolGroup('18/GP-SYT', [], 'SỞ Y TẾ')).toBeNull();
    expect(misreadSymbolGroup('88/GPKDVT', ['GPKDVT'])).toBeNull();
    expect(misreadSymbolGroup('312/2025')).toBeNull();
    // A group far from every known one is another body's own code, not a misreading.
    expect(misreadSymbolGroup('14/QĐ-PKTHT')).toBeNull();
  });
});

describe('a result whose number carries a misread symbol goes to review', () => {
  const extract = (symbol: string) =>
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ NẬM KÈ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: 07/${symbol}`,
      'TRÍCH LỤC',
      'ĐĂNG KÝ NHẬN CHA, MẸ, CON',
      'Họ, chữ đệm, tên người nhận: Lò Văn Piếng',
      'Họ, chữ đệm, tên người được nhận là con: Lò Thị Mai',
      'Nơi đăng ký: Ủy ban nhân dân xã Nậm Kè, tỉnh Điện Biên',
      'Ngày, tháng, năm đăng ký: 09/10/2025',
      'Nậm Kè, ngày 09 tháng 10 năm 2025',
      'NGƯỜI KÝ TRÍCH LỤC',
    ].join('\n');

  it('TLNGMC for TLNCMC: doc_number_uncertain; the symbol as printed is accepted', () => {
    const misread = classifyText(extract('TLNGMC'), { referenceDate: '2026-12-01' });
    const printed = classifyText(extract('TLNCMC'), { referenceDate: '2026-12-01' });
    expect(printed.kind).toBe('result');
    expect(printed.docNumber).toBe('07/TLNCMC');
    expect(reviewReasons(printed)).not.toContain('doc_number_uncertain');
    expect(reviewReasons(misread)).toContain('doc_number_uncertain');
  });
});

describe('a capital L read for a 1 among a number’s digits goes to review, but not in a registration code', () => {
  const diploma = (number: string) =>
    [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
      'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
      'Cấp cho: Quàng Thị Hoa',
      'Ngày sinh: 14/02/2006',
      'Năm tốt nghiệp: 2024',
      'Xếp loại tốt nghiệp: Khá',
      'Điện Biên, ngày 20 tháng 7 năm 2024',
      'GIÁM ĐỐC',
      `Số vào sổ cấp bằng: ${number}`,
    ].join('\n');

  it('23L0/2024 for 2310/2024 is doc_number_uncertain; 2310/2024 is not', () => {
    const misread = classifyText(diploma('23L0/2024'), { referenceDate: '2026-12-01' });
    const printed = classifyText(diploma('2310/2024'), { referenceDate: '2026-12-01' });
    expect(printed.docType).toBe('bang-tot-nghiep-thpt');
    expect(printed.docNumber).toBe('2310/2024');
    expect(reviewReasons(printed)).not.toContain('doc_number_uncertain');
    expect(reviewReasons(misread)).toContain('doc_number_uncertain');
  });
});
