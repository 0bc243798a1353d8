/** Page geometry on real renderings: deskew, the paper cut out of a photo or a screenshot, red seals. */

import sharp from 'sharp';
import type { Page } from 'tesseract.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderScan } from '#demo/samples/render.ts';
import { estimateSkew, findPaper, findSeals } from '#shared/adapters/image/geometry.ts';
import { preparePage } from '#shared/adapters/image/prepare.ts';
import { pageLines, UNDER_SEAL_CONFIDENCE } from '#shared/adapters/ocr/tesseract.ts';

let page: Buffer;
beforeAll(async () => {
  page = Buffer.from(
    await renderScan(composeDocument({ docType: 'giay-phep-xay-dung', seed: 7 }).blocks, 'png', { dpi: 150 }),
  );
});

/** The grey inspection copy, as preparePage makes it. */
async function grey(image: Buffer | Uint8Array) {
  const { data, info } = await sharp(image)
    .resize({ width: 1400, height: 1400, fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function skewOf(image: Buffer | Uint8Array): Promise<number> {
  const g = await grey(image);
  const inner = {
    left: Math.round(g.width * 0.08),
    top: Math.round(g.height * 0.08),
    width: Math.round(g.width * 0.84),
    height: Math.round(g.height * 0.84),
  };
  return estimateSkew(g.data, g.width, inner).degrees;
}

/** Turned clockwise by `degrees` (sharp's sense), the uncovered corners white like a scanner's lid. */
const turned = async (degrees: number) => sharp(page).rotate(degrees, { background: '#ffffff' }).png().toBuffer();

/** Photographed on a dark table: turned, with a margin of table all round. */
const onTable = async (degrees: number) =>
  sharp(page)
    .rotate(degrees, { background: '#3b3127' })
    .extend({ top: 90, bottom: 90, left: 70, right: 70, background: '#3b3127' })
    .jpeg({ quality: 85 })
    .toBuffer();

describe('estimateSkew', () => {
  it('finds no tilt on a straight scan', async () => {
    expect(Math.abs(await skewOf(page))).toBeLessThanOrEqual(0.1);
  });

  it('measures a turned rendering within ±0.5°, with its sense', async () => {
    for (const degrees of [1.2, -2.5, 4]) expect(await skewOf(await turned(degrees))).toBeCloseTo(degrees, 0);
    for (const degrees of [1.2, -2.5, 4])
      expect(Math.abs((await skewOf(await turned(degrees))) - degrees)).toBeLessThanOrEqual(0.5);
  });
});

describe('preparePage geometry', () => {
  it('straightens a turned scan: the prepared page has no tilt left', async () => {
    const prepared = await preparePage(await turned(-2.5));
    // Turned back counter-clockwise by the measured tilt (2.5° ± 0.5°).
    expect(prepared.steps[0]).toMatch(/^deskew\+(2\.[0-9]+|3\.00)°$/);
    expect(Math.abs(await skewOf(prepared.image))).toBeLessThanOrEqual(0.3);
  });

  it('leaves a tilt under 2° alone', async () => {
    const prepared = await preparePage(await turned(1.2));
    expect(prepared.steps.some((s) => s.startsWith('deskew'))).toBe(false);
  });

  it('cuts a photographed sheet out of the table it lies on, straightened', async () => {
    const photo = await onTable(3);
    const g = await grey(photo);
    expect(findPaper(g.data, g.width, g.height)).not.toBeNull();
    const prepared = await preparePage(photo);
    expect(prepared.steps[0]).toMatch(/^deskew-(2\.[5-9][0-9]|3\.[0-4][0-9]|3\.50)°$/);
    expect(prepared.steps[1]).toBe('crop-paper');
    const out = await sharp(prepared.image).metadata();
    const original = await sharp(page).metadata();
    // The sheet's own size, give or take the corners a 3° turn leaves: no table margin left.
    expect(out.width).toBeGreaterThan((original.width ?? 0) * 0.93);
    expect(out.width).toBeLessThan((original.width ?? 0) * 1.02);
    expect(out.height).toBeLessThan((original.height ?? 0) * 1.02);
    expect(Math.abs(await skewOf(prepared.image))).toBeLessThanOrEqual(0.3);
  });

  it('cuts a screenshot page from between the phone UI bars, keeping its full width', async () => {
    const W = 1080;
    const H = 2340;
    const inner = await sharp(page).resize({ width: W }).png().toBuffer();
    const { height: h = 0 } = await sharp(inner).metadata();
    const shot = await sharp({ create: { width: W, height: H, channels: 3, background: '#111111' } })
      .composite([
        { input: inner, top: Math.round((H - h) / 2), left: 0 },
        { input: { create: { width: W, height: 96, channels: 3, background: '#000000' } }, top: 0, left: 0 },
      ])
      .png()
      .toBuffer();
    const prepared = await preparePage(shot);
    expect(prepared.steps).toContain('crop-paper');
    const out = await sharp(prepared.image).metadata();
    expect(out.width).toBe(W);
    expect(Math.abs((out.height ?? 0) - h)).toBeLessThan(h * 0.03);
  });

  it('finds no paper to cut on a scan', async () => {
    const g = await grey(await turned(1.2));
    expect(findPaper(g.data, g.width, g.height)).toBeNull();
  });
});

describe('red seals', () => {
  const seal = (size: number) =>
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.45}" fill="none" stroke="rgb(200,40,45)" stroke-width="${size * 0.05}"/><circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.3}" fill="none" stroke="rgb(200,40,45)" stroke-width="${size * 0.02}"/><text x="${size / 2}" y="${size * 0.55}" font-size="${size * 0.2}" text-anchor="middle" fill="rgb(200,40,45)">★</text></svg>`,
    );

  async function stamped() {
    const { width = 0, height = 0 } = await sharp(page).metadata();
    const size = Math.round(width * 0.22);
    const left = Math.round(width * 0.3);
    const top = Math.round(height * 0.12);
    const title = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width * 0.6)}" height="60"><text x="10" y="45" font-size="44" font-weight="bold" fill="rgb(195,37,46)">GIẤY CHỨNG NHẬN KẾT HÔN</text></svg>`,
    );
    const image = await sharp(page)
      .composite([
        { input: seal(size), left, top, blend: 'multiply' },
        { input: title, left: Math.round(width * 0.2), top: Math.round(height * 0.55) },
      ])
      .png()
      .toBuffer();
    return { image, size, left, top, width, height };
  }

  it('finds a round seal and not a red title', async () => {
    const s = await stamped();
    const { data, info } = await sharp(s.image)
      .resize({ width: 1400, height: 1400, fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const found = findSeals(data, info.width, info.height, info.channels);
    expect(found).toHaveLength(1);
    const f = (info.width / s.width) as number;
    const [rect] = found;
    // Its box holds the seal (and a margin), nowhere near the title's row.
    expect(rect!.left).toBeLessThanOrEqual(s.left * f + 2);
    expect(rect!.top).toBeLessThanOrEqual(s.top * f + 2);
    expect(rect!.left + rect!.width).toBeGreaterThanOrEqual((s.left + s.size) * f - 2);
    expect(rect!.top + rect!.height).toBeLessThan(s.height * 0.55 * f);
  });

  it('takes the seal ink out and keeps the text under it and the red title', async () => {
    const s = await stamped();
    const prepared = await preparePage(s.image);
    expect(prepared.steps).toContain('seal-out×1');
    expect(prepared.seals).toHaveLength(1);
    const before = await sharp(s.image).removeAlpha().greyscale().raw().toBuffer();
    const { data: after, info } = await sharp(prepared.image)
      .removeAlpha()
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(1);
    const ring = { x: s.left + Math.round(s.size * 0.5), y: s.top + Math.round(s.size * 0.05) + 1 };
    // The ring's top (paper under it) was dark red-grey, is now paper.
    expect(before[ring.y * info.width + ring.x]).toBeLessThan(170);
    expect(after[ring.y * info.width + ring.x]).toBeGreaterThan(235);
    // The red title outside the seal is untouched: as dark as its grey.
    let darkBefore = 0;
    let darkAfter = 0;
    const y0 = Math.round(s.height * 0.55);
    for (let y = y0; y < y0 + 60; y++) {
      for (let x = Math.round(s.width * 0.2); x < Math.round(s.width * 0.8); x++) {
        if ((before[y * info.width + x] as number) < 128) darkBefore++;
        if ((after[y * info.width + x] as number) < 128) darkAfter++;
      }
    }
    expect(darkBefore).toBeGreaterThan(500);
    expect(darkAfter).toBeGreaterThan(darkBefore * 0.8);
    // Black text under the seal stays dark: about as many dark pixels inside the box as the scan had without
    // the seal (the curve of the seal's stretch darkens the text's edges a little), and almost none where the
    // scan had paper (the ring alone, left dark, would be thousands).
    const rect = prepared.seals[0]!;
    const plain = await sharp(page).removeAlpha().greyscale().raw().toBuffer();
    let textPlain = 0;
    let textAfter = 0;
    let inkLeft = 0;
    for (let y = rect.top; y < rect.top + rect.height; y++) {
      for (let x = rect.left; x < rect.left + rect.width; x++) {
        if ((plain[y * info.width + x] as number) < 100) textPlain++;
        if ((after[y * info.width + x] as number) < 100) {
          textAfter++;
          if ((plain[y * info.width + x] as number) > 200) inkLeft++;
        }
      }
    }
    expect(textPlain).toBeGreaterThan(200);
    expect(textAfter).toBeGreaterThan(textPlain * 0.85);
    expect(textAfter).toBeLessThan(textPlain * 1.5);
    expect(inkLeft).toBeLessThan(textPlain * 0.02);
  });

  it('keeps text strokes under a seal stamped over them black, not grey', async () => {
    const { width = 0, height = 0 } = await sharp(page).metadata();
    const size = Math.round(width * 0.22);
    const left = Math.round(width * 0.3);
    const top = Math.round(height * 0.12);
    // Thin strokes (2 px, like a digit's at 150 dpi) across the top of the ring, the seal's ink laid over
    // them at 72 % (a stamp covers the text it hits), saved as JPEG (half-resolution colour).
    const ringY = top + Math.round(size * 0.05);
    const band = Math.round(size * 0.05);
    const xs = [0.4, 0.45, 0.5, 0.55, 0.6].map((f) => left + Math.round(size * f));
    const strokes = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${xs
        .map((x) => `<rect x="${x}" y="${ringY - band * 2}" width="2" height="${band * 4}" fill="#161616"/>`)
        .join('')}</svg>`,
    );
    const ink = Buffer.from(
      seal(size).toString().replace('<circle', '<g opacity="0.72"><circle').replace('</svg>', '</g></svg>'),
    );
    const written = await sharp(page)
      .composite([{ input: strokes }])
      .png()
      .toBuffer();
    const image = await sharp(written)
      .composite([{ input: ink, left, top }])
      .jpeg({ quality: 85 })
      .toBuffer();
    const prepared = await preparePage(image);
    expect(prepared.steps).toContain('seal-out×1');
    const { data, info } = await sharp(prepared.image).greyscale().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[y * info.width + x] as number;
    for (const x of xs) {
      // The lighter of the stroke's two columns, across the ring's width (linearly stretched: 60–95 here).
      let lightest = 0;
      for (let y = ringY - Math.floor(band / 2) + 2; y < ringY + Math.floor(band / 2) - 2; y++)
        lightest = Math.max(lightest, Math.min(at(x, y), at(x + 1, y)));
      expect(lightest).toBeLessThan(40);
      // The ring beside it is paper.
      expect(at(x - 4, ringY)).toBeGreaterThan(235);
    }
  });

  it('does not trust OCR confidence of words read under a seal', () => {
    const word = (text: string, x0: number, confidence: number) => ({
      text,
      confidence,
      bbox: { x0, y0: 100, x1: x0 + 80, y1: 130 },
    });
    const line = (words: ReturnType<typeof word>[], confidence: number) => ({
      text: words.map((w) => w.text).join(' '),
      confidence,
      bbox: { x0: words[0]!.bbox.x0, y0: 100, x1: words[words.length - 1]!.bbox.x1, y1: 130 },
      words,
    });
    const page = {
      blocks: [
        {
          paragraphs: [
            {
              lines: [
                line([word('Mã', 100, 95), word('số:', 185, 95), word('62C6000457', 270, 91)], 91),
                line([word('Điện', 100, 96), word('thoại', 185, 96)], 96),
              ],
            },
          ],
        },
      ],
    } as unknown as Page;
    const seal = { left: 250, top: 60, width: 200, height: 200 };
    expect(pageLines(page, [seal]).map((l) => l.confidence)).toEqual([UNDER_SEAL_CONFIDENCE, 0.96]);
    expect(pageLines(page).map((l) => l.confidence)).toEqual([0.91, 0.96]);
  });
});
