/**
 * Type and kind decisions that must rest on what a paper *is*, not on what it mentions: texts written here from
 * the published forms (NĐ 30/2020 layout, TT 01/2020/TT-BTP lời chứng, NĐ 92/2024 cooperative certificate), each
 * class with a counter-example.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { normalizeText } from '#shared/domain/normalize.ts';

const doc = (...lines: string[]) => lines.join('\n');
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

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
