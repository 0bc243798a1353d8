/**
 * The CLI against a deployment's HTTP API (`--api URL`): the identity `sohoa login --api URL` stored
 * (refreshed as `upload` does), or an explicit `--token`. An API refusal becomes the command's one-line error:
 * the API's code and Vietnamese message, the English detail rows where the API gave them (CSV lines).
 */
import { accessTokenFor } from '#cli/auth/login.ts';
import { SohoaError, ValidationError } from '#shared/errors.ts';
import type { ImportFile } from '#shared/use-cases/csv-import.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A request body: JSON, CSV text or an XLSX workbook (the imports take either file). */
export type ApiBody = { json: unknown } | { csv: string } | { xlsx: Uint8Array };

/** The body of `POST /agencies/import` or `/inventory/import` for a file read by readImportFile. */
export function importBody(content: ImportFile): ApiBody {
  return typeof content === 'string' ? { csv: content } : { xlsx: content.xlsx };
}

export interface ApiTarget {
  apiUrl: string;
  token: string;
}

/** An API answer that is not 2xx (`{error, message, errors?}`), kept as the API said it. */
export class ApiCallError extends SohoaError {
  constructor(
    readonly status: number,
    code: string,
    detail: string,
    messageVi: string,
    rows?: readonly unknown[],
  ) {
    super(code, detail, messageVi, { userError: status < 500, ...(rows ? { details: rows } : {}) });
  }
}

export async function apiTarget(apiUrl: string, token?: string): Promise<ApiTarget> {
  const url = apiUrl.replace(/\/+$/, '');
  const resolved = token ?? (await accessTokenFor(url));
  if (!resolved) {
    throw new ValidationError(
      'not_signed_in',
      `not signed in to ${url} (or the session ended): run \`sohoa login --api ${url}\` first, or pass --token`,
      `Chưa đăng nhập vào ${url} hoặc phiên đăng nhập đã hết: hãy chạy \`sohoa login --api ${url}\`.`,
    );
  }
  return { apiUrl: url, token: resolved };
}

interface Row {
  line?: number;
  column?: string | null;
  message?: string;
  detail?: string;
}

/** `METHOD path` with a JSON or CSV body; the parsed JSON answer, or an ApiCallError. */
export async function callApi<T>(
  target: ApiTarget,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: ApiBody,
): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${target.token}` };
  let payload: BodyInit | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body && 'csv' in body) {
    headers['content-type'] = 'text/csv; charset=utf-8';
    payload = body.csv;
  } else if (body) {
    headers['content-type'] = XLSX_TYPE;
    // A copy on its own ArrayBuffer: what fetch takes as a binary body.
    payload = new Uint8Array(body.xlsx);
  }
  let response: Response;
  try {
    response = await fetch(`${target.apiUrl}${path}`, { method, headers, body: payload });
  } catch (error) {
    throw new ApiCallError(
      0,
      'network_error',
      `cannot reach ${target.apiUrl}: ${(error as Error).message}`,
      `Không kết nối được ${target.apiUrl}.`,
    );
  }
  const text = await response.text();
  let answer: unknown = null;
  try {
    answer = text ? JSON.parse(text) : null;
  } catch {
    answer = { message: text };
  }
  if (response.ok) return answer as T;
  const { error, message, errors } = (answer ?? {}) as { error?: string; message?: string; errors?: Row[] };
  const code = error ?? `http_${response.status}`;
  const rows = Array.isArray(errors) ? errors : undefined;
  const lines = (rows ?? []).map(
    (r) => `  line ${r.line}${r.column ? ` (${r.column})` : ''}: ${r.detail ?? r.message ?? ''}`,
  );
  const hint =
    response.status === 401 ? ` (sign in again: sohoa login --api ${target.apiUrl})` : message ? `: ${message}` : '';
  throw new ApiCallError(
    response.status,
    code,
    [`${method} ${path} answered ${response.status} ${code}${hint}`, ...lines].join('\n'),
    message ?? `Máy chủ trả lời ${response.status}.`,
    rows,
  );
}
