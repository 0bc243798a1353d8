/**
 * Where the issuer and its level are read from on the forms that have no ND 30 header block, and from OCR's
 * reading order (issue 9, issuer and level). Texts written here from the published forms (TT 04/2020/TT-BTP
 * civil status, TT 23/2014 and TT 10/2024 land certificates, TT 01/2020/TT-BTP lời chứng) and DOMAIN.md.
 * A wrong level is worse than none: each rule has a counter-example that must stay null.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { prepareText } from '#shared/domain/document-text.ts';
import { extractIssuer } from '#shared/domain/issuer.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const issuerOf = (...lines: string[]) => extractIssuer(prepareText(doc(...lines)));

describe('Textract reading order: labels and signatures read apart from their values', () => {
  const marriage = (registeredAt: string[]) =>
    doc(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN KẾT HÔN',
      'Số:',
      '14',
      'Quyển số:',
      '01/2025',
      'Họ, chữ đệm, tên chồng',
      'Quàng Văn Tạ',
      'Họ, chữ đệm, tên vợ',
      'Lò Thị Xuân',
      ...registeredAt,
      'Ngày, tháng, năm đăng ký',
      '22/9/2025',
      'CHỦ TỊCH',
    );

  it('reads `Nơi đăng ký` alone on its line with the committee on the next line', () => {
    const c = classifyText(marriage(['Nơi đăng ký', 'Ủy ban nhân dân xã Mường Phăng, tỉnh Điện Biên']));
    expect(c).toMatchObject({ docType: 'ket-hon', issuer: 'ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG', level: 'commune' });
    expect(c.reviewReasons).not.toContain('missing_issuer');
    const joined = classifyText(
      marriage(['Nơi đăng ký: UBND phường Him Lam Ngày, tháng, năm đăng ký: 22/9/2025']).replace(
        'Ngày, tháng, năm đăng ký\n22/9/2025\n',
        '',
      ),
    );
    expect(joined).toMatchObject({ issuer: 'UBND PHƯỜNG HIM LAM', level: 'commune' });
    const noColon = classifyText(marriage(['Nơi đăng ký Ủy ban nhân dân phường Him Lam, tỉnh Điện Biên']));
    expect(noColon).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG HIM LAM', level: 'commune' });
  });

  it('never takes an ID paper’s `Nơi cấp` alone on its line, nor a place that is not an agency', () => {
    const id = classifyText(
      marriage(['Giấy tờ tùy thân', 'CCCD số 011090012345', 'Nơi cấp', 'Cục Cảnh sát QLHC về TTXH']),
    );
    expect(id.issuer).toBeNull();
    expect(id.reviewReasons).toContain('missing_issuer');
    const place = classifyText(marriage(['Nơi đăng ký', 'bản Co Mận, xã Mường Phăng']));
    expect(place.issuer).toBeNull();
  });

  const landCertificate = (signatureLine: string) =>
    doc(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   Mã Giấy chứng nhận: 621012500377',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
      signatureLine,
      '1. Người sử dụng đất: Bà Lò Thị Ươi, năm sinh 1985, Căn cước số 011185003321',
      '2. Thông tin thửa đất: a) Thửa đất số: 17; Tờ bản đồ số: 9; b) Diện tích: 310,0 m²',
      'Số vào sổ cấp Giấy chứng nhận: CS00377',
    );

  it('reads the TM. block that Textract put after the place–date column on the same line', () => {
    for (const line of [
      'Nà Tấu, ngày 14 tháng 11 năm 2025   TM. ỦY BAN NHÂN DÂN XÃ NÀ TẤU   CHỦ TỊCH',
      'Nà Tấu, ngày 14 tháng 11 năm 2025 TM. ỦY BAN NHÂN DÂN XÃ NÀ TẤU CHỦ TỊCH',
    ]) {
      const c = classifyText(landCertificate(line));
      expect(c, line).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN XÃ NÀ TẤU', level: 'commune' });
    }
    // A place–date line with no signature on it names no issuer.
    const bare = classifyText(landCertificate('Nà Tấu, ngày 14 tháng 11 năm 2025   CHỦ TỊCH'));
    expect(bare.issuer).toBeNull();
  });

  it('splits a superior body and the issuing body read as one header line', () => {
    expect(issuerOf('CÔNG AN TỈNH ĐIỆN BIÊN CÔNG AN XÃ QUÀI TỞ', ...MOTTO)).toMatchObject({
      issuer: 'CÔNG AN TỈNH ĐIỆN BIÊN / CÔNG AN XÃ QUÀI TỞ',
      level: 'commune',
    });
    expect(issuerOf('UBND TỈNH ĐIỆN BIÊN SỞ Y TẾ', ...MOTTO)?.level).toBe('province');
    expect(issuerOf('UBND HUYỆN MƯỜNG ẢNG PHÒNG TƯ PHÁP', ...MOTTO)?.level).toBe('district');
    // A Sở whose name opens with a letter OCR confuses with a figure (`SỞ LAO ĐỘNG`) is no `Số: l…`.
    expect(issuerOf('UBND TỈNH ĐIỆN BIÊN', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', ...MOTTO)?.issuer).toBe(
      'UBND TỈNH ĐIỆN BIÊN / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    );
    // One body whose name holds an agency word, or a body with its territories: never split.
    expect(issuerOf('CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN TUẦN GIÁO', ...MOTTO)).toMatchObject({
      issuer: 'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN TUẦN GIÁO',
      level: 'district',
    });
    expect(issuerOf('UBND XÃ THANH AN HUYỆN ĐIỆN BIÊN TỈNH ĐIỆN BIÊN', ...MOTTO)?.level).toBe('commune');
  });

  it('splits two committees read as one line when their names are numbers (a numbered quận over its phường)', () => {
    // NĐ 30/2020 Phụ lục I: the superior body's name above the issuing body's; Hồ Chí Minh City's districts and
    // wards were numbered before 2025. Read across as one line, the ward (the lower body) still decides.
    const folded = issuerOf('UY BAN NHAN DAN QUAN 3 UY BAN NHAN DAN PHUONG 9', ...MOTTO);
    expect(folded?.level).toBe('commune');
    expect(folded?.issuer).toMatch(/ \/ .*PH.*9$/);
    expect(issuerOf('ỦY BAN NHÂN DÂN QUẬN 3 ỦY BAN NHÂN DÂN PHƯỜNG 9', ...MOTTO)?.level).toBe('commune');
    expect(issuerOf('ỦY BAN NHÂN DÂN QUẬN 3', 'ỦY BAN NHÂN DÂN PHƯỜNG 9', ...MOTTO)?.level).toBe('commune');
    // The district's own committee alone stays a district.
    expect(issuerOf('ỦY BAN NHÂN DÂN QUẬN 3', ...MOTTO)?.level).toBe('district');
    const c = classifyText(
      doc(
        'UY BAN NHAN DAN QUAN 3 UY BAN NHAN DAN PHUONG 9',
        ...MOTTO,
        'So: 88/2020/XNHN',
        'Quan 3, ngay 11 thang 9 nam 2020',
        'GIAY XAC NHAN TINH TRANG HON NHAN',
        'Xac nhan ba: Tran Thi Mai, sinh ngay 04/05/1994',
        'Tinh trang hon nhan: hien tai chua dang ky ket hon voi ai.',
        'Giay nay co gia tri 06 thang ke tu ngay cap.',
        'TM. UY BAN NHAN DAN KT. CHU TICH PHO CHU TICH',
      ),
    );
    expect(c.level).toBe('commune');
  });
});

describe('land certificates: the issuer in the signature block', () => {
  const tt23 = (signature: string[]) =>
    doc(
      ...MOTTO,
      'GIẤY CHỨNG NHẬN',
      'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
      'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
      'Ông: Vừ A Sếnh, sinh năm 1979; CCCD số 011079004412',
      'BY 402118',
      'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
      'a) Thửa đất số: 61, tờ bản đồ số: 14;',
      'Điện Biên, ngày 17 tháng 6 năm 2022',
      ...signature,
      'Số vào sổ cấp GCN: CS 01288',
    );

  it('reads a re-issue signed by the Sở or the land registration office as province', () => {
    for (const office of ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI']) {
      const c = classifyText(tt23([office, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']));
      expect(c, office).toMatchObject({ docType: 'gcn-qsdd-ca-nhan', issuer: office, level: 'province' });
    }
  });

  it('reads a land registration branch named by its area (after the 2025 reform) as province, one named by its huyện as district', () => {
    const area = classifyText(tt23(['CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI KHU VỰC TUẦN GIÁO', 'GIÁM ĐỐC']));
    expect(area).toMatchObject({ issuer: 'CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI KHU VỰC TUẦN GIÁO', level: 'province' });
    const district = classifyText(tt23(['CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN TUẦN GIÁO', 'GIÁM ĐỐC']));
    expect(district.level).toBe('district');
  });

  it('never reads a plot diagram label or a body line opening with `Sở/Số/Sổ` as a Sở', () => {
    for (const line of ['[Sơ đồ thửa đất]', 'Sở hữu chung', 'Sổ địa chính', 'Số lượng nhà']) {
      const c = classifyText(tt23([line, 'KT. GIÁM ĐỐC']));
      expect(c.issuer, line).toBeNull();
      expect(c.level, line).toBeNull();
    }
  });

  it('keeps a committee whose name ends like a title (`XÃ THANH TRƯỜNG`) whole', () => {
    const c = classifyText(tt23(['TM. ỦY BAN NHÂN DÂN XÃ THANH TRƯỜNG   CHỦ TỊCH']));
    expect(c.issuer).toBe('ỦY BAN NHÂN DÂN XÃ THANH TRƯỜNG');
  });
});

describe('a committee that signs without its tier, placed by its place–date line (ND 30: its own unit)', () => {
  const certificate = (placeDate: string, signature = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']) =>
    doc(
      ...MOTTO,
      'GIẤY CHỨNG NHẬN',
      'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
      'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
      'Bà: Cà Thị Lún, sinh năm 1983; CCCD số 011183000725',
      'a) Thửa đất số: 208, tờ bản đồ số: 11;',
      placeDate,
      ...signature,
      'Số vào sổ cấp GCN: CH 00964',
    );

  it('reads a land certificate signed `TM. ỦY BAN NHÂN DÂN` at a district-level city or huyện before 7/2025', () => {
    for (const place of ['Điện Biên Phủ', 'Mường Lay', 'Tuần Giáo']) {
      const c = classifyText(certificate(`${place}, ngày 11 tháng 5 năm 2018`));
      expect(c, place).toMatchObject({ docType: 'gcn-qsdd-ca-nhan', level: 'district' });
    }
  });

  it('leaves it null for the province’s own name, after the reform, or for a type a commune also issues', () => {
    // `Điện Biên`: the province's committee or huyện Điện Biên's.
    expect(classifyText(certificate('Điện Biên, ngày 11 tháng 5 năm 2018')).level).toBeNull();
    // After 7/2025 there are no districts.
    expect(classifyText(certificate('Điện Biên Phủ, ngày 11 tháng 9 năm 2025')).level).toBeNull();
    // A place outside Điện Biên's district list.
    expect(classifyText(certificate('Him Lam, ngày 11 tháng 5 năm 2018')).level).toBeNull();
    // A marriage extract may come from a ward of the city: the place does not decide it.
    const extract = classifyText(
      doc(
        ...MOTTO,
        'TRÍCH LỤC KẾT HÔN',
        'Số: 45/TLKH-BS',
        'Họ, chữ đệm, tên chồng: Lò Văn Pọm',
        'Họ, chữ đệm, tên vợ: Cà Thị Lún',
        'Điện Biên Phủ, ngày 11 tháng 5 năm 2018',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
      ),
    );
    expect(extract.level).toBeNull();
  });
});

describe('a certified copy whose lời chứng page comes first (a phone app scans the stamped page first)', () => {
  const stamp = [
    'BẢN SAO',
    'Chứng thực bản sao đúng với bản chính.',
    'Số chứng thực: 215   Quyển số: 01/2023-SCT/BS',
    'ngày 27 tháng 3 năm 2023',
    'ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG, HUYỆN ĐIỆN BIÊN, TỈNH ĐIỆN BIÊN',
    'NGƯỜI THỰC HIỆN CHỨNG THỰC',
    'Lò Văn Khiêm',
  ];
  const copied = [
    'GIẤY CHỨNG NHẬN',
    'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
    'Ông: Lò Văn Ken, năm sinh 1970',
    'Thửa đất: Thửa số 112, tờ bản đồ số 08; diện tích 1.420 m²',
    'Điện Biên, ngày 22 tháng 11 năm 2012',
    'TM. ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
    'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH',
    'Số vào sổ cấp GCN: CH 00318',
  ];
  const asPages = (...ps: string[][]) =>
    classifyText({
      engine: 'tesseract',
      pages: ps.map((lines, i) => ({ pageNumber: i + 1, lines: lines.map((text) => ({ text, confidence: 0.92 })) })),
    });

  it('dates it and names its certifier from its own page, never from the copied paper after it', () => {
    expect(asPages(stamp, copied)).toMatchObject({
      docType: 'chung-thuc-ban-sao',
      docNumber: '215',
      issueDate: '2023-03-27',
      level: 'commune',
    });
  });

  it('counter-example: the stamp at the end of the copy, as usual, reads the same', () => {
    expect(asPages(copied, stamp)).toMatchObject({
      docType: 'chung-thuc-ban-sao',
      docNumber: '215',
      issueDate: '2023-03-27',
      level: 'commune',
    });
  });
});

describe('certifications: the certifier in the words of the lời chứng', () => {
  const poa = (certifier: string[]) =>
    doc(
      ...MOTTO,
      'GIẤY ỦY QUYỀN',
      'Tôi là: Lò Văn Tủa, sinh năm 1968, CCCD số 011068002231',
      'Ủy quyền cho: Lò Văn Pọm, sinh năm 1992',
      'Nội dung ủy quyền: nhận Giấy chứng nhận quyền sử dụng đất',
      'Người ủy quyền',
      'LỜI CHỨNG CHỨNG THỰC CHỮ KÝ',
      ...certifier,
      'Chứng thực',
      'Ông Lò Văn Tủa đã ký vào giấy tờ, văn bản này trước mặt tôi.',
      'Số chứng thực: 215, quyển số 01/2024-SCT/CK,ĐC',
      'NGƯỜI THỰC HIỆN CHỨNG THỰC',
    );

  it('reads the date and `tại …` on one line, or the certifier’s own title', () => {
    const at = classifyText(
      poa([
        'Ngày 14/8/2024 tại Ủy ban nhân dân xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên',
        'Tôi Quàng Văn Lả, Phó Chủ tịch',
      ]),
    );
    expect(at).toMatchObject({
      docType: 'chung-thuc-chu-ky',
      issuer: 'ỦY BAN NHÂN DÂN XÃ THANH XƯƠNG',
      level: 'commune',
    });
    const self = classifyText(poa(['Ngày 14/8/2024', 'Tôi, Quàng Văn Lả, Phó Chủ tịch UBND phường Him Lam']));
    expect(self).toMatchObject({ issuer: 'UBND PHƯỜNG HIM LAM', level: 'commune' });
    const verb = classifyText(poa(['Ủy ban nhân dân xã Mường Phăng chứng thực chữ ký trên giấy ủy quyền này']));
    expect(verb).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG', level: 'commune' });
  });

  const birthCopy = (certification: string[]) =>
    doc(
      ...MOTTO,
      'GIẤY KHAI SINH',
      'Số: 45',
      'Quyển số: 01/2019',
      'Họ, chữ đệm, tên: LÒ THỊ MAI',
      'Ngày, tháng, năm sinh: 02/02/2019',
      'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Quài Tở, huyện Tuần Giáo, tỉnh Điện Biên',
      'Ngày, tháng, năm đăng ký: 20/03/2019',
      'PHÓ CHỦ TỊCH',
      'Lò Văn Sơn',
      'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
      'Số chứng thực: 312 Quyển số: 01/2024-SCT/BS',
      ...certification,
    );
  const decisionCopy = (certification: string[]) =>
    doc(
      'UBND HUYỆN TUẦN GIÁO',
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      ...MOTTO,
      'Số: 12/QĐ-PGDĐT',
      'Tuần Giáo, ngày 05 tháng 6 năm 2019',
      'QUYẾT ĐỊNH',
      'Về việc công nhận tốt nghiệp trung học cơ sở',
      'TRƯỞNG PHÒNG',
      'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
      'Số chứng thực: 77 Quyển số: 01/2024-SCT/BS',
      ...certification,
    );

  it('never takes the copied paper’s issuer (its header or its `Nơi đăng ký`) as the certifier', () => {
    const byDistrict = classifyText(
      birthCopy([
        'Tuần Giáo, ngày 12 tháng 8 năm 2024',
        'KT. TRƯỞNG PHÒNG',
        'PHÓ TRƯỞNG PHÒNG',
        'PHÒNG TƯ PHÁP HUYỆN TUẦN GIÁO',
      ]),
    );
    expect(byDistrict).toMatchObject({
      docType: 'chung-thuc-ban-sao',
      issuer: 'PHÒNG TƯ PHÁP HUYỆN TUẦN GIÁO',
      level: 'district',
    });
    const byCommune = classifyText(
      decisionCopy(['Ngày 12 tháng 8 năm 2024', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'UBND XÃ QUÀI TỞ']),
    );
    expect(byCommune).toMatchObject({ issuer: 'UBND XÃ QUÀI TỞ', level: 'commune' });
    // No certifier read: unknown, to review — never the committee that issued the copied paper.
    for (const copy of [birthCopy, decisionCopy]) {
      const c = classifyText(copy(['Ngày 12 tháng 8 năm 2024', 'NGƯỜI THỰC HIỆN CHỨNG THỰC', 'Quàng Văn Lả']));
      expect(c).toMatchObject({ issuer: null, level: null, needsReview: true });
    }
  });

  it('reads the certifier Textract put between the date and the signer’s title of the block', () => {
    const c = classifyText(birthCopy(['Ngày 07 tháng 11 năm 2024   UBND PHƯỜNG HIM LAM   PHÓ CHỦ TỊCH']));
    expect(c).toMatchObject({ issuer: 'UBND PHƯỜNG HIM LAM', level: 'commune' });
  });

  it('keeps the header of a lời chứng page as its certifier', () => {
    const c = classifyText(
      doc(
        'ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG',
        ...MOTTO,
        'LỜI CHỨNG CHỨNG THỰC CHỮ KÝ',
        'Ngày 14/8/2024',
        'Chứng thực: Ông Lò Văn Tủa đã ký vào giấy tờ, văn bản này trước mặt tôi.',
        'Số chứng thực: 215, quyển số 01/2024-SCT/CK,ĐC',
        'NGƯỜI THỰC HIỆN CHỨNG THỰC',
      ),
    );
    expect(c).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG', level: 'commune' });
  });

  it('reads a certifier’s `TM. ỦY BAN NHÂN DÂN` with its tier on the next line, and only a tier line', () => {
    const signed = (...signature: string[]) => classifyText(poa(['Ngày 14/8/2025', ...signature]));
    expect(signed('TM. ỦY BAN NHÂN DÂN', 'XÃ NÀ TẤU', 'PHÓ CHỦ TỊCH')).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN XÃ NÀ TẤU',
      level: 'commune',
    });
    expect(signed('TM. ỦY BAN NHÂN DÂN', 'PHÓ CHỦ TỊCH')).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN', level: null });
  });

  it('never reads `Ngày … tại UBND …` in a paper without a certification as its issuer (a meeting place)', () => {
    const c = classifyText(
      doc(
        ...MOTTO,
        'Số: 15/QĐ-UBND',
        'QUYẾT ĐỊNH',
        'Về việc hưởng trợ cấp xã hội hàng tháng',
        'Ngày 12/3/2024 tại Ủy ban nhân dân xã Quài Tở, Hội đồng xét duyệt đã họp và thống nhất',
        'QUYẾT ĐỊNH:',
        'Điều 1. Bà Lò Thị Ín được hưởng trợ cấp xã hội hàng tháng kể từ tháng 4/2024.',
        'Tuần Giáo, ngày 20 tháng 3 năm 2024',
        'CHỦ TỊCH',
      ),
    );
    expect(c).toMatchObject({ docType: 'quyet-dinh-tro-cap-xa-hoi', issuer: null, needsReview: true });
  });

  it('names no certifier from a place that is not a body, or from the requester', () => {
    const c = classifyText(
      poa(['Ngày 14/8/2024 tại nhà văn hóa bản Co Mận', 'Tôi, Lò Văn Tủa, người yêu cầu chứng thực']),
    );
    expect(c.issuer).toBeNull();
    expect(c.reviewReasons).toContain('missing_issuer');
  });
});

describe('a photo’s margin read as junk lines', () => {
  it('does not push the header out of the lines the issuer is read from', () => {
    const junk = ['IWWXPS', 'E5', 'NI', 'XE', 'X1', 'E7', '- ĐT sự', 'Ẽ~=', '| Free. Z=7-/-7-27C7|', '*‡-Z', 'Ƒ'];
    const header = [
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'QUẬN LONG BIÊN',
      'Độc lập - Tự do - Hạnh phúc',
    ];
    const lines = [
      ...junk.map((text, k) => ({ text, confidence: k % 3 === 0 ? 0.05 : 0.2 })),
      ...header.map((text) => ({ text, confidence: 0.9 })),
      { text: 'Số: 06/TLGCLH', confidence: 0.92 },
    ];
    const got = extractIssuer(prepareText({ engine: 'tesseract', pages: [{ pageNumber: 1, lines }] }));
    expect(got).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN QUẬN LONG BIÊN', level: 'district' });
    // The same junk read with some confidence is counted: twelve such lines and the header is past the window.
    const sure = lines.map((l, k) => (k < junk.length ? { ...l, confidence: 0.5 } : l));
    const far = [...sure.slice(0, junk.length), { text: 'E8', confidence: 0.5 }, ...sure.slice(junk.length)];
    expect(
      extractIssuer(prepareText({ engine: 'tesseract', pages: [{ pageNumber: 1, lines: far }] }))?.level ?? null,
    ).not.toBe('district');
  });
});

describe('an inner page gives a level only from an issuer, never from an address or a later change', () => {
  it('reads nothing from the plot diagram, an address, or the office that recorded a change', () => {
    const inner = classifyText(
      doc(
        '4. Sơ đồ thửa đất, tài sản gắn liền với đất:',
        '[Sơ đồ] 1 2 3 4 — 15,20 m; 22,05 m; 15,10 m; 22,00 m',
        'Địa chỉ thửa đất: bản Co Mận, xã Mường Phăng, tỉnh Điện Biên',
        '6. Những thay đổi sau khi cấp Giấy chứng nhận:',
        'Ngày 03/3/2026: Chuyển nhượng cho ông Lò Văn Ken theo hồ sơ số 062.2026.00118',
        'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐIỆN BIÊN',
        'KT. GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
        'Số vào sổ cấp Giấy chứng nhận: CS00518',
      ),
    );
    expect(inner).toMatchObject({ kind: 'result', issuer: null, level: null, needsReview: true });
  });

  it('never reads the hospital under a birth certificate’s `Nơi sinh:` as its issuer: the form’s fields end the header', () => {
    // The title lost on the green background, so nothing but the fields ends the header.
    const birth = (registeredAt: string) =>
      doc(
        ...MOTTO,
        'GI Y KH   S',
        'Số: 29   Quyển số: 01/2024',
        'Họ, chữ đệm, tên: ĐÈO THỊ MAI',
        'Ngày, tháng, năm sinh: 02/5/2024',
        'Giới tính: Nữ   Dân tộc: Thái   Quốc tịch: Việt Nam',
        'Nơi sinh:',
        'Trung tâm Y tế thị xã Mường Lay, tỉnh Điện Biên',
        'Họ, chữ đệm, tên người mẹ: LÒ THỊ NGA',
        registeredAt,
        'Ngày, tháng, năm đăng ký: 10/5/2024',
        'PHÓ CHỦ TỊCH',
      );
    expect(issuerOf(birth('Nơi đăng ký khai sinh: Ủy ban nhân dân phường Na Lay, thị xã Mường Lay'))).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG NA LAY',
      level: 'commune',
    });
    // Its registration place unreadable: no issuer rather than the hospital.
    const lost = classifyText(birth('Nơi đăng ký khai sinh: ......'));
    expect(lost.issuer).toBeNull();
  });

  it('never reads a residence label or a bare territory after `Nơi cấp` as the issuer', () => {
    const vehicle = (...lines: string[]) =>
      classifyText(
        doc(
          ...MOTTO,
          'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE GẮN MÁY',
          'Số: 012345',
          'Tên chủ xe: LÒ VĂN PÁO',
          ...lines,
          'Biển số đăng ký: 27AB-111.22',
          'Đăng ký lần đầu ngày: 03/10/2024',
        ),
      );
    for (const lines of [
      ['Nơi đăng ký thường trú: xã Thanh Nưa, huyện Điện Biên, tỉnh Điện Biên'],
      ['Nơi đăng ký hộ khẩu thường trú: bản Noong Bua, phường Noong Bua'],
      ['Nơi đăng ký thường trú', 'xã Thanh Nưa, huyện Điện Biên'],
      ['Nơi cấp: tỉnh Điện Biên'],
    ]) {
      const c = vehicle(...lines);
      expect(c.issuer, lines[0]).toBeNull();
      expect(c.level, lines[0]).toBeNull();
    }
    // The registering body's label may name its commune bare: that commune's committee registered the paper.
    const registered = classifyText(
      doc(
        ...MOTTO,
        'TRÍCH LỤC KHAI TỬ',
        'Số: 17/TLKT-BS',
        'Họ, chữ đệm, tên người đã chết: Lò Văn Pọm',
        'Nơi đăng ký: xã Thanh Nưa, huyện Điện Biên, tỉnh Điện Biên',
        'Ngày, tháng, năm đăng ký: 02/4/2024',
      ),
    );
    expect(registered).toMatchObject({ issuer: 'XÃ THANH NƯA', level: 'commune' });
  });

  it('never reads a sentence that opens with a committee (`UBND xã A có trách nhiệm …`) as a stamp', () => {
    for (const line of [
      'UBND xã Nà Tấu có trách nhiệm thi hành quyết định này',
      'Từ ngày 01/01/2024 UBND xã Nà Tấu có trách nhiệm thi hành quyết định này',
    ]) {
      expect(issuerOf('GIẤY PHÉP', 'Cấp cho: ông Lò Văn A', line), line).toBeNull();
    }
    // A stamp's name, bare, with its tiers: still the issuer.
    expect(issuerOf('GIẤY PHÉP', 'Cấp cho: ông Lò Văn A', 'UBND XÃ NÀ TẤU')?.level).toBe('commune');
    expect(issuerOf('GIẤY PHÉP', 'Cấp cho: ông Lò Văn A', 'PHÒNG TƯ PHÁP')?.level).toBe('district');
  });

  it('never takes a recipient of `Nơi nhận` as the issuer', () => {
    const c = issuerOf('GIẤY PHÉP', 'Cấp cho: Lò Văn A', 'Nơi nhận:', '- Sở Y tế;', '- Lưu: VT.');
    expect(c).toBeNull();
  });
});

describe('a bare committee line and its tier read apart by the motto column, the tier word misread', () => {
  it('joins the tier when the OCR misread its word (`MUYỆN`, `TlNH`), the motto line between them', () => {
    const header = (tier: string) =>
      issuerOf(
        'ỦY BAN NHÂN DÂN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        tier,
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 512/QĐ-UBND',
      );
    expect(header('MUYỆN MƯỜNG ẢNG')).toMatchObject({ level: 'district' });
    expect(header('TlNH ĐIỆN BIÊN')).toMatchObject({ level: 'province' });
    expect(header('HUYỆN MƯỜNG ẢNG')).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG', level: 'district' });
    // A line that is no tier stays out.
    expect(header('Mường Ảng, ngày 05 tháng 4 năm 2023')?.level ?? null).toBeNull();
  });
});

describe('two-level headers after July 2025 and OCR damage', () => {
  const permit = (...header: string[]) =>
    doc(
      ...header,
      ...MOTTO,
      'Số: 31/GP-UBND',
      'Nà Tấu, ngày 03 tháng 10 năm 2025',
      'GIẤY PHÉP BÁN LẺ RƯỢU',
      'Cấp cho: Hộ kinh doanh Lò Văn A',
    );

  it.each([
    [['ỦY BAN NHÂN DÂN', 'XÃ NÀ TẤU'], 'commune'],
    [['UBND PHƯỜNG MƯỜNG THANH', 'TỈNH ĐIỆN BIÊN'], 'commune'],
    [['UBND PHƯỜNG MƯỜNG THANH', 'TÍNH ĐIỆN BIÊN'], 'commune'],
    [['UBND XÃ NÀ TẤU', 'PHÒNG KINH TẾ'], 'commune'],
    [['UBND XÃ NÀ TẤU', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'], 'commune'],
    [['UBND TỈNH ĐIỆN BIÊN', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'], 'province'],
    [['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN XÃ NÀ TẤU'], 'commune'],
    [['UỶ BAN NHÂN DÂN XÃ NÀ TẤU'], 'commune'],
    [['UY BAN NHAN DAN', 'XA NA TAU'], 'commune'],
    [['UBND TlNH ĐIỆN BIÊN'], 'province'],
    [['UBND TÍNH ĐIỆN BIÊN', 'SỞ CÔNG THƯƠNG'], 'province'],
    // The tier line under a bare committee line, through OCR damage; the abbreviation misread.
    [['ỦY BAN NHÂN DÂN', 'TlNH ĐIỆN BIÊN'], 'province'],
    [['UBND', 'T1NH ĐIỆN BIÊN'], 'province'],
    [['ỦY BAN NHÂN DÂN', 'HU YỆN MƯỜNG ẢNG'], 'district'],
    [['ỦY BAN NHÂN DÂN', 'X. NÀ TẤU'], 'commune'],
    [['UBNO HUYỆN MƯỜNG ẢNG'], 'district'],
    [['U8ND XÃ NÀ TẤU'], 'commune'],
  ] as const)('%j is %s', (header, level) => {
    // A district's paper is dated before the reform.
    const text = permit(...header);
    const dated = level === 'district' ? text.replace('năm 2025', 'năm 2024') : text;
    expect(classifyText(dated).level).toBe(level);
  });

  it('never gives a paper issued after 7/2025 a district level (the old registering district named inside it)', () => {
    const extract = (date: string) =>
      classifyText(
        doc(
          ...MOTTO,
          'TRÍCH LỤC KẾT HÔN',
          '(Bản sao)',
          'Số: 21/TLKH-BS',
          'Họ, chữ đệm, tên chồng: Lò Văn Pọm',
          'Họ, chữ đệm, tên vợ: Nguyễn Thị Lan',
          'Nơi đăng ký: Ủy ban nhân dân huyện Tuần Giáo, tỉnh Điện Biên',
          'Ngày, tháng, năm đăng ký: 14/02/2015',
          `Làm tại: Quài Tở, ngày ${date}`,
          'NGƯỜI KÝ TRÍCH LỤC',
        ),
      );
    const after = extract('05 tháng 02 năm 2026');
    expect(after).toMatchObject({ docType: 'trich-luc-ket-hon', level: null, needsReview: true });
    expect(extract('05 tháng 02 năm 2024').level).toBe('district');
  });

  it('never joins a body line that only starts like a tier (`Tình hình …`) to a bare committee line', () => {
    const c = classifyText(permit('ỦY BAN NHÂN DÂN', 'Tình hình thực hiện'));
    expect(c.issuer).toBe('ỦY BAN NHÂN DÂN');
    expect(c.level).toBeNull();
  });

  it('leaves a Phòng Kinh tế with no parent line without a level (a former district’s or a commune’s)', () => {
    const c = classifyText(permit('PHÒNG KINH TẾ'));
    expect(c.level).toBeNull();
    expect(c.needsReview).toBe(true);
  });
});
