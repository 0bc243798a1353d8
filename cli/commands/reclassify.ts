import type { Command } from 'commander';
import { failCommand, printJson } from '#cli/output.ts';
import { DEFAULT_DATA_DIR } from '#local/tokens.ts';
import { makeCatalogueInForce } from '#shared/use-cases/catalogue.ts';
import { classifyWithDomain, needsReviewWithDomain } from '#shared/use-cases/domain-classifier.ts';
import { makeReclassify } from '#shared/use-cases/reclassify.ts';

/**
 * `sohoa reclassify [--agency ID]`: classification again over the stored texts, no OCR; counts move with
 * each document (local stack: the running `sohoa dev`, or the local data opened in-process).
 */
export function register(program: Command): void {
  program
    .command('reclassify')
    .description('re-run classification on stored extracted texts (no OCR) and move counts accordingly')
    .option('--agency <id>', 'only this agency')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--json', 'print one JSON document')
    .action(async (options: { agency?: string; dataDir: string; json?: boolean }) => {
      try {
        const { connectOrOpenLocalStack } = await import('#local/composition.ts');
        const stack = await connectOrOpenLocalStack({ dataDir: options.dataDir });
        try {
          const reclassify = makeReclassify({
            documents: stack.deps.stores.documents,
            objects: stack.deps.objects,
            classify: classifyWithDomain,
            needsReview: needsReviewWithDomain,
            // The catalogue in force, with the types admins added or changed (`POST|PUT /catalogue`).
            catalogue: makeCatalogueInForce({
              store: stack.deps.stores.catalogue,
              clock: stack.deps.clock,
              onInvalid: (id, detail) => process.stderr.write(`warning: stored type ${id} is invalid (${detail})\n`),
            }),
            clock: stack.deps.clock,
          });
          const report = await reclassify({
            agencyId: options.agency,
            onProgress: (n) => {
              if (!options.json && n % 500 === 0) process.stderr.write(`  ${n} documents scanned\n`);
            },
          });
          if (options.json) {
            printJson(report);
            return;
          }
          const lines = [
            `scanned ${report.scanned} documents, reclassified ${report.reclassified}, changed ${report.changed}`,
            `counted documents: ${report.countedDelta >= 0 ? '+' : ''}${report.countedDelta}`,
            ...Object.entries(report.transitions).map(([move, n]) => `  ${move}: ${n}`),
            `skipped: ${report.skipped.reviewed} reviewed by a person, ${report.skipped.notClassifiable} not classifiable (duplicate, rejected, in progress), ${report.skipped.noText} without stored text`,
            ...report.errors.map((e) => `  error ${e.docId}: ${e.error}`),
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
          if (report.errors.length > 0) process.exitCode = 1;
        } finally {
          await stack.close();
        }
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}
