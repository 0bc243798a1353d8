/**
 * Result types added to the catalogue (issue 9 item 4: high-volume province and commune results): a paper of
 * each is typed (classify-cases-more.ts), and a paper that only names one — a revocation, a fine, a letter, a
 * notice, an application, a report — stays a non-result. Texts written here; names and numbers are invented.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { classifyText } from '#shared/domain/classify.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

const ADDED = [
  'gcn-dang-ky-dau-tu',
  'giay-phep-hoat-dong-dien-luc',
  'giay-phep-su-dung-vat-lieu-no-cong-nghiep',
  'gcn-buon-ban-thuoc-bao-ve-thuc-vat',
  'chung-chi-hanh-nghe-thu-y',
  'quyet-dinh-cong-nhan-hang-co-so-luu-tru-du-lich',
  'giay-phep-thi-cong-duong-bo',
  'giay-phep-lien-van-viet-lao',
  'giay-phep-hoat-dong-in',
  'gcn-dang-ky-tau-ca',
  'gcn-du-dieu-kien-chan-nuoi',
  'the-huong-dan-vien-du-lich',
  'quyet-dinh-cho-phep-thanh-lap-hoi',
  'gcn-cua-hang-ban-le-lpg-chai',
  'giay-phep-xa-nuoc-thai',
  'xac-nhan-kien-thuc-an-toan-thuc-pham',
  'tiep-nhan-ban-cong-bo-san-pham',
  'xac-nhan-noi-dung-quang-cao',
  'chung-chi-hanh-nghe-moi-gioi-bat-dong-san',
  'giay-phep-lien-van-viet-nam-campuchia',
  'giay-phep-chat-ha-cay-xanh',
  'giay-phep-vu-truong',
  'giay-phep-day-them-hoc-them',
  'quyet-dinh-cong-nhan-truong-dat-chuan-quoc-gia',
  'xac-nhan-dang-ky-phat-hanh-xuat-ban-pham',
  'giay-phep-xuat-ban-ban-tin',
  'ma-so-vung-trong',
  'gcn-buon-ban-thuoc-thu-y',
  'gcn-san-xuat-thuc-an-chan-nuoi',
  'chung-nhan-tham-duyet-thiet-ke-pccc',
  'gcn-diem-tro-choi-dien-tu-cong-cong',
  'giay-phep-khai-thac-thuy-san',
  'giay-chung-nhan-luong-y',
  'quyet-dinh-cong-nhan-hoa-giai-vien',
  'xac-nhan-truc-tiep-san-xuat-nong-nghiep',
  'giay-phep-su-dung-tam-thoi-he-pho',
  'giay-phep-luu-hanh-xe',
  'giay-phep-hoat-dong-co-so-tro-giup-xa-hoi',
  'gcn-kinh-doanh-hoat-dong-the-thao',
];

describe('the added types in the catalogue', () => {
  it('each has its legal source and is unconfirmed (its form was not read)', () => {
    for (const id of ADDED) {
      const t = CATALOGUE.find((x) => x.id === id);
      expect(t, id).toBeDefined();
      expect(t?.confirmed, id).toBe(false);
      expect(t?.source, id).toMatch(/(NĐ|TT|Luật|Hiệp định) /);
      expect(t?.form?.forms.length, id).toBeGreaterThan(0);
    }
  });
});

describe('a paper that only names an added type stays a non-result', () => {
  it('stays a non-result: a decision revoking an electricity licence (thu hồi)', () => {
    const c = classifyText(
      doc(
        'UBND TỈNH LAI CHÂU',
        'SỞ CÔNG THƯƠNG',
        ...MOTTO,
        'Số: 140/QĐ-SCT',
        'Lai Châu, ngày 02 tháng 8 năm 2025',
        'QUYẾT ĐỊNH',
        'Về việc thu hồi Giấy phép hoạt động điện lực',
        'GIÁM ĐỐC SỞ CÔNG THƯƠNG',
        'QUYẾT ĐỊNH:',
        'Điều 1. Thu hồi Giấy phép hoạt động điện lực số 09/GP-SCT ngày 21/3/2023 cấp cho Công ty Cổ phần Thủy điện Nậm Cuổi.',
        'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
        'GIÁM ĐỐC',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('stays a non-result: a fine for using industrial explosives on an expired licence (NĐ 118/2021 form)', () => {
    const c = classifyText(
      doc(
        'UBND TỈNH SƠN LA',
        ...MOTTO,
        'Số: 77/QĐ-XPHC',
        'Sơn La, ngày 11 tháng 3 năm 2025',
        'QUYẾT ĐỊNH',
        'Xử phạt vi phạm hành chính',
        'Điều 1. Xử phạt vi phạm hành chính đối với Công ty TNHH Đá Chiềng Sinh do sử dụng vật liệu nổ công nghiệp khi Giấy phép sử dụng vật liệu nổ công nghiệp đã hết hạn.',
        'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('stays a non-result: a letter about extending a road-works permit (V/v …, Kính gửi)', () => {
    const c = classifyText(
      doc(
        'UBND TỈNH LAI CHÂU',
        'SỞ XÂY DỰNG',
        ...MOTTO,
        'Số: 903/SXD-QLGT',
        'V/v gia hạn Giấy phép thi công',
        'Lai Châu, ngày 08 tháng 7 năm 2025',
        'Kính gửi: Công ty TNHH Thương mại Tam Đường',
        'Sở Xây dựng nhận được văn bản đề nghị gia hạn Giấy phép thi công số 57/GPTC-SXD của Công ty.',
        'KT. GIÁM ĐỐC',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('stays a non-result: a notice listing tour-guide cards issued', () => {
    const c = classifyText(
      doc(
        'UBND TỈNH LAI CHÂU',
        'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        ...MOTTO,
        'Số: 31/TB-SVHTTDL',
        'Lai Châu, ngày 05 tháng 5 năm 2025',
        'THÔNG BÁO',
        'Danh sách hướng dẫn viên được cấp Thẻ hướng dẫn viên du lịch quý I năm 2025',
        'Sở Văn hóa, Thể thao và Du lịch thông báo danh sách 12 hướng dẫn viên đã được cấp Thẻ hướng dẫn viên du lịch nội địa.',
        'GIÁM ĐỐC',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('stays a non-result: a decision setting up an appraisal council (thành lập Hội đồng), not a hội', () => {
    const c = classifyText(
      doc(
        'ỦY BAN NHÂN DÂN',
        'TỈNH SƠN LA',
        ...MOTTO,
        'Số: 1290/QĐ-UBND',
        'Sơn La, ngày 14 tháng 5 năm 2025',
        'QUYẾT ĐỊNH',
        'Về việc thành lập Hội đồng thẩm định cấp Giấy phép hoạt động điện lực',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
        'QUYẾT ĐỊNH:',
        'Điều 1. Thành lập Hội đồng thẩm định gồm các ông, bà có tên sau.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('stays a non-result: a decision dissolving a hội that cites its permission to establish it', () => {
    const c = classifyText(
      doc(
        'ỦY BAN NHÂN DÂN',
        'TỈNH LAI CHÂU',
        ...MOTTO,
        'Số: 1801/QĐ-UBND',
        'Lai Châu, ngày 10 tháng 10 năm 2025',
        'QUYẾT ĐỊNH',
        'Về việc giải thể Hội Nuôi ong tỉnh Lai Châu',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
        'Căn cứ Quyết định số 455/QĐ-UBND ngày 02/4/2012 về việc cho phép thành lập Hội Nuôi ong tỉnh Lai Châu;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Giải thể Hội Nuôi ong tỉnh Lai Châu.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('stays a non-result: an application for a fishing-vessel registration certificate', () => {
    const c = classifyText(
      doc(
        ...MOTTO,
        'ĐƠN ĐỀ NGHỊ CẤP GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU CÁ',
        'Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Lai Châu',
        'Tên tôi là: Lò Văn Khiêm',
        'Tên tàu: Nậm Na 07',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('stays a non-result: a decision revoking an accommodation ranking', () => {
    const c = classifyText(
      doc(
        'UBND TỈNH SƠN LA',
        'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        ...MOTTO,
        'Số: 205/QĐ-SVHTTDL',
        'Sơn La, ngày 09 tháng 9 năm 2025',
        'QUYẾT ĐỊNH',
        'Về việc thu hồi quyết định công nhận hạng cơ sở lưu trú du lịch',
        'GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        'QUYẾT ĐỊNH:',
        'Điều 1. Thu hồi Quyết định số 88/QĐ-SVHTTDL ngày 19/02/2025 công nhận hạng cơ sở lưu trú du lịch.',
        'GIÁM ĐỐC',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
  it('stays a non-result: a report on investment registration certificates issued', () => {
    const c = classifyText(
      doc(
        'UBND TỈNH SƠN LA',
        'SỞ TÀI CHÍNH',
        ...MOTTO,
        'Số: 412/BC-STC',
        'Sơn La, ngày 30 tháng 9 năm 2025',
        'BÁO CÁO',
        'Tình hình cấp Giấy chứng nhận đăng ký đầu tư 9 tháng đầu năm 2025',
        'Trong 9 tháng, Sở đã cấp 14 Giấy chứng nhận đăng ký đầu tư, điều chỉnh 6 Giấy chứng nhận đăng ký đầu tư.',
        'GIÁM ĐỐC',
      ),
    );
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  });
});

describe('a paper that only names a type of the second growth stays a non-result', () => {
  const nonResult = (...lines: string[]) => {
    const c = classifyText(doc(...lines));
    expect(c.kind).toBe('not_a_result');
    expect(c.docType).toBeNull();
  };
  it('a decision revoking a food-safety knowledge certificate (thu hồi)', () =>
    nonResult(
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ Y TẾ',
      ...MOTTO,
      'Số: 301/QĐ-SYT',
      'Điện Biên, ngày 12 tháng 8 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc thu hồi Giấy xác nhận kiến thức về an toàn thực phẩm',
      'GIÁM ĐỐC SỞ Y TẾ',
      'QUYẾT ĐỊNH:',
      'Điều 1. Thu hồi Giấy xác nhận kiến thức về an toàn thực phẩm số 118/2025/XNKT-SYT cấp cho bà Lò Thị Xuân.',
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
      'GIÁM ĐỐC',
    ));
  it('a plan for building schools up to the national standard (Kế hoạch, against its phrase)', () =>
    nonResult(
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐIỆN BIÊN',
      ...MOTTO,
      'Số: 88/KH-UBND',
      'Điện Biên, ngày 10 tháng 1 năm 2025',
      'KẾ HOẠCH',
      'Xây dựng trường đạt chuẩn quốc gia giai đoạn 2025 - 2030',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Phấn đấu đến năm 2030 có 75 % trường đạt chuẩn quốc gia.',
      'TM. ỦY BAN NHÂN DÂN',
    ));
  it('a letter answering about a lapsed private-tutoring licence (V/v …, Kính gửi)', () =>
    nonResult(
      'UBND HUYỆN ĐIỆN BIÊN',
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      ...MOTTO,
      'Số: 412/PGDĐT-VP',
      'V/v Giấy phép tổ chức hoạt động dạy thêm, học thêm',
      'Điện Biên, ngày 03 tháng 3 năm 2025',
      'Kính gửi: bà Lường Thị Nga',
      'Từ ngày 14/02/2025, việc dạy thêm ngoài nhà trường không còn cấp giấy phép mà thực hiện đăng ký kinh doanh.',
      'TRƯỞNG PHÒNG',
    ));
  it('a fine for running an internet game point without its certificate (NĐ 118/2021 form)', () =>
    nonResult(
      'ỦY BAN NHÂN DÂN',
      'XÃ THANH NƯA',
      ...MOTTO,
      'Số: 19/QĐ-XPHC',
      'Thanh Nưa, ngày 20 tháng 10 năm 2025',
      'QUYẾT ĐỊNH',
      'Xử phạt vi phạm hành chính',
      'Điều 1. Xử phạt vi phạm hành chính đối với ông Quàng Văn Tú do hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng khi chưa có Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng.',
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
    ));
});

describe('a permission to establish: a hội is not a school', () => {
  const permission = (subject: string, article: string) =>
    doc(
      'ỦY BAN NHÂN DÂN',
      'TỈNH SƠN LA',
      ...MOTTO,
      'Số: 733/QĐ-UBND',
      'Sơn La, ngày 17 tháng 4 năm 2025',
      'QUYẾT ĐỊNH',
      subject,
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      'QUYẾT ĐỊNH:',
      article,
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    );

  it('reads a permission to establish a hội (NĐ 126/2024/NĐ-CP) as its own type, never an education one', () => {
    const c = classifyText(
      permission(
        'Về việc cho phép thành lập Hội Làm vườn tỉnh Sơn La',
        'Điều 1. Cho phép thành lập Hội Làm vườn tỉnh Sơn La, phạm vi hoạt động trong tỉnh.',
      ),
    );
    expect(c).toMatchObject({ docType: 'quyet-dinh-cho-phep-thanh-lap-hoi', level: 'province', needsReview: false });
  });

  it('counter-example: a permission to establish a school or a language centre stays the education decision', () => {
    for (const [subject, article] of [
      [
        'Về việc cho phép thành lập Trường Tiểu học tư thục Hoa Mai',
        'Điều 1. Cho phép thành lập Trường Tiểu học tư thục Hoa Mai.',
      ],
      [
        'Về việc cho phép thành lập Trung tâm ngoại ngữ Sao Mai',
        'Điều 1. Cho phép thành lập Trung tâm ngoại ngữ Sao Mai.',
      ],
    ]) {
      expect(classifyText(permission(subject!, article!)).docType).toBe('quyet-dinh-cho-phep-hoat-dong-giao-duc');
    }
  });

  it('a permission to establish something the catalogue lacks is a result of unknown type, to review', () => {
    const c = classifyText(
      permission(
        'Về việc cho phép thành lập Quỹ Khuyến học Hoa Ban',
        'Điều 1. Cho phép thành lập Quỹ Khuyến học Hoa Ban, hoạt động trong phạm vi tỉnh.',
      ),
    );
    expect(c).toMatchObject({ kind: 'result', docType: null, needsReview: true });
  });
});

describe('an investment registration certificate is dated by its latest change (TT 03/2021/TT-BKHĐT Mẫu A.II)', () => {
  const certificate = (...changes: string[]) =>
    doc(
      'BAN QUẢN LÝ KHU KINH TẾ TỈNH LAI CHÂU',
      ...MOTTO,
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ',
      'Mã số dự án: 7301552846',
      'Chứng nhận lần đầu: ngày 02 tháng 3 năm 2021',
      ...changes,
      'Nhà đầu tư: Công ty Cổ phần Nông sản Phong Thổ',
      'Tên dự án: Vùng trồng dược liệu Sìn Hồ',
      'Thời hạn hoạt động của dự án: 50 năm kể từ ngày cấp Giấy chứng nhận đăng ký đầu tư lần đầu',
      'TRƯỞNG BAN',
    );

  it('takes the first registration when nothing changed, and never the project term as expiry', () => {
    expect(classifyText(certificate())).toMatchObject({
      docType: 'gcn-dang-ky-dau-tu',
      docNumber: '7301552846',
      issueDate: '2021-03-02',
      expiryDate: null,
    });
  });

  it('takes the latest change, its ordinal in words or figures', () => {
    const c = classifyText(
      certificate(
        'Chứng nhận thay đổi lần thứ nhất: ngày 19 tháng 8 năm 2022',
        'Chứng nhận thay đổi lần thứ hai: ngày 05 tháng 1 năm 2024',
      ),
    );
    expect(c).toMatchObject({ issueDate: '2024-01-05', expiryDate: null });
    expect(classifyText(certificate('Chứng nhận thay đổi lần thứ 3: ngày 27/6/2024')).issueDate).toBe('2024-06-27');
  });
});

describe('Textract-style reading of the added types', () => {
  it('restores CNĐĐK, a certificate of conditions met, from CNDDK', () => {
    const c = classifyText(
      doc(
        'SO NONG NGHIEP VA MOI TRUONG',
        'CHI CUC TRONG TROT VA BAO VE THUC VAT',
        'So: 31/2024/CNDDK-BVTV',
        'Lai Chau, ngay 06 thang 6 nam 2024',
        'GIAY CHUNG NHAN',
        'DU DIEU KIEN BUON BAN THUOC BAO VE THUC VAT',
        'Ten co so: Cua hang Nong Duoc Tan Uyen',
        'Giay chung nhan co gia tri den ngay 06/6/2029.',
        'CHI CUC TRUONG',
      ),
    );
    expect(c).toMatchObject({
      docType: 'gcn-buon-ban-thuoc-bao-ve-thuc-vat',
      docNumber: '31/2024/CNĐĐK-BVTV',
      expiryDate: '2029-06-06',
    });
  });
});

describe('a tour guide card (TT 04/2024/TT-BVHTTDL Mẫu 09) prints bilingual labels', () => {
  it('reads its number after `Số thẻ/Card No.` and its printed end', () => {
    const c = classifyText(
      doc(
        'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SƠN LA',
        'THẺ HƯỚNG DẪN VIÊN DU LỊCH QUỐC TẾ',
        'INTERNATIONAL TOUR GUIDE',
        'Số thẻ/Card No.: 214240733',
        'Họ và tên/Full name: LÊ MINH THƯ',
        'Ngôn ngữ/Language: Tiếng Anh',
        'Ngày cấp/Date of issue: 21/10/2024',
        'Ngày hết hạn/Date of expiry: 21/10/2029',
      ),
    );
    expect(c).toMatchObject({
      docType: 'the-huong-dan-vien-du-lich',
      docNumber: '214240733',
      issueDate: '2024-10-21',
      expiryDate: '2029-10-21',
      level: 'province',
    });
  });

  it('counter-example: a health-insurance card number (`Số thẻ BHYT:`) is not read as a card of this kind', () => {
    const c = classifyText(
      doc(
        'UBND XÃ MƯỜNG LA',
        ...MOTTO,
        'Số: 45/XN-UBND',
        'GIẤY XÁC NHẬN',
        'Ông Lò Văn Hải, Số thẻ BHYT: HN4011234567890',
        'Mường La, ngày 02 tháng 5 năm 2025',
      ),
    );
    expect(c.docType).not.toBe('the-huong-dan-vien-du-lich');
    expect(c.docNumber).toBe('45/XN-UBND');
  });
});
