/**
 * The `textract-collect` function: SQS batches of Textract job-completion notifications (via SNS).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { makeSqsBatchHandler, type SqsHandlerFn } from '#shared/events/sqs-batch.ts';
import { parseTextractNotification } from '#shared/events/textract-notifications.ts';
import { type CollectDeps, makeCollectOcrJob } from '#shared/use-cases/collect-ocr-job.ts';

export interface TextractCollectHandlerDeps extends CollectDeps {
  logger?: Logger;
  /** X-Ray tracing (the Lambda composition's Tracer); none locally. */
  tracer?: Tracer;
  isThrottle?: (error: unknown) => boolean;
}

export function makeTextractCollectHandler(deps: TextractCollectHandlerDeps): SqsHandlerFn {
  const logger = deps.logger ?? new Logger({ serviceName: 'sohoa-textract-collect' });
  const collect = makeCollectOcrJob(deps);
  return makeSqsBatchHandler(
    logger,
    async (record) => {
      const notification = parseTextractNotification(record);
      try {
        const result = await collect(notification);
        logger.info('ocr job collected', { jobId: notification.jobId, jobStatus: notification.status, ...result });
      } catch (error) {
        if (deps.isThrottle?.(error)) logger.warn('ocr throttled, back to the queue', { jobId: notification.jobId });
        else logger.error('collect failed', { jobId: notification.jobId, error });
        throw error;
      }
    },
    deps.tracer,
  );
}
