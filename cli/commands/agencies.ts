import { hostname, userInfo } from 'node:os';
import type { Command } from 'commander';
import { apiTarget, callApi, importBody } from '#cli/api-client.ts';
import { readImportFile, readWorkbook } from '#cli/import-file.ts';
import { failCommand, printJson } from '#cli/output.ts';
import { writeDevConfig } from '#local/dev-config.ts';
import { DEFAULT_DATA_DIR, signLocalToken } from '#local/tokens.ts';
import { ValidationError } from '#shared/errors.ts';
import { systemClock } from '#shared/ports.ts';
import { type ImportFile, importAgencies, type RowError, validateAgenciesFile } from '#shared/use-cases/csv-import.ts';

/**
 * `sohoa agencies import CSV`: against the running `sohoa dev`, or the local data opened in-process; with
 * `--api URL`, through that deployment's `POST /agencies/import` as the signed-in admin; with `--table NAME`,
 * straight into a deployment's table with the caller's AWS credentials (the first agencies of a new
 * deployment, before anyone can sign in: the pre-token trigger refuses users of unknown agencies).
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
    .option('--table <name>', "write into this deployment's DynamoDB table with your AWS credentials (first import)")
    .option('--json', 'print one JSON document')
    .action(
      async (
        file: string,
        options: { dataDir: string; api?: string; token?: string; table?: string; json?: boolean },
      ) => {
        try {
          const content = await readImportFile(file);
          if (options.table) {
            const imported = await importIntoTable(file, content, options.table);
            if (options.json) printJson({ imported: imported.length, mode: 'table', agencies: imported });
            else process.stdout.write(`imported ${imported.length} agencies into table ${options.table}\n`);
            return;
          }
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
            const { rows, errors } = await validateAgenciesFile(
              content,
              new Set(existing.map((a) => a.id)),
              readWorkbook,
            );
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
              const where =
                stack.mode === 'connected' ? `the running sohoa dev (${stack.config.apiUrl})` : stack.dataDir;
              process.stdout.write(`imported ${rows.length} agencies into ${where}\n`);
            }
          } finally {
            await stack.close();
          }
        } catch (error) {
          failCommand(error, options.json);
        }
      },
    );
}

/** Validates and writes agencies into a deployed table (AWS SDK default credentials and region), audited. */
async function importIntoTable(file: string, content: ImportFile, tableName: string): Promise<string[]> {
  const { dynamo } = await import('#shared/composition/aws/clients.ts');
  const { makeDynamoStores } = await import('#shared/adapters/dynamodb/stores.ts');
  const { makeAuditWriter } = await import('#shared/use-cases/admin.ts');
  const stores = makeDynamoStores(dynamo(tableName));
  const existing = await stores.agencies.list();
  const { rows, errors } = await validateAgenciesFile(content, new Set(existing.map((a) => a.id)), readWorkbook);
  if (errors.length > 0) throw rowErrors(file, errors);
  const before = new Map(existing.map((a) => [a.id, a]));
  await importAgencies(stores.agencies, rows);
  const record = makeAuditWriter({ audit: stores.audit, clock: systemClock });
  const actor = `aws-cli:${userInfo().username}@${hostname()}`;
  for (const agency of rows) {
    await record(
      { agencyId: agency.id, role: 'admin', subject: actor },
      'agency.import',
      `agency:${agency.id}`,
      before.get(agency.id) ?? null,
      agency,
    );
  }
  return rows.map((a) => a.id);
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
