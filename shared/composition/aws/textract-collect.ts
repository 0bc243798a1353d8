/** Composition of the textract-collect function: Textract's GetDocumentTextDetection, DynamoDB, S3. */
import { TextractClient } from '@aws-sdk/client-textract';
import { makeTextractCollectHandler } from '#functions/textract-collect/handler.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { collectTextractJob, isTextractThrottle } from '#shared/adapters/ocr/textract.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { systemClock } from '#shared/ports.ts';
import { dynamo, s3Client } from './clients.ts';
import { type Env, parseBaseEnv } from './env.ts';
import { traced, tracer } from './tracing.ts';

export function textractCollectHandlerFromEnv(env: Env = process.env) {
  const config = parseBaseEnv(env, 'textract-collect');
  const stores = makeDynamoStores(dynamo(config.TABLE_NAME, traced));
  const textract = traced(new TextractClient({}));
  return makeTextractCollectHandler({
    documents: stores.documents,
    objects: makeS3ObjectStore({ client: s3Client(traced), bucket: config.BUCKET_NAME }),
    collect: (jobId) => collectTextractJob(textract, jobId),
    clock: systemClock,
    isThrottle: isTextractThrottle,
    tracer: tracer(),
  });
}
