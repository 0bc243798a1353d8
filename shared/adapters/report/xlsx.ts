/**
 * The report workbook (exceljs): "Tổng hợp" (levels and province), "Theo đơn vị" (one row per agency),
 * "Chờ xử lý" (documents waiting in review / rejected), and "Đơn vị đã sắp xếp" when agencies were
 * reorganized during the year. Numbers are real numbers with formats (percent `0.00%`, counts `#,##0`),
 * header rows are frozen, and text cells are guarded against formula injection.
 */
import ExcelJS from 'exceljs';
import type { ComplianceRow } from '#shared/domain/compliance.ts';
import { formatDmy } from '#shared/domain/vn-time.ts';
import type { ReportRenderer } from '#shared/ports.ts';
import type { ComplianceReport } from '#shared/use-cases/build-report.ts';
import { guardCell, hasPending, LEVEL_LABELS, overrideSentence, PENDING_HEADERS, rowNotes, verdict } from './format.ts';
import { provinceAuthority } from './html.ts';

export const SHEET_SUMMARY = 'Tổng hợp';
export const SHEET_AGENCIES = 'Theo đơn vị';
export const SHEET_PENDING = 'Chờ xử lý';
export const SHEET_FORMER = 'Đơn vị đã sắp xếp';

const PERCENT = '0.00%';
const COUNT = '#,##0';
const POINTS = '+0.00;-0.00;0.00';

interface Column {
  header: string;
  width: number;
  value: (row: ComplianceRow, index: number) => string | number | null;
  numFmt?: string;
}

const NUMBER_COLUMNS: Column[] = [
  { header: 'Tổng số KQ còn hiệu lực', width: 14, value: (r) => r.inventory, numFmt: COUNT },
  {
    header: 'Tổng số tạm tính',
    width: 10,
    value: (r) => (r.inventory === null ? null : r.inventoryEstimated ? 'Có' : ''),
  },
  { header: 'Số hóa trong kỳ', width: 12, value: (r) => r.digitizedInPeriod, numFmt: COUNT },
  { header: 'Lũy kế đã số hóa', width: 12, value: (r) => r.digitized, numFmt: COUNT },
  { header: 'Tỷ lệ', width: 10, value: (r) => r.rate, numFmt: PERCENT },
  { header: 'Chỉ tiêu năm', width: 10, value: (r) => r.target, numFmt: PERCENT },
  { header: 'Chênh lệch (điểm %)', width: 11, value: (r) => r.gapPoints, numFmt: POINTS },
  { header: 'Còn thiếu (KQ)', width: 11, value: (r) => r.shortfall, numFmt: COUNT },
  { header: 'Dự báo cuối năm', width: 11, value: (r) => r.forecast, numFmt: PERCENT },
  { header: 'Nguy cơ không đạt', width: 10, value: (r) => (r.atRisk === null ? null : r.atRisk ? 'Có' : 'Không') },
  { header: 'Đánh giá', width: 16, value: (r) => verdict(r) },
];

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.height = 42;
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EAF6' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
}

function safe(value: string | number | null): string | number | null {
  return typeof value === 'string' ? guardCell(value) : value;
}

/** Writes a titled table; returns nothing, freezes everything above the first data row. */
function table(
  sheet: ExcelJS.Worksheet,
  titleLines: string[],
  columns: Column[],
  rows: readonly ComplianceRow[],
  rowStyle?: (row: ComplianceRow, excelRow: ExcelJS.Row) => void,
): void {
  for (const line of titleLines) {
    const r = sheet.addRow([line]);
    r.font = { bold: r.number === 1 };
  }
  if (titleLines.length > 0) sheet.addRow([]);
  const header = sheet.addRow(columns.map((c) => c.header));
  styleHeader(header);
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  rows.forEach((row, index) => {
    const excelRow = sheet.addRow(columns.map((c) => safe(c.value(row, index))));
    columns.forEach((c, i) => {
      if (c.numFmt) excelRow.getCell(i + 1).numFmt = c.numFmt;
    });
    excelRow.alignment = { vertical: 'top', wrapText: true };
    rowStyle?.(row, excelRow);
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number, topLeftCell: `A${header.number + 1}` }];
}

function titles(report: ComplianceReport, what: string): string[] {
  return [
    `${provinceAuthority(report.provinceName)} – ${what}`,
    `Tiến độ số hóa kết quả giải quyết TTHC còn hiệu lực ${report.periodLabel}; số liệu đến hết ngày ${formatDmy(report.asOf)}`,
    `Chỉ tiêu: ${report.policy.name}${report.policy.hasTarget ? '' : ` (không quy định chỉ tiêu cho năm ${report.year})`}`,
  ];
}

const agencyColumns = (): Column[] => [
  { header: 'STT', width: 5, value: (_r, i) => i + 1 },
  { header: 'Mã đơn vị', width: 14, value: (r) => r.id ?? '' },
  { header: 'Cơ quan/đơn vị', width: 36, value: (r) => r.name },
  { header: 'Cấp', width: 7, value: (r) => (r.level ? LEVEL_LABELS[r.level] : '') },
  ...NUMBER_COLUMNS,
  { header: 'Ghi chú', width: 60, value: (r) => rowNotes(r).join(' ') },
];

/** Builds the workbook and returns the .xlsx bytes. */
export async function buildWorkbook(report: ComplianceReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'sohoa';
  workbook.created = new Date(report.generatedAt);

  const summary = workbook.addWorksheet(SHEET_SUMMARY);
  const summaryRows = [...report.levels, ...report.formerLevels, report.province];
  table(
    summary,
    titles(report, 'Tổng hợp theo cấp'),
    [
      { header: 'Cấp', width: 30, value: (r) => r.name },
      ...NUMBER_COLUMNS,
      { header: 'Ghi chú', width: 60, value: (r) => rowNotes(r).join(' ') },
    ],
    summaryRows,
    (row, excelRow) => {
      if (row.level === null) excelRow.font = { bold: true };
      if (row.frozenOn) excelRow.font = { italic: true, color: { argb: 'FF616161' } };
    },
  );
  const notes = [
    ...report.warnings.map((w) => w.message),
    `Chờ kiểm tra lại: ${report.pending.needsReview}; bị từ chối: ${report.pending.rejected}.`,
    overrideSentence(report.pending),
    `Nguồn chỉ tiêu: ${report.policy.source}`,
  ];
  summary.addRow([]);
  for (const n of notes) summary.addRow([guardCell(n)]);

  table(
    workbook.addWorksheet(SHEET_AGENCIES),
    titles(report, 'Chi tiết theo cơ quan, đơn vị'),
    agencyColumns(),
    report.agencies,
  );

  const pendingRows = report.agencies.filter((r) => hasPending(r.pending));
  table(
    workbook.addWorksheet(SHEET_PENDING),
    titles(report, 'Kết quả chờ xử lý'),
    [
      { header: 'STT', width: 5, value: (_r, i) => i + 1 },
      { header: 'Mã đơn vị', width: 14, value: (r) => r.id ?? '' },
      { header: 'Cơ quan/đơn vị', width: 40, value: (r) => r.name },
      { header: PENDING_HEADERS[0], width: 14, value: (r) => r.pending?.needsReview ?? 0, numFmt: COUNT },
      { header: PENDING_HEADERS[1], width: 14, value: (r) => r.pending?.rejected ?? 0, numFmt: COUNT },
      { header: PENDING_HEADERS[2], width: 16, value: (r) => r.pending?.awaitingConfirmation ?? 0, numFmt: COUNT },
      { header: PENDING_HEADERS[3], width: 18, value: (r) => r.pending?.overridden ?? 0, numFmt: COUNT },
    ],
    pendingRows,
  );
  const pendingSheet = workbook.getWorksheet(SHEET_PENDING)!;
  const p = report.pending;
  const total = pendingSheet.addRow([
    '',
    '',
    'Tổng cộng',
    p.needsReview,
    p.rejected,
    p.awaitingConfirmation,
    p.overridden,
  ]);
  total.font = { bold: true };
  for (const cell of [4, 5, 6, 7]) total.getCell(cell).numFmt = COUNT;

  if (report.formerAgencies.length > 0) {
    table(
      workbook.addWorksheet(SHEET_FORMER),
      [
        ...titles(report, 'Đơn vị đã sắp xếp trong năm'),
        'Số liệu chốt tại ngày kết thúc hoạt động; đã được tính vào đơn vị kế thừa, không cộng thêm vào tổng.',
      ],
      agencyColumns(),
      report.formerAgencies,
    );
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** File-name stem of a report's attachments (`bao-cao-so-hoa-2025-nam-2025-12-31`). */
export function reportStem(report: ComplianceReport): string {
  const kind = { month: 'thang', quarter: 'quy', year: 'nam' }[report.period];
  return `bao-cao-so-hoa-${report.year}-${kind}-${report.asOf}`;
}

/** The workbook part of the ReportRenderer port alone (the API function loads no chart renderer). */
export const workbookRenderer: Pick<ReportRenderer, 'workbook'> = {
  workbook: async (report) => ({ bytes: await buildWorkbook(report), fileName: `${reportStem(report)}.xlsx` }),
};
