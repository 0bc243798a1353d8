/**
 * What `POST /uploads` accepts: file types, size limit, file-name sanitizing, URL lifetime. Pure.
 */
import { z } from 'zod';
import { ValidationError } from '#shared/errors.ts';

export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const DEFAULT_UPLOAD_URL_TTL_SECONDS = 15 * 60;
/** How long SQS keeps a message, on the work queues and their dead-letter queues (infra/constructs/work-queue.ts). */
export const QUEUE_RETENTION_SECONDS = 14 * 24 * 3600;
/**
 * How long an upload session (and the `uploading` document) outlives its URL before the table's TTL deletes
 * it: longer than any message about its object can wait in a queue or its DLQ (14 days) plus a week to
 * redrive it, so nothing expires under a waiting message. The pipeline reconciler ends an upload that never
 * arrived `rejected: upload_expired` long before.
 */
export const UPLOAD_SESSION_GRACE_SECONDS = QUEUE_RETENTION_SECONDS + 7 * 24 * 3600;
/** Longest sanitized file name, in UTF-8 bytes: S3 keys are limited to 1024 bytes. */
export const MAX_FILE_NAME_BYTES = 200;

export const uploadRequestSchema = z.object({
  fileName: z.string().min(1).max(1000),
  contentType: z.string().min(1).max(200),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'sha256 must be 64 hex characters'),
});
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

/**
 * A file name safe to use as the last segment of an S3 key: NFC (so `ấ` typed on macOS and Windows is one
 * key), no path separators, control characters or `..`, trimmed, at most MAX_FILE_NAME_BYTES bytes with the
 * extension kept. Vietnamese letters are kept: clerks recognise their own file names.
 */
export function sanitizeFileName(name: string): string {
  let clean = name
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[/\\]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (clean === '') clean = 'tep-tai-len';
  if (Buffer.byteLength(clean) <= MAX_FILE_NAME_BYTES) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  let stem = clean.slice(0, ext ? dot : clean.length);
  // Cut by code points so a multi-byte letter is never split.
  const chars = [...stem];
  while (Buffer.byteLength(chars.join('') + ext) > MAX_FILE_NAME_BYTES) chars.pop();
  stem = chars.join('').trimEnd();
  return stem + ext;
}

/** Normalizes `image/jpg`-style aliases and parameters; returns null for a type we do not take. */
export function normalizeContentType(contentType: string): AllowedContentType | null {
  const base = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const aliased =
    base === 'image/jpg' || base === 'image/pjpeg' ? 'image/jpeg' : base === 'image/tif' ? 'image/tiff' : base;
  return (ALLOWED_CONTENT_TYPES as readonly string[]).includes(aliased) ? (aliased as AllowedContentType) : null;
}

/** Validates an upload request against the rules; throws `ValidationError` with a Vietnamese message. */
export function checkUploadRequest(
  body: unknown,
  limits: { maxUploadBytes: number },
): UploadRequest & { contentType: AllowedContentType; fileName: string } {
  const parsed = uploadRequestSchema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new ValidationError(
      'invalid_request',
      `invalid upload request: ${detail}`,
      'Yêu cầu tải lên không hợp lệ: cần fileName, contentType, size (byte) và sha256 (64 ký tự hex).',
    );
  }
  const contentType = normalizeContentType(parsed.data.contentType);
  if (!contentType) {
    throw new ValidationError(
      'unsupported_type',
      `unsupported content type ${parsed.data.contentType}`,
      'Định dạng tệp không được hỗ trợ; chỉ nhận PDF, JPEG, PNG, TIFF.',
    );
  }
  if (parsed.data.size === 0) {
    throw new ValidationError('empty_file', 'the file is empty (0 bytes)', 'Tệp rỗng (0 byte).');
  }
  if (parsed.data.size > limits.maxUploadBytes) {
    const mb = Math.floor(limits.maxUploadBytes / (1024 * 1024));
    throw new ValidationError(
      'file_too_large',
      `file of ${parsed.data.size} bytes exceeds the limit of ${limits.maxUploadBytes} bytes`,
      `Tệp vượt quá dung lượng tối đa ${mb} MB.`,
    );
  }
  return {
    ...parsed.data,
    contentType,
    sha256: parsed.data.sha256.toLowerCase(),
    fileName: sanitizeFileName(parsed.data.fileName),
  };
}

/** The `x-amz-checksum-sha256` header value: base64 of the digest bytes (S3 wants base64, clients give hex). */
export function sha256HexToBase64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}
