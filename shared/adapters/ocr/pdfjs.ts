/**
 * The one place that loads pdfjs-dist (legacy build: the modern one needs browser APIs Node 20 lacks) and
 * turns its failures into `UnreadableDocumentError`s. Used by the pdf-text engine, page counting and the
 * rasterizer that feeds scanned PDFs to tesseract.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { UnreadableDocumentError } from '#shared/errors.ts';
import { looksEncryptedPdf } from './detect-file-type.ts';
import { unreadable } from './unreadable.ts';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
// pdfjs wants directory URLs with a trailing slash; they let it render PDFs that use the 14 standard fonts.
const standardFontDataUrl = `${join(pdfjsRoot, 'standard_fonts')}/`;
const cMapUrl = `${join(pdfjsRoot, 'cmaps')}/`;

export type { PDFDocumentProxy };

/**
 * Opens a PDF. Throws `encrypted_pdf` for a password-protected file and `corrupt_file` for anything pdfjs
 * cannot parse (truncated, not a PDF after all).
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw unreadable('empty_file');
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    // pdfjs does not export PasswordException; its name is the documented way to recognise it.
    if ((error as { name?: string }).name === 'PasswordException' || looksEncryptedPdf(bytes)) {
      throw unreadable('encrypted_pdf', { cause: error });
    }
    throw unreadable('corrupt_file', { detail: (error as Error).message, cause: error });
  }
}

/** Wraps a failure while reading pages of an opened PDF (broken objects surface lazily in pdfjs). */
export function pageFailure(error: unknown): Error {
  if (error instanceof UnreadableDocumentError) return error;
  return unreadable('corrupt_file', { detail: (error as Error)?.message, cause: error });
}
