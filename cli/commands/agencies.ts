import type { Command } from 'commander';
import { apiTarget, callApi, importBody } from '#cli/api-client.ts';
import { readImportFile } from '#cli/import-file.ts';
import { failCommand, printJson } from '#cli/output.ts';
import { writeDevConfig } from '#local/dev-config.ts';
import { DEFAULT_DATA_DIR, signLocalToken } from '#local/tokens.ts';
import { ValidationError } from '#shared/errors.ts';
import { importAgencies, type RowError, validateAgenciesFile } from '#shared/use-cases/csv-import.ts';

/**
 * `sohoa agencies import CSV`: against the running `sohoa dev`, or the local data opened in-process; with
 * `--api URL`, through that deployment's `POST /agencies/import` as the signed-in admin.
 */
export function register(program: Command): void {
  const agencies = program.command('agencies').description('manage agencies (local, or a deployment with --api)');
  agencies
    .command('import')
    .description('import agencies from CSV or XLSX: id,name,level,parentId,email,validFrom,validTo,successorId')
    .argument('<file>', 'CSV (UTF-8, "," or ";") or XLSX (first sheet); several e-mails separated by ";"')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--api <url>', 'import through this API (signed in with `sohoa login --api URL`)')
    .option('--token <jwt>', 'with --api: bearer token instead of the stored sign-in')
    .option('--json', 'print one JSON document')
    .action(async (file: string, options: { dataDir: string; api?: string; token?: string; json?: boolean }) => {
      try {
        const content = await readImportFile(file);
        if (options.api) {
          const target = await apiTarget(options.api, options.token);
          const result = await callApi<{ imported: number; agencies: string[] }>(
            target,
            'POST',
            '/agencies/import',
            importBody(content),
          );
          if (options.json) printJson({ imported: result.imported, mode: 'api', agencies: result.agencies });
          else process.stdout.write(`imported ${result.imported} agencies into ${target.apiUrl}\n`);
          return;
        }
        const { connectOrOpenLocalStack } = await import('#local/composition.ts');
        const stack = await connectOrOpenLocalStack({ dataDir: options.dataDir });
        try {
          const existing = await stack.deps.stores.agencies.list();
          const { rows, errors } = await validateAgenciesFile(content, new Set(existing.map((a) => a.id)));
          if (errors.length > 0) throw rowErrors(file, errors);
          await importAgencies(stack.deps.stores.agencies, rows);
          // A running `sohoa dev` printed tokens for the agencies it knew: add the new ones to dev.json.
          if (stack.mode === 'connected') {
            for (const agency of rows) {
              stack.config.tokens[agency.id] ??= await signLocalToken(
                { agencyId: agency.id },
                { dataDir: stack.dataDir },
              );
            }
            await writeDevConfig(stack.dataDir, stack.config);
          }
          if (options.json) printJson({ imported: rows.length, mode: stack.mode, agencies: rows.map((a) => a.id) });
          else {
            const where = stack.mode === 'connected' ? `the running sohoa dev (${stack.config.apiUrl})` : stack.dataDir;
            process.stdout.write(`imported ${rows.length} agencies into ${where}\n`);
          }
        } finally {
          await stack.close();
        }
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}

/** All bad rows in one error, line by line, so the user fixes the file in one pass. */
export function rowErrors(file: string, errors: RowError[]): ValidationError {
  const lines = errors.map((e) => `  line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`);
  const error = new ValidationError(
    'invalid_csv',
    `${file}: ${errors.length} problem(s), nothing imported:\n${lines.join('\n')}`,
    `Tệp ${file} có ${errors.length} lỗi, chưa nhập dòng nào. Sửa các dòng được liệt kê rồi chạy lại.`,
  );
  return Object.assign(error, { rows: errors });
}
