/**
 * Named errors with a machine-readable `code`, an English message for logs and a Vietnamese message for
 * clerks. HTTP mapping happens in one place (the api handler); the CLI prints `message` (English) and puts
 * `messageVi` in its JSON output.
 */
export class SohoaError extends Error {
  readonly code: string;
  readonly messageVi: string;
  /** Whether this is the caller's fault (bad input) rather than ours. */
  readonly userError: boolean;
  /** Per-item problems the caller can fix (CSV rows by line); the API answers them as `errors`. */
  readonly details?: readonly unknown[];

  constructor(
    code: string,
    message: string,
    messageVi: string,
    options?: { cause?: unknown; userError?: boolean; details?: readonly unknown[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.messageVi = messageVi;
    this.userError = options?.userError ?? true;
    if (options?.details) this.details = options.details;
  }
}

const EMAIL = /[^\s@<>"'`,;:()[\]]+@[^\s@<>"'`,;:()[\]]+\.[^\s@<>"'`,;:()[\].]{2,}/g;

/** `text` with every e-mail address replaced by `<e-mail>`: what may go into logs (no personal data there). */
export function redactEmails(text: string): string {
  return text.replace(EMAIL, '<e-mail>');
}

/** A file that no engine can ever read: zero bytes, corrupt, encrypted, unsupported type. Retrying cannot help. */
export class UnreadableDocumentError extends SohoaError {}

/** Input that breaks a contract (bad request body, bad CSV row, bad option). */
export class ValidationError extends SohoaError {}

/** A paging cursor that is not one we gave this caller for this listing (edited, forged, another agency's). */
export function invalidCursor(): ValidationError {
  return new ValidationError(
    'invalid_cursor',
    'the paging cursor is malformed or belongs to another listing',
    'Con trỏ phân trang (cursor) không hợp lệ; hãy tải lại danh sách từ trang đầu.',
  );
}

/** The thing asked for does not exist, or the caller may not see it (both answer 404). */
export class NotFoundError extends SohoaError {}

/**
 * The object store answered a server error (5xx) for a key: a fault of the storage, not a verdict on the
 * document, so it is retried (the queue, the reconciler's next pass), never turned into a rejection.
 */
export class StorageFaultError extends SohoaError {
  constructor(key: string, status: number, options?: { cause?: unknown }) {
    // The key up to its upload id (or the docId.json): file names may carry personal names.
    const where = key.split('/').slice(0, 3).join('/');
    super(
      'storage_fault',
      `object store answered ${status} for ${where}`,
      'Kho lưu trữ tạm thời lỗi; hệ thống sẽ thử lại.',
      {
        ...options,
        userError: false,
      },
    );
  }
}

/** Configuration missing or invalid at cold start. */
export class ConfigError extends SohoaError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config_invalid', message, 'Cấu hình hệ thống không hợp lệ.', { ...options, userError: false });
  }
}

/** The document is not extracted yet: retry later (SQS redelivery). */
export class NotReadyError extends SohoaError {
  constructor(docId: string, status: string) {
    super('not_ready', `document ${docId} is ${status}, not extracted yet`, 'Hồ sơ đang được xử lý.', {
      userError: false,
    });
  }
}

/** The job is not bound to a document yet (the notification overtook the extract write): retry later. */
export class UnknownJobError extends SohoaError {
  constructor(jobId: string) {
    super('unknown_job', `no document for OCR job ${jobId} yet`, 'Hồ sơ đang được xử lý.', { userError: false });
  }
}

/** Authenticated but not allowed (a viewer uploading); answers 403. */
export class ForbiddenError extends SohoaError {}

/** The caller (an agency) is over a fairness limit; try again later. Answers 429. */
export class TooManyRequestsError extends SohoaError {}

/** The request conflicts with the document's state (review of a document still being read); answers 409. */
export class ConflictError extends SohoaError {}

/** No usable identity in the request (the authorizer should have refused it); answers 401. */
export class UnauthorizedError extends SohoaError {}

/** Mail that cannot be sent (over the SES size limit, refused by SES). */
export class MailError extends SohoaError {}

/** A job that has not finished yet: the collector was woken too early. Transient, retry later. */
export class TextractJobNotReadyError extends Error {
  constructor(readonly jobId: string) {
    super(`textract job ${jobId} is still in progress`);
    this.name = 'TextractJobNotReadyError';
  }
}

/** Another process holds the local data directory. */
export class DataDirLockedError extends SohoaError {
  constructor(dataDir: string, pid: number) {
    super(
      'data_dir_locked',
      `the local data in ${dataDir} is in use by another sohoa process (pid ${pid}); stop it first, or use --data-dir`,
      `Dữ liệu cục bộ tại ${dataDir} đang được một tiến trình sohoa khác sử dụng (pid ${pid}). Hãy dừng tiến trình đó trước.`,
    );
  }
}
