/**
 * Type and kind decisions that must rest on what a paper *is*, not on what it mentions: texts written here from
 * the published forms (NĐ 30/2020 layout, TT 01/2020/TT-BTP lời chứng, NĐ 92/2024 cooperative certificate), each
 * class with a counter-example.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { normalizeText } from '#shared/domain/normalize.ts';
import type { ExtractedText } from '#shared/domain/types.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
/** Pages as the OCR hands them over, one line each. */
const pages = (...texts: string[]): ExtractedText => ({
  engine: 'tesseract',
  pages: texts.map((t, i) => ({ pageNumber: i + 1, lines: t.split('\n').map((text) => ({ text, confidence: 0.92 })) })),
});

describe('a cooperative certificate changed later is dated by its latest change (NĐ 92/2024 form)', () => {
  const htx = (...change: string[]) =>
    doc(
      'UBND HUYỆN MƯỜNG CHÀ',
      'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
      ...MOTTO,
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
      'Mã số hợp tác xã: 5600398812',
      'Đăng ký lần đầu: ngày 12 tháng 3 năm 2019',
      ...change,
      '1. Tên hợp tác xã: HỢP TÁC XÃ CHÈ SHAN TUYẾT HUỔI LÈNG',
      '2. Địa chỉ trụ sở chính: bản Huổi Lèng, xã Huổi Lèng, huyện Mường Chà, tỉnh Điện Biên',
      '3. Vốn điều lệ: 1.500.000.000 đồng',
      'TRƯỞNG PHÒNG',
      'Lường Văn Thiết',
    );

  it('repairs `tbay` (b read for h) in the change line, as the date words are repaired', () => {
    expect(normalizeText('Đăng ký tbay đổi lần tbứ 2')).toBe('Đăng ký thay đổi lần thứ 2');
    expect(normalizeText('ĐĂNG KÝ TBAY ĐỔI')).toBe('ĐĂNG KÝ THAY ĐỔI');
    const c = classifyText(htx('Đăng ký tbay dổi lần thứ 2: ngày 07 tháng 10 năm 2023'));
    expect(c).toMatchObject({ docType: 'dang-ky-hop-tac-xa', docNumber: '5600398812', issueDate: '2023-10-07' });
  });

  it('reads the change number written in words (`lần thứ hai`, `lần thứ mười một`): the highest wins', () => {
    expect(classifyText(htx('Đăng ký thay đổi lần thứ hai, ngày 15 tháng 8 năm 2022')).issueDate).toBe('2022-08-15');
    const two = classifyText(
      htx(
        'Đăng ký thay đổi lần thứ mười một, ngày 02 tháng 01 năm 2025',
        'Đăng ký thay đổi lần thứ mười, ngày 30 tháng 6 năm 2024',
      ),
    );
    expect(two.issueDate).toBe('2025-01-02');
    expect(classifyText(htx('Dang ky thay doi lan thu ba, ngay 09/4/2024')).issueDate).toBe('2024-04-09');
  });

  it('takes the change line with `thay đổi` misread past repair (`thav đối`): `lần thứ` is only in that line', () => {
    expect(classifyText(htx('Đăng ký thav đối lần thứ 4: ngày 21 tháng 11 năm 2024')).issueDate).toBe('2024-11-21');
  });

  it('keeps the first registration when no change is printed', () => {
    expect(classifyText(htx()).issueDate).toBe('2019-03-12');
  });
});

describe('a type whose evidence is a generic verb phrase must see its subject too', () => {
  const decision = (subject: string, article: string, signer = 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN') =>
    doc(
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐIỆN BIÊN',
      ...MOTTO,
      'Số: 1514/QĐ-UBND',
      'Điện Biên, ngày 08 tháng 7 năm 2025',
      'QUYẾT ĐỊNH',
      subject,
      signer,
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
      'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 512/TTr-SNV ngày 30/6/2025,',
      'QUYẾT ĐỊNH:',
      article,
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'CHỦ TỊCH',
      'Mùa A Sơn',
    );

  it('a permission to found an association (NĐ 126/2024) is its own catalogue type, never the education one', () => {
    const c = classifyText(
      decision(
        'Về việc cho phép thành lập Hội Cựu thanh niên xung phong tỉnh Điện Biên',
        'Điều 1. Cho phép thành lập Hội Cựu thanh niên xung phong tỉnh Điện Biên, hoạt động trên địa bàn tỉnh.',
      ),
    );
    expect(c).toMatchObject({
      kind: 'result',
      docType: 'quyet-dinh-cho-phep-thanh-lap-hoi',
      docNumber: '1514/QĐ-UBND',
      level: 'province',
    });
    expect(c.reviewReasons).not.toContain('unknown_type');
  });

  it('nor is a permission to found a fund (NĐ 93/2019) or recognise a board an internal act accepted as such', () => {
    for (const [subject, article] of [
      [
        'Về việc cho phép thành lập Quỹ Bảo trợ trẻ em vùng cao',
        'Điều 1. Cho phép thành lập Quỹ Bảo trợ trẻ em vùng cao.',
      ],
      ['Về việc công nhận Ban vận động thành lập Hội Doanh nghiệp', 'Điều 1. Công nhận Ban vận động thành lập Hội.'],
    ]) {
      const c = classifyText(decision(subject!, article!));
      expect(c.kind).toBe('result');
      expect(c.docType).toBeNull();
      expect(c.needsReview).toBe(true);
    }
  });

  it('a permission to found a school or a kindergarten group is still the education permission', () => {
    for (const subject of [
      'Về việc cho phép thành lập Trường Mầm non tư thục Hoa Ban',
      'Về việc cho phép thành lập nhóm trẻ độc lập Sơn Ca',
      'Về việc cho phép thành lập Trung tâm ngoại ngữ - tin học Ánh Dương',
      'Về việc cho phép hoạt động giáo dục Trường Tiểu học tư thục Thăng Long',
    ]) {
      const c = classifyText(decision(subject, 'Điều 1. Cho phép nhà trường hoạt động theo quy định.'));
      expect(c.docType, subject).toBe('quyet-dinh-cho-phep-hoat-dong-giao-duc');
    }
  });

  it('a conversion of the use of forest is no conversion of land use; of 300 m² of land it is', () => {
    const forest = classifyText(
      decision(
        'Về việc chuyển mục đích sử dụng rừng sang mục đích khác để thực hiện dự án thủy điện Nậm Mức',
        'Điều 1. Chuyển mục đích sử dụng 12,5 ha rừng sản xuất sang mục đích khác.',
      ),
    );
    expect(forest.docType).toBeNull();
    expect(forest.needsReview).toBe(true);
    const land = classifyText(
      decision(
        'Về việc cho phép chuyển mục đích sử dụng 300 m2 đất trồng cây lâu năm sang đất ở',
        'Điều 1. Cho phép hộ ông Lò Văn Hặc chuyển mục đích sử dụng 300 m2 đất.',
      ),
    );
    expect(land.docType).toBe('quyet-dinh-chuyen-muc-dich');
  });
});

describe('the catalogue: a generic verb phrase never types a decision without a subject to check', () => {
  it('every type with a required phrase that is only a generic act lists the subjects it needs', async () => {
    const { CATALOGUE, isGenericAction } = await import('#shared/domain/catalogue.ts');
    const { matchForm } = await import('#shared/domain/classify.ts');
    expect(isGenericAction(matchForm('cho phép thành lập'))).toBe(true);
    expect(isGenericAction(matchForm('cho phép hoạt động giáo dục'))).toBe(false);
    for (const t of CATALOGUE) {
      const generic = (t.requiredPhrases ?? []).filter((p) => isGenericAction(matchForm(p)));
      if (generic.length > 0)
        expect(t.subjectPhrases?.length ?? 0, `${t.id}: ${generic.join(', ')}`).toBeGreaterThan(0);
    }
  });
});

describe('a contract with its lời chứng (NĐ 23/2015, TT 01/2020/TT-BTP): the certification is the result', () => {
  const contract = [
    ...MOTTO,
    'HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT',
    'Hôm nay, ngày 14 tháng 3 năm 2024, tại Ủy ban nhân dân phường Noong Bua, thành phố Điện Biên Phủ, chúng tôi gồm:',
    'BÊN TẶNG CHO (Bên A): Bà Lường Thị Xuyến, sinh năm 1958, CCCD số 011158000342',
    'BÊN ĐƯỢC TẶNG CHO (Bên B): Anh Lò Văn Khiêm, sinh năm 1984, CCCD số 011084001977',
    'Điều 1. Thửa đất số 52, tờ bản đồ số 7, theo Giấy chứng nhận số CS 10422 do UBND thành phố Điện Biên Phủ cấp ngày 03/8/2017.',
    'BÊN A BÊN B',
  ];
  const loiChung = (heading: string) => [
    heading,
    'Ngày 14/3/2024 (Ngày mười bốn tháng ba năm hai nghìn không trăm hai mươi bốn)',
    'Tại Ủy ban nhân dân phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    'Tôi, Đào Thị Hạnh, Phó Chủ tịch Ủy ban nhân dân phường Noong Bua',
    'Chứng thực:',
    '- Hợp đồng tặng cho quyền sử dụng đất được giao kết giữa bà Lường Thị Xuyến và anh Lò Văn Khiêm;',
    '- Các bên giao kết đã ký vào hợp đồng trước mặt tôi.',
    'Số chứng thực 27, quyển số 01/2024-SCT/HĐGD',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Đào Thị Hạnh',
  ];

  it('is certified by the committee of its lời chứng, numbered and dated by it', () => {
    for (const heading of [
      'LỜI CHỨNG CỦA PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NOONG BUA',
      'LỜI CHỨNG CỦA PHÓ CHỦ TỊCH UBND PHƯỜNG NOONG BUA',
    ]) {
      const c = classifyText(pages(doc(...contract), doc(...loiChung(heading))));
      expect(c, heading).toMatchObject({
        kind: 'result',
        docType: 'chung-thuc-chu-ky',
        docNumber: '27',
        issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG NOONG BUA',
        issueDate: '2024-03-14',
        level: 'commune',
        needsReview: false,
      });
    }
  });

  it('the same contract without its lời chứng stays not a result', () => {
    expect(classifyText(doc(...contract)).kind).toBe('not_a_result');
  });
});

describe('a death extract whose title was lost: its signer line names a trích lục, its labels a death (TT 04/2020)', () => {
  const extract = (signer: string[]) =>
    doc(
      'UBND XÃ MƯỜNG MƯƠN',
      'HUYỆN MƯỜNG CHÀ',
      ...MOTTO,
      'Số: 17/2025',
      'Mường Mươn, ngày 11 tháng 8 năm 2025',
      'Họ, chữ đệm, tên: GIÀNG A CHÁ',
      'Ngày, tháng, năm sinh: 1949 Giới tính: Nam Dân tộc: Mông',
      'Đã chết vào lúc: 05 giờ 30 phút, ngày 28/7/2025',
      'Nơi chết: bản Huổi Mí, xã Mường Mươn, huyện Mường Chà, tỉnh Điện Biên',
      'Nguyên nhân chết: Già yếu',
      'Nơi đăng ký khai tử: Ủy ban nhân dân xã Mường Mươn, huyện Mường Chà, tỉnh Điện Biên',
      'Ngày, tháng, năm đăng ký: 04/8/2025',
      ...signer,
      'CHỦ TỊCH',
      'Mùa A Vảng',
    );

  it('is read as the death extract without review', () => {
    expect(classifyText(extract(['NGƯỜI KÝ TRÍCH LỤC']))).toMatchObject({
      docType: 'trich-luc-khai-tu',
      docNumber: '17/2025',
      issueDate: '2025-08-11',
      needsReview: false,
    });
  });

  it('without the signer line the type is still only guessed from the labels: review', () => {
    const c = classifyText(extract([]));
    expect(c.docType).toBe('trich-luc-khai-tu');
    expect(c.reviewReasons).toContain('title_from_body');
  });
});

describe('founding a public school is a result of a procedure the catalogue lacks, not an internal act', () => {
  const founding = (subject: string, article: string) =>
    doc(
      'ỦY BAN NHÂN DÂN',
      'HUYỆN NẬM PỒ',
      ...MOTTO,
      'Số: 640/QĐ-UBND',
      'Nậm Pồ, ngày 19 tháng 8 năm 2024',
      'QUYẾT ĐỊNH',
      subject,
      'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NẬM PỒ',
      'Căn cứ Nghị định số 125/2024/NĐ-CP ngày 05/10/2024 của Chính phủ;',
      'QUYẾT ĐỊNH:',
      article,
      'CHỦ TỊCH',
      'Lò Văn Tiến',
    );

  it('`thành lập Trường Mầm non …` goes to review as a result of unknown type', () => {
    const c = classifyText(
      founding(
        'Về việc thành lập Trường Mầm non Nà Khoa',
        'Điều 1. Thành lập Trường Mầm non Nà Khoa trên cơ sở tách điểm trường.',
      ),
    );
    expect(c).toMatchObject({ kind: 'result', docType: null, needsReview: true });
  });

  it('founding a council or a working group stays internal', () => {
    const c = classifyText(
      founding(
        'Về việc thành lập Hội đồng tuyển dụng giáo viên năm 2024',
        'Điều 1. Thành lập Hội đồng tuyển dụng giáo viên gồm các ông, bà có tên sau.',
      ),
    );
    expect(c).toMatchObject({ kind: 'not_a_result', needsReview: false });
  });
});
