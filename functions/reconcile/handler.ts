/**
 * The scheduled `reconcile` function (EventBridge Scheduler, every 15 minutes): one pass of the pipeline
 * reconciler with `fix`. Every stuck document is logged by the use-case; the pass's totals go out as EMF
 * metrics (OverdueDocuments is alarmed in infra/constructs/monitoring.ts). The event is not read: whatever
 * the schedule sends, a pass covers every agency.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import {
  emfCounts,
  OVERDUE_DOCUMENTS_METRIC,
  RECONCILE_REDRIVEN_METRIC,
  RECONCILE_REJECTED_METRIC,
} from '#shared/events/metrics.ts';
import { tracing } from '#shared/events/tracing.ts';
import type { PipelineReconcileReport, ReconcilePipelineOptions } from '#shared/use-cases/reconcile-pipeline.ts';

export interface ReconcileHandlerDeps {
  reconcile: (options: ReconcilePipelineOptions) => Promise<PipelineReconcileReport>;
  logger?: Logger;
  /** X-Ray tracing (the Lambda composition's Tracer); none locally. */
  tracer?: Tracer;
}

export interface ReconcileHandlerResult {
  scanned: number;
  nonTerminal: number;
  overdue: number;
  stuck: number;
  /** Stuck documents whose action failed this pass (left for the next one). */
  notDone: number;
  counts: PipelineReconcileReport['counts'];
}

export function makeReconcileHandler(
  deps: ReconcileHandlerDeps,
): (event: unknown, context: Context) => Promise<ReconcileHandlerResult> {
  const logger = deps.logger ?? new Logger({ serviceName: 'sohoa-reconcile' });
  const handle = async (): Promise<ReconcileHandlerResult> => {
    const report = await deps.reconcile({ fix: true });
    const notDone = report.stuck.filter((s) => !s.done).length;
    const redriven = report.stuck.filter((s) => s.done && s.action !== 'rejected').length;
    const rejected = report.stuck.filter((s) => s.done && s.action === 'rejected').length;
    const result = {
      scanned: report.scanned,
      nonTerminal: report.nonTerminal,
      overdue: report.overdue,
      stuck: report.stuck.length,
      notDone,
      counts: report.counts,
    };
    // Written on every pass, zero included, so the alarm sees a gauge rather than gaps.
    const metrics = emfCounts({
      [OVERDUE_DOCUMENTS_METRIC]: report.overdue,
      [RECONCILE_REDRIVEN_METRIC]: redriven,
      [RECONCILE_REJECTED_METRIC]: rejected,
    });
    if (report.overdue > 0 || notDone > 0)
      logger.error('pipeline reconciled, documents overdue', { ...result, ...metrics });
    else logger.info('pipeline reconciled', { ...result, ...metrics });
    return result;
  };
  return middy<unknown, ReconcileHandlerResult>()
    .use(tracing(deps.tracer))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(handle) as unknown as (event: unknown, context: Context) => Promise<ReconcileHandlerResult>;
}
