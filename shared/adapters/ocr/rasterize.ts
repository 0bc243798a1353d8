/**
 * Page images for OCR: PDF pages rasterized with pdfjs-dist + @napi-rs/canvas, TIFF pages converted to
 * PNG with sharp (tesseract.js's Leptonica build does not read TIFF reliably). Both yield one page at a
 * time, so a long document never holds more than one decoded page; both enforce the `OcrLimits`.
 */
import sharp from 'sharp';
import { UnreadableDocumentError } from '#shared/errors.ts';
import { checkImageHeader, checkPixels, type OcrLimits, resolveOcrLimits } from './limits.ts';
import { checkPdfImages, openPdf, type PDFDocumentProxy, pageFailure } from './pdfjs.ts';
import { unreadable } from './unreadable.ts';

interface NodeCanvas {
  width: number;
  height: number;
  encode(format: 'png'): Promise<Buffer>;
}

/** Resolution OCR wants: tesseract is trained around 300 dpi. */
export const OCR_DPI = 300;
/** Cap on the long side so a poster-size PDF page does not allocate a gigapixel canvas. */
const MAX_SIDE_PX = 4200;

export async function rasterizePdfPage(doc: PDFDocumentProxy, pageNumber: number, dpi = OCR_DPI): Promise<Buffer> {
  try {
    const page = await doc.getPage(pageNumber);
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(dpi / 72, MAX_SIDE_PX / Math.max(base.width, base.height));
    const viewport = page.getViewport({ scale });
    // Draw with pdfjs's own canvas factory: pdfjs-dist bundles its own copy of @napi-rs/canvas, and a
    // canvas from another copy rejects its Path2D objects (and can crash natively on its images).
    const factory = doc.canvasFactory as {
      create(w: number, h: number): { canvas: NodeCanvas; context: unknown };
      destroy(entry: unknown): void;
    };
    const entry = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const { canvas, context } = entry;
    const ctx = context as { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    const png = await canvas.encode('png');
    factory.destroy(entry);
    page.cleanup();
    return png;
  } catch (error) {
    throw pageFailure(error);
  }
}

/**
 * Every page of a PDF as PNG, one at a time (callers OCR each before the next is drawn). Refuses a PDF
 * above the page cap or holding an image above the pixel cap before drawing anything.
 */
export async function* pdfPageImages(
  bytes: Uint8Array,
  dpi = OCR_DPI,
  limits: OcrLimits = resolveOcrLimits(),
): AsyncGenerator<Buffer> {
  const doc = await openPdf(bytes, limits);
  try {
    await checkPdfImages(bytes, limits);
    for (let n = 1; n <= doc.numPages; n++) yield await rasterizePdfPage(doc, n, dpi);
  } finally {
    await doc.destroy();
  }
}

/**
 * Every page of a (possibly multi-page) TIFF as PNG, decoded one page at a time. The page count and each
 * page's size are read from the header before its pixels (`too_many_pages`, `document_too_large`).
 */
export async function* tiffPageImages(
  bytes: Uint8Array,
  limits: OcrLimits = resolveOcrLimits(),
): AsyncGenerator<Buffer> {
  const { pages } = await checkImageHeader(bytes, limits);
  for (let page = 0; page < pages; page++) {
    try {
      const image = sharp(bytes, { page, limitInputPixels: limits.maxPixels });
      const meta = await image.metadata();
      checkPixels(meta.width ?? 0, meta.height ?? 0, limits, `TIFF page ${page + 1}`);
      yield await image.withMetadata().png().toBuffer();
    } catch (error) {
      if (error instanceof UnreadableDocumentError) throw error;
      throw unreadable('corrupt_file', { image: true, detail: (error as Error).message, cause: error });
    }
  }
}
