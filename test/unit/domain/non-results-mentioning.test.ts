/**
 * Official papers that are not results but name results (a decision revoking a licence, a notice of a licence's
 * expiry, a report of certificates issued, a letter asking to renew a permit, a budget allotment for an
 * allowance, minutes of a land handover…), written here on the ND 30/2020/NĐ-CP layout: each stays
 * `not_a_result`, as printed and as Textract reads it. The same words in a real result keep it a result.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '#shared/domain/classify.ts';
import { degradeLikeTextract } from './textract-like.ts';

const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const d = (...l: string[]) => l.join('\n');
const NON_RESULTS: Record<string, string> = {
  revoke: d(
    'UBND TỈNH ĐIỆN BIÊN',
    'SỞ XÂY DỰNG',
    ...MOTTO,
    'Số: 88/QĐ-SXD',
    'Điện Biên, ngày 11 tháng 6 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc thu hồi Giấy phép kinh doanh vận tải bằng xe ô tô',
    'GIÁM ĐỐC SỞ XÂY DỰNG TỈNH ĐIỆN BIÊN',
    'Căn cứ Nghị định số 158/2024/NĐ-CP ngày 18/12/2024 của Chính phủ;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Thu hồi Giấy phép kinh doanh vận tải bằng xe ô tô số 62-00145 cấp ngày 03/3/2022 của Công ty TNHH Vận tải Him Lam.',
    'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
    'GIÁM ĐỐC',
    'Trần Quốc Hưng',
  ),
  expiryNotice: d(
    'UBND HUYỆN ĐIỆN BIÊN ĐÔNG',
    'PHÒNG KINH TẾ VÀ HẠ TẦNG',
    ...MOTTO,
    'Số: 17/TB-KTHT',
    'Điện Biên Đông, ngày 02 tháng 4 năm 2024',
    'THÔNG BÁO',
    'Giấy phép bán lẻ sản phẩm rượu hết hiệu lực',
    'Giấy phép bán lẻ sản phẩm rượu số 05/GP-KTHT ngày 01/4/2019 cấp cho hộ kinh doanh Lò Thị Ban hết hiệu lực kể từ ngày 01/4/2024.',
    'Đề nghị hộ kinh doanh ngừng kinh doanh rượu hoặc làm thủ tục cấp lại theo quy định.',
    'Nơi nhận:',
    '- Như trên;',
    'TRƯỞNG PHÒNG',
    'Vừ A Dế',
  ),
  report: d(
    'UBND HUYỆN MƯỜNG NHÉ',
    'PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG',
    ...MOTTO,
    'Số: 312/BC-TNMT',
    'Mường Nhé, ngày 20 tháng 12 năm 2024',
    'BÁO CÁO',
    'Kết quả cấp Giấy chứng nhận quyền sử dụng đất năm 2024',
    'I. KẾT QUẢ',
    'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất đã cấp: 412 giấy, diện tích 86,4 ha.',
    'Thửa đất số 15, tờ bản đồ số 3 của hộ ông Giàng A Pó chưa đủ điều kiện cấp.',
    'Nơi nhận:',
    '- UBND huyện;',
    'TRƯỞNG PHÒNG',
    'Sùng A Lử',
  ),
  renewLetter: d(
    'CÔNG TY CỔ PHẦN XÂY LẮP ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 45/CV-XLĐB',
    'V/v đề nghị gia hạn Giấy phép xây dựng',
    'Điện Biên Phủ, ngày 06 tháng 5 năm 2025',
    'Kính gửi: Sở Xây dựng tỉnh Điện Biên',
    'Công ty được cấp Giấy phép xây dựng số 21/GPXD ngày 10/5/2024, có hiệu lực 12 tháng.',
    'Do vướng mặt bằng, Công ty đề nghị Sở gia hạn Giấy phép xây dựng nêu trên thêm 12 tháng.',
    'GIÁM ĐỐC',
    'Phạm Văn Tuấn',
  ),
  approveList: d(
    'ỦY BAN NHÂN DÂN',
    'HUYỆN TỦA CHÙA',
    ...MOTTO,
    'Số: 1290/QĐ-UBND',
    'Tủa Chùa, ngày 15 tháng 9 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2025 được hỗ trợ tiền điện',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
    'Căn cứ Quyết định số 28/2014/QĐ-TTg ngày 07/4/2014 của Thủ tướng Chính phủ;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Phê duyệt danh sách 1.204 hộ nghèo, hộ cận nghèo được hưởng trợ cấp, hỗ trợ tiền điện năm 2025 (có danh sách kèm theo).',
    'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
    'CHỦ TỊCH',
    'Lù Văn Sinh',
  ),
  handover: d(
    'UBND XÃ THANH NƯA',
    ...MOTTO,
    'Thanh Nưa, ngày 22 tháng 8 năm 2025',
    'BIÊN BẢN',
    'Bàn giao đất trên thực địa',
    'Thực hiện Quyết định giao đất số 215/QĐ-UBND ngày 01/8/2025 của UBND huyện Điện Biên,',
    'Hôm nay, tại thực địa, chúng tôi gồm: đại diện UBND xã Thanh Nưa; ông Lò Văn Thắng (người được giao đất).',
    'Thửa đất số 205, tờ bản đồ số 14, diện tích 150 m², mục đích sử dụng đất: đất ở tại nông thôn.',
    'Biên bản lập xong hồi 10 giờ cùng ngày.',
    'ĐẠI DIỆN UBND XÃ',
    'NGƯỜI NHẬN ĐẤT',
  ),
  cancelHkd: d(
    'ỦY BAN NHÂN DÂN',
    'HUYỆN MƯỜNG ẢNG',
    ...MOTTO,
    'Số: 77/QĐ-UBND',
    'Mường Ảng, ngày 19 tháng 02 năm 2024',
    'QUYẾT ĐỊNH',
    'Về việc hủy Giấy chứng nhận đăng ký hộ kinh doanh',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG',
    'QUYẾT ĐỊNH:',
    'Điều 1. Hủy Giấy chứng nhận đăng ký hộ kinh doanh số 62G8001177 cấp ngày 12/6/2021 cho hộ kinh doanh Quàng Văn Chơi.',
    'CHỦ TỊCH',
    'Lò Văn Giang',
  ),
  submission: d(
    'ỦY BAN NHÂN DÂN',
    'HUYỆN NẬM PỒ',
    ...MOTTO,
    'Số: 98/TTr-UBND',
    'Nậm Pồ, ngày 05 tháng 3 năm 2025',
    'TỜ TRÌNH',
    'Đề nghị cấp Giấy phép môi trường cho dự án Bãi chôn lấp chất thải rắn huyện Nậm Pồ',
    'Kính gửi: Ủy ban nhân dân tỉnh Điện Biên',
    'Căn cứ Luật Bảo vệ môi trường năm 2020;',
    'UBND huyện kính trình UBND tỉnh xem xét, cấp Giấy phép môi trường cho dự án.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Lò Văn Chung',
  ),
  inspectionPlan: d(
    'UBND TỈNH ĐIỆN BIÊN',
    'SỞ Y TẾ',
    ...MOTTO,
    'Số: 56/KH-SYT',
    'Điện Biên, ngày 04 tháng 01 năm 2025',
    'KẾ HOẠCH',
    'Kiểm tra việc cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm năm 2025',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Kiểm tra các cơ sở đã được cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.',
    'GIÁM ĐỐC',
    'Nguyễn Văn Hải',
  ),
  fine: d(
    'ỦY BAN NHÂN DÂN',
    'XÃ NÀ TẤU',
    ...MOTTO,
    'Số: 12/QĐ-XPHC',
    'Nà Tấu, ngày 27 tháng 10 năm 2024',
    'QUYẾT ĐỊNH',
    'Xử phạt vi phạm hành chính',
    'Căn cứ Luật Xử lý vi phạm hành chính ngày 20/6/2012;',
    'Điều 1. Xử phạt vi phạm hành chính đối với ông Quàng Văn Duy, Giấy phép lái xe hạng A1 số 620123456789.',
    'Hình thức xử phạt chính: phạt tiền 2.000.000 đồng.',
    'CHỦ TỊCH',
    'Tòng Văn Hải',
  ),
  invitation: d(
    'UBND HUYỆN ĐIỆN BIÊN',
    'PHÒNG TƯ PHÁP',
    ...MOTTO,
    'Số: 21/GM-PTP',
    'Điện Biên, ngày 10 tháng 5 năm 2025',
    'GIẤY MỜI',
    'Dự lễ trao Giấy chứng nhận kết hôn cho các cặp đôi',
    'Phòng Tư pháp trân trọng kính mời: ông/bà ...',
    'Thời gian: 08 giờ ngày 15/5/2025',
    'TRƯỞNG PHÒNG',
    'Lò Thị Hoa',
  ),
  suspend: d(
    'UBND TỈNH ĐIỆN BIÊN',
    'SỞ Y TẾ',
    ...MOTTO,
    'Số: 402/QĐ-SYT',
    'Điện Biên, ngày 18 tháng 11 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc đình chỉ hoạt động có thời hạn đối với cơ sở khám bệnh, chữa bệnh',
    'GIÁM ĐỐC SỞ Y TẾ',
    'Điều 1. Đình chỉ hoạt động 03 tháng đối với Phòng khám đa khoa Thanh Bình, Giấy phép hoạt động số 112/ĐBI-GPHĐ.',
    'GIÁM ĐỐC',
    'Nguyễn Văn Hải',
  ),
  rejection: d(
    'UBND HUYỆN TUẦN GIÁO',
    'PHÒNG KINH TẾ VÀ HẠ TẦNG',
    ...MOTTO,
    'Số: 33/TB-KTHT',
    'Tuần Giáo, ngày 08 tháng 7 năm 2025',
    'THÔNG BÁO',
    'Về việc không cấp Giấy phép xây dựng',
    'Hồ sơ đề nghị cấp Giấy phép xây dựng nhà ở riêng lẻ của ông Lường Văn Mạnh không đủ điều kiện.',
    'TRƯỞNG PHÒNG',
    'Cầm Văn Ơn',
  ),
  council: d(
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 2001/QĐ-UBND',
    'Điện Biên, ngày 03 tháng 10 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc thành lập Hội đồng thẩm định hồ sơ cấp Giấy phép khai thác khoáng sản',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    'Điều 1. Thành lập Hội đồng thẩm định gồm các ông, bà có tên sau:',
    'CHỦ TỊCH',
    'Mùa A Sơn',
  ),
  list: d(
    'UBND HUYỆN MƯỜNG CHÀ',
    'PHÒNG Y TẾ',
    ...MOTTO,
    'DANH SÁCH',
    'Các cơ sở được cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm năm 2025',
    'STT Tên cơ sở Số Giấy chứng nhận Ngày cấp',
    '1 Bếp ăn Trường THCS Sá Tổng 12/2025/ATTP-CNĐK 03/3/2025',
    '2 Cơ sở chế biến chè Huổi Mí 13/2025/ATTP-CNĐK 05/3/2025',
  ),
  announce: d(
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 880/QĐ-UBND',
    'Điện Biên, ngày 20 tháng 5 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc công bố danh mục thủ tục hành chính lĩnh vực hộ tịch',
    'Điều 1. Công bố kèm theo Quyết định này 12 thủ tục hành chính: đăng ký khai sinh, cấp Giấy chứng nhận kết hôn …',
    'CHỦ TỊCH',
    'Mùa A Sơn',
  ),
  revokeLand: d(
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 1567/QĐ-UBND',
    'Điện Biên, ngày 14 tháng 8 năm 2024',
    'QUYẾT ĐỊNH',
    'Về việc thu hồi đất để thực hiện dự án đường giao thông nông thôn',
    'Điều 1. Thu hồi 320 m² đất của hộ ông Lò Văn Lả, thửa đất số 44, tờ bản đồ số 12, Giấy chứng nhận quyền sử dụng đất số CS 00912.',
    'CHỦ TỊCH',
    'Lò Văn Giang',
  ),
  transferPetition: d(
    ...MOTTO,
    'ĐƠN ĐỀ NGHỊ',
    'Cấp đổi Giấy chứng nhận quyền sử dụng đất',
    'Kính gửi: Văn phòng đăng ký đất đai tỉnh Điện Biên',
    'Tôi là Lò Thị Mai, sinh năm 1975, đề nghị cấp đổi Giấy chứng nhận quyền sử dụng đất số BK 402211.',
    'NGƯỜI VIẾT ĐƠN',
    'Lò Thị Mai',
  ),
  receipt: d(
    'UBND XÃ MƯỜNG PHĂNG',
    'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
    ...MOTTO,
    'Số: 0125/TN',
    'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    'Tiếp nhận hồ sơ của: bà Cà Thị Hương',
    'Nội dung yêu cầu giải quyết: Đăng ký khai sinh',
    'Ngày hẹn trả kết quả: 14/5/2025',
    'NGƯỜI TIẾP NHẬN',
  ),
  minutesHandoverCert: d(
    'UBND HUYỆN MƯỜNG ẢNG',
    'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI',
    'CHI NHÁNH MƯỜNG ẢNG',
    ...MOTTO,
    'Mường Ảng, ngày 03 tháng 6 năm 2025',
    'BIÊN BẢN',
    'Giao nhận Giấy chứng nhận quyền sử dụng đất',
    'Chi nhánh giao cho UBND xã Ẳng Nưa 36 Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất để trao cho người sử dụng đất.',
    'Số vào sổ cấp GCN: từ CS 01201 đến CS 01236.',
    'BÊN GIAO BÊN NHẬN',
  ),
};
const Q = (unit: string[], no: string, place: string, subject: string, ...body: string[]) =>
  d(
    ...unit,
    ...MOTTO,
    `Số: ${no}`,
    `${place}, ngày 12 tháng 3 năm 2025`,
    'QUYẾT ĐỊNH',
    subject,
    'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN',
    'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;',
    'QUYẾT ĐỊNH:',
    ...body,
    'Điều 3. Quyết định có hiệu lực kể từ ngày ký.',
    'CHỦ TỊCH',
    'Lò Văn Giang',
  );
const H = ['ỦY BAN NHÂN DÂN', 'HUYỆN MƯỜNG ẢNG'];
Object.assign(NON_RESULTS, {
  budgetTgxh: Q(
    H,
    '401/QĐ-UBND',
    'Mường Ảng',
    'Về việc cấp kinh phí thực hiện chính sách trợ giúp xã hội năm 2025',
    'Điều 1. Cấp bổ sung kinh phí 2.500.000.000 đồng cho UBND các xã để chi trả trợ cấp xã hội hàng tháng cho đối tượng bảo trợ xã hội.',
  ),
  budgetNcc: Q(
    H,
    '402/QĐ-UBND',
    'Mường Ảng',
    'Về việc phân bổ kinh phí thực hiện chế độ ưu đãi người có công với cách mạng',
    'Điều 1. Phân bổ kinh phí 1.200.000.000 đồng cho Phòng Lao động - Thương binh và Xã hội để chi trả trợ cấp ưu đãi người có công.',
  ),
  budgetMaiTang: Q(
    H,
    '403/QĐ-UBND',
    'Mường Ảng',
    'Về việc bổ sung dự toán kinh phí hỗ trợ chi phí mai táng năm 2025',
    'Điều 1. Bổ sung dự toán 300.000.000 đồng cho các xã để chi hỗ trợ chi phí mai táng đối tượng bảo trợ xã hội.',
  ),
  landPlan: Q(
    H,
    '404/QĐ-UBND',
    'Mường Ảng',
    'Về việc điều chỉnh kế hoạch sử dụng đất năm 2025 huyện Mường Ảng',
    'Điều 1. Điều chỉnh kế hoạch sử dụng đất năm 2025: diện tích đất chuyển mục đích sử dụng đất 45,2 ha; diện tích giao đất, cho thuê đất 12,1 ha.',
  ),
  landPrice: Q(
    H,
    '405/QĐ-UBND',
    'Mường Ảng',
    'Về việc phê duyệt giá đất cụ thể để tính tiền bồi thường khi Nhà nước thu hồi đất',
    'Điều 1. Phê duyệt giá đất cụ thể làm căn cứ tính tiền bồi thường, hỗ trợ khi Nhà nước giao đất, thu hồi đất.',
  ),
  schoolNetwork: Q(
    H,
    '406/QĐ-UBND',
    'Mường Ảng',
    'Về việc sáp nhập Trường Tiểu học Ẳng Cang và Trường THCS Ẳng Cang',
    'Điều 1. Sáp nhập Trường Tiểu học Ẳng Cang và Trường THCS Ẳng Cang thành Trường Tiểu học và THCS Ẳng Cang, hoạt động giáo dục theo quy định.',
  ),
  allowanceStaff: Q(
    H,
    '407/QĐ-UBND',
    'Mường Ảng',
    'Về việc hưởng phụ cấp ưu đãi theo nghề đối với nhà giáo',
    'Điều 1. Bà Lò Thị Hoa, giáo viên Trường Mầm non Ẳng Tở, được hưởng phụ cấp ưu đãi theo nghề mức 35% kể từ ngày 01/01/2025.',
  ),
  unemploymentStop: Q(
    ['UBND TỈNH ĐIỆN BIÊN', 'SỞ NỘI VỤ'],
    '12/QĐ-SNV',
    'Điện Biên',
    'Về việc thu hồi tiền trợ cấp thất nghiệp đã hưởng',
    'Điều 1. Thu hồi số tiền trợ cấp thất nghiệp 8.400.000 đồng đối với ông Lò Văn Pâng.',
  ),
  pensionBhxh: d(
    'BẢO HIỂM XÃ HỘI TỈNH ĐIỆN BIÊN',
    'BẢO HIỂM XÃ HỘI HUYỆN MƯỜNG ẢNG',
    ...MOTTO,
    'Số: 215/QĐ-BHXH',
    'Mường Ảng, ngày 12 tháng 3 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc hưởng trợ cấp bảo hiểm xã hội một lần',
    'GIÁM ĐỐC BẢO HIỂM XÃ HỘI HUYỆN MƯỜNG ẢNG',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ông Quàng Văn Ơn được hưởng trợ cấp bảo hiểm xã hội một lần: 45.600.000 đồng.',
    'GIÁM ĐỐC',
    'Lò Thị Nga',
  ),
});

// Annexes, guidance, delegation and fee acts, notices that name a result.
Object.assign(NON_RESULTS, {
  annex: d(
    'Phụ lục: DANH SÁCH GIẤY PHÉP XÂY DỰNG ĐÃ CẤP QUÝ III NĂM 2025',
    '(Kèm theo Báo cáo số 88/BC-UBND ngày 02/10/2025 của UBND huyện Tuần Giáo)',
    'Giấy phép xây dựng số 45/GPXD ngày 03/7/2025 cấp cho ông Lò Văn Chiến',
    'Giấy phép xây dựng số 46/GPXD ngày 10/7/2025 cấp cho bà Lường Thị Phương',
  ),
  annex2: d(
    'PHỤ LỤC',
    'Danh sách hộ được cấp Giấy chứng nhận quyền sử dụng đất',
    '(Kèm theo Quyết định số 301/QĐ-UBND ngày 14/3/2025 của UBND huyện Điện Biên)',
    '1. Giấy chứng nhận quyền sử dụng đất số CS 01211 - hộ ông Lò Văn Tiến',
    '2. Giấy chứng nhận quyền sử dụng đất số CS 01212 - hộ bà Cà Thị Lan',
  ),
  correction: d(
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 702/QĐ-UBND',
    'Điện Biên, ngày 12 tháng 5 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc hủy bỏ Quyết định giao đất số 215/QĐ-UBND ngày 01/8/2024',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN',
    'QUYẾT ĐỊNH:',
    'Điều 1. Hủy bỏ Quyết định giao đất số 215/QĐ-UBND.',
    'CHỦ TỊCH',
    'Lò Văn Tiến',
  ),
  guidance: d(
    'UBND TỈNH ĐIỆN BIÊN',
    'SỞ TƯ PHÁP',
    ...MOTTO,
    'Số: 15/HD-STP',
    'Điện Biên, ngày 02 tháng 3 năm 2025',
    'HƯỚNG DẪN',
    'Ghi lời chứng chứng thực hợp đồng, giao dịch',
    'Lời chứng ghi theo mẫu: "LỜI CHỨNG CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …", Số chứng thực …, quyển số …-SCT/HĐGD.',
    'GIÁM ĐỐC',
    'Lê Văn Hùng',
  ),
  guidance2: d(
    'UBND TỈNH ĐIỆN BIÊN',
    'SỞ TƯ PHÁP',
    ...MOTTO,
    'Số: 16/HD-STP',
    'Điện Biên, ngày 02 tháng 3 năm 2025',
    'HƯỚNG DẪN',
    'Ghi lời chứng chứng thực hợp đồng, giao dịch',
    'Mẫu lời chứng:',
    'LỜI CHỨNG CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …',
    'Số chứng thực …, quyển số …-SCT/HĐGD',
    'GIÁM ĐỐC',
    'Lê Văn Hùng',
  ),
  meetingNotice: d(
    'UBND HUYỆN MƯỜNG NHÉ',
    'VĂN PHÒNG HĐND VÀ UBND',
    ...MOTTO,
    'Số: 55/TB-VP',
    'Mường Nhé, ngày 03 tháng 4 năm 2025',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện tại buổi làm việc về công tác cấp Giấy chứng nhận quyền sử dụng đất',
    'Giấy chứng nhận quyền sử dụng đất cấp lần đầu cho 320 hộ còn chậm.',
    'CHÁNH VĂN PHÒNG',
    'Pờ Văn Dũng',
  ),
  authLetter: d(
    ...MOTTO,
    'GIẤY ỦY QUYỀN',
    'Tôi là Lò Văn Thành, CCCD số 011077001234,',
    'Ủy quyền cho ông Lò Văn Nam nhận Giấy chứng nhận quyền sử dụng đất số CS 04411 tại Văn phòng đăng ký đất đai.',
    'NGƯỜI ỦY QUYỀN',
    'Lò Văn Thành',
  ),
  transferDecision: d(
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 950/QĐ-UBND',
    'Điện Biên, ngày 21 tháng 5 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc giao nhiệm vụ cấp Giấy phép môi trường cho Sở Nông nghiệp và Môi trường',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    'Điều 1. Giao Sở Nông nghiệp và Môi trường cấp Giấy phép môi trường thuộc thẩm quyền của UBND tỉnh.',
    'CHỦ TỊCH',
    'Mùa A Sơn',
  ),
  delegate: d(
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 951/QĐ-UBND',
    'Điện Biên, ngày 21 tháng 5 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc ủy quyền cho Giám đốc Sở Xây dựng cấp giấy phép xây dựng',
    'Điều 1. Ủy quyền cho Giám đốc Sở Xây dựng cấp Giấy phép xây dựng công trình cấp I, cấp II.',
    'CHỦ TỊCH',
    'Mùa A Sơn',
  ),
  procedureList: d(
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 952/QĐ-UBND',
    'Điện Biên, ngày 21 tháng 5 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc phê duyệt quy trình nội bộ giải quyết thủ tục cấp Giấy phép bán lẻ sản phẩm rượu',
    'Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ.',
    'CHỦ TỊCH',
    'Mùa A Sơn',
  ),
  fee: d(
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐIỆN BIÊN',
    ...MOTTO,
    'Số: 12/2025/NQ-HĐND',
    'HỘI ĐỒNG NHÂN DÂN TỈNH ĐIỆN BIÊN',
    'NGHỊ QUYẾT',
    'Quy định mức thu lệ phí cấp Giấy phép xây dựng trên địa bàn tỉnh',
    'Điều 1. Mức thu lệ phí cấp Giấy phép xây dựng nhà ở riêng lẻ: 75.000 đồng/giấy phép.',
    'CHỦ TỊCH',
    'Lò Văn Phương',
  ),
  grantWithoutTitle: d(
    'UBND HUYỆN NẬM PỒ',
    'PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG',
    ...MOTTO,
    'Số: 41/TNMT',
    'V/v hướng dẫn hồ sơ cấp Giấy chứng nhận quyền sử dụng đất',
    'Nậm Pồ, ngày 02 tháng 6 năm 2025',
    'Kính gửi: UBND các xã',
    'Phòng hướng dẫn hồ sơ cấp Giấy chứng nhận như sau:',
    'TRƯỞNG PHÒNG',
    'Giàng A Sử',
  ),
  staffAppoint: d(
    'ỦY BAN NHÂN DÂN',
    'HUYỆN TUẦN GIÁO',
    ...MOTTO,
    'Số: 301/QĐ-UBND',
    'Tuần Giáo, ngày 14 tháng 3 năm 2025',
    'QUYẾT ĐỊNH',
    'Về việc công nhận Hiệu trưởng Trường Mầm non Quài Tở',
    'Điều 1. Công nhận bà Lò Thị Yến giữ chức Hiệu trưởng Trường Mầm non Quài Tở.',
    'CHỦ TỊCH',
    'Lò Văn Tiến',
  ),
  diplomaLoss: d(
    'UBND HUYỆN TUẦN GIÁO',
    'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
    ...MOTTO,
    'Số: 22/TB-PGDĐT',
    'Tuần Giáo, ngày 14 tháng 3 năm 2025',
    'THÔNG BÁO',
    'Về việc mất phôi Bằng tốt nghiệp trung học cơ sở',
    'Phòng Giáo dục và Đào tạo thông báo mất 02 phôi Bằng tốt nghiệp trung học cơ sở số hiệu C 7730211, C 7730212.',
    'TRƯỞNG PHÒNG',
    'Cầm Văn Ơn',
  ),
});

/** Results of procedures the catalogue lacks (a school merger, a social-insurance lump sum): to review, untyped. */
const UNTYPED_RESULTS = ['schoolNetwork', 'pensionBhxh'];
/**
 * Checked by a person, never accepted as results: a BIÊN BẢN carrying three labels of the land certificate's form
 * (the title may be misread), a guidance printing a sample lời chứng, a decision recognising a headmaster.
 */
const CHECKED = ['handover', 'guidance2', 'staffAppoint'];

describe('a paper is typed by what it is, not by what it mentions', () => {
  const cases = Object.entries(NON_RESULTS).flatMap(([name, text], i) => [
    [name, text] as const,
    [`${name} (Textract)`, degradeLikeTextract(text, 900 + i)] as const,
  ]);

  it.each(cases.filter(([n]) => ![...UNTYPED_RESULTS, ...CHECKED].includes(n.split(' ')[0]!)))(
    '%s stays not a result, accepted as such',
    (_, text) => {
      const c = classifyText(text);
      expect(c.kind, (c.reasons ?? []).join(' | ')).toBe('not_a_result');
      expect(c.needsReview, (c.reasons ?? []).join(' | ')).toBe(false);
    },
  );

  it.each(cases.filter(([n]) => CHECKED.includes(n.split(' ')[0]!)))('%s is never accepted as a result', (_, text) => {
    const c = classifyText(text);
    expect(c.kind === 'not_a_result' || c.needsReview).toBe(true);
  });

  it.each(cases.filter(([n]) => UNTYPED_RESULTS.includes(n.split(' ')[0]!)))(
    '%s is a result of a type the catalogue lacks, to review',
    (_, text) => {
      const c = classifyText(text);
      expect(c).toMatchObject({ kind: 'result', docType: null, needsReview: true });
    },
  );
});

describe('counter-examples: the grants themselves', () => {
  it('a monthly social allowance granted to a person is still the allowance decision', () => {
    const c = classifyText(
      Q(
        H,
        '512/QĐ-UBND',
        'Mường Ảng',
        'Về việc hưởng trợ cấp xã hội hằng tháng đối với người cao tuổi',
        'Điều 1. Bà Lò Thị Ín, sinh năm 1940, được hưởng trợ cấp xã hội hằng tháng kể từ tháng 4/2025.',
      ),
    );
    expect(c).toMatchObject({ kind: 'result', docType: 'quyet-dinh-tro-cap-xa-hoi', docNumber: '512/QĐ-UBND' });
  });

  it('`hưởng trợ cấp` followed by its social subject still names the allowance', () => {
    const c = classifyText(
      Q(
        H,
        '513/QĐ-UBND',
        'Mường Ảng',
        'Về việc hưởng trợ cấp đối với người khuyết tật đặc biệt nặng',
        'Điều 1. Anh Quàng Văn Nọi được hưởng mức 720.000 đồng/tháng kể từ tháng 5/2025.',
      ),
    );
    expect(c.docType).toBe('quyet-dinh-tro-cap-xa-hoi');
  });

  it('funeral support paid for a person is the funeral-support decision, not a budget act', () => {
    const c = classifyText(
      Q(
        H,
        '514/QĐ-UBND',
        'Mường Ảng',
        'Về việc hỗ trợ chi phí mai táng',
        'Điều 1. Hỗ trợ chi phí mai táng cho ông Lò Văn Sương, người tổ chức mai táng bà Lò Thị Ún (đã chết ngày 02/3/2025).',
      ),
    );
    expect(c.docType).toBe('quyet-dinh-ho-tro-mai-tang');
  });

  it('a letter about a permit is a letter even when its V/v line was read on the number’s line', () => {
    const c = classifyText(
      [
        'CÔNG TY TNHH THƯƠNG MẠI MƯỜNG THANH',
        'Số: 12/CV-MT V/v gia hạn Giấy phép bán lẻ sản phẩm rượu',
        'Điện Biên Phủ, ngày 02 tháng 6 năm 2025',
        'Kính gửi: Phòng Kinh tế thành phố Điện Biên Phủ',
        'Công ty đề nghị gia hạn Giấy phép bán lẻ sản phẩm rượu số 07/GP-KT.',
        'GIÁM ĐỐC',
      ].join('\n'),
    );
    expect(c).toMatchObject({ kind: 'not_a_result', needsReview: false });
  });
});
