/** Composition of the classify function: DynamoDB stores, the S3 object store, the domain classifier. */
import { makeClassifyHandler } from '#functions/classify/handler.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { systemClock } from '#shared/ports.ts';
import { makeCatalogueInForce } from '#shared/use-cases/catalogue.ts';
import { classifyWithDomain, needsReviewWithDomain } from '#shared/use-cases/domain-classifier.ts';
import { dynamo, s3Client } from './clients.ts';
import { type Env, parseBaseEnv } from './env.ts';
import { traced, tracer } from './tracing.ts';

export function classifyHandlerFromEnv(env: Env = process.env) {
  const config = parseBaseEnv(env, 'classify');
  const stores = makeDynamoStores(dynamo(config.TABLE_NAME, traced));
  return makeClassifyHandler({
    // Read from the table at most once a minute per warm container.
    catalogue: makeCatalogueInForce({ store: stores.catalogue, clock: systemClock }),
    documents: stores.documents,
    objects: makeS3ObjectStore({ client: s3Client(traced), bucket: config.BUCKET_NAME }),
    classify: classifyWithDomain,
    needsReview: needsReviewWithDomain,
    clock: systemClock,
    tracer: tracer(),
  });
}
