/**
 * Documents in the ND 30/2020/NĐ-CP layout: issuer block top left, national motto top right, `Số: …/…`,
 * place–date line, document type + trích yếu, `Căn cứ …` lines, body (Điều 1 …), signature block and
 * `Nơi nhận`. Used both for results that are decisions or licences (Giấy phép bán lẻ rượu under
 * ND 105/2017/NĐ-CP, GCN an toàn thực phẩm under ND 15/2018/NĐ-CP, decisions on social allowances under
 * ND 20/2021/NĐ-CP, land allocation and lease decisions under Luật Đất đai 2024) and for the official
 * non-results that mention result types.
 */
import { type CorpusDoc, type CorpusTruth, type Iso, nd30Date, nd30Header, type Place, person, rng } from './kit.ts';

export interface LetterSpec {
  id: string;
  form: string;
  seed: number;
  issuer: Place;
  /** Printed number, e.g. "15/GP-UBND"; null for a paper printed with a blank number. */
  number: string | null;
  date: Iso;
  /** Type line and trích yếu, e.g. ["QUYẾT ĐỊNH", "Về việc …"]. */
  title: string[];
  /** Authority line under the title, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO". */
  authority?: string;
  canCu?: string[];
  body: string[];
  signer?: string[];
  recipients?: string[];
  mode?: 'columns' | 'interleaved';
  /** Where the place–date line goes: in the header (default) or at the end above the signature. */
  dateAtEnd?: boolean;
  /** Override of the place in the place–date line (e.g. "Quận 3"). */
  placeName?: string;
  truth: Omit<CorpusTruth, 'title' | 'issuer' | 'level' | 'docNumber' | 'issueDate'> &
    Partial<Pick<CorpusTruth, 'title' | 'issuer' | 'level' | 'docNumber' | 'issueDate'>>;
  tags?: string[];
  unknownAs?: string[];
}

export function letter(s: LetterSpec): CorpusDoc {
  const r = rng(s.seed);
  const placeDate = `${s.placeName ?? s.issuer.short}, ${nd30Date(s.date)}`;
  const header = nd30Header(s.issuer.block, s.number, s.dateAtEnd ? '' : placeDate, s.mode).filter((l) => l !== '');
  const lines = [
    ...header,
    ...s.title,
    ...(s.authority ? [s.authority] : []),
    ...(s.canCu ?? []),
    ...s.body,
    ...(s.dateAtEnd ? [placeDate] : []),
    ...(s.recipients ? ['Nơi nhận:', ...s.recipients.map((x) => `- ${x};`)] : []),
    ...(s.signer ?? ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']),
    person(r),
  ];
  return {
    id: s.id,
    form: s.form,
    pages: [lines.join('\n')],
    truth: {
      title: s.title[0] ?? null,
      issuer: s.issuer.issuer,
      level: s.issuer.level,
      docNumber: s.number,
      issueDate: s.date,
      ...s.truth,
    },
    tags: s.tags ?? [],
    ...(s.unknownAs ? { unknownAs: s.unknownAs } : {}),
  };
}

/** The usual first `Căn cứ` line of a UBND decision (a law with its own date). */
export const CAN_CU_LUAT_TCCQDP =
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;';
export const CAN_CU_LUAT_2025 = 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;';
export const CAN_CU_XLVPHC =
  'Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính số 67/2020/QH14 ngày 13 tháng 11 năm 2020;';
