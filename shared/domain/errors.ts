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

  constructor(code: string, message: string, messageVi: string, options?: { cause?: unknown; userError?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.messageVi = messageVi;
    this.userError = options?.userError ?? true;
  }
}

/** A file that no engine can ever read: zero bytes, corrupt, encrypted, unsupported type. Retrying cannot help. */
export class UnreadableDocumentError extends SohoaError {}

/** Input that breaks a contract (bad request body, bad CSV row, bad option). */
export class ValidationError extends SohoaError {}

/** The thing asked for does not exist, or the caller may not see it (both answer 404). */
export class NotFoundError extends SohoaError {}

/** Configuration missing or invalid at cold start. */
export class ConfigError extends SohoaError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config_invalid', message, 'Cấu hình hệ thống không hợp lệ.', { ...options, userError: false });
  }
}
