import { UnreadableDocumentError } from '#shared/errors.ts';

/** Why no engine can read a file. Stable codes: the pipeline stores them as the `rejected` reason. */
export type UnreadableCode =
  | 'empty_file'
  | 'corrupt_file'
  | 'encrypted_pdf'
  | 'unsupported_type'
  | 'document_too_large'
  | 'too_many_pages'
  | 'ocr_timeout'
  | 'ocr_failed';

const MESSAGES: Record<UnreadableCode, { en: string; vi: string }> = {
  empty_file: { en: 'the file is empty (0 bytes)', vi: 'Tệp rỗng (0 byte).' },
  corrupt_file: {
    en: 'the file is corrupt or cannot be read',
    vi: 'Tệp PDF bị hỏng hoặc không đọc được.',
  },
  encrypted_pdf: {
    en: 'the PDF is password-protected; upload a copy without a password',
    vi: 'Tệp PDF được bảo vệ bằng mật khẩu; hãy tải lên bản không đặt mật khẩu.',
  },
  unsupported_type: {
    en: 'unsupported file type; only PDF, JPEG, PNG and TIFF are accepted',
    vi: 'Định dạng tệp không được hỗ trợ; chỉ nhận PDF, JPEG, PNG, TIFF.',
  },
  document_too_large: {
    en: 'the document is larger than the OCR service accepts',
    vi: 'Tệp hoặc ảnh quá lớn so với giới hạn nhận dạng văn bản; hãy quét lại ở độ phân giải 300 dpi.',
  },
  too_many_pages: {
    en: 'the document has more pages than the OCR limit',
    vi: 'Tệp có quá nhiều trang để nhận dạng; hãy tách thành từng hồ sơ riêng.',
  },
  ocr_timeout: {
    en: 'OCR of the document took longer than its time budget',
    vi: 'Nhận dạng văn bản vượt quá thời gian cho phép; hãy tách tệp hoặc quét lại rõ hơn.',
  },
  ocr_failed: {
    en: 'the OCR service could not read the document',
    vi: 'Dịch vụ nhận dạng văn bản không đọc được tệp này.',
  },
};

/** Vietnamese message for a corrupt image (the default corrupt message names PDF). */
const CORRUPT_IMAGE_VI = 'Tệp ảnh bị hỏng hoặc không đọc được.';

/**
 * Builds the `UnreadableDocumentError` for `code`. `detail` adds English context (file name, library
 * message) to the log message; the Vietnamese message stays the fixed, clerk-facing sentence.
 */
export function unreadable(
  code: UnreadableCode,
  options?: { detail?: string; cause?: unknown; image?: boolean },
): UnreadableDocumentError {
  const { en, vi } = MESSAGES[code];
  const message = options?.detail ? `${en} (${options.detail})` : en;
  const messageVi = code === 'corrupt_file' && options?.image ? CORRUPT_IMAGE_VI : vi;
  return new UnreadableDocumentError(code, message, messageVi, { cause: options?.cause });
}
