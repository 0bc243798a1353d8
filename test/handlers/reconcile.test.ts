/**
 * The scheduled reconcile function as AWS runs it: the handler around the pipeline reconciler wired like
 * shared/composition/aws/reconcile.ts (candidates from the status index on dynalite, SQS redrive, Textract
 * polling through the textract-collect use-case), with Textract, SQS and S3's HeadObject faked by
 * aws-sdk-client-mock and the real Textract responses of ../shared/fixtures.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  GetDocumentTextDetectionCommand,
  type GetDocumentTextDetectionCommandOutput,
  TextractClient,
} from '@aws-sdk/client-textract';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeReconcileHandler } from '#functions/reconcile/handler.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { collectTextractJob } from '#shared/adapters/ocr/textract.ts';
import { makeSqsRedrive } from '#shared/adapters/sqs/redrive.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { DocumentStatus, ExtractedText } from '#shared/domain/types.ts';
import {
  OVERDUE_DOCUMENTS_METRIC,
  PIPELINE_METRICS_NAMESPACE,
  pipelineMetricDimensions,
  RECONCILE_REDRIVEN_METRIC,
  RECONCILE_REJECTED_METRIC,
  RECONCILE_SERVICE,
} from '#shared/events/metrics.ts';
import { parseS3Records } from '#shared/events/s3-records.ts';
import type { AllStores } from '#shared/ports.ts';
import { emptyClassification } from '#shared/use-cases/classification-outcome.ts';
import { makeCollectOcrJob } from '#shared/use-cases/collect-ocr-job.ts';
import {
  makeOcrJobPoller,
  makeReconcilePipeline,
  nonTerminalDocuments,
  type PipelineAction,
  type PipelineReconcileReport,
  STUCK_MESSAGES_VI,
} from '#shared/use-cases/reconcile-pipeline.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { captureOutput } from '#test/support/stdout.ts';
import { fixedClock, makeMemoryObjects } from '#test/unit/pipeline/fakes.ts';
import { fixturesAvailable, lambdaContext, readFixture, SKIP_REASON } from './fixtures.ts';

if (!fixturesAvailable) console.warn(`skipping reconcile handler tests: ${SKIP_REASON}`);

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
const textractMock = mockClient(TextractClient);
const sqsMock = mockClient(SQSClient);
const s3Mock = mockClient(S3Client);
const INCOMING_QUEUE = 'https://sqs.ap-southeast-1.amazonaws.com/123456789012/incoming';
const EXTRACTED_QUEUE = 'https://sqs.ap-southeast-1.amazonaws.com/123456789012/extracted';
const AGENCY = 'ubnd-huyen-tuan-giao';
const NOW = '2026-03-05T12:00:00.000Z';
const clock = fixedClock(NOW);
const hoursAgo = (h: number) => new Date(Date.parse(NOW) - h * 3600_000).toISOString();

let table: TestTable;
let stores: AllStores;
let objects: ReturnType<typeof makeMemoryObjects>;

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
  await stores.agencies.put({
    id: AGENCY,
    name: 'UBND huyện Tuần Giáo',
    level: 'district',
    parentId: null,
    emails: [],
    validFrom: null,
    validTo: null,
    successorId: null,
  });
});
afterAll(async () => {
  textractMock.restore();
  sqsMock.restore();
  s3Mock.restore();
  await table?.close();
});
beforeEach(() => {
  textractMock.reset();
  sqsMock.reset();
  s3Mock.reset();
  sqsMock.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
  objects = makeMemoryObjects();
});

function handler(logger = new Logger({ serviceName: 'sohoa-test', logLevel: 'SILENT' })) {
  const s3 = new S3Client({ region: 'ap-southeast-1', credentials });
  const textract = new TextractClient({ region: 'ap-southeast-1', credentials });
  const reconcile = makeReconcilePipeline({
    documents: stores.documents,
    sessions: stores.sessions,
    objects,
    candidates: nonTerminalDocuments({ agencies: stores.agencies, documents: stores.documents }),
    redrive: makeSqsRedrive({
      s3,
      sqs: new SQSClient({ region: 'ap-southeast-1', credentials }),
      bucket: 'sohoa-docs',
      queues: { 'incoming/': INCOMING_QUEUE, 'extracted/': EXTRACTED_QUEUE },
    }),
    collectOcrJob: makeOcrJobPoller(
      makeCollectOcrJob({
        documents: stores.documents,
        objects,
        collect: (jobId) => collectTextractJob(textract, jobId),
        clock,
      }),
    ),
    clock,
  });
  return makeReconcileHandler({ reconcile, logger });
}

async function storeDoc(
  docId: string,
  status: DocumentStatus,
  options: { ageHours: number; idleHours?: number; jobId?: string; fileName?: string },
) {
  const fileName = options.fileName ?? 'ho-so.pdf';
  await stores.documents.create(
    {
      ...emptyClassification(),
      docId,
      agencyId: AGENCY,
      uploadId: `u-${docId}`,
      status,
      reason: null,
      messageVi: null,
      duplicateOf: null,
      sha256: docId.padEnd(64, '0'),
      size: 1000,
      contentType: 'application/pdf',
      fileName,
      objectKey: `incoming/${AGENCY}/u-${docId}/${fileName}`,
      extractedKey: null,
      textractJobId: options.jobId ?? null,
      uploadedBy: null,
      createdAt: hoursAgo(options.ageHours),
      digitizedAt: status === 'uploading' ? null : hoursAgo(options.ageHours),
      updatedAt: hoursAgo(options.idleHours ?? options.ageHours),
      reviewedBy: null,
      reviewedAt: null,
      version: 1,
    },
    { expiresAt: '2026-04-01T00:00:00.000Z' },
  );
  if (options.jobId) await stores.documents.bindJob(options.jobId, docId);
}

const fixture = (path: string) => readFixture<GetDocumentTextDetectionCommandOutput>(`textract/${path}`);

describe.skipIf(!fixturesAvailable)('reconcile handler (scheduled, AWS wiring with mocked clients)', () => {
  it('collects a finished Textract job whose completion notice was lost, by its job id', async () => {
    await storeDoc('rc-lost-notice', 'extracting', { ageHours: 1, jobId: 'job-lost' });
    textractMock
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-lost' })
      .resolvesOnce(fixture('derived/get-document-text-detection.async-2page.part1-of-2.json'))
      .resolvesOnce(fixture('derived/get-document-text-detection.async-2page.part2-of-2.json'));
    const result = await handler()({ schedule: 'reconcile' }, lambdaContext);
    expect(result.counts.poll_ocr_job).toBe(1);
    expect(result.notDone).toBe(0);
    expect(textractMock.commandCalls(GetDocumentTextDetectionCommand)).toHaveLength(2);
    expect(await stores.documents.get('rc-lost-notice')).toMatchObject({ status: 'extracted', pages: 2 });
    const text: ExtractedText = JSON.parse(new TextDecoder().decode(await objects.get(extractedKey('rc-lost-notice'))));
    expect(text.engine).toBe('textract');
    expect(text.pages).toHaveLength(2);
  });

  it('leaves a job still IN_PROGRESS alone before the OCR deadline and rejects it ocr_timeout after', async () => {
    await storeDoc('rc-running', 'extracting', { ageHours: 1, jobId: 'job-running' });
    await storeDoc('rc-dead', 'extracting', { ageHours: 3, jobId: 'job-dead' });
    textractMock.on(GetDocumentTextDetectionCommand).resolves(fixture('status/get-job.in-progress.json'));
    const result = await handler()({}, lambdaContext);
    expect(result.counts).toMatchObject({ poll_ocr_job: 1, rejected: 1 });
    expect((await stores.documents.get('rc-running'))?.status).toBe('extracting');
    expect(await stores.documents.get('rc-dead')).toMatchObject({
      status: 'rejected',
      reason: 'ocr_timeout',
      messageVi: STUCK_MESSAGES_VI.ocr_timeout,
    });
    // Both were polled by their own job id.
    const polled = textractMock.commandCalls(GetDocumentTextDetectionCommand).map((c) => c.args[0].input.JobId);
    expect(polled.sort()).toEqual(['job-dead', 'job-running']);
  });

  it('ends a document rejected ocr_failed when the polled job FAILED', async () => {
    await storeDoc('rc-failed', 'extracting', { ageHours: 1, jobId: 'job-failed' });
    textractMock.on(GetDocumentTextDetectionCommand).resolves(fixture('status/get-job.failed.json'));
    await handler()({}, lambdaContext);
    const doc = await stores.documents.get('rc-failed');
    expect(doc).toMatchObject({ status: 'rejected', reason: 'ocr_failed' });
    expect(doc?.messageVi).toBeTruthy();
  });

  it('re-emits a lost object event into the extract queue as the S3 notification S3 would have sent', async () => {
    const fileName = 'Giấy phép (bản scan).pdf';
    await storeDoc('rc-lost-event', 'uploading', { ageHours: 1, fileName });
    const key = `incoming/${AGENCY}/u-rc-lost-event/${fileName}`;
    objects.objects.set(key, new Uint8Array([1, 2, 3]));
    const landed = new Date(hoursAgo(1));
    s3Mock.on(HeadObjectCommand, { Key: key }).resolves({ ContentLength: 3, ETag: '"abc"', LastModified: landed });
    const result = await handler()({}, lambdaContext);
    expect(result.counts.redrive_object).toBe(1);
    const sends = sqsMock.commandCalls(SendMessageCommand);
    expect(sends).toHaveLength(1);
    expect(sends[0]!.args[0].input.QueueUrl).toBe(INCOMING_QUEUE);
    // The extract stage decodes it like any S3 event: same key, and the upload's own instant.
    const [object] = parseS3Records({ body: String(sends[0]!.args[0].input.MessageBody) });
    expect(object).toMatchObject({ key, size: 3, eventTime: landed.toISOString(), bucket: 'sohoa-docs' });
    // Extract's queue is a fair queue: the re-emitted event is its agency's, as the route stage sends it.
    expect(sends[0]!.args[0].input.MessageGroupId).toBe(AGENCY);
  });

  it('re-emits the text event of a stuck extracted document into the classify queue', async () => {
    await storeDoc('rc-unclassified', 'extracted', { ageHours: 1 });
    objects.objects.set(extractedKey('rc-unclassified'), new TextEncoder().encode('{}'));
    s3Mock.on(HeadObjectCommand).resolves({ ContentLength: 2, ETag: '"e"', LastModified: new Date(hoursAgo(1)) });
    await handler()({}, lambdaContext);
    const sends = sqsMock.commandCalls(SendMessageCommand);
    expect(sends.map((s) => s.args[0].input.QueueUrl)).toEqual([EXTRACTED_QUEUE]);
    // Classify's queue is not shared out by agency (its keys carry none).
    expect(sends[0]!.args[0].input.MessageGroupId).toBeUndefined();
  });

  it('rejects uploads that never arrived (upload_expired) and extracted documents without bytes (object_missing)', async () => {
    await storeDoc('rc-never', 'uploading', { ageHours: 2 });
    await storeDoc('rc-gone', 'extracted', { ageHours: 2 });
    await handler()({}, lambdaContext);
    expect(await stores.documents.get('rc-never')).toMatchObject({ status: 'rejected', reason: 'upload_expired' });
    expect(await stores.documents.get('rc-gone')).toMatchObject({
      status: 'rejected',
      reason: 'object_missing',
      messageVi: STUCK_MESSAGES_VI.object_missing,
    });
    expect(sqsMock.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it('writes the OverdueDocuments gauge on every pass as an EMF line, and logs an error while documents are overdue', async () => {
    const logger = new Logger({ serviceName: 'sohoa-test', logLevel: 'SILENT' });
    const error = vi.spyOn(logger, 'error');
    // Every document the earlier tests left is terminal or fresh: a quiet pass writes its count (0 or more).
    textractMock.on(GetDocumentTextDetectionCommand).resolves(fixture('status/get-job.in-progress.json'));
    const quiet = await captureOutput(() => handler(logger)({}, lambdaContext));
    expect(quiet.emf).toHaveLength(1);
    expect(quiet.emf[0][OVERDUE_DOCUMENTS_METRIC]).toBe(quiet.result.overdue);

    // Seven hours after its upload, re-driven but still not terminal: overdue.
    await storeDoc('rc-overdue', 'uploading', { ageHours: 7, idleHours: 1 });
    const key = `incoming/${AGENCY}/u-rc-overdue/ho-so.pdf`;
    objects.objects.set(key, new Uint8Array([1]));
    s3Mock.on(HeadObjectCommand).resolves({ ContentLength: 1, ETag: '"x"', LastModified: new Date(hoursAgo(7)) });
    const overdue = await captureOutput(() => handler(logger)({}, lambdaContext));
    expect(overdue.result.overdue).toBeGreaterThanOrEqual(1);
    expect(overdue.emf).toHaveLength(1);
    expect(overdue.emf[0][OVERDUE_DOCUMENTS_METRIC]).toBe(overdue.result.overdue);
    expect(overdue.emf[0][RECONCILE_REDRIVEN_METRIC]).toBeGreaterThanOrEqual(1);
    // The log line is for people: the pass's totals, no metric fields.
    const logged = error.mock.calls.at(-1)?.[1] as Record<string, unknown>;
    expect(logged).toMatchObject({ overdue: overdue.result.overdue });
    expect(logged).not.toHaveProperty('_aws');
    expect(logged).not.toHaveProperty(OVERDUE_DOCUMENTS_METRIC);
  });

  describe('metrics, whatever the log level', () => {
    // A healthy pass: nothing overdue, two documents re-driven and one rejected, all done.
    const stuck = (docId: string, action: PipelineAction) => ({
      docId,
      agencyId: AGENCY,
      status: 'uploading' as const,
      ageMinutes: 90,
      action,
      done: true,
    });
    const report: PipelineReconcileReport = {
      scanned: 5,
      nonTerminal: 3,
      stuck: [
        stuck('a', 'redrive_object'),
        stuck('b', 'poll_ocr_job'),
        { ...stuck('c', 'rejected'), reason: 'upload_expired' },
      ],
      overdue: 0,
      counts: { redrive_object: 1, redrive_text: 0, poll_ocr_job: 1, rejected: 1 },
      fixed: true,
    };
    // The Lambda composition's logger: its level from POWERTOOLS_LOG_LEVEL, as an operator sets it.
    const pass = () =>
      captureOutput(() =>
        makeReconcileHandler({ reconcile: async () => report, logger: new Logger({ serviceName: RECONCILE_SERVICE }) })(
          {},
          lambdaContext,
        ),
      );
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('writes the gauge and counts as one EMF line in the sohoa namespace, with the dimensions the alarms name', async () => {
      vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
      const { emf, json } = await pass();
      expect(emf).toHaveLength(1);
      const [line] = emf;
      expect(line._aws.CloudWatchMetrics).toEqual([
        {
          Namespace: PIPELINE_METRICS_NAMESPACE,
          Dimensions: [Object.keys(pipelineMetricDimensions(RECONCILE_SERVICE))],
          Metrics: [OVERDUE_DOCUMENTS_METRIC, RECONCILE_REDRIVEN_METRIC, RECONCILE_REJECTED_METRIC].map((Name) => ({
            Name,
            Unit: 'Count',
          })),
        },
      ]);
      expect(line).toMatchObject({
        ...pipelineMetricDimensions(RECONCILE_SERVICE),
        [OVERDUE_DOCUMENTS_METRIC]: 0,
        [RECONCILE_REDRIVEN_METRIC]: 2,
        [RECONCILE_REJECTED_METRIC]: 1,
      });
      // At INFO the healthy pass is also logged, for people, without metric fields.
      const logs = json.filter((l) => l.message === 'pipeline reconciled');
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatchObject({ level: 'INFO', overdue: 0, stuck: 3 });
      expect(logs[0]).not.toHaveProperty('_aws');
    });

    it('still writes the gauge when POWERTOOLS_LOG_LEVEL=ERROR silences the healthy pass line', async () => {
      vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'ERROR');
      const { emf, stdout } = await pass();
      expect(emf).toHaveLength(1);
      expect(emf[0]).toMatchObject({ [OVERDUE_DOCUMENTS_METRIC]: 0, [RECONCILE_REDRIVEN_METRIC]: 2 });
      // The EMF line is all there is: the INFO line is gone, the gauge the OverdueGaugeMissing alarm watches is not.
      expect(stdout).toHaveLength(1);
    });
  });

  it('reads only non-terminal documents from the status index', async () => {
    await storeDoc('rc-done', 'classified', { ageHours: 30 });
    let all = 0;
    const nonTerminal: string[] = [];
    for await (const { doc } of stores.documents.scan()) {
      all += 1;
      if (['uploading', 'extracting', 'extracted'].includes(doc.status)) nonTerminal.push(doc.docId);
    }
    const result = await handler()({}, lambdaContext);
    expect(all).toBeGreaterThan(nonTerminal.length);
    expect(result.scanned).toBe(nonTerminal.length);
    expect(result.nonTerminal).toBe(nonTerminal.length);
  });
});
