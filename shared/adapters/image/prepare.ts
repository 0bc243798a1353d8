/**
 * Page images as they come from phones and office scanners, prepared for tesseract (issue 9, item 1).
 * One look at a small grey and colour copy of the page (decoded once) decides what to do, by measurement:
 * - a clean scan (light, even, colourless background, enough pixels) goes to OCR UNCHANGED — byte for byte,
 *   so preparation can never make it worse;
 * - EXIF orientation is applied (phone photos are often stored sideways with an orientation tag);
 * - tilted text lines are straightened (projection-profile deskew; from 0.3° on a photo, 2° on a scan),
 *   and a sheet photographed on a darker table or shown between a phone's UI bars is cut out of its frame;
 * - red seals on an otherwise colourless page are read from the red channel within the seal only, stretched
 *   so the seal's ink becomes paper (black text under a seal stays; a red title elsewhere is kept);
 * - a coloured page (green guilloche, land-certificate pink) is read in grey, normalised. NOT from its red
 *   channel: green paper is darker in red than in grey (measured: reading the true red channel of the
 *   photo-like corpus's coloured pages cost 9 points of docNumber and 12 of issueDate; an earlier
 *   `extractChannel('red')` followed by `toColourspace('b-w')` was silently grey, which is what was tuned);
 * - uneven light (shadows, phone photos) is flattened by dividing the page by its blurred background;
 * - low-resolution pages are upscaled (tesseract wants ~20–30 px capital height), oversize ones reduced.
 * The same small grey copy feeds the QR decoder, so a page is decoded for inspection only once.
 */
import sharp from 'sharp';
import { estimateSkew, findPaper, findSeals, frameMask, paperThreshold, type Rect } from './geometry.ts';
import { decodeQrInGrey } from './qr.ts';

/**
 * Exponent of the stretch within a seal (red / ink level, raised to it): the seal's ink still becomes paper,
 * but what is darker than the ink is darkened further. Text under a seal stamped over it is only a little
 * darker than the ink in the red channel (ink covers the stroke, and JPEG's half-resolution colour lightens a
 * thin stroke's red); stretched linearly it came out grey and tesseract read the 8 of `62C8000457` as a 6
 * with 0.91 confidence. Measured on the photo-like corpus: 2 and 3 both fix it and change no other page.
 */
const SEAL_CURVE = 2;

/** Side of the inspection copy; also where QR codes are looked for. */
const LOOK_SIDE_PX = 1400;
/**
 * Long side below which a page is upscaled: an A4 page under ~95 dpi. Measured: upscaling 150-dpi pages cost time
 * and numbers; a page scanned or sent at ~85 dpi (1017 px, as a phone app or a fax-grade scan gives it) read as it
 * came lost digits at full confidence (`ngày 05` read `08`, `62B8000721` read `6288000721`): upscaled ×1.5 it reads
 * them (the photo-like corpora's 11 low-dpi pages: digits of the source text read 121 → 127 of 131; OCR 0.5 → 0.6
 * s/page on those pages).
 */
const MIN_LONG_SIDE_PX = 1100;
/** Long side a page below MIN_LONG_SIDE_PX is upscaled to (×3 at most). */
const UPSCALED_LONG_SIDE_PX = 1540;
/**
 * Below this spread between the paper (90th percentile of grey) and the darkest 1 % of the page, the page holds
 * too little ink for a 1 %/99 % stretch: its 1st percentile is paper, and stretched, the paper turned mid-grey
 * and tesseract read nothing of a contract's nearly blank last page.
 */
const MIN_INK_SPREAD = 60;
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
  /**
   * Where red seals were keyed out, in the prepared image's pixels: text read there may have lost strokes
   * with the seal's ink, so its OCR confidence is not to be trusted for key fields.
   */
  seals: Rect[];
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

interface Inspection {
  look: PageLook;
  grey: Buffer;
  rgb: Buffer;
  info: { width: number; height: number; channels: number };
}

/** The small grey and colour copy of the page (EXIF orientation applied) and what it measures. */
async function inspect(bytes: Buffer | Uint8Array): Promise<Inspection> {
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
  return {
    look: { width, height, chroma, paper, unevenness, oriented },
    grey,
    rgb: data,
    info: { width: info.width, height: info.height, channels: info.channels },
  };
}

/** `rect` of the inspection copy in the page's own pixels (`factor` = page width / copy width), clamped. */
function scaleRect(rect: Rect, factor: number, width: number, height: number): Rect {
  const left = Math.max(0, Math.floor(rect.left * factor));
  const top = Math.max(0, Math.floor(rect.top * factor));
  return {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.ceil(rect.width * factor))),
    height: Math.max(1, Math.min(height - top, Math.ceil(rect.height * factor))),
  };
}

/**
 * Below these tilts the page is not turned. A photographed sheet is turned from 0.3° on (its frame is cut
 * along straight edges next). A scan is turned from 2° only: tesseract reads lines tilted 1–1.5° as well as
 * straight ones, and turning costs a little sharpness (measured on the generated scans, tilted 1–1.5° by
 * their renderer: deskewing them lost a hyphen of the symbol on 3 of 52 pages).
 */
const MIN_SKEW_DEGREES = { photo: 0.3, scan: 2 };

export interface PrepareOptions {
  /** Deskew and cut the paper out of its frame (default true). */
  geometry?: boolean;
  /** Flatten the light whatever the page measures (a photo measured uneven before its paper was cut out). */
  flatten?: boolean;
  /**
   * A mask (PNG, white where the frame still shows) painted white over the prepared page, last: the
   * frame's dark corners would come back from OCR as stray letters (`SỔ Á`, taken for an issuer), but the
   * light is flattened with them as they are (measured: whitening them first left shadows in).
   */
  whiten?: Buffer;
  /** Long side an upscaled page is brought to (default UPSCALED_LONG_SIDE_PX): a second reading's own scale. */
  upscaleTo?: number;
}

/** Measures the page on a small copy and prepares it for OCR. Sharp failures are left to tesseract. */
export async function preparePage(bytes: Buffer | Uint8Array, options: PrepareOptions = {}): Promise<PreparedPage> {
  const seen = await inspect(bytes);
  const { look, grey, info } = seen;
  const qr = decodeQrInGrey(grey, info.width, info.height);
  const { width, height, oriented } = look;

  if (options.geometry !== false) {
    const full = { left: 0, top: 0, width: info.width, height: info.height };
    const paperRect = findPaper(grey, info.width, info.height);
    const area = paperRect ?? full;
    const inner = {
      left: area.left + Math.round(area.width * 0.06),
      top: area.top + Math.round(area.height * 0.06),
      width: Math.round(area.width * 0.88),
      height: Math.round(area.height * 0.88),
    };
    const skew = estimateSkew(grey, info.width, inner);
    const tilt = Math.abs(skew.degrees) >= MIN_SKEW_DEGREES[paperRect ? 'photo' : 'scan'] ? skew.degrees : 0;
    if (tilt !== 0 || paperRect) {
      const steps: string[] = [];
      if (oriented) steps.push('exif-rotate');
      let page = sharp(bytes).rotate();
      if (tilt !== 0) {
        // Corners uncovered by the turn take the frame's colour: paper on a scan, table on a photo (cut next).
        page = page.rotate(-tilt, { background: paperRect ? '#000000' : '#ffffff' });
        steps.push(`deskew${tilt > 0 ? '-' : '+'}${Math.abs(tilt).toFixed(2)}°`);
      }
      let turned = await page.png({ compressionLevel: 1 }).toBuffer();
      let whiten: Buffer | undefined;
      if (paperRect) {
        const again = tilt !== 0 ? await inspect(turned) : seen;
        const { grey: g, info: at } = again;
        const split = paperThreshold(g, at.width, at.height);
        const cut = split === null ? null : findPaper(g, at.width, at.height);
        if (split !== null && cut) {
          const { width: w = 1, height: h = 1 } = await sharp(turned).metadata();
          const rect = scaleRect(cut, w / at.width, w, h);
          // What is left of the frame (corners of a tilted or sheared sheet) painted white.
          const frame = await sharp(frameMask(g, at.width, at.height, split.frame), {
            raw: { width: at.width, height: at.height, channels: 1 },
          })
            .resize({ width: w, height: h, fit: 'fill' })
            .extract(rect)
            .png({ compressionLevel: 1 })
            .toBuffer();
          turned = await sharp(turned).extract(rect).png({ compressionLevel: 1 }).toBuffer();
          whiten = frame;
          steps.push('crop-paper');
        }
      }
      // A photo or a screenshot measured uneven as it came is flattened still: cutting the frame away does not
      // take a shadow or a security background's wash with it (measured: not flattening cost dates).
      const rest = await preparePage(turned, {
        geometry: false,
        flatten: look.unevenness > 40 || look.paper < 170,
        ...(whiten ? { whiten } : {}),
        ...(options.upscaleTo ? { upscaleTo: options.upscaleTo } : {}),
      });
      return { image: rest.image, steps: [...steps, ...rest.steps], look, qr, seals: rest.seals };
    }
  }

  const longSide = Math.max(width, height);
  const coloured = look.chroma > 12;
  const uneven = options.flatten === true || look.unevenness > 40 || look.paper < 170;
  const small = longSide < MIN_LONG_SIDE_PX;
  const large = longSide > MAX_LONG_SIDE_PX;
  const seals = findSeals(seen.rgb, info.width, info.height, info.channels);
  /** The seals in the page's pixels, times the scale of the prepared image (set below when resized). */
  const sealRects = seals.map((seal) => scaleRect(seal, width / info.width, width, height));
  let scale = 1;
  const sealsOut = () =>
    keyOut.map((r) => ({
      left: Math.floor(r.left * scale),
      top: Math.floor(r.top * scale),
      width: Math.ceil(r.width * scale),
      height: Math.ceil(r.height * scale),
    }));
  // Seals on a coloured page are not keyed out (its grey keeps them; the page was tuned so).
  const keyOut = coloured ? [] : sealRects;
  if (!oriented && !coloured && !uneven && !small && !large && keyOut.length === 0)
    return {
      image: options.whiten ? await paintWhite(bytes, options.whiten) : bytes,
      steps: ['as-is'],
      look,
      qr,
      seals: sealsOut(),
    };

  const steps: string[] = [];
  let page = sharp(bytes).rotate();
  if (oriented) steps.push('exif-rotate');
  if (keyOut.length > 0) {
    // Within each seal, the red channel stretched so that the seal's ink becomes paper: seal ink over paper
    // is light in red, ink over black text much darker, so the text under the seal stays.
    const base = await sharp(bytes).rotate().greyscale().png({ compressionLevel: 1 }).toBuffer();
    const patches = await Promise.all(
      keyOut.map(async (rect) => {
        const { data, info: patch } = await sharp(bytes)
          .rotate()
          .extract(rect)
          .removeAlpha()
          .toColourspace('srgb')
          .raw()
          .toBuffer({ resolveWithObject: true });
        const inkRed: number[] = [];
        for (let j = 0; j < data.length; j += patch.channels) {
          const r = data[j] as number;
          if (r - Math.max(data[j + 1] as number, data[j + 2] as number) > 60) inkRed.push(r);
        }
        inkRed.sort((a, b) => a - b);
        // The seal's own ink: the lighter part of its red pixels (the darker part is ink over text).
        const ink = Math.max(120, (inkRed[Math.floor(inkRed.length * 0.6)] ?? 255) * 0.92);
        const out = Buffer.alloc(patch.width * patch.height);
        for (let i = 0, j = 0; i < out.length; i++, j += patch.channels)
          out[i] = Math.min(255, 255 * ((data[j] as number) / ink) ** SEAL_CURVE);
        const input = await sharp(out, { raw: { width: patch.width, height: patch.height, channels: 1 } })
          .png({ compressionLevel: 1 })
          .toBuffer();
        return { input, left: rect.left, top: rect.top };
      }),
    );
    // Compositing adds an alpha channel (all opaque here); left in, the light flattening below was a no-op on
    // every page with a seal taken out (the inverted background's alpha is inverted too: transparent).
    page = sharp(await sharp(base).composite(patches).png({ compressionLevel: 1 }).toBuffer()).removeAlpha();
    steps.push(`seal-out×${keyOut.length}`);
  }
  if (small || large) {
    const factor = small
      ? Math.min(3, (options.upscaleTo ?? UPSCALED_LONG_SIDE_PX) / longSide)
      : MAX_LONG_SIDE_PX / longSide;
    page = page.resize({ width: Math.round(width * factor), height: Math.round(height * factor), kernel: 'lanczos3' });
    scale = factor;
    steps.push(small ? `upscale×${factor.toFixed(2)}` : `downscale×${factor.toFixed(2)}`);
  }
  // A coloured page is resized in colour and turned grey on output (as it was tuned); others grey first.
  if (coloured) steps.push('grey-of-colour');
  else page = page.greyscale();
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
        .negate({ alpha: false })
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
  if (look.paper - percentile(grey, 0.01) >= MIN_INK_SPREAD) {
    out = await sharp(out)
      .normalise({ lower: 1, upper: 99 })
      .toColourspace('b-w')
      .png({ compressionLevel: 1 })
      .toBuffer();
    steps.push('normalise');
  }
  if (options.whiten) out = await paintWhite(out, options.whiten);
  return { image: out, steps, look, qr, seals: sealsOut() };
}

/** `image` with `mask`'s white (stretched to the image's size) painted over it. */
async function paintWhite(image: Buffer | Uint8Array, mask: Buffer): Promise<Buffer> {
  const { width = 1, height = 1 } = await sharp(image).metadata();
  const input = await sharp(mask).resize({ width, height, fit: 'fill' }).png({ compressionLevel: 1 }).toBuffer();
  return sharp(image)
    .composite([{ input, blend: 'lighten' }])
    .png({ compressionLevel: 1 })
    .toBuffer();
}
