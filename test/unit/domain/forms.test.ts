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
