import { Logger } from '@aws-lambda-powertools/logger';
import {
  GetDocumentTextDetectionCommand,
  type GetDocumentTextDetectionCommandOutput,
  TextractClient,
  ThrottlingException,
} from '@aws-sdk/client-textract';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTextractCollectHandler } from '#functions/textract-collect/handler.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { collectTextractJob, isTextractThrottle } from '#shared/adapters/ocr/textract.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { ExtractedText } from '#shared/domain/types.ts';
import type { AllStores } from '#shared/ports.ts';
import { emptyClassification } from '#shared/use-cases/classification-outcome.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { fixedClock, makeMemoryObjects } from '#test/unit/pipeline/fakes.ts';
import { fixturesAvailable, lambdaContext, readFixture, SKIP_REASON } from './fixtures.ts';

if (!fixturesAvailable) console.warn(`skipping textract-collect tests: ${SKIP_REASON}`);

const textract = mockClient(TextractClient);
const client = new TextractClient({
  region: 'ap-southeast-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
});
const objects = makeMemoryObjects();
const clock = fixedClock('2026-03-05T03:00:00.000Z');
let table: TestTable;
let stores: AllStores;

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
});
afterAll(async () => {
  textract.restore();
  await table?.close();
});
beforeEach(() => {
  textract.reset();
});

const handler = () =>
  makeTextractCollectHandler({
    documents: stores.documents,
    objects,
    collect: (jobId) => collectTextractJob(client, jobId),
    clock,
    isThrottle: isTextractThrottle,
    logger: new Logger({ serviceName: 'sohoa-test', logLevel: 'SILENT' }),
  });

/** The real SNS→Lambda Textract notification, carried by SQS as an SNS envelope. */
function notification(jobId: string, status: string): SQSRecord {
  const sns = readFixture<{ Records: { Sns: Record<string, unknown> }[] }>(
    'events/derived/sns-textract-job-completed.json',
  );
  const envelope = structuredClone(sns.Records[0]!.Sns);
  envelope.Message = JSON.stringify({ ...JSON.parse(String(envelope.Message)), JobId: jobId, Status: status });
  const base = readFixture<SQSEvent>('events/sqs-generic.json').Records[0]!;
  return { ...base, messageId: `m-${jobId}`, body: JSON.stringify(envelope) };
}

async function extractingDoc(docId: string, jobId: string) {
  await stores.documents.create(
    {
      ...emptyClassification(),
      docId,
      agencyId: 'ubnd-huyen-tuan-giao',
      uploadId: `u-${docId}`,
      status: 'extracting',
      reason: null,
      messageVi: null,
      duplicateOf: null,
      sha256: docId.padEnd(64, '0'),
      size: 1000,
      contentType: 'application/pdf',
      fileName: 'ho-so.pdf',
      objectKey: `incoming/ubnd-huyen-tuan-giao/u-${docId}/ho-so.pdf`,
      extractedKey: null,
      textractJobId: jobId,
      uploadedBy: null,
      createdAt: '2026-03-05T02:00:00.000Z',
      digitizedAt: '2026-03-05T02:01:00.000Z',
      updatedAt: '2026-03-05T02:01:00.000Z',
      reviewedBy: null,
      reviewedAt: null,
      version: 1,
    },
    { expiresAt: '2026-04-01T00:00:00.000Z' },
  );
  await stores.documents.bindJob(jobId, docId);
}

const fixture = (path: string) => readFixture<GetDocumentTextDetectionCommandOutput>(`textract/${path}`);

describe.skipIf(!fixturesAvailable)(
  'textract-collect handler with real Textract responses (aws-sdk-client-mock)',
  () => {
    it('pages through GetDocumentTextDetection and stores a 2-page extracted text', async () => {
      await extractingDoc('tx-ok', 'job-ok');
      textract
        .on(GetDocumentTextDetectionCommand)
        .resolvesOnce(fixture('derived/get-document-text-detection.async-2page.part1-of-2.json'))
        .resolvesOnce(fixture('derived/get-document-text-detection.async-2page.part2-of-2.json'));
      const out = await handler()({ Records: [notification('job-ok', 'SUCCEEDED')] }, lambdaContext);
      expect(out.batchItemFailures).toEqual([]);
      expect(textract.commandCalls(GetDocumentTextDetectionCommand)).toHaveLength(2);
      expect(textract.commandCalls(GetDocumentTextDetectionCommand)[1]?.args[0].input.NextToken).toBeTruthy();
      const text: ExtractedText = JSON.parse(new TextDecoder().decode(await objects.get(extractedKey('tx-ok'))));
      expect(text.engine).toBe('textract');
      expect(text.pages).toHaveLength(2);
      expect(text.pages.every((p) => p.lines.length > 0)).toBe(true);
      expect(await stores.documents.get('tx-ok')).toMatchObject({ status: 'extracted', pages: 2, engine: 'textract' });
    });

    it('rejects the document when Textract reports the job FAILED', async () => {
      await extractingDoc('tx-failed', 'job-failed');
      textract.on(GetDocumentTextDetectionCommand).resolves(fixture('status/get-job.failed.json'));
      const out = await handler()({ Records: [notification('job-failed', 'SUCCEEDED')] }, lambdaContext);
      expect(out.batchItemFailures).toEqual([]);
      const doc = await stores.documents.get('tx-failed');
      expect(doc?.status).toBe('rejected');
      expect(doc?.messageVi).toBeTruthy();
    });

    it('puts a throttled collection back on the queue, and the redelivery completes it', async () => {
      await extractingDoc('tx-throttle', 'job-throttle');
      textract
        .on(GetDocumentTextDetectionCommand)
        .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
        .resolves(fixture('get-document-text-detection.async-2page.json'));
      const record = notification('job-throttle', 'SUCCEEDED');
      const first = await handler()({ Records: [record] }, lambdaContext);
      expect(first.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
      expect((await stores.documents.get('tx-throttle'))?.status).toBe('extracting');
      const second = await handler()({ Records: [record] }, lambdaContext);
      expect(second.batchItemFailures).toEqual([]);
      expect((await stores.documents.get('tx-throttle'))?.status).toBe('extracted');
    });
  },
);
