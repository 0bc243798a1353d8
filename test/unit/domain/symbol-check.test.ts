/**
 * A number's symbol misread on a photo (a letter read as another, or as a digit) is not accepted: the group is
 * none of the abbreviations ND 30/2020 Phụ lục III, the result papers and the issuer use, but one letter away
 * from one of them. Texts written here; the symbols printed right stay accepted.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { reviewReasons } from '#shared/domain/review.ts';
import { misreadSymbolGroup, strokeLostGroup } from '#shared/domain/symbol-check.ts';

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
    // A Sở's own abbreviation stands when the OCR lost the issuer's line (SYT is one letter from SCT).
    expect(misreadSymbolGroup('2474/CCHND-SYT', ['CCHND'], 'UBND TỈNH ĐIỆN BIÊN')).toBeNull();
    expect(misreadSymbolGroup('2474/CCHND-SVT', ['CCHND'], 'UBND TỈNH ĐIỆN BIÊN')).toBe('SVT');
    // A group far from every known one is another body's own code, not a misreading.
    expect(misreadSymbolGroup('14/QĐ-PKTHT')).toBeNull();
  });
});

describe('strokeLostGroup: text without diacritics has read every Đ of a symbol as D', () => {
  it('names a group with a D that no known group, hint or issuer initial prints so', () => {
    expect(strokeLostGroup('19/GCNDDK-SCT')).toBe('GCNDDK');
    expect(strokeLostGroup('07/GPDKD-UBND')).toBe('GPDKD');
  });

  it('leaves groups whose D is known: ND 30’s, the Đ groups as restored, joins of two, the issuer’s initials', () => {
    expect(strokeLostGroup('112/QĐ-UBND')).toBeNull();
    expect(strokeLostGroup('19/GCNĐĐK-SCT')).toBeNull();
    expect(strokeLostGroup('15/GP-SYT')).toBeNull();
    expect(strokeLostGroup('19/GPXD-SXD', [], 'UBND TỈNH ĐIỆN BIÊN / SO XAY DUNG')).toBeNull();
    expect(strokeLostGroup('905/QĐ-SGDĐT', [], 'SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toBeNull();
    expect(strokeLostGroup('905/QĐ-SGDDT', [], 'SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toBe('SGDDT');
    // The body's initials without the territory after its name.
    expect(strokeLostGroup('101/GPXD-SXD', [], 'SỞ XÂY DỰNG TỈNH ĐIỆN BIÊN')).toBeNull();
  });

  it('sends a Textract reading whose symbol lost its Đ to review, and only text without diacritics', () => {
    const permit = (symbol: string) =>
      [
        'UBND TINH DIEN BIEN',
        'SO CONG THUONG',
        'CONG HOA XA HOI CHU NGHIA VIET NAM',
        'Doc lap - Tu do - Hanh phuc',
        `So: 19/${symbol}-SCT`,
        'Dien Bien, ngay 12 thang 5 nam 2025',
        'GIAY CHUNG NHAN',
        'CUA HANG DU DIEU KIEN BAN LE XANG DAU',
        'Cap cho: Cong ty TNHH Xang dau Muong Thanh',
        'GIAM DOC',
      ].join('\n');
    const lost = classifyText(
      {
        engine: 'textract',
        pages: [
          {
            pageNumber: 1,
            lines: permit('GCNDDK')
              .split('\n')
              .map((text) => ({ text, confidence: 0.99 })),
          },
        ],
      },
      { referenceDate: '2026-12-01' },
    );
    expect(lost.kind).toBe('result');
    expect(reviewReasons(lost)).toContain('doc_number_uncertain');
    const accented = classifyText(
      [
        'UBND TỈNH ĐIỆN BIÊN',
        'SỞ CÔNG THƯƠNG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 19/GCNDDK-SCT',
        'Điện Biên, ngày 12 tháng 5 năm 2025',
        'GIẤY CHỨNG NHẬN',
        'CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU',
        'Cấp cho: Công ty TNHH Xăng dầu Mường Thanh',
        'GIÁM ĐỐC',
      ].join('\n'),
      { referenceDate: '2026-12-01' },
    );
    expect(reviewReasons(accented)).not.toContain('doc_number_uncertain');
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
