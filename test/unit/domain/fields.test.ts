/** Table-driven tests of the field readers: dates, numbers, issuer level, validity, normalisation, catalogue. */

import { describe, expect, it } from 'vitest';
import { CATALOGUE, findDocumentType } from '#shared/domain/catalogue.ts';
import { classifyText } from '#shared/domain/classify.ts';
import { addMonths, formatVietnameseDate, parseVietnameseDate } from '#shared/domain/dates.ts';
import { extractDocNumber } from '#shared/domain/doc-number.ts';
import { prepareText } from '#shared/domain/document-text.ts';
import { extractIssuer, levelOfIssuer } from '#shared/domain/issuer.ts';
import { fixOcrDigits, foldAccents, normalizeText } from '#shared/domain/normalize.ts';
import { extractPlaceAndDate } from '#shared/domain/place.ts';
import { restoreDiacritics, restoreSymbol } from '#shared/domain/restore.ts';
import { expiryFromRule, findExplicitExpiry, isValidAt } from '#shared/domain/validity.ts';

describe('normalisation', () => {
  it.each([
    ['Điện Biên', 'dien bien'],
    ['ỦY BAN NHÂN DÂN', 'uy ban nhan dan'],
    ['Ðiện Biên', 'dien bien'],
    ['Quyết định', 'quyet dinh'],
    ['Nậm Pồ – Mường Nhé', 'nam po - muong nhe'],
    ['Tủa Chùa', 'tua chua'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldAccents(input)).toBe(folded);
    expect(foldAccents(input.normalize('NFD'))).toBe(folded);
  });

  it('normalises NFD input to NFC and collapses stray spaces inside lines', () => {
    expect(normalizeText('Gia\u0301y  phe\u0301p \r\n  Số:\u00a0 12')).toBe('Giáy phép\nSố: 12');
  });

  it.each([
    ['Sơn La, ngày 07 tbáng 4 nărn 2024', 'Sơn La, ngày 07 tháng 4 năm 2024'],
    ['NGÀV 3 THÁNQ 5 NĂRN 2023', 'NGÀY 3 THÁNG 5 NĂM 2023'],
    ['Nqày, tbáng, nărn đăng ký: 02/01/2024', 'Ngày, tháng, năm đăng ký: 02/01/2024'],
    // Only whole misread date words: other words with the same letters stay as printed.
    ['Barn, narnia, tbangx, Tbilisi, thanqua', 'Barn, narnia, tbangx, Tbilisi, thanqua'],
  ])('repairs the date words OCR misreads in %s', (input, repaired) => {
    expect(normalizeText(input)).toBe(repaired);
  });

  it('reads the registration date under a label OCR misread (a marriage certificate from a phone photo)', () => {
    const text = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN KẾT HÔN',
      'Số: 17',
      'Quyển số: 01/2024',
      'Họ, chữ đệm, tên chồng: LÒ VĂN PÁNH',
      'Họ, chữ đệm, tên vợ: QUÀNG THỊ XIÊNG',
      'Nơi đăng ký: Ủy ban nhân dân xã Mường Mùn, tỉnh Điện Biên',
      'Ngày, tbáng, nărn đăng ký: 09/3/2024',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ].join('\n');
    expect(classifyText(text)).toMatchObject({ docType: 'ket-hon', issueDate: '2024-03-09' });
  });

  it.each([
    ['2O2O', '2020'],
    ['l25', '125'],
    ['O5', '05'],
    ['1I', '11'],
    ['abc', null],
    ['ngay', null],
  ])('repairs OCR digits in %s', (token, expected) => {
    expect(fixOcrDigits(token)).toBe(expected);
  });

  it('restores diacritics of known administrative words and places, keeping case', () => {
    expect(restoreDiacritics('UBND TINH DIEN BIEN')).toBe('UBND TỈNH ĐIỆN BIÊN');
    expect(restoreDiacritics('uy ban nhan dan huyen tuan giao')).toBe('ủy ban nhân dân huyện tuần giáo');
    expect(restoreDiacritics('So Y te')).toBe('Sở Y tế');
    expect(restoreDiacritics('XA NA XYZ')).toBe('XÃ NA XYZ');
    expect(restoreSymbol('05/QD-UBND')).toBe('05/QĐ-UBND');
    expect(restoreSymbol('12/GP-UBND')).toBe('12/GP-UBND');
  });
});

describe('dates', () => {
  it.each([
    ['ngày 05 tháng 3 năm 2020', '2020-03-05'],
    ['ngay 5 thang 03 nam 2020', '2020-03-05'],
    ['Ngày 5 tháng 3 năm 2020', '2020-03-05'],
    ['05/03/2020', '2020-03-05'],
    ['5-3-2020', '2020-03-05'],
    ['05.03.2020', '2020-03-05'],
    // The form's dotted leader before the value, as a photo's OCR reads it.
    ['Ngày, tháng, năm đăng ký:..05/02/2018.', '2018-02-05'],
    ['Ngày cấp: ...05/02/2018', '2018-02-05'],
    ['ngày  05  tháng\n03 năm 2020', '2020-03-05'],
    ['ngày O5 tháng O3 năm 2O2O', '2020-03-05'],
    ['ngày 29 tháng 02 năm 2024', '2024-02-29'],
    ['ngày 29 tháng 02 năm 2023', null],
    ['31/04/2021', null],
    ['ngày 00 tháng 01 năm 2021', null],
    ['ngày … tháng … năm …', null],
    ['năm 2020', null],
  ])('reads %j as %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  it.each([
    ['2020-01-31', 1, '2020-02-29'],
    ['2021-01-31', 1, '2021-02-28'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2019-12-15', 36, '2022-12-15'],
  ])('%s + %i months = %s (end of month when the day does not exist)', (iso, months, expected) => {
    expect(addMonths(iso, months)).toBe(expected);
  });

  it('formats dates the ND 30 way (leading zero for days < 10 and months 1–2)', () => {
    expect(formatVietnameseDate('2021-05-25')).toBe('ngày 25 tháng 5 năm 2021');
    expect(formatVietnameseDate('2023-02-05')).toBe('ngày 05 tháng 02 năm 2023');
  });

  it.each([
    ['Điện Biên, ngày 05 tháng 3 năm 2020', 'Điện Biên', '2020-03-05'],
    ['Số: 12/GP-UBND Tuần Giáo, ngày 7 tháng 9 năm 2021', 'Tuần Giáo', '2021-09-07'],
    ['Mường Chà, ngày 16/07/2012', 'Mường Chà', '2012-07-16'],
    ['SỞ Y TẾ Điện Biên, ngày 01 tháng 02 năm 2022', 'Điện Biên', '2022-02-01'],
    ['Pa Tần, ngày 3 tháng 3 năm 2023', 'Pa Tần', '2023-03-03'],
    ['Đăng ký lần đầu: ngày 11 tháng 6 năm 2022\nMường Lay ngày 29 tháng 9 năm 2022', 'Mường Lay', '2022-09-29'],
    ['Đã chết lúc 10 giờ 15 phút ngày 02 tháng 02 năm 2021', null, null],
    ['DIEN BIEN PHU, ngay 10 thang 10 nam 2010', 'Điện Biên Phủ', '2010-10-10'],
    ['Ngày, tháng, năm sinh: 01/01/1990\nNgày, tháng, năm đăng ký: 02/02/2020', null, '2020-02-02'],
    ['Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;\nNgày cấp: 03/04/2019', null, '2019-04-03'],
    ['CCCD số 011090001234 cấp ngày 01/01/2015\nĐăng ký lần đầu: 12/12/2019', null, '2019-12-12'],
  ])('place and issue date of %j', (text, place, issueDate) => {
    const r = extractPlaceAndDate(prepareText(text));
    expect(r.place).toBe(place);
    expect(r.issueDate).toBe(issueDate);
  });
});

it('never reads a date out of a longer number (`1.05/02/2018`, `A-05/02/2018`)', () => {
  expect(parseVietnameseDate('mã 1.05/02/2018')).toBeNull();
  expect(parseVietnameseDate('ký hiệu A-05/02/2018')).toBeNull();
  expect(parseVietnameseDate('số 12/05/02/2018')).toBeNull();
});

describe('document number and symbol', () => {
  it.each([
    ['Số: 125/GP-UBND', '125/GP-UBND', '125', 'GP-UBND'],
    ['So: 125/GP-UBND', '125/GP-UBND', '125', 'GP-UBND'],
    ['Số 01/2021/GCN-SYT', '01/2021/GCN-SYT', '01', '2021/GCN-SYT'],
    ['Số: 05/QĐ-UBND', '05/QĐ-UBND', '05', 'QĐ-UBND'],
    ['so: 05/qd-ubnd', '05/QĐ-UBND', '05', 'QĐ-UBND'],
    ['Số : 45 / GCNATTP - SYT', '45/GCNATTP-SYT', '45', 'GCNATTP-SYT'],
    ['Số: l2O/GPXD', '120/GPXD', '120', 'GPXD'],
    ['Số: 2177/TLKT-BS Điện Biên, ngày 01 tháng 01 năm 2020', '2177/TLKT-BS', '2177', 'TLKT-BS'],
  ])('reads %j', (text, docNumber, number, symbol) => {
    expect(extractDocNumber(prepareText(text), ['symbol'])).toMatchObject({ docNumber, number, symbol });
  });

  it('skips cited documents and register numbers', () => {
    const doc = prepareText(
      'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15/3/2021;\nQuyển số: 01/2020\nThửa đất số: 7\nSố: 33/QĐ-UBND',
    );
    expect(extractDocNumber(doc, ['symbol', 'plain'])?.docNumber).toBe('33/QĐ-UBND');
  });

  it.each([
    ['Mã số doanh nghiệp: 5600123456', ['business-code'], '5600123456'],
    ['Mã số doanh nghiệp: 5600111222-001', ['business-code'], '5600111222-001'],
    ['Mã số hợp tác xã: 56OO312345', ['business-code'], '5600312345'],
    ['Mã số hộ kinh doanh: 62A8001234', ['business-code'], '62A8001234'],
    // A phone photo's OCR reads the label's colon as a semicolon.
    ['Mã số hộ kinh doanh; 62A8001234', ['business-code'], '62A8001234'],
    ['Mã số doanh nghiệp; 5600123456', ['business-code'], '5600123456'],
    ['Số: 125\nQuyển số: 01/2021', ['symbol', 'plain'], '125'],
    ['Số chứng thực: 1520 Quyển số: 01/2023-SCT/BS', ['certification'], '1520'],
    ['Số vào sổ cấp GCN: CH01234\nBX 345678', ['register', 'serial'], 'CH01234'],
    ['Số phát hành: BX 345678', ['register', 'serial'], 'BX 345678'],
    ['Số/No: 110123456789', ['licence-12'], '110123456789'],
  ] as const)('reads %j from %j', (text, sources, docNumber) => {
    expect(extractDocNumber(prepareText(text), sources)?.docNumber).toBe(docNumber);
  });
});

describe('issuer and level', () => {
  it('reads a signature block whose committee head a photo garbled (`TM. Z -BA` / `DẪN HUYỆN TUẦN GIÁO`)', () => {
    const body = [
      'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT',
      'a) Thửa đất số: 138; b) Tờ bản đồ số: 32',
      'Tuần Giáo, ngày 20 tháng 10 năm 2013',
    ];
    const split = extractIssuer(
      prepareText([...body, 'TM. Z -BA', 'HÃ', 'DẪN HUYỆN TUẦN GIÁO', 'CHỦ TỊCH'].join('\n')),
    );
    expect(split).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO', level: 'district' });
    const one = extractIssuer(
      prepareText([...body, 'TM ,Ố BẠN NÌĂN DẪN TỈNH ĐIỆN BIÊN', 'KT. GIÁM ĐÓC SỞ'].join('\n')),
    );
    expect(one?.level).toBe('province');
    // The first signature is the paper's own; a later change's block does not replace it.
    const later = [...body, 'TM. Z -BA', 'DẪN XÃ NÀ HỲ', 'Nội dung thay đổi', 'KT. GIÁM', 'DẪN TỈNH ĐIỆN BIÊN'];
    expect(extractIssuer(prepareText(later.join('\n')))?.level).toBe('commune');
    // Without a TM./KT. line above it (body text, a court), or too far below it, it is no issuer.
    expect(extractIssuer(prepareText([...body, 'Tòa án nhân dân huyện Tuần Giáo'].join('\n')))).toBeNull();
    const far = [...body, 'TM. Z -BA', 'HÃ', 'Ặ', 'NGƯỜI KÝ', 'DẪN HUYỆN TUẦN GIÁO'];
    expect(extractIssuer(prepareText(far.join('\n')))).toBeNull();
  });

  it.each([
    [['UBND TỈNH ĐIỆN BIÊN', 'SỞ Y TẾ'], 'province'],
    [['ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO'], 'district'],
    [['UBND THÀNH PHỐ ĐIỆN BIÊN PHỦ'], 'district'],
    [['UBND THỊ XÃ MƯỜNG LAY'], 'district'],
    [['UBND TP. ĐIỆN BIÊN PHỦ'], 'district'],
    [['UBND THÀNH PHỔỐ ĐIỆN BIÊN PHỦ'], 'district'],
    [['UBND THÀNH PHỐỐ HỒ CHÍ MINH'], 'province'],
    [['UBND TX. MƯỜNG LAY'], 'district'],
    [['UBND XÃ THANH MINH'], 'commune'],
    [['UBND PHƯỜNG HIM LAM'], 'commune'],
    [['UBND THỊ TRẤN TUẦN GIÁO'], 'commune'],
    [['UBND TT. TUẦN GIÁO'], 'commune'],
    [['UBND X. NÀ TẤU'], 'commune'],
    [['UBND H. TUẦN GIÁO'], 'district'],
    [['UBND HUYỆN ĐIỆN BIÊN', 'UBND XÃ THANH AN'], 'commune'],
    [['UBND HUYỆN MƯỜNG ẢNG', 'PHÒNG TƯ PHÁP'], 'district'],
    [['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'PHÒNG ĐĂNG KÝ KINH DOANH'], 'province'],
    [['CÔNG AN TỈNH ĐIỆN BIÊN'], 'province'],
    [['CÔNG AN HUYỆN NẬM PỒ'], 'district'],
    [['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN TUẦN GIÁO'], 'district'],
    [['UY BAN NHAN DAN XA MUONG PHANG'], 'commune'],
    [['UBND TINH DIEN BIEN', 'SO XAY DUNG'], 'province'],
    [['TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN NAM TỪ LIÊM'], 'district'],
    [['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN 3'], 'district'],
    [['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ MƯỜNG LAY'], 'district'],
    [['TRUNG TÂM Y TẾ THỊ XÃ MƯỜNG LAY'], 'district'],
    [['BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH ĐIỆN BIÊN'], 'province'],
    [["'UUBND HUYỆN MỘC CHÃU", 'PHÒNG TÀI CHÍNH - KẾ HOẠCH'], 'district'],
    [['ỦY BAN NHÂN DÂN', 'MUYỆN MƯỜNG ẢNG'], 'district'],
  ] as const)('%j is %s', (lines, level) => {
    expect(levelOfIssuer(lines.map((l) => foldAccents(l)))).toBe(level);
    expect(extractIssuer(prepareText(lines.join('\n')))?.level).toBe(level);
  });

  it.each([
    [
      'UBND TỈNH ĐIỆN BIÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ Độc lập - Tự do - Hạnh phúc\nSố: 12/GP-SYT',
      'UBND TỈNH ĐIỆN BIÊN / SỞ Y TẾ',
    ],
    ['ỦY BAN NHÂN DÂN\nHUYỆN TUẦN GIÁO\nSố: 12/GP-UBND', 'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO'],
    [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN PHƯỜNG HIM LAM\nĐộc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN PHƯỜNG HIM LAM',
    ],
    ['UBND TINH DIEN BIEN\nSO Y TE\nSo: 1/GP-SYT', 'UBND TỈNH ĐIỆN BIÊN / SỞ Y TẾ'],
    [
      'GIẤY KHAI SINH\nNơi đăng ký: Ủy ban nhân dân xã Thanh Minh, thành phố Điện Biên Phủ',
      'ỦY BAN NHÂN DÂN XÃ THANH MINH',
    ],
    ['GIẤY CHỨNG NHẬN\nTM. ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN\nCHỦ TỊCH', 'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN'],
  ])('issuer of %j', (text, issuer) => {
    expect(extractIssuer(prepareText(text))?.issuer).toBe(issuer);
  });
});

describe('validity', () => {
  it.each([
    ['Giấy phép có hiệu lực đến ngày 31 tháng 12 năm 2026.', '2026-12-31'],
    ['có giá trị đến 30/06/2027', '2027-06-30'],
    ['Thời hạn hiệu lực: đến 05/03/2025.', '2025-03-05'],
    ['Giấy phép có thời hạn 05 năm kể từ ngày cấp.', '2025-03-05'],
    ['có giá trị 03 năm kể từ ngày cấp', '2023-03-05'],
    ['Giấy này có giá trị sử dụng trong thời hạn 06 tháng kể từ ngày cấp.', '2020-09-05'],
    ['Thời hạn của giấy phép: 07 năm kể từ ngày ký.', '2027-03-05'],
    ['thời hạn 05 (năm) năm kể từ ngày 01/3/2020', '2025-03-01'],
    ['Có giá trị đến/Expires: 12/05/2030', '2030-05-12'],
    ['co hieu luc den ngay 3l thang l2 nam 2O26', '2026-12-31'],
  ])('reads the explicit expiry of %j (issued 2020-03-05)', (text, expiry) => {
    expect(findExplicitExpiry(foldAccents(text), '2020-03-05')?.expiryDate).toBe(expiry);
  });

  it.each([
    'Quyết định này có hiệu lực kể từ ngày 05 tháng 3 năm 2020.',
    'Thời hạn sử dụng đất: 50 năm kể từ ngày ký.',
    'Thời hạn sử dụng: đến ngày 15/10/2063',
    'Hộ kinh doanh được thành lập ngày 05 tháng 3 năm 2020',
  ])('finds no expiry of the paper in %j', (text) => {
    expect(findExplicitExpiry(foldAccents(text), '2020-03-05')?.expiryDate ?? null).toBeNull();
  });

  it('reads "không thời hạn" as explicitly open-ended', () => {
    expect(findExplicitExpiry(foldAccents('Có giá trị đến: Không thời hạn'), '2020-03-05')).toMatchObject({
      expiryDate: null,
      kind: 'unlimited',
    });
  });

  it('applies type rules: fixed term, status-bound with a term, open', () => {
    expect(expiryFromRule({ kind: 'fixed-term', months: 36 }, '2021-03-05')).toBe('2024-03-05');
    expect(expiryFromRule({ kind: 'status-bound', months: 6 }, '2023-08-31')).toBe('2024-02-29');
    expect(expiryFromRule({ kind: 'status-bound' }, '2023-08-31')).toBeNull();
    expect(expiryFromRule({ kind: 'open' }, '2023-08-31')).toBeNull();
    expect(expiryFromRule({ kind: 'fixed-term', months: 60 }, null)).toBeNull();
  });

  it('is valid through the expiry day, and always when open-ended', () => {
    expect(isValidAt({ expiryDate: '2024-03-05' }, '2024-03-05')).toBe(true);
    expect(isValidAt({ expiryDate: '2024-03-05' }, '2024-03-06')).toBe(false);
    expect(isValidAt({ expiryDate: null }, '2099-01-01')).toBe(true);
  });
});

describe('catalogue', () => {
  it('holds the 26 types of DOMAIN.md §3.1 first, in order, each with phrases, levels, a rule and a source', () => {
    expect(CATALOGUE.slice(0, 26).map((t) => t.id)).toEqual([
      'khai-sinh',
      'trich-luc-khai-sinh',
      'ket-hon',
      'xac-nhan-tinh-trang-hon-nhan',
      'trich-luc-khai-tu',
      'chung-thuc-ban-sao',
      'chung-thuc-chu-ky',
      'dang-ky-ho-kinh-doanh',
      'dang-ky-hop-tac-xa',
      'giay-phep-xay-dung-nha-o',
      'gcn-qsdd-ca-nhan',
      'gcn-qsdd-to-chuc',
      'giay-phep-ban-le-ruou',
      'giay-phep-ban-le-thuoc-la',
      'quyet-dinh-tro-cap-xa-hoi',
      'gcn-an-toan-thuc-pham',
      'dang-ky-doanh-nghiep',
      'giay-phep-lai-xe',
      'giay-phep-hanh-nghe-kcb',
      'chung-chi-hanh-nghe-duoc',
      'gcn-du-dieu-kien-kinh-doanh-duoc',
      'giay-phep-moi-truong',
      'giay-phep-xay-dung',
      'giay-phep-kinh-doanh-van-tai',
      'quyet-dinh-giao-dat',
      'giay-phep-van-phong-dai-dien',
    ]);
    for (const t of CATALOGUE) {
      expect(t.title).toBe(t.title.toUpperCase());
      expect(t.titlePhrases.length).toBeGreaterThan(0);
      expect(t.levels.before.length).toBeGreaterThan(0);
      expect(t.source.length).toBeGreaterThan(0);
    }
    expect(findDocumentType('gcn-an-toan-thuc-pham')?.validity).toEqual({ kind: 'fixed-term', months: 36 });
    expect(findDocumentType('xac-nhan-tinh-trang-hon-nhan')?.validity).toEqual({ kind: 'status-bound', months: 6 });
    expect(findDocumentType('nope')).toBeUndefined();
  });

  it('holds at least 50 types, each with its official form as data and an honest confirmed flag', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(50);
    for (const t of CATALOGUE) {
      expect(t.form?.forms.length, t.id).toBeGreaterThan(0);
      expect(typeof t.confirmed).toBe('boolean');
    }
    // Civil-status forms number per register year; land certificates carry inner-page labels.
    expect(findDocumentType('khai-sinh')?.form).toMatchObject({ layout: 'civil-status', numberFormat: 'number-year' });
    expect(findDocumentType('gcn-qsdd-ca-nhan')?.form?.innerPageLabels?.length).toBeGreaterThan(0);
  });
});

describe('numberFromWords', () => {
  it('reads Vietnamese number words', async () => {
    const { numberFromWords } = await import('#shared/domain/dates.ts');
    const n = (s: string) => numberFromWords(s.split(' '));
    expect(n('muoi lam')).toBe(15);
    expect(n('hai muoi mot')).toBe(21);
    expect(n('ba muoi')).toBe(30);
    expect(n('hai nghin khong tram hai muoi bon')).toBe(2024);
    expect(n('mot nghin chin tram chin muoi chin')).toBe(1999);
    expect(n('hai nghin linh nam')).toBe(2005);
    expect(n('hai ba')).toBeNull();
  });
});
