import { readFile } from 'node:fs/promises';
import { type ImportFile, looksLikeXlsx, type WorkbookReader } from '#shared/use-cases/csv-import.ts';

/** An import file from disk: an XLSX workbook (by its zip signature, whatever its name) or UTF-8 CSV text. */
export async function readImportFile(path: string): Promise<ImportFile> {
  const bytes = new Uint8Array(await readFile(path));
  return looksLikeXlsx(bytes) ? { xlsx: bytes } : Buffer.from(bytes).toString('utf8');
}

/** The XLSX reader (exceljs), loaded on the first workbook only: other commands do not evaluate exceljs. */
export const readWorkbook: WorkbookReader = async (bytes) =>
  (await import('#shared/adapters/xlsx/sheet-reader.ts')).readXlsxSheet(bytes);
