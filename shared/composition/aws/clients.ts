/**
 * AWS clients shared by the Lambda compositions: created once per cold start by each function's module.
 * `wrap` is how a composition traces them (tracing.ts `traced`).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Wrap = <T>(client: T) => T;
const untraced: Wrap = (client) => client;

export function dynamo(tableName: string, wrap: Wrap = untraced) {
  const doc = DynamoDBDocumentClient.from(wrap(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, tableName };
}

/**
 * Presigning needs this: otherwise the URL carries a CRC32 of an empty body (DESIGN.md toolchain notes).
 * A client that presigns must stay untraced: X-Ray's middleware adds an X-Amzn-Trace-Id header in the
 * build step, which a presigned URL must not depend on.
 */
export function s3Client(wrap: Wrap = untraced): S3Client {
  return wrap(
    new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }),
  );
}
