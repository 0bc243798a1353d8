/**
 * A document as the engines read it: one file, or one image per page (`OcrInput.nextPages`, from a phone
 * scanning app). Engines read the files in order as one document and number the pages on.
 */
import type { OcrFile, OcrInput } from '#shared/ports.ts';
import { unreadable } from './unreadable.ts';

/** The files of a document, page 1's file first. */
export function documentFiles(input: OcrInput): OcrFile[] {
  const { nextPages, ...first } = input;
  return [first, ...(nextPages ?? [])];
}

/** A PDF among page images: a PDF is already a document of its own (POST /uploads refuses it; defence in depth). */
export function pdfAmongPages(index: number) {
  return unreadable('unsupported_type', { detail: `file ${index + 1} of a document of page images is a PDF` });
}
