/**
 * QR codes on page images (results issued under the 2023 rules carry one: a lookup URL or codes). jsQR
 * reads RGBA pixels and finds one code per call, on a copy whose long side is at most ~1400–2000 px (a
 * 2 cm code on a 300-dpi A4 keeps 2.5–4 px per module there; jsQR on a full page costs ~0.4 s more).
 */
import jsQR from 'jsqr';
import sharp from 'sharp';

export const QR_SIDE_PX = 2000;

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

/**
 * The text of the QR code on an encoded page image, or [] (also for an image sharp cannot decode: OCR
 * decides). The engine reads codes from `preparePage`'s inspection copy instead; this entry point is for
 * callers holding only the file.
 */
export async function decodeQrCodes(image: Buffer | Uint8Array): Promise<string[]> {
  try {
    const base = sharp(image, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: QR_SIDE_PX, height: QR_SIDE_PX, fit: 'inside', withoutEnlargement: true })
      .greyscale();
    for (const prepared of [base.clone(), base.clone().normalise().threshold(128)]) {
      const { data, info } = await prepared.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      const codes = decodeQrInGrey(data, info.width, info.height);
      if (codes.length > 0) return codes;
    }
    return [];
  } catch {
    return [];
  }
}
