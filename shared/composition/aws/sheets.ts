/**
 * Composition of the sheets function: the api's table (shared/composition/aws/api.ts) plus exceljs, the
 * report's workbook for `GET /report/xlsx` and the XLSX reader of `POST /agencies/import` and
 * `POST /inventory/import`. It serves only those routes (shared/routes.ts, `fn: 'sheets'`), which use no
 * user directory, no presigner and no stored text: those are not wired (nor are their SDK clients bundled).
 */
import { type ApiDeps, makeApiHandler } from '#functions/api/handler.ts';
import { workbookRenderer } from '#shared/adapters/report/xlsx.ts';
import { readXlsxSheet } from '#shared/adapters/xlsx/sheet-reader.ts';
import { tableDepsFromEnv } from './api.ts';
import type { Env } from './env.ts';

/** A dependency the sheets routes never call: any call is a wiring mistake, not a request's. */
function notWired<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get: (_, key) => () => {
      throw new Error(`${what}.${String(key)} is not wired in the sheets function`);
    },
  });
}

export function sheetsHandlerFromEnv(env: Env = process.env) {
  return makeApiHandler({
    ...tableDepsFromEnv(env),
    users: notWired<ApiDeps['users']>('users'),
    presigner: notWired<ApiDeps['presigner']>('presigner'),
    objects: notWired<ApiDeps['objects']>('objects'),
    renderer: workbookRenderer,
    readWorkbook: readXlsxSheet,
    serves: 'sheets',
  });
}
