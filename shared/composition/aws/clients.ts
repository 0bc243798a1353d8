/** AWS clients shared by the Lambda compositions: created once per cold start by each function's module. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export function dynamo(tableName: string) {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  return { doc, tableName };
}

/** Presigning needs this: otherwise the URL carries a CRC32 of an empty body (DESIGN.md toolchain notes). */
export function s3Client(): S3Client {
  return new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
}
