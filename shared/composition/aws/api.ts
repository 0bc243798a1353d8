/** Composition of the api function: DynamoDB stores and reader, the S3 presigner, the Cognito user directory. No OCR; of the report renderer only the workbook. */
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

export function apiHandlerFromEnv(env: Env = process.env) {
  const config = parseApiEnv(env);
  const table = dynamo(config.TABLE_NAME);
  // Untraced: shared/composition/aws/tracing.ts says why.
  const s3 = s3Client();
  const deps: ApiDeps = {
    stores: makeDynamoStores(table),
    users: makeCognitoUserDirectory({ client: new CognitoIdentityProviderClient({}), userPoolId: config.USER_POOL_ID }),
    presigner: makeS3Presigner({ client: s3, bucket: config.BUCKET_NAME }),
    objects: makeS3ObjectStore({ client: s3, bucket: config.BUCKET_NAME }),
    reader: makeDynamoComplianceReader(table),
    // exceljs (~0.9 MB) is evaluated on the first GET /report/xlsx only, not at cold start.
    renderer: {
      workbook: async (report) => (await import('#shared/adapters/report/xlsx.ts')).workbookRenderer.workbook(report),
    },
    policy: loadTargetPolicy(config.TARGET_POLICY),
    provinceName: config.PROVINCE_NAME,
    clock: systemClock,
    limits: {
      maxUploadBytes: config.MAX_UPLOAD_BYTES,
      uploadUrlTtlSeconds: config.UPLOAD_URL_TTL_SECONDS,
      maxUploadsInFlight: config.MAX_UPLOADS_IN_FLIGHT,
      maxUploadBytesPerDay: config.MAX_UPLOAD_BYTES_PER_DAY,
    },
  };
  return makeApiHandler(deps);
}
