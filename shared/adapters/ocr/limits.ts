/**
 * Resource limits for reading untrusted files (issue 12, "bombs"). A scan is small on disk and huge once
 * decoded: a 1 MB PNG can declare 30000×30000 pixels (3.6 GB as RGBA), a 2.6 MB PDF can hold such an image,
 * a 200 KB PDF can hold 2,000 blank pages. Every check here reads headers or object dictionaries only,
 * never pixels, so refusing a bomb costs almost nothing.
 *
 * Outcomes (terminal: retrying the same bytes cannot help, so the document ends `rejected`):
 * - `document_too_large`: an image (or an image inside a PDF) above `maxPixels`;
 * - `too_many_pages`: more than `maxPages` pages (PDF or TIFF);
 * - `ocr_timeout`: OCR of one document took longer than `ocrBudgetMs`.
 */
import type sharp from 'sharp';
import { unreadable } from './unreadable.ts';

export interface OcrLimits {
  /** Largest image accepted, in pixels (width × height), per image or PDF image object. */
  maxPixels: number;
  /** Most pages accepted in one document. */
  maxPages: number;
  /** Wall-clock budget for the OCR of one document, in milliseconds. */
  ocrBudgetMs: number;
}

/**
 * 60 MP covers a 48 MP phone photo (8000×6000) and an A4 page scanned at 600 dpi (35 MP); decoded as RGBA
 * it is 240 MB, which keeps one document well under 1 GB. 200 pages, as the issue asks. 10 minutes leaves
 * room under Lambda's 15-minute ceiling (tesseract reads a page in ~2 s, so 200 pages fit).
 */
export const DEFAULT_OCR_LIMITS: OcrLimits = { maxPixels: 60_000_000, maxPages: 200, ocrBudgetMs: 10 * 60_000 };

const positive = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * The limits in force: explicit values, then `SOHOA_OCR_MAX_PIXELS`, `SOHOA_OCR_MAX_PAGES`,
 * `SOHOA_OCR_BUDGET_SECONDS`, then the defaults.
 */
export function resolveOcrLimits(overrides: Partial<OcrLimits> = {}, env = process.env): OcrLimits {
  const budgetSeconds = positive(env.SOHOA_OCR_BUDGET_SECONDS);
  return {
    maxPixels: overrides.maxPixels ?? positive(env.SOHOA_OCR_MAX_PIXELS) ?? DEFAULT_OCR_LIMITS.maxPixels,
    maxPages: overrides.maxPages ?? positive(env.SOHOA_OCR_MAX_PAGES) ?? DEFAULT_OCR_LIMITS.maxPages,
    ocrBudgetMs:
      overrides.ocrBudgetMs ?? (budgetSeconds ? budgetSeconds * 1000 : undefined) ?? DEFAULT_OCR_LIMITS.ocrBudgetMs,
  };
}

export function checkPixels(width: number, height: number, limits: Pick<OcrLimits, 'maxPixels'>, what = 'image'): void {
  if (width * height > limits.maxPixels) {
    throw unreadable('document_too_large', {
      detail: `${what} is ${width}×${height} px, more than ${limits.maxPixels} px`,
    });
  }
}

export function checkPageCount(pages: number, limits: Pick<OcrLimits, 'maxPages'>): void {
  if (pages > limits.maxPages) {
    throw unreadable('too_many_pages', { detail: `${pages} pages, more than ${limits.maxPages}` });
  }
}

/**
 * Pages and per-page dimensions of a JPEG/PNG/TIFF from its header (sharp reads metadata without
 * decoding pixels). Throws `document_too_large`, `too_many_pages` or `corrupt_file`.
 */
export async function checkImageHeader(bytes: Uint8Array, limits: OcrLimits): Promise<{ pages: number }> {
  let meta: sharp.Metadata;
  // Loaded here, not at import: the textract adapter imports this module, and textract-collect and reconcile
  // (which only read finished jobs) must not carry a native image library (test/infra/bundles.test.ts).
  const { default: loadSharp } = await import('sharp');
  try {
    meta = await loadSharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw unreadable('corrupt_file', { image: true, detail: (error as Error).message, cause: error });
  }
  const pages = meta.pages ?? 1;
  checkPageCount(pages, limits);
  if (meta.width === undefined || meta.height === undefined) {
    throw unreadable('corrupt_file', { image: true, detail: 'image header without dimensions' });
  }
  // A multi-page TIFF reports the first page's size; later pages are checked when they are read.
  checkPixels(meta.width, meta.height, limits);
  return { pages };
}

/** A deadline for one document's OCR. */
export function ocrDeadline(limits: Pick<OcrLimits, 'ocrBudgetMs'>, now = Date.now()) {
  const end = now + limits.ocrBudgetMs;
  const expired = () =>
    unreadable('ocr_timeout', { detail: `OCR took longer than ${Math.round(limits.ocrBudgetMs / 1000)} s` });
  return {
    remainingMs: () => end - Date.now(),
    /** Throws `ocr_timeout` once the budget is spent. */
    check() {
      if (Date.now() >= end) throw expired();
    },
    expired,
  };
}
