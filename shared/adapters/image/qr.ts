/**
 * QR codes on page images (results issued under the 2023 rules carry one: a lookup URL or codes). jsQR
 * reads RGBA pixels and finds one code per call; the page is decoded by sharp, scaled so its long side is
 * at most `QR_SIDE_PX` (a 2 cm code on a 300-dpi A4 keeps ~4 px per module there; full size would cost
 * four times the time), and read once as is and once binarised (stamps and security backgrounds over a
 * code confuse jsQR's own threshold less after sharp's).
 */
import jsQR from 'jsqr';
import sharp from 'sharp';

export const QR_SIDE_PX = 2000;

/** jsQR wants RGBA: the grey page is expanded (4 bytes a pixel, at most 16 MB at QR_SIDE_PX). */
async function rgba(image: sharp.Sharp): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const { data, info } = await image.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const out = new Uint8ClampedArray(info.width * info.height * 4);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const v = data[i] as number;
    out[j] = v;
    out[j + 1] = v;
    out[j + 2] = v;
    out[j + 3] = 255;
  }
  return { data: out, width: info.width, height: info.height };
}

/** The QR code in a grey raster (one byte a pixel), or []. jsQR binarises by itself. */
export function decodeQrInGrey(grey: Uint8Array, width: number, height: number): string[] {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < grey.length; i++, j += 4) {
    const v = grey[i] as number;
    out[j] = v;
    out[j + 1] = v;
    out[j + 2] = v;
    out[j + 3] = 255;
  }
  const code = jsQR(out, width, height, { inversionAttempts: 'dontInvert' });
  return code && code.data.trim() !== '' ? [code.data.trim()] : [];
}

/** The text of the QR code on a page image, or [] (also for an image sharp cannot decode: OCR decides). */
export async function decodeQrCodes(image: Buffer | Uint8Array): Promise<string[]> {
  try {
    const base = sharp(image, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: QR_SIDE_PX, height: QR_SIDE_PX, fit: 'inside', withoutEnlargement: true })
      .greyscale();
    for (const prepared of [base.clone(), base.clone().normalise().threshold(128)]) {
      const { data, width, height } = await rgba(prepared);
      const code = jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
      if (code && code.data.trim() !== '') return [code.data.trim()];
    }
    return [];
  } catch {
    return [];
  }
}
