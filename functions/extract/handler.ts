/**
 * The `extract` function: SQS batches of S3 object-created events on `incoming/`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { parseIncomingKey } from '#shared/domain/object-keys.ts';
import { emfCount, MISSING_SESSION_METRIC } from '#shared/events/metrics.ts';
import { parseS3Records } from '#shared/events/s3-records.ts';
import { makeSqsBatchHandler, type SqsHandlerFn } from '#shared/events/sqs-batch.ts';
import { type ExtractDeps, makeExtractDocument } from '#shared/use-cases/extract-document.ts';

export interface ExtractHandlerDeps extends ExtractDeps {
  logger?: Logger;
  /** X-Ray tracing (the Lambda composition's Tracer); none locally. */
  tracer?: Tracer;
  /** Recognises OCR throttling (O's `isTextractThrottle`) so it is logged as a retry, not an error. */
  isThrottle?: (error: unknown) => boolean;
}

export function makeExtractHandler(deps: ExtractHandlerDeps): SqsHandlerFn {
  const logger = deps.logger ?? new Logger({ serviceName: 'sohoa-extract' });
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
            // metric (EMF, alarmed in monitoring.ts), never an INFO line nobody reads.
            logger.error('object without an upload session', {
              uploadId,
              ...result,
              ...emfCount(MISSING_SESSION_METRIC),
            });
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
