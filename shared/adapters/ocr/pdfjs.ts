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
import { checkPageCount, checkPixels, type OcrLimits, resolveOcrLimits } from './limits.ts';
import { unreadable } from './unreadable.ts';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
// pdfjs wants directory URLs with a trailing slash; they let it render PDFs that use the 14 standard fonts.
const standardFontDataUrl = `${join(pdfjsRoot, 'standard_fonts')}/`;
const cMapUrl = `${join(pdfjsRoot, 'cmaps')}/`;

export type { PDFDocumentProxy };

/** Largest canvas pdfjs may allocate internally (masks, patterns, groups): 4200² RGBA with room to spare. */
const CANVAS_MAX_AREA_BYTES = 4 * 4200 * 4200 * 2;

/**
 * Opens a PDF. Throws `encrypted_pdf` for a password-protected file, `corrupt_file` for anything pdfjs
 * cannot parse (truncated, not a PDF after all) and `too_many_pages` above the page cap. pdfjs runs with
 * limits: images above `maxPixels` are never decoded, internal canvases are bounded, no `eval`.
 */
export async function openPdf(bytes: Uint8Array, limits: OcrLimits = resolveOcrLimits()): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw unreadable('empty_file');
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    maxImageSize: limits.maxPixels,
    canvasMaxAreaInBytes: CANVAS_MAX_AREA_BYTES,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    // pdfjs does not export PasswordException; its name is the documented way to recognise it.
    if ((error as { name?: string }).name === 'PasswordException' || looksEncryptedPdf(bytes)) {
      throw unreadable('encrypted_pdf', { cause: error });
    }
    throw unreadable('corrupt_file', { detail: (error as Error).message, cause: error });
  }
  try {
    checkPageCount(doc.numPages, limits);
  } catch (error) {
    await doc.destroy();
    throw error;
  }
  return doc;
}

/**
 * Refuses a PDF holding an image object above the pixel cap (`document_too_large`), from the image
 * dictionaries only (pdf-lib parses objects, it never decodes streams). pdfjs would silently drop such an
 * image and OCR a blank page; the clerk should hear why instead. A file pdf-lib cannot parse is left to
 * pdfjs, which has already opened it.
 */
export async function checkPdfImages(bytes: Uint8Array, limits: OcrLimits = resolveOcrLimits()): Promise<void> {
  const { PDFDocument, PDFName, PDFNumber, PDFStream } = await import('pdf-lib');
  let parsed: Awaited<ReturnType<typeof PDFDocument.load>>;
  try {
    parsed = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
  } catch {
    return;
  }
  const subtype = PDFName.of('Subtype');
  const image = PDFName.of('Image');
  for (const [, object] of parsed.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFStream) || object.dict.get(subtype) !== image) continue;
    const width = object.dict.lookupMaybe(PDFName.of('Width'), PDFNumber)?.asNumber() ?? 0;
    const height = object.dict.lookupMaybe(PDFName.of('Height'), PDFNumber)?.asNumber() ?? 0;
    checkPixels(width, height, limits, 'an image in the PDF');
  }
}

/** Wraps a failure while reading pages of an opened PDF (broken objects surface lazily in pdfjs). */
export function pageFailure(error: unknown): Error {
  if (error instanceof UnreadableDocumentError) return error;
  return unreadable('corrupt_file', { detail: (error as Error)?.message, cause: error });
}
