import { findDocumentType } from '#shared/domain/catalogue.ts';
import { reviewReasons } from '#shared/domain/review.ts';
import type { Classification } from '#shared/domain/types.ts';
import { SohoaError } from '#shared/errors.ts';

/** Options every command accepts. */
export interface GlobalOptions {
  json?: boolean;
}

/** Prints one JSON document on stdout (the `--json` contract). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Ends the command with a one-line error and a non-zero exit, never a stack trace (unless SOHOA_DEBUG=1).
 * With `--json`, stdout gets `{error, message, detail}`: `message` is Vietnamese for clerks, `detail` English.
 */
export function failCommand(error: unknown, json: boolean | undefined): never {
  const known = error instanceof SohoaError;
  const detail = error instanceof Error ? error.message : String(error);
  if (json) {
    printJson({
      error: known ? error.code : 'internal_error',
      message: known ? error.messageVi : 'Đã xảy ra lỗi không mong muốn.',
      detail,
    });
  }
  process.stderr.write(`sohoa: error: ${detail}\n`);
  if (process.env.SOHOA_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(known && error.userError ? 2 : 1);
}

/**
 * The human form of a Classification (`classify` and `extract` without --json): one aligned line per field,
 * after any `leading` rows (e.g. the file name), then warnings and the reasons for the type.
 */
export function printClassification(c: Classification, leading: [string, string][] = []): void {
  const type = c.docType ? `${c.docType} (${findDocumentType(c.docType)?.name ?? ''})` : null;
  const why = reviewReasons(c);
  const review = why.length > 0 ? ` — needs review (${why.join(', ')})` : '';
  const rows: [string, string | number | null][] = [
    ...leading,
    ['kind', c.kind],
    ['type', type],
    ['title', c.title],
    ['number', c.docNumber],
    ['issuer', c.issuer],
    ['level', c.level],
    ['place', c.place],
    ['issued', c.issueDate],
    ['expires', c.expiryDate],
    ['holder', c.holder],
    ['confidence', `${c.confidence.toFixed(2)}${review}`],
    ...(c.engine ? ([['engine', c.engine]] as [string, string][]) : []),
    ['pages', c.pages],
  ];
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(11)} ${v ?? '—'}\n`);
  if (c.warnings.length > 0) process.stdout.write(`${'warnings'.padEnd(11)} ${c.warnings.join(', ')}\n`);
  if (c.reasons && c.reasons.length > 0) process.stdout.write(`${'reasons'.padEnd(11)} ${c.reasons.join('; ')}\n`);
}
