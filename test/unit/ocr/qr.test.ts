/** QR codes on page images are decoded (jsQR) and kept on the extracted text. */
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderScan } from '#demo/samples/render.ts';
import { decodeQrCodes } from '#shared/adapters/image/qr.ts';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';

const LOOKUP = 'https://dichvucong.gov.vn/tra-cuu?ma=HT-2024-000123&so=125/2024';

/** A 200-dpi scan with a QR code (about 2 cm wide) pasted near its bottom-right corner. */
async function scanWithQr(format: 'png' | 'jpeg'): Promise<Buffer> {
  const scan = await renderScan(composeDocument({ docType: 'khai-sinh', seed: 5 }).blocks, 'png', { dpi: 200 });
  const { width = 0, height = 0 } = await sharp(scan).metadata();
  const code = await QRCode.toBuffer(LOOKUP, { type: 'png', width: 170, margin: 2, errorCorrectionLevel: 'M' });
  const composed = sharp(scan).composite([{ input: code, left: width - 320, top: height - 320 }]);
  return format === 'png' ? composed.png().toBuffer() : composed.jpeg({ quality: 70 }).toBuffer();
}

describe('QR codes', () => {
  it('decodes a QR code pasted on a scan, also after JPEG compression', async () => {
    expect(await decodeQrCodes(await scanWithQr('png'))).toEqual([LOOKUP]);
    expect(await decodeQrCodes(await scanWithQr('jpeg'))).toEqual([LOOKUP]);
  });

  it('finds none on a page without a code, and none in bytes that are not an image', async () => {
    const scan = await renderScan(composeDocument({ docType: 'khai-sinh', seed: 5 }).blocks, 'png', { dpi: 200 });
    expect(await decodeQrCodes(scan)).toEqual([]);
    expect(await decodeQrCodes(Buffer.from('not an image'))).toEqual([]);
  });

  const engine = makeTesseractEngine();
  afterAll(async () => {
    await engine.close?.();
  });

  it('the tesseract engine keeps the code on the extracted text beside the lines', async () => {
    const out = await engine.extract({ bytes: await scanWithQr('png'), contentType: 'image/png' });
    if ('pending' in out) throw new Error('tesseract never answers pending');
    expect(out.qr).toEqual([LOOKUP]);
    expect(out.pages[0]?.lines.length).toBeGreaterThan(10);
  }, 120_000);
});
