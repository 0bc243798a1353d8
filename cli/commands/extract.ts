/**
 * `sohoa extract FILE [PAGE...] [--engine pdf-text|tesseract|textract] [--json]`: OCR one local file and
 * classify it, with no storage. Default engine: pdf-text for a PDF with a text layer, tesseract otherwise.
 * More files after the first are further page images of the same document (`gcn_1.jpg gcn_2.jpg`), read in
 * order as one document, as the pipeline reads a document uploaded one image per page.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { failCommand, printClassification, printJson } from '#cli/output.ts';
import { CONTENT_TYPES, requireFileType } from '#shared/adapters/ocr/detect-file-type.ts';
import { makePdfTextEngine } from '#shared/adapters/ocr/pdf-text.ts';
import { chooseEngine, ENGINE_NAMES } from '#shared/adapters/ocr/select-engine.ts';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';
import { classifyText, withReview } from '#shared/domain/classify.ts';
import type { Classification, ExtractedText, OcrEngineName } from '#shared/domain/types.ts';
import { vnToday } from '#shared/domain/vn-time.ts';
import { ConfigError, ValidationError } from '#shared/errors.ts';
import type { OcrEngine } from '#shared/ports.ts';

interface ExtractOptions {
  engine?: string;
  json?: boolean;
  referenceDate?: string;
}

async function readInput(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new ValidationError('file_not_found', `file not found: ${path}`, 'Không tìm thấy tệp.');
  if (!info.isFile())
    throw new ValidationError('not_a_file', `not a file: ${path}`, 'Đường dẫn không phải là một tệp.');
  return new Uint8Array(await readFile(path));
}

async function makeTextract(): Promise<OcrEngine> {
  const { TextractClient } = await import('@aws-sdk/client-textract');
  const { makeTextractEngine } = await import('#shared/adapters/ocr/textract.ts');
  const client = new TextractClient({
    region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'ap-southeast-1',
  });
  try {
    await client.config.credentials();
  } catch (error) {
    throw new ConfigError(
      '--engine textract needs AWS credentials (AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) and a region with Textract; use --engine tesseract to read the file offline',
      { cause: error },
    );
  }
  // The CLI reads local files: the synchronous API with the bytes; no SNS channel is used.
  return makeTextractEngine({ client, snsTopicArn: '', roleArn: '' });
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('OCR one local file (PDF, JPEG, PNG, TIFF) and classify it; nothing is stored')
    .argument('<file>', 'the document to read')
    .argument('[pages...]', 'further page images of the same document (JPEG, PNG, TIFF), in order')
    .option(
      '--engine <name>',
      `one of ${ENGINE_NAMES.join(', ')} (default: pdf-text for PDFs with a text layer, else tesseract)`,
    )
    .option('--reference-date <date>', 'ISO date validity is judged at (default: today)')
    .option('--json', 'print the Classification JSON')
    .action(async (file: string, more: string[], options: ExtractOptions) => {
      let engine: OcrEngine | null = null;
      try {
        if (options.engine && !(ENGINE_NAMES as readonly string[]).includes(options.engine)) {
          throw new ValidationError(
            'invalid_engine',
            `--engine must be one of ${ENGINE_NAMES.join(', ')}`,
            `Công cụ nhận dạng phải là một trong: ${ENGINE_NAMES.join(', ')}.`,
          );
        }
        const bytes = await readInput(file);
        const type = requireFileType(bytes, basename(file));
        const nextPages = [];
        for (const page of more) {
          const pageBytes = await readInput(page);
          const pageType = requireFileType(pageBytes, basename(page));
          if (type === 'pdf' || pageType === 'pdf' || options.engine === 'pdf-text') {
            throw new ValidationError(
              'pdf_among_pages',
              'further pages must be images (JPEG, PNG, TIFF) of a document whose first file is an image, read by OCR',
              'Các trang thêm phải là ảnh (JPEG, PNG, TIFF) và tệp đầu cũng là ảnh; tệp PDF hãy đọc riêng.',
            );
          }
          nextPages.push({ bytes: pageBytes, contentType: CONTENT_TYPES[pageType], fileName: basename(page) });
        }
        const name = options.engine as OcrEngineName | undefined;
        if (name === 'textract') engine = await makeTextract();
        else if (name === 'pdf-text') engine = makePdfTextEngine();
        else if (name === 'tesseract') engine = makeTesseractEngine();
        else engine = await chooseEngine(bytes, { pdfText: makePdfTextEngine(), scans: makeTesseractEngine() });
        const text = (await engine.extract({
          bytes,
          contentType: CONTENT_TYPES[type],
          fileName: basename(file),
          ...(nextPages.length > 0 ? { nextPages } : {}),
        })) as ExtractedText;
        const referenceDate = options.referenceDate ?? vnToday();
        const c = classifyText(text, { engine: text.engine, referenceDate });
        // The engine's own warnings join the classifier's; review is decided again on the joined list.
        const result: Classification = withReview({
          ...c,
          engine: text.engine,
          pages: text.pages.length,
          warnings: [...(text.warnings ?? []), ...c.warnings],
        });
        if (options.json) printJson(result);
        else printClassification(result, [['file', [file, ...more].join(', ')]]);
      } catch (error) {
        await engine?.close?.().catch(() => undefined);
        failCommand(error, options.json);
      }
      await engine?.close?.();
    });
}
