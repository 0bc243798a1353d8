/**
 * The pipeline's own CloudWatch metrics, written by Powertools Metrics as embedded metric format (EMF) lines
 * on stdout: no SDK call, no extra permission, and independent of the logger's level (an operator raising
 * POWERTOOLS_LOG_LEVEL silences log lines, never a metric). infra/constructs/monitoring.ts alarms on them.
 *
 * Powertools gives every metric a `service` dimension; the alarms name the same one (`pipelineMetricDimensions`).
 * `POWERTOOLS_METRICS_DISABLED=true` turns the writing off (the local mode sets it: no CloudWatch there).
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

export const PIPELINE_METRICS_NAMESPACE = 'sohoa';

/** The `service` of each function that writes pipeline metrics (its logs' service and POWERTOOLS_SERVICE_NAME too). */
export const EXTRACT_SERVICE = 'sohoa-extract';
export const RECONCILE_SERVICE = 'sohoa-reconcile';
export type PipelineMetricsService = typeof EXTRACT_SERVICE | typeof RECONCILE_SERVICE;

/** An object under `incoming/` whose upload session is gone or does not match: its document is lost. */
export const MISSING_SESSION_METRIC = 'MissingUploadSession';

/** Documents still not terminal past the reconciler's overdue deadline (a gauge written on every pass). */
export const OVERDUE_DOCUMENTS_METRIC = 'OverdueDocuments';
/** Documents the reconciler re-drove (object or text event re-emitted, OCR job polled) in one pass. */
export const RECONCILE_REDRIVEN_METRIC = 'ReconcileRedriven';
/** Documents the reconciler ended `rejected` (upload_expired, object_missing, ocr_timeout) in one pass. */
export const RECONCILE_REJECTED_METRIC = 'ReconcileRejected';

/**
 * The dimensions CloudWatch records a pipeline metric of `service` under (Powertools' default `service`
 * dimension, no other): what an alarm on it must name.
 */
export function pipelineMetricDimensions(service: PipelineMetricsService): Record<string, string> {
  return { service };
}

/**
 * Powertools Metrics of one function in the `sohoa` namespace, dimensioned by `service` only. Its own warnings
 * (an empty flush, a bad value) go through `logger` as structured lines rather than bare console output.
 */
export function pipelineMetrics(service: PipelineMetricsService, logger?: Logger): Metrics {
  return new Metrics({ namespace: PIPELINE_METRICS_NAMESPACE, serviceName: service, logger });
}
