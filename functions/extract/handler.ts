/**
 * The `extract` function: SQS batches of S3 object-created events on `incoming/`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { parseIncomingKey } from '#shared/domain/object-keys.ts';
import { EXTRACT_SERVICE, MISSING_SESSION_METRIC, pipelineMetrics } from '#shared/events/metrics.ts';
import { parseS3Records } from '#shared/events/s3-records.ts';
import { makeSqsBatchHandler, type SqsHandlerFn } from '#shared/events/sqs-batch.ts';
import { type ExtractDeps, makeExtractDocument } from '#shared/use-cases/extract-document.ts';

export interface ExtractHandlerDeps extends ExtractDeps {
  logger?: Logger;
  /** Powertools Metrics (MissingUploadSession); default the `sohoa` namespace's, service sohoa-extract. */
  metrics?: Metrics;
  /** X-Ray tracing (the Lambda composition's Tracer); none locally. */
  tracer?: Tracer;
  /** Recognises OCR throttling (O's `isTextractThrottle`) so it is logged as a retry, not an error. */
  isThrottle?: (error: unknown) => boolean;
}

export function makeExtractHandler(deps: ExtractHandlerDeps): SqsHandlerFn {
  const logger = deps.logger ?? new Logger({ serviceName: EXTRACT_SERVICE });
  const metrics = deps.metrics ?? pipelineMetrics(EXTRACT_SERVICE, logger);
  const extract = makeExtractDocument(deps);
  return makeSqsBatchHandler(
    logger,
    async (record) => {
      for (const object of parseS3Records(record)) {
        // File names may carry personal names: log the upload id, never the key.
        const uploadId = parseIncomingKey(object.key)?.uploadId ?? null;
        try {
          const result = await extract(object);
          if (result.skipped === 'no_session') {
            // An object under incoming/ with no session: its document can never be processed. Loud, with a
            // metric (alarmed in monitoring.ts), never an INFO line nobody reads. Written at once: most batches
            // count nothing, and an empty flush would only log Powertools' warning.
            logger.error('object without an upload session', { uploadId, ...result });
            metrics.addMetric(MISSING_SESSION_METRIC, MetricUnit.Count, 1);
            metrics.publishStoredMetrics();
          } else logger.info('extract done', { uploadId, ...result });
        } catch (error) {
          if (deps.isThrottle?.(error)) logger.warn('ocr throttled, back to the queue', { uploadId });
          else logger.error('extract failed', { uploadId, error });
          throw error;
        }
      }
    },
    deps.tracer,
  );
}
