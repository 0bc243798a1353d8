/**
 * `tesseract` engine: tesseract.js 7 with the Vietnamese model from @tesseract.js-data/vie. The model is
 * ALWAYS loaded from that local package (`langPath` + `gzip: true`): without it tesseract.js downloads
 * the model at run time and, offline, crashes the process. Workers are created once, on first use, and
 * reused for every page and file until `close()`.
 */
import { createRequire } from 'node:module';
import { createScheduler, createWorker, type Page, type Scheduler, type Worker } from 'tesseract.js';
import type { Rect } from '#shared/adapters/image/geometry.ts';
import { preparePage } from '#shared/adapters/image/prepare.ts';
import { boundedDistance } from '#shared/domain/normalize.ts';
import type { ExtractedLine, ExtractedPage, ExtractedText } from '#shared/domain/types.ts';
import { UnreadableDocumentError } from '#shared/errors.ts';
import type { OcrEngine, OcrInput } from '#shared/ports.ts';
import { requireFileType } from './detect-file-type.ts';
import { documentFiles, pdfAmongPages } from './document-files.ts';
import { checkImageHeader, checkPageCount, type OcrLimits, ocrDeadline, resolveOcrLimits } from './limits.ts';
import { OCR_DPI, pdfPageImages, tiffPageImages } from './rasterize.ts';
import { unreadable } from './unreadable.ts';

const require = createRequire(import.meta.url);
const vie = require('@tesseract.js-data/vie') as { code: string; gzip: boolean; langPath: string };

export interface TesseractOptions {
  /** Parallel workers (each holds ~100 MB and one core). Default 1. */
  workers?: number;
  /** Measure-and-prepare each page before OCR (`preparePage`); default true. */
  prepare?: boolean;
  /** Read an upscaled page a second time at another scale and doubt the lines whose digits differ; default true. */
  secondReading?: boolean;
  /** Pixel, page and time limits (default: `resolveOcrLimits()`, i.e. environment then defaults). */
  limits?: Partial<OcrLimits>;
}

/** A gap between two words wider than this many line heights means two columns on one row. */
const COLUMN_GAP_IN_HEIGHTS = 0.6;

type TesseractLine = NonNullable<Page['blocks']>[number]['paragraphs'][number]['lines'][number];

/**
 * OCR confidence given to text read under a red seal: the seal's ink was taken out from over it, and a stroke
 * lost with it can turn a digit into another one that tesseract then reads with full confidence
 * (`62C8000457` → `62C6000457` at 0.91). Below the classifier's key-line gate (0.3), so a number or date
 * read there goes to review.
 */
export const UNDER_SEAL_CONFIDENCE = 0.25;

/**
 * A page too small for tesseract as it came (an ~85-dpi scan, a sheet photographed from afar) is upscaled, and at
 * that size a digit's reading depends on the scale: the same `ngày 05` line read `05` at one scale and `08` at
 * another, both at 0.96. Such a page is read a second time at this other scale; a line whose digits the two
 * readings give differently gets UNDER_SEAL_CONFIDENCE, so a number or date read there goes to review.
 */
const SECOND_READING_LONG_SIDE_PX = 1400;

/** Letters of a line, folded and without digits or punctuation: how two readings of the same line are paired. */
const letterKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const digitsOf = (text: string) => text.replace(/[^0-9]/g, '');

/**
 * `lines` with the confidence of each line whose digits `other` (a second reading of the page) reads differently
 * capped at UNDER_SEAL_CONFIDENCE. Lines are paired by their letters (at least 6; one misread letter in 10 allowed,
 * as the scale changes letters too: `Số thá/Card No` and `Số thẻ/Card No`), and only when one line of the other
 * reading is that near: a line the other reading split, joined or read otherwise is left as it was.
 */
export function crossCheckDigits(lines: readonly ExtractedLine[], other: readonly ExtractedLine[]): ExtractedLine[] {
  const theirs = other.map((l) => ({ key: letterKey(l.text), digits: digitsOf(l.text) }));
  return lines.map((line) => {
    const key = letterKey(line.text);
    const digits = digitsOf(line.text);
    if (digits === '' || key.length < 6) return line;
    const allowed = Math.floor(key.length / 10);
    const twins = theirs.filter((t) => boundedDistance(key, t.key, allowed) <= allowed);
    if (twins.length !== 1 || twins[0]?.digits === digits) return line;
    return { ...line, confidence: Math.min(line.confidence, UNDER_SEAL_CONFIDENCE) };
  });
}

/**
 * Below this confidence (0–100, tesseract's) a word that holds a digit is one tesseract all but failed on, however
 * well it read the rest of its line: a phone photo's `Ngày, tháng, năm đăng ký: 15/4/2024` (TT 04/2020's marriage
 * certificate) came back `đăng ký;ƒ5/4/2024`, its day's 1 read as ƒ, that word at 19 in a line at 80, and the
 * date was accepted as 05/4. Such a word that also holds a foreign glyph (below) gives its part of the line
 * UNDER_SEAL_CONFIDENCE, so a number or date read there goes to review; the classifier's key-line gate (0.3) only
 * sees a line's mean. A poor word whose odd letter the readers take for a digit (`tháng 1ï`, 11) is left as read.
 */
const DIGIT_WORD_MIN_CONFIDENCE = 30;

/**
 * A glyph no Vietnamese paper prints: not a letter of the alphabet once its marks are folded (ï is an i, which
 * the date reader takes for a 1 among digits, as it does o, l and |), not a digit, not the punctuation of numbers,
 * dates and labels. In a digit word read poorly it stands for a digit tesseract lost (ƒ for 1).
 */
const foreignGlyph = (text: string) =>
  /[^a-z0-9đ/.,:;()|'"-]/iu.test(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd'));

const doubtfulDigits = (word: { text: string; confidence: number }) =>
  /[0-9]/.test(word.text) && word.confidence < DIGIT_WORD_MIN_CONFIDENCE && foreignGlyph(word.text);

type Box = { x0: number; y0: number; x1: number; y1: number };

const underSeal = (box: Box, seals: readonly Rect[]) => {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return seals.some((s) => cx >= s.left && cx < s.left + s.width && cy >= s.top && cy < s.top + s.height);
};

/**
 * Splits a recognised line where its words are far apart: tesseract often joins the two columns of the
 * ND 30 header ("ỦY BAN NHÂN DÂN … CỘNG HÒA XÃ HỘI …") into one line; readers want them apart, as the
 * pdf-text engine and Textract give them. A part with a word under a seal, or a digit word tesseract all but
 * failed on (DIGIT_WORD_MIN_CONFIDENCE), gets UNDER_SEAL_CONFIDENCE at most.
 */
function splitColumns(line: TesseractLine, seals: readonly Rect[]): ExtractedLine[] {
  const height = Math.max(1, line.bbox.y1 - line.bbox.y0);
  const segments: { words: string[]; confidences: number[]; sealed: boolean }[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const word of line.words) {
    const current = segments[segments.length - 1];
    const sealed = (seals.length > 0 && underSeal(word.bbox, seals)) || doubtfulDigits(word);
    if (!current || word.bbox.x0 - previousEnd > COLUMN_GAP_IN_HEIGHTS * height) {
      segments.push({ words: [word.text], confidences: [word.confidence], sealed });
    } else {
      current.words.push(word.text);
      current.confidences.push(word.confidence);
      current.sealed ||= sealed;
    }
    previousEnd = word.bbox.x1;
  }
  const cap = (confidence: number, sealed: boolean) =>
    sealed ? Math.min(confidence, UNDER_SEAL_CONFIDENCE) : confidence;
  if (segments.length <= 1)
    return [{ text: line.text, confidence: cap(line.confidence / 100, segments[0]?.sealed ?? false) }];
  return segments.map((s) => ({
    text: s.words.join(' '),
    confidence: cap(s.confidences.reduce((a, b) => a + b, 0) / s.confidences.length / 100, s.sealed),
  }));
}

/** Tone marks (grave, acute, tilde, hook above, dot below), decomposed. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** A vowel and its marks followed by the same vowel and its marks (decomposed text). */
const DOUBLED_TONED_VOWEL = /([aeiouy])(\p{M}*)\1(\p{M}*)/giu;

/**
 * Repairs tesseract's systematic misreads of Vietnamese administrative text:
 * - a syllable carries one tone mark: the same vowel read twice, each with a tone (`KẾÉT` for KẾT on a photo of
 *   a marriage certificate's title, which then named no paper), is one vowel, the first reading kept;
 * - the vie model often answers the Icelandic eth (Ð U+00D0, ð U+00F0) for đ (Đ U+0110, đ U+0111): they
 *   look identical, but "QÐ-UBND" would not match "QĐ-UBND" (Vietnamese has no eth);
 * - inside a document symbol after "number/" (ND 30: upper case, groups joined by "-"), the short hyphen
 *   comes back as "." ("GPMT.UBND") or with a speck beside it ("TLKT-.BS"), and Q as 0 ("0Đ-UBND").
 */
export function fixVietnamese(text: string): string {
  const fixed = text
    .replace(/\u00d0/g, '\u0110')
    .replace(/\u00f0/g, '\u0111')
    .normalize('NFD')
    .replace(DOUBLED_TONED_VOWEL, (m, base: string, first: string, second: string) =>
      TONE.test(first) && TONE.test(second) ? base + first : m,
    )
    .normalize('NFC');
  return fixed.replace(
    /(\d{1,6}(?:\/\d{4})?\/)([0-9A-ZĐ]+(?:[.-]{1,2}[0-9A-ZĐ]+)+|0Đ(?![0-9A-ZĐ]))/gu,
    (_m, head: string, symbol: string) => {
      const repaired = symbol
        .replace(/^0Đ(?=$|[.-])/u, 'QĐ')
        .replace(/(?<=[0-9A-ZĐ])(?:-\.|\.-)(?=[0-9A-ZĐ])/gu, '-')
        .replace(/(?<=[A-ZĐ])\.(?=[A-ZĐ])/gu, '-');
      return head + repaired;
    },
  );
}

/** Lines of a recognised page with 0–1 confidence; empty lines dropped. `seals`: see UNDER_SEAL_CONFIDENCE. */
export function pageLines(page: Page, seals: readonly Rect[] = []): ExtractedLine[] {
  const lines: ExtractedLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const part of line.words.length > 0
          ? splitColumns(line, seals)
          : [
              {
                text: line.text,
                confidence: underSeal(line.bbox, seals)
                  ? Math.min(line.confidence / 100, UNDER_SEAL_CONFIDENCE)
                  : line.confidence / 100,
              },
            ]) {
          const text = fixVietnamese(part.text.replace(/\s+/g, ' ').trim());
          // Scanner dust comes back as lone punctuation: a line without a letter or digit carries nothing.
          if (/[\p{L}\p{N}]/u.test(text)) lines.push({ text, confidence: Math.max(0, Math.min(1, part.confidence)) });
        }
      }
    }
  }
  return lines;
}

export function makeTesseractEngine(options: TesseractOptions = {}): OcrEngine {
  const count = Math.max(1, options.workers ?? 1);
  const limits = resolveOcrLimits(options.limits);
  let pool: Promise<{ scheduler: Scheduler; workers: Worker[] }> | null = null;

  const start = async () => {
    const scheduler = createScheduler();
    const workers = await Promise.all(
      Array.from({ length: count }, () =>
        createWorker(vie.code, 1 /* LSTM only */, {
          langPath: vie.langPath,
          gzip: true,
          // Keep the unpacked model in memory only: no cache directory written next to the process.
          cacheMethod: 'none',
          // Without a handler tesseract.js also THROWS job failures from its message listener (an uncaught
          // exception that kills the process); the failed job's promise already carries the error.
          errorHandler: () => undefined,
        }),
      ),
    );
    for (const worker of workers) scheduler.addWorker(worker);
    return { scheduler, workers };
  };

  /** Ends the workers (a job past its deadline cannot be cancelled otherwise); the next call restarts them. */
  const stop = async () => {
    if (!pool) return;
    const current = pool;
    pool = null;
    const { scheduler } = await current.catch(() => ({ scheduler: null }));
    await scheduler?.terminate();
  };

  const recognize = async (
    image: Buffer | Uint8Array,
    deadline: ReturnType<typeof ocrDeadline>,
    seals: readonly Rect[] = [],
  ): Promise<ExtractedLine[]> => {
    deadline.check();
    pool ??= start();
    const { scheduler } = await pool;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(deadline.expired()), Math.max(0, deadline.remainingMs()));
    });
    try {
      const job = scheduler.addJob('recognize', Buffer.from(image), {}, { blocks: true, text: false });
      job.catch(() => undefined);
      const result = await Promise.race([job, timedOut]);
      return pageLines(result.data, seals);
    } catch (error) {
      if (error instanceof UnreadableDocumentError) {
        if (error.code === 'ocr_timeout') await stop();
        throw error;
      }
      // tesseract.js reports undecodable images as a plain string or Error ("Error attempting to read image").
      const message = error instanceof Error ? error.message : String(error);
      if (/read image|decode|image/i.test(message))
        throw unreadable('corrupt_file', { image: true, detail: message, cause: error });
      throw error instanceof Error ? error : new Error(message);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    name: 'tesseract',
    async extract(input: OcrInput): Promise<ExtractedText> {
      const files = documentFiles(input);
      const types = files.map((file) => requireFileType(file.bytes, file.fileName));
      if (files.length > 1) {
        // One document of several page images: the page cap counts every page of every file.
        let total = 0;
        for (const [i, file] of files.entries()) {
          if (types[i] === 'pdf') throw pdfAmongPages(i);
          total += (await checkImageHeader(file.bytes, limits)).pages;
        }
        checkPageCount(total, limits);
      }
      const deadline = ocrDeadline(limits);
      const pages: ExtractedPage[] = [];
      const warnings: string[] = [];
      const qr: string[] = [];
      const read = async (image: Buffer | Uint8Array) => {
        const prepared =
          options.prepare === false
            ? { image, qr: [] as string[], seals: [] }
            : await preparePage(image).catch(() => ({ image, qr: [] as string[], seals: [] }));
        let lines = await recognize(prepared.image, deadline, prepared.seals);
        if (options.prepare !== false && options.secondReading !== false && 'steps' in prepared) {
          if (prepared.steps.some((step) => step.startsWith('upscale'))) {
            const again = await preparePage(image, { upscaleTo: SECOND_READING_LONG_SIDE_PX }).catch(() => null);
            if (again) lines = crossCheckDigits(lines, await recognize(again.image, deadline, again.seals));
          }
        }
        const pageNumber = pages.length + 1;
        if (lines.length === 0) warnings.push(`page ${pageNumber}: no text recognised`);
        pages.push({ pageNumber, lines });
        for (const code of prepared.qr) if (!qr.includes(code)) qr.push(code);
      };
      for (const [i, file] of files.entries()) {
        const type = types[i];
        if (type === 'pdf') {
          for await (const image of pdfPageImages(file.bytes, OCR_DPI, limits)) await read(image);
        } else if (type === 'tiff') {
          for await (const image of tiffPageImages(file.bytes, limits)) await read(image);
        } else {
          await checkImageHeader(file.bytes, limits);
          await read(file.bytes);
        }
      }
      return {
        engine: 'tesseract',
        pages,
        ...(warnings.length > 0 ? { warnings } : {}),
        ...(qr.length > 0 ? { qr } : {}),
      };
    },
    close: stop,
  };
}
