/**
 * CSV and XLSX imports of agencies and inventory declarations (`sohoa agencies import`, `sohoa inventory
 * import`, `POST /agencies/import`, `POST /inventory/import`): CSV read with csv-parse (`,` or `;`, BOM),
 * XLSX through an injected WorkbookReader (exceljs: shared/adapters/xlsx/sheet-reader.ts), dates as dd/mm/yyyy, ISO or
 * Excel dates; every row validated with zod, bad rows reported with their line (the CSV line, the sheet's
 * row number) in English and Vietnamese, then written through the stores.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isSafeId } from '#shared/domain/object-keys.ts';
import { type Agency, type InventoryDeclaration, LEVELS } from '#shared/domain/types.ts';
import type { AgencyStore, InventoryStore } from '#shared/ports.ts';
import { declarationDateProblem, MAX_INVENTORY_COUNT } from './declare-inventory.ts';

/** One problem of one row; `line` is the 1-based line in the file (the header is line 1). */
export interface RowError {
  line: number;
  column?: string;
  /** English, for the CLI and logs. */
  message: string;
  /** Vietnamese, for the web app and the API. */
  messageVi: string;
}

export interface ImportResult<T> {
  rows: T[];
  errors: RowError[];
}

/** `;` when the header line holds more `;` than `,` (Excel on a Vietnamese Windows), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * RFC 4180 CSV read with csv-parse: quoted fields, `""` escapes, CRLF or LF, a UTF-8 BOM, `,` or `;`
 * (detected from the header). Returns rows with the line each starts on; blank lines are skipped.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new CsvSyntaxError(line, (error as Error).message);
  }
  return records
    .filter(({ record }) => record.length > 1 || (record[0] ?? '').trim() !== '')
    .map(({ record, info }) => {
      const newlines = record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
      return { line: info.lines - newlines, cells: record };
    });
}

/** A file csv-parse cannot read (an unclosed quote, for example), with the line it stopped on. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: not valid CSV (${detail})`);
  }
}

/** A workbook exceljs cannot open (not a zip, or no worksheet). */
export class XlsxReadError extends Error {}

/** What an import reads: CSV text, or the bytes of an XLSX workbook. */
export type ImportFile = string | { xlsx: Uint8Array };

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** True for the bytes of a zip archive (an XLSX workbook): `PK\x03\x04`. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Rows of text cells as parseCsv gives them; `line` is the 1-based line (or sheet row) number. */
export type SheetRow = { line: number; cells: string[] };

/**
 * Reads the first worksheet of an XLSX workbook as rows of text cells (shared/adapters/xlsx/sheet-reader.ts,
 * exceljs), throwing XlsxReadError for a file it cannot open. Injected, so that what validates CSV imports
 * (and the `api` function) never reaches exceljs.
 */
export type WorkbookReader = (bytes: Uint8Array) => Promise<SheetRow[]>;

/** `dd/mm/yyyy` (or `d/m/yyyy`, `-` or `.` separated) becomes ISO `yyyy-mm-dd`; anything else is left as is. */
function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : value.trim();
}

const isoDate = z.preprocess(
  toIsoDate,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD or dd/mm/yyyy')
    .refine(
      (value) =>
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      'not a real calendar date',
    ),
);

/** Vietnamese for each English message the schemas and checks produce. */
const VI: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^expected a date/, () => 'Ngày phải có dạng dd/mm/yyyy hoặc YYYY-MM-DD.'],
  [/^not a real calendar date/, () => 'Ngày không có thật trên lịch.'],
  [/^agency id:/, () => 'Mã cơ quan chỉ gồm chữ không dấu, chữ số, `.`, `-`, `_` (ví dụ: so-tu-phap).'],
  [/^name is required/, () => 'Thiếu tên cơ quan.'],
  [/^not a valid e-mail/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^validTo is before validFrom/, () => 'Ngày hết hiệu lực (validTo) trước ngày bắt đầu (validFrom).'],
  [/^an agency cannot succeed itself/, () => 'Cơ quan không thể là cơ quan kế thừa của chính mình.'],
  [/^totalValid must be/, () => 'totalValid phải là số nguyên ≥ 0.'],
  [/^estimated must be/, () => 'estimated phải là true/false (có/không).'],
  [/^duplicate id \(already on line (\d+)\)/, (m) => `Mã cơ quan bị trùng (đã có ở dòng ${m[1]}).`],
  [/^unknown agency (\S+)/, (m) => `Không có cơ quan mã ${m[1]} (cần nhập danh sách cơ quan trước).`],
  [/^missing column\(s\) ([^;]+);/, (m) => `Thiếu cột: ${m[1]}.`],
  [/^the file is empty/, () => 'Tệp rỗng.'],
  [/not valid CSV/, () => 'Tệp không đúng định dạng CSV (ví dụ: dấu ngoặc kép chưa đóng).'],
  [/XLSX workbook/, () => 'Tệp không phải bảng tính Excel (.xlsx) đọc được.'],
  [/^the workbook has no sheet/, () => 'Bảng tính không có trang (sheet) nào.'],
  [/^Invalid enum value/, () => 'Giá trị không nằm trong danh sách cho phép (level: province, district, commune).'],
];

function rowError(line: number, column: string | undefined, message: string, messageVi?: string): RowError {
  if (messageVi) return { line, ...(column ? { column } : {}), message, messageVi };
  for (const [pattern, vi] of VI) {
    const m = pattern.exec(message);
    if (m) return { line, ...(column ? { column } : {}), message, messageVi: vi(m) };
  }
  return {
    line,
    ...(column ? { column } : {}),
    message,
    messageVi: column ? `Giá trị không hợp lệ ở cột ${column}.` : 'Dòng không hợp lệ.',
  };
}

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable());
const agencyId = z.string().trim().refine(isSafeId, 'agency id: letters, digits, `.`, `-`, `_` only (e.g. so-tu-phap)');

const agencyRow = z
  .object({
    id: agencyId,
    name: z.string().trim().min(1, 'name is required'),
    level: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
      z.enum(LEVELS as [string, ...string[]]),
    ),
    parentId: optional(agencyId),
    email: z
      .string()
      .transform((value) =>
        value
          .split(/[;,]/)
          .map((e) => e.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().email('not a valid e-mail address'))),
    validFrom: optional(isoDate),
    validTo: optional(isoDate),
    successorId: optional(agencyId),
  })
  .refine((a) => !a.validFrom || !a.validTo || a.validFrom <= a.validTo, {
    message: 'validTo is before validFrom',
    path: ['validTo'],
  })
  .refine((a) => a.successorId !== a.id, { message: 'an agency cannot succeed itself', path: ['successorId'] });

const inventoryRow = z.object({
  agencyId,
  asOf: isoDate,
  totalValid: z
    .string()
    .trim()
    .regex(/^\d+$/, 'totalValid must be a whole number ≥ 0')
    .transform(Number)
    .refine((n) => n <= MAX_INVENTORY_COUNT, `totalValid must be a whole number ≥ 0, at most ${MAX_INVENTORY_COUNT}`),
  estimated: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z
      .enum(['', 'true', 'false', 'yes', 'no', '1', '0', 'x', 'có', 'không'], {
        errorMap: () => ({ message: 'estimated must be true or false' }),
      })
      .transform((v) => ['true', 'yes', '1', 'x', 'có'].includes(v)),
  ),
});

type Parsed = { line: number; cells: string[] }[] | RowError;

function readCsv(text: string): Parsed {
  try {
    return parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return rowError(error.line, undefined, error.message);
  }
}

/** The rows of a CSV text or an XLSX workbook, or the one error that stops reading it. */
async function readFile(file: ImportFile, readWorkbook: WorkbookReader | undefined): Promise<Parsed> {
  if (typeof file === 'string') return readCsv(file);
  if (!readWorkbook) throw new Error('no workbook reader here: XLSX imports are read where exceljs is wired');
  try {
    return await readWorkbook(file.xlsx);
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    return rowError(1, undefined, error.message);
  }
}

function validateRows<S extends z.ZodTypeAny>(
  parsed: Parsed,
  columns: readonly string[],
  schema: S,
): { rows: { line: number; value: z.infer<S> }[]; errors: RowError[] } {
  if (!Array.isArray(parsed)) return { rows: [], errors: [parsed] };
  const errors: RowError[] = [];
  const header = parsed[0];
  if (!header) return { rows: [], errors: [rowError(1, undefined, 'the file is empty')] };
  const names = header.cells.map((c) => c.trim());
  const missing = columns.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: [
        rowError(header.line, undefined, `missing column(s) ${missing.join(', ')}; expected ${columns.join(',')}`),
      ],
    };
  }
  const rows: { line: number; value: z.infer<S> }[] = [];
  for (const { line, cells } of parsed.slice(1)) {
    const record: Record<string, string> = {};
    names.forEach((name, i) => {
      record[name] = cells[i] ?? '';
    });
    const result = schema.safeParse(record);
    if (result.success) rows.push({ line, value: result.data });
    else {
      for (const issue of result.error.issues) {
        errors.push(rowError(line, issue.path.join('.') || undefined, issue.message));
      }
    }
  }
  return { rows, errors };
}

export const AGENCY_COLUMNS = [
  'id',
  'name',
  'level',
  'parentId',
  'email',
  'validFrom',
  'validTo',
  'successorId',
] as const;
export const INVENTORY_COLUMNS = ['agencyId', 'asOf', 'totalValid', 'estimated'] as const;

/** Validates an agencies CSV; references (parent, successor) must exist in the file or in `known`. */
export function validateAgenciesCsv(text: string, known: ReadonlySet<string> = new Set()): ImportResult<Agency> {
  return validateAgencies(readCsv(text), known);
}

/** Validates an agencies CSV or XLSX sheet (same columns, same rules). */
export async function validateAgenciesFile(
  file: ImportFile,
  known: ReadonlySet<string> = new Set(),
  readWorkbook?: WorkbookReader,
): Promise<ImportResult<Agency>> {
  return validateAgencies(await readFile(file, readWorkbook), known);
}

function validateAgencies(parsed: Parsed, known: ReadonlySet<string>): ImportResult<Agency> {
  const { rows, errors } = validateRows(parsed, AGENCY_COLUMNS, agencyRow);
  const ids = new Set(known);
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const previous = seen.get(value.id);
    if (previous !== undefined) errors.push(rowError(line, 'id', `duplicate id (already on line ${previous})`));
    seen.set(value.id, line);
    ids.add(value.id);
  }
  for (const { line, value } of rows) {
    if (value.parentId && !ids.has(value.parentId)) {
      errors.push(rowError(line, 'parentId', `unknown agency ${value.parentId}`));
    }
    if (value.successorId && !ids.has(value.successorId)) {
      errors.push(rowError(line, 'successorId', `unknown agency ${value.successorId}`));
    }
  }
  const agencies = rows.map(
    ({ value }): Agency => ({
      id: value.id,
      name: value.name,
      level: value.level as Agency['level'],
      parentId: value.parentId,
      emails: value.email,
      validFrom: value.validFrom,
      validTo: value.validTo,
      successorId: value.successorId,
    }),
  );
  return { rows: agencies, errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * Validates an inventory CSV; every agency must be in `known`. With `dates`, each `asOf` also follows the
 * declaration rule (`declarationDateProblem`: not in the future, not after the agency's `validTo`).
 */
export function validateInventoryCsv(
  text: string,
  known: ReadonlySet<string>,
  declaredBy = 'csv-import',
  dates?: InventoryDates,
): ImportResult<InventoryDeclaration> {
  return validateInventory(readCsv(text), known, declaredBy, dates);
}

/** Validates an inventory CSV or XLSX sheet. */
export async function validateInventoryFile(
  file: ImportFile,
  known: ReadonlySet<string>,
  declaredBy = 'csv-import',
  dates?: InventoryDates,
  readWorkbook?: WorkbookReader,
): Promise<ImportResult<InventoryDeclaration>> {
  return validateInventory(await readFile(file, readWorkbook), known, declaredBy, dates);
}

/** What declaration dates are checked against: each agency's validTo, and today (Vietnam time). */
type InventoryDates = { agencies: ReadonlyMap<string, Pick<Agency, 'id' | 'validTo'>>; today: string };

function validateInventory(
  parsed: Parsed,
  known: ReadonlySet<string>,
  declaredBy: string,
  dates: InventoryDates | undefined,
): ImportResult<InventoryDeclaration> {
  const { rows, errors } = validateRows(parsed, INVENTORY_COLUMNS, inventoryRow);
  for (const { line, value } of rows) {
    if (!known.has(value.agencyId)) {
      errors.push(
        rowError(line, 'agencyId', `unknown agency ${value.agencyId} (import it first with \`sohoa agencies import\`)`),
      );
      continue;
    }
    const agency = dates?.agencies.get(value.agencyId);
    const problem = dates && agency ? declarationDateProblem(value.asOf, agency, dates.today) : null;
    if (problem) errors.push(rowError(line, 'asOf', problem.detail, problem.vi));
  }
  const declarations = rows.map(
    ({ value }): InventoryDeclaration => ({
      agencyId: value.agencyId,
      asOf: value.asOf,
      totalValid: value.totalValid,
      estimated: value.estimated,
      declaredBy,
    }),
  );
  return { rows: declarations, errors: errors.sort((a, b) => a.line - b.line) };
}

export async function importAgencies(store: AgencyStore, agencies: Agency[]): Promise<void> {
  for (const agency of agencies) await store.put(agency);
}

export async function importInventory(store: InventoryStore, declarations: InventoryDeclaration[]): Promise<void> {
  for (const declaration of declarations) await store.declare(declaration);
}
