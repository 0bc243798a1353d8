/**
 * `sohoa classify --text FILE|- [--json]`: classify OCR text (a text file, stdin, or an ExtractedText JSON
 * such as `extracted/{docId}.json`) with no OCR and no storage. Exit 0 for any readable text, including
 * `not_a_result`; a missing or empty input is a one-line error and a non-zero exit.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { failCommand, printClassification, printJson } from '#cli/output.ts';
import { classifyText } from '#shared/domain/classify.ts';
import type { ExtractedText } from '#shared/domain/types.ts';
import { vnToday } from '#shared/domain/vn-time.ts';
import { ValidationError } from '#shared/errors.ts';

interface ClassifyOptions {
  text: string;
  json?: boolean;
  referenceDate?: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readText(path: string): Promise<string> {
  if (path === '-') return readStdin();
  const info = await stat(path).catch(() => null);
  if (!info) throw new ValidationError('file_not_found', `file not found: ${path}`, 'Không tìm thấy tệp.');
  if (!info.isFile())
    throw new ValidationError('not_a_file', `not a file: ${path}`, 'Đường dẫn không phải là một tệp.');
  return readFile(path, 'utf8');
}

/** An ExtractedText JSON document (what the extract stage stores), or null for plain text. */
function asExtractedText(raw: string): ExtractedText | null {
  if (!raw.trimStart().startsWith('{')) return null;
  try {
    const value = JSON.parse(raw) as Partial<ExtractedText>;
    if (Array.isArray(value.pages) && value.pages.every((p) => Array.isArray(p?.lines))) return value as ExtractedText;
  } catch {
    // Not JSON after all: classify it as text.
  }
  return null;
}

export function register(program: Command): void {
  program
    .command('classify')
    .description(
      'classify OCR text (a text file, - for stdin, or an ExtractedText JSON): type, number, dates, validity',
    )
    .requiredOption('--text <file>', 'the OCR text to classify, - for stdin')
    .option('--reference-date <date>', 'ISO date "today" for the checks (default: today in Vietnam)')
    .option('--json', 'print the Classification JSON')
    .action(async (options: ClassifyOptions) => {
      try {
        const raw = await readText(options.text);
        if (raw.trim() === '') {
          throw new ValidationError(
            'empty_text',
            `no text to classify in ${options.text === '-' ? 'stdin' : options.text}`,
            'Không có nội dung văn bản để phân loại.',
          );
        }
        if (options.referenceDate && !/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate)) {
          throw new ValidationError(
            'invalid_date',
            '--reference-date must be YYYY-MM-DD',
            'Ngày tham chiếu phải có dạng YYYY-MM-DD.',
          );
        }
        const input = asExtractedText(raw) ?? raw;
        const c = classifyText(input, { referenceDate: options.referenceDate ?? vnToday() });
        if (options.json) printJson(c);
        else printClassification(c);
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}
