/**
 * The report as CSV for Excel: UTF-8 with a BOM (otherwise Excel reads Vietnamese as mojibake), comma
 * separated, RFC 4180 quoting, rates as decimal fractions with a dot, every text cell guarded against
 * formula injection.
 */
import type { ComplianceRow } from '#shared/domain/compliance.ts';
import { type ComplianceReport, overdueMessage } from '#shared/use-cases/build-report.ts';
import { guardCell, LEVEL_LABELS, PENDING_HEADERS, rowNotes, verdict } from './format.ts';

const HEADER = [
  'Loại dòng',
  'Mã đơn vị',
  'Cơ quan/đơn vị',
  'Cấp',
  'Tổng số KQ còn hiệu lực',
  'Tổng số tạm tính',
  'Số hóa trong kỳ',
  'Lũy kế đã số hóa',
  'Tỷ lệ',
  'Chỉ tiêu năm',
  'Chênh lệch (điểm %)',
  'Còn thiếu (KQ)',
  'Dự báo cuối năm',
  'Nguy cơ không đạt',
  'Đánh giá',
  ...PENDING_HEADERS,
  'Ghi chú',
];

/** Text cells are guarded; numbers are written by us (a negative gap starts with `-` and must stay a number). */
function quote(value: string, isText = true): string {
  const guarded = isText ? guardCell(value) : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

const num = (v: number | null | undefined): Cell => [v === null || v === undefined ? '' : String(v), false];
type Cell = string | [string, boolean];
const bool = (v: boolean | null): string => (v === null ? '' : v ? 'có' : 'không');

function line(kind: string, row: ComplianceRow, extraNotes: readonly string[] = []): string {
  const cells: Cell[] = [
    kind,
    row.id ?? '',
    row.name,
    row.level ? LEVEL_LABELS[row.level] : '',
    num(row.inventory),
    row.inventory === null ? '' : bool(row.inventoryEstimated),
    num(row.digitizedInPeriod),
    num(row.digitized),
    num(row.rate),
    num(row.target),
    num(row.gapPoints),
    num(row.shortfall),
    num(row.forecast),
    bool(row.atRisk),
    verdict(row),
    num(row.pending?.needsReview),
    num(row.pending?.rejected),
    num(row.pending?.awaitingConfirmation),
    num(row.pending?.overridden),
    [...rowNotes(row), ...extraNotes].join(' '),
  ];
  return cells.map((c: Cell) => (typeof c === 'string' ? quote(c) : quote(c[0], c[1]))).join(',');
}

export function buildCsv(report: ComplianceReport): string {
  const lines = [HEADER.map((h) => quote(h)).join(',')];
  // Data quality: documents stuck in the pipeline (each agency's share is in its own notes).
  const provinceNotes =
    report.overdue.count > 0 ? [overdueMessage(report.overdue.count, report.overdue.afterHours)] : [];
  lines.push(line('Toàn tỉnh', report.province, provinceNotes));
  for (const r of report.levels) lines.push(line('Cấp', r));
  for (const r of report.formerLevels) lines.push(line('Cấp (cũ)', r));
  for (const r of report.agencies) lines.push(line('Đơn vị', r));
  for (const r of report.formerAgencies) lines.push(line('Đơn vị đã sắp xếp', r));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
