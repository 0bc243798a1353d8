/**
 * Labels as tesseract reads them on phone photos and office scans (specks taken for punctuation, a letter of a
 * short word misread), where the label is still recognisable by its other words. Texts written here in the
 * shape of what the OCR returns for the published forms; each rule has a counter-example that must not change.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { extractDocNumber } from '#shared/domain/doc-number.ts';
import { prepareText } from '#shared/domain/document-text.ts';
import { REVIEW_THRESHOLD } from '#shared/domain/review.ts';
import type { ExtractedText } from '#shared/domain/types.ts';
import innerPage from './readings/tt10-inner-page-guilloche.json' with { type: 'json' };

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const number = (text: string, sources: Parameters<typeof extractDocNumber>[1]) =>
  extractDocNumber(prepareText(text), sources);
const pages = (...ps: string[][]): ExtractedText => ({
  engine: 'tesseract',
  pages: ps.map((lines, i) => ({ pageNumber: i + 1, lines: lines.map((text) => ({ text, confidence: 0.9 })) })),
});

describe('a land certificate’s register number read off a photo (TT 23/2014, TT 10/2024)', () => {
  /** TT 23/2014/TT-BTNMT: page 2 ends with the signature and `Số vào sổ cấp GCN:`; the serial is on page 1. */
  const tt23 = (register: string) =>
    pages(
      [
        ...MOTTO,
        'GIẤY CHỨNG NHẬN',
        'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
        'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
        'Ông: Cà Văn Tòng   Năm sinh: 1969',
        'BK 02731846',
      ],
      [
        'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
        'a) Thửa đất số: 118   tờ bản đồ số: 09',
        'b) Địa chỉ: bản Nà Pen, xã Nà Tấu, huyện Điện Biên, tỉnh Điện Biên',
        'Điện Biên, ngày 11 tháng 4 năm 2016',
        'TM. ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Lường Văn Phóng',
        register,
      ],
    );

  it('reads the label with specks between its words and between the series and the digits', () => {
    for (const [line, expected] of [
      ["Số vằo:sổ cấp'GCN: CS 04127", 'CS04127'],
      ['Số vào sổ cấp GCN: CT.00388', 'CT00388'],
      ['Số vào, sổ cấp GCN; CH 0l952', 'CH01952'],
    ] as const) {
      const c = classifyText(tt23(line));
      expect(c).toMatchObject({ docType: 'gcn-qsdd-ca-nhan', docNumber: expected, level: 'district' });
      expect(c.reviewReasons).not.toContain('doc_number_from_serial');
    }
  });

  it('reads the TT 10/2024 label with `Số` read `Đố` and the series’ D read Đ', () => {
    expect(number('Đố vào số cấp Giấy chúng nhận: ĐE 00529', ['register'])?.docNumber).toBe('DE00529');
  });

  it('counter-example: with the label gone, the serial stands in and a person checks', () => {
    const c = classifyText(tt23('vào GCN CS 04127'));
    expect(c.docNumber).toBe('BK 02731846');
    expect(c.reviewReasons).toContain('doc_number_from_serial');
  });

  it('counter-example: a register label with a word after it, or too few digits, is not a register number', () => {
    expect(number('Số vào sổ cấp GCN: theo hồ sơ 12', ['register'])).toBeNull();
    expect(number('Do vào sổ cấp GCN chậm, hồ sơ 0412', ['register'])).toBeNull();
  });
});

describe('a bilingual number label read off a photo, its English gloss still recognisable', () => {
  /** NĐ 152/2020/NĐ-CP Mẫu 12/PLI (kept by NĐ 219/2025): `Số/No:` then the province letters, year and serial. */
  const workPermit = (no: string) =>
    doc(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ NỘI VỤ',
      ...MOTTO,
      'GIẤY PHÉP LAO ĐỘNG',
      'WORK PERMIT',
      no,
      '1. Họ và tên/Full name: NGUYEN THI LAN ANH',
      '3. Ngày sinh/Date of birth: 11/9/1990   4. Quốc tịch/Nationality: Lào/Laos',
      '8. Thời hạn làm việc/Period of work: từ ngày/from 10/4/2026 đến ngày/to 09/4/2028',
      'Điện Biên, ngày 02 tháng 4 năm 2026',
      'GIÁM ĐỐC',
    );

  it('reads a work permit’s `Số/No:` read `Số/NGg:` when a letter code follows it', () => {
    const c = classifyText(workPermit('Số/NGg: DB26-0131'));
    expect(c).toMatchObject({ docType: 'giay-phep-lao-dong', docNumber: 'DB26-0131', issueDate: '2026-04-02' });
    expect(c.reviewReasons).not.toContain('missing_doc_number');
  });

  it('counter-example: a misread gloss before plain digits, or another label, is no number', () => {
    expect(classifyText(workPermit('Số/NGg: 12')).reviewReasons).toContain('missing_doc_number');
    expect(number('Số/Nơi: 12', ['plain'])).toBeNull();
  });

  /** TT 06/2017/TT-BVHTTDL: `Số thẻ/Card No:` and the card's 9-digit number. */
  const card = (no: string) =>
    doc(
      'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'THẺ HƯỚNG DẪN VIÊN DU LỊCH NỘI ĐỊA',
      'DOMESTIC TOUR GUIDE',
      no,
      'Họ và tên/Full name: LÒ THỊ HOA',
      'Nơi cấp/Issued by: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu',
      'Ngày cấp/Date of issue: 14/8/2024',
      'Ngày hết hạn/Date of expiry: 14/8/2029',
    );

  it('reads a tour guide card’s number after `Số thá/Card No:`', () => {
    expect(classifyText(card('Số thá/Card No: 312240577'))).toMatchObject({
      docType: 'the-huong-dan-vien-du-lich',
      docNumber: '312240577',
      issueDate: '2024-08-14',
    });
  });

  it('counter-example: after the misread label only the card’s 9 digits are taken', () => {
    expect(number('Số thá/Card No: 3122405', ['plain'])).toBeNull();
    expect(number('Số thá/Card No: 3122405771', ['plain'])).toBeNull();
  });
});

describe('a certified copy’s certifier read off the seal on a photo (TT 01/2020/TT-BTP lời chứng)', () => {
  const copied = [
    ...MOTTO,
    'GIẤY CHỨNG NHẬN',
    'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
    'Bà: Lò Thị Phương   Năm sinh: 1981',
    'Mường Ảng, ngày 19 tháng 9 năm 2013',
    'TM. ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG',
    'Số vào sổ cấp GCN: CH 00614',
  ];
  const stamp = (seal: string) => [
    'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
    'Số chứng thực: 1187   Quyển số: 03/2025-SCT/BS',
    'Ngày 04 tháng 11 năm 2025',
    'NGƯỜI THỰC HIỆN CHỨNG THỰC',
    'PHÓ CHỦ TỊCH',
    'Vì Văn Khay',
    seal,
  ];

  it('reads the commune in the seal’s words when the D of `UBND` was read P', () => {
    const c = classifyText(pages(copied, stamp('(UBNP XÃ ẲNG NƯA - TÍNH ĐIỆN BIÊN)')));
    expect(c).toMatchObject({
      docType: 'chung-thuc-ban-sao',
      docNumber: '1187',
      issueDate: '2025-11-04',
      issuer: 'UBND XÃ ẲNG NƯA',
      level: 'commune',
    });
  });

  it('counter-example: a seal line naming no committee gives no certifier, and a person checks', () => {
    const c = classifyText(pages(copied, stamp('(UBNP - TÍNH ĐIỆN BIÊN)')));
    expect(c.issuer).toBeNull();
    expect(c.needsReview).toBe(true);
  });
});

describe('a birth certificate’s registering committee read off a photo (TT 04/2020/TT-BTP, `Nơi đăng ký khai sinh:`)', () => {
  const birth = (label: string) =>
    doc(
      ...MOTTO,
      'GIẤY KHAI SINH',
      'Số: 207/2025',
      'Họ, chữ đệm, tên: LÒ THỊ MAI',
      'Ngày, tháng, năm sinh: 12/08/2025 ghi bằng chữ: ngày mười hai tháng tám năm hai nghìn không trăm hai mươi lăm',
      'Giới tính: Nữ   Dân tộc: Thái   Quốc tịch: Việt Nam',
      'Họ, chữ đệm, tên người mẹ: VÌ THỊ HÒA',
      label,
      'Ngày, tháng, năm đăng ký: 20/08/2025',
      'NGƯỜI KÝ GIẤY KHAI SINH',
    );

  it('reads the committee after the label with `Nơi` misread (`Net đẳng ký khai xinh.`)', () => {
    const c = classifyText(birth('Net đẳng ký khai xinh. Ủy bạn nhân đân xã Mường Pồn, tỉnh Điện Biên'));
    expect(c).toMatchObject({ docType: 'khai-sinh', level: 'commune', issueDate: '2025-08-20' });
    expect(c.issuer).toMatch(/^ỦY BẠN NHÂN ĐÂN XÃ MƯỜNG PỒN/);
    expect(c.reviewReasons).not.toContain('missing_issuer');
  });

  it('reads the committee after the label with its colon read as a semicolon (`Nơi đăng Ký;`)', () => {
    const c = classifyText(birth('Nơi đăng Ký; Ủy ban nhân dân xã Sín Thầu, tỉnh Điện Biên'));
    expect(c).toMatchObject({ docType: 'khai-sinh', issuer: 'ỦY BAN NHÂN DÂN XÃ SÍN THẦU', level: 'commune' });
  });

  it('counter-example: the misread label before a place that is not a body gives no issuer', () => {
    const c = classifyText(birth('Net đẳng ký khai xinh. bản Co Mỵ, xã Mường Pồn'));
    expect(c.issuer).toBeNull();
    expect(c.reviewReasons).toContain('missing_issuer');
  });
});

describe('a place–date line read off a photo with the m of `năm` read `rd` or `rn`', () => {
  const diploma = (dateLines: string[]) =>
    classifyText(
      pages([
        ...MOTTO,
        'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
        'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
        'cấp cho: Lò Thị Hương',
        'Ngày sinh: 19/02/2006',
        'Năm tốt nghiệp: 2024',
        ...dateLines,
        'GIÁM ĐỐC',
        'Số hiệu: A 0213387',
        'Số vào sổ cấp bằng: 1586/THPT-2024',
      ]),
    );

  it('reads the date, its year on the next line', () => {
    expect(diploma(['Điện Biên, ngày 12 tháng 7 nărd', '2024']).issueDate).toBe('2024-07-12');
    expect(diploma(['Điện Biên, ngày 12 tháng 7 narn 2024']).issueDate).toBe('2024-07-12');
  });

  it('counter-example: another word in its place is no date', () => {
    expect(diploma(['Điện Biên, ngày 12 tháng 7 nay', '2024']).issueDate).toBeNull();
  });
});

/** TT 10/2024/TT-BTNMT's one-sheet land certificate: page 1 the holder and parcel, page 2 the signature and register. */
const tt10 = (signature: string[], junk: string[] = [], confidence = 0.92): ExtractedText => {
  const scored = (lines: string[], c: number) => lines.map((text) => ({ text, confidence: c }));
  return {
    engine: 'tesseract',
    pages: [
      {
        pageNumber: 1,
        lines: scored(
          [
            ...MOTTO,
            'GIẤY CHỨNG NHẬN',
            'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT',
            'Mã Giấy chứng nhận: 11-0204-25-000318',
            '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:',
            'Ông Quàng Văn Pắng, sinh năm 1979, Căn cước số 011079002214',
            'Địa chỉ: bản Co Củ, xã Nà Tấu, tỉnh Điện Biên',
            '2. Thông tin thửa đất: Thửa đất số: 64; Tờ bản đồ số: 12; Diện tích: 318,0 m2',
            'Loại đất: Đất ở tại nông thôn 318,0 m2; Thời hạn sử dụng: Lâu dài',
            'Nguồn gốc sử dụng: Công nhận quyền sử dụng đất',
            'Số phát hành: AA 03318026',
          ],
          confidence,
        ),
      },
      {
        pageNumber: 2,
        lines: [
          ...scored(['5. Ghi chú: -/-', 'Nà Tấu, ngày 09 tháng 10 năm 2025'], confidence),
          ...scored(signature, confidence),
          ...scored(['Lò Văn Inh', 'Số vào sổ cấp Giấy chứng nhận: CS 00318'], confidence),
          ...scored(junk, 0.1),
        ],
      },
    ],
  };
};

describe('a land certificate’s signature block cut into lines by the OCR (`TM. ỦY` / `BAN NHÂN DÂN` / `XÃ …`)', () => {
  it('reads the committee and its tier from the lines read on', () => {
    const c = classifyText(tt10(['TM. ỦY', 'BAN NHÂN DÂN', 'XÃ NÀ TẤU', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']));
    expect(c).toMatchObject({
      docType: 'gcn-qsdd-ca-nhan',
      docNumber: 'CS00318',
      issueDate: '2025-10-09',
      issuer: 'ỦY BAN NHÂN DÂN XÃ NÀ TẤU',
      level: 'commune',
    });
    expect(c.needsReview).toBe(false);
  });

  it('counter-example: a signer’s title between the committee and a place is not read on', () => {
    const c = classifyText(tt10(['TM. ỦY', 'BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'XÃ NÀ TẤU', 'PHÓ CHỦ TỊCH']));
    expect(c.issuer).toBeNull();
    expect(c.reviewReasons).toContain('missing_issuer');
  });
});

describe('a photo’s OCR confidence weighs each line by its letters (a guilloche read as junk lines)', () => {
  const signature = ['TM. ỦY BAN NHÂN DÂN XÃ NÀ TẤU', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  /** A security background's pattern as tesseract reads it: many short lines of look-alike capitals. */
  const junk = Array.from({ length: 40 }, (_, i) => ['XS, ZANIX', 'N X X SG', 'ZZ XU NX', 'ẤN Z2'][i % 4] as string);

  it('a page of well-read text with its drawing read as junk lines is not low_ocr_confidence', () => {
    const c = classifyText(tt10(signature, junk));
    expect(c.warnings).not.toContain('low_ocr_confidence');
    expect(c.needsReview).toBe(false);
  });

  it('counter-example: text itself read poorly stays low_ocr_confidence, junk or not', () => {
    expect(classifyText(tt10(signature, junk, 0.45)).reviewReasons).toContain('low_ocr_confidence');
    expect(classifyText(tt10(signature, [], 0.45)).reviewReasons).toContain('low_ocr_confidence');
  });
});

describe('a title read off a photo with a letter lost (`GIẤY CHỨNG NHẬN KẾT HN`, TT 04/2020/TT-BTP)', () => {
  const marriage = (title: string, before: string[] = []) =>
    classifyText(
      pages([
        ...MOTTO,
        ...before,
        title,
        'Số: 12   Quyển số: 01/2024',
        'Họ, chữ đệm, tên chồng: LÒ VĂN PHONG',
        'Ngày, tháng, năm sinh: 03/4/1996   Dân tộc: Thái   Quốc tịch: Việt Nam',
        'Họ, chữ đệm, tên vợ: QUÀNG THỊ ÚT',
        'Ngày, tháng, năm sinh: 11/9/1998   Dân tộc: Thái   Quốc tịch: Việt Nam',
        'Nơi đăng ký: Ủy ban nhân dân xã Mường Phăng, tỉnh Điện Biên',
        'Ngày, tháng, năm đăng ký: 18/3/2024',
      ]),
    );

  it('types the paper from its title one letter short, also after a line read as marks only', () => {
    for (const c of [marriage('GIẦY CHÚNG NHẠN KẾT HN'), marriage('GIẦY CHÚNG NHẠN KẾT HN', ['ˆ', 'n'])]) {
      expect(c).toMatchObject({ docType: 'ket-hon', docNumber: '12', issueDate: '2024-03-18', level: 'commune' });
      expect(c.needsReview).toBe(false);
    }
  });

  it('counter-example: a title with its last word lost, or another word there, is not accepted as it', () => {
    expect(marriage('GIẦY CHÚNG NHẠN KẾT').reviewReasons).toContain('title_partial');
    const other = marriage('GIẦY CHÚNG NHẠN KẾT QUẢ');
    expect(other.docType).not.toBe('ket-hon');
    expect(other.needsReview).toBe(true);
  });
});

describe('a speck the OCR gave up on, read between the two lines of a title', () => {
  // A 300-dpi scan of the demo's food-safety certificate as tesseract read it (confidence, text).
  const READ: [number, string][] = [
    [0.7, 'ỦY BAN NHÂN DÂN TỈNH.'],
    [0.96, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [0.92, 'ĐIỆN BIẾN'],
    [0.14, 'in'],
    [0.0, 'lên'],
    [0.89, 'SƠ CÔNG THƯƠNG...'],
    [0.94, 'Độc lập - Tự do - Hạnh phúc'],
    [0.47, 'Số: 148/2025/ATTP-CNĐK'],
    [0.96, 'Điện Biên, ngày 30 tháng 4 năm 2025'],
    [0.87, 'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN'],
    [0.0, 'ni'],
    [0.23, 'THỰC'],
    [0.44, 'PHẨM...'],
    [0.76, 'CHÚNG NHẬN: QUÁN PHA ĐỊN.'],
    [0.94, 'Chủ cơ sở: Sùng A Thắng'],
    [0.0, 'l'],
    [0.89, 'Địa chỉ: tổ dân phố 5, xã Keo Lôm, huyện Điện Biên Đông, tỉnh Điện'],
    [0.0, 'cm.'],
    [0.43, 'Biên...'],
    [0.04, 'in'],
    [0.86, 'ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM THEO QUY ĐỊNH ĐỀ'],
    [0.93, 'KINH DOANH DỊCH VỤ ĂN UỐNG:'],
    [0.96, 'Giấy chứng nhận có giá trị 03 năm kể từ ngày cấp.'],
    [0.56, 'GIÁM ĐỐC.'],
    [0.96, 'Cà Ngọc Thảo'],
  ];
  const certificate = () =>
    classifyText(
      {
        engine: 'tesseract',
        pages: [{ pageNumber: 1, lines: READ.map(([confidence, text]) => ({ text, confidence })) }],
      },
      { referenceDate: '2026-01-01' },
    );

  it('is no line: the title split over three lines around it reads as one', () => {
    expect(certificate()).toMatchObject({
      kind: 'result',
      docType: 'gcn-an-toan-thuc-pham',
      docNumber: '148/2025/ATTP-CNĐK',
    });
  });

  it('counter-example: a short line the OCR read with confidence stays a line', () => {
    const kept = prepareText({
      engine: 'tesseract',
      pages: [
        {
          pageNumber: 1,
          lines: [
            { text: 'Số:', confidence: 0.9 },
            { text: 'ni', confidence: 0 },
            { text: '27', confidence: 0.9 },
          ],
        },
      ],
    });
    expect(kept.folded).toBe('so:\n27');
  });
});

describe('the committee’s head `ỦY` read as one letter (`Ÿ BAN NHÂN DÂN …`, held-out 8 dev photo class)', () => {
  const hkd = (head: string) =>
    classifyText(
      doc(
        head,
        MOTTO[0]!,
        'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ',
        MOTTO[1]!,
        'Lê Chân, ngày 14 tháng 4 năm 2026',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
        'Mã số hộ kinh doanh: 031188004471',
        'Đăng ký lần đầu: ngày 02 tháng 10 năm 2017',
        '1. Tên hộ kinh doanh: BÁNH ĐA CUA',
        'TRƯỞNG PHÒNG',
      ),
    );

  it('still names the committee and its tier', () => {
    expect(hkd('Ÿ BAN NHÂN DÂN PHƯỜNG LÊ CHÂN')).toMatchObject({ level: 'commune', needsReview: false });
  });

  it('counter-example: a head lost further (`BAN NHÂN DÂN PHƯỜNG …`) names no level, to review', () => {
    const c = hkd('BAN NHÂN DÂN PHƯỜNG LÊ CHÂN');
    expect(c.level).toBeNull();
    expect(c.needsReview).toBe(true);
  });
});

describe('a signature block whose committee line a seal garbled, its tier line clean (held-out 8 dev photo class)', () => {
  /** NĐ 88/2009's certificate (TT 17/2009/TT-BTNMT) as tesseract read a photo: the seal over `ỦY BAN NHÂN DÂN`. */
  const gcn = (place: string, tierLine: string) =>
    classifyText(
      pages([
        ...MOTTO,
        'GIẤY CHỨNG NHẬN',
        'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
        'BD 227014',
        'I Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
        'Hộ ông: Phạm Văn Lực, sinh năm 1965, CMND số 141 120 338',
        'Địa chỉ: thôn Đông Phan, xã Thanh Hồng, huyện Thanh Hà, tỉnh Hải Dương',
        'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
        '1. Thửa đất: a) Thửa đất số: 56, tờ bản đồ số: 19; b) Diện tích: 418,5 m°',
        `${place}, ngày 28 tháng 11 năm 2011`,
        'TM.',
        'ỪẾ',
        'BA!',
        'ÂNLDÂN',
        tierLine,
        'Ủ TỊCH',
        'CHỦ TỊCH',
        'Vũ Đức Cảnh',
        'Số vào sổ cấp GCN: CH00345',
      ]),
    );

  it('names the committee of the tier line when the place–date line names the same unit', () => {
    expect(gcn('Thanh Hà', 'HUYỆN THANH HÀ')).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN THANH HÀ',
      level: 'district',
      needsReview: false,
    });
  });

  it('counter-example: a tier line that names another unit than the place gives no issuer, to review', () => {
    const c = gcn('Gia Lộc', 'HUYỆN THANH HÀ');
    expect(c.issuer).toBeNull();
    expect(c.reviewReasons).toContain('missing_issuer');
  });

  it('counter-example: a long line between `TM.` and the tier line ends the block (not a seal’s fragments)', () => {
    const c = classifyText(
      pages([
        ...MOTTO,
        'GIẤY CHỨNG NHẬN',
        'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
        'BD 227014',
        'Hộ ông: Phạm Văn Lực, sinh năm 1965',
        'Thanh Hà, ngày 28 tháng 11 năm 2011',
        'TM.',
        'Nơi nhận: lưu hồ sơ địa chính của xã',
        'HUYỆN THANH HÀ',
        'Số vào sổ cấp GCN: CH00345',
      ]),
    );
    expect(c.issuer).toBeNull();
  });
});

describe('a certifier’s committee with a seal’s speck read as a stop (`ỦY BẠN. NHÂN DÂN …`, held-out 8 dev photo class)', () => {
  /** A copy of an NĐ 158/2005 marriage certificate certified by a ward (NĐ 23/2015, TT 01/2020/TT-BTP), as read. */
  const copy = (certifier: string) =>
    classifyText(
      pages([
        'GIẦY CHỨNG NHẬN KẾT HỒN',
        'Số: 52 Quyển số: 01/2003',
        'Họ và tên chồng: Thái Bá Long Họ và tên vợ: Phan Thị Thảo',
        'Nơi đăng ký: UBND phường Hưng Bình, thành phố Vinh, tỉnh Nghệ An',
        'Ngày đăng ký: 14/4/2003',
        'TM. UỶ BAN NHÂN DÂN — CHỦ TỊCH — Nguyễn Văn Thường',
        'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
        'Số chứng thực: 5120 Quyển số: 02/2026-SCT/BS',
        'Phường Thành Vinh, tỉnh Nghệ An, ngày 24 tháng 02 năm 2026',
        'NGƯỜI THỤC HIỆN CHỨNG THỤC',
        '(ký đóng dấu)',
        'Hoàng Thị Kim Oanh',
        certifier,
      ]),
    );

  it('names the certifier, printed as the committee’s name, and its tier', () => {
    expect(copy('ỦY BẠN. NHÂN DÂN PHƯỜNG THÀNH VINH')).toMatchObject({
      docType: 'chung-thuc-ban-sao',
      issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG THÀNH VINH',
      level: 'commune',
      needsReview: false,
    });
  });

  it('counter-example: the head itself lost (`BẠN. NHÂN DÂN …`) names no certifier, to review', () => {
    const c = copy('BẠN. NHÂN DÂN PHƯỜNG THÀNH VINH');
    expect(c.issuer).toBeNull();
    expect(c.reviewReasons).toContain('missing_issuer');
  });
});

describe('a Central Highlands name with an apostrophe in the certifier’s block (`UBND HUYỆN CƯM’GAR`, held-out 7 dev photo class)', () => {
  const copy = (...block: string[]) =>
    classifyText(
      pages([
        'UNIVERSITY OF TECHNOLOGY SYDNEY',
        'BACHELOR OF NURSING',
        'This is to certify that HUỲNH THỊ THANH TRUC',
        'Conferred on',
        '14 December 2021',
        'Chứng thực bản sao đúng với bản chính',
        'Số chứng thực: 412 Quyển số: 01/2022-SCT/BS',
        'Ngày 10 tháng 5 năm 2022',
        ...block,
        'Người thực hiện chứng thực',
        'TRƯỞNG PHÒNG',
        'Y Khuê Byă',
      ]),
    );

  it('reads the body and its tier, the name printed with its apostrophe', () => {
    for (const name of ["CƯM'GAR", 'EA H’LEO', 'M’ĐRẮK']) {
      const c = copy(`UBND HUYỆN ${name}`, 'PHÒNG TƯ', 'PHÁP');
      expect(c.level).toBe('district');
      expect(c.issuer?.replace(/[’']/g, "'")).toBe(`UBND HUYỆN ${name.replace(/[’']/g, "'")}`);
      expect(c.needsReview).toBe(false);
    }
  });

  it('counter-example: the block naming no tier (`UBND CƯM’GAR`) gives no level, to review', () => {
    const c = copy("UBND CƯM'GAR", 'PHÒNG TƯ', 'PHÁP');
    expect(c.level).toBeNull();
    expect(c.needsReview).toBe(true);
  });
});

describe('OCR damage that made a wrong field look sure (dev-half papers photographed again with other defects)', () => {
  it('a speck read as a lone tier word (`xA`) under a department is no body of its own', () => {
    const c = classifyText(
      pages([
        'UBND TỈNH ĐIỆN BIÊN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ GIAO THÔNG VẬN TẢI',
        'Độc lập - Tự do - Hạnh phúc',
        'xA',
        'GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ',
        'Số: 56.0107',
        'Cấp lần đầu: ngày 11/04/2019',
        'Cấp cho đơn vị: CÔNG TY TNHH VẬN TẢI NẬM RỐM',
        'KT. GIÁM ĐỐC',
      ]),
    );
    expect(c).toMatchObject({ level: 'province', issuer: 'UBND TỈNH ĐIỆN BIÊN / SỞ GIAO THÔNG VẬN TẢI' });
  });

  it('counter-example: the tier under a bare `ỦY BAN NHÂN DÂN` still names it (`THÀNH PHỐ` / its name)', () => {
    const c = classifyText(
      pages([
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ',
        'ĐIỆN BIÊN PHỦ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 88/QĐ-UBND',
        'Điện Biên Phủ, ngày 02 tháng 3 năm 2024',
      ]),
    );
    expect(c.level).toBe('district');
  });

  /** ND 30's number line with the hyphen read as a colon: the symbol runs on past where it was read. */
  const decision = (numberLine: string) =>
    classifyText(
      pages([
        'UBND TỈNH ĐIỆN BIÊN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ NỘI VỤ',
        'Độc lập - Tự do - Hạnh phúc',
        'Điện Biên, ngày 08 tháng 10 năm 2024',
        numberLine,
        'QUYẾT ĐỊNH',
        'Về việc hưởng trợ cấp thất nghiệp',
        'GIÁM ĐỐC SỞ NỘI VỤ TỈNH ĐIỆN BIÊN',
        'Điều 1. Bà Lò Thị Xuân, sinh ngày 12/6/1991, số sổ bảo hiểm xã hội 6210235587,',
        'được hưởng trợ cấp thất nghiệp: 03 tháng, từ ngày 20/9/2024 đến ngày 19/12/2024.',
        'KT. GIÁM ĐỐC',
      ]),
    );

  it('a number whose symbol the OCR cut at a colon (`9876/QĐ:SNV`) goes to review', () => {
    const c = decision('Số: 9876/QĐ:SNV');
    expect(c.reviewReasons).toContain('doc_number_uncertain');
  });

  it('counter-example: the whole symbol read (`9876/QĐ-SNV`) is accepted', () => {
    expect(decision('Số: 9876/QĐ-SNV')).toMatchObject({ docNumber: '9876/QĐ-SNV', needsReview: false });
  });

  /** TT 04/2020's extract under a three-line header `ỦY BAN NHÂN DÂN / XÃ A / HUYỆN B`, the commune line lost. */
  const extract = (...header: string[]) =>
    classifyText(
      pages([
        ...header,
        'Thanh Xương, ngày 15 tháng 10 năm 2024',
        'Số: 312/TLKS-BS',
        'TRÍCH LỤC KHAI SINH',
        '(BẢN SAO)',
        'Họ, chữ đệm, tên: LÒ VĂN KHIÊM',
        'Ngày, tháng, năm sinh: 07/6/1995',
        'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên',
        'Sao từ Sổ đăng ký khai sinh.',
        'KT. CHỦ TỊCH',
      ]),
    );

  it('a header whose lowest line names a district’s tier but no unit (`HUYỆN`) gives an uncertain level', () => {
    // As tesseract read a low-dpi photo: the two columns interleaved, the commune line at 0.11, specks after.
    const c = extract('ỦY BAN NHÂN DÂN', MOTTO[0]!, 'NA TƯỜNG', MOTTO[1]!, 'HUYỆN', 'U', 'HẠ');
    expect(c.level).toBe('district');
    expect(c.reviewReasons).toContain('level_uncertain');
  });

  it('counter-example: the commune line read gives the commune, accepted', () => {
    expect(extract('ỦY BAN NHÂN DÂN', MOTTO[0]!, 'XÃ THANH XƯƠNG', MOTTO[1]!, 'HUYỆN ĐIỆN BIÊN')).toMatchObject({
      level: 'commune',
      needsReview: false,
    });
  });
});

describe('two readings of one field that disagree, or a field read past its line (re-photographed dev halves)', () => {
  /** TT 46/2015/TT-BGTVT's oversize-vehicle permit: the number line over the place–date line. */
  const permit = (placeDate: string) =>
    classifyText(
      pages([
        'UBND TỈNH ĐIỆN BIÊN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ GIAO THÔNG VẬN TẢI',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 412/GPLH',
        placeDate,
        'GIẤY PHÉP LƯU HÀNH XE QUÁ TẢI TRỌNG, XE QUÁ KHỔ GIỚI HẠN',
        'Có giá trị đến ngày: 30/11/2024',
        'Cấp cho: Công ty TNHH Xây dựng Nậm Rốm',
        'KT. GIÁM ĐỐC',
      ]),
    );

  it('a symbol does not run on into the place–date line a photo read with a slash (`/e Biên, ngày …`)', () => {
    expect(permit('/e Biên, ngày 04 tháng 11 năm 2024').docNumber).toBe('412/GPLH');
  });

  it('counter-example: a symbol the line break split (`Số: 12/QĐ-` / `UBND`) still runs on', () => {
    const c = classifyText(
      pages([
        'ỦY BAN NHÂN DÂN',
        'HUYỆN TUẦN GIÁO',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 1204/QĐ-',
        'UBND',
        'Tuần Giáo, ngày 18 tháng 7 năm 2023',
        'QUYẾT ĐỊNH',
        'Về việc trợ cấp xã hội hàng tháng',
        'Điều 1. Trợ cấp xã hội hàng tháng đối với bà Lò Thị Ún, sinh năm 1950, người cao tuổi.',
      ]),
    );
    expect(c.docNumber).toBe('1204/QĐ-UBND');
  });

  /** TT 04/2020's extract: the header's `Số: 04/TLNCMC` read without its slash, the register entry's `Số: 04` below. */
  const extract = (numberLine: string) =>
    classifyText(
      pages([
        'UBND PHƯỜNG MƯỜNG THANH',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        numberLine,
        'Mường Thanh, ngày 12 tháng 10 năm 2020',
        'TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON',
        'Họ, chữ đệm, tên người nhận: LÒ VĂN HUY',
        'Nơi đăng ký: Ủy ban nhân dân phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
        'Ngày, tháng, năm đăng ký: 12/10/2020 Số: 04 Quyển số: 01/2020',
        'KT. CHỦ TỊCH',
      ]),
    );

  it('a number line whose digits ran into the symbol (`Số: 04TLNCMC`) sends the number read below to review', () => {
    expect(extract('Số: 04TLNCMC').reviewReasons).toContain('doc_number_uncertain');
  });

  it('counter-example: the header’s number read whole is the number, accepted', () => {
    expect(extract('Số: 04/TLNCMC')).toMatchObject({ docNumber: '04/TLNCMC', needsReview: false });
  });

  /** TT 01/2020/TT-BTP Mẫu 15: the lời chứng's date in figures, then in words. */
  const signature = (dateLine: string) =>
    classifyText(
      pages([
        ...MOTTO,
        'GIẤY ỦY QUYỀN',
        'Bên ủy quyền: ông Lò Văn Pấng, sinh năm 1969, thường trú bản Co Mận, xã Mường Phăng',
        'Nội dung ủy quyền: thay mặt tôi nộp hồ sơ và nhận Giấy chứng nhận quyền sử dụng đất.',
        'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
        dateLine,
        'Tại Ủy ban nhân dân xã Mường Phăng, tỉnh Điện Biên',
        'Tôi Lò Thị Dung, Phó Chủ tịch Ủy ban nhân dân xã Mường Phăng',
        'Chứng thực',
        'Ông Lò Văn Pấng, CCCD số 011069001245, đã ký vào giấy tờ này trước mặt tôi.',
        'Số chứng thực: 312 Quyển số: 01/2025-SCT/CK,ĐC',
      ]),
    );

  it('figures and words of one date that disagree (01/01 against mùng ba tháng ba) send the date to review', () => {
    const c = signature('Ngày 01/01/2025 (Ngày mùng ba tháng ba năm hai nghìn không trăm hai mươi lăm)');
    expect(c.reviewReasons).toContain('issue_date_uncertain');
  });

  it('counter-example: figures and words that agree are accepted', () => {
    const c = signature('Ngày 03/03/2025 (Ngày mùng ba tháng ba năm hai nghìn không trăm hai mươi lăm)');
    expect(c).toMatchObject({ issueDate: '2025-03-03', needsReview: false });
  });

  /** NĐ 96/2024/NĐ-CP: a broker's practice certificate, valid 5 years (the catalogue's fixed term). */
  const broker = (issued: string, until: string) =>
    classifyText(
      pages([
        'UBND TỈNH ĐIỆN BIÊN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ XÂY DỰNG',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 56-0044',
        `Điện Biên, ngày ${issued}`,
        'CHỨNG CHỈ HÀNH NGHỀ MÔI GIỚI BẤT ĐỘNG SẢN',
        'Ông: Lường Văn Hậu Ngày sinh: 01/12/1987',
        `Chứng chỉ có giá trị đến ngày ${until}`,
        'KT. GIÁM ĐỐC',
      ]),
    );

  it('a printed end one month figure off the type’s term from the issue date (a misread 5 as 3) is checked', () => {
    expect(broker('16 tháng 3 năm 2024', '16/05/2029').reviewReasons).toContain('expiry_uncertain');
  });

  it('counter-example: the end the term gives, or one that differs in years (a term granted otherwise), is kept', () => {
    expect(broker('16 tháng 5 năm 2024', '16/05/2029')).toMatchObject({ expiryDate: '2029-05-16', needsReview: false });
    expect(broker('16 tháng 5 năm 2024', '16/05/2027').reviewReasons).not.toContain('expiry_uncertain');
  });
});

describe('a certified copy whose certification label a speck split, and a page the OCR barely read', () => {
  /** A 1998 land certificate copied at a ward (NĐ 23/2015): the copied paper has its own register number. */
  const copy = (label: string) =>
    classifyText(
      pages(
        [
          ...MOTTO,
          'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT',
          'UỶ BAN NHÂN DÂN HUYỆN TUẦN GIÁO chứng nhận',
          'Hộ ông (bà): Lò Văn Thuyết',
          'Được quyền sử dụng 312 m² đất, thửa số 488, tờ bản đồ số 07, tại bản Chiềng Chung',
          'Tuần Giáo, ngày 14 tháng 9 năm 1998',
          'TM. UỶ BAN NHÂN DÂN HUYỆN',
          'Vào sổ cấp giấy chứng nhận quyền sử dụng đất số: 01452 QSDĐ',
        ],
        [
          'Chứng thực bản sao đúng với bản chính.',
          `${label} 2318 quyển số 03/2025-SCT/BS`,
          'Xã Tuần Giáo, tỉnh Điện Biên, ngày 12 tháng 9 năm 2025',
          'NGƯỜI THỰC HIỆN CHỨNG THỰC',
          'Lò Thị Mai',
          'ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO',
        ],
      ),
    );

  it("reads the certification’s number, not the copied paper’s, through `Số'chứng thực`", () => {
    expect(copy("Số'chứng thực").docNumber).toBe('2318');
    expect(copy('Số chứng thực:').docNumber).toBe('2318');
  });

  it('a page the OCR barely read is never accepted as not a result', () => {
    // A TT 10/2024 certificate's second page under a guilloche, as tesseract read an office scan of the
    // project's own rendering (readings/tt10-inner-page-guilloche.json): a few lines read, the rest junk.
    const read = innerPage.lines;
    const c = classifyText({
      engine: 'tesseract',
      pages: [
        {
          pageNumber: 1,
          lines: read.map(([text, confidence]) => ({ text: String(text), confidence: Number(confidence) })),
        },
      ],
    });
    // Sure enough by its own score (≥ REVIEW_THRESHOLD); the OCR's doubt is what sends it to a person.
    expect(c.warnings).toContain('low_ocr_confidence');
    expect(c.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(c.kind).toBe('not_a_result');
    expect(c.reviewReasons).toContain('uncertain_not_a_result');
  });

  it('counter-example: a letter read clearly is accepted as not a result', () => {
    const c = classifyText(
      pages([
        'UBND TỈNH ĐIỆN BIÊN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
        'Số: 664/STNMT-ĐĐ',
        'V/v cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
        'Điện Biên, ngày 22 tháng 11 năm 2023',
        'Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố',
        'Sở Tài nguyên và Môi trường đề nghị các đơn vị báo cáo tiến độ cấp Giấy chứng nhận.',
      ]),
    );
    expect(c).toMatchObject({ kind: 'not_a_result', needsReview: false });
  });
});
