/**
 * What `POST /uploads` accepts: file types, size limit, file-name sanitizing, URL lifetime. Pure.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { displayFileName, HIDDEN_CHARACTERS } from '#shared/domain/file-names.ts';
import { ValidationError } from '#shared/errors.ts';

export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** S3's limit for one PUT, so for one presigned upload: no larger `maxUploadBytes` can work. */
export const MAX_SINGLE_PUT_BYTES = 5 * 1024 ** 3;
export const DEFAULT_UPLOAD_URL_TTL_SECONDS = 15 * 60;
/**
 * Fairness, per agency (create-upload): documents still `uploading` whose URL was issued within the URL
 * lifetime, and bytes presigned per Vietnam day. Four browsers or CLIs at 4 files at a time stay far below
 * the first; the second is about 5,000 typical scans a day. Both configurable (docs/deploy.md).
 */
export const DEFAULT_MAX_UPLOADS_IN_FLIGHT = 200;
export const DEFAULT_MAX_UPLOAD_BYTES_PER_DAY = 10 * 1024 ** 3;
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
 * Most page images in one document sent one file per page (the OCR page cap, shared/adapters/ocr/limits.ts
 * DEFAULT_OCR_LIMITS.maxPages, applies again to the total when the pages are read).
 */
export const MAX_UPLOAD_PAGES = 200;
/** What a document sent as one image per page may hold: images only (a PDF already is a multi-page document). */
export const PAGE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/tiff'] as const;

/**
 * One document made of several page images (phone scanning apps give one image per page): the pages in
 * reading order, each declared like a single file; `fileName` optionally names the document (default: page 1's).
 */
export const multiPageUploadSchema = z.object({
  fileName: z.string().min(1).max(1000).optional(),
  pages: z.array(uploadRequestSchema).min(1).max(MAX_UPLOAD_PAGES),
});
export type MultiPageUploadRequest = z.infer<typeof multiPageUploadSchema>;

/** The body of `POST /uploads`: one file, or one document of several page images. */
export const uploadBodySchema = z.union([uploadRequestSchema, multiPageUploadSchema]);

/** A checked page of a multi-page upload. */
export type CheckedPage = UploadRequest & { contentType: AllowedContentType; fileName: string };

/**
 * A file name safe to use as the last segment of an S3 key: NFC (so `ấ` typed on macOS and Windows is one
 * key), no path separators, control characters or `..`, trimmed, at most MAX_FILE_NAME_BYTES bytes with the
 * extension kept. Vietnamese letters are kept: clerks recognise their own file names.
 */
export function sanitizeFileName(name: string): string {
  let clean = name
    .normalize('NFC')
    .replace(HIDDEN_CHARACTERS, '')
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

/** Whether a `POST /uploads` body asks for a document of several page images (it carries `pages`). */
export function isMultiPageBody(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'pages' in body;
}

/**
 * Validates a multi-page upload request: each page as a single file (type, size), images only, and the
 * pages together within the single-file limit (the extract stage holds one document's bytes at once).
 * Throws `ValidationError` with a Vietnamese message naming the page.
 */
export function checkMultiPageRequest(
  body: unknown,
  limits: { maxUploadBytes: number },
): { fileName: string; originalFileName?: string; pages: CheckedPage[]; size: number; sha256: string } {
  const parsed = multiPageUploadSchema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new ValidationError(
      'invalid_request',
      `invalid multi-page upload request: ${detail}`,
      `Yêu cầu tải lên không hợp lệ: pages cần từ 1 đến ${MAX_UPLOAD_PAGES} trang, mỗi trang có fileName, contentType, size (byte) và sha256 (64 ký tự hex).`,
    );
  }
  const pages = parsed.data.pages.map((page, i) => {
    try {
      const checked = checkUploadRequest(page, limits);
      if (!(PAGE_CONTENT_TYPES as readonly string[]).includes(checked.contentType)) {
        throw new ValidationError(
          'unsupported_type',
          `page of type ${checked.contentType} in a multi-page document`,
          'Hồ sơ nhiều trang chỉ nhận ảnh JPEG, PNG, TIFF; tệp PDF hãy tải lên riêng.',
        );
      }
      return checked;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      throw new ValidationError(
        error.code,
        `page ${i + 1}: ${error.message}`,
        `Trang ${i + 1} (${sanitizeFileName(page.fileName)}): ${error.messageVi}`,
      );
    }
  });
  const size = pages.reduce((sum, p) => sum + p.size, 0);
  if (size > limits.maxUploadBytes) {
    const mb = Math.floor(limits.maxUploadBytes / (1024 * 1024));
    throw new ValidationError(
      'file_too_large',
      `pages of ${size} bytes together exceed the limit of ${limits.maxUploadBytes} bytes`,
      `Tổng dung lượng các trang vượt quá ${mb} MB.`,
    );
  }
  const first = pages[0] as CheckedPage;
  return {
    ...fileNames(parsed.data.fileName ?? parsed.data.pages[0]?.fileName ?? first.fileName),
    pages,
    size,
    sha256: documentDigest(pages.map((p) => p.sha256)),
  };
}

/**
 * The content digest of a document sent as page images: SHA-256 of its pages' hex digests in order, one a
 * line. The same pages in the same order give the same digest (the duplicate check); one page alone does
 * not collide with the same image sent as a single file.
 */
export function documentDigest(pageSha256s: readonly string[]): string {
  return createHash('sha256')
    .update(`sohoa-pages\n${pageSha256s.map((h) => h.toLowerCase()).join('\n')}`)
    .digest('hex');
}

/** Validates an upload request against the rules; throws `ValidationError` with a Vietnamese message. */
export function checkUploadRequest(
  body: unknown,
  limits: { maxUploadBytes: number },
): UploadRequest & { contentType: AllowedContentType; fileName: string; originalFileName?: string } {
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
    ...fileNames(parsed.data.fileName),
  };
}

/**
 * The sanitized name (keys, headers, listings) and, when it differs from what was sent (bidi or zero-width
 * characters, separators…), the original escaped for display (`displayFileName`).
 */
export function fileNames(sent: string): { fileName: string; originalFileName?: string } {
  const fileName = sanitizeFileName(sent);
  const shown = displayFileName(sent);
  return shown === fileName ? { fileName } : { fileName, originalFileName: shown };
}

/** The `x-amz-checksum-sha256` header value: base64 of the digest bytes (S3 wants base64, clients give hex). */
export function sha256HexToBase64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}
