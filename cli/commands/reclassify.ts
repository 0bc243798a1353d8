import type { Command } from 'commander';
import { type ApiTarget, apiTarget, callApi } from '#cli/api-client.ts';
import { failCommand, printJson } from '#cli/output.ts';
import { DEFAULT_DATA_DIR } from '#local/tokens.ts';
import { makeCatalogueInForce } from '#shared/use-cases/catalogue.ts';
import { classifyWithDomain, needsReviewWithDomain } from '#shared/use-cases/domain-classifier.ts';
import { makeReclassify, mergeReclassifyReports, type ReclassifyReport } from '#shared/use-cases/reclassify.ts';

interface ReclassifyOptions {
  agency?: string;
  dataDir: string;
  api?: string;
  token?: string;
  json?: boolean;
}

/**
 * `sohoa reclassify [--agency ID]`: classification again over the stored texts, no OCR; counts move with
 * each document (local stack: the running `sohoa dev`, or the local data opened in-process; with `--api URL`,
 * the deployment's `POST /reclassify`, pass after pass).
 */
export function register(program: Command): void {
  program
    .command('reclassify')
    .description('re-run classification on stored extracted texts (no OCR) and move counts accordingly')
    .option('--agency <id>', 'only this agency')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--api <url>', 'reclassify on this deployment (signed in with `sohoa login --api URL`, as an admin)')
    .option('--token <jwt>', 'with --api: bearer token instead of the stored sign-in')
    .option('--json', 'print one JSON document')
    .action(async (options: ReclassifyOptions) => {
      try {
        const progress = (n: number) => {
          if (!options.json) process.stderr.write(`  ${n} documents scanned\n`);
        };
        const report = options.api
          ? await reclassifyThroughApi(await apiTarget(options.api, options.token), options.agency, progress)
          : await reclassifyLocally(options, progress);
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
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}

async function reclassifyLocally(options: ReclassifyOptions, progress: (n: number) => void): Promise<ReclassifyReport> {
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
    return await reclassify({
      agencyId: options.agency,
      onProgress: (n) => {
        if (n % 500 === 0) progress(n);
      },
    });
  } finally {
    await stack.close();
  }
}

/** Bounded passes (each fits the api function's timeout), chained until the scan ends, as one report. */
async function reclassifyThroughApi(
  target: ApiTarget,
  agencyId: string | undefined,
  progress: (n: number) => void,
): Promise<ReclassifyReport> {
  let total: ReclassifyReport | null = null;
  let after: string | null = null;
  do {
    const body: { agencyId?: string; after?: string } = {
      ...(agencyId ? { agencyId } : {}),
      ...(after ? { after } : {}),
    };
    const pass: ReclassifyReport = await callApi<ReclassifyReport>(target, 'POST', '/reclassify', { json: body });
    total = total ? mergeReclassifyReports(total, pass) : pass;
    after = pass.next;
    if (after) progress(total.scanned);
  } while (after);
  return total;
}
