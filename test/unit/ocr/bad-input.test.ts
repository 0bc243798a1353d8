/** Input no engine can read ends in `UnreadableDocumentError` with a stable code and a Vietnamese message. */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { corruptPdfBytes, truncatePdf, writeEncryptedPdf } from '#demo/samples/bad-files.ts';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf, renderScan } from '#demo/samples/render.ts';
import { detectFileType, pdfPageCount, requireFileType } from '#shared/adapters/ocr/detect-file-type.ts';
import { hasTextLayer, makePdfTextEngine } from '#shared/adapters/ocr/pdf-text.ts';
import { chooseEngine } from '#shared/adapters/ocr/select-engine.ts';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';
import { UnreadableDocumentError } from '#shared/errors.ts';

const catchError = async (p: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (error) {
    return error as UnreadableDocumentError;
  }
  throw new Error('expected an error');
};

const MESSAGES_VI = {
  empty_file: 'Tệp rỗng (0 byte).',
  corrupt_file: 'Tệp PDF bị hỏng hoặc không đọc được.',
  encrypted_pdf: 'Tệp PDF được bảo vệ bằng mật khẩu; hãy tải lên bản không đặt mật khẩu.',
  unsupported_type: 'Định dạng tệp không được hỗ trợ; chỉ nhận PDF, JPEG, PNG, TIFF.',
} as const;

describe('detectFileType (magic bytes)', () => {
  it.each([
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 'pdf'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'jpeg'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    ['TIFF little-endian', [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0], 'tiff'],
    ['TIFF big-endian', [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8], 'tiff'],
    ['GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], null],
    ['a DOCX (zip)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], null],
    ['plain text', [...new TextEncoder().encode('Số: 125/GP-UBND')], null],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(detectFileType(new Uint8Array(bytes))).toBe(expected);
  });

  it('accepts a PDF header after a little leading garbage, as readers do', () => {
    expect(detectFileType(new TextEncoder().encode('\r\n\r\n%PDF-1.4\n'))).toBe('pdf');
  });
});

describe('unreadable input', () => {
  const pdfText = makePdfTextEngine();

  it('a zero-byte file is empty_file', async () => {
    const error = await catchError(() => requireFileType(new Uint8Array(), 'scan.pdf'));
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect(error.code).toBe('empty_file');
    expect(error.messageVi).toBe(MESSAGES_VI.empty_file);
  });

  it('a file of another type is unsupported_type, for every engine', async () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]);
    const error = await catchError(pdfText.extract({ bytes: gif, contentType: 'image/gif' }));
    expect(error.code).toBe('unsupported_type');
    expect(error.messageVi).toBe(MESSAGES_VI.unsupported_type);
    const tesseractError = await catchError(makeTesseractEngine().extract({ bytes: gif, contentType: 'image/gif' }));
    expect(tesseractError.code).toBe('unsupported_type');
  });

  it('a truncated PDF is corrupt_file', async () => {
    const pdf = await renderPdf(composeDocument({ docType: 'khai-sinh', seed: 1 }).blocks);
    const error = await catchError(pdfText.extract({ bytes: truncatePdf(pdf), contentType: 'application/pdf' }));
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect(error.code).toBe('corrupt_file');
    expect(error.messageVi).toBe(MESSAGES_VI.corrupt_file);
  });

  it('a PDF header followed by garbage is corrupt_file', async () => {
    const error = await catchError(hasTextLayer(corruptPdfBytes()));
    expect(error.code).toBe('corrupt_file');
  });

  it('a password-protected PDF is encrypted_pdf, whichever engine is chosen', async () => {
    const encrypted = writeEncryptedPdf();
    const error = await catchError(pdfPageCount(encrypted));
    expect(error.code).toBe('encrypted_pdf');
    expect(error.messageVi).toBe(MESSAGES_VI.encrypted_pdf);
    const chosen = await catchError(chooseEngine(encrypted, { pdfText, scans: makeTesseractEngine() }));
    expect(chosen.code).toBe('encrypted_pdf');
  });

  it('counts the pages of a valid PDF', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage();
    expect(await pdfPageCount(await doc.save())).toBe(3);
  });

  it('a truncated PNG is corrupt_file for tesseract (and the worker stays usable)', async () => {
    const engine = makeTesseractEngine();
    try {
      const png = await renderScan(composeDocument({ docType: 'khai-sinh', seed: 2 }).blocks, 'png', {
        dpi: 72,
        noise: 0,
      });
      const error = await catchError(engine.extract({ bytes: png.slice(0, 200), contentType: 'image/png' }));
      expect(error).toBeInstanceOf(UnreadableDocumentError);
      expect(error.code).toBe('corrupt_file');
      expect(error.messageVi).toMatch(/hỏng/u);
      const next = await engine.extract({ bytes: png, contentType: 'image/png' });
      if ('pending' in next) throw new Error('tesseract never answers pending');
      expect(next.pages[0]?.lines.length).toBeGreaterThan(0);
    } finally {
      await engine.close?.();
    }
  }, 60_000);
});
