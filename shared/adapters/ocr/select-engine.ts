/**
 * Which engine reads a file: a PDF with a text layer is read as is (`pdf-text`, no OCR); everything else
 * goes to the configured scan engine (`tesseract` locally, `tesseract` or `textract` in the cloud).
 */
import type { ExtractedText, OcrEngineName } from '#shared/domain/types.ts';
import type { OcrEngine, OcrInput } from '#shared/ports.ts';
import { requireFileType } from './detect-file-type.ts';
import { hasTextLayer, makePdfTextEngine } from './pdf-text.ts';
import { makeTesseractEngine, type TesseractOptions } from './tesseract.ts';
import { makeTextractEngine, type TextractEngineOptions } from './textract.ts';

export interface OcrEngines {
  pdfText: OcrEngine;
  /** The engine for scans and images. */
  scans: OcrEngine;
  close(): Promise<void>;
}

export type ScanEngineConfig =
  | { engine: 'tesseract'; tesseract?: TesseractOptions }
  | ({ engine: 'textract' } & TextractEngineOptions);

export function makeOcrEngines(config: ScanEngineConfig = { engine: 'tesseract' }): OcrEngines {
  const pdfText = makePdfTextEngine();
  const scans = config.engine === 'textract' ? makeTextractEngine(config) : makeTesseractEngine(config.tesseract);
  return {
    pdfText,
    scans,
    async close() {
      await scans.close?.();
    },
  };
}

/**
 * The engine for these bytes. Throws `UnreadableDocumentError` for empty, unsupported, corrupt or
 * encrypted input (checking the text layer opens the PDF).
 */
export async function chooseEngine(
  bytes: Uint8Array,
  engines: Pick<OcrEngines, 'pdfText' | 'scans'>,
): Promise<OcrEngine> {
  const type = requireFileType(bytes);
  if (type === 'pdf' && (await hasTextLayer(bytes))) return engines.pdfText;
  return engines.scans;
}

/** Reads a file with the engine `chooseEngine` picks, or with `forced` when the caller named one. */
export async function extractWith(
  input: OcrInput,
  engines: Pick<OcrEngines, 'pdfText' | 'scans'>,
  options?: { forced?: OcrEngine; jobToken?: string },
): Promise<ExtractedText | { pending: true; jobId: string }> {
  requireFileType(input.bytes, input.fileName);
  const engine = options?.forced ?? (await chooseEngine(input.bytes, engines));
  return engine.extract(input, options?.jobToken ? { jobToken: options.jobToken } : undefined);
}

export const ENGINE_NAMES: readonly OcrEngineName[] = ['pdf-text', 'tesseract', 'textract'];
