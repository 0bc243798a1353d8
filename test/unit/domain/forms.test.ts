/**
 * Classes of error met on real papers (issue 9), each with hand-written texts that follow the official forms
 * (ND 30/2020 decisions, TT 04/2020/TT-BTP civil-status forms, land-use certificates of TT 23/2014 and
 * TT 10/2024, household-business certificates, certifications). Fictional people and numbers.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { foldAccents } from '#shared/domain/normalize.ts';
import type { Classification } from '#shared/domain/types.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** Checks the original text and its accent-folded (Textract-like) copy give the expected fields. */
function expectBoth(text: string, expected: Partial<Classification>) {
  for (const variant of [text, foldAccents(text)]) {
    const c = classifyText(variant);
    for (const [k, v] of Object.entries(expected)) expect(c[k as keyof Classification], k).toEqual(v);
  }
}

describe('level of the issuing body', () => {
  const permit = (...header: string[]) =>
    doc(...header, ...MOTTO, 'Số: 12/GP-UBND', 'Điện Biên, ngày 05 tháng 3 năm 2024', 'GIẤY PHÉP BÁN LẺ RƯỢU');

  it('a three-line header UBND XÃ … / HUYỆN … / TỈNH … is the commune', () => {
    expectBoth(permit('UBND XÃ THANH MINH', 'HUYỆN ĐIỆN BIÊN', 'TỈNH ĐIỆN BIÊN'), { level: 'commune' });
  });

  it('PHƯỜNG … / TP. ĐIỆN BIÊN PHỦ is the commune', () => {
    expectBoth(permit('UBND PHƯỜNG HIM LAM', 'TP. ĐIỆN BIÊN PHỦ'), { level: 'commune' });
  });

  it('a centrally-run city is a province, its districts and Sở keep their level', () => {
    expectBoth(permit('ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'), { level: 'province' });
    expectBoth(permit('UBND TP. HÀ NỘI'), { level: 'province' });
    expectBoth(permit('UBND THÀNH PHỐ ĐÀ NẴNG', 'SỞ CÔNG THƯƠNG'), { level: 'province' });
    expectBoth(permit('UBND THÀNH PHỐ CẦN THƠ', 'UBND QUẬN NINH KIỀU'), { level: 'district' });
    expectBoth(permit('UBND HUYỆN TUẦN GIÁO', 'PHÒNG KINH TẾ VÀ HẠ TẦNG'), { level: 'district' });
  });

  it("OCR's TÍNH / TlNH is tỉnh", () => {
    expectBoth(permit('UBND TÍNH ĐIỆN BIÊN', 'SỞ CÔNG THƯƠNG'), { level: 'province' });
    expectBoth(permit('UBND TlNH ĐIỆN BIÊN'), { level: 'province' });
  });

  it('a place-date line whose place is a number or a city is read, not taken for the issuer', () => {
    const q3 = doc('UBND QUẬN 3', ...MOTTO, 'Số: 12/GPXD', 'Quận 3, ngày 05 tháng 3 năm 2024', 'GIẤY PHÉP XÂY DỰNG');
    expectBoth(q3, { level: 'district', issueDate: '2024-03-05' });
    expect(classifyText(q3)).toMatchObject({ issuer: 'UBND QUẬN 3', place: 'Quận 3' });
  });
});

describe('a decision is typed by what it decides', () => {
  const decision = (...body: string[]) =>
    doc(
      'ỦY BAN NHÂN DÂN',
      'HUYỆN TUẦN GIÁO',
      ...MOTTO,
      'Số: 125/QĐ-UBND',
      'Tuần Giáo, ngày 12 tháng 4 năm 2024',
      'QUYẾT ĐỊNH',
      ...body,
      'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO',
      'QUYẾT ĐỊNH:',
    );
  const notResult: Partial<Classification> = { kind: 'not_a_result', docType: null };

  it('a fine on a household business is not its registration', () => {
    expectBoth(
      decision(
        'Xử phạt vi phạm hành chính',
        'Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;',
        'Điều 1. Xử phạt vi phạm hành chính đối với hộ kinh doanh Lò Văn A, Giấy chứng nhận đăng ký hộ kinh doanh số 62D8001234.',
      ),
      notResult,
    );
  });

  it('a fine for building without a permit is not a building permit', () => {
    expectBoth(
      decision(
        'Về việc xử phạt vi phạm hành chính trong lĩnh vực xây dựng',
        'Điều 1. Xử phạt ông Lò Văn B về hành vi xây dựng nhà ở không có giấy phép xây dựng.',
      ),
      notResult,
    );
  });

  it('a land recovery, an inspection plan, an advisory council, a licence withdrawal are not results', () => {
    for (const subject of [
      'Về việc thu hồi đất để thực hiện dự án đường giao thông nội thị',
      'Về việc phê duyệt Kế hoạch kiểm tra cơ sở đủ điều kiện an toàn thực phẩm năm 2024',
      'Về việc thành lập Hội đồng tư vấn cấp giấy phép xây dựng',
      'Về việc thu hồi Giấy phép bán lẻ rượu',
    ]) {
      expectBoth(decision(subject, 'Điều 1. Thu hồi, phê duyệt, thành lập theo nội dung trên.'), notResult);
    }
  });

  it('a decision that grants stays the result it grants', () => {
    expectBoth(decision('Về việc cho thuê đất', 'Điều 1. Cho Công ty TNHH Minh An thuê 2.000 m2 đất.'), {
      kind: 'result',
      docType: 'quyet-dinh-giao-dat',
    });
    expectBoth(decision('Về việc cấp Giấy phép môi trường', 'Điều 1. Cấp giấy phép môi trường cho Công ty TNHH A.'), {
      kind: 'result',
      docType: 'giay-phep-moi-truong',
    });
  });
});

describe('numbers and dates from the right block', () => {
  it('the declarant ID line (… cấp ngày) never gives the issue date of a birth certificate', () => {
    expectBoth(
      doc(
        ...MOTTO,
        'GIẤY KHAI SINH',
        'Số: 211/2024',
        'Quyển số: 01/2024',
        'Họ, chữ đệm, tên: LÒ VĂN AN',
        'Ngày, tháng, năm sinh: 12/03/2024',
        'Họ, chữ đệm, tên người đi khai sinh: Lò Văn Bình',
        'Giấy tờ tùy thân: Căn cước công dân số 011090001234, cấp ngày 01/4/2021',
        'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Thanh Minh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
        'Ngày, tháng, năm đăng ký: 14/05/2024',
        'NGƯỜI KÝ GIẤY KHAI SINH',
      ),
      { docType: 'khai-sinh', docNumber: '211/2024', issueDate: '2024-05-14', level: 'commune' },
    );
  });

  it('a Căn cứ line never gives the number; a handwritten number split from its symbol (7 read as T) goes to review', () => {
    const text = doc(
      'UBND HUYỆN TUẦN GIÁO',
      ...MOTTO,
      'Số: 8T',
      '/QĐ-UBND',
      'Tuần Giáo, ngày 12 tháng 4 năm 2024',
      'QUYẾT ĐỊNH',
      'Về việc cho thuê đất',
      'Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;',
      'Căn cứ Quyết định số 20/2024/QĐ-UBND ngày 01/3/2024 của UBND tỉnh',
      'về bảng giá đất;',
      'Điều 1. Cho Công ty TNHH Minh An thuê 2.000 m2 đất. Thời hạn thuê đất đến ngày 31/12/2070.',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT, 15/TNMT.',
    );
    expectBoth(text, { docType: 'quyet-dinh-giao-dat', docNumber: '87/QĐ-UBND', issueDate: '2024-04-12' });
    // The lease term is the land's, not the decision's expiry.
    expectBoth(text, { expiryDate: null });
    expect(classifyText(text).reviewReasons).toContain('doc_number_uncertain');
    const lost = text.replace('Số: 8T\n/QĐ-UBND', 'Số: /QĐ-UBND');
    expectBoth(lost, { docNumber: null, issueDate: '2024-04-12' });
  });

  it('a certification takes its own date and certifier, not those of the certified diploma', () => {
    expectBoth(
      doc(
        'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
        'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
        'Cấp cho: Lò Văn An',
        'Điện Biên, ngày 15 tháng 7 năm 2015',
        'Chứng thực bản sao đúng với bản chính',
        'Số chứng thực: 1234 Quyển số: 02/2024-SCT/BS',
        'Ngày 20 tháng 3 năm 2024',
        'UBND XÃ THANH MINH',
        'PHÓ CHỦ TỊCH',
      ),
      { docType: 'chung-thuc-ban-sao', docNumber: '1234', issueDate: '2024-03-20', level: 'commune' },
    );
  });

  it("a signature certification's expiry is not the end of the power of attorney it certifies", () => {
    expectBoth(
      doc(
        'GIẤY ỦY QUYỀN',
        'Tôi là Lò Văn A ủy quyền cho Lò Văn B. Thời hạn ủy quyền: từ ngày 01/3/2024 đến ngày 31/12/2024.',
        'LỜI CHỨNG CHỨNG THỰC CHỮ KÝ',
        'Ngày 05/3/2024 (Bằng chữ: ngày năm tháng ba năm hai nghìn không trăm hai mươi bốn)',
        'Tại Ủy ban nhân dân xã Thanh Minh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
        'Tôi, Lò Văn C, Phó Chủ tịch UBND xã Thanh Minh',
        'Chứng thực ông Lò Văn A đã ký trước mặt tôi vào giấy ủy quyền này.',
        'Số chứng thực: 56 Quyển số: 01/2024-SCT/CK,ĐC',
      ),
      { docType: 'chung-thuc-chu-ky', issueDate: '2024-03-05', expiryDate: null, docNumber: '56', level: 'commune' },
    );
  });

  it('reads a date written in words after the form label', () => {
    expectBoth(
      doc(
        ...MOTTO,
        'GIẤY CHỨNG NHẬN KẾT HÔN',
        'Số: 45/2023',
        'Nơi đăng ký kết hôn: UBND xã Mường Phăng',
        'Ngày, tháng, năm đăng ký: ngày mười lăm tháng năm năm hai nghìn không trăm hai mươi ba',
      ),
      { docType: 'ket-hon', issueDate: '2023-05-15', docNumber: '45/2023', level: 'commune' },
    );
  });
});

describe('evidence beyond the title', () => {
  it('a birth certificate whose title was lost is typed from its form labels, to review', () => {
    const c = classifyText(
      doc(
        ...MOTTO,
        'Số: 1024',
        'Họ, chữ đệm, tên: QUÀNG VĂN DŨNG',
        'Ngày, tháng, năm sinh: 03/02/2024',
        'Họ, chữ đệm, tên người mẹ: LÒ THỊ XUÂN',
        'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên',
        'Ngày, tháng, năm đăng ký: 20/02/2024',
      ),
    );
    expect(c).toMatchObject({ kind: 'result', docType: 'khai-sinh', issueDate: '2024-02-20', level: 'commune' });
    expect(c.reviewReasons).toContain('title_from_body');
  });

  it('an inner page of a land-use certificate on its own is a page of that type, to review', () => {
    const c = classifyText(
      doc(
        'IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN',
        'Nội dung thay đổi và cơ sở pháp lý',
        'Chuyển nhượng cho ông Lò Văn Hải theo hồ sơ số 045. Ngày 10/03/2025',
        'Xác nhận của cơ quan có thẩm quyền',
        'Thửa đất số: 112, tờ bản đồ số: 07',
      ),
    );
    expect(c).toMatchObject({ kind: 'result', docType: 'gcn-qsdd-ca-nhan' });
    expect(c.reviewReasons).toContain('inner_page');
  });

  it('pages read together: the title page decides for the whole certificate', () => {
    const page1 = [
      'GIẤY CHỨNG NHẬN',
      'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
      'I. Người sử dụng đất: Ông Lò Văn Hải',
    ];
    const page2 = [
      'II. Thửa đất số: 112, tờ bản đồ số: 07',
      'Điện Biên, ngày 06 tháng 5 năm 2019',
      'TM. UBND HUYỆN ĐIỆN BIÊN',
      'Số vào sổ cấp GCN: CH01234',
    ];
    const c = classifyText({
      engine: 'tesseract',
      pages: [page1, page2].map((lines, i) => ({
        pageNumber: i + 1,
        lines: lines.map((text) => ({ text, confidence: 0.9 })),
      })),
    });
    expect(c).toMatchObject({
      docType: 'gcn-qsdd-ca-nhan',
      docNumber: 'CH01234',
      issueDate: '2019-05-06',
      level: 'district',
      pages: 2,
    });
    expect(c.reviewReasons).toEqual([]);
  });

  it('pages scanned out of order: the title page decides, not the later-changes page before it', () => {
    const title = [
      'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
      ...MOTTO,
      'GIẤY CHỨNG NHẬN',
      'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
      'I. Người sử dụng đất: Ông Lò Văn Hải',
      'II. Thửa đất số: 112, tờ bản đồ số: 07',
      'Điện Biên, ngày 06 tháng 5 năm 2019',
      'TM. UBND HUYỆN ĐIỆN BIÊN',
      'Số vào sổ cấp GCN: CH01234',
    ];
    const changes = [
      'IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN',
      'Nội dung thay đổi và cơ sở pháp lý',
      'Chuyển nhượng cho ông Lò Văn Minh theo hồ sơ số 045/2025',
      'Điện Biên, ngày 10 tháng 3 năm 2025',
      'Xác nhận của cơ quan có thẩm quyền',
    ];
    const pages = (...ps: string[][]) => ({
      engine: 'tesseract' as const,
      pages: ps.map((lines, i) => ({ pageNumber: i + 1, lines: lines.map((text) => ({ text, confidence: 0.9 })) })),
    });
    const expected = { docType: 'gcn-qsdd-ca-nhan', docNumber: 'CH01234', issueDate: '2019-05-06', level: 'district' };
    for (const order of [pages(title, changes), pages(changes, title)]) {
      const c = classifyText(order, { referenceDate: '2026-01-01' });
      expect(c).toMatchObject({ ...expected, pages: 2 });
      expect(c.reviewReasons).toEqual([]);
    }
    // The later-changes page alone is recognised as such, and goes to review.
    const alone = classifyText(pages(changes), { referenceDate: '2026-01-01' });
    expect(alone).toMatchObject({ kind: 'result', docType: 'gcn-qsdd-ca-nhan' });
    expect(alone.reviewReasons).toContain('inner_page');
  });

  it('a cover letter before a result stays a letter: pages are moved only from behind an inner page', () => {
    const c = classifyText({
      engine: 'tesseract',
      pages: [
        ['UBND XÃ THANH MINH', ...MOTTO, 'Số: 15/UBND-VP', 'V/v gửi bản sao giấy phép', 'Kính gửi: Sở Xây dựng'],
        [
          'UBND HUYỆN ĐIỆN BIÊN',
          ...MOTTO,
          'Số: 12/GP-UBND',
          'Điện Biên, ngày 05 tháng 3 năm 2024',
          'GIẤY PHÉP XÂY DỰNG',
        ],
      ].map((lines, i) => ({ pageNumber: i + 1, lines: lines.map((text) => ({ text, confidence: 0.9 })) })),
    });
    expect(c.kind).toBe('not_a_result');
  });

  it('a certified copy whose certification heading was lost under the seal is still the certification', () => {
    const c = classifyText(
      doc(
        'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
        'Cấp cho: Vàng Minh Đức',
        'Điện Biên, ngày 30 tháng 6 năm 2015',
        'Số chứng thực: 77 Quyển số: 01/2022-SCT/BS',
        'Ngày 01 tháng 12 năm 2022',
        'UBND XÃ THANH MINH',
      ),
    );
    expect(c).toMatchObject({
      docType: 'chung-thuc-ban-sao',
      docNumber: '77',
      issueDate: '2022-12-01',
      level: 'commune',
    });
    expect(c.reviewReasons).toContain('title_from_body');
  });

  it('a title printed shorter than the catalogue title is typed by its words, to review', () => {
    const c = classifyText(
      doc(
        'UBND XÃ THANH XƯƠNG',
        ...MOTTO,
        'Số: 09/TLTĐ-BS',
        // `… cải chính hộ tịch` is one of the form's own titles now; cut shorter, it is not.
        'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH',
        'Thanh Xương, ngày 18 tháng 10 năm 2022',
      ),
    );
    expect(c.docType).toBe('trich-luc-thay-doi-ho-tich');
    expect(c.reviewReasons).toContain('title_partial');
  });

  it('a result of a type the catalogue lacks keeps its printed title, number, issuer and date, to review', () => {
    const text = doc(
      'UBND HUYỆN MƯỜNG NHÉ',
      ...MOTTO,
      'Số: 15/GCN-UBND',
      'Mường Nhé, ngày 02 tháng 6 năm 2023',
      'GIẤY CHỨNG NHẬN HOÀN THÀNH NGHĨA VỤ QUÂN SỰ TẠI NGŨ',
    );
    const c = classifyText(text);
    expect(c).toMatchObject({
      kind: 'result',
      docType: null,
      title: 'GIẤY CHỨNG NHẬN HOÀN THÀNH NGHĨA VỤ QUÂN SỰ TẠI NGŨ',
      docNumber: '15/GCN-UBND',
      issueDate: '2023-06-02',
      level: 'district',
    });
    expect(c.reviewReasons?.[0]).toBe('unknown_type');
    expect(classifyText(foldAccents(text)).title).toBe(foldAccents(c.title!).toUpperCase());
  });

  it('a bilingual licence: the date line with ngày/date and the issuer from the signer title', () => {
    expectBoth(
      doc(
        ...MOTTO,
        'GIẤY PHÉP LÁI XE / DRIVER LICENSE',
        'Số/No.: 110123456789',
        'Hạng/Class: B',
        'Có giá trị đến/Expires: 12/05/2033',
        'Điện Biên, ngày/date 12 tháng/month 05 năm/year 2023',
        'GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI',
      ),
      {
        docType: 'giay-phep-lai-xe',
        issueDate: '2023-05-12',
        expiryDate: '2033-05-12',
        level: 'province',
        needsReview: false,
      },
    );
  });

  it('a civil-status number whose slash OCR dropped is split back by its register year', () => {
    expectBoth(
      doc(
        ...MOTTO,
        'GIẤY KHAI SINH',
        'Số: 452025',
        'Nơi đăng ký khai sinh: UBND xã Thanh Minh',
        'Ngày, tháng, năm đăng ký: 14/05/2025',
      ),
      { docNumber: '45/2025', issueDate: '2025-05-14' },
    );
  });
});

describe('phone-scan damage and review', () => {
  it('an ID line wrapped by the OCR still never gives the issue date', () => {
    expectBoth(
      doc(
        ...MOTTO,
        'GIẤY KHAI SINH',
        'Số: 211/2024',
        'Giấy tờ tùy thân: Căn cước công dân số 011161063673, do Cục Cảnh sát quản lý hành',
        'chính về trật tự xã hội cấp ngày 1/4/2024',
        'Nơi đăng ký khai sinh: Ủy ban nhân dân phường Him Lam, thành phố Điện Biên Phủ',
        'Ngày, tháng, năm đăng ký: ngày mười bốn tháng năm năm hai nghìn không trăm hai mươi',
        'tư',
      ),
      { issueDate: '2024-05-14', level: 'commune' },
    );
  });

  it('OCR specks before the ID line and the labels do not hide them', () => {
    expectBoth(
      doc(
        ...MOTTO,
        'GIẤY KHAI SINH',
        'Số: 07',
        '¿ Giấy tờ tùy thân: Căn cước công dân số 011362287862, do Cục Cảnh sát quản lý hành',
        'ÿ`¬; chính về trật tự xã hội cấp ngày 1/4/2018',
        'li - Nơi đăng ký khai sinh: UBND xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên',
        '| † Ngày, tháng, năm đăng ký: 15/01/2019',
      ),
      { issueDate: '2019-01-15', level: 'commune' },
    );
  });

  it('a land certificate: the land-use term is not an expiry; a lost register number is not replaced silently', () => {
    const text = doc(
      ...MOTTO,
      'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
      'Ông: Lò Đình Long',
      'a) Thửa đất số: 138; b) Tờ bản đồ số: 32',
      'g) Thời hạn sử dụng: đến ngày 15/10/2063',
      'Tuần Giáo, ngày 20 tháng 10 năm 2013',
      'TM. ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO',
      'BX 345678',
    );
    expectBoth(text, { docType: 'gcn-qsdd-ca-nhan', expiryDate: null, level: 'district', issueDate: '2013-10-20' });
    expect(classifyText(text).reviewReasons).toEqual(['doc_number_from_serial']);
    const withRegister = `${text}\nSố vào sổ cấp GCN: CSO0088`;
    expect(classifyText(withRegister)).toMatchObject({ docNumber: 'CS00088', needsReview: false });
  });

  it('a result whose issuer has no readable level goes to review', () => {
    const c = classifyText(
      doc(
        'PHÒNG VĂN HÓA VÀ THÔNG TIN',
        ...MOTTO,
        'Số: 04/GP',
        'Mường Chà, ngày 30 tháng 11 năm 2021',
        'GIẤY PHÉP KINH DOANH DỊCH VỤ KARAOKE',
      ),
    );
    expect(c.level).toBeNull();
    expect(c.reviewReasons).toContain('missing_level');
  });
});
