/**
 * Civil-status papers in the Ministry of Justice's forms (Luật Hộ tịch 2014; forms of Thông tư
 * 04/2020/TT-BTP, electronic extracts under Thông tư 01/2022/TT-BTP): Giấy khai sinh, Trích lục khai sinh,
 * Giấy chứng nhận kết hôn, Trích lục kết hôn, Trích lục khai tử, Giấy xác nhận tình trạng hôn nhân.
 * Labelled fields, no ND 30 issuer block on the originals; the issuer is in `Nơi đăng ký …` and the date is
 * the registration date. Fictional people and numbers.
 */
import {
  addDays,
  addMonths,
  type CorpusDoc,
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

const ID_ISSUER = 'Cục Cảnh sát quản lý hành chính về trật tự xã hội';

export interface CivilOptions {
  id: string;
  seed: number;
  place: Place;
  date: Iso;
  /** How the number is printed: `n` ("Số: 125"), `n/yyyy` ("Số: 211/2024"), or a symbol ("45/TLKS-BS"). */
  number: string;
  /** Book number line ("Quyển số: 01/2021"), when the form has one. */
  book?: string;
  /** The registration date printed in words after its label instead of digits. */
  dateInWords?: boolean;
  /** The declarant's ID line with its own issue date (a trap for the issue date). */
  idLineDate?: Iso;
  /** An ND 30 style block at the top (some communes print their name above the motto). */
  headerBlock?: boolean;
  tags?: string[];
}

export function khaiSinh(o: CivilOptions): CorpusDoc {
  const r = rng(o.seed);
  const child = person(r);
  const mother = person(r, 'f');
  const father = person(r, 'm');
  const birth = addDays(o.date, -int(r, 3, 50));
  const lines = [
    ...(o.headerBlock ? o.place.block : []),
    MOTTO,
    MOTTO2,
    'GIẤY KHAI SINH',
    `Số: ${o.number}`,
    ...(o.book ? [`Quyển số: ${o.book}`] : []),
    `Họ, chữ đệm, tên: ${upper(child)}`,
    `Ngày, tháng, năm sinh: ${numericDate(birth)} ghi bằng chữ: ${dateInWords(birth)}`,
    `Giới tính: ${r() < 0.5 ? 'Nam' : 'Nữ'} Dân tộc: Thái Quốc tịch: Việt Nam`,
    `Nơi sinh: Trung tâm Y tế huyện, ${o.place.body.replace(/^(Ủy ban nhân dân|UBND) /, '')}`,
    'Quê quán: Điện Biên',
    `Số định danh cá nhân: ${cccd(r)}`,
    `Họ, chữ đệm, tên người mẹ: ${upper(mother)}`,
    `Năm sinh: ${int(r, 1988, 2002)} Dân tộc: Thái Quốc tịch: Việt Nam`,
    `Nơi cư trú: bản Na Hai, ${o.place.body.replace(/^(Ủy ban nhân dân|UBND) /, '')}`,
    `Họ, chữ đệm, tên người cha: ${upper(father)}`,
    `Năm sinh: ${int(r, 1985, 2000)} Dân tộc: Thái Quốc tịch: Việt Nam`,
    `Họ, chữ đệm, tên người đi khai sinh: ${father}`,
    ...(o.idLineDate
      ? [`Giấy tờ tùy thân: Căn cước công dân số ${cccd(r)}, do ${ID_ISSUER} cấp ngày ${looseDate(o.idLineDate)}`]
      : []),
    `Nơi đăng ký khai sinh: ${o.place.body}`,
    `Ngày, tháng, năm đăng ký: ${o.dateInWords ? dateInWords(o.date) : numericDate(o.date)}`,
    'NGƯỜI KÝ GIẤY KHAI SINH',
    '(Ký, ghi rõ họ, chữ đệm, tên, chức vụ và đóng dấu)',
    'PHÓ CHỦ TỊCH',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Giấy khai sinh (bản chính), TT 04/2020/TT-BTP',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'khai-sinh',
      title: 'GIẤY KHAI SINH',
      docNumber: o.number,
      issuer: o.place.issuer,
      level: o.place.level,
      issueDate: o.date,
      expiryDate: null,
    },
    tags: o.tags ?? [],
  };
}

export interface ExtractOptions extends CivilOptions {
  /** The original registration date (for a copy issued later from the register). */
  registeredOn?: Iso;
}

/** Trích lục khai sinh: ND 30-like block, a symbol, the original registration, a "Làm tại …" date line. */
export function trichLucKhaiSinh(o: ExtractOptions): CorpusDoc {
  const r = rng(o.seed);
  const child = person(r);
  const registered = o.registeredOn ?? o.date;
  const copy = o.registeredOn !== undefined;
  const title = copy ? 'TRÍCH LỤC KHAI SINH (BẢN SAO)' : 'TRÍCH LỤC KHAI SINH';
  const lines = [
    ...o.place.block,
    MOTTO,
    MOTTO2,
    `Số: ${o.number}`,
    title,
    `Họ, chữ đệm, tên: ${upper(child)}`,
    `Ngày, tháng, năm sinh: ${numericDate(addDays(registered, -20))}`,
    `Giới tính: ${r() < 0.5 ? 'Nam' : 'Nữ'} Dân tộc: Mông Quốc tịch: Việt Nam`,
    'Nơi sinh: Trạm Y tế xã, tỉnh Điện Biên',
    `Họ, chữ đệm, tên người mẹ: ${upper(person(r, 'f'))}`,
    `Họ, chữ đệm, tên người cha: ${upper(person(r, 'm'))}`,
    `Nơi đăng ký khai sinh: ${o.place.body}`,
    `Ngày, tháng, năm đăng ký: ${o.dateInWords ? dateInWords(registered) : numericDate(registered)}`,
    ...(o.book ? [`Số đăng ký: ${int(r, 10, 300)}, Quyển số: ${o.book}`] : []),
    ...(o.idLineDate
      ? [
          `Người yêu cầu cấp trích lục: ${person(r)}`,
          `Giấy tờ tùy thân: CCCD số ${cccd(r)} cấp ngày ${numericDate(o.idLineDate)}`,
        ]
      : []),
    `Làm tại ${o.place.short}, ${nd30Date(o.date)}`,
    copy ? 'NGƯỜI KÝ TRÍCH LỤC' : 'NGƯỜI KÝ',
    'CÔNG CHỨC TƯ PHÁP - HỘ TỊCH',
    person(r),
  ];
  return {
    id: o.id,
    form: copy ? 'Trích lục khai sinh (bản sao), TT 04/2020/TT-BTP' : 'Trích lục khai sinh điện tử, TT 01/2022/TT-BTP',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'trich-luc-khai-sinh',
      title,
      docNumber: o.number,
      issuer: o.place.issuer,
      level: o.place.level,
      issueDate: o.date,
      expiryDate: null,
    },
    tags: [...(copy ? ['copy issued later than the registration'] : []), ...(o.tags ?? [])],
  };
}

export interface MarriageOptions extends CivilOptions {
  /** Husband and wife columns read across as one line each (a flat OCR of the two-column form). */
  merged?: boolean;
  /** Extract of a marriage registration: not a catalogue type. */
  extract?: boolean;
}

export function ketHon(o: MarriageOptions): CorpusDoc {
  const r = rng(o.seed);
  const husband = person(r, 'm');
  const wife = person(r, 'f');
  const pair = (label: string, a: string, b: string) =>
    o.merged ? [`${label}: ${a} ${label}: ${b}`] : [`${label}: ${a}`, `${label}: ${b}`];
  const title = o.extract ? 'TRÍCH LỤC KẾT HÔN' : 'GIẤY CHỨNG NHẬN KẾT HÔN';
  const lines = [
    ...(o.extract || o.headerBlock ? o.place.block : []),
    MOTTO,
    MOTTO2,
    ...(o.extract ? [`Số: ${o.number}`, title] : [title, `Số: ${o.number}`]),
    ...(o.book ? [`Quyển số: ${o.book}`] : []),
    o.merged ? 'Thông tin người chồng Thông tin người vợ' : 'Thông tin người chồng',
    ...(o.merged
      ? []
      : [`Họ, chữ đệm, tên: ${upper(husband)}`, `Ngày, tháng, năm sinh: ${numericDate(addDays(o.date, -9000))}`]),
    ...(o.merged ? pair('Họ, chữ đệm, tên', upper(husband), upper(wife)) : []),
    ...(o.merged
      ? pair('Ngày, tháng, năm sinh', numericDate(addDays(o.date, -9100)), numericDate(addDays(o.date, -8100)))
      : []),
    ...(o.merged ? [] : ['Thông tin người vợ', `Họ, chữ đệm, tên: ${upper(wife)}`]),
    ...(o.merged ? [] : [`Ngày, tháng, năm sinh: ${numericDate(addDays(o.date, -8000))}`]),
    o.merged ? 'Dân tộc: Thái Dân tộc: Kinh' : 'Dân tộc: Thái Quốc tịch: Việt Nam',
    `Nơi cư trú: ${o.place.body.replace(/^(Ủy ban nhân dân|UBND) /, '')}`,
    ...(o.idLineDate ? [`Giấy tờ tùy thân: CCCD số ${cccd(r)}, cấp ngày ${looseDate(o.idLineDate)}`] : []),
    `Nơi đăng ký: ${o.place.body}`,
    `Ngày, tháng, năm đăng ký: ${o.dateInWords ? dateInWords(o.date) : numericDate(o.date)}`,
    o.extract ? `Làm tại ${o.place.short}, ${nd30Date(o.date)}` : 'Chữ ký của chồng Chữ ký của vợ',
    o.extract ? 'NGƯỜI KÝ TRÍCH LỤC' : 'NGƯỜI KÝ GIẤY CHỨNG NHẬN KẾT HÔN',
    'CHỦ TỊCH',
    person(r),
  ];
  return {
    id: o.id,
    form: o.extract ? 'Trích lục kết hôn, TT 04/2020/TT-BTP' : 'Giấy chứng nhận kết hôn, TT 04/2020/TT-BTP',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: o.extract ? null : 'ket-hon',
      title,
      docNumber: o.number,
      issuer: o.place.issuer,
      level: o.place.level,
      issueDate: o.date,
      expiryDate: null,
    },
    tags: [...(o.extract ? ['type not in the catalogue'] : []), ...(o.tags ?? [])],
    ...(o.extract ? { unknownAs: ['trích lục kết hôn'] } : {}),
  };
}

export function trichLucKhaiTu(o: ExtractOptions): CorpusDoc {
  const r = rng(o.seed);
  const registered = o.registeredOn ?? o.date;
  const death = addDays(registered, -int(r, 2, 20));
  const title = o.registeredOn ? 'TRÍCH LỤC KHAI TỬ (BẢN SAO)' : 'TRÍCH LỤC KHAI TỬ';
  const lines = [
    ...o.place.block,
    MOTTO,
    MOTTO2,
    `Số: ${o.number}`,
    title,
    `Họ, chữ đệm, tên người đã chết: ${upper(person(r))}`,
    `Ngày, tháng, năm sinh: ${numericDate(addDays(death, -25000))}`,
    'Giới tính: Nam Dân tộc: Thái Quốc tịch: Việt Nam',
    `Đã chết vào lúc: 14 giờ 20 phút, ${nd30Date(death)}`,
    `Nơi chết: tại nhà, ${o.place.body.replace(/^(Ủy ban nhân dân|UBND) /, '')}`,
    'Nguyên nhân chết: già yếu',
    `Nơi đăng ký khai tử: ${o.place.body}`,
    `Ngày, tháng, năm đăng ký: ${o.dateInWords ? dateInWords(registered) : numericDate(registered)}`,
    ...(o.idLineDate
      ? [`Người đi khai tử: ${person(r)}, CCCD số ${cccd(r)} cấp ngày ${numericDate(o.idLineDate)}`]
      : []),
    `Làm tại ${o.place.short}, ${nd30Date(o.date)}`,
    'NGƯỜI KÝ TRÍCH LỤC',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Trích lục khai tử, TT 04/2020/TT-BTP',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'trich-luc-khai-tu',
      title,
      docNumber: o.number,
      issuer: o.place.issuer,
      level: o.place.level,
      issueDate: o.date,
      expiryDate: null,
    },
    tags: o.tags ?? [],
  };
}

/**
 * Giấy xác nhận tình trạng hôn nhân (TT 04/2020/TT-BTP): ND 30 block, `Số: …/UBND-XNTTHN`, place–date under
 * the motto, "XÁC NHẬN:" and the fields, "có giá trị sử dụng trong thời hạn 6 tháng kể từ ngày cấp".
 */
export function xacNhanHonNhan(o: CivilOptions & { mode?: 'columns' | 'interleaved' }): CorpusDoc {
  const r = rng(o.seed);
  const who = person(r);
  const lines = [
    ...nd30Header(o.place.block, o.number, `${o.place.short}, ${nd30Date(o.date)}`, o.mode),
    'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
    `CHỦ TỊCH ${upper(o.place.issuer.replace(/^(ỦY BAN NHÂN DÂN|UBND) /, 'ỦY BAN NHÂN DÂN '))}`,
    `Xét đề nghị của ông/bà: ${who} về việc cấp Giấy xác nhận tình trạng hôn nhân cho: ông/bà ${who}`,
    'XÁC NHẬN:',
    `Họ, chữ đệm, tên: ${upper(who)}`,
    `Ngày, tháng, năm sinh: ${numericDate(addDays(o.date, -10000))}`,
    'Giới tính: Nữ Dân tộc: Thái Quốc tịch: Việt Nam',
    `Giấy tờ tùy thân: Căn cước công dân số ${cccd(r)}, cấp ngày ${looseDate(o.idLineDate ?? addDays(o.date, -400))}`,
    `Nơi cư trú: ${o.place.body.replace(/^(Ủy ban nhân dân|UBND) /, '')}`,
    `Trong thời gian cư trú tại ${o.place.short} từ ${nd30Date(addDays(o.date, -6000))} đến nay`,
    'Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai',
    'Giấy này có giá trị sử dụng trong thời hạn 6 tháng kể từ ngày cấp, được sử dụng để: làm thủ tục đăng ký kết hôn',
    'CHỦ TỊCH',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Giấy xác nhận tình trạng hôn nhân, TT 04/2020/TT-BTP',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: 'xac-nhan-tinh-trang-hon-nhan',
      title: 'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
      docNumber: o.number,
      issuer: o.place.issuer,
      level: o.place.level,
      issueDate: o.date,
      expiryDate: addMonths(o.date, 6),
    },
    tags: o.tags ?? [],
  };
}

/** Trích lục thay đổi, cải chính hộ tịch — a civil-status result the catalogue lacks. */
export function trichLucCaiChinh(o: CivilOptions): CorpusDoc {
  const r = rng(o.seed);
  const who = person(r);
  const title = 'TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH';
  const lines = [
    ...o.place.block,
    MOTTO,
    MOTTO2,
    `Số: ${o.number}`,
    title,
    `Họ, chữ đệm, tên: ${upper(who)}`,
    `Ngày, tháng, năm sinh: ${numericDate(addDays(o.date, -7000))}`,
    'Đã đăng ký khai sinh tại: UBND xã, tỉnh Điện Biên',
    'Nội dung thay đổi, cải chính: cải chính năm sinh của người mẹ từ 1980 thành 1982',
    'Căn cứ: Giấy khai sinh số 45 ngày 12/3/2001 và hồ sơ cải chính',
    `Nơi đăng ký: ${o.place.body}`,
    `Ngày, tháng, năm đăng ký: ${numericDate(o.date)}`,
    `Làm tại ${o.place.short}, ${nd30Date(o.date)}`,
    'NGƯỜI KÝ TRÍCH LỤC',
    person(r),
  ];
  return {
    id: o.id,
    form: 'Trích lục thay đổi, cải chính hộ tịch, TT 04/2020/TT-BTP',
    pages: [lines.join('\n')],
    truth: {
      kind: 'result',
      docType: null,
      title,
      docNumber: o.number,
      issuer: o.place.issuer,
      level: o.place.level,
      issueDate: o.date,
      expiryDate: null,
    },
    tags: ['type not in the catalogue', ...(o.tags ?? [])],
    unknownAs: ['cải chính hộ tịch', 'thay đổi, cải chính'],
  };
}
