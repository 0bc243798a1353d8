/**
 * Wrong automatic acceptances, by class: texts written here from the published forms (ND 23/2015 and TT
 * 01/2020/TT-BTP lời chứng; ND 92/2024 and TT 01/2021/TT-BKHĐT registration certificates; ND 30/2020
 * decisions), each with a counter-example that must not change.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import type { ExtractedText } from '#shared/domain/types.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const pages = (...ps: string[][]): ExtractedText => ({
  engine: 'tesseract',
  pages: ps.map((lines, i) => ({ pageNumber: i + 1, lines: lines.map((text) => ({ text, confidence: 0.93 })) })),
});

describe('a certified copy of a paper of several pages is dated and levelled by its lời chứng', () => {
  // A land certificate of two pages, copied at a commune: the stamp on every page, the lời chứng on the last.
  const copiedPage1 = [
    ...MOTTO,
    'GIẤY CHỨNG NHẬN',
    'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
    'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
    'Ông: Vừ A Chống   Năm sinh: 1978',
    'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
  ];
  const copiedPage2 = [
    'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
    'a) Thửa đất số: 57, tờ bản đồ số: 12',
    'Mường Phăng, ngày 03 tháng 8 năm 2014',
    'TM. ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
    'Số vào sổ cấp GCN: CH 01172',
  ];
  const lastStamp = (certifier: string[]) => [
    'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
    'Số chứng thực: 734   Quyển số: 02/2024-SCT/BS',
    'Ngày 21 tháng 10 năm 2024',
    'NGƯỜI THỰC HIỆN CHỨNG THỰC',
    'PHÓ CHỦ TỊCH',
    'Giàng Thị Pà',
    ...certifier,
  ];

  it('takes the date and the certifier of the stamp that carries the certification number', () => {
    const c = classifyText(pages(copiedPage1, [...copiedPage2, ...lastStamp(['ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG'])]));
    expect(c).toMatchObject({
      docType: 'chung-thuc-ban-sao',
      docNumber: '734',
      issueDate: '2024-10-21',
      level: 'commune',
      issuer: 'ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG',
    });
  });

  it('reads the certifier named on the date’s line or in the seal’s words', () => {
    const merged = [
      'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH Số chứng thực: 734 Quyển số: 02/2024-SCT/BS',
      'Ngày 21 tháng 10 năm 2024 UBND XÃ MƯỜNG PHĂNG PHÓ CHỦ TỊCH',
    ];
    const seal = [...lastStamp([]), '(UBND XÃ MƯỜNG PHĂNG - HUYỆN ĐIỆN BIÊN)'];
    for (const stamp of [merged, seal]) {
      const c = classifyText(pages(copiedPage1, [...copiedPage2, ...stamp]));
      expect(c).toMatchObject({ issuer: 'UBND XÃ MƯỜNG PHĂNG', level: 'commune', issueDate: '2024-10-21' });
    }
  });

  it('never takes the copied paper’s signer for the certifier: with none read, a person checks', () => {
    const c = classifyText(pages(copiedPage1, [...copiedPage2, ...lastStamp([])]));
    expect(c.issueDate).toBe('2024-10-21');
    expect(c.level).not.toBe('district');
    expect(c.issuer).toBeNull();
    expect(c.needsReview).toBe(true);
  });

  it('never takes the header of a copied district decision for the certifier', () => {
    const c = classifyText(
      doc(
        'ỦY BAN NHÂN DÂN',
        'HUYỆN MƯỜNG ẢNG',
        ...MOTTO,
        'Số: 312/QĐ-UBND',
        'Mường Ảng, ngày 14 tháng 5 năm 2019',
        'QUYẾT ĐỊNH',
        'Về việc giao đất cho hộ ông Lò Văn Pọm',
        'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
        'Số chứng thực: 91   Quyển số: 01/2025-SCT/BS',
        'Ngày 06 tháng 3 năm 2025',
        'NGƯỜI THỰC HIỆN CHỨNG THỰC',
      ),
    );
    expect(c).toMatchObject({ docType: 'chung-thuc-ban-sao', issueDate: '2025-03-06' });
    expect(c.issuer).toBeNull();
    expect(c.needsReview).toBe(true);
  });

  it('counter-example: a lời chứng on a page of its own under the certifying commune’s header keeps it', () => {
    const c = classifyText(
      doc(
        'ỦY BAN NHÂN DÂN',
        'XÃ THANH NƯA',
        ...MOTTO,
        'LỜI CHỨNG CHỨNG THỰC CHỮ KÝ',
        'Ngày 12/02/2025 (Bằng chữ: ngày mười hai tháng hai năm hai nghìn không trăm hai mươi lăm)',
        'Tôi, Lò Văn Nghiêm, Phó Chủ tịch',
        'Chứng thực ông Cầm Văn Thoại đã ký vào giấy ủy quyền này trước mặt tôi.',
        'Số chứng thực: 40, quyển số 01/2025-SCT/CK,ĐC',
        'NGƯỜI THỰC HIỆN CHỨNG THỰC',
      ),
    );
    expect(c).toMatchObject({
      docType: 'chung-thuc-chu-ky',
      issuer: 'ỦY BAN NHÂN DÂN XÃ THANH NƯA',
      level: 'commune',
      issueDate: '2025-02-12',
    });
  });
});

describe('a `GIẤY TIẾP NHẬN …` is a non-result only as the receipt of a dossier', () => {
  it('keeps the receipt of a product declaration (NĐ 15/2018/NĐ-CP Mẫu 03) a result: its own catalogue type', () => {
    const c = classifyText(
      doc(
        'UBND TỈNH LAI CHÂU',
        'SỞ Y TẾ',
        ...MOTTO,
        'Số: 15/2024/ĐKSP',
        'Lai Châu, ngày 19 tháng 3 năm 2024',
        'GIẤY TIẾP NHẬN ĐĂNG KÝ BẢN CÔNG BỐ SẢN PHẨM',
        'Sở Y tế tỉnh Lai Châu xác nhận đã nhận Bản công bố sản phẩm của:',
        'Hợp tác xã Chè Tam Đường, địa chỉ: xã Bình Lư, tỉnh Lai Châu',
        'cho sản phẩm: Thực phẩm dinh dưỡng y học TRÀ SHAN TUYẾT',
        'KT. GIÁM ĐỐC',
        'PHÓ GIÁM ĐỐC',
        'Đỗ Văn Hải',
      ),
    );
    expect(c).toMatchObject({
      kind: 'result',
      docType: 'tiep-nhan-ban-cong-bo-san-pham',
      docNumber: '15/2024/ĐKSP',
      issueDate: '2024-03-19',
    });
  });

  it('still takes the one-stop receipt (TT 01/2018/TT-VPCP Mẫu 01) for a non-result', () => {
    const c = classifyText(
      doc(
        'UBND XÃ BÌNH LƯ',
        'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
        ...MOTTO,
        'Mã hồ sơ: 000.00.21.H33-240319-0042',
        'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        'Tiếp nhận hồ sơ của: Bà Tao Thị Dung',
        'Nội dung yêu cầu giải quyết: Đăng ký khai sinh',
        'Ngày hẹn trả kết quả: 21/3/2024',
        'NGƯỜI TIẾP NHẬN HỒ SƠ',
      ),
    );
    expect(c.kind).toBe('not_a_result');
  });
});

describe('a letter whose `V/v …` was read on the number’s line is not the result it names', () => {
  // ND 30/2020 Mẫu 1.4: the trích yếu under the number; Textract reads both as one line, marks lost.
  const letter = [
    'UY BAN NHAN DAN',
    'XA BINH LU',
    'So: 57/UBND-VP V/v tam dung cap Giay phep ban le thuoc la',
    'CONG HOA XA HOI CHU NGHIA VIET NAM',
    'Doc lap - Tu do - Hanh phuc',
    'Binh Lu, ngay 11 thang 6 nam 2026',
    'Kinh gui: Ong Lo Van Thuan.',
    'UBND xa tra lai ho so de nghi cap Giay phep ban le thuoc la do dia diem chua du dieu kien.',
    'TM. UY BAN NHAN DAN',
    'CHU TICH',
  ];
  it('takes it for a non-result, not a tobacco licence', () => {
    const c = classifyText(doc(...letter));
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('without its Kính gửi line, still not a licence accepted', () => {
    const c = classifyText(doc(...letter.filter((l) => !l.startsWith('Kinh gui'))));
    expect(c.docType === null || c.needsReview).toBe(true);
  });
});

describe('a decision whose first act the catalogue lacks, naming a result only as what it goes with', () => {
  /** NĐ 156/2018/NĐ-CP Art. 92: a district allocates forest together with the forest land (ND 30 decision). */
  const decision = (subject: string, article: string) =>
    classifyText(
      doc(
        'ỦY BAN NHÂN DÂN',
        'HUYỆN MƯỜNG CHÀ',
        ...MOTTO,
        'Số: 845/QĐ-UBND',
        'Mường Chà, ngày 09 tháng 6 năm 2023',
        'QUYẾT ĐỊNH',
        subject,
        'ỦY BAN NHÂN DÂN HUYỆN MƯỜNG CHÀ',
        'Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;',
        'QUYẾT ĐỊNH:',
        article,
        'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Lò Văn Mừng',
      ),
    );

  it('goes to review as a result of unknown type, not as the land allocation it mentions', () => {
    const c = decision(
      'Về việc giao rừng gắn liền với giao đất lâm nghiệp cho cộng đồng dân cư bản Huổi Mí',
      'Điều 1. Giao 35,2 ha rừng phòng hộ gắn liền với giao đất lâm nghiệp cho cộng đồng bản Huổi Mí. Thời hạn giao rừng: 50 năm.',
    );
    expect(c).toMatchObject({ kind: 'result', docType: null, expiryDate: null });
    expect(c.reviewReasons).toContain('unknown_type');
  });

  it('counter-example: a land allocation named first stays a land allocation decision', () => {
    const c = decision(
      'Về việc giao đất gắn với tài sản trên đất cho ông Lò Văn Pâng',
      'Điều 1. Giao 320 m² đất ở tại bản Na Sang cho ông Lò Văn Pâng. Thời hạn sử dụng đất: lâu dài.',
    );
    expect(c).toMatchObject({ kind: 'result', docType: 'quyet-dinh-giao-dat', needsReview: false });
  });
});

describe('a non-result title word read in the header is not the title (`KẾ HOẠCH VÀ ĐẦU TƯ …`, its SỞ lost)', () => {
  /** TT 01/2021/TT-BKHĐT Phụ lục VI: a branch certificate under a Sở Kế hoạch và Đầu tư's business-registration office. */
  const branch = (headLine: string) =>
    classifyText(
      pages([
        headLine,
        'PHÒNG ĐĂNG KÝ KINH DOANH',
        'Độc lập - Tự do - Hạnh phúc',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG CHI NHÁNH',
        'Mã số chi nhánh: 5600284113-001',
        'Đăng ký lần đầu: ngày 14 tháng 3 năm 2023',
        '1. Tên chi nhánh: CHI NHÁNH CÔNG TY CỔ PHẦN CHÈ TUẦN GIÁO',
        '2. Địa chỉ chi nhánh: tổ dân phố 5, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên',
        '3. Người đứng đầu chi nhánh: Lò Thị Hoa',
        'TRƯỞNG PHÒNG',
      ]),
    );

  it('keeps the certificate a result (to review, its issuer unread), not a plan', () => {
    const c = branch('KẾ HOẠCH VÀ ĐẦU TƯ TỈNH ĐIỆN BIÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(c).toMatchObject({ kind: 'result', docType: 'dang-ky-chi-nhanh', docNumber: '5600284113-001' });
  });

  it('counter-example: a plan titled on its own line stays a plan', () => {
    const c = classifyText(
      doc(
        'ỦY BAN NHÂN DÂN',
        'TỈNH ĐIỆN BIÊN',
        ...MOTTO,
        'Số: 212/KH-UBND',
        'Điện Biên, ngày 10 tháng 1 năm 2024',
        'KẾ HOẠCH',
        'Cấp Giấy chứng nhận đăng ký hoạt động chi nhánh trực tuyến năm 2024',
        'TM. ỦY BAN NHÂN DÂN',
      ),
    );
    expect(c).toMatchObject({ kind: 'not_a_result', needsReview: false });
  });
});

describe('a round seal read across the signature line (`TM. ỦY BAN NHÂN DÂN ★ UBND HUYỆN A ★ HUYỆN A`)', () => {
  const gcn = (signature: string) =>
    classifyText(
      pages(
        [
          ...MOTTO,
          'GIẤY CHỨNG NHẬN',
          'QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
          'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất',
          'Ông: Giàng A Sử, năm sinh 1975',
          'CS 611042',
        ],
        [
          'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
          'a) Thửa đất số: 77, tờ bản đồ số: 4',
          'Tủa Chùa, ngày 12 tháng 8 năm 2018',
          signature,
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Số vào sổ cấp GCN: CH 01177',
        ],
      ),
    );

  it('reads the committee and its tier without the seal', () => {
    expect(gcn('TM. ỦY BAN NHÂN DÂN ★ UBND HUYỆN TỦA CHÙA ★ HUYỆN TỦA CHÙA')).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
      level: 'district',
      needsReview: false,
    });
  });

  it('counter-example: a seal at the line’s end is not cut (nothing after it): no tier read, a person checks', () => {
    const c = gcn('TM. ỦY BAN NHÂN DÂN ★ UBND HUYỆN TỦA CHÙA ★');
    expect(c.level).toBeNull();
    expect(c.reviewReasons).toContain('missing_level');
  });
});
