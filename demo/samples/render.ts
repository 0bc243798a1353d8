/**
 * Renderers for composed documents: a born-digital PDF (pdf-lib, DejaVu embedded, real text layer) and
 * "scans" (the same page drawn with @napi-rs/canvas at 200–300 dpi, rotated up to 1.5°, with paper tint
 * and speckle noise) as PNG, JPEG, TIFF or an image-only PDF.
 */
import { readFileSync } from 'node:fs';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { FONT_FILES, type FontStyle } from './fonts.ts';
import type { Block } from './layout.ts';
import { A4, type Measure, placeBlocks } from './place.ts';
import { makeRng } from './random.ts';

const FAMILY: Record<FontStyle, string> = {
  regular: 'SohoaSerif',
  bold: 'SohoaSerifBold',
  italic: 'SohoaSerifItalic',
  boldItalic: 'SohoaSerifBoldItalic',
};

let canvasFontsReady = false;
function ensureCanvasFonts(): void {
  if (canvasFontsReady) return;
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    GlobalFonts.registerFromPath(FONT_FILES[style], FAMILY[style]);
  }
  canvasFontsReady = true;
}

const fontBytes = new Map<FontStyle, Uint8Array>();
const readFont = (style: FontStyle): Uint8Array => {
  let bytes = fontBytes.get(style);
  if (!bytes) {
    bytes = readFileSync(FONT_FILES[style]);
    fontBytes.set(style, bytes);
  }
  return bytes;
};

/** A born-digital PDF with a real text layer. `title` and dates go into the PDF metadata. */
export async function renderPdf(blocks: readonly Block[], meta?: { title?: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts = {} as Record<FontStyle, PDFFont>;
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    fonts[style] = await pdf.embedFont(readFont(style), { subset: true });
  }
  const measure: Measure = (text, size, style) => fonts[style].widthOfTextAtSize(text, size);
  const page = pdf.addPage([A4.width, A4.height]);
  for (const run of placeBlocks(blocks, measure)) {
    page.drawText(run.text, {
      x: run.x,
      y: A4.height - run.y,
      size: run.size,
      font: fonts[run.style],
      color: rgb(0, 0, 0),
    });
    if (run.underline) {
      const y = A4.height - run.y - run.size * 0.45;
      page.drawLine({
        start: { x: run.underline.x, y },
        end: { x: run.underline.x + run.underline.width, y },
        thickness: 0.6,
      });
    }
  }
  if (meta?.title) pdf.setTitle(meta.title);
  pdf.setProducer('sohoa sample generator');
  pdf.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  pdf.setModificationDate(new Date(Date.UTC(2026, 0, 1)));
  return pdf.save();
}

export interface ScanOptions {
  dpi?: number;
  /** Degrees, |rotation| ≤ 1.5 looks like a hand-fed scanner. Default: random from the seed. */
  rotation?: number;
  /** 0 = clean, 1 = default speckle. */
  noise?: number;
  seed?: number;
}

/** Draws the page as a scanner would see it; returns raw canvas so callers pick the encoding. */
function drawScan(blocks: readonly Block[], options: ScanOptions) {
  ensureCanvasFonts();
  const rng = makeRng(options.seed ?? 1);
  const dpi = options.dpi ?? 250;
  const scale = dpi / 72;
  const width = Math.round(A4.width * scale);
  const height = Math.round(A4.height * scale);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const measure: Measure = (text, size, style) => {
    ctx.font = `${size}px ${FAMILY[style]}`;
    return ctx.measureText(text).width;
  };
  const runs = placeBlocks(blocks, measure);
  const tint = 245 + rng.int(0, 8);
  ctx.fillStyle = `rgb(${tint},${tint},${tint - rng.int(0, 6)})`;
  ctx.fillRect(0, 0, width, height);
  const rotation = options.rotation ?? (rng.next() * 2 - 1) * 1.5;
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((rotation * Math.PI) / 180);
  ctx.translate(-width / 2 + rng.int(-12, 12), -height / 2 + rng.int(-12, 12));
  ctx.scale(scale, scale);
  const ink = 20 + rng.int(0, 30);
  ctx.fillStyle = `rgb(${ink},${ink},${ink + 5})`;
  ctx.strokeStyle = ctx.fillStyle;
  for (const run of runs) {
    ctx.font = `${run.size}px ${FAMILY[run.style]}`;
    ctx.fillText(run.text, run.x, run.y);
    if (run.underline) {
      ctx.lineWidth = 0.6;
      ctx.beginPath();
      ctx.moveTo(run.underline.x, run.y + run.size * 0.45);
      ctx.lineTo(run.underline.x + run.underline.width, run.y + run.size * 0.45);
      ctx.stroke();
    }
  }
  ctx.restore();
  addNoise(ctx, width, height, options.noise ?? 1, rng.int(1, 2 ** 30));
  return canvas;
}

function addNoise(ctx: SKRSContext2D, width: number, height: number, amount: number, seed: number): void {
  if (amount <= 0) return;
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  // xorshift32 inline: millions of draws per page, a closure per draw would dominate the render time.
  let x = seed | 1;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  // Grain on every pixel plus sparse dark specks, like dust on the scanner glass.
  const grainScale = 18 * amount;
  // Grain on a random ~12 % of the pixels: full-page grain looks no more real to OCR but makes PNG
  // encoding several times slower.
  for (let i = Math.floor(next() * 32) * 4; i < data.length; i += 4 * (1 + Math.floor(next() * 16))) {
    const grain = (next() - 0.5) * grainScale * 2;
    data[i] = (data[i] ?? 0) + grain;
    data[i + 1] = (data[i + 1] ?? 0) + grain;
    data[i + 2] = (data[i + 2] ?? 0) + grain;
  }
  const specks = Math.round(((width * height) / 20000) * amount);
  for (let s = 0; s < specks; s++) {
    const px = Math.floor(next() * (width - 3));
    const py = Math.floor(next() * (height - 3));
    const v = 40 + Math.floor(next() * 100);
    for (let dx = 0; dx < 2; dx++)
      for (let dy = 0; dy < 2; dy++) {
        const i = ((py + dy) * width + (px + dx)) * 4;
        data[i] = v;
        data[i + 1] = v;
        data[i + 2] = v;
      }
  }
  ctx.putImageData(image, 0, 0);
}

export type ScanFormat = 'png' | 'jpeg' | 'tiff' | 'pdf';

/** A scan of the page in the given format; `pdf` is the JPEG embedded in a PDF with no text layer. */
export async function renderScan(
  blocks: readonly Block[],
  format: ScanFormat,
  options: ScanOptions = {},
): Promise<Uint8Array> {
  const canvas = drawScan(blocks, options);
  if (format === 'png') return canvas.encode('png');
  const jpeg = await canvas.encode('jpeg', 85);
  if (format === 'jpeg') return jpeg;
  if (format === 'tiff') {
    const png = await canvas.encode('png');
    return sharp(png)
      .withMetadata({ density: options.dpi ?? 250 })
      .greyscale()
      .tiff({ compression: 'lzw' })
      .toBuffer();
  }
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(jpeg);
  const page = pdf.addPage([A4.width, A4.height]);
  page.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  pdf.setProducer('sohoa sample scanner');
  pdf.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  pdf.setModificationDate(new Date(Date.UTC(2026, 0, 1)));
  return pdf.save();
}
