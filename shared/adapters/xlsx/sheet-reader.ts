/**
 * The XLSX reader of the imports (shared/use-cases/csv-import.ts's WorkbookReader): the first worksheet
 * with exceljs. Wired only where workbooks are read (the `sheets` function, local mode, the CLI), so the
 * `api` function's bundle holds no exceljs.
 */
import ExcelJS from 'exceljs';
import { looksLikeXlsx, type SheetRow, type WorkbookReader, XlsxReadError } from '#shared/use-cases/csv-import.ts';

/** One exceljs cell value as the text a CSV would hold; an Excel date becomes ISO `YYYY-MM-DD`. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Excel keeps dates without a time zone; exceljs gives them as that day at 00:00 UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

/**
 * The first worksheet of an XLSX workbook as rows of text cells, like parseCsv: `line` is the sheet's row
 * number (what Excel shows), empty rows are skipped.
 */
export const readXlsxSheet: WorkbookReader = async (bytes) => {
  if (!looksLikeXlsx(bytes)) throw new XlsxReadError('not an XLSX workbook (no zip signature)');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxReadError(`not a readable XLSX workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new XlsxReadError('the workbook has no sheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based and sparse.
    const values = Array.from(row.values as unknown[]).slice(1);
    const cells = values.map(cellText);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowNumber, cells });
  });
  return rows;
};
