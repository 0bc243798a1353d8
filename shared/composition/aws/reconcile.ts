/**
 * Composition of the reconcile function: DynamoDB stores (candidates from the per-agency status index),
 * S3 HeadObject, SQS to re-emit object events, Textract's GetDocumentTextDetection to poll jobs whose
 * completion notice never came. No OCR engine, no renderer.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { SQSClient } from '@aws-sdk/client-sqs';
import { TextractClient } from '@aws-sdk/client-textract';
import { makeReconcileHandler } from '#functions/reconcile/handler.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { collectTextractJob } from '#shared/adapters/ocr/textract.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { makeSqsRedrive } from '#shared/adapters/sqs/redrive.ts';
import { EXTRACTED_PREFIX, INCOMING_PREFIX } from '#shared/domain/object-keys.ts';
import { RECONCILE_SERVICE } from '#shared/events/metrics.ts';
import { systemClock } from '#shared/ports.ts';
import { makeCollectOcrJob } from '#shared/use-cases/collect-ocr-job.ts';
import { makeOcrJobPoller, makeReconcilePipeline, nonTerminalDocuments } from '#shared/use-cases/reconcile-pipeline.ts';
import { dynamo, s3Client } from './clients.ts';
import { type Env, parseReconcileEnv } from './env.ts';
import { traced, tracer } from './tracing.ts';

export function reconcileHandlerFromEnv(env: Env = process.env) {
  const config = parseReconcileEnv(env);
  const stores = makeDynamoStores(dynamo(config.TABLE_NAME, traced));
  const s3 = s3Client(traced);
  const objects = makeS3ObjectStore({ client: s3, bucket: config.BUCKET_NAME });
  const textract = traced(new TextractClient({}));
  const logger = new Logger({ serviceName: RECONCILE_SERVICE });
  const reconcile = makeReconcilePipeline({
    documents: stores.documents,
    sessions: stores.sessions,
    objects,
    candidates: nonTerminalDocuments({ agencies: stores.agencies, documents: stores.documents }),
    redrive: makeSqsRedrive({
      s3,
      sqs: traced(new SQSClient({})),
      bucket: config.BUCKET_NAME,
      queues: { [INCOMING_PREFIX]: config.INCOMING_QUEUE_URL, [EXTRACTED_PREFIX]: config.EXTRACTED_QUEUE_URL },
    }),
    collectOcrJob: makeOcrJobPoller(
      makeCollectOcrJob({
        documents: stores.documents,
        objects,
        collect: (jobId) => collectTextractJob(textract, jobId),
        clock: systemClock,
      }),
    ),
    clock: systemClock,
    logger: {
      info: (message, extra = {}) => logger.info(message, extra),
      warn: (message, extra = {}) => logger.warn(message, extra),
      error: (message, extra = {}) => logger.error(message, extra),
    },
  });
  const overdueMs = config.OVERDUE_AFTER_HOURS ? config.OVERDUE_AFTER_HOURS * 3600_000 : undefined;
  return makeReconcileHandler({
    logger,
    tracer: tracer(),
    reconcile: (options) =>
      reconcile({ ...options, deadlines: { ...options.deadlines, ...(overdueMs ? { overdueMs } : {}) } }),
  });
}
