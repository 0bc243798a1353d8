/**
 * Decompression and page bombs (issue 12): each ends in a terminal `UnreadableDocumentError` code, and the
 * process that reads it stays under a memory bound. The bombs are generated here; each is read in a child
 * process whose peak RSS (getrusage) is the figure asserted — a bound, not a timing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { crc32, createDeflate } from 'node:zlib';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  type PDFName,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderScan } from '#demo/samples/render.ts';
import { openPdf } from '#shared/adapters/ocr/pdfjs.ts';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';
import { UnreadableDocumentError } from '#shared/errors.ts';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./bomb-child.ts', import.meta.url));
/** The stated bound for one document (issue 12: "for example 1 GB"). */
const MEMORY_BOUND_MB = 1024;
const SIDE = 30_000;

/** zlib stream of `rows` rows of `rowBytes` zero bytes, produced row by row (never held decompressed). */
async function deflateZeros(rows: number, rowBytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const row = Buffer.alloc(rowBytes);
  for (let i = 0; i < rows; i++) {
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 8-bit greyscale PNG of SIDE×SIDE black pixels: ~1 MB on disk, 900 MP decoded. */
async function pngBomb(): Promise<Buffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIDE, 0);
  ihdr.writeUInt32BE(SIDE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  // Each row: filter byte 0 then SIDE pixels.
  const idat = await deflateZeros(SIDE, SIDE + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page PDF (no text layer) whose page shows a SIDE×SIDE greyscale Flate image. */
async function pdfImageBomb(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const stream = doc.context.stream(await deflateZeros(SIDE, SIDE), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: SIDE,
    Height: SIDE,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  const name = page.node.newXObject('Im', doc.context.register(stream));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(595, 0, 0, 842, 0, 0),
    drawObject(name as PDFName),
    popGraphicsState(),
  );
  return doc.save();
}

async function blankPagesPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return doc.save({ useObjectStreams: true });
}

async function readInChild(
  file: string,
): Promise<{ code: string | null; messageVi: string | null; peakRssMb: number }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, file], { maxBuffer: 1 << 20 });
  const out = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
  // The figure for the notes: peak RSS of the whole child (node + tsx + sharp + pdfjs), not only the file.
  console.info(`${file}: ${out.code}, peak RSS ${Math.round(out.peakRssMb)} MB`);
  return out;
}

describe('bombs end in a terminal code under a memory bound', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sohoa-bombs-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a ~1 MB PNG declaring 30000×30000 pixels is document_too_large', async () => {
    const png = await pngBomb();
    expect(png.length).toBeLessThan(2_000_000);
    const file = join(dir, 'bomb.png');
    await writeFile(file, png);
    const out = await readInChild(file);
    expect(out.code).toBe('document_too_large');
    expect(out.messageVi).toMatch(/quá lớn/u);
    expect(out.peakRssMb).toBeLessThan(MEMORY_BOUND_MB);
  }, 120_000);

  it('a PDF holding a 30000×30000 image is document_too_large', async () => {
    const pdf = await pdfImageBomb();
    expect(pdf.length).toBeLessThan(3_000_000);
    const file = join(dir, 'bomb.pdf');
    await writeFile(file, pdf);
    const out = await readInChild(file);
    expect(out.code).toBe('document_too_large');
    expect(out.peakRssMb).toBeLessThan(MEMORY_BOUND_MB);
  }, 120_000);

  it('a PDF of 2,000 blank pages is too_many_pages', async () => {
    const file = join(dir, 'pages.pdf');
    await writeFile(file, await blankPagesPdf(2000));
    const out = await readInChild(file);
    expect(out.code).toBe('too_many_pages');
    expect(out.messageVi).toMatch(/quá nhiều trang/u);
    expect(out.peakRssMb).toBeLessThan(MEMORY_BOUND_MB);
  }, 120_000);

  it('the page cap is configurable and counts exactly', async () => {
    const pdf = await blankPagesPdf(3);
    const doc = await openPdf(pdf, { maxPixels: 1e6, maxPages: 3, ocrBudgetMs: 1000 });
    expect(doc.numPages).toBe(3);
    await doc.destroy();
    const error = await openPdf(pdf, { maxPixels: 1e6, maxPages: 2, ocrBudgetMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as UnreadableDocumentError).code).toBe('too_many_pages');
  });

  it('page images sent as one document count together against the page cap, before any OCR', async () => {
    const png = await renderScan(composeDocument({ docType: 'khai-sinh', seed: 3 }).blocks, 'png', {
      dpi: 36,
      noise: 0,
    });
    const capped = makeTesseractEngine({ limits: { maxPages: 2 } });
    try {
      const page = { bytes: png, contentType: 'image/png' };
      const error = await capped.extract({ ...page, nextPages: [page, page] }).catch((e: unknown) => e);
      expect((error as UnreadableDocumentError).code).toBe('too_many_pages');
      expect((error as UnreadableDocumentError).message).toMatch(/3 pages, more than 2/);
    } finally {
      await capped.close?.();
    }
  });

  it('a document past its OCR budget is ocr_timeout', async () => {
    const png = await renderScan(composeDocument({ docType: 'khai-sinh', seed: 2 }).blocks, 'png', {
      dpi: 72,
      noise: 0,
    });
    // A 1 ms budget is spent before the worker has even loaded its model.
    const hurried = makeTesseractEngine({ limits: { ocrBudgetMs: 1 } });
    try {
      const error = await hurried.extract({ bytes: png, contentType: 'image/png' }).catch((e: unknown) => e);
      expect((error as UnreadableDocumentError).code).toBe('ocr_timeout');
      expect((error as UnreadableDocumentError).messageVi).toMatch(/thời gian/u);
    } finally {
      await hurried.close?.();
    }
  }, 60_000);
});
