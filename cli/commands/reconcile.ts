import type { Command } from 'commander';
import { failCommand, printJson } from '#cli/output.ts';
import { DEFAULT_DATA_DIR } from '#local/tokens.ts';
import { makeReconcile } from '#shared/use-cases/reconcile.ts';

/**
 * `sohoa reconcile [--agency ID] [--fix]`: recomputes from the document records what the counting index
 * must hold and reports (or repairs) every difference. Exit code 1 when drift is found and not fixed.
 */
export function register(program: Command): void {
  program
    .command('reconcile')
    .description('check the counting index against the document records; --fix repairs drift')
    .option('--agency <id>', 'only this agency')
    .option('--fix', 'repair what differs')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--json', 'print one JSON document')
    .action(async (options: { agency?: string; fix?: boolean; dataDir: string; json?: boolean }) => {
      try {
        const { connectOrOpenLocalStack } = await import('#local/composition.ts');
        const stack = await connectOrOpenLocalStack({ dataDir: options.dataDir });
        try {
          const report = await makeReconcile({ documents: stack.deps.stores.documents })({
            agencyId: options.agency,
            fix: options.fix,
          });
          const drifted = report.drift.length > 0 || report.missingYears.length > 0;
          if (options.json) printJson(report);
          else {
            const lines = [
              `scanned ${report.scanned} documents; ${report.counted} must be counted`,
              drifted
                ? `drift: ${report.drift.length} document(s), ${report.missingYears.length} agency year list(s)${report.fixed ? ' — repaired' : ' (run with --fix to repair)'}`
                : 'no drift: the counting index matches the documents',
              ...report.drift
                .slice(0, 20)
                .map(
                  (d) =>
                    `  ${d.docId} (${d.agencyId}, ${d.status}): index ${d.indexed?.cntpk ?? '-'} → expected ${d.expected?.cntpk ?? '-'}`,
                ),
            ];
            process.stdout.write(`${lines.join('\n')}\n`);
          }
          if (drifted && !report.fixed) process.exitCode = 1;
        } finally {
          await stack.close();
        }
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}
