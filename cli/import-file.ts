import { readFile } from 'node:fs/promises';
import { type ImportFile, looksLikeXlsx } from '#shared/use-cases/csv-import.ts';

/** An import file from disk: an XLSX workbook (by its zip signature, whatever its name) or UTF-8 CSV text. */
export async function readImportFile(path: string): Promise<ImportFile> {
  const bytes = new Uint8Array(await readFile(path));
  return looksLikeXlsx(bytes) ? { xlsx: bytes } : Buffer.from(bytes).toString('utf8');
}
