/**
 * CSV imports of agencies and inventory declarations (`sohoa agencies import`, `sohoa inventory import`):
 * every row validated with zod, bad rows reported with their line numbers, then written through the stores.
 */
import { z } from 'zod';
import { isSafeId } from '#shared/domain/object-keys.ts';
import { type Agency, type InventoryDeclaration, LEVELS } from '#shared/domain/types.ts';
import type { AgencyStore, InventoryStore } from '#shared/ports.ts';

/** One problem of one row; `line` is the 1-based line in the file (the header is line 1). */
export interface RowError {
  line: number;
  column?: string;
  message: string;
}

export interface ImportResult<T> {
  rows: T[];
  errors: RowError[];
}

/** RFC 4180 CSV: quoted fields, `""` escapes, CRLF or LF, a UTF-8 BOM tolerated. Returns rows with their line. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const source = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'not a real calendar date',
  );
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
          .split(';')
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
  totalValid: z.string().trim().regex(/^\d+$/, 'totalValid must be a whole number ≥ 0').transform(Number),
  estimated: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z
      .enum(['', 'true', 'false', 'yes', 'no', '1', '0', 'x', 'có', 'không'], {
        errorMap: () => ({ message: 'estimated must be true or false' }),
      })
      .transform((v) => ['true', 'yes', '1', 'x', 'có'].includes(v)),
  ),
});

function validateRows<S extends z.ZodTypeAny>(
  text: string,
  columns: readonly string[],
  schema: S,
): { rows: { line: number; value: z.infer<S> }[]; errors: RowError[] } {
  const parsed = parseCsv(text);
  const errors: RowError[] = [];
  const header = parsed[0];
  if (!header) return { rows: [], errors: [{ line: 1, message: 'the file is empty' }] };
  const names = header.cells.map((c) => c.trim());
  const missing = columns.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: [
        { line: header.line, message: `missing column(s) ${missing.join(', ')}; expected ${columns.join(',')}` },
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
        errors.push({ line, column: issue.path.join('.') || undefined, message: issue.message });
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
  const { rows, errors } = validateRows(text, AGENCY_COLUMNS, agencyRow);
  const ids = new Set(known);
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const previous = seen.get(value.id);
    if (previous !== undefined)
      errors.push({ line, column: 'id', message: `duplicate id (already on line ${previous})` });
    seen.set(value.id, line);
    ids.add(value.id);
  }
  for (const { line, value } of rows) {
    if (value.parentId && !ids.has(value.parentId)) {
      errors.push({ line, column: 'parentId', message: `unknown agency ${value.parentId}` });
    }
    if (value.successorId && !ids.has(value.successorId)) {
      errors.push({ line, column: 'successorId', message: `unknown agency ${value.successorId}` });
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

/** Validates an inventory CSV; every agency must be in `known`. */
export function validateInventoryCsv(
  text: string,
  known: ReadonlySet<string>,
  declaredBy = 'csv-import',
): ImportResult<InventoryDeclaration> {
  const { rows, errors } = validateRows(text, INVENTORY_COLUMNS, inventoryRow);
  for (const { line, value } of rows) {
    if (!known.has(value.agencyId)) {
      errors.push({
        line,
        column: 'agencyId',
        message: `unknown agency ${value.agencyId} (import it first with \`sohoa agencies import\`)`,
      });
    }
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
