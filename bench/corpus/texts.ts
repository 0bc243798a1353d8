/**
 * The official-form text corpus: every document of the evaluation corpus, deterministic. Results follow the
 * forms of the circulars and decrees named in each document's `form`; non-results follow the ND 30 layout or
 * their own forms. Some documents carry real-world damage as OCR returns it (`damage` below): a misread
 * title, `TÍNH`/`TlNH`, a handwritten number split over two lines, a slash lost from `211/2024`, lost lines.
 * Written from the published forms, never from the classifier's rules.
 */
import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { foldAccents } from '#shared/domain/normalize.ts';
import {
  chungThucBanSao,
  chungThucChuKy,
  doanhNghiep,
  gcnNew,
  gcnOld,
  gplx,
  gpxdCongTrinh,
  gpxdNhaO,
  hoKinhDoanh,
  hopTacXa,
  singlePage,
} from './certificates.ts';
import {
  ketHon,
  khaiSinh,
  trichLucCaiChinh,
  trichLucKhaiSinh,
  trichLucKhaiTu,
  xacNhanHonNhan,
} from './civil-status.ts';
import {
  COMMUNES_AFTER as CA,
  COMMUNES_BEFORE as CB,
  type CorpusDoc,
  DISTRICTS as D,
  ELSEWHERE as E,
  PROVINCE,
  phong,
  so,
} from './kit.ts';
import { licenceDocs } from './licences.ts';
import { nonResultDocs } from './non-results.ts';

/** OCR-style damage: literal replacements on one page, lines lost, a line split in two. */
interface Damage {
  replace?: Array<[string | RegExp, string]>;
  /** Lines containing any of these are lost. */
  drop?: string[];
  page?: number;
  tag: string;
}

function damage(doc: CorpusDoc, ...damages: Damage[]): CorpusDoc {
  const pages = [...doc.pages];
  for (const d of damages) {
    const i = d.page ?? 0;
    let text = pages[i]!;
    for (const [from, to] of d.replace ?? []) {
      const before = text;
      text = typeof from === 'string' ? text.split(from).join(to) : text.replace(from, to);
      if (text === before) throw new Error(`corpus ${doc.id}: damage "${String(from)}" matched nothing`);
    }
    if (d.drop)
      text = text
        .split('\n')
        .filter((l) => !d.drop!.some((x) => l.includes(x)))
        .join('\n');
    pages[i] = text;
  }
  return { ...doc, pages, tags: [...doc.tags, ...damages.map((d) => d.tag)] };
}

function civilStatus(): CorpusDoc[] {
  return [
    khaiSinh({ id: 'ks-01', seed: 11, place: CB[0]!, date: '2021-03-20', number: '125', book: '01/2021' }),
    khaiSinh({
      id: 'ks-02',
      seed: 12,
      place: CB[1]!,
      date: '2019-01-15',
      number: '07',
      book: '02/2019',
      idLineDate: '2018-04-01',
      tags: ['declarant ID line with its own date'],
    }),
    khaiSinh({
      id: 'ks-03',
      seed: 13,
      place: CA[0]!,
      date: '2025-09-04',
      number: '312/2025',
      tags: ['number without symbol'],
    }),
    khaiSinh({
      id: 'ks-04',
      seed: 14,
      place: CB[2]!,
      date: '2024-05-14',
      number: '211/2024',
      dateInWords: true,
      idLineDate: '2024-04-01',
      tags: ['date in words after the label', 'declarant ID line with its own date'],
    }),
    damage(khaiSinh({ id: 'ks-05', seed: 15, place: CB[4]!, date: '2022-08-09', number: '88', book: '01/2022' }), {
      replace: [['GIẤY KHAI SINH', 'GIẤY KHALSINH']],
      tag: 'title misread',
    }),
    damage(khaiSinh({ id: 'ks-06', seed: 16, place: CA[1]!, date: '2025-12-02', number: '45/2025' }), {
      replace: [['45/2025', '452025']],
      tag: 'slash lost from the number',
    }),
    damage(khaiSinh({ id: 'ks-07', seed: 17, place: E.hcmWard, date: '2023-06-30', number: '1024', book: '03/2023' }), {
      drop: ['GIẤY KHAI SINH'],
      tag: 'title line lost (red title on green background)',
    }),
    khaiSinh({
      id: 'ks-08',
      seed: 18,
      place: D[1]!,
      date: '2020-10-12',
      number: '15',
      book: '01/2020',
      headerBlock: true,
      tags: ['birth with a foreign element registered by a district'],
    }),
    khaiSinh({ id: 'ks-09', seed: 19, place: CB[5]!, date: '2018-02-05', number: '09', book: '01/2018' }),
    trichLucKhaiSinh({
      id: 'tlks-01',
      seed: 21,
      place: CB[0]!,
      date: '2022-06-09',
      number: '45/TLKS-BS',
      registeredOn: '2010-02-20',
      book: '01/2010',
    }),
    trichLucKhaiSinh({
      id: 'tlks-02',
      seed: 22,
      place: CA[2]!,
      date: '2025-08-21',
      number: '102/2025',
      tags: ['number without symbol'],
    }),
    trichLucKhaiSinh({
      id: 'tlks-03',
      seed: 23,
      place: phong(D[0]!, 'Phòng Tư pháp'),
      date: '2023-07-03',
      number: '12/TLKS-BS',
      registeredOn: '1998-05-11',
      idLineDate: '2021-09-30',
      tags: ['declarant ID line with its own date'],
    }),
    damage(
      trichLucKhaiSinh({
        id: 'tlks-04',
        seed: 24,
        place: CB[1]!,
        date: '2024-01-19',
        number: '7/TLKS-BS',
        registeredOn: '2005-03-02',
      }),
      {
        replace: [['TỈNH ĐIỆN BIÊN', 'TlNH ĐIỆN BIÊN']],
        tag: 'TỈNH read as TlNH',
      },
    ),
    trichLucKhaiSinh({
      id: 'tlks-05',
      seed: 25,
      place: E.danangWard,
      date: '2024-11-12',
      number: '318/TLKS-BS',
      registeredOn: '1995-07-07',
      dateInWords: true,
    }),
    ketHon({ id: 'kh-01', seed: 31, place: CB[0]!, date: '2018-12-22', number: '15', book: '01/2018' }),
    ketHon({
      id: 'kh-02',
      seed: 32,
      place: CB[3]!,
      date: '2016-03-08',
      number: '21',
      book: '01/2016',
      merged: true,
      tags: ['two columns read across'],
    }),
    ketHon({
      id: 'kh-03',
      seed: 33,
      place: D[1]!,
      date: '2019-09-27',
      number: '04',
      book: '01/2019',
      headerBlock: true,
      tags: ['marriage with a foreign element at the district'],
    }),
    ketHon({
      id: 'kh-04',
      seed: 34,
      place: CA[3]!,
      date: '2025-10-10',
      number: '57/2025',
      idLineDate: '2024-04-01',
      tags: ['declarant ID line with its own date'],
    }),
    damage(ketHon({ id: 'kh-05', seed: 35, place: CB[5]!, date: '2021-01-29', number: '03', book: '01/2021' }), {
      replace: [['GIẤY CHỨNG NHẬN KẾT HÔN', 'GIẤY CHỨNG NHẬN KẾT HỒN']],
      tag: 'title misread',
    }),
    ketHon({
      id: 'kh-06',
      seed: 36,
      place: E.hcmWard,
      date: '2022-02-14',
      number: '89',
      book: '01/2022',
      dateInWords: true,
      tags: ['date in words after the label'],
    }),
    ketHon({ id: 'tlkh-01', seed: 37, place: CB[2]!, date: '2023-04-04', number: '33/TLKH-BS', extract: true }),
    ketHon({ id: 'tlkh-02', seed: 38, place: CA[0]!, date: '2025-11-20', number: '210/2025', extract: true }),
    trichLucKhaiTu({
      id: 'tlkt-01',
      seed: 41,
      place: CB[0]!,
      date: '2021-02-09',
      number: '18/TLKT-BS',
      registeredOn: '2020-12-30',
    }),
    trichLucKhaiTu({ id: 'tlkt-02', seed: 42, place: CB[4]!, date: '2019-11-15', number: '4' }),
    trichLucKhaiTu({
      id: 'tlkt-03',
      seed: 43,
      place: CA[1]!,
      date: '2025-07-22',
      number: '16/2025',
      idLineDate: '2023-05-05',
      tags: ['declarant ID line with its own date'],
    }),
    damage(trichLucKhaiTu({ id: 'tlkt-04', seed: 44, place: CB[1]!, date: '2023-08-01', number: '27' }), {
      replace: [
        ['TRÍCH LỤC KHAI TỬ', 'TRICH LUC KHAl TU'],
        ['TỈNH ĐIỆN BIÊN', 'TÍNH ĐIỆN BIÊN'],
      ],
      tag: 'title misread, TỈNH read as TÍNH',
    }),
    trichLucKhaiTu({
      id: 'tlkt-05',
      seed: 45,
      place: E.hcmWard,
      date: '2024-03-18',
      number: '55/TLKT-BS',
      registeredOn: '2024-03-01',
      dateInWords: true,
    }),
    xacNhanHonNhan({
      id: 'xn-01',
      seed: 51,
      place: CB[1]!,
      date: '2023-08-29',
      number: '56/UBND-XNTTHN',
      tags: ['three-line header'],
    }),
    xacNhanHonNhan({
      id: 'xn-02',
      seed: 52,
      place: CB[2]!,
      date: '2024-01-10',
      number: '12/UBND-XNTTHN',
      mode: 'interleaved',
      tags: ['header columns interleaved', 'PHƯỜNG … / TP. ĐIỆN BIÊN PHỦ'],
    }),
    xacNhanHonNhan({
      id: 'xn-03',
      seed: 53,
      place: E.hcmWard,
      date: '2022-05-31',
      number: '301/UBND-XNTTHN',
      tags: ['place holds a digit'],
    }),
    damage(
      xacNhanHonNhan({
        id: 'xn-04',
        seed: 54,
        place: CB[5]!,
        date: '2020-03-05',
        number: '08/UBND-XNTTHN',
        mode: 'interleaved',
      }),
      {
        replace: [['TỈNH ĐIỆN BIÊN', 'TÍNH ĐIỆN BIÊN']],
        tag: 'TỈNH read as TÍNH',
      },
    ),
    xacNhanHonNhan({
      id: 'xn-05',
      seed: 55,
      place: CA[2]!,
      date: '2025-08-15',
      number: '41/UBND-XNTTHN',
      idLineDate: '2021-04-01',
      tags: ['ID line with its own date'],
    }),
    trichLucCaiChinh({ id: 'unknown-cai-chinh-01', seed: 56, place: CB[0]!, date: '2022-10-18', number: '09/TLTĐ-BS' }),
  ];
}

function landAndRegistration(): CorpusDoc[] {
  const old1 = gcnOld({
    id: 'gcn-old-01',
    seed: 61,
    signer: D[0]!,
    date: '2013-10-20',
    register: 'CH 01234',
    serial: 'BX 345678',
    landTermUntil: '2063-10-15',
    laterChange: '2019-05-06',
  });
  const old2 = gcnOld({
    id: 'gcn-old-02',
    seed: 62,
    signer: so('Sở Tài nguyên và Môi trường'),
    date: '2020-03-03',
    register: 'CS 05521',
    serial: 'CV 112233',
  });
  const new1 = gcnNew({
    id: 'gcn-new-01',
    seed: 63,
    signer: CA[1]!,
    date: '2025-12-15',
    register: 'CS 00088',
    serial: 'AA 01234567',
  });
  const new2 = gcnNew({
    id: 'gcn-new-02',
    seed: 64,
    signer: so('Sở Tài nguyên và Môi trường'),
    date: '2024-11-05',
    register: 'CS 09412',
    serial: 'AB 00456789',
    laterChange: '2025-03-10',
  });
  const org = gcnOld({
    id: 'gcn-org-01',
    seed: 65,
    signer: PROVINCE,
    date: '2019-08-14',
    register: 'CT 00912',
    serial: 'CĐ 778899',
    holder: 'organisation',
    landTermUntil: '2069-08-14',
  });
  const org2 = gcnNew({
    id: 'gcn-org-02',
    seed: 66,
    signer: so('Sở Nông nghiệp và Môi trường'),
    date: '2025-09-30',
    register: 'CT 01077',
    serial: 'AC 00012345',
    holder: 'organisation',
  });
  return [
    old1,
    old2,
    new1,
    new2,
    org,
    org2,
    singlePage(old1, 0, 'gcn-old-01-p1', { title: old1.truth.title }),
    singlePage(old1, 1, 'gcn-old-01-p2', {
      docNumber: old1.truth.docNumber,
      issuer: old1.truth.issuer,
      level: old1.truth.level,
      issueDate: old1.truth.issueDate,
    }),
    singlePage(old1, 2, 'gcn-old-01-p3', {}),
    singlePage(new2, 1, 'gcn-new-02-p2', {}),
    damage(
      gcnOld({
        id: 'gcn-old-03',
        seed: 67,
        signer: D[3]!,
        date: '2016-07-19',
        register: 'CH 00417',
        serial: 'CB 998877',
      }),
      {
        replace: [[/GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT[^\n]*/, 'GIAY CHUNG NHAN QUYEN SU DUNG DA T']],
        tag: 'title misread on a pink background',
      },
    ),
    hoKinhDoanh({
      id: 'hkd-01',
      seed: 71,
      issuer: phong(D[0]!, 'Phòng Tài chính - Kế hoạch'),
      code: '62A8001234',
      firstDate: '2020-02-03',
      changed: { n: 2, date: '2023-08-15' },
      ownerIdDate: '2021-06-10',
    }),
    hoKinhDoanh({
      id: 'hkd-02',
      seed: 72,
      issuer: {
        ...CA[0]!,
        block: ['UBND PHƯỜNG ĐIỆN BIÊN PHỦ', 'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ'],
        issuer: 'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ',
      },
      code: '62C8000457',
      firstDate: '2025-08-20',
      ownerIdDate: '2024-04-01',
      tags: ['owner ID issue date'],
    }),
    hoKinhDoanh({
      id: 'hkd-03',
      seed: 73,
      issuer: phong(D[3]!, 'Phòng Tài chính - Kế hoạch'),
      code: '62E8000078',
      firstDate: '2016-03-02',
    }),
    hoKinhDoanh({
      id: 'hkd-04',
      seed: 74,
      issuer: phong(E.hcmDistrict, 'Phòng Tài chính - Kế hoạch'),
      code: '41C8034567',
      firstDate: '2019-12-11',
      changed: { n: 1, date: '2022-01-05' },
      tags: ['Quận 3 is a district'],
    }),
    damage(
      hoKinhDoanh({
        id: 'hkd-05',
        seed: 75,
        issuer: phong(D[4]!, 'Phòng Tài chính - Kế hoạch'),
        code: '62G8000219',
        firstDate: '2021-09-09',
      }),
      {
        replace: [['GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH', 'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KlNH D0ANH']],
        tag: 'title misread',
      },
    ),
    hopTacXa({
      id: 'htx-01',
      seed: 76,
      issuer: phong(D[0]!, 'Phòng Tài chính - Kế hoạch'),
      code: '5600298811',
      firstDate: '2018-06-15',
    }),
    hopTacXa({
      id: 'htx-02',
      seed: 77,
      issuer: { ...so('Sở Tài chính'), block: ['SỞ TÀI CHÍNH TỈNH ĐIỆN BIÊN', 'PHÒNG ĐĂNG KÝ KINH DOANH'] },
      code: '5600400001',
      firstDate: '2025-10-01',
    }),
    doanhNghiep({
      id: 'dn-01',
      seed: 78,
      issuer: {
        ...so('Sở Kế hoạch và Đầu tư'),
        block: ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH ĐIỆN BIÊN', 'PHÒNG ĐĂNG KÝ KINH DOANH'],
      },
      code: '5600312345',
      firstDate: '2017-04-12',
      changed: { n: 3, date: '2022-09-28' },
    }),
    doanhNghiep({
      id: 'dn-02',
      seed: 79,
      issuer: {
        ...so('Sở Tài chính'),
        block: ['SỞ TÀI CHÍNH THÀNH PHỐ ĐÀ NẴNG', 'PHÒNG ĐĂNG KÝ KINH DOANH'],
        issuer: 'SỞ TÀI CHÍNH THÀNH PHỐ ĐÀ NẴNG',
      },
      code: '0402198765',
      firstDate: '2025-04-03',
    }),
    gpxdNhaO({ id: 'gpxd-01', seed: 81, issuer: D[1]!, number: '27/GPXD', date: '2021-06-17' }),
    gpxdNhaO({
      id: 'gpxd-02',
      seed: 82,
      issuer: D[0]!,
      number: '11/GPXD-UBND',
      date: '2015-09-09',
      mode: 'interleaved',
      numberUnderTitle: true,
      tags: ['number under the title'],
    }),
    damage(gpxdNhaO({ id: 'gpxd-03', seed: 83, issuer: CA[0]!, number: '87/GPXD', date: '2025-10-30' }), {
      replace: [['Số: 87/GPXD', 'Số: 8T\n/GPXD']],
      tag: 'handwritten number split over two lines',
    }),
    gpxdNhaO({
      id: 'gpxd-04',
      seed: 84,
      issuer: E.hcmDistrict,
      number: '1532/GPXD',
      date: '2023-03-21',
      tags: ['place holds a digit'],
    }),
    gpxdCongTrinh({ id: 'gpxd-ct-01', seed: 85, issuer: so('Sở Xây dựng'), number: '19/GPXD-SXD', date: '2024-05-08' }),
    chungThucBanSao({
      id: 'ctbs-01',
      seed: 91,
      place: CB[0]!,
      date: '2023-05-12',
      number: '1520',
      book: '01/2023',
      paperDate: '2019-06-20',
    }),
    chungThucBanSao({
      id: 'ctbs-02',
      seed: 92,
      place: CA[0]!,
      date: '2025-09-22',
      number: '3411',
      book: '02/2025',
      paperDate: '2012-07-01',
    }),
    chungThucBanSao({
      id: 'ctbs-03',
      seed: 93,
      place: phong(D[1]!, 'Phòng Tư pháp'),
      date: '2019-09-19',
      number: '301',
      book: '01/2019',
      paperDate: '2015-06-30',
    }),
    damage(
      chungThucBanSao({
        id: 'ctbs-04',
        seed: 94,
        place: CB[3]!,
        date: '2022-12-01',
        number: '77',
        book: '01/2022',
        paperDate: '2020-06-18',
      }),
      {
        drop: ['CHỨNG THỰC BẢN SAO ĐÚNG'],
        tag: 'stamp heading lost under the seal',
      },
    ),
    chungThucChuKy({
      id: 'ctck-01',
      seed: 95,
      place: CB[1]!,
      date: '2021-07-06',
      number: '5',
      book: '01/2021',
      paperDate: '2021-07-06',
      until: '2026-12-31',
    }),
    chungThucChuKy({
      id: 'ctck-02',
      seed: 96,
      place: CA[3]!,
      date: '2025-11-14',
      number: '46',
      book: '01/2025',
      paperDate: '2025-11-13',
      until: '2027-11-13',
    }),
    chungThucChuKy({
      id: 'ctck-03',
      seed: 97,
      place: E.danangWard,
      date: '2024-02-01',
      number: '12',
      book: '01/2024',
      paperDate: '2024-02-01',
      until: '2025-02-01',
    }),
    gplx({ id: 'gplx-01', seed: 98, date: '2023-05-12', number: '110123456789', years: 10, police: false }),
    gplx({ id: 'gplx-02', seed: 99, date: '2025-04-18', number: '110987654321', years: 5, police: true }),
  ];
}

/** Handwritten or damaged numbers in decisions: the real number is not on any `Căn cứ` line. */
function damagedLetters(docs: CorpusDoc[]): CorpusDoc[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const out: CorpusDoc[] = [];
  const take = (id: string) => {
    const d = byId.get(id);
    if (!d) throw new Error(`corpus: no ${id}`);
    return d;
  };
  out.push(
    damage(
      { ...take('tro-cap-01'), id: 'tro-cap-01-split' },
      {
        replace: [['Số: 1204/QĐ-UBND', 'Số: 12T\n/QĐ-UBND']],
        tag: 'handwritten number split over two lines',
      },
    ),
    damage(
      { ...take('ruou-01'), id: 'ruou-01-ocr' },
      {
        replace: [
          ['GIẤY PHÉP BÁN LẺ RƯỢU', 'GIẤY PHÉP BẢN LẺ RUỢU'],
          ['Điều 1. Cho phép', 'Điều l. Cho phep'],
        ],
        tag: 'title misread',
      },
    ),
  );
  return out;
}

const fold = (s: string) => foldAccents(s).toLowerCase();

/**
 * A result typed null because the catalogue lacked its type takes the id of a catalogue type whose name
 * holds one of its `unknownAs` phrases, so the truth follows the catalogue as it grows.
 */
export function resolveUnknownTypes(
  docs: CorpusDoc[],
  catalogue: readonly { id: string; name: string }[],
): CorpusDoc[] {
  return docs.map((d) => {
    if (d.truth.kind !== 'result' || d.truth.docType !== null || !d.unknownAs) return d;
    const phrases = d.unknownAs.map(fold);
    const hit = catalogue.find((t) => phrases.some((p) => fold(t.name).includes(p)));
    return hit ? { ...d, truth: { ...d.truth, docType: hit.id }, tags: [...d.tags, 'type added to the catalogue'] } : d;
  });
}

let cached: CorpusDoc[] | null = null;

/** The whole text corpus (results and non-results), in a fixed order. */
export function textCorpus(): CorpusDoc[] {
  if (cached) return cached;
  const licences = licenceDocs();
  const docs = [
    ...civilStatus(),
    ...landAndRegistration(),
    ...licences,
    ...damagedLetters(licences),
    ...nonResultDocs(),
  ];
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`corpus: duplicate id ${d.id}`);
    seen.add(d.id);
  }
  cached = resolveUnknownTypes(docs, CATALOGUE);
  return cached;
}
