/**
 * Compositions of the HTTP API's two functions, one handler (functions/api/handler.ts): `api` (DynamoDB stores
 * and reader, the S3 presigner, the Cognito user directory; no OCR, no exceljs) serves every route but the
 * workbook ones, which `sheets` (shared/composition/aws/sheets.ts) serves with exceljs.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { type ApiDeps, makeApiHandler } from '#functions/api/handler.ts';
import { makeCognitoUserDirectory } from '#shared/adapters/cognito/user-directory.ts';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { makeS3Presigner } from '#shared/adapters/s3/presigner.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { systemClock } from '#shared/ports.ts';
import { dynamo, s3Client } from './clients.ts';
import { type Env, parseApiEnv } from './env.ts';
import { traced, tracer } from './tracing.ts';

/** What both HTTP API functions are wired with: the table's stores and reader, the policy, the limits, tracing. */
export function tableDepsFromEnv(env: Env): Omit<ApiDeps, 'users' | 'presigner' | 'objects'> {
  const config = parseApiEnv(env);
  const table = dynamo(config.TABLE_NAME, traced);
  return {
    stores: makeDynamoStores(table),
    reader: makeDynamoComplianceReader(table),
    policy: loadTargetPolicy(config.TARGET_POLICY),
    provinceName: config.PROVINCE_NAME,
    clock: systemClock,
    limits: {
      maxUploadBytes: config.MAX_UPLOAD_BYTES,
      uploadUrlTtlSeconds: config.UPLOAD_URL_TTL_SECONDS,
      maxUploadsInFlight: config.MAX_UPLOADS_IN_FLIGHT,
      maxUploadBytesPerDay: config.MAX_UPLOAD_BYTES_PER_DAY,
    },
    tracer: tracer(),
  };
}

export function apiHandlerFromEnv(env: Env = process.env) {
  const config = parseApiEnv(env);
  // The presigner's client stays untraced (clients.ts says why); stored texts are read traced.
  return makeApiHandler({
    ...tableDepsFromEnv(env),
    users: makeCognitoUserDirectory({
      client: traced(new CognitoIdentityProviderClient({})),
      userPoolId: config.USER_POOL_ID,
    }),
    presigner: makeS3Presigner({ client: s3Client(), bucket: config.BUCKET_NAME }),
    objects: makeS3ObjectStore({ client: s3Client(traced), bucket: config.BUCKET_NAME }),
    serves: 'api',
  });
}
