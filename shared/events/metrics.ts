/**
 * The pipeline's own CloudWatch metrics, written as embedded metric format (EMF) fields of a log line: no
 * SDK call, no extra permission; infra/constructs/monitoring.ts alarms on them.
 */
export const PIPELINE_METRICS_NAMESPACE = 'sohoa';
/** An object under `incoming/` whose upload session is gone or does not match: its document is lost. */
export const MISSING_SESSION_METRIC = 'MissingUploadSession';

/** Documents still not terminal past the reconciler's overdue deadline (a gauge written on every pass). */
export const OVERDUE_DOCUMENTS_METRIC = 'OverdueDocuments';
/** Documents the reconciler re-drove (object or text event re-emitted, OCR job polled) in one pass. */
export const RECONCILE_REDRIVEN_METRIC = 'ReconcileRedriven';
/** Documents the reconciler ended `rejected` (upload_expired, object_missing, ocr_timeout) in one pass. */
export const RECONCILE_REJECTED_METRIC = 'ReconcileRejected';

/** Log fields that make CloudWatch record `value` for `name` (EMF). */
export function emfCount(name: string, value = 1): Record<string, unknown> {
  return emfCounts({ [name]: value });
}

/** Log fields that make CloudWatch record every `values[name]` (EMF, one log line). */
export function emfCounts(values: Record<string, number>): Record<string, unknown> {
  return {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        {
          Namespace: PIPELINE_METRICS_NAMESPACE,
          Dimensions: [[]],
          Metrics: Object.keys(values).map((name) => ({ Name: name, Unit: 'Count' })),
        },
      ],
    },
    ...values,
  };
}
