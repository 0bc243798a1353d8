import { unreadable } from './unreadable.ts';

/** The file types sohoa accepts. */
export type FileType = 'pdf' | 'jpeg' | 'png' | 'tiff';

export const CONTENT_TYPES: Record<FileType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/**
 * The type of a file from its magic bytes (never from its name or declared content type), or null.
 * PDFs may carry a little garbage before `%PDF-` (readers accept up to 1024 bytes), so the header is
 * searched in the first kilobyte.
 */
export function detectFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  return null;
}

/** Like `detectFileType` but throws `UnreadableDocumentError` (`empty_file`, `unsupported_type`). */
export function requireFileType(bytes: Uint8Array, fileName?: string): FileType {
  if (bytes.length === 0) throw unreadable('empty_file', { detail: fileName });
  const type = detectFileType(bytes);
  if (!type) throw unreadable('unsupported_type', { detail: fileName });
  return type;
}

/**
 * Whether the PDF declares an /Encrypt dictionary in its trailer. A cheap byte scan: it lets us refuse a
 * password-protected file with the right reason before any parser runs (some only say "invalid PDF").
 */
export function looksEncryptedPdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  return /\/Encrypt\s/.test(tail) || /\/Encrypt\s*\d+\s+\d+\s+R/.test(tail);
}

/**
 * Number of pages of a PDF, read with pdfjs-dist. Throws `UnreadableDocumentError` for an encrypted or
 * corrupt file.
 */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const { openPdf } = await import('./pdfjs.ts');
  const doc = await openPdf(bytes);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}
