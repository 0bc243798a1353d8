/**
 * `pdf-text` engine: the text layer of born-digital PDFs, no OCR. pdfjs gives positioned text items; lines
 * are rebuilt from their baselines (items whose y is within half a glyph height share a line), and a wide
 * horizontal gap splits a row into separate lines, as the two-column ND 30 header (issuer | quốc hiệu)
 * is two blocks, not one sentence. Confidence is 1: the text is what the author typed.
 */
import type { ExtractedLine, ExtractedPage, ExtractedText } from '#shared/domain/types.ts';
import type { OcrEngine, OcrInput } from '#shared/ports.ts';
import { requireFileType } from './detect-file-type.ts';
import { openPdf, type PDFDocumentProxy, pageFailure } from './pdfjs.ts';
import { unreadable } from './unreadable.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Row {
  y: number;
  height: number;
  items: Item[];
}

/** A gap wider than this many glyph heights between two items of a row starts a new line. */
const COLUMN_GAP_IN_HEIGHTS = 1;

function toItems(content: { items: unknown[] }): Item[] {
  const items: Item[] = [];
  for (const raw of content.items) {
    const item = raw as { str?: string; transform?: number[]; width?: number; height?: number };
    if (typeof item.str !== 'string' || !item.transform || item.str.trim() === '') continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    const height = item.height && item.height > 0 ? item.height : Math.hypot(a, b) || 10;
    items.push({ str: item.str, x, y, width: item.width ?? 0, height });
  }
  return items;
}

function groupRows(items: Item[]): Row[] {
  const rows: Row[] = [];
  // PDF y grows upwards: read from the top of the page down.
  for (const item of [...items].sort((p, q) => q.y - p.y || p.x - q.x)) {
    const row = rows.find((r) => Math.abs(r.y - item.y) <= Math.max(r.height, item.height) / 2);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, height: item.height, items: [item] });
  }
  return rows.sort((p, q) => q.y - p.y);
}

function rowToLines(row: Row): string[] {
  const items = [...row.items].sort((p, q) => p.x - q.x);
  const lines: string[] = [];
  let current = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    if (current !== '' && gap > COLUMN_GAP_IN_HEIGHTS * item.height) {
      lines.push(current);
      current = '';
    }
    const needsSpace =
      current !== '' && gap > item.height * 0.15 && !current.endsWith(' ') && !item.str.startsWith(' ');
    current += (needsSpace ? ' ' : '') + item.str;
    end = item.x + item.width;
  }
  if (current !== '') lines.push(current);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim().normalize('NFC')).filter((l) => l !== '');
}

/** Lines of one page of an opened PDF; an empty array means the page has no text layer (a scan). */
export async function pageTextLines(doc: PDFDocumentProxy, pageNumber: number): Promise<string[]> {
  try {
    const page = await doc.getPage(pageNumber);
    const content = await page.getTextContent();
    page.cleanup();
    return groupRows(toItems(content)).flatMap(rowToLines);
  } catch (error) {
    throw pageFailure(error);
  }
}

/** Whether any page of the PDF carries text (then `pdf-text` reads it; otherwise it is a scan to OCR). */
export async function hasTextLayer(bytes: Uint8Array): Promise<boolean> {
  const doc = await openPdf(bytes);
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      if ((await pageTextLines(doc, n)).length > 0) return true;
    }
    return false;
  } finally {
    await doc.destroy();
  }
}

/** Reads every page of a PDF's text layer. */
export async function readPdfText(bytes: Uint8Array): Promise<ExtractedText> {
  const doc = await openPdf(bytes);
  try {
    const pages: ExtractedPage[] = [];
    const warnings: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const lines: ExtractedLine[] = (await pageTextLines(doc, n)).map((text) => ({ text, confidence: 1 }));
      if (lines.length === 0) warnings.push(`page ${n} has no text layer`);
      pages.push({ pageNumber: n, lines });
    }
    return warnings.length > 0 ? { engine: 'pdf-text', pages, warnings } : { engine: 'pdf-text', pages };
  } finally {
    await doc.destroy();
  }
}

/** The `pdf-text` OCR engine. Non-PDF input is `unsupported_type` for this engine. */
export function makePdfTextEngine(): OcrEngine {
  return {
    name: 'pdf-text',
    async extract(input: OcrInput) {
      const type = requireFileType(input.bytes, input.fileName);
      if (type !== 'pdf') throw unreadable('unsupported_type', { detail: `pdf-text reads PDFs only, got ${type}` });
      return readPdfText(input.bytes);
    },
  };
}
