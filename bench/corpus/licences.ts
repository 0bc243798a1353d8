/**
 * Results issued in the ND 30 layout: licences, certificates and decisions that are themselves the result
 * of a procedure, plus results of types the catalogue lacks. Their `Căn cứ` lines cite laws and decrees
 * with numbers and dates, and some carry a term that is not the document's validity.
 */
import {
  addMonths,
  COMMUNES_AFTER,
  type CorpusDoc,
  DISTRICTS,
  ELSEWHERE,
  type Iso,
  nd30Date,
  numericDate,
  PROVINCE,
  person,
  phong,
  rng,
  so,
} from './kit.ts';
import { CAN_CU_LUAT_2025, CAN_CU_LUAT_TCCQDP, letter } from './letters.ts';

const ND105 = 'Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh doanh rượu;';
const ND17 =
  'Căn cứ Nghị định số 17/2020/NĐ-CP ngày 05 tháng 02 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Công Thương;';

function liquor(
  id: string,
  seed: number,
  issuer = phong(DISTRICTS[0]!, 'Phòng Kinh tế và Hạ tầng'),
  opts: {
    number: string;
    date: Iso;
    explicitExpiry?: boolean;
    mode?: 'columns' | 'interleaved';
    tags?: string[];
  },
): CorpusDoc {
  const r = rng(seed);
  const owner = person(r);
  const expiry = addMonths(opts.date, 60);
  return letter({
    id,
    form: 'Giấy phép bán lẻ rượu, ND 105/2017/NĐ-CP mẫu số 04 (sửa đổi ND 17/2020/NĐ-CP)',
    seed,
    issuer,
    number: opts.number,
    date: opts.date,
    mode: opts.mode,
    title: ['GIẤY PHÉP BÁN LẺ RƯỢU'],
    authority: `TRƯỞNG ${issuer.issuer}`,
    canCu: [
      ND105,
      ND17,
      `Xét đơn đề nghị cấp Giấy phép bán lẻ rượu của hộ kinh doanh ${owner} ngày ${numericDate(addMonths(opts.date, -1))};`,
    ],
    body: [
      `Điều 1. Cho phép: Hộ kinh doanh ${owner}`,
      `Mã số hộ kinh doanh: 62A80${String(r()).slice(2, 7)}`,
      'Địa chỉ trụ sở: bản Huổi Lóng, tỉnh Điện Biên',
      'Được phép bán lẻ sản phẩm rượu tại địa điểm kinh doanh nêu trên.',
      'Điều 2. Thương nhân phải thực hiện đúng các quy định tại Nghị định số 105/2017/NĐ-CP.',
      opts.explicitExpiry
        ? `Điều 3. Giấy phép này có giá trị đến ${nd30Date(expiry)}.`
        : 'Điều 3. Giấy phép này có thời hạn 05 năm kể từ ngày cấp.',
    ],
    signer: ['TRƯỞNG PHÒNG'],
    recipients: ['Thương nhân được cấp phép', 'Lưu: VT'],
    truth: { kind: 'result', docType: 'giay-phep-ban-le-ruou', expiryDate: expiry },
    tags: ['Căn cứ cites decrees with numbers and dates', ...(opts.tags ?? [])],
  });
}

function tobacco(id: string, seed: number, number: string, date: Iso, tags: string[] = []): CorpusDoc {
  const issuer = phong(DISTRICTS[1]!, 'Phòng Kinh tế');
  const expiry = addMonths(date, 60);
  return letter({
    id,
    form: 'Giấy phép bán lẻ sản phẩm thuốc lá, ND 67/2013/NĐ-CP, TT 57/2018/TT-BCT',
    seed,
    issuer,
    number,
    date,
    title: ['GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ'],
    authority: `TRƯỞNG ${issuer.issuer}`,
    canCu: [
      'Căn cứ Luật Phòng, chống tác hại của thuốc lá ngày 18 tháng 6 năm 2012;',
      'Căn cứ Nghị định số 67/2013/NĐ-CP ngày 27 tháng 6 năm 2013 của Chính phủ;',
    ],
    body: [
      `Điều 1. Cấp phép cho: Hộ kinh doanh ${person(rng(seed + 1))}`,
      'Địa chỉ: số 21, tổ dân phố 4, thành phố Điện Biên Phủ',
      'Được phép bán lẻ sản phẩm thuốc lá tại địa điểm: số 21, tổ dân phố 4',
      `Điều 2. Giấy phép có giá trị đến ngày ${numericDate(expiry)}.`,
    ],
    signer: ['TRƯỞNG PHÒNG'],
    truth: { kind: 'result', docType: 'giay-phep-ban-le-thuoc-la', expiryDate: expiry },
    tags,
  });
}

function foodSafety(
  id: string,
  seed: number,
  issuer = so('Sở Y tế'),
  opts: { number: string; date: Iso; placeName?: string; tags?: string[] },
): CorpusDoc {
  const expiry = addMonths(opts.date, 36);
  return letter({
    id,
    form: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, ND 15/2018/NĐ-CP, TT 43/2018/TT-BCT',
    seed,
    issuer,
    number: opts.number,
    date: opts.date,
    placeName: opts.placeName,
    title: ['GIẤY CHỨNG NHẬN', 'CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM'],
    authority: `${issuer.issuer} CHỨNG NHẬN`,
    body: [
      'Cơ sở: BẾP ĂN TẬP THỂ TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ',
      `Chủ cơ sở: ${person(rng(seed))}`,
      'Địa chỉ: tổ dân phố 7, tỉnh Điện Biên',
      'Điện thoại: 0215 3825 111',
      'ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM THEO QUY ĐỊNH ĐỂ: Kinh doanh dịch vụ ăn uống',
      `Giấy chứng nhận có hiệu lực đến ${nd30Date(expiry)}`,
    ],
    signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    truth: {
      kind: 'result',
      docType: 'gcn-an-toan-thuc-pham',
      title: 'GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM',
      expiryDate: expiry,
    },
    tags: opts.tags ?? [],
  });
}

function socialAllowance(id: string, seed: number, issuer = DISTRICTS[2]!, number: string, date: Iso): CorpusDoc {
  const r = rng(seed);
  const who = person(r);
  return letter({
    id,
    form: 'Quyết định trợ cấp xã hội hàng tháng, ND 20/2021/NĐ-CP (bố cục ND 30/2020/NĐ-CP)',
    seed,
    issuer,
    number,
    date,
    title: ['QUYẾT ĐỊNH', 'Về việc trợ cấp xã hội hàng tháng'],
    authority: `CHỦ TỊCH ${issuer.issuer}`,
    canCu: [
      date >= '2025-07-01' ? CAN_CU_LUAT_2025 : CAN_CU_LUAT_TCCQDP,
      'Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;',
      `Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội tại Tờ trình số ${Math.floor(r() * 300)}/TTr-LĐTBXH ngày ${numericDate(addMonths(date, -1))}.`,
    ],
    body: [
      'QUYẾT ĐỊNH:',
      `Điều 1. Trợ cấp xã hội hàng tháng đối với ông/bà ${who}, sinh năm 1948, là người cao tuổi thuộc hộ nghèo.`,
      `Mức trợ cấp: 540.000 đồng/tháng. Thời điểm hưởng: từ ${nd30Date(`${addMonths(date, 1).slice(0, 8)}01`)}.`,
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
      'Điều 3. Chánh Văn phòng HĐND và UBND, Trưởng phòng Lao động - Thương binh và Xã hội và ông/bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ],
    signer: ['CHỦ TỊCH'],
    recipients: ['Như Điều 3', 'Lưu: VT'],
    truth: {
      kind: 'result',
      docType: 'quyet-dinh-tro-cap-xa-hoi',
      title: 'QUYẾT ĐỊNH Về việc trợ cấp xã hội hàng tháng',
      expiryDate: null,
    },
    tags: ['Căn cứ cites a Tờ trình with its own number and date'],
  });
}

function landLease(id: string, seed: number, issuer = PROVINCE, number: string, date: Iso, lease: boolean): CorpusDoc {
  const until = addMonths(date, 50 * 12);
  return letter({
    id,
    form: 'Quyết định giao đất / cho thuê đất, Luật Đất đai 2024, ND 102/2024/NĐ-CP mẫu (bố cục ND 30)',
    seed,
    issuer,
    number,
    date,
    title: ['QUYẾT ĐỊNH', lease ? 'Về việc cho thuê đất' : 'Về việc giao đất'],
    authority: `${issuer.issuer}`,
    canCu: [
      CAN_CU_LUAT_TCCQDP,
      'Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;',
      'Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;',
      `Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 412/TTr-STNMT ngày ${numericDate(addMonths(date, -1))}.`,
    ],
    body: [
      'QUYẾT ĐỊNH:',
      `Điều 1. ${lease ? 'Cho' : 'Giao cho'} Công ty Cổ phần Nông sản Mường Thanh ${lease ? 'thuê' : ''} 25.430,5 m² đất tại xã Thanh Nưa để xây dựng nhà máy chế biến gạo.`,
      `Thời hạn ${lease ? 'thuê' : 'sử dụng'} đất: 50 năm, kể từ ${nd30Date(date)} đến ${nd30Date(until)}.`,
      `Hình thức: ${lease ? 'Nhà nước cho thuê đất trả tiền thuê đất hằng năm' : 'giao đất có thu tiền sử dụng đất'}.`,
      'Vị trí, ranh giới khu đất được xác định theo Trích lục bản đồ địa chính số 55/TLBĐ do Văn phòng Đăng ký đất đai lập.',
      'Điều 2. Giao Sở Tài nguyên và Môi trường tổ chức bàn giao đất trên thực địa và cấp Giấy chứng nhận quyền sử dụng đất.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.',
    ],
    signer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    recipients: ['Như Điều 3', 'Lưu: VT, KT'],
    truth: {
      kind: 'result',
      docType: 'quyet-dinh-giao-dat',
      title: `QUYẾT ĐỊNH ${lease ? 'Về việc cho thuê đất' : 'Về việc giao đất'}`,
      expiryDate: null,
    },
    tags: ['the land term is not the validity', 'body mentions GCN QSDĐ'],
  });
}

export function licenceDocs(): CorpusDoc[] {
  const dist = DISTRICTS;
  const after = COMMUNES_AFTER;
  const docs: CorpusDoc[] = [
    liquor('ruou-01', 301, undefined, { number: '15/GP-UBND', date: '2022-04-12', explicitExpiry: true }),
    liquor('ruou-02', 302, phong(dist[4]!, 'Phòng Kinh tế và Hạ tầng'), {
      number: '03/GPBLR',
      date: '2021-02-08',
      mode: 'interleaved',
      tags: ['header columns interleaved'],
    }),
    liquor(
      'ruou-03',
      303,
      { ...after[1]!, block: ['UBND XÃ MƯỜNG PHĂNG', 'PHÒNG KINH TẾ'], issuer: 'PHÒNG KINH TẾ' },
      {
        number: '07/GP-PKT',
        date: '2025-10-20',
        tags: ['no explicit expiry date: 5-year term from issue'],
      },
    ),
    tobacco('thuoc-la-01', 311, '12/GP-PKT', '2020-09-14'),
    tobacco('thuoc-la-02', 312, '41/GP-PKT', '2023-11-30', ['expiry printed after the label']),
    foodSafety('attp-01', 321, undefined, { number: '125/2023/GCNATTP-SYT', date: '2023-05-09' }),
    foodSafety(
      'attp-02',
      322,
      {
        block: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'BAN QUẢN LÝ AN TOÀN THỰC PHẨM'],
        body: 'Ban Quản lý An toàn thực phẩm Thành phố Hồ Chí Minh',
        short: 'Thành phố Hồ Chí Minh',
        level: 'province',
        issuer: 'BAN QUẢN LÝ AN TOÀN THỰC PHẨM',
      },
      { number: '1842/2024/ATTP-CNĐK', date: '2024-08-16', tags: ['centrally-run city is province level'] },
    ),
    foodSafety('attp-03', 323, so('Sở Nông nghiệp và Môi trường'), {
      number: '09/2025/NNMT-GCNATTP',
      date: '2025-09-03',
    }),
    socialAllowance('tro-cap-01', 331, dist[2]!, '1204/QĐ-UBND', '2023-07-18'),
    socialAllowance('tro-cap-02', 332, after[0]!, '315/QĐ-UBND', '2025-11-05'),
    socialAllowance('tro-cap-03', 333, ELSEWHERE.hcmDistrict, '2871/QĐ-UBND', '2022-03-22'),
    landLease('giao-dat-01', 341, PROVINCE, '1127/QĐ-UBND', '2022-11-15', true),
    landLease('giao-dat-02', 342, ELSEWHERE.danangCity, '3345/QĐ-UBND', '2024-10-02', false),
  ];
  // Licences of the province.
  docs.push(
    letter({
      id: 'gphn-01',
      form: 'Giấy phép hành nghề khám bệnh, chữa bệnh, Luật KCB 2023, ND 96/2023/NĐ-CP mẫu',
      seed: 351,
      issuer: so('Sở Y tế'),
      number: '001245/ĐBI-GPHN',
      date: '2024-03-11',
      title: ['GIẤY PHÉP HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH'],
      authority: 'GIÁM ĐỐC SỞ Y TẾ TỈNH ĐIỆN BIÊN',
      body: [
        `Cấp cho: Bác sĩ ${person(rng(351))}`,
        'Ngày, tháng, năm sinh: 12/02/1988',
        'Chức danh chuyên môn: Bác sĩ',
        'Phạm vi hành nghề: Khám bệnh, chữa bệnh chuyên khoa Nội',
        `Giấy phép có giá trị đến ${nd30Date(addMonths('2024-03-11', 60))}`,
      ],
      signer: ['GIÁM ĐỐC'],
      truth: { kind: 'result', docType: 'giay-phep-hanh-nghe-kcb', expiryDate: addMonths('2024-03-11', 60) },
    }),
    letter({
      id: 'cchn-duoc-01',
      form: 'Chứng chỉ hành nghề dược, ND 54/2017/NĐ-CP mẫu 05',
      seed: 352,
      issuer: so('Sở Y tế'),
      number: '482/CCHN-D-SYT-ĐB',
      date: '2019-06-20',
      title: ['CHỨNG CHỈ HÀNH NGHỀ DƯỢC'],
      authority: 'GIÁM ĐỐC SỞ Y TẾ TỈNH ĐIỆN BIÊN',
      canCu: ['Căn cứ Luật Dược số 105/2016/QH13 ngày 06 tháng 4 năm 2016;'],
      body: [
        `Họ và tên: ${person(rng(352))}`,
        'Số CCCD: 011190001122 Ngày cấp: 10/10/2018',
        'Văn bằng chuyên môn: Dược sĩ đại học',
        'Phạm vi hoạt động chuyên môn: Người chịu trách nhiệm chuyên môn về dược của nhà thuốc',
      ],
      signer: ['GIÁM ĐỐC'],
      truth: { kind: 'result', docType: 'chung-chi-hanh-nghe-duoc', expiryDate: null },
      tags: ['ID line with its own date'],
    }),
    letter({
      id: 'dkkd-duoc-01',
      form: 'Giấy chứng nhận đủ điều kiện kinh doanh dược, ND 54/2017/NĐ-CP mẫu 10',
      seed: 353,
      issuer: so('Sở Y tế'),
      number: '215/ĐKKDD-ĐB',
      date: '2021-12-01',
      title: ['GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN KINH DOANH DƯỢC'],
      authority: 'GIÁM ĐỐC SỞ Y TẾ TỈNH ĐIỆN BIÊN CHỨNG NHẬN',
      body: [
        'Tên cơ sở: Nhà thuốc Minh Châu',
        'Địa chỉ: số 5, phố 9, phường Mường Thanh, thành phố Điện Biên Phủ',
        'Loại hình cơ sở kinh doanh: Nhà thuốc',
        'Phạm vi kinh doanh: Bán lẻ thuốc thành phẩm',
      ],
      signer: ['GIÁM ĐỐC'],
      truth: { kind: 'result', docType: 'gcn-du-dieu-kien-kinh-doanh-duoc', expiryDate: null },
    }),
    letter({
      id: 'gpmt-01',
      form: 'Giấy phép môi trường, Luật BVMT 2020, ND 08/2022/NĐ-CP mẫu (bố cục ND 30)',
      seed: 354,
      issuer: PROVINCE,
      number: '18/GPMT-UBND',
      date: '2023-04-25',
      title: ['GIẤY PHÉP MÔI TRƯỜNG'],
      authority: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
      canCu: [
        'Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;',
        'Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ;',
      ],
      body: [
        'QUYẾT ĐỊNH:',
        'Điều 1. Cấp phép cho Công ty Cổ phần Gạch ngói Điện Biên được thực hiện các hoạt động bảo vệ môi trường của Nhà máy gạch tuynel.',
        `Điều 2. Thời hạn của giấy phép: 07 năm, từ ${nd30Date('2023-04-25')} đến ${nd30Date(addMonths('2023-04-25', 84))}.`,
      ],
      signer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      truth: { kind: 'result', docType: 'giay-phep-moi-truong', expiryDate: addMonths('2023-04-25', 84) },
      tags: ['explicit 7-year term differs from the default rule'],
    }),
    letter({
      id: 'van-tai-01',
      form: 'Giấy phép kinh doanh vận tải bằng xe ô tô, ND 10/2020/NĐ-CP mẫu',
      seed: 355,
      issuer: so('Sở Giao thông vận tải'),
      number: '11021',
      date: '2020-08-07',
      title: ['GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ'],
      body: [
        'Cấp cho: Công ty TNHH Vận tải Hoàng Long Điện Biên',
        'Địa chỉ: số 112, đường Trần Đăng Ninh, thành phố Điện Biên Phủ',
        'Mã số doanh nghiệp: 5600123987 do Sở Kế hoạch và Đầu tư tỉnh Điện Biên cấp ngày 12/3/2015',
        'Được phép kinh doanh các loại hình vận tải: Vận tải hành khách theo tuyến cố định',
      ],
      signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      truth: { kind: 'result', docType: 'giay-phep-kinh-doanh-van-tai', expiryDate: null },
      tags: ['number without symbol', 'registration line with its own date'],
    }),
    letter({
      id: 'vpdd-01',
      form: 'Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài, ND 07/2016/NĐ-CP mẫu MĐ-8',
      seed: 356,
      issuer: so('Sở Công Thương'),
      number: '05/GP-SCT',
      date: '2022-01-14',
      title: ['GIẤY PHÉP THÀNH LẬP VĂN PHÒNG ĐẠI DIỆN'],
      authority: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN',
      canCu: ['Căn cứ Nghị định số 07/2016/NĐ-CP ngày 25 tháng 01 năm 2016 của Chính phủ;'],
      body: [
        'Điều 1. Cho phép thương nhân: LAO-VIET TRADING CO., LTD',
        'Quốc tịch: Lào; được thành lập Văn phòng đại diện tại tỉnh Điện Biên.',
        `Điều 2. Giấy phép này có hiệu lực đến ${nd30Date(addMonths('2022-01-14', 60))}.`,
      ],
      signer: ['GIÁM ĐỐC'],
      truth: { kind: 'result', docType: 'giay-phep-van-phong-dai-dien', expiryDate: addMonths('2022-01-14', 60) },
    }),
  );
  // Results of types the catalogue lacks: kept with their printed title, typed null.
  docs.push(
    letter({
      id: 'unknown-karaoke-01',
      form: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke, ND 54/2019/NĐ-CP mẫu 03',
      seed: 361,
      issuer: phong(DISTRICTS[1]!, 'Phòng Văn hóa và Thông tin'),
      number: '08/GP-VHTT',
      date: '2021-05-19',
      title: ['GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH DỊCH VỤ KARAOKE'],
      canCu: ['Căn cứ Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ;'],
      body: [
        'Điều 1. Cho phép hộ kinh doanh Karaoke Hoa Ban kinh doanh dịch vụ karaoke.',
        'Địa chỉ kinh doanh: số 7, tổ dân phố 12, phường Tân Thanh, thành phố Điện Biên Phủ',
        'Số lượng phòng: 06 phòng.',
      ],
      signer: ['TRƯỞNG PHÒNG'],
      truth: { kind: 'result', docType: null, expiryDate: null },
      unknownAs: ['karaoke'],
      tags: ['type not in the catalogue'],
    }),
    letter({
      id: 'unknown-nuoc-01',
      form: 'Giấy phép khai thác, sử dụng nước dưới đất, ND 54/2024/NĐ-CP',
      seed: 362,
      issuer: PROVINCE,
      number: '06/GP-UBND',
      date: '2024-12-10',
      title: ['GIẤY PHÉP', 'KHAI THÁC, SỬ DỤNG NƯỚC DƯỚI ĐẤT'],
      authority: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
      canCu: ['Căn cứ Luật Tài nguyên nước số 28/2023/QH15 ngày 27 tháng 11 năm 2023;'],
      body: [
        'Điều 1. Cho phép Công ty Cổ phần Cấp nước Điện Biên khai thác, sử dụng nước dưới đất.',
        'Lưu lượng khai thác: 1.200 m³/ngày đêm.',
        `Thời hạn của giấy phép: 10 năm, đến ${nd30Date(addMonths('2024-12-10', 120))}.`,
      ],
      signer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      truth: {
        kind: 'result',
        docType: null,
        title: 'GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC DƯỚI ĐẤT',
        expiryDate: addMonths('2024-12-10', 120),
      },
      unknownAs: ['nước dưới đất', 'tài nguyên nước'],
      tags: ['type not in the catalogue'],
    }),
    letter({
      id: 'unknown-xang-dau-01',
      form: 'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu, ND 83/2014/NĐ-CP',
      seed: 363,
      issuer: so('Sở Công Thương'),
      number: '14/GCN-SCT',
      date: '2023-02-17',
      title: ['GIẤY CHỨNG NHẬN', 'CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU'],
      authority: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN',
      body: [
        'Chứng nhận: Cửa hàng xăng dầu số 12 - Chi nhánh Xăng dầu Điện Biên',
        'Địa điểm: Quốc lộ 279, xã Mường Ảng',
        `Giấy chứng nhận có hiệu lực đến ${nd30Date(addMonths('2023-02-17', 60))}.`,
      ],
      signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      truth: {
        kind: 'result',
        docType: null,
        title: 'GIẤY CHỨNG NHẬN CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU',
        expiryDate: addMonths('2023-02-17', 60),
      },
      unknownAs: ['xăng dầu'],
      tags: ['type not in the catalogue'],
    }),
    letter({
      id: 'unknown-ruou-sx-01',
      form: 'Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh, ND 105/2017/NĐ-CP mẫu',
      seed: 364,
      issuer: phong(DISTRICTS[0]!, 'Phòng Kinh tế và Hạ tầng'),
      number: '02/GP-KTHT',
      date: '2020-06-30',
      title: ['GIẤY PHÉP SẢN XUẤT RƯỢU THỦ CÔNG NHẰM MỤC ĐÍCH KINH DOANH'],
      canCu: [ND105],
      body: [
        'Điều 1. Cho phép hộ kinh doanh Lò Văn Pọm sản xuất rượu thủ công.',
        'Địa điểm sản xuất: bản Chiềng Đông, xã Chiềng Đông, huyện Tuần Giáo',
        `Điều 2. Giấy phép có giá trị đến ${nd30Date(addMonths('2020-06-30', 60))}.`,
      ],
      signer: ['TRƯỞNG PHÒNG'],
      truth: { kind: 'result', docType: null, expiryDate: addMonths('2020-06-30', 60) },
      unknownAs: ['sản xuất rượu'],
      tags: ['type not in the catalogue', 'near a catalogue type (bán lẻ rượu)'],
    }),
    letter({
      id: 'unknown-chan-nuoi-01',
      form: 'Giấy chứng nhận cơ sở chăn nuôi đủ điều kiện chăn nuôi, ND 13/2020/NĐ-CP mẫu 05',
      seed: 365,
      issuer: so('Sở Nông nghiệp và Phát triển nông thôn'),
      number: '03/GCN-SNN',
      date: '2022-08-23',
      title: ['GIẤY CHỨNG NHẬN', 'ĐỦ ĐIỀU KIỆN CHĂN NUÔI'],
      authority: 'GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐIỆN BIÊN',
      canCu: ['Căn cứ Luật Chăn nuôi số 32/2018/QH14 ngày 19 tháng 11 năm 2018;'],
      body: [
        'CHỨNG NHẬN:',
        'Cơ sở chăn nuôi: Trang trại lợn Thanh Hưng',
        'Địa chỉ: bản Hồng Lếch Cang, xã Thanh Hưng, huyện Điện Biên',
        'Quy mô: 1.200 con lợn thịt',
        'Đủ điều kiện chăn nuôi theo quy định của Luật Chăn nuôi.',
      ],
      signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      truth: { kind: 'result', docType: null, title: 'GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN CHĂN NUÔI', expiryDate: null },
      unknownAs: ['chăn nuôi'],
      tags: ['type not in the catalogue'],
    }),
    letter({
      id: 'unknown-vlnc-01',
      form: 'Giấy phép sử dụng vật liệu nổ công nghiệp, ND 71/2018/NĐ-CP, TT 13/2018/TT-BCT mẫu',
      seed: 366,
      issuer: so('Sở Công Thương'),
      number: '02/GP-SCT',
      date: '2023-10-04',
      title: ['GIẤY PHÉP', 'SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP'],
      authority: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH ĐIỆN BIÊN',
      canCu: ['Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;'],
      body: [
        'Điều 1. Cho phép Công ty Cổ phần Khai thác đá Na Sang được sử dụng vật liệu nổ công nghiệp.',
        'Địa điểm sử dụng: mỏ đá vôi bản Na Sang, huyện Mường Chà.',
        `Điều 2. Giấy phép có giá trị đến ${nd30Date(addMonths('2023-10-04', 24))}.`,
      ],
      signer: ['GIÁM ĐỐC'],
      truth: {
        kind: 'result',
        docType: null,
        title: 'GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP',
        expiryDate: addMonths('2023-10-04', 24),
      },
      unknownAs: ['vật liệu nổ'],
      tags: ['type not in the catalogue'],
    }),
    letter({
      id: 'unknown-in-01',
      form: 'Giấy phép hoạt động in, ND 60/2014/NĐ-CP mẫu',
      seed: 367,
      issuer: so('Sở Thông tin và Truyền thông'),
      number: '01/GP-STTTT',
      date: '2021-03-16',
      title: ['GIẤY PHÉP HOẠT ĐỘNG IN'],
      authority: 'GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐIỆN BIÊN',
      canCu: ['Căn cứ Nghị định số 60/2014/NĐ-CP ngày 19 tháng 6 năm 2014 của Chính phủ quy định về hoạt động in;'],
      body: [
        'Điều 1. Cho phép Công ty TNHH In Hoa Ban được hoạt động in.',
        'Địa chỉ: số 45, đường Trường Chinh, thành phố Điện Biên Phủ.',
        'Điều 2. Giấy phép có hiệu lực kể từ ngày ký.',
      ],
      signer: ['GIÁM ĐỐC'],
      truth: { kind: 'result', docType: null, expiryDate: null },
      unknownAs: ['hoạt động in'],
      tags: ['type not in the catalogue'],
    }),
    letter({
      id: 'unknown-tau-ca-01',
      form: 'Giấy chứng nhận đăng ký tàu cá, TT 23/2018/TT-BNNPTNT mẫu',
      seed: 368,
      issuer: so('Sở Nông nghiệp và Môi trường'),
      number: 'ĐB-00021-TS',
      date: '2025-08-06',
      title: ['GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU CÁ'],
      body: [
        'Tên tàu: Sông Đà 21. Số đăng ký: ĐB-00021-TS',
        `Chủ tàu: ${person(rng(368))}, CCCD số 011075002233 cấp ngày 10/7/2021`,
        'Cảng đăng ký: Mường Lay. Công suất máy chính: 45 CV',
      ],
      signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      truth: { kind: 'result', docType: null, expiryDate: null },
      unknownAs: ['tàu cá'],
      tags: ['type not in the catalogue', 'ID line with its own date'],
    }),
  );
  return docs;
}
