/**
 * What a document is (a result of a catalogue type, a result of unknown type, not a result), by cause class:
 * texts written here from the published forms and DOMAIN.md, each with a counter-example that must not change.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

describe('diplomas: the title under the motto, then the granting office (TT 21/2019/TT-BGDĐT phôi)', () => {
  const body = [
    'Công nhận tốt nghiệp trung học cơ sở năm 2022',
    'cho: Quàng Thị Ngọc',
    'Ngày sinh: 03/09/2007',
    'Xếp loại tốt nghiệp: Trung bình',
    'Tủa Chùa, ngày 14 tháng 6 năm 2022',
    'TRƯỞNG PHÒNG',
    'Số hiệu: C 7730215',
    'Số vào sổ cấp bằng: 57/2022',
  ];
  const office = 'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TỦA CHÙA';
  const expected = {
    kind: 'result',
    docType: 'bang-tot-nghiep-thcs',
    docNumber: '57/2022',
    issueDate: '2022-06-14',
    level: 'district',
  };

  it('reads a lower-secondary diploma whose granting office (TRƯỞNG PHÒNG …) follows the title', () => {
    expect(classifyText(doc(...MOTTO, 'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ', office, ...body))).toMatchObject({
      ...expected,
      needsReview: false,
    });
  });

  it('reads it with the title over two lines, with tone marks lost, or as the first line', () => {
    for (const title of [
      ['BẰNG TỐT NGHIỆP', 'TRUNG HỌC CƠ SỞ'],
      ['BẰNG TÓT NGHIỆP TRUNG HOC CO SỞ'],
      ['B Ằ N G  T Ố T  N G H I Ệ P  T R U N G  H Ọ C  C Ơ  S Ở'],
    ]) {
      expect(classifyText(doc(...MOTTO, ...title, office, ...body))).toMatchObject(expected);
    }
    expect(classifyText(doc('BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ', office, ...body))).toMatchObject(expected);
  });

  it('reads it when the OCR joins the title and the office on one line', () => {
    const c = classifyText(doc(...MOTTO, `BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ ${office}`, ...body));
    expect(c).toMatchObject({ kind: 'result', docType: 'bang-tot-nghiep-thcs', docNumber: '57/2022' });
  });

  it('reads it when the office line is read first (Textract order) and the signer’s title joins the header', () => {
    expect(classifyText(doc(office, ...MOTTO, 'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ', ...body))).toMatchObject(expected);
  });

  it('reads an upper-secondary diploma with its English lines and the director’s office', () => {
    const c = classifyText(
      doc(
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SOCIALIST REPUBLIC OF VIETNAM',
        ...MOTTO.slice(1),
        'Independence - Freedom - Happiness',
        'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
        'UPPER SECONDARY SCHOOL DIPLOMA',
        'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
        'cho: Lù Văn Sơn',
        'Ngày sinh: 21/11/2005',
        'Năm tốt nghiệp: 2023',
        'Điện Biên, ngày 28 tháng 7 năm 2023',
        'GIÁM ĐỐC',
        'Số vào sổ cấp bằng: 3310/2023',
      ),
    );
    expect(c).toMatchObject({ docType: 'bang-tot-nghiep-thpt', docNumber: '3310/2023', level: 'province' });
  });

  it('repairs an O read for a 0 in the register year (57/2O22), and sends one inside the number to review', () => {
    const year = classifyText(
      doc(...MOTTO, 'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ', office, ...body.slice(0, 7), 'Số vào sổ cấp bằng: 57/2O22'),
    );
    expect(year).toMatchObject({ docType: 'bang-tot-nghiep-thcs', docNumber: '57/2022', needsReview: false });
    const inNumber = classifyText(
      doc(...MOTTO, 'BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ', office, ...body.slice(0, 7), 'Số vào sổ cấp bằng: 5O7/2022'),
    );
    expect(inNumber.reviewReasons).toContain('doc_number_uncertain');
  });

  it('counter-examples: a notice and a list about diplomas stay non-results', () => {
    const notice = classifyText(
      doc(
        ...MOTTO,
        'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TỦA CHÙA',
        'Số: 12/TB-PGDĐT',
        'THÔNG BÁO',
        'Về việc cấp bằng tốt nghiệp trung học cơ sở năm 2022',
        'Tủa Chùa, ngày 14 tháng 6 năm 2022',
      ),
    );
    expect(notice).toMatchObject({ kind: 'not_a_result', needsReview: false });
    const list = classifyText(
      doc(...MOTTO, 'DANH SÁCH HỌC SINH ĐƯỢC CẤP BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ', office, 'Năm học 2021-2022'),
    );
    expect(list.kind).toBe('not_a_result');
  });
});

describe('drafts (DỰ THẢO) of a result form are not results', () => {
  const permit = (...extra: string[]) =>
    doc(
      'ỦY BAN NHÂN DÂN',
      'XÃ NÀ TẤU',
      ...MOTTO,
      ...extra,
      'GIẤY PHÉP XÂY DỰNG',
      'Số: ……/GPXD',
      'Cấp cho: Ông Lường Văn Khiêm',
      'Địa chỉ: bản Nà Tấu 2, xã Nà Tấu, tỉnh Điện Biên',
      'Được phép xây dựng công trình: Nhà ở riêng lẻ',
      'Theo thiết kế: Nhà 2 tầng, diện tích xây dựng 96 m²',
      'Nà Tấu, ngày …… tháng …… năm 2025',
      'CHỦ TỊCH',
    );

  it('reads an unsigned draft with its number and date left blank as not a result, without review', () => {
    for (const mark of ['DỰ THẢO', 'Dự thảo lần 2', '(Bản dự thảo trình lãnh đạo xem xét)']) {
      const c = classifyText(permit(mark));
      expect(c).toMatchObject({ kind: 'not_a_result', docType: null, needsReview: false });
      expect(c.reasons?.[0]).toMatch(/^draft of giay-phep-xay-dung-nha-o/);
    }
  });

  it('reads the mark joined to the motto by the OCR, or after the title', () => {
    const joined = permit().replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'DỰ THẢO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(classifyText(joined).kind).toBe('not_a_result');
    const titled = permit().replace('GIẤY PHÉP XÂY DỰNG', 'GIẤY PHÉP XÂY DỰNG (Dự thảo)');
    expect(classifyText(titled).kind).toBe('not_a_result');
  });

  it('reads the mark joined to the issuer line by a reader that sorts the corner box beside the header', () => {
    for (const line of ['DỰ THẢO ỦY BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN DỰ THẢO', 'DU THAO UY BAN NHAN DAN']) {
      const joined = permit().replace('ỦY BAN NHÂN DÂN', line);
      expect(classifyText(joined)).toMatchObject({ kind: 'not_a_result', docType: null });
    }
  });

  it('counter-example: a sentence about a draft further down does not make a draft', () => {
    const signed = permit()
      .replace('Số: ……/GPXD', 'Số: 41/GPXD')
      .replace('ngày …… tháng …… năm 2025', 'ngày 12 tháng 5 năm 2025')
      .replace('Cấp cho:', 'Dự thảo Ủy ban nhân dân xã đã lấy ý kiến.\nCấp cho:');
    expect(classifyText(signed)).toMatchObject({ kind: 'result', docType: 'giay-phep-xay-dung-nha-o' });
  });

  it('sends a draft-marked paper whose number and date are filled in to review, never as a result', () => {
    const filled = permit('DỰ THẢO')
      .replace('Số: ……/GPXD', 'Số: 41/GPXD')
      .replace('ngày …… tháng …… năm 2025', 'ngày 12 tháng 5 năm 2025');
    expect(classifyText(filled)).toMatchObject({
      kind: 'not_a_result',
      needsReview: true,
      reviewReasons: ['uncertain_not_a_result'],
    });
  });

  it('counter-example: a signed permit whose body says “dự thảo” in a sentence stays a result', () => {
    const signed = permit()
      .replace('Số: ……/GPXD', 'Số: 41/GPXD')
      .replace('ngày …… tháng …… năm 2025', 'ngày 12 tháng 5 năm 2025')
      .replace('CHỦ TỊCH', 'Công trình không thuộc dự thảo quy hoạch mở đường đã công bố.\nCHỦ TỊCH');
    expect(classifyText(signed)).toMatchObject({
      kind: 'result',
      docType: 'giay-phep-xay-dung-nha-o',
      docNumber: '41/GPXD',
      issueDate: '2025-05-12',
    });
  });
});

describe('a symbol never overrides a readable title of another kind', () => {
  const practice = (title: string, number: string, ...lines: string[]) =>
    doc(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      ...MOTTO,
      `Số: ${number}`,
      'Điện Biên, ngày 09 tháng 10 năm 2025',
      title,
      'Họ và tên: Lò Văn Pâng   Năm sinh: 1987',
      ...lines,
      'GIÁM ĐỐC',
    );

  it('reads a veterinary practice certificate numbered …/CCHN-TY as its own type, never the construction one', () => {
    const c = classifyText(
      practice('CHỨNG CHỈ HÀNH NGHỀ THÚ Y', '27/CCHN-TY', 'Phạm vi hành nghề: Tiêm phòng, chữa bệnh cho động vật'),
    );
    expect(c).toMatchObject({
      kind: 'result',
      docType: 'chung-chi-hanh-nghe-thu-y',
      title: 'CHỨNG CHỈ HÀNH NGHỀ THÚ Y',
      docNumber: '27/CCHN-TY',
    });
    expect(c.warnings).not.toContain('type_from_symbol');
  });

  it('keeps a surveying practice certificate (CCHN symbol, not a construction one) of unknown type', () => {
    const c = classifyText(practice('CHỨNG CHỈ HÀNH NGHỀ ĐO ĐẠC VÀ BẢN ĐỒ', '0215/CCHN-ĐĐBĐ', 'Hạng: II'));
    expect(c).toMatchObject({ kind: 'result', docType: null, title: 'CHỨNG CHỈ HÀNH NGHỀ ĐO ĐẠC VÀ BẢN ĐỒ' });
    expect(c.reviewReasons).toContain('unknown_type');
    expect(c.warnings).not.toContain('type_from_symbol');
  });

  it('keeps the whole printed title of an unknown type printed over two lines', () => {
    const c = classifyText(
      practice('GIẤY CHỨNG NHẬN\nĐỦ ĐIỀU KIỆN BUÔN BÁN PHÂN BÓN', '08/GCN-CCCNTY', 'Địa chỉ cơ sở: tổ dân phố 5'),
    );
    expect(c).toMatchObject({ docType: null, title: 'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN BUÔN BÁN PHÂN BÓN' });
    // Counter-example: the signer's line under a bare head is not part of the title.
    const bare = classifyText(practice('GIẤY CHỨNG NHẬN\nGIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '08/GCN-CCCNTY'));
    expect(bare.title).toBe('GIẤY CHỨNG NHẬN');
  });

  it('counter-example: a bare or slightly misread title is still typed from its symbol, to review', () => {
    for (const title of ['GIẤY CHỨNG NHẬN', 'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆM']) {
      const c = classifyText(practice(title, '45/2025/GCNATTP-SNNMT', 'Tên cơ sở: Hộ kinh doanh Lò Văn Pâng'));
      expect(c).toMatchObject({ docType: 'gcn-an-toan-thuc-pham', needsReview: true });
      expect(c.warnings).toContain('type_from_symbol');
    }
  });
});

describe('needless reviews of official forms', () => {
  const extract = (title: string) =>
    doc(
      'ỦY BAN NHÂN DÂN',
      'XÃ MƯỜNG PHĂNG',
      ...MOTTO,
      'Số: 14/2024',
      title,
      'Họ, chữ đệm, tên: LÒ VĂN TUẤN',
      'Ngày, tháng, năm sinh: 02/02/2001',
      'Nội dung thay đổi, cải chính: cải chính chữ đệm của người cha',
      'Nơi đăng ký: Ủy ban nhân dân xã Mường Phăng, tỉnh Điện Biên',
      'Ngày, tháng, năm đăng ký: 07/11/2024',
      'NGƯỜI KÝ TRÍCH LỤC',
    );

  it('accepts a civil-status change extract under each title its form is printed with (TT 04/2020)', () => {
    for (const title of [
      'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH',
      'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH, XÁC ĐỊNH LẠI DÂN TỘC',
      'TRÍCH LỤC BỔ SUNG THÔNG TIN HỘ TỊCH',
    ]) {
      expect(classifyText(extract(title))).toMatchObject({
        docType: 'trich-luc-thay-doi-ho-tich',
        docNumber: '14/2024',
        issueDate: '2024-11-07',
        level: 'commune',
        needsReview: false,
      });
    }
  });

  it('restores the Đ of its symbol read without diacritics (Textract: 09/TLTD-BS)', () => {
    const folded = extract('TRICH LUC THAY DOI, CAI CHINH HO TICH').replace('Số: 14/2024', 'So: 09/TLTD-BS');
    expect(classifyText(folded).docNumber).toBe('09/TLTĐ-BS');
  });

  it('counter-example: a shortened or generic extract title still goes to review', () => {
    for (const title of ['TRÍCH LỤC HỘ TỊCH', 'TRÍCH LỤC THAY ĐỔI CẢI CHÍNH']) {
      expect(classifyText(extract(title)).reviewReasons).toContain('title_partial');
    }
  });
});

describe('benefit decisions are typed by their trích yếu', () => {
  const decision = (subject: string, article: string, issuer = ['UBND HUYỆN MƯỜNG ẢNG']) =>
    doc(
      ...issuer,
      ...MOTTO,
      'Số: 901/QĐ-UBND',
      'Mường Ảng, ngày 05 tháng 5 năm 2023',
      'QUYẾT ĐỊNH',
      subject,
      'CHỦ TỊCH UBND HUYỆN MƯỜNG ẢNG',
      'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;',
      'QUYẾT ĐỊNH:',
      article,
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
      'CHỦ TỊCH',
    );

  it('reads a funeral-support decision as its own type, not the monthly allowance its Căn cứ names', () => {
    const c = classifyText(
      decision(
        'Về việc hỗ trợ chi phí mai táng',
        'Điều 1. Hỗ trợ chi phí mai táng cho ông Cà Văn Pọm, người tổ chức mai táng bà Cà Thị Dung, đã chết ngày 20/4/2023.',
      ),
    );
    expect(c).toMatchObject({ docType: 'quyet-dinh-ho-tro-mai-tang', needsReview: false });
  });

  it('counter-example: a monthly allowance whose Điều 1 also names the funeral support stays the allowance', () => {
    const c = classifyText(
      decision(
        'Về việc hưởng trợ cấp xã hội hàng tháng',
        'Điều 1. Trợ cấp xã hội hàng tháng đối với bà Cà Thị Dung, sinh năm 1940, mức 540.000 đồng/tháng; khi bà chết, người tổ chức mai táng được hỗ trợ chi phí mai táng.',
      ),
    );
    expect(c).toMatchObject({ docType: 'quyet-dinh-tro-cap-xa-hoi', needsReview: false });
  });

  it('reads an unemployment-benefit decision as its own type, not the social allowance (both say “hưởng trợ cấp”)', () => {
    const c = classifyText(
      decision(
        'Về việc hưởng trợ cấp thất nghiệp',
        'Điều 1. Ông Lò Văn Chiến được hưởng trợ cấp thất nghiệp 03 tháng, mức 3.150.000 đồng/tháng.',
        ['UBND TỈNH ĐIỆN BIÊN', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
      ).replace('901/QĐ-UBND', '512/QĐ-SLĐTBXH'),
    );
    expect(c).toMatchObject({ docType: 'quyet-dinh-tro-cap-that-nghiep', level: 'province' });
  });

  it('reads a merit-allowance decision for a person with service to the revolution as its own type', () => {
    const c = classifyText(
      decision(
        'Về việc hưởng trợ cấp hàng tháng đối với người có công với cách mạng',
        'Điều 1. Ông Lò Văn Thanh được hưởng trợ cấp ưu đãi hằng tháng, mức 2.889.000 đồng/tháng.',
        ['UBND TỈNH ĐIỆN BIÊN', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
      ).replace('901/QĐ-UBND', '233/QĐ-SLĐTBXH'),
    );
    expect(c).toMatchObject({ docType: 'quyet-dinh-tro-cap-nguoi-co-cong', level: 'province' });
  });

  it('sends a decision that stops a benefit to review as a result of unknown type, never as the grant', () => {
    for (const subject of [
      'Về việc thôi hưởng trợ cấp xã hội hàng tháng',
      'Về việc chấm dứt hưởng trợ cấp thất nghiệp',
    ]) {
      const c = classifyText(
        decision(subject, 'Điều 1. Thôi hưởng trợ cấp đối với bà Cà Thị Dung kể từ ngày 01/6/2023.'),
      );
      expect(c).toMatchObject({ kind: 'result', docType: null, needsReview: true });
    }
  });
});

describe('types added to the catalogue (commune, district and province high-volume results)', () => {
  it('reads a judicial-record certificate and a poverty certificate; their request form stays a non-result', () => {
    const lltp = classifyText(
      doc(
        'SỞ TƯ PHÁP TỈNH ĐIỆN BIÊN',
        ...MOTTO,
        'Số: 2871/STP-LLTP',
        'PHIẾU LÝ LỊCH TƯ PHÁP SỐ 2',
        'Họ và tên: Quàng Thị Thu',
        'Tình trạng án tích: Không có án tích',
        'Điện Biên, ngày 11 tháng 4 năm 2025',
        'GIÁM ĐỐC',
      ),
    );
    expect(lltp).toMatchObject({ docType: 'phieu-ly-lich-tu-phap', level: 'province', needsReview: false });
    const form = classifyText(
      doc(
        ...MOTTO,
        'TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP',
        'Kính gửi: Sở Tư pháp tỉnh Điện Biên',
        'Họ và tên: Quàng Thị Thu',
      ),
    );
    expect(form.kind).toBe('not_a_result');
    const poor = classifyText(
      doc(
        'ỦY BAN NHÂN DÂN',
        'XÃ NÀ TẤU',
        ...MOTTO,
        'Số: 0311/GCN-UBND',
        'GIẤY CHỨNG NHẬN HỘ CẬN NGHÈO',
        'Chủ hộ: Giàng A Sềnh',
        'Nà Tấu, ngày 22 tháng 12 năm 2023',
        'CHỦ TỊCH',
      ),
    );
    expect(poor).toMatchObject({ docType: 'giay-chung-nhan-ho-ngheo', level: 'commune', needsReview: false });
  });
});

describe('reviews that are right and stay', () => {
  it('keeps a birth certificate whose title and signer’s line are lost in review: its extract prints the same labels', () => {
    const labels = [
      'Họ, chữ đệm, tên: MÙA A CHỈNH',
      'Ngày, tháng, năm sinh: 04/01/2024',
      'Họ, chữ đệm, tên người mẹ: GIÀNG THỊ DỞ',
      'Họ, chữ đệm, tên người cha: MÙA A LỬ',
      'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Sín Thầu, tỉnh Điện Biên',
      'Ngày, tháng, năm đăng ký: 12/01/2024',
    ];
    for (const signer of ['PHÓ CHỦ TỊCH', 'NGƯỜI KÝ']) {
      const c = classifyText(doc(...MOTTO, 'Số: 07', 'Quyển số: 01/2024', ...labels, signer));
      expect(c.kind).toBe('result');
      expect(c.reviewReasons).toContain('title_from_body');
    }
  });
});
