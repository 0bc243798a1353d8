/**
 * The api handler's ports over a dynalite test table, as the handler tests wire them: the real DynamoDB
 * stores, directory and compliance reader, a presigner with fixed test credentials (URLs are signed, never
 * sent), objects in memory, the workbook renderer and reader. Each test overrides what it exercises.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { S3Client } from '@aws-sdk/client-s3';
import type { ApiDeps } from '#functions/api/handler.ts';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeDynamoStores, makeDynamoUserDirectory } from '#shared/adapters/dynamodb/stores.ts';
import { workbookRenderer } from '#shared/adapters/report/xlsx.ts';
import { makeS3Presigner } from '#shared/adapters/s3/presigner.ts';
import { readXlsxSheet } from '#shared/adapters/xlsx/sheet-reader.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import type { TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { fixedClock, makeMemoryObjects } from '#test/unit/pipeline/fakes.ts';

export function apiDepsOnTable(table: TestTable, overrides: Partial<ApiDeps> = {}): ApiDeps {
  const s3 = new S3Client({
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  return {
    stores: makeDynamoStores(table),
    users: makeDynamoUserDirectory(table),
    presigner: makeS3Presigner({ client: s3, bucket: 'sohoa-documents' }),
    objects: makeMemoryObjects(),
    reader: makeDynamoComplianceReader(table),
    renderer: workbookRenderer,
    readWorkbook: readXlsxSheet,
    policy: loadTargetPolicy(),
    provinceName: 'Điện Biên',
    clock: fixedClock('2026-03-05T02:00:00.000Z'),
    limits: { maxUploadBytes: 50 * 1024 * 1024, uploadUrlTtlSeconds: 900 },
    logger: new Logger({ serviceName: 'sohoa-api-test', logLevel: 'SILENT' }),
    ...overrides,
  };
}
