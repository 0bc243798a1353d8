/**
 * Page images for OCR: PDF pages rasterized with pdfjs-dist + @napi-rs/canvas, TIFF pages converted to
 * PNG with sharp (tesseract.js's Leptonica build does not read TIFF reliably).
 */
import sharp from 'sharp';
import { openPdf, type PDFDocumentProxy, pageFailure } from './pdfjs.ts';
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

/** Every page of a PDF as PNG, one at a time (callers OCR each before the next is drawn). */
export async function* pdfPageImages(bytes: Uint8Array, dpi = OCR_DPI): AsyncGenerator<Buffer> {
  const doc = await openPdf(bytes);
  try {
    for (let n = 1; n <= doc.numPages; n++) yield await rasterizePdfPage(doc, n, dpi);
  } finally {
    await doc.destroy();
  }
}

/** Every page of a (possibly multi-page) TIFF as PNG. */
export async function tiffPageImages(bytes: Uint8Array): Promise<Buffer[]> {
  try {
    const meta = await sharp(bytes).metadata();
    const pages = meta.pages ?? 1;
    const images: Buffer[] = [];
    for (let page = 0; page < pages; page++) images.push(await sharp(bytes, { page }).withMetadata().png().toBuffer());
    return images;
  } catch (error) {
    throw unreadable('corrupt_file', { image: true, detail: (error as Error).message, cause: error });
  }
}
