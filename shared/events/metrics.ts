/**
 * The pipeline's own CloudWatch metrics, written as embedded metric format (EMF) fields of a log line: no
 * SDK call, no extra permission; infra/constructs/monitoring.ts alarms on them.
 */
export const PIPELINE_METRICS_NAMESPACE = 'sohoa';
/** An object under `incoming/` whose upload session is gone or does not match: its document is lost. */
export const MISSING_SESSION_METRIC = 'MissingUploadSession';

/** Log fields that make CloudWatch record `value` for `name` (EMF). */
export function emfCount(name: string, value = 1): Record<string, unknown> {
  return {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        { Namespace: PIPELINE_METRICS_NAMESPACE, Dimensions: [[]], Metrics: [{ Name: name, Unit: 'Count' }] },
      ],
    },
    [name]: value,
  };
}
