/**
 * Page images as they come from phones and office scanners, prepared for tesseract (issue 9, item 1).
 * One look at a small grey and colour copy of the page (decoded once) decides what to do, by measurement:
 * - a clean scan (light, even, colourless background, enough pixels) goes to OCR UNCHANGED — byte for byte,
 *   so preparation can never make it worse;
 * - EXIF orientation is applied (phone photos are often stored sideways with an orientation tag);
 * - coloured security backgrounds (green guilloche, land-certificate pink) and red seals are light in the
 *   red channel, while black text stays dark there: a coloured page is read from its red channel;
 * - uneven light (shadows, phone photos) is flattened by dividing the page by its blurred background;
 * - low-resolution pages are upscaled (tesseract wants ~20–30 px capital height), oversize ones reduced.
 * The same small grey copy feeds the QR decoder, so a page is decoded for inspection only once.
 */
import sharp from 'sharp';
import { decodeQrInGrey } from './qr.ts';

/** Side of the inspection copy; also where QR codes are looked for. */
const LOOK_SIDE_PX = 1400;
/** Long side below which a page is upscaled (an A4 page under ~90 dpi; measured: upscaling 150-dpi pages cost time and numbers). */
const MIN_LONG_SIDE_PX = 1000;
/** Long side above which a page is reduced (an A4 page at ~360 dpi). */
const MAX_LONG_SIDE_PX = 4200;

export interface PageLook {
  width: number;
  height: number;
  /** Mean distance between colour channels, 0–255: above ~12 the page has coloured areas. */
  chroma: number;
  /** Brightness of the paper (90th percentile of grey). */
  paper: number;
  /** Spread of the background between the page's darkest and lightest regions (uneven light). */
  unevenness: number;
  oriented: boolean;
}

export interface PreparedPage {
  /** The image to OCR (the original bytes when nothing was needed). */
  image: Buffer | Uint8Array;
  /** What was done, for warnings and the bench ("as-is" when nothing). */
  steps: string[];
  look: PageLook;
  qr: string[];
}

function percentile(values: Uint8Array | Buffer, p: number): number {
  const histogram = new Array<number>(256).fill(0);
  for (const v of values) histogram[v] = (histogram[v] ?? 0) + 1;
  let seen = 0;
  const target = values.length * p;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v] ?? 0;
    if (seen >= target) return v;
  }
  return 255;
}

/** Measures the page on a small copy and prepares it for OCR. Sharp failures are left to tesseract. */
export async function preparePage(bytes: Buffer | Uint8Array): Promise<PreparedPage> {
  const meta = await sharp(bytes).metadata();
  const oriented = (meta.orientation ?? 1) > 1;
  const { data, info } = await sharp(bytes)
    .rotate()
    .resize({ width: LOOK_SIDE_PX, height: LOOK_SIDE_PX, fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = info.width * info.height;
  const grey = Buffer.alloc(pixels);
  let chromaSum = 0;
  for (let i = 0, j = 0; i < pixels; i++, j += info.channels) {
    const r = data[j] as number;
    const g = data[j + 1] as number;
    const b = data[j + 2] as number;
    grey[i] = (r * 299 + g * 587 + b * 114) / 1000;
    chromaSum += Math.max(r, g, b) - Math.min(r, g, b);
  }
  const chroma = chromaSum / pixels;
  const paper = percentile(grey, 0.9);
  // Background per cell of an 8×8 grid (90th percentile of each cell): shadows make cells differ.
  const cells: number[] = [];
  const cw = Math.max(1, Math.floor(info.width / 8));
  const ch = Math.max(1, Math.floor(info.height / 8));
  for (let cy = 0; cy < 8; cy++) {
    for (let cx = 0; cx < 8; cx++) {
      const cell: number[] = [];
      for (let y = cy * ch; y < Math.min(info.height, (cy + 1) * ch); y += 2)
        for (let x = cx * cw; x < Math.min(info.width, (cx + 1) * cw); x += 2)
          cell.push(grey[y * info.width + x] as number);
      if (cell.length > 0) cells.push(percentile(Uint8Array.from(cell), 0.9));
    }
  }
  const unevenness = Math.max(...cells) - Math.min(...cells);
  const width = oriented && (meta.orientation ?? 1) >= 5 ? (meta.height ?? 0) : (meta.width ?? 0);
  const height = oriented && (meta.orientation ?? 1) >= 5 ? (meta.width ?? 0) : (meta.height ?? 0);
  const look: PageLook = { width, height, chroma, paper, unevenness, oriented };
  const qr = decodeQrInGrey(grey, info.width, info.height);

  const longSide = Math.max(width, height);
  const coloured = chroma > 12;
  const uneven = unevenness > 40 || paper < 170;
  const small = longSide < MIN_LONG_SIDE_PX;
  const large = longSide > MAX_LONG_SIDE_PX;
  if (!oriented && !coloured && !uneven && !small && !large) return { image: bytes, steps: ['as-is'], look, qr };

  const steps: string[] = [];
  let page = sharp(bytes).rotate();
  if (oriented) steps.push('exif-rotate');
  if (small || large) {
    const factor = small ? Math.min(3, (MIN_LONG_SIDE_PX * 1.4) / longSide) : MAX_LONG_SIDE_PX / longSide;
    page = page.resize({ width: Math.round(width * factor), height: Math.round(height * factor), kernel: 'lanczos3' });
    steps.push(small ? `upscale×${factor.toFixed(2)}` : `downscale×${factor.toFixed(2)}`);
  }
  if (coloured) {
    page = page.toColourspace('srgb').extractChannel('red');
    steps.push('red-channel');
  } else {
    page = page.greyscale();
  }
  let out = await page.toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer();
  if (uneven) {
    // Flat field: page / blurred page (colour-dodge of the inverted background is a division).
    // The background is estimated on a 1/8 copy (cheap), then scaled back up to the page's size.
    const { width: w = 1, height: h = 1 } = await sharp(out).metadata();
    const background = await sharp(
      await sharp(out)
        .resize({ width: Math.max(8, Math.round(w / 8)) })
        .median(3)
        .blur(Math.max(2, w / 480))
        .negate()
        .toBuffer(),
    )
      .resize({ width: w, height: h, fit: 'fill' })
      .png({ compressionLevel: 1 })
      .toBuffer();
    out = await sharp(out)
      .composite([{ input: background, blend: 'colour-dodge' }])
      .toColourspace('b-w')
      .png({ compressionLevel: 1 })
      .toBuffer();
    steps.push('flatten-light');
  }
  out = await sharp(out)
    .normalise({ lower: 1, upper: 99 })
    .toColourspace('b-w')
    .png({ compressionLevel: 1 })
    .toBuffer();
  steps.push('normalise');
  return { image: out, steps, look, qr };
}
