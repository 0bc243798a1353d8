import type { Command } from 'commander';
import { apiTarget, callApi, importBody } from '#cli/api-client.ts';
import { readImportFile, readWorkbook } from '#cli/import-file.ts';
import { failCommand, printJson } from '#cli/output.ts';
import { DEFAULT_DATA_DIR } from '#local/tokens.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import { importInventory, validateInventoryFile } from '#shared/use-cases/csv-import.ts';
import { rowErrors } from './agencies.ts';

interface InventoryImportOptions {
  dataDir: string;
  declaredBy: string;
  api?: string;
  token?: string;
  json?: boolean;
}

/** `sohoa inventory import CSV`: declarations of still-valid results per agency (the rate's denominator). */
export function register(program: Command): void {
  const inventory = program
    .command('inventory')
    .description('inventory declarations (local, or a deployment with --api)');
  inventory
    .command('import')
    .description('import inventory declarations from CSV or XLSX: agencyId,asOf,totalValid,estimated')
    .argument('<file>', 'CSV (UTF-8, "," or ";") or XLSX (first sheet)')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--declared-by <who>', 'recorded as the declarant (local; through --api, the signed-in user)', 'csv-import')
    .option('--api <url>', 'import through this API (signed in with `sohoa login --api URL`)')
    .option('--token <jwt>', 'with --api: bearer token instead of the stored sign-in')
    .option('--json', 'print one JSON document')
    .action(async (file: string, options: InventoryImportOptions) => {
      try {
        const content = await readImportFile(file);
        if (options.api) {
          const target = await apiTarget(options.api, options.token);
          const result = await callApi<{ imported: number }>(target, 'POST', '/inventory/import', importBody(content));
          if (options.json) printJson({ imported: result.imported, mode: 'api' });
          else process.stdout.write(`imported ${result.imported} inventory declarations\n`);
          return;
        }
        const { connectOrOpenLocalStack } = await import('#local/composition.ts');
        const stack = await connectOrOpenLocalStack({ dataDir: options.dataDir });
        try {
          const agencies = await stack.deps.stores.agencies.list();
          const { rows, errors } = await validateInventoryFile(
            content,
            new Set(agencies.map((a) => a.id)),
            options.declaredBy,
            { agencies: new Map(agencies.map((a) => [a.id, a])), today: vnDateOf(stack.deps.clock.now()) },
            readWorkbook,
          );
          if (errors.length > 0) throw rowErrors(file, errors);
          await importInventory(stack.deps.stores.inventory, rows);
          if (options.json) printJson({ imported: rows.length, mode: stack.mode });
          else process.stdout.write(`imported ${rows.length} inventory declarations\n`);
        } finally {
          await stack.close();
        }
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}
