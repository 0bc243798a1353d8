/**
 * Sector forms that are not ND 30 letters: land-use certificates (TT 23/2014/TT-BTNMT four-page sheet;
 * TT 10/2024/TT-BTNMT two-page sheet with a QR code), registration certificates (household business,
 * TT 02/2023/TT-BKHĐT; cooperative; enterprise), the construction permit for a detached house
 * (ND 15/2021/NĐ-CP form 09, formerly TT 15/2016/TT-BXD), certifications of copies and of signatures
 * (ND 23/2015/NĐ-CP), the driving licence card. Fictional holders and numbers.
 */
import {
  addMonths,
  type CorpusDoc,
  type CorpusTruth,
  cccd,
  dateInWords,
  type Iso,
  int,
  looseDate,
  MOTTO,
  MOTTO2,
  nd30Date,
  nd30Header,
  numericDate,
  type Place,
  person,
  rng,
  upper,
} from './kit.ts';

const OLD_GCN_TITLE = 'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT';
const NEW_GCN_TITLE = 'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT';

export interface LandOptions {
  id: string;
  seed: number;
  /** Who signs: a district UBND (before 7/2025), the Sở TN&MT, the province, or a commune chairman (after). */
  signer: Place;
  date: Iso;
  /** Số vào sổ cấp GCN as printed, e.g. "CH 01234". */
  register: string;
  /** Serial of the blank (số phát hành), e.g. "BX 345678". */
  serial: string;
  holder?: 'household' | 'organisation';
  /** The land-use term printed on the plot (never the certificate's validity). */
  landTermUntil?: Iso;
  /** A transfer recorded on the changes page, with its own date. */
  laterChange?: Iso;
  tags?: string[];
}

function landTruth(o: LandOptions, title: string, newForm: boolean): CorpusTruth {
  return {
    kind: 'result',
    docType: o.holder === 'organisation' ? 'gcn-qsdd-to-chuc' : 'gcn-qsdd-ca-nhan',
    title: newForm ? NEW_GCN_TITLE : title,
    docNumber: o.register.replace(/\s+/g, ''),
    issuer: o.signer.issuer,
    level: o.signer.level,
    issueDate: o.date,
    expiryDate: null,
  };
}

const signerLines = (p: Place): string[] =>
  p.level === 'province' && /^SỞ/.test(p.issuer)
    ? ['TM. ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', 'KT. GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'PHÓ GIÁM ĐỐC']
    : [`TM. ${upper(p.body.split(',')[0]!.replace(/^UBND /, 'Ủy ban nhân dân '))}`, 'CHỦ TỊCH'];

function holderLines(r: () => number, o: LandOptions): string[] {
  if (o.holder === 'organisation') {
    return [
      'Tổ chức: CÔNG TY TNHH MỘT THÀNH VIÊN CÀ PHÊ MƯỜNG ẢNG',
      `Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp: 56001${int(r, 10000, 99999)}`,
      'Địa chỉ trụ sở: tổ dân phố 3, thị trấn Mường Ảng, huyện Mường Ảng, tỉnh Điện Biên',
    ];
  }
  const a = person(r, 'm');
  const b = person(r, 'f');
  return [
    `Ông: ${a}, sinh năm ${int(r, 1960, 1990)}, CCCD số: ${cccd(r)}`,
    `Bà: ${b}, sinh năm ${int(r, 1962, 1992)}, CCCD số: ${cccd(r)}`,
    'Địa chỉ thường trú: bản Noong Bua, tỉnh Điện Biên',
  ];
}

function plotLines(r: () => number, o: LandOptions): string[] {
  return [
    `a) Thửa đất số: ${int(r, 12, 480)}; b) Tờ bản đồ số: ${int(r, 1, 40)}`,
    'c) Địa chỉ: bản Him Lam 2, tỉnh Điện Biên',
    `d) Diện tích: ${int(r, 80, 400)},${int(r, 0, 9)} m² (Bằng chữ: ${int(r, 1, 4)} trăm mét vuông)`,
    'đ) Hình thức sử dụng: Sử dụng riêng',
    'e) Mục đích sử dụng: Đất ở tại nông thôn',
    `g) Thời hạn sử dụng: ${o.landTermUntil ? `đến ngày ${numericDate(o.landTermUntil)}` : 'Lâu dài'}`,
    'h) Nguồn gốc sử dụng: Nhà nước giao đất có thu tiền sử dụng đất',
  ];
}

function changesLines(o: LandOptions, r: () => number): string[] {
  return [
    'IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN',
    'Nội dung thay đổi và cơ sở pháp lý Xác nhận của cơ quan có thẩm quyền',
    ...(o.laterChange
      ? [
          `Chuyển nhượng toàn bộ thửa đất cho ông ${person(r, 'm')}, CCCD số ${cccd(r)}`,
          `theo hồ sơ số 000.00.12.H18-${o.laterChange.slice(2).replace(/-/g, '')}-0012`,
          `Điện Biên, ${nd30Date(o.laterChange)}`,
          'KT. GIÁM ĐỐC CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI',
          'PHÓ GIÁM ĐỐC',
        ]
      : ['(trống)']),
  ];
}

/** The four pages of the TT 23/2014 certificate, as a phone scan gives them (one image per page). */
export function gcnOld(o: LandOptions): CorpusDoc {
  const r = rng(o.seed);
  const p1 = [MOTTO, MOTTO2, OLD_GCN_TITLE, 'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất'];
  p1.push(...holderLines(r, o), o.serial);
  const p2 = [
    'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất',
    '1. Thửa đất:',
    ...plotLines(r, o),
    '2. Nhà ở: -/-',
    '3. Công trình xây dựng khác: -/-',
    '4. Rừng sản xuất là rừng trồng: -/-',
    '5. Cây lâu năm: -/-',
    '6. Ghi chú: -/-',
    `${o.signer.short}, ${nd30Date(o.date)}`,
    ...signerLines(o.signer),
    person(r),
    `Số vào sổ cấp GCN: ${o.register}`,
  ];
  const p3 = [
    'III. SƠ ĐỒ THỬA ĐẤT, NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
    `Thửa số ${int(r, 12, 480)}`,
    '1 2 3 4',
    'Chiều dài cạnh thửa: 1-2: 12,5 m; 2-3: 20,1 m; 3-4: 12,4 m; 4-1: 20,0 m',
    ...changesLines(o, r),
  ];
  const p4 = [
    'Nội dung thay đổi và cơ sở pháp lý Xác nhận của cơ quan có thẩm quyền',
    '(trống)',
    'NGƯỜI ĐƯỢC CẤP GIẤY CHỨNG NHẬN KHÔNG ĐƯỢC SỬA CHỮA, TẨY XÓA HOẶC BỔ SUNG BẤT KỲ NỘI DUNG NÀO',
    'TRONG GIẤY CHỨNG NHẬN; KHI BỊ MẤT HOẶC HƯ HỎNG GIẤY CHỨNG NHẬN PHẢI KHAI BÁO NGAY VỚI CƠ QUAN CẤP GIẤY.',
    o.serial,
  ];
  return {
    id: o.id,
    form: 'GCN QSDĐ, quyền sở hữu nhà ở và tài sản khác gắn liền với đất, TT 23/2014/TT-BTNMT (4 trang)',
    pages: [p1, p2, p3, p4].map((p) => p.join('\n')),
    truth: landTruth(o, OLD_GCN_TITLE, false),
    tags: ['multi-page', ...(o.landTermUntil ? ['land-use term is not the validity'] : []), ...(o.tags ?? [])],
  };
}

/** The TT 10/2024 certificate: page 1 carries everything, page 2 the later changes. */
export function gcnNew(o: LandOptions): CorpusDoc {
  const r = rng(o.seed);
  const p1 = [
    MOTTO,
    MOTTO2,
    NEW_GCN_TITLE,
    `Mã QR: ${o.serial.replace(/\s+/g, '')}-${o.date.replace(/-/g, '')}`,
    '1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:',
    ...holderLines(r, o),
    '2. Thông tin thửa đất:',
    ...plotLines(r, o),
    '3. Thông tin tài sản gắn liền với đất: -/-',
    '4. Ghi chú: -/-',
    '5. Sơ đồ thửa đất:',
    `${o.signer.short}, ${nd30Date(o.date)}`,
    ...signerLines(o.signer),
    person(r),
    `Số vào sổ cấp Giấy chứng nhận: ${o.register}`,
    `Số phát hành: ${o.serial}`,
  ];
  const p2 = [
    '6. Những thay đổi sau khi cấp Giấy chứng nhận:',
    ...changesLines(o, r).slice(1),
    'Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc bổ sung bất kỳ nội dung nào trong Giấy chứng nhận.',
  ];
  return {
    id: o.id,
    form: 'GCN QSDĐ, quyền sở hữu tài sản gắn liền với đất, TT 10/2024/TT-BTNMT (mẫu 1 tờ, có mã QR)',
    pages: [p1.join('\n'), p2.join('\n')],
    truth: landTruth(o, NEW_GCN_TITLE, true),
    tags: ['multi-page', ...(o.tags ?? [])],
  };
}

/** One page of a multi-page document on its own: the fields not on that page are null in the truth. */
export function singlePage(doc: CorpusDoc, index: number, id: string, onPage: Partial<CorpusTruth>): CorpusDoc {
  return {
    id,
    form: `${doc.form}, trang ${index + 1} riêng lẻ`,
    pages: [doc.pages[index]!],
    truth: {
      ...doc.truth,
      title: null,
      docNumber: null,
      issuer: null,
      level: null,
      issueDate: null,
      expiryDate: null,
      ...onPage,
    },
    tags: ['inner page on its own', ...doc.tags.filter((t) => t !== 'multi-page')],
  };
}

export interface RegistrationOptions {
  id: string;
  seed: number;
  issuer: Place;
  code: string;
  firstDate: Iso;
  /**
   * A later change registration. The certificate in hand was issued at its latest change (NĐ 01/2021/NĐ-CP:
   * a new certificate is issued for each change, printing `Đăng ký lần đầu` and `Đăng ký thay đổi lần thứ
   * n`), so its issue date is the change date, not the first registration.
   */
  changed?: { n: number; date: Iso };
  ownerIdDate?: Iso;
  tags?: string[];
}

/** Giấy chứng nhận đăng ký hộ kinh doanh (TT 02/2023/TT-BKHĐT, formerly TT 01/2021/TT-BKHĐT). */
export function hoKinhDoanh(o: RegistrationOptions): CorpusDoc {
  const r = rng(o.seed);
  const owner = person(r);
  const lines = [
    ...o.issuer.block,
    MOTTO,
    MOTTO2,
    'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
    `Mã số hộ kinh doanh: ${o.code}`,
    `Đăng ký lần đầu: ${nd30Date(o.firstDate)}`,
    ...(o.changed ? [`Đăng ký thay đổi lần thứ: ${o.changed.n}, ${nd30Date(o.changed.date)}`] : []),
    `1. Tên hộ kinh doanh: HỘ KINH DOANH ${upper(owner)}`,
    '2. Địa chỉ trụ sở hộ kinh doanh: số nhà 12, tổ dân phố 5, tỉnh Điện Biên',
    `Điện thoại: 0215 38${int(r, 10000, 99999)}`,
    '3. Ngành, nghề kinh doanh: Bán lẻ lương thực, thực phẩm, đồ uống trong các cửa hàng chuyên doanh',
    `4. Vốn kinh doanh: ${int(r, 50, 900)}.000.000 đồng`,
    '5. Chủ thể thành lập hộ kinh doanh: cá nhân',
    `Họ và tên: ${upper(owner)} Giới tính: Nam`,
    `Sinh ngày: ${numericDate(addMonths(o.firstDate, -400))} Dân tộc: Thái Quốc tịch: Việt Nam`,
    `Loại giấy tờ pháp lý của cá nhân: Căn cước công dân Số giấy tờ pháp lý của cá nhân: ${cccd(r)}`,
    `Ngày cấp: ${numericDate(o.ownerIdDate ?? addMonths(o.firstDate, -30))} Nơi cấp: Cục Cảnh sát QLHC về TTXH`,
    'Địa chỉ thường trú: tỉnh Điện Biên',
    'TRƯỞNG PHÒNG',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Giấy chứng nhận đăng ký hộ kinh doanh, TT 02/2023/TT-BKHĐT',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'dang-ky-ho-kinh-doanh',
      title: 'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
      docNumber: o.code,
      issuer: o.issuer.issuer,
      level: o.issuer.level,
      issueDate: o.changed?.date ?? o.firstDate,
      expiryDate: null,
    },
    tags: [...(o.changed ? ['change registration date is not the issue date'] : []), ...(o.tags ?? [])],
  };
}

export function hopTacXa(o: RegistrationOptions): CorpusDoc {
  const r = rng(o.seed);
  const lines = [
    ...o.issuer.block,
    MOTTO,
    MOTTO2,
    'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
    `Mã số hợp tác xã: ${o.code}`,
    `Đăng ký lần đầu, ${nd30Date(o.firstDate)}`,
    ...(o.changed ? [`Đăng ký thay đổi lần thứ ${o.changed.n}, ${nd30Date(o.changed.date)}`] : []),
    '1. Tên hợp tác xã viết bằng tiếng Việt: HỢP TÁC XÃ NÔNG NGHIỆP XANH NẬM RỐM',
    '2. Địa chỉ trụ sở chính: bản Phiêng Ban, tỉnh Điện Biên',
    '3. Vốn điều lệ: 1.200.000.000 đồng',
    `4. Người đại diện theo pháp luật: ${upper(person(r))} Chức danh: Giám đốc`,
    `Số định danh cá nhân: ${cccd(r)} cấp ngày ${looseDate(addMonths(o.firstDate, -12))}`,
    'TRƯỞNG PHÒNG',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Giấy chứng nhận đăng ký hợp tác xã (Luật HTX 2023, TT 09/2024/TT-BKHĐT)',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'dang-ky-hop-tac-xa',
      title: 'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
      docNumber: o.code,
      issuer: o.issuer.issuer,
      level: o.issuer.level,
      issueDate: o.changed?.date ?? o.firstDate,
      expiryDate: null,
    },
    tags: o.tags ?? [],
  };
}

export function doanhNghiep(o: RegistrationOptions): CorpusDoc {
  const r = rng(o.seed);
  const lines = [
    ...o.issuer.block,
    MOTTO,
    MOTTO2,
    'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
    'CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN',
    `Mã số doanh nghiệp: ${o.code}`,
    `Đăng ký lần đầu: ${nd30Date(o.firstDate)}`,
    ...(o.changed ? [`Đăng ký thay đổi lần thứ: ${o.changed.n}, ${nd30Date(o.changed.date)}`] : []),
    '1. Tên công ty',
    'Tên công ty viết bằng tiếng Việt: CÔNG TY TNHH MỘT THÀNH VIÊN VẬN TẢI PHA ĐIN',
    '2. Địa chỉ trụ sở chính: số 88, đường Võ Nguyên Giáp, tỉnh Điện Biên',
    '3. Vốn điều lệ: 5.000.000.000 đồng',
    `4. Người đại diện theo pháp luật của công ty: ${upper(person(r))}`,
    `Loại giấy tờ pháp lý của cá nhân: Thẻ căn cước, số ${cccd(r)}, ngày cấp ${numericDate(addMonths(o.firstDate, -5))}`,
    'TRƯỞNG PHÒNG',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Giấy chứng nhận đăng ký doanh nghiệp, TT 68/2025/TT-BTC (formerly TT 01/2021/TT-BKHĐT)',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'dang-ky-doanh-nghiep',
      title: 'GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP',
      docNumber: o.code,
      issuer: o.issuer.issuer,
      level: o.issuer.level,
      issueDate: o.changed?.date ?? o.firstDate,
      expiryDate: null,
    },
    tags: o.tags ?? [],
  };
}

export interface PermitOptions {
  id: string;
  seed: number;
  issuer: Place;
  number: string;
  date: Iso;
  mode?: 'columns' | 'interleaved';
  /** The number printed under the title instead of in the header (ND 15/2021 form 09). */
  numberUnderTitle?: boolean;
  tags?: string[];
}

/** Giấy phép xây dựng, sử dụng cho nhà ở riêng lẻ (ND 15/2021/NĐ-CP, Phụ lục II mẫu 09). */
export function gpxdNhaO(o: PermitOptions): CorpusDoc {
  const r = rng(o.seed);
  const owner = person(r);
  const lines = [
    ...nd30Header(
      o.issuer.block,
      o.numberUnderTitle ? null : o.number,
      `${o.issuer.short}, ${nd30Date(o.date)}`,
      o.mode,
    ),
    'GIẤY PHÉP XÂY DỰNG',
    ...(o.numberUnderTitle ? [`Số: ${o.number}`] : []),
    '(Sử dụng cho nhà ở riêng lẻ)',
    `1. Cấp cho: Ông ${owner}`,
    'Địa chỉ: tổ dân phố 9, tỉnh Điện Biên',
    '2. Được phép xây dựng công trình: Nhà ở riêng lẻ',
    `- Theo thiết kế: do Công ty TNHH Tư vấn xây dựng Tây Bắc lập năm ${o.date.slice(0, 4)}`,
    '- Đơn vị thẩm tra: không',
    `- Gồm các nội dung sau: Vị trí xây dựng: thửa đất số ${int(r, 10, 300)}, tờ bản đồ số ${int(r, 1, 30)}`,
    '- Cốt nền xây dựng công trình: +0,45 m',
    `- Tổng diện tích sàn: ${int(r, 120, 400)} m²; Chiều cao công trình: 11,5 m; Số tầng: 3`,
    `3. Giấy tờ về quyền sử dụng đất: Giấy chứng nhận số vào sổ CH ${String(int(r, 100, 9999)).padStart(5, '0')}`,
    '4. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp; quá thời hạn trên thì phải đề nghị gia hạn giấy phép xây dựng.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Giấy phép xây dựng nhà ở riêng lẻ, ND 15/2021/NĐ-CP mẫu 09 (trước đó TT 15/2016/TT-BXD)',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'giay-phep-xay-dung-nha-o',
      title: 'GIẤY PHÉP XÂY DỰNG',
      docNumber: o.number,
      issuer: o.issuer.issuer,
      level: o.issuer.level,
      issueDate: o.date,
      // "Có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp" is a deadline to start works:
      // the permit lapses only if works never start, which the paper cannot show (Luật Xây dựng 2014 Art. 90,
      // the catalogue's note), so it is not the permit's expiry.
      expiryDate: null,
    },
    tags: ['12-month start-of-works clause', ...(o.tags ?? [])],
  };
}

export function gpxdCongTrinh(o: PermitOptions): CorpusDoc {
  const r = rng(o.seed);
  const lines = [
    ...nd30Header(o.issuer.block, o.number, `${o.issuer.short}, ${nd30Date(o.date)}`, o.mode),
    'GIẤY PHÉP XÂY DỰNG',
    '(Sử dụng cho công trình không theo tuyến)',
    '1. Cấp cho: Công ty Cổ phần Đầu tư và Phát triển du lịch Pá Khoang',
    'Địa chỉ: xã Mường Phăng, tỉnh Điện Biên',
    '2. Được phép xây dựng công trình: Khách sạn Pá Khoang',
    '- Theo thiết kế: đã được Sở Xây dựng thẩm định tại Thông báo số 245/SXD-QLXD ngày 02/3/2024',
    `- Tổng diện tích sàn: ${int(r, 3000, 9000)} m²; Số tầng: 9`,
    '3. Giấy tờ về quyền sử dụng đất: Quyết định cho thuê đất số 1127/QĐ-UBND ngày 15/11/2022',
    '4. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp.',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Giấy phép xây dựng công trình không theo tuyến, ND 15/2021/NĐ-CP mẫu 01',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'giay-phep-xay-dung',
      title: 'GIẤY PHÉP XÂY DỰNG',
      docNumber: o.number,
      issuer: o.issuer.issuer,
      level: o.issuer.level,
      issueDate: o.date,
      // The start-of-works deadline again, not the permit's expiry (see gpxdNhaO).
      expiryDate: null,
    },
    tags: o.tags ?? [],
  };
}

export interface CertificationOptions {
  id: string;
  seed: number;
  place: Place;
  date: Iso;
  number: string;
  book: string;
  /** The date printed on the certified paper itself (a diploma, a contract). */
  paperDate: Iso;
  tags?: string[];
}

/** A certified copy of a diploma: the diploma's own text, then the certification stamp (ND 23/2015 mẫu 06). */
export function chungThucBanSao(o: CertificationOptions): CorpusDoc {
  const r = rng(o.seed);
  const lines = [
    MOTTO,
    MOTTO2,
    'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
    'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
    `Cấp cho: ${person(r)}`,
    `Ngày sinh: ${numericDate(addMonths(o.paperDate, -216))}`,
    'Nơi sinh: Điện Biên',
    `Năm tốt nghiệp: ${o.paperDate.slice(0, 4)} Xếp loại tốt nghiệp: Khá`,
    `Điện Biên, ${nd30Date(o.paperDate)}`,
    'GIÁM ĐỐC',
    person(r),
    `Số hiệu: B${int(r, 1000000, 9999999)}`,
    `Số vào sổ cấp bằng: ${int(r, 100, 9000)}/TN${o.paperDate.slice(2, 4)}`,
    'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
    `Số chứng thực: ${o.number} Quyển số: ${o.book}-SCT/BS`,
    `${o.place.short}, ${nd30Date(o.date)}`,
    'NGƯỜI THỰC HIỆN CHỨNG THỰC',
    'PHÓ CHỦ TỊCH',
    person(r),
    o.place.issuer,
  ];
  return {
    id: o.id,
    form: 'Lời chứng chứng thực bản sao từ bản chính, ND 23/2015/NĐ-CP, TT 01/2020/TT-BTP mẫu',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'chung-thuc-ban-sao',
      title: 'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
      docNumber: o.number,
      issuer: o.place.issuer,
      level: o.place.level,
      issueDate: o.date,
      expiryDate: null,
    },
    tags: ['certified paper has its own date', ...(o.tags ?? [])],
  };
}

/** Signature certification on a power of attorney whose own term ends later (not the expiry). */
export function chungThucChuKy(o: CertificationOptions & { until: Iso }): CorpusDoc {
  const r = rng(o.seed);
  const a = person(r);
  const b = person(r);
  const lines = [
    MOTTO,
    MOTTO2,
    'GIẤY ỦY QUYỀN',
    `Hôm nay, ${nd30Date(o.paperDate)}, tại ${o.place.short}`,
    `Bên ủy quyền: ${a}, CCCD số ${cccd(r)} cấp ngày ${looseDate(addMonths(o.paperDate, -20))}`,
    `Bên được ủy quyền: ${b}, CCCD số ${cccd(r)}`,
    'Nội dung ủy quyền: thay mặt bên ủy quyền nộp hồ sơ và nhận Giấy chứng nhận quyền sử dụng đất tại bộ phận một cửa',
    `Thời hạn ủy quyền: từ ngày ${numericDate(o.paperDate)} đến ngày ${numericDate(o.until)}`,
    'BÊN ỦY QUYỀN BÊN ĐƯỢC ỦY QUYỀN',
    'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
    `${nd30Date(o.date)} (Bằng chữ: ${dateInWords(o.date)})`,
    `Tại ${o.place.body}`,
    `Tôi ${person(r)}, Phó Chủ tịch ${o.place.body.split(',')[0]}`,
    `Chứng thực: Ông/bà ${a} đã ký vào giấy tờ, văn bản này trước mặt tôi.`,
    `Số chứng thực ${o.number}, quyển số ${o.book}-SCT/CK,ĐC`,
    'NGƯỜI THỰC HIỆN CHỨNG THỰC',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Lời chứng chứng thực chữ ký, ND 23/2015/NĐ-CP, TT 01/2020/TT-BTP',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'chung-thuc-chu-ky',
      title: 'LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC',
      docNumber: o.number,
      issuer: o.place.issuer,
      level: o.place.level,
      issueDate: o.date,
      expiryDate: null,
    },
    tags: ['end of the power of attorney is not an expiry', ...(o.tags ?? [])],
  };
}

/** Giấy phép lái xe (PET card, TT 35/2024/TT-BGTVT / TT 12/2025/TT-BCA), bilingual labels. */
export function gplx(o: {
  id: string;
  seed: number;
  date: Iso;
  number: string;
  years: number;
  police: boolean;
}): CorpusDoc {
  const r = rng(o.seed);
  const expiry = addMonths(o.date, o.years * 12);
  const issuer = o.police ? 'CÔNG AN TỈNH ĐIỆN BIÊN' : 'SỞ GIAO THÔNG VẬN TẢI ĐIỆN BIÊN';
  const lines = [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'GIẤY PHÉP LÁI XE / DRIVER LICENSE',
    `Số/No.: ${o.number}`,
    `Họ tên/Full name: ${upper(person(r))}`,
    `Ngày sinh/Date of Birth: ${numericDate(addMonths(o.date, -300))}`,
    'Quốc tịch/Nationality: VIỆT NAM',
    'Nơi cư trú/Address: tổ dân phố 2, phường Điện Biên Phủ, tỉnh Điện Biên',
    `Hạng/Class: ${o.years >= 10 ? 'B' : 'C'}`,
    `Có giá trị đến/Expires: ${numericDate(expiry)}`,
    `Điện Biên, ngày/date ${o.date.slice(8)} tháng/month ${o.date.slice(5, 7)} năm/year ${o.date.slice(0, 4)}`,
    o.police ? 'GIÁM ĐỐC CÔNG AN TỈNH' : 'GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Giấy phép lái xe thẻ PET (TT 12/2017/TT-BGTVT; TT 12/2025/TT-BCA)',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'giay-phep-lai-xe',
      title: 'GIẤY PHÉP LÁI XE',
      docNumber: o.number,
      issuer,
      level: 'province',
      issueDate: o.date,
      expiryDate: expiry,
    },
    tags: ['bilingual labels'],
  };
}
