/**
 * The HTTP API client: bearer token, JSON in and out, and one error type whose `message` is always
 * Vietnamese (the API's own `message` when it gave one, otherwise a sentence saying what to do).
 */
/** One bad row of an import, as the API lists it (Vietnamese `message`). */
export interface RowProblem {
  line: number;
  column: string | null;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Imports: every bad row (CSV line or sheet row). */
    readonly rows: readonly RowProblem[] = [],
  ) {
    super(message);
  }
}

const FALLBACK_VI: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ. Kiểm tra lại thông tin đã nhập.',
  401: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  403: 'Tài khoản không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu yêu cầu.',
  409: 'Dữ liệu đã thay đổi; tải lại trang rồi thử lại.',
  413: 'Nội dung gửi lên quá lớn.',
};

export const NETWORK_ERROR_VI = 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.';

/** A message that looks Vietnamese (has a Vietnamese letter); API Gateway's own answers are English. */
function isVietnamese(text: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(text);
}

export function errorFromResponse(status: number, body: unknown): ApiError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof record.error === 'string' ? record.error : `http_${status}`;
  const message =
    typeof record.message === 'string' && isVietnamese(record.message)
      ? record.message
      : (FALLBACK_VI[status] ?? 'Máy chủ đang gặp lỗi. Vui lòng thử lại sau ít phút.');
  const rows = Array.isArray(record.errors)
    ? (record.errors as unknown[]).flatMap((e) => {
        const row = e as Partial<RowProblem>;
        return typeof row?.line === 'number' && typeof row.message === 'string'
          ? [{ line: row.line, column: typeof row.column === 'string' ? row.column : null, message: row.message }]
          : [];
      })
    : [];
  return new ApiError(status, code, message, rows);
}

export interface ApiClient {
  readonly baseUrl: string;
  request<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T>;
  get<T>(path: string): Promise<T>;
  /** A file the API answers (e.g. the report's XLSX), with the name its Content-Disposition gives. */
  download(path: string): Promise<{ blob: Blob; fileName: string | null }>;
}

export function makeApiClient(
  baseUrl: string,
  token: () => string | null,
  onUnauthorized?: () => void,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): ApiClient {
  const request = async <T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> => {
    const headers: Record<string, string> = {};
    const bearer = token();
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    let payload: BodyInit | undefined;
    if (body !== undefined) {
      headers['content-type'] = contentType ?? 'application/json';
      payload =
        (typeof body === 'string' && contentType) || body instanceof Blob ? (body as BodyInit) : JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { method, headers, body: payload });
    } catch {
      throw new ApiError(0, 'network_error', NETWORK_ERROR_VI);
    }
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!response.ok) {
      if (response.status === 401) onUnauthorized?.();
      throw errorFromResponse(response.status, parsed);
    }
    return parsed as T;
  };
  const download = async (path: string) => {
    const headers: Record<string, string> = {};
    const bearer = token();
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { method: 'GET', headers });
    } catch {
      throw new ApiError(0, 'network_error', NETWORK_ERROR_VI);
    }
    if (!response.ok) {
      if (response.status === 401) onUnauthorized?.();
      let parsed: unknown = null;
      try {
        parsed = await response.json();
      } catch {
        parsed = null;
      }
      throw errorFromResponse(response.status, parsed);
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
    return { blob: await response.blob(), fileName };
  };
  return { baseUrl, request, get: (path) => request('GET', path), download };
}

/** `?a=1&b=x` from the defined values only. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
