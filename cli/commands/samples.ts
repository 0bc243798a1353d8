/** `sohoa samples --out DIR [--count N] [--seed S] [--formats ...]`: write a generated corpus with ground truth. */
import type { Command } from 'commander';
import { failCommand, printJson } from '#cli/output.ts';
import { generateSamples, SAMPLE_FORMATS, type SampleFormat } from '#demo/samples/generate.ts';
import { SAMPLE_TYPE_IDS } from '#demo/samples/templates.ts';
import { ValidationError } from '#shared/errors.ts';

interface SamplesOptions {
  out: string;
  count: string;
  seed: string;
  formats?: string;
  types?: string;
  expired?: string;
  notAResult?: string;
  badFiles?: boolean;
  dpi: string;
  json?: boolean;
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new ValidationError(
      'invalid_option',
      `${name} must be a whole number`,
      `${name} phải là số nguyên không âm.`,
    );
  return n;
}

function share(name: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!(n >= 0 && n <= 1))
    throw new ValidationError(
      'invalid_option',
      `${name} must be between 0 and 1`,
      `${name} phải nằm trong khoảng 0–1.`,
    );
  return n;
}

export function register(program: Command): void {
  program
    .command('samples')
    .description('generate realistic sample documents (fictional data) with a .truth.json beside each file')
    .requiredOption('--out <dir>', 'output directory')
    .option('--count <n>', 'number of documents', '26')
    .option('--seed <n>', 'random seed (same seed, same corpus)', '1')
    .option('--formats <list>', `comma-separated: ${SAMPLE_FORMATS.join(', ')}`, 'pdf,scan-png')
    .option('--types <list>', 'comma-separated document type ids (default: all 26)')
    .option('--expired <share>', 'share (0–1) of fixed-term documents issued already expired', '0')
    .option('--not-a-result <share>', 'share (0–1) of pages that are not results (letters, plans, menus)', '0')
    .option('--bad-files', 'also write a truncated, an encrypted and an empty PDF')
    .option('--dpi <n>', 'scan resolution', '200')
    .option('--json', 'print the list of files and their truth as JSON')
    .action(async (options: SamplesOptions) => {
      try {
        const formats = list(options.formats);
        for (const f of formats) {
          if (!(SAMPLE_FORMATS as readonly string[]).includes(f)) {
            throw new ValidationError(
              'invalid_option',
              `unknown format ${f}; use ${SAMPLE_FORMATS.join(', ')}`,
              `Định dạng không hợp lệ: ${f}.`,
            );
          }
        }
        const types = list(options.types);
        for (const t of types) {
          if (!SAMPLE_TYPE_IDS.includes(t))
            throw new ValidationError(
              'invalid_option',
              `unknown document type ${t}`,
              `Loại giấy tờ không hợp lệ: ${t}.`,
            );
        }
        const count = positiveInt('--count', options.count);
        const written = await generateSamples({
          outDir: options.out,
          count,
          seed: positiveInt('--seed', options.seed),
          formats: formats as SampleFormat[],
          types,
          expiredShare: share('--expired', options.expired),
          notAResultShare: share('--not-a-result', options.notAResult),
          badFiles: Boolean(options.badFiles),
          dpi: positiveInt('--dpi', options.dpi),
          onFile: options.json ? undefined : (done, total) => process.stderr.write(`\r${done}/${total}`),
        });
        if (options.json) printJson(written);
        else process.stdout.write(`\nwrote ${written.length} documents (+ .truth.json each) to ${options.out}\n`);
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}
