/**
 * The scheduled `reconcile` function (EventBridge Scheduler, every 15 minutes): one pass of the pipeline
 * reconciler with `fix`. Every stuck document is logged by the use-case; the pass's totals go out as
 * Powertools metrics, flushed by `logMetrics` after every invocation and written whatever the logger's level
 * (OverdueDocuments is alarmed in infra/constructs/monitoring.ts, and so is its absence). The event is not
 * read: whatever the schedule sends, a pass covers every agency.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import {
  OVERDUE_DOCUMENTS_METRIC,
  pipelineMetrics,
  RECONCILE_REDRIVEN_METRIC,
  RECONCILE_REJECTED_METRIC,
  RECONCILE_SERVICE,
} from '#shared/events/metrics.ts';
import { tracing } from '#shared/events/tracing.ts';
import type { PipelineReconcileReport, ReconcilePipelineOptions } from '#shared/use-cases/reconcile-pipeline.ts';

export interface ReconcileHandlerDeps {
  reconcile: (options: ReconcilePipelineOptions) => Promise<PipelineReconcileReport>;
  logger?: Logger;
  /** Powertools Metrics (the pass's gauge and counts); default the `sohoa` namespace's, service sohoa-reconcile. */
  metrics?: Metrics;
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
  const logger = deps.logger ?? new Logger({ serviceName: RECONCILE_SERVICE });
  const metrics = deps.metrics ?? pipelineMetrics(RECONCILE_SERVICE, logger);
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
    metrics.addMetric(OVERDUE_DOCUMENTS_METRIC, MetricUnit.Count, report.overdue);
    metrics.addMetric(RECONCILE_REDRIVEN_METRIC, MetricUnit.Count, redriven);
    metrics.addMetric(RECONCILE_REJECTED_METRIC, MetricUnit.Count, rejected);
    if (report.overdue > 0 || notDone > 0) logger.error('pipeline reconciled, documents overdue', result);
    else logger.info('pipeline reconciled', result);
    return result;
  };
  return middy<unknown, ReconcileHandlerResult>()
    .use(tracing(deps.tracer))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .handler(handle) as unknown as (event: unknown, context: Context) => Promise<ReconcileHandlerResult>;
}
