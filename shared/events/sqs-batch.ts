/**
 * One middy chain for every SQS-fed function: Powertools tracer (when given) and logger context, and Powertools batch processing
 * with partial failures, so one bad record never re-drives the others. A failed record is reported in
 * `batchItemFailures` and SQS redelivers it after its visibility timeout (then the DLQ).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { tracing } from './tracing.ts';

export type SqsHandlerFn = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export function makeSqsBatchHandler(
  logger: Logger,
  onRecord: (record: SQSRecord) => Promise<void>,
  tracer?: Tracer,
): SqsHandlerFn {
  const handle = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    // One processor per invocation: it keeps per-batch state, and the local mode runs invocations concurrently.
    const processor = new BatchProcessor(EventType.SQS);
    return processPartialResponse(event, onRecord, processor, { context, throwOnFullBatchFailure: false });
  };
  return middy<SQSEvent, SQSBatchResponse>()
    .use(tracing(tracer))
    .use(injectLambdaContext(logger))
    .handler(handle) as unknown as SqsHandlerFn;
}
