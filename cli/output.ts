import { SohoaError } from '#shared/domain/errors.ts';

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
