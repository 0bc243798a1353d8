/**
 * Issue 9's cause classes, fixed in general: texts written here from the published forms (not from any
 * evaluation corpus). Each case says what must never be accepted without review, and what must be read.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

describe('class 1: not_a_result is accepted only on positive evidence of a non-result', () => {
  it('sends a diploma whose title lost its level to review, never accepted as a non-result', () => {
    const c = classifyText(
      doc(
        ...MOTTO,
        'BẰNG TỐT NGHIỆP',
        'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
        'Công nhận: Lò Thị Hoa',
        'Ngày sinh: 12/03/2009',
        'Xếp loại tốt nghiệp: Khá',
        'Điện Biên, ngày 20 tháng 6 năm 2024',
        'Số hiệu: B 0123456',
        'Số vào sổ cấp bằng: 215/2024',
      ),
    );
    expect(c.needsReview).toBe(true);
    expect(c.kind).toBe('result');
  });

  it('keeps a judicial-record certificate (a type the catalogue lacks) as a result of unknown type, to review', () => {
    const c = classifyText(
      doc(
        'SỞ TƯ PHÁP TỈNH ĐIỆN BIÊN',
        ...MOTTO,
        'Số: 1024/LLTP',
        'PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1',
        'Căn cứ Luật Lý lịch tư pháp ngày 17 tháng 6 năm 2009;',
        'Họ và tên: Quàng Văn Minh',
        'Án tích: Không có án tích',
        'Điện Biên, ngày 03 tháng 4 năm 2025',
        'GIÁM ĐỐC',
      ),
    );
    expect(c).toMatchObject({ kind: 'result', docType: null, needsReview: true });
    expect(c.title).toBe('PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1');
    expect(c.reviewReasons).toContain('unknown_type');
  });

  it('reads an unknown GIẤY … title with a number and an issuer as a result of unknown type', () => {
    const c = classifyText(
      doc(
        'UBND TỈNH ĐIỆN BIÊN',
        'SỞ XÂY DỰNG',
        ...MOTTO,
        'Số: 77/GPTCĐB',
        'Điện Biên, ngày 09 tháng 9 năm 2025',
        'GIẤY PHÉP THI CÔNG NÚT GIAO ĐẤU NỐI',
        'Cấp cho: Công ty TNHH Xây dựng Nậm Rốm',
      ),
    );
    expect(c).toMatchObject({ kind: 'result', docType: null, needsReview: true });
  });

  it('still accepts a receipt, a letter and a plan as non-results', () => {
    const receipt = classifyText(
      doc(
        'UBND XÃ THANH NƯA',
        ...MOTTO,
        'PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        'Mã hồ sơ: 000.00.25.H18-250101-0001',
      ),
    );
    expect(receipt).toMatchObject({ kind: 'not_a_result', needsReview: false });
    const letter = classifyText(
      doc(
        'UBND HUYỆN MƯỜNG ẢNG',
        ...MOTTO,
        'Số: 312/UBND-TNMT',
        'V/v cấp Giấy chứng nhận quyền sử dụng đất cho hộ ông Lò Văn Sáng',
        'Kính gửi: Văn phòng Đăng ký đất đai tỉnh',
      ),
    );
    expect(letter).toMatchObject({ kind: 'not_a_result', needsReview: false });
  });

  it('does not trust a page with no title and no sign of a non-result', () => {
    const c = classifyText(doc('Họ và tên: Lò Văn A', 'Ngày sinh: 01/01/1990', 'Địa chỉ: bản Noong Bua'));
    expect(c.kind).toBe('not_a_result');
    expect(c.reviewReasons).toEqual(['uncertain_not_a_result']);
  });
});

describe('class 3: only the paper’s own validity becomes its expiry', () => {
  const gpxd = (clause: string) =>
    doc(
      'UBND HUYỆN ĐIỆN BIÊN',
      ...MOTTO,
      'Số: 58/GPXD',
      'Điện Biên, ngày 14 tháng 8 năm 2023',
      'GIẤY PHÉP XÂY DỰNG',
      '(Sử dụng cho nhà ở riêng lẻ)',
      '1. Cấp cho: Ông Lường Văn Tấn',
      '2. Được phép xây dựng công trình: Nhà ở riêng lẻ',
      clause,
      'KT. CHỦ TỊCH',
    );

  it('does not read the 12-month start-of-works deadline as the construction permit’s expiry', () => {
    for (const clause of [
      '3. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp.',
      'Chủ đầu tư phải khởi công trong thời hạn 12 tháng kể từ ngày cấp giấy phép.',
    ]) {
      const c = classifyText(gpxd(clause));
      expect(c.docType, clause).toBe('giay-phep-xay-dung-nha-o');
      expect(c.expiryDate, clause).toBeNull();
      expect(c.needsReview, clause).toBe(false);
    }
  });

  it('reads the end printed on a temporary construction permit', () => {
    const c = classifyText(gpxd('3. Công trình được tồn tại đến: ngày 31 tháng 12 năm 2026.'));
    expect(c.expiryDate).toBe('2026-12-31');
    const d = classifyText(gpxd('Giấy phép có hiệu lực đến ngày 14/8/2025.'));
    expect(d.expiryDate).toBe('2025-08-14');
  });

  it('reads a printed term from the issue date, but not a power of attorney’s or a lease’s term', () => {
    const term = classifyText(
      doc(
        'UBND HUYỆN TUẦN GIÁO',
        ...MOTTO,
        'Số: 07/GP-UBND',
        'Tuần Giáo, ngày 02 tháng 3 năm 2022',
        'GIẤY PHÉP BÁN LẺ RƯỢU',
        'Cấp cho: Hộ kinh doanh Lò Thị Nga',
        'Giấy phép này có giá trị 05 năm kể từ ngày cấp.',
      ),
    );
    expect(term.expiryDate).toBe('2027-03-02');
    const lease = classifyText(
      doc(
        'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
        ...MOTTO,
        'Số: 415/QĐ-UBND',
        'Điện Biên, ngày 10 tháng 5 năm 2021',
        'QUYẾT ĐỊNH',
        'Về việc cho thuê đất đối với Công ty Cổ phần Nông nghiệp Tây Bắc',
        'Điều 1. Cho Công ty Cổ phần Nông nghiệp Tây Bắc thuê 2,5 ha đất tại xã Thanh Xương.',
        'Thời hạn thuê đất: 50 năm, đến ngày 10/5/2071.',
      ),
    );
    expect(lease.kind).toBe('result');
    expect(lease.expiryDate).toBeNull();
  });

  it('sends a licence whose printed end is blank or unreadable to review rather than guessing it', () => {
    const c = classifyText(
      doc(
        'UBND HUYỆN TUẦN GIÁO',
        ...MOTTO,
        'Số: 08/GP-UBND',
        'Tuần Giáo, ngày 02 tháng 3 năm 2022',
        'GIẤY PHÉP BÁN LẺ RƯỢU',
        'Cấp cho: Hộ kinh doanh Lò Thị Nga',
        'Giấy phép có hiệu lực đến ngày ……/……/………',
      ),
    );
    expect(c.reviewReasons).toContain('expiry_uncertain');
  });

  it('sends a licence with two different printed ends to review', () => {
    const c = classifyText(
      doc(
        'UBND HUYỆN TUẦN GIÁO',
        ...MOTTO,
        'Số: 09/GP-UBND',
        'Tuần Giáo, ngày 02 tháng 3 năm 2022',
        'GIẤY PHÉP BÁN LẺ RƯỢU',
        'Cấp cho: Hộ kinh doanh Lò Thị Nga',
        'Giấy phép có hiệu lực đến ngày 02/3/2027.',
        'Gia hạn: có hiệu lực đến ngày 02/3/2029.',
      ),
    );
    expect(c.reviewReasons).toContain('expiry_uncertain');
  });
});
