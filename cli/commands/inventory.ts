import type { Command } from 'commander';
import { readImportFile } from '#cli/import-file.ts';
import { failCommand, printJson } from '#cli/output.ts';
import { DEFAULT_DATA_DIR } from '#local/tokens.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import { importInventory, validateInventoryFile } from '#shared/use-cases/csv-import.ts';
import { rowErrors } from './agencies.ts';

/** `sohoa inventory import CSV`: declarations of still-valid results per agency (the rate's denominator). */
export function register(program: Command): void {
  const inventory = program.command('inventory').description('inventory declarations (local mode)');
  inventory
    .command('import')
    .description('import inventory declarations from CSV or XLSX: agencyId,asOf,totalValid,estimated')
    .argument('<file>', 'CSV (UTF-8, "," or ";") or XLSX (first sheet)')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--declared-by <who>', 'recorded as the declarant', 'csv-import')
    .option('--json', 'print one JSON document')
    .action(async (file: string, options: { dataDir: string; declaredBy: string; json?: boolean }) => {
      try {
        const content = await readImportFile(file);
        const { connectOrOpenLocalStack } = await import('#local/composition.ts');
        const stack = await connectOrOpenLocalStack({ dataDir: options.dataDir });
        try {
          const agencies = await stack.deps.stores.agencies.list();
          const { rows, errors } = await validateInventoryFile(
            content,
            new Set(agencies.map((a) => a.id)),
            options.declaredBy,
            { agencies: new Map(agencies.map((a) => [a.id, a])), today: vnDateOf(stack.deps.clock.now()) },
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
