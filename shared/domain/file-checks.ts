/**
 * Defence in depth for uploaded files: the presigned URL makes S3 enforce the declared size, type and
 * SHA-256, but the local emulator does not, and a byte check is cheap. Pure (hashing is in node:crypto).
 */
import { createHash } from 'node:crypto';

/** Content type of a file from its magic bytes (the same signatures as the OCR adapters' detectFileType). */
export function sniffContentType(
  bytes: Uint8Array,
): 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff' | null {
  const starts = (sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  // Readers accept up to 1024 bytes of junk before the PDF header.
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return 'application/pdf';
  return null;
}

/** Whether a PDF's trailer declares an /Encrypt dictionary (password-protected). */
function looksEncryptedPdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(tail) || /\/Encrypt\s/.test(tail);
}

/** Why a file was refused before any OCR; stored as the document's `reason`. */
export type FileRejection = {
  reason: 'empty_file' | 'size_mismatch' | 'checksum_mismatch' | 'type_mismatch' | 'unsupported_type' | 'encrypted_pdf';
  message: string;
  messageVi: string;
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checks the stored bytes against what the client declared when it asked for the URL. Returns null when
 * they match, else the rejection to record.
 */
export function checkUploadedFile(
  bytes: Uint8Array,
  declared: { size: number; sha256: string; contentType: string },
): FileRejection | null {
  if (bytes.length === 0) {
    return { reason: 'empty_file', message: 'the file is empty (0 bytes)', messageVi: 'Tệp rỗng (0 byte).' };
  }
  if (bytes.length !== declared.size) {
    return {
      reason: 'size_mismatch',
      message: `stored size ${bytes.length} differs from declared size ${declared.size}`,
      messageVi: `Kích thước tệp (${bytes.length} byte) khác với kích thước đã khai báo (${declared.size} byte).`,
    };
  }
  if (sha256Hex(bytes) !== declared.sha256.toLowerCase()) {
    return {
      reason: 'checksum_mismatch',
      message: 'the SHA-256 of the stored file differs from the declared one',
      messageVi: 'Mã kiểm tra SHA-256 của tệp không khớp với mã đã khai báo; tệp có thể đã bị thay đổi.',
    };
  }
  const type = sniffContentType(bytes);
  if (!type) {
    return {
      reason: 'unsupported_type',
      message: 'unsupported file type (magic bytes)',
      messageVi: 'Định dạng tệp không được hỗ trợ; chỉ nhận PDF, JPEG, PNG, TIFF.',
    };
  }
  if (type !== declared.contentType) {
    return {
      reason: 'type_mismatch',
      message: `file content is ${type} but ${declared.contentType} was declared`,
      messageVi: 'Nội dung tệp không đúng với định dạng đã khai báo.',
    };
  }
  if (type === 'application/pdf' && looksEncryptedPdf(bytes)) {
    return {
      reason: 'encrypted_pdf',
      message: 'the PDF is password-protected',
      messageVi: 'Tệp PDF được bảo vệ bằng mật khẩu; hãy tải lên bản không đặt mật khẩu.',
    };
  }
  return null;
}
