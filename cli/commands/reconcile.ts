import type { Command } from 'commander';
import { type ApiTarget, apiTarget, callApi } from '#cli/api-client.ts';
import { failCommand, printJson } from '#cli/output.ts';
import { DEFAULT_DATA_DIR } from '#local/tokens.ts';
import { ValidationError } from '#shared/errors.ts';
import { makeReconcile, mergeReconcileReports, type ReconcileReport } from '#shared/use-cases/reconcile.ts';

interface ReconcileOptions {
  agency?: string;
  fix?: boolean;
  pipeline?: boolean;
  dataDir: string;
  api?: string;
  token?: string;
  json?: boolean;
}

/**
 * `sohoa reconcile [--agency ID] [--fix]`: recomputes from the document records what the counting index
 * must hold and reports (or repairs) every difference. Exit code 1 when drift is found and not fixed.
 * `--pipeline`: instead, finds documents not terminal past their deadline and (with `--fix`) drives them
 * forward or rejects them (shared/use-cases/reconcile-pipeline.ts). Exit code 1 when some are left undone.
 */
export function register(program: Command): void {
  program
    .command('reconcile')
    .description('check the counting index against the document records; --fix repairs drift')
    .option('--agency <id>', 'only this agency')
    .option('--fix', 'repair what differs')
    .option('--pipeline', 'find documents stuck before a terminal state (and with --fix drive them forward)')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--api <url>', 'check the counting index of this deployment (signed in as an admin); not with --pipeline')
    .option('--token <jwt>', 'with --api: bearer token instead of the stored sign-in')
    .option('--json', 'print one JSON document')
    .action(async (options: ReconcileOptions) => {
      try {
        if (options.api) {
          if (options.pipeline) {
            throw new ValidationError(
              'pipeline_not_remote',
              '--pipeline works on the local stack only: in AWS the scheduled reconcile function does it every 15 minutes',
              '--pipeline chỉ dùng ở máy chạy thử; trên AWS, hàm reconcile chạy theo lịch 15 phút một lần.',
            );
          }
          const report = await reconcileThroughApi(await apiTarget(options.api, options.token), options);
          printCountingReport(report, options.json);
          return;
        }
        const { connectOrOpenLocalStack } = await import('#local/composition.ts');
        // Without the start-up pass: this command decides what is fixed.
        const stack = await connectOrOpenLocalStack({ dataDir: options.dataDir, reconcile: false });
        try {
          if (options.pipeline) {
            const report = await stack.reconcilePipeline({ agencyId: options.agency, fix: options.fix });
            if (stack.mode === 'owned') await stack.idle();
            if (options.json) printJson(report);
            else {
              const lines = [
                `scanned ${report.scanned} documents; ${report.nonTerminal} not terminal, ${report.stuck.length} past their deadline`,
                `  re-emit object event: ${report.counts.redrive_object}, re-run classification: ${report.counts.redrive_text}, reject: ${report.counts.rejected}${report.fixed ? ' — done' : ' (run with --fix to act)'}`,
                ...report.stuck
                  .slice(0, 20)
                  .map(
                    (d) =>
                      `  ${d.docId} (${d.agencyId}, ${d.status}, ${d.ageMinutes} min): ${d.action}${d.reason ? ` ${d.reason}` : ''}${d.done ? '' : ' [not done]'}`,
                  ),
              ];
              process.stdout.write(`${lines.join('\n')}\n`);
            }
            if (report.stuck.some((d) => !d.done)) process.exitCode = 1;
            return;
          }
          const report = await makeReconcile({ documents: stack.deps.stores.documents })({
            agencyId: options.agency,
            fix: options.fix,
          });
          printCountingReport(report, options.json);
        } finally {
          await stack.close();
        }
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}

/** The same output whichever way the report was made. Exit code 1 when drift is found and not fixed. */
function printCountingReport(report: ReconcileReport, json: boolean | undefined): void {
  const drifted = report.drift.length > 0 || report.missingYears.length > 0;
  if (json) printJson(report);
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
}

/** Bounded passes of `POST /reconcile` (each fits the api function's timeout), chained until the scan ends. */
async function reconcileThroughApi(target: ApiTarget, options: ReconcileOptions): Promise<ReconcileReport> {
  let total: ReconcileReport | null = null;
  let after: string | null = null;
  do {
    const body = {
      ...(options.agency ? { agencyId: options.agency } : {}),
      ...(options.fix ? { fix: true } : {}),
      ...(after ? { after } : {}),
    };
    const pass: ReconcileReport = await callApi<ReconcileReport>(target, 'POST', '/reconcile', { json: body });
    total = total ? mergeReconcileReports(total, pass) : pass;
    after = pass.next;
  } while (after);
  return total;
}
