/** Page preparation decides by measurement: clean scans pass unchanged, degraded pages get their steps. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderScan } from '#demo/samples/render.ts';
import { preparePage } from '#shared/adapters/image/prepare.ts';

const scan = async (): Promise<Buffer> =>
  Buffer.from(await renderScan(composeDocument({ docType: 'khai-sinh', seed: 11 }).blocks, 'png', { dpi: 200 }));

/** The scan multiplied by a pale green sheet and a red disc (a guilloche background and a seal). */
async function onGreenWithSeal(png: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const green = await sharp({ create: { width, height, channels: 3, background: { r: 190, g: 235, b: 200 } } })
    .png()
    .toBuffer();
  const seal = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><circle cx="200" cy="200" r="180" fill="none" stroke="rgb(220,30,40)" stroke-width="30"/><circle cx="200" cy="200" r="90" fill="rgb(220,30,40)"/></svg>`,
  );
  return sharp(png)
    .composite([
      { input: green, blend: 'multiply' },
      { input: seal, left: Math.round(width * 0.55), top: Math.round(height * 0.7), blend: 'multiply' },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A shadow across the page (dark left, light right), as a phone photo under a lamp. */
async function shadowed(png: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="rgb(90,90,90)"/><stop offset="1" stop-color="white"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  return sharp(png)
    .composite([{ input: gradient, blend: 'multiply' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

describe('preparePage', () => {
  it('passes a clean scan to OCR byte for byte', async () => {
    const png = await scan();
    const prepared = await preparePage(png);
    expect(prepared.steps).toEqual(['as-is']);
    expect(prepared.image).toBe(png);
  });

  it('reads a coloured page (green background, red seal) in grey, normalised: the background recedes', async () => {
    const input = await onGreenWithSeal(await scan());
    const prepared = await preparePage(input);
    expect(prepared.steps).toContain('grey-of-colour');
    // Grey of the green paper is ~207; normalised, it is lighter.
    const margin = async (image: Buffer | Uint8Array) => {
      const { width = 0, height = 0 } = await sharp(image).metadata();
      const strip = { left: 0, top: 0, width, height: Math.round(height * 0.02) };
      return (await sharp(image).greyscale().extract(strip).stats()).channels[0]?.mean ?? 0;
    };
    expect(await margin(prepared.image)).toBeGreaterThan((await margin(input)) + 3);
    expect((await sharp(prepared.image).metadata()).channels).toBe(1);
  });

  it('flattens uneven light: the shadowed paper comes out as light as the lit paper', async () => {
    const prepared = await preparePage(await shadowed(await scan()));
    expect(prepared.steps).toContain('flatten-light');
    const { data, info } = await sharp(prepared.image).raw().toBuffer({ resolveWithObject: true });
    // Paper (the top margin) at the dark and light ends of the shadow.
    const at = (fx: number): number =>
      data[(Math.round(info.height * 0.02) * info.width + Math.round(info.width * fx)) * info.channels] ?? 0;
    expect(at(0.03)).toBeGreaterThan(200);
    expect(Math.abs(at(0.03) - at(0.97))).toBeLessThan(30);
  });

  it('flattens uneven light on a page whose seal it takes out too', async () => {
    const png = await scan();
    const { width = 0, height = 0 } = await sharp(png).metadata();
    const seal = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><circle cx="150" cy="150" r="130" fill="none" stroke="rgb(210,35,40)" stroke-width="14"/><circle cx="150" cy="150" r="40" fill="rgb(210,35,40)"/></svg>`,
    );
    const stamped = await sharp(png)
      .composite([{ input: seal, left: Math.round(width * 0.55), top: Math.round(height * 0.7), blend: 'multiply' }])
      .png()
      .toBuffer();
    const prepared = await preparePage(await shadowed(stamped));
    expect(prepared.steps.some((s) => s.startsWith('seal-out'))).toBe(true);
    expect(prepared.steps).toContain('flatten-light');
    const { data, info } = await sharp(prepared.image).raw().toBuffer({ resolveWithObject: true });
    const at = (fx: number): number =>
      data[(Math.round(info.height * 0.02) * info.width + Math.round(info.width * fx)) * info.channels] ?? 0;
    expect(at(0.03)).toBeGreaterThan(200);
    expect(Math.abs(at(0.03) - at(0.97))).toBeLessThan(30);
  });

  it('upscales a low-resolution page', async () => {
    const small = await sharp(await scan())
      .resize({ width: 600 })
      .png()
      .toBuffer();
    const prepared = await preparePage(small);
    expect(prepared.steps.some((s) => s.startsWith('upscale'))).toBe(true);
    expect((await sharp(prepared.image).metadata()).width).toBeGreaterThan(600);
  });

  it('upscales a page sent at ~85 dpi (an A4 page 1017 px high), and leaves a 150-dpi one as it came', async () => {
    const at = async (height: number) =>
      preparePage(
        await sharp(await scan())
          .resize({ height })
          .png()
          .toBuffer(),
      );
    const low = await at(1017);
    expect(low.steps.some((s) => s.startsWith('upscale'))).toBe(true);
    expect((await sharp(low.image).metadata()).height).toBeGreaterThan(1400);
    expect((await at(1754)).steps).toEqual(['as-is']);
  });

  it('does not stretch a nearly blank page: its paper stays white (a contract’s last page, a few lines on top)', async () => {
    const width = 719;
    const height = 1017;
    const lines = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="rgb(236,236,232)"/><text x="60" y="70" font-size="13" font-family="serif" fill="rgb(20,20,20)">Điều 2. Giá chuyển nhượng: 240.000.000 đồng</text><text x="60" y="92" font-size="13" font-family="serif" fill="rgb(20,20,20)">Điều 3. Phương thức thanh toán: tiền mặt</text></svg>`,
    );
    const page = await sharp(lines).jpeg({ quality: 80 }).toBuffer();
    const prepared = await preparePage(page);
    expect(prepared.steps.some((s) => s.startsWith('upscale'))).toBe(true);
    expect(prepared.steps).not.toContain('normalise');
    const { data } = await sharp(prepared.image).greyscale().raw().toBuffer({ resolveWithObject: true });
    let paper = 0;
    for (const v of data) if (v > 200) paper++;
    expect(paper / data.length).toBeGreaterThan(0.9);
  });

  it('applies the EXIF orientation of a phone photo', async () => {
    const png = await scan();
    const { width = 0, height = 0 } = await sharp(png).metadata();
    // Stored sideways with orientation 6 (rotate 90° clockwise to display).
    const sideways = await sharp(png).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const prepared = await preparePage(sideways);
    expect(prepared.steps).toContain('exif-rotate');
    const out = await sharp(prepared.image).metadata();
    expect([out.width, out.height]).toEqual([width, height]);
  });
});
