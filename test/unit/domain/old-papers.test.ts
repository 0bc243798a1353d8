/**
 * Results issued long ago that are still valid, on the forms of their time (held-out 8 dev classes; texts written
 * here, names and numbers invented): symbols before ND 110/2004 (`Số 123 QĐ/UB`), a number with a two-digit
 * year, an issuer printed under the title with only its tier in the signature, and the old names of a type.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { extractDocNumber } from '#shared/domain/doc-number.ts';
import { prepareText } from '#shared/domain/document-text.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

describe('a symbol as papers before ND 110/2004 printed it', () => {
  const decision = (numberLine: string) =>
    doc(
      'UỶ BAN NHÂN DÂN',
      'HUYỆN THANH CHƯƠNG',
      ...MOTTO,
      `${numberLine}          Thanh Chương, ngày 04 tháng 3 năm 1998`,
      'QUYẾT ĐỊNH',
      'V/v cho phép chuyển mục đích sử dụng đất',
      'CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN THANH CHƯƠNG',
      'QUYẾT ĐỊNH:',
      'Điều 1. Cho phép bà Trần Thị Mận chuyển 120 m² đất vườn sang đất ở tại thửa 88, tờ bản đồ số 4.',
      'CHỦ TỊCH',
    );

  it('reads `Số 57 QĐ/UB` (number, space, kind and body joined by a slash) as printed', () => {
    const c = classifyText(decision('Số  57  QĐ/UB'));
    expect(c).toMatchObject({ docType: 'quyet-dinh-chuyen-muc-dich', docNumber: '57 QĐ/UB', level: 'district' });
    expect(c.issueDate).toBe('1998-03-04');
    // A typewriter's l for 1 in the number is the digit.
    expect(classifyText(decision('Số: l57 QĐ/UB')).docNumber).toBe('157 QĐ/UB');
  });

  it('counter-example: not a cited paper’s, and not mid-line', () => {
    const cited = prepareText('Căn cứ Quyết định Số 45 QĐ/UB ngày 02/01/1996 của UBND tỉnh;');
    expect(extractDocNumber(cited, ['symbol'])).toBeNull();
    const midLine = prepareText('Hồ sơ lưu tại phòng số 12 TB/UB của huyện');
    expect(extractDocNumber(midLine, ['symbol'])).toBeNull();
  });
});

describe('a number with a two-digit year (`Số: 10234/97`)', () => {
  const house = (numberLine: string, year: string) =>
    doc(
      ...MOTTO,
      'GIẤY CHỨNG NHẬN',
      'QUYỀN SỞ HỮU NHÀ Ở VÀ QUYỀN SỬ DỤNG ĐẤT Ở',
      numberLine,
      'UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG',
      'Chứng nhận: Ông Lê Văn Tám',
      'Là chủ sở hữu nhà ở và sử dụng đất ở tại: số 9 đường Hùng Vương, quận Hải Châu',
      `Đà Nẵng, ngày 12 tháng 8 năm ${year}`,
      'TM. UỶ BAN NHÂN DÂN THÀNH PHỐ',
      'CHỦ TỊCH',
    );

  it('reads it when the paper names that year, and its issuer from the line under the title (a centrally-run city)', () => {
    const c = classifyText(house('Số: 4471/99', '1999'));
    expect(c).toMatchObject({
      docType: 'gcn-quyen-so-huu-nha-o',
      docNumber: '4471/99',
      issuer: 'UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG',
      level: 'province',
      issueDate: '1999-08-12',
    });
    expect(c.warnings).not.toContain('level_uncertain');
  });

  it('counter-example: two digits that are no year the paper names are no number of this kind', () => {
    expect(classifyText(house('Số: 4471/37', '1999')).docNumber).not.toBe('4471/37');
  });

  it('counter-example: a signature naming only the tier stays a district city without a line that names it', () => {
    const c = classifyText(house('Số: 4471/99', '1999').replace('UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\n', ''));
    expect(c.level).toBe('district');
  });
});

describe('the old names of a type', () => {
  it('types a diploma of phổ thông trung học (the name before 2006) as the THPT diploma', () => {
    const c = classifyText(
      doc(
        ...MOTTO,
        'BẰNG TỐT NGHIỆP PHỔ THÔNG TRUNG HỌC',
        'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN',
        'Cấp cho: Hồ Văn Lực',
        'Đã tốt nghiệp phổ thông trung học năm học 2001 - 2002',
        'Vinh, ngày 20 tháng 7 năm 2002',
        'GIÁM ĐỐC',
        'Vào sổ cấp bằng số: 22815/PTTH',
      ),
    );
    expect(c).toMatchObject({ docType: 'bang-tot-nghiep-thpt', issueDate: '2002-07-20', level: 'province' });
  });

  it('types NĐ 94/2012’s `Giấy phép kinh doanh bán lẻ sản phẩm rượu` as the retail alcohol licence', () => {
    const c = classifyText(
      doc(
        'UBND HUYỆN NAM ĐÀN',
        'PHÒNG KINH TẾ - HẠ TẦNG',
        ...MOTTO,
        'Số: 21/GP-KTHT',
        'Nam Đàn, ngày 09 tháng 5 năm 2014',
        'GIẤY PHÉP KINH DOANH BÁN LẺ SẢN PHẨM RƯỢU',
        'Cho phép: hộ kinh doanh Nguyễn Thị Sen',
        'Được kinh doanh bán lẻ sản phẩm rượu tại địa điểm: khối 3, thị trấn Nam Đàn',
        'Giấy phép này có giá trị đến ngày 09 tháng 5 năm 2019',
        'TRƯỞNG PHÒNG',
      ),
    );
    expect(c).toMatchObject({ docType: 'giay-phep-ban-le-ruou', docNumber: '21/GP-KTHT', expiryDate: '2019-05-09' });
  });

  it('counter-example: the pre-2010 `GIẤY CHỨNG NHẬN ĐĂNG KÝ KINH DOANH` (companies and households alike) is checked', () => {
    const c = classifyText(
      doc(
        'SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH THANH HOÁ',
        ...MOTTO,
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ KINH DOANH',
        'CÔNG TY CỔ PHẦN',
        'Số: 2603000418',
        'Đăng ký lần đầu, ngày 02 tháng 4 năm 2005',
        '1. Tên công ty: CÔNG TY CỔ PHẦN ĐÁ XUÂN LAI',
        'TRƯỞNG PHÒNG ĐĂNG KÝ KINH DOANH',
      ),
    );
    expect(c.kind).toBe('result');
    expect(c.needsReview).toBe(true);
  });
});
