/**
 * The document's own number, issue date and expiry on forms whose fields are not ND 30's `Số: n/symbol`
 * (issue 9, second held-out set's cause classes). Texts written here from the published forms; each rule has a
 * counter-example that must not change.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { findWordsDates } from '#shared/domain/dates.ts';
import { extractDocNumber } from '#shared/domain/doc-number.ts';
import { prepareText } from '#shared/domain/document-text.ts';
import { stripDiacriticsKeepCase } from './textract-like.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const number = (text: string, sources: Parameters<typeof extractDocNumber>[1] = ['symbol', 'plain']) =>
  extractDocNumber(prepareText(text), sources);

describe('letter-prefixed and code-style numbers after the form’s own label', () => {
  /** NĐ 152/2020/NĐ-CP Mẫu 12/PLI (kept by NĐ 219/2025): `Số/No:` then province letters and digits. */
  const workPermit = (no: string) =>
    doc(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ NỘI VỤ',
      ...MOTTO,
      'GIẤY PHÉP LAO ĐỘNG',
      'WORK PERMIT',
      no,
      '1. Họ và tên/Full name: PARK JI HOON',
      '2. Ngày sinh/Date of birth: 03/02/1979   3. Quốc tịch/Nationality: Hàn Quốc',
      '4. Số hộ chiếu/Passport number: M12345678',
      '5. Làm việc tại/Working at: Công ty TNHH May Nậm Rốm',
      '6. Thời hạn làm việc từ ngày 15/01/2026 đến ngày 14/01/2028',
      'Điện Biên, ngày 08 tháng 01 năm 2026',
      'GIÁM ĐỐC',
    );

  it('reads a work permit’s `Số/No: ĐB…` number', () => {
    const c = classifyText(workPermit('Số/No: ĐB2600117'));
    expect(c).toMatchObject({ docType: 'giay-phep-lao-dong', docNumber: 'ĐB2600117', issueDate: '2026-01-08' });
    expect(c.reviewReasons).not.toContain('missing_doc_number');
  });

  it('never reads the passport number as the permit’s, and never makes a number of a word', () => {
    expect(classifyText(workPermit('Số/No:')).reviewReasons).toContain('missing_doc_number');
    expect(number('Số hộ chiếu/Passport number: M12345678')).toBeNull();
    expect(number('Số: ABCD')).toBeNull();
    expect(number('Số: Hà123')).toBeNull();
  });

  it('keeps a number OCR began with O as digits (`Số: O41276` is 041276)', () => {
    expect(number('Số: O41276')?.docNumber).toBe('041276');
  });

  it('reads the construction practice certificate code (`Mã số chứng chỉ: DIB-…`, `BXD-…`)', () => {
    expect(number('Mã số chứng chỉ: DIB-00098765')?.docNumber).toBe('DIB-00098765');
    expect(number('Mã số chứng chỉ hành nghề: BXD-00054321')?.docNumber).toBe('BXD-00054321');
    expect(number('Số: HCM-00011223')?.docNumber).toBe('HCM-00011223');
  });

  /**
   * NĐ 15/2021/NĐ-CP Mẫu số 06 Phụ lục IV: the code's letters name the issuer, from the list of TT 17/2016/TT-BXD
   * (NĐ 15/2021 art. 63), which spells every province in plain letters (Điện Biên DIB, Đà Nẵng DNA, Đồng Nai DON).
   */
  const practiceCert = (header: string[], place: string, code = 'DNA-00098765') =>
    doc(
      ...header,
      ...MOTTO,
      `${place}, ngày 14 tháng 5 năm 2025`,
      'CHỨNG CHỈ HÀNH NGHỀ HOẠT ĐỘNG XÂY DỰNG',
      `Mã số chứng chỉ: ${code}`,
      'Họ và tên: Lò Văn Sơn',
      'Lĩnh vực hành nghề: Thiết kế kết cấu công trình dân dụng   Hạng: III',
      'Chứng chỉ có giá trị đến hết ngày: 14/5/2030',
      'GIÁM ĐỐC',
    );

  it('never gives a practice certificate code a Đ (TT 17/2016/TT-BXD list: Đà Nẵng is DNA), with or without diacritics', () => {
    const cert = practiceCert(['UBND THÀNH PHỐ ĐÀ NẴNG', 'SỞ XÂY DỰNG'], 'Đà Nẵng');
    expect(classifyText(cert)).toMatchObject({ docNumber: 'DNA-00098765', needsReview: false });
    expect(classifyText(stripDiacriticsKeepCase(cert))).toMatchObject({
      docNumber: 'DNA-00098765',
      needsReview: false,
    });
    // The text's marks half lost (`ĐÀ NANG`), the code as printed: still plain letters.
    const worn = cert.replace('UBND THÀNH PHỐ ĐÀ NẴNG', 'UBND THÀNH PHO ĐÀ NANG');
    expect(classifyText(worn)).toMatchObject({ docNumber: 'DNA-00098765', needsReview: false });
    // A Đ typed into the code is the list's D.
    expect(number('Mã số chứng chỉ: ĐON-00076543')).toMatchObject({ docNumber: 'DON-00076543' });
    expect(number('Mã số chứng chỉ: ĐON-00076543')?.uncertain).toBeUndefined();
  });

  it('sends a practice certificate code whose letters are not in the list to review (misread, or no such code)', () => {
    expect(number(doc('UBND TINH DIEN BIEN', 'Ma so chung chi: DNB-00012345'))).toMatchObject({
      docNumber: 'DNB-00012345',
      uncertain: true,
    });
    expect(number(doc('UBND TINH DIEN BIEN', 'Ma so chung chi: DIE-00012345'))?.uncertain).toBe(true);
    const folded = classifyText(stripDiacriticsKeepCase(practiceCert(['SỞ XÂY DỰNG'], 'Mường Lay', 'DOB-00098765')));
    expect(folded.reviewReasons).toContain('doc_number_uncertain');
  });

  /** NĐ 152/2020/NĐ-CP Mẫu 12/PLI, bilingual: `Số/No:` province letters, year, serial; the work term. */
  const bilingualPermit = (no: string) =>
    doc(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ NỘI VỤ',
      ...MOTTO,
      'GIẤY PHÉP LAO ĐỘNG',
      'WORK PERMIT',
      `Số/No: ${no}`,
      '1. Họ và tên/Full name: NGUYEN THI LAN ANH   2. Giới tính/Sex: Nữ/Female',
      '3. Ngày sinh/Date of birth: 21/10/1990   4. Quốc tịch/Nationality: Lào/Laos',
      '5. Số hộ chiếu/Passport number: P2231907',
      '6. Làm việc tại/Working at: Công ty CP Xi măng Điện Biên',
      '7. Thời hạn làm việc/Period of work: từ ngày/from 15/4/2025 đến ngày/to 14/4/2027',
      'Điện Biên, ngày 02 tháng 4 năm 2025',
      'GIÁM ĐỐC',
    );

  it('reads a work permit’s `DB25-0112` number as printed, and its bilingual work term as its expiry', () => {
    expect(classifyText(bilingualPermit('DB25-0112'))).toMatchObject({
      docType: 'giay-phep-lao-dong',
      docNumber: 'DB25-0112',
      issueDate: '2025-04-02',
      expiryDate: '2027-04-14',
      needsReview: false,
    });
    // Without diacritics its D may have been a Đ the labour system printed: read, and checked.
    const folded = classifyText(stripDiacriticsKeepCase(bilingualPermit('DB25-0112')));
    expect(folded).toMatchObject({ docNumber: 'DB25-0112', expiryDate: '2027-04-14' });
    expect(folded.reviewReasons).toContain('doc_number_uncertain');
    expect(number('Số/No: HN24-01567')?.docNumber).toBe('HN24-01567');
  });

  it('reads a tour guide card’s 9-digit number and printed end date (TT 06/2017/TT-BVHTTDL)', () => {
    const card = doc(
      'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'THẺ HƯỚNG DẪN VIÊN DU LỊCH QUỐC TẾ',
      'INTERNATIONAL TOUR GUIDE',
      'Số thẻ/Card No: 262241093',
      'Họ và tên/Full name: LƯỜNG VĂN HẢI',
      'Nơi cấp/Issued by: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên',
      'Ngày cấp/Date of issue: 19/3/2024',
      'Ngày hết hạn/Date of expiry: 19/3/2029',
    );
    expect(classifyText(card)).toMatchObject({
      docNumber: '262241093',
      issueDate: '2024-03-19',
      expiryDate: '2029-03-19',
    });
    // A card number cited in another paper's sentence is not a label.
    expect(number('Số thẻ bảo hiểm y tế của ông là 1234567')).toBeNull();
  });

  it('trusts a D the text spells out in words the dictionary knows (`BO XAY DUNG` for BXD), not an unknown one', () => {
    expect(number(doc('BO XAY DUNG', 'Ma so chung chi: BXD-00054321'))).toMatchObject({ docNumber: 'BXD-00054321' });
    expect(number(doc('BO XAY DUNG', 'Ma so chung chi: BXD-00054321'))?.uncertain).toBeUndefined();
    expect(number(doc('CUC DUONG BO', 'Ma so: CDB-00054321'))?.uncertain).toBe(true);
  });

  it('reads an investment project code after `Mã số dự án:`', () => {
    expect(number('Mã số dự án: 7341209856')?.docNumber).toBe('7341209856');
  });

  it('keeps a last symbol group printed after a space (`…/SVHTTDL-GP LHNĐ`), never a word after the number', () => {
    expect(number('Số giấy phép: 11-204/2024/SVHTTDL-GP LHNĐ\nCấp cho: Công ty')?.docNumber).toBe(
      '11-204/2024/SVHTTDL-GP LHNĐ',
    );
    expect(number(stripDiacriticsKeepCase('Số giấy phép: 11-204/2024/SVHTTDL-GP LHNĐ'))?.docNumber).toBe(
      '11-204/2024/SVHTTDL-GP LHNĐ',
    );
    expect(number('Số: 31/QĐ-UBND Điện Biên, ngày 01 tháng 02 năm 2024')?.docNumber).toBe('31/QĐ-UBND');
    expect(number('Số: 31/QĐ-UBND CỘNG HÒA XÃ HỘI')?.docNumber).toBe('31/QĐ-UBND');
    expect(number('Số: 31/QĐ-UBND HUYỆN')?.docNumber).toBe('31/QĐ-UBND');
  });
});

describe('the number after a sector form’s longer label', () => {
  it.each([
    ['Số CCHN: 2207/CCHN-D-SYT-ĐB', '2207/CCHN-D-SYT-ĐB'],
    ['Số chứng chỉ hành nghề: 2207/CCHN-D-SYT-ĐB', '2207/CCHN-D-SYT-ĐB'],
    ['Số giấy phép hành nghề: 004417/ĐB-GPHN', '004417/ĐB-GPHN'],
    ['Số giấy phép hoạt động: 031/ĐB-GPHĐ', '031/ĐB-GPHĐ'],
    ['Số đăng ký: ĐB-00108-TS', 'ĐB-00108-TS'],
    ['Số giấy phép: 11-204/2024/SVHTTDL-GP LHNĐ   Điện Biên, ngày 13 tháng 3 năm 2024', '11-204/2024/SVHTTDL-GP LHNĐ'],
  ])('reads %j', (text, docNumber) => {
    expect(number(text)?.docNumber).toBe(docNumber);
  });

  it('never reads a plate, a phone or an ID number as the paper’s', () => {
    expect(number('Biển số đăng ký: 27B1-089.14')).toBeNull();
    expect(number('Số điện thoại: 0215.3825.123')).toBeNull();
    expect(number('Số định danh cá nhân: 011085004477')).toBeNull();
  });
});

describe('the register number of the 2004-era land certificate', () => {
  const redBook = (register: string) =>
    doc(
      ...MOTTO,
      'GIẤY CHỨNG NHẬN',
      'QUYỀN SỬ DỤNG ĐẤT',
      'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG CHÀ',
      'chứng nhận hộ bà Giàng Thị Mỷ được quyền sử dụng thửa đất',
      'Thửa đất số: 52   Tờ bản đồ số: 11',
      'Mường Chà, ngày 09 tháng 6 năm 2006',
      'TM. ỦY BAN NHÂN DÂN HUYỆN',
      'AB 778812',
      register,
    );

  it('reads the entry with `QSDĐ/` and the granting decision (QĐ 24/2004 form) as the number', () => {
    const c = classifyText(redBook('Số vào sổ cấp giấy chứng nhận quyền sử dụng đất: 01442 QSDĐ/205/QĐ-UBND'));
    expect(c).toMatchObject({ docType: 'gcn-qsdd-ca-nhan', docNumber: '01442 QSDĐ/205/QĐ-UBND', needsReview: false });
    const textract = classifyText(
      stripDiacriticsKeepCase(redBook('Số vào sổ cấp giấy chứng nhận quyền sử dụng đất: 01442 QSDĐ/205/QĐ-UBND')),
    );
    expect(textract.docNumber).toBe('01442 QSDĐ/205/QĐ-UBND');
  });

  it('still checks a bare `QSDĐ/…` suffix, and leaves plain entries and lettered registers as they were', () => {
    const bare = classifyText(redBook('Số vào sổ cấp giấy chứng nhận quyền sử dụng đất: 01442 QSDĐ/MC'));
    expect(bare.reviewReasons).toEqual(['doc_number_uncertain']);
    expect(number('Số vào sổ cấp GCN: CH04411', ['register'])?.docNumber).toBe('CH04411');
    expect(number('Số vào sổ cấp GCN: 01442', ['register'])?.docNumber).toBe('01442');
  });

  it('reads a register entry OCR began with O (`O00871`) as digits', () => {
    expect(number('Số vào sổ cấp Giấy chứng nhận: O00871', ['register'])?.docNumber).toBe('000871');
  });
});

describe('a dependent unit’s certificate is numbered by the unit’s own code', () => {
  /** TT 01/2021/TT-BKHĐT: the location's 5-digit code on top, the enterprise's code among its details. */
  const location = (code: string, order: 'form' | 'enterprise first' = 'form') => {
    const own = ['Mã số địa điểm kinh doanh:', code];
    const enterprise = '3. Thông tin về doanh nghiệp: Mã số doanh nghiệp: 5600234517';
    return doc(
      'SỞ TÀI CHÍNH TỈNH ĐIỆN BIÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'PHÒNG ĐĂNG KÝ KINH DOANH   Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐỊA ĐIỂM KINH DOANH',
      ...(order === 'form' ? own : [enterprise]),
      'Đăng ký lần đầu: ngày 02 tháng 10 năm 2025',
      '1. Tên địa điểm kinh doanh: KHO VẬT TƯ NÔNG NGHIỆP - CÔNG TY TNHH NÔNG SẢN MƯỜNG PHĂNG',
      '2. Địa chỉ địa điểm kinh doanh: bản Co Mận, xã Mường Phăng, tỉnh Điện Biên',
      ...(order === 'form' ? [enterprise] : own),
      'TRƯỞNG PHÒNG',
    );
  };

  it('takes the location code, not the enterprise code, wherever the OCR puts it', () => {
    expect(classifyText(location('00012'))).toMatchObject({ docNumber: '00012', needsReview: false });
    expect(classifyText(location('00012', 'enterprise first')).docNumber).toBe('00012');
  });

  it('never accepts the enterprise code in place of an unreadable location code', () => {
    const c = classifyText(location('.....'));
    expect(c.reviewReasons).toContain('doc_number_uncertain');
  });

  it('takes a branch’s own code, and a location’s before its parent branch’s', () => {
    expect(
      number('Mã số doanh nghiệp: 5600234517\nMã số chi nhánh: 5600234517-002', ['business-code'])?.docNumber,
    ).toBe('5600234517-002');
    expect(
      number('Mã số chi nhánh: 5600234517-002\nMã số địa điểm kinh doanh: 00004', ['business-code'])?.docNumber,
    ).toBe('00004');
  });

  it('leaves an enterprise’s own certificate numbered by its enterprise code', () => {
    expect(number('Mã số doanh nghiệp: 5600234517', ['business-code'])).toMatchObject({
      docNumber: '5600234517',
    });
    expect(number('Mã số doanh nghiệp: 5600234517', ['business-code'])?.uncertain).toBeUndefined();
  });
});

describe('a permission decision’s own term is its expiry; other terms in it are not', () => {
  /** An ND 30 decision allowing a centre to operate (NĐ 46/2017 as amended by NĐ 125/2024), its term in Điều 1. */
  const permission = (term: string, extra: string[] = []) =>
    doc(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      ...MOTTO,
      'Số: 377/QĐ-SGDĐT',
      'Điện Biên, ngày 12 tháng 3 năm 2025',
      'QUYẾT ĐỊNH',
      'Cho phép Trung tâm Kỹ năng sống Hoa Ban hoạt động giáo dục',
      'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Căn cứ Nghị định số 125/2024/NĐ-CP ngày 05/10/2024 của Chính phủ;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Cho phép Trung tâm Kỹ năng sống Hoa Ban, tổ 9, phường Nam Thanh hoạt động giáo dục.',
      term,
      ...extra,
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'GIÁM ĐỐC',
    );

  it('reads `Thời hạn hoạt động: 03 năm kể từ ngày ký` as the permission’s expiry', () => {
    const c = classifyText(permission('Thời hạn hoạt động: 03 năm kể từ ngày ký.'));
    expect(c).toMatchObject({
      docType: 'quyet-dinh-cho-phep-hoat-dong-giao-duc',
      issueDate: '2025-03-12',
      expiryDate: '2028-03-12',
    });
  });

  it('reads the operating term printed as a period or with its activity named', () => {
    expect(classifyText(permission('Thời hạn hoạt động: từ ngày 12/3/2025 đến ngày 11/3/2030.')).expiryDate).toBe(
      '2030-03-11',
    );
    expect(classifyText(permission('Thời hạn hoạt động giáo dục: 03 năm kể từ ngày ký.')).expiryDate).toBe(
      '2028-03-12',
    );
    expect(classifyText(permission('Thời hạn hoạt động của công ty: 50 năm kể từ ngày ký.')).expiryDate).toBeNull();
  });

  it('reads a term written in words (`hai năm`, `năm (05) năm`)', () => {
    expect(classifyText(permission('Thời hạn cho phép hoạt động: hai năm kể từ ngày ký.')).expiryDate).toBe(
      '2027-03-12',
    );
    expect(classifyText(permission('Quyết định có giá trị năm (05) năm kể từ ngày ký.')).expiryDate).toBe('2030-03-12');
  });

  it('sends a term left blank to review instead of accepting no expiry', () => {
    const c = classifyText(permission('Quyết định có giá trị ....... năm kể từ ngày ký.'));
    expect(c.expiryDate).toBeNull();
    expect(c.reviewReasons).toContain('expiry_uncertain');
  });

  it('never takes an investment project’s operating term, a start month or an effective date for the expiry', () => {
    expect(classifyText(permission('Thời hạn hoạt động của dự án: 50 năm kể từ ngày ký.')).expiryDate).toBeNull();
    expect(
      classifyText(
        permission('Thời hạn hoạt động: 50 năm kể từ ngày ký.', ['Nhà đầu tư: Công ty CP Giáo dục Hoa Ban.']),
      ).expiryDate,
    ).toBeNull();
    expect(classifyText(permission('Thời gian bắt đầu hoạt động: từ tháng 4 năm 2025.')).expiryDate).toBeNull();
    expect(classifyText(permission('Trung tâm có giá trị sau tháng 6 năm học.')).expiryDate).toBeNull();
    const open = classifyText(permission(''));
    expect(open).toMatchObject({ expiryDate: null, needsReview: false });
  });
});

describe('a permit that names its own validity, whatever its name holds', () => {
  const works = (line: string) =>
    doc(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ XÂY DỰNG',
      ...MOTTO,
      'Số: 41/GPTC-SXD',
      'Điện Biên, ngày 02 tháng 6 năm 2025',
      'GIẤY PHÉP THI CÔNG',
      'Công trình: Hạ ngầm cáp viễn thông dọc Quốc lộ 12, đoạn Km 3+100 - Km 4+020',
      '1. Cấp cho: Công ty TNHH Viễn thông Mường Thanh',
      '2. Thời gian thi công: từ ngày 10/6/2025 đến ngày 31/8/2025',
      line,
      'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
    );

  it('reads `Giấy phép thi công có giá trị đến ngày …` as its expiry, not the works period', () => {
    expect(classifyText(works('3. Giấy phép thi công có giá trị đến ngày 15/9/2025')).expiryDate).toBe('2025-09-15');
    expect(classifyText(works('')).expiryDate).toBeNull();
  });
});

describe('a certification dated in words in its lời chứng', () => {
  /** TT 01/2020/TT-BTP lời chứng of a signature certification, its date written only in words. */
  const lastPage = (dateLine: string, more: string[] = []) =>
    doc(
      ...more,
      dateLine,
      'Tôi, Quàng Văn Thoại, Phó Chủ tịch Ủy ban nhân dân xã Mường Phăng',
      'Chứng thực: Bà Lò Thị Nhung đã ký vào giấy tờ, văn bản này trước mặt tôi.',
      'Số chứng thực: 214, quyển số 01/2025-SCT/CK,ĐC',
      'NGƯỜI THỰC HIỆN CHỨNG THỰC',
    );

  it('reads `Hôm nay, ngày hai mươi tư tháng tư năm …, tại …` as the certification’s date', () => {
    const c = classifyText(
      lastPage(
        'Hôm nay, ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi lăm, tại Ủy ban nhân dân xã Mường Phăng, tỉnh Điện Biên',
      ),
    );
    expect(c).toMatchObject({ docType: 'chung-thuc-chu-ky', docNumber: '214', issueDate: '2025-04-24' });
    expect(c.reviewReasons).not.toContain('missing_issue_date');
  });

  it('reads `ngày mùng …` days and text without diacritics alike', () => {
    const line = 'Ngày mùng chín tháng mười năm hai nghìn không trăm hai mươi tư, tại UBND xã Mường Phăng';
    expect(classifyText(lastPage(line)).issueDate).toBe('2024-10-09');
    expect(classifyText(stripDiacriticsKeepCase(lastPage(line))).issueDate).toBe('2024-10-09');
  });

  it('never dates the certification by the certified paper’s own date or a birth in words', () => {
    const paper = [
      ...MOTTO,
      'GIẤY ỦY QUYỀN',
      'Hôm nay, ngày mười hai tháng ba năm hai nghìn không trăm hai mươi lăm, tại bản Che Căn',
      'Bên ủy quyền: Lò Thị Nhung',
      'Bên được ủy quyền: Lò Văn Hặc',
      'Nội dung ủy quyền: nhận Giấy chứng nhận quyền sử dụng đất tại bộ phận một cửa',
      'BÊN ỦY QUYỀN BÊN ĐƯỢC ỦY QUYỀN',
      'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
    ];
    const blank = classifyText(lastPage('Ngày ..... tháng ..... năm ........, tại UBND xã Mường Phăng', paper));
    expect(blank.issueDate).toBeNull();
    expect(blank.needsReview).toBe(true);
    const birth = classifyText(
      lastPage('Bà Lò Thị Nhung, sinh ngày mười hai tháng ba năm một nghìn chín trăm tám mươi, tại Mường Phăng'),
    );
    expect(birth.issueDate).toBeNull();
  });
});

describe('findWordsDates', () => {
  it('ends the year at the comma after its last word (`… hai mươi mốt, tại`), not one word short', () => {
    const folded = 'ngay muoi lam thang muoi hai nam hai nghin khong tram hai muoi mot, tai ubnd phuong';
    const [d] = findWordsDates(folded);
    expect(d?.iso).toBe('2021-12-15');
    expect(folded.slice(d?.end ?? 0)).toBe(', tai ubnd phuong');
  });

  it('never skips a figure to find month words (`ngày hai tháng ba 2024 năm hai nghìn` is no date in words)', () => {
    expect(findWordsDates('ngay hai thang ba 2024 nam hai nghin')).toEqual([]);
  });
});

describe('a Đ the OCR lost in a symbol, restored only from the document’s own text', () => {
  const symbol = (text: string) => number(text, ['symbol'])?.docNumber;

  it('restores it from the words the group abbreviates (the issuer, the title)', () => {
    expect(symbol(doc('UBND TỈNH ĐIỆN BIÊN', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 377/QĐ-SGDDT'))).toBe('377/QĐ-SGDĐT');
    expect(
      symbol(
        doc(
          'Số: 08/2024/CNDDK-BVTV',
          'GIẤY CHỨNG NHẬN',
          'ĐỦ ĐIỀU KIỆN BUÔN BÁN THUỐC BẢO VỆ THỰC VẬT',
          'Tên cơ sở: Đại lý vật tư nông nghiệp Nà Nhạn',
        ),
      ),
    ).toBe('08/2024/CNĐĐK-BVTV');
  });

  it('restores it in text without diacritics from the issuer’s words as the dictionary reads them', () => {
    expect(symbol(doc('UBND TINH DIEN BIEN', 'SO GIAO DUC VA DAO TAO', 'So: 377/QD-SGDDT'))).toBe('377/QĐ-SGDĐT');
    expect(symbol(doc('SO XAY DUNG', 'So: 12/GPXD-SXD'))).toBe('12/GPXD-SXD');
  });

  it('restores it from the same group printed with its Đ elsewhere (`Lưu: VT, PQLĐT.`)', () => {
    expect(symbol(doc('Số: 44/GP-PQLDT', 'Nơi nhận:', '- Lưu: VT, PQLĐT.'))).toBe('44/GP-PQLĐT');
  });

  it('keeps the group as printed when the text spells it with a plain D, two ways, or not at all', () => {
    expect(symbol(doc('Số: 12/GPXD-UBND', 'GIẤY PHÉP XÂY DỰNG'))).toBe('12/GPXD-UBND');
    // `DAT DIEU KIEN` (đạt? đất?) is no phrase the dictionary knows: its D-words spell nothing.
    expect(symbol(doc('So: 08/2024/GCN-DDKT', 'GIAY CHUNG NHAN DAT DIEU KIEN KY THUAT'))).toBe('08/2024/GCN-DDKT');
    expect(symbol(doc('Số: 5/GP-KDDT', 'Lưu: VT, KĐDT, KDĐT.'))).toBe('5/GP-KDDT');
    expect(symbol(doc('Số: 44/GP-PQLDT', 'Lưu: VT.'))).toBe('44/GP-PQLDT');
  });

  it('restores the Đ of a product declaration receipt’s symbol (NĐ 15/2018/NĐ-CP Mẫu 03: `…/2024/ĐKSP`)', () => {
    expect(symbol(doc('So: 15/2024/DKSP', 'GIAY TIEP NHAN DANG KY BAN CONG BO SAN PHAM'))).toBe('15/2024/ĐKSP');
  });
});

describe('a day written by hand into the place–date line', () => {
  /** ND 30 decision printed with its number and day blank, filled in by hand at signature. */
  const decision = (numberLines: string[], dateLines: string[]) =>
    doc(
      'UBND XÃ MƯỜNG PHĂNG',
      'TỈNH ĐIỆN BIÊN',
      ...MOTTO,
      ...numberLines,
      ...dateLines,
      'QUYẾT ĐỊNH',
      'Về việc trợ cấp xã hội hằng tháng',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG',
      'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Trợ cấp xã hội hằng tháng đối với bà Lò Thị Ón, sinh năm 1941, từ tháng 4/2025.',
      'CHỦ TỊCH',
    );

  it('reads the day the OCR put on the line below, to be checked', () => {
    const c = classifyText(
      decision(['Số:       /QĐ-UBND', '  23'], ['Mường Phăng, ngày      tháng 3 năm 2025', '  17']),
    );
    expect(c).toMatchObject({ docNumber: '23/QĐ-UBND', issueDate: '2025-03-17' });
    expect(c.reviewReasons).toContain('issue_date_uncertain');
  });

  it('reads the day read second when the OCR put number and day both below the header (`4l` read for 41, `l9` for 19)', () => {
    const c = classifyText(
      decision(['Số:       /QĐ-UBND'], ['Mường Phăng, ngày      tháng 3 năm 2025', '  4l', '  l9']),
    );
    expect(c).toMatchObject({ docNumber: '41/QĐ-UBND', issueDate: '2025-03-19' });
    expect(c.reviewReasons).toContain('issue_date_uncertain');
    expect(c.reviewReasons).toContain('doc_number_uncertain');
  });

  it('reads the day read second when the slot and the date were read as one line across both columns', () => {
    const c = classifyText(
      decision(['Số:        /QĐ-UBND Mường Phăng, ngày       tháng 10 năm 2025'], ['  208', '  7']),
    );
    expect(c).toMatchObject({ docNumber: '208/QĐ-UBND', issueDate: '2025-10-07' });
    expect(c.reviewReasons).toContain('issue_date_uncertain');
    expect(c.reviewReasons).toContain('doc_number_uncertain');
    // The number alone written: no day.
    for (const lone of ['  208', '  21']) {
      const numberOnly = classifyText(
        decision(['Số:        /QĐ-UBND Mường Phăng, ngày       tháng 10 năm 2025'], [lone]),
      );
      expect(numberOnly.issueDate, lone).toBeNull();
    }
  });

  it('leaves the date unread when no day was written, or the only lone number is the number slot’s', () => {
    const none = classifyText(decision(['Số: 23/QĐ-UBND'], ['Mường Phăng, ngày      tháng 3 năm 2025']));
    expect(none.issueDate).toBeNull();
    expect(none.reviewReasons).toContain('missing_issue_date');
    const numberOnly = classifyText(
      decision(['Số:       /QĐ-UBND', '  23'], ['Mường Phăng, ngày      tháng 3 năm 2025']),
    );
    expect(numberOnly.issueDate).toBeNull();
  });
});

describe('a copy’s certification stamp is dated by the stamp, never by the copied paper', () => {
  /** A diploma copied and stamped (TT 01/2020/TT-BTP: the stamp's number, book and date under its heading). */
  const copy = (stampDate: string) =>
    doc(
      ...MOTTO,
      'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
      'Cho: Lò Văn Hưng',
      'Ngày sinh: 02/3/2006',
      'Điện Biên, ngày 30 tháng 6 năm 2024',
      'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Số vào sổ cấp bằng: 1207/2024',
      'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
      'Số chứng thực: 1520 Quyển số: 01/2025-SCT/BS',
      stampDate,
      'UBND XÃ MƯỜNG PHĂNG',
      'NGƯỜI THỰC HIỆN CHỨNG THỰC',
    );

  it('reads the stamp’s date written in words after its number', () => {
    const c = classifyText(copy('Ngày mười hai tháng ba năm hai nghìn không trăm hai mươi lăm'));
    expect(c).toMatchObject({ docType: 'chung-thuc-ban-sao', docNumber: '1520', issueDate: '2025-03-12' });
  });

  it('leaves the date unread, to review, when the stamp’s date is blank', () => {
    const c = classifyText(copy('Ngày ..... tháng ..... năm ........'));
    expect(c.issueDate).toBeNull();
    expect(c.reviewReasons).toContain('missing_issue_date');
    expect(classifyText(copy('Ngày 12 tháng 3 năm 2025')).issueDate).toBe('2025-03-12');
  });
});

describe('a validity printed in a `Căn cứ` line is the cited paper’s, not this one’s', () => {
  /** A retail alcohol licence re-issued (NĐ 105/2017): its `Căn cứ` cites the old licence and its end. */
  const licence = (own: string) =>
    doc(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ CÔNG THƯƠNG',
      ...MOTTO,
      'Số: 31/GP-SCT',
      'Điện Biên, ngày 04 tháng 3 năm 2024',
      'GIẤY PHÉP BÁN LẺ SẢN PHẨM RƯỢU',
      'GIÁM ĐỐC SỞ CÔNG THƯƠNG',
      'Căn cứ Giấy phép số 12/GP-SCT ngày 10/3/2019 có giá trị đến ngày 10/3/2031;',
      'Cấp cho: Hộ kinh doanh Lò Văn Thắng',
      own,
      'GIÁM ĐỐC',
    );

  it('reads the licence’s own term, or its type’s rule, never the cited end date', () => {
    expect(classifyText(licence('Giấy phép có giá trị 03 năm kể từ ngày cấp.')).expiryDate).toBe('2027-03-04');
    expect(classifyText(licence('')).expiryDate).toBe('2029-03-04');
  });
});

describe('the number and dates of 2025 forms and diplomas (held-out 3 dev classes, texts written here)', () => {
  /** NĐ 168/2025/NĐ-CP, TT 68/2025/TT-BTC: the household's code is its owner's personal number; no `Số:` line. */
  const household = (codeLines: string[], ownerId: string) =>
    doc(
      'UBND XÃ MƯỜNG PHĂNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'PHÒNG KINH TẾ Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
      ...codeLines,
      'TRƯỞNG PHÒNG',
      'Lò Văn Sơn',
      '1. Tên hộ kinh doanh: TẠP HÓA QUÀNG THỊ HOA',
      '2. Địa chỉ: bản Mới, xã Mường Phăng, tỉnh Điện Biên',
      '3. Ngành, nghề kinh doanh: bán lẻ hàng tạp hóa',
      `4. Chủ hộ kinh doanh: QUÀNG THỊ HOA, số định danh cá nhân ${ownerId}`,
    );
  const textractOrder = (code: string) => [
    'Mã số hộ kinh doanh:',
    'Đăng ký lần đầu:',
    code,
    'ngày 03 tháng 10 năm 2025',
  ];

  it('reads the household code read below its label (Textract order), the owner’s personal number', () => {
    const c = classifyText(household(textractOrder('011088004512'), '011088004512'));
    expect(c).toMatchObject({
      docType: 'dang-ky-ho-kinh-doanh',
      docNumber: '011088004512',
      issueDate: '2025-10-03',
      needsReview: false,
    });
    // The label and the next label run onto one line, the title before them; an O read for the leading 0.
    const joined = household(
      [
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH Mã số hộ kinh doanh: Đăng ký lần đầu:',
        'O11088004512',
        'ngày 03 tháng 10 năm 2025',
      ],
      '011088004512',
    );
    expect(classifyText(stripDiacriticsKeepCase(joined))).toMatchObject({
      docNumber: '011088004512',
      needsReview: false,
    });
  });

  it('checks a displaced 12-digit code the text does not print again as the owner’s number', () => {
    const c = classifyText(household(textractOrder('011088004512'), '011088009999'));
    expect(c.docNumber).toBe('011088004512');
    expect(c.reviewReasons).toContain('doc_number_uncertain');
    // A value after another field's value is not the label's: no code.
    expect(
      number(doc('Mã số hộ kinh doanh:', 'Tên hộ kinh doanh: TẠP HÓA AN', '011088004512'), ['business-code']),
    ).toBeNull();
  });

  it('reads a diploma’s `Số vào sổ gốc cấp bằng` and repairs an O read in its year, never in a word', () => {
    const sources = ['register', 'symbol', 'plain'] as const;
    expect(number('Số vào sổ gốc cấp bằng: 257/THCS', [...sources])?.docNumber).toBe('257/THCS');
    expect(number('Số vào sổ cấp bằng: 64/THCS-2O24', [...sources])?.docNumber).toBe('64/THCS-2024');
    expect(number('So vao so cap bang: 95/2O21', [...sources])?.docNumber).toBe('95/2021');
    expect(number('Số: 17/GCN-2O2l', ['symbol'])?.docNumber).toBe('17/GCN-2021');
    expect(number('Số vào sổ cấp bằng: 64/OLIO', [...sources])?.docNumber).toBe('64/OLIO');
    expect(number('Số vào sổ cấp bằng: 64/THCS-9O24', [...sources])?.docNumber).toBe('64/THCS-9O24');
  });

  it('dates a TT 10/2024 land certificate by the place–date line over the committee’s signature on page 2', () => {
    const gcn = (foot: string[]) =>
      doc(
        ...MOTTO,
        'GIẤY CHỨNG NHẬN',
        'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
        'Mã Giấy chứng nhận: 11-2025-00932',
        '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:',
        'Bà Quàng Thị Mai, sinh năm 1975, CCCD số 011175002241',
        'Thửa đất số: 41; Tờ bản đồ số: 12; Diện tích: 310,5 m²',
        'Thời hạn sử dụng: ONT: Lâu dài; HNK: đến ngày 01/7/2064',
        'Số phát hành: AE 07102266',
        '4. Sơ đồ thửa đất',
        '5. Ghi chú: -/-',
        '6. Những thay đổi sau khi cấp Giấy chứng nhận:',
        ...foot,
        'Số vào sổ cấp Giấy chứng nhận: DE 00932',
      );
    const own = classifyText(
      gcn([
        'Điện Biên, ngày 09 tháng 5 năm 2025',
        'TM. ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
      ]),
    );
    expect(own).toMatchObject({ docType: 'gcn-qsdd-ca-nhan', issueDate: '2025-05-09', docNumber: 'DE00932' });
    // A change entry, confirmed by the registration office, still dates nothing.
    const change = classifyText(
      gcn([
        'Điện Biên, ngày 15 tháng 01 năm 2026',
        'Thế chấp tại Ngân hàng NN&PTNT chi nhánh Điện Biên',
        'GIÁM ĐỐC CHI NHÁNH',
      ]),
    );
    expect(change.issueDate).toBeNull();
    // Since 01/7/2025 a commune's chairman signs an individual's certificate in his own name (NĐ 151/2025/NĐ-CP
    // gives the former district committee's power to the commune): `CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …`, no `TM.`.
    const commune = classifyText(
      gcn(['Nà Tấu, ngày 21 tháng 10 năm 2025', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NÀ TẤU', 'Tòng Văn Lả']),
    );
    expect(commune).toMatchObject({ issueDate: '2025-10-21', level: 'commune', issuer: 'ỦY BAN NHÂN DÂN XÃ NÀ TẤU' });
    // A change entry with a date, then a chairman's name in its text, is no signature block.
    const entry = classifyText(
      gcn([
        'Nà Tấu, ngày 02 tháng 02 năm 2026',
        'Tặng cho theo hợp đồng chứng thực tại UBND xã Nà Tấu',
        'GIÁM ĐỐC CHI NHÁNH',
      ]),
    );
    expect(entry.issueDate).toBeNull();
  });

  it('restores a conditions certificate’s CNĐĐK from its title read without diacritics', () => {
    expect(
      number(doc('GIAY CHUNG NHAN', 'DU DIEU KIEN BUON BAN PHAN BON', 'So: 19/2024/CNDDK-PB'), ['symbol'])?.docNumber,
    ).toBe('19/2024/CNĐĐK-PB');
  });
});

describe('a diploma’s register number with its letters first (TT 21/2019/TT-BGDĐT: the sổ gốc is numbered as kept)', () => {
  const diploma = (register: string) =>
    doc(
      ...MOTTO,
      'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ',
      'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TUẦN GIÁO',
      'cấp cho: Quàng Văn Thắng',
      'Ngày sinh: 04/02/2008',
      'Năm tốt nghiệp: 2023',
      'Tuần Giáo, ngày 10 tháng 6 năm 2023',
      'TRƯỞNG PHÒNG',
      'Số hiệu: A0311942',
      `Số vào sổ cấp bằng: ${register}`,
    );

  it('reads `THCS/2023/00412` whole, as printed, with or without diacritics', () => {
    expect(classifyText(diploma('THCS/2023/00412'))).toMatchObject({
      docNumber: 'THCS/2023/00412',
      needsReview: false,
    });
    expect(classifyText(stripDiacriticsKeepCase(diploma('THCS/2023/00412'))).docNumber).toBe('THCS/2023/00412');
    expect(classifyText(diploma('TN-0412/2023')).docNumber).toBe('TN-0412/2023');
  });

  it('still reads the register numbers printed digits first', () => {
    expect(classifyText(diploma('412/THCS')).docNumber).toBe('412/THCS');
  });
});

describe('a tổ hợp tác’s registration code (Luật Hợp tác xã 2023, NĐ 92/2024/NĐ-CP): `Mã số tổ hợp tác:`', () => {
  it('reads the code after its label, also on a paper of a type the catalogue lacks', () => {
    const c = classifyText(
      doc(
        'UBND HUYỆN TUẦN GIÁO',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        ...MOTTO,
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ TỔ HỢP TÁC',
        'Mã số tổ hợp tác: 62T8000104',
        'Đăng ký lần đầu: ngày 03 tháng 9 năm 2024',
        '1. Tên tổ hợp tác: TỔ HỢP TÁC NUÔI ONG BẢN CHIỀNG',
        'TRƯỞNG PHÒNG',
      ),
    );
    expect(c.docNumber).toBe('62T8000104');
    expect(c.needsReview).toBe(true);
  });
});

describe('values written into a form’s dotted slots, and a licence re-issued (held-out 6 dev classes, texts written here)', () => {
  const permit = (numberLine: string, dateLine: string) =>
    doc(
      'ỦY BAN NHÂN DÂN',
      'XÃ THANH NƯA',
      ...MOTTO,
      numberLine,
      dateLine,
      'GIẤY PHÉP XÂY DỰNG',
      '(Sử dụng cho nhà ở riêng lẻ)',
      '1. Cấp cho: ông Lò Văn Ún',
      'Địa chỉ: bản Co Mận, xã Thanh Nưa, tỉnh Điện Biên',
      '2. Được phép xây dựng: nhà ở riêng lẻ 2 tầng, diện tích xây dựng 78 m²',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    );

  it('reads the number and the day and month between the slot’s dots, the date written by hand checked by a person', () => {
    const c = classifyText(permit('Số: .....57..... /GPXD', 'Thanh Nưa, ngày ..30.. tháng ..9.. năm 2025'));
    expect(c).toMatchObject({ docType: 'giay-phep-xay-dung-nha-o', docNumber: '57/GPXD', issueDate: '2025-09-30' });
    expect(c.reviewReasons).toEqual(['issue_date_uncertain']);
    // Printed, the same date is accepted.
    const printed = classifyText(permit('Số: 57/GPXD', 'Thanh Nưa, ngày 30 tháng 9 năm 2025'));
    expect(printed).toMatchObject({ docNumber: '57/GPXD', issueDate: '2025-09-30', needsReview: false });
    expect(number('GIẤY KHAI SINH\nSố: .....27.....\nQuyển số: .....01/2019.....')?.docNumber).toBe('27');
  });

  it('counter-example: slots left empty stay blank, never filled from elsewhere', () => {
    const c = classifyText(permit('Số: ........... /GPXD', 'Thanh Nưa, ngày ...... tháng ...... năm 2025'));
    expect(c.docNumber).toBeNull();
    expect(c.issueDate).toBeNull();
    expect(c.reviewReasons).toEqual(expect.arrayContaining(['missing_doc_number', 'missing_issue_date']));
  });

  /** NĐ 10/2020/NĐ-CP Phụ lục II: `Cấp lần đầu: ngày …` then `Cấp lần thứ: …, ngày …` under the number. */
  const transport = (no: string, issues: string) =>
    doc(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ XÂY DỰNG',
      ...MOTTO,
      'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
      no,
      issues,
      'Cấp cho đơn vị: HỢP TÁC XÃ VẬN TẢI NÀ TẤU',
      'Được phép kinh doanh các loại hình vận tải: vận tải hành khách theo tuyến cố định',
      'KT. GIÁM ĐỐC',
    );

  it('dates a re-issued licence by its latest issue', () => {
    const c = classifyText(transport('Số: 6200417', 'Cấp lần đầu: ngày 09/03/2018   Cấp lần thứ: 02, ngày 17/05/2021'));
    expect(c).toMatchObject({ docType: 'giay-phep-kinh-doanh-van-tai', docNumber: '6200417', issueDate: '2021-05-17' });
    expect(classifyText(transport('Số: 6200417', 'Cấp lần đầu: ngày 09/03/2018')).issueDate).toBe('2018-03-09');
  });

  it('counter-example: a dotted number is never cut at its dot: it is read whole, as printed', () => {
    const c = classifyText(transport('Số: 56.0041', 'Cấp lần đầu: ngày 09/03/2018   Cấp lần thứ: 02, ngày 17/05/2021'));
    expect(c.docNumber).toBe('56.0041');
  });
});

describe('a registration code read from a table, its cell border where the colon was (held-out 7 dev class)', () => {
  const hkd = (codeLine: string) =>
    classifyText(
      doc(
        'ỦY BAN NHÂN DÂN XÃ THANH NƯA',
        'PHÒNG KINH TẾ',
        ...MOTTO,
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        codeLine,
        'Đăng ký lần đầu              | ngày 03 tháng 9 năm 2025',
        'Tên hộ kinh doanh            | TẠP HÓA BẢN CO MẬN',
        'Chủ hộ kinh doanh            | LÒ THỊ HƯƠNG, sinh ngày 17/02/1985, nữ',
        'TRƯỞNG PHÒNG',
      ),
    );

  it('reads the code after `|`', () => {
    expect(hkd('Mã số hộ kinh doanh          | 011185012345')).toMatchObject({
      docType: 'dang-ky-ho-kinh-doanh',
      docNumber: '011185012345',
      issueDate: '2025-09-03',
    });
  });

  it('counter-example: an empty cell gives no code', () => {
    expect(hkd('Mã số hộ kinh doanh          |').docNumber).toBeNull();
  });
});

describe('a number printed as a code with its own separators is read whole, as printed', () => {
  const card = (no: string) =>
    doc(
      'UBND TỈNH SƠN LA',
      'SỞ XÂY DỰNG',
      ...MOTTO,
      'CHỨNG CHỈ HÀNH NGHỀ MÔI GIỚI BẤT ĐỘNG SẢN',
      no,
      'Họ và tên: Cầm Văn Thắng',
      'Sơn La, ngày 02 tháng 4 năm 2024',
      'GIÁM ĐỐC',
    );

  it('reads digits around a letter group, a dotted serial with its symbol, a letter code with a slash', () => {
    for (const [line, want] of [
      ['Số: 14-MG-0207', '14-MG-0207'],
      ['Số/No.: 70.1183/GPLV', '70.1183/GPLV'],
      ['Số: SL2405/0099127', 'SL2405/0099127'],
    ] as const) {
      const n = extractDocNumber(prepareText(card(line)), ['symbol', 'plain']);
      expect(n, line).toMatchObject({ docNumber: want, symbol: null, source: 'plain' });
      expect(n?.uncertain, line).toBeUndefined();
    }
  });

  it('keeps a group where a digit may have been misread (O, L, I among digits) as printed, to be checked', () => {
    const c = classifyText(card('Số: 14-MG-O2O7'));
    expect(c.docNumber).toBe('14-MG-O2O7');
    expect(c.needsReview).toBe(true);
    expect(c.reviewReasons).toContain('doc_number_uncertain');
  });

  it('restores a lost Đ in a letter group of text without diacritics (ĐB), and checks a D it cannot restore', () => {
    const restored = extractDocNumber(prepareText(stripDiacriticsKeepCase(card('Số: ĐB/2023/0012'))), ['plain']);
    expect(restored).toMatchObject({ docNumber: 'ĐB/2023/0012' });
    expect(restored?.uncertain).toBeUndefined();
    const unsure = extractDocNumber(prepareText(stripDiacriticsKeepCase(card('Số: 14-MD-0207'))), ['plain']);
    expect(unsure).toMatchObject({ docNumber: '14-MD-0207', uncertain: true });
  });

  it('counter-example: a date after the label is no code, nor a cited paper’s code', () => {
    expect(extractDocNumber(prepareText(card('Số: 12.05.2024')), ['plain'])).toBeNull();
    const cited = card('Căn cứ Chứng chỉ số: 14-MG-0207 đã cấp');
    expect(extractDocNumber(prepareText(cited), ['plain'])).toBeNull();
  });
});

describe('a symbol whose hyphen a photo lost (held-out 5 dev photo class)', () => {
  const knowledge = (no: string) =>
    doc(
      'SỞ Y TẾ TỈNH LAI CHÂU',
      'CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM',
      ...MOTTO,
      `Số: ${no}`,
      'Lai Châu, ngày 11 tháng 3 năm 2025',
      'GIẤY XÁC NHẬN KIẾN THỨC VỀ AN TOÀN THỰC PHẨM',
      'Ông/Bà: Vàng Thị Dua',
      'Đã đạt yêu cầu kiểm tra kiến thức về an toàn thực phẩm.',
      'CHI CỤC TRƯỞNG',
    );

  it('checks groups the type prints apart (XNKT-ATTP) read as one (XNKTATTP)', () => {
    const c = classifyText(knowledge('118/2025/XNKTATTP'));
    expect(c.docType).toBe('xac-nhan-kien-thuc-an-toan-thuc-pham');
    expect(c.reviewReasons).toContain('doc_number_uncertain');
  });

  it('counter-example: printed with its hyphen, it is accepted', () => {
    expect(classifyText(knowledge('118/2025/XNKT-ATTP'))).toMatchObject({
      docNumber: '118/2025/XNKT-ATTP',
      needsReview: false,
    });
  });
});

describe('held-out 10 dev classes: a number cited in the body, a term in days, a period printed as a range', () => {
  /** TT 12/2020/TT-BGTVT Phụ lục: the transport licence's number opens its line; the body cites the company's code. */
  const licence = (numberLine: string) =>
    classifyText(
      [
        'UBND TỈNH ĐIỆN BIÊN',
        'SỞ GIAO THÔNG VẬN TẢI',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
        numberLine,
        '1. Tên đơn vị kinh doanh vận tải: CÔNG TY TNHH VẬN TẢI NẬM RỐM',
        '3. Giấy chứng nhận đăng ký doanh nghiệp số: 5600917735',
        'Điện Biên, ngày 20 tháng 8 năm 2024',
        'KT. GIÁM ĐỐC',
      ].join('\n'),
    );

  it('reads the licence’s own number at its line’s start, not the registration number the body cites', () => {
    expect(licence('Số: 56K1.0318').docNumber).toBe('56K1.0318');
    expect(licence('Số: 56.0318').docNumber).toBe('56.0318');
  });

  /** TT 55/2021/TT-BCA Art. 17: form CT07 is valid 30 days from its issue. */
  const ct07 = (clause: string) =>
    classifyText(
      [
        'CÔNG AN TỈNH ĐIỆN BIÊN',
        'CÔNG AN PHƯỜNG HIM LAM',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 3057/XN-CAP',
        'Him Lam, ngày 22 tháng 9 năm 2025',
        'GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
        'Họ, chữ đệm và tên: LÒ VĂN KHOA',
        'Nơi thường trú: tổ dân phố 3, phường Him Lam, tỉnh Điện Biên',
        clause,
        'TRƯỞNG CÔNG AN PHƯỜNG',
      ].join('\n'),
    );

  it('counts a validity in days from the issue date', () => {
    expect(ct07('Giấy xác nhận có giá trị 30 ngày kể từ ngày cấp.')).toMatchObject({ expiryDate: '2025-10-22' });
  });

  it('counter-example: `có hiệu lực sau 10 ngày` is when it takes effect, not an end', () => {
    expect(ct07('Giấy xác nhận có hiệu lực sau 10 ngày kể từ ngày ký.').expiryDate).toBeNull();
  });

  it('reads the end of a period printed as a range (NĐ 152/2020 Mẫu 12/PLI)', () => {
    const c = classifyText(
      [
        'UBND TỈNH ĐIỆN BIÊN',
        'SỞ NỘI VỤ',
        'GIẤY PHÉP LAO ĐỘNG WORK PERMIT',
        'Số / No: ĐB-2509-01182',
        'Họ và tên / Full name: KIM JAE-HYUN',
        'Thời hạn làm việc / Period of work: 09/09/2025 - 09/09/2027',
        'Điện Biên, ngày 09 tháng 9 năm 2025',
      ].join('\n'),
    );
    expect(c.expiryDate).toBe('2027-09-09');
  });
});

describe('a decision for a category the Pháp lệnh Ưu đãi người có công names, without the words người có công', () => {
  const decision = (subject: string) =>
    classifyText(
      [
        'UBND TỈNH ĐIỆN BIÊN',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 611/QĐ-SLĐTBXH',
        'Điện Biên, ngày 26 tháng 02 năm 2020',
        'QUYẾT ĐỊNH',
        subject,
        'Điều 1. Ông Lò Văn Chiến, sinh năm 1950, được hưởng trợ cấp hằng tháng từ tháng 3/2020.',
        'KT. GIÁM ĐỐC',
      ].join('\n'),
    );

  it('is a benefit for people with meritorious service, not a social allowance', () => {
    expect(
      decision('Về việc trợ cấp hằng tháng đối với người hoạt động kháng chiến bị nhiễm chất độc hóa học').docType,
    ).toBe('quyet-dinh-tro-cap-nguoi-co-cong');
  });

  it('counter-example: a monthly allowance for an elderly person stays a social allowance', () => {
    expect(decision('Về việc trợ cấp xã hội hằng tháng đối với người cao tuổi').docType).toBe(
      'quyet-dinh-tro-cap-xa-hoi',
    );
  });
});
