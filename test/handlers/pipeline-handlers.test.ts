import { createHash } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClassifyHandler } from '#functions/classify/handler.ts';
import { type ExtractHandlerDeps, makeExtractHandler } from '#functions/extract/handler.ts';
import { makeTextractCollectHandler } from '#functions/textract-collect/handler.ts';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { ExtractedText } from '#shared/domain/types.ts';
import { UnreadableDocumentError } from '#shared/errors.ts';
import {
  EXTRACT_SERVICE,
  MISSING_SESSION_METRIC,
  PIPELINE_METRICS_NAMESPACE,
  pipelineMetricDimensions,
} from '#shared/events/metrics.ts';
import type { AllStores, OcrEngine } from '#shared/ports.ts';
import { emptyClassification } from '#shared/use-cases/classification-outcome.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { captureOutput } from '#test/support/stdout.ts';
import { fixedClock, jsonLineClassify, makeMemoryObjects, textFor } from '#test/unit/pipeline/fakes.ts';
import { fixturesAvailable, lambdaContext, readFixture, SKIP_REASON } from './fixtures.ts';

if (!fixturesAvailable) console.warn(`skipping pipeline handler tests: ${SKIP_REASON}`);

const logger = new Logger({ serviceName: 'sohoa-test', logLevel: 'SILENT' });
const clock = fixedClock('2026-03-05T02:20:00.000Z');
const objects = makeMemoryObjects();
let table: TestTable;
let stores: AllStores;
let seq = 0;

/** The fixture's form-encoded Vietnamese file name (`Gi%E1%BA%A5y+ph%C3%A9p+...+%28b%E1%BA%A3n+scan%29.pdf`). */
function fixtureEncodedName(): { encoded: string; decoded: string } {
  const event = readFixture<SQSEvent>('events/derived/sqs-s3-put.vietnamese-key.json');
  const key: string = JSON.parse(event.Records[0]!.body).Records[0].s3.object.key;
  const encoded = key.slice(key.lastIndexOf('/') + 1);
  return { encoded, decoded: decodeURIComponent(encoded.replace(/\+/g, ' ')) };
}

/** The real SQS-wrapped S3 event, with its key moved under `incoming/{agency}/{upload}/` (still S3-encoded). */
function s3EventFor(encodedKey: string, size: number, messageId = `msg-${++seq}`): SQSRecord {
  const event = structuredClone(readFixture<SQSEvent>('events/derived/sqs-s3-put.vietnamese-key.json'));
  const record = event.Records[0]!;
  const body = JSON.parse(record.body);
  body.Records[0].s3.object.key = encodedKey;
  body.Records[0].s3.object.size = size;
  return { ...record, messageId, body: JSON.stringify(body) };
}

function batch(...records: SQSRecord[]): SQSEvent {
  return { Records: records };
}

const pdfBytes = (tag: string) => new TextEncoder().encode(`%PDF-1.7\n% ${tag}\n1 0 obj << >> endobj\n%%EOF\n`);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Records an upload session + `uploading` document, as POST /uploads does, and stores the object. */
async function uploaded(agencyId: string, bytes: Uint8Array, declared: Partial<{ size: number; sha256: string }> = {}) {
  seq += 1;
  const { encoded, decoded } = fixtureEncodedName();
  const uploadId = `up-${seq}`;
  const docId = `doc-${seq}`;
  const objectKey = `incoming/${agencyId}/${uploadId}/${decoded}`;
  const session = {
    uploadId,
    docId,
    agencyId,
    objectKey,
    fileName: decoded,
    contentType: 'application/pdf',
    size: declared.size ?? bytes.length,
    sha256: declared.sha256 ?? sha(bytes),
    createdBy: 'clerk',
    createdAt: '2026-03-05T02:10:00.000Z',
    expiresAt: '2026-03-05T02:25:00.000Z',
  };
  await stores.sessions.create(session);
  await stores.documents.create(
    {
      ...emptyClassification(),
      docId,
      agencyId,
      uploadId,
      status: 'uploading',
      reason: null,
      messageVi: null,
      duplicateOf: null,
      sha256: session.sha256,
      size: session.size,
      contentType: session.contentType,
      fileName: decoded,
      objectKey,
      extractedKey: null,
      textractJobId: null,
      uploadedBy: 'clerk',
      createdAt: session.createdAt,
      digitizedAt: null,
      updatedAt: session.createdAt,
      reviewedBy: null,
      reviewedAt: null,
      version: 1,
    },
    { expiresAt: '2026-04-01T00:00:00.000Z' },
  );
  await objects.put(objectKey, bytes, 'application/pdf');
  return { docId, objectKey, record: s3EventFor(`incoming/${agencyId}/${uploadId}/${encoded}`, bytes.length) };
}

function textEngine(text: ExtractedText): OcrEngine {
  return { name: 'pdf-text', extract: async () => text };
}

function extractHandler(
  ocr: OcrEngine,
  pdfText: OcrEngine = textEngine(textFor({})),
  overrides: Partial<ExtractHandlerDeps> = {},
) {
  return makeExtractHandler({
    documents: stores.documents,
    sessions: stores.sessions,
    objects,
    engines: { pdfText, ocr },
    hasTextLayer: async () => true,
    bucket: 'sohoa-documents',
    clock,
    logger,
    isThrottle: (e) => e instanceof Error && e.name === 'ThrottlingException',
    ...overrides,
  });
}

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
});
afterAll(async () => {
  await table?.close();
});

describe.skipIf(!fixturesAvailable)('extract handler (real middy chain, real S3 event fixtures)', () => {
  it('decodes the Vietnamese key (+ and %XX), verifies the file and writes the extracted text', async () => {
    const { docId, record } = await uploaded('so-xay-dung', pdfBytes('a'));
    const out = await extractHandler(textEngine(textFor({})))(batch(record), lambdaContext);
    expect(out.batchItemFailures).toEqual([]);
    const doc = await stores.documents.get(docId);
    expect(doc).toMatchObject({ status: 'extracted', engine: 'pdf-text', pages: 1, extractedKey: extractedKey(docId) });
    // digitizedAt is when the object landed (the S3 event time), not when we processed it.
    expect(doc?.digitizedAt).toBe('2026-03-05T02:14:09.512Z');
    expect(objects.objects.has(extractedKey(docId))).toBe(true);
  });

  it('keeps the upload session for good once its object arrived, so no later message finds it expired', async () => {
    const ttlOf = async (uploadId: string) => {
      const out = await table.doc.send(
        new GetCommand({ TableName: table.tableName, Key: { pk: `UPLOAD#${uploadId}`, sk: 'UPLOAD' } }),
      );
      return out.Item?.expiresAtEpoch as number | undefined;
    };
    const { docId, record } = await uploaded('so-xay-dung', pdfBytes('kept'));
    const uploadId = (await stores.documents.get(docId))!.uploadId;
    // Until the object arrives the session expires (URL expiry + 21 days, beyond the queues' 14).
    expect(await ttlOf(uploadId)).toBeGreaterThan(Date.parse('2026-03-05T02:25:00.000Z') / 1000 + 14 * 24 * 3600);
    await extractHandler(textEngine(textFor({})))(batch(record), lambdaContext);
    expect(await ttlOf(uploadId)).toBeUndefined();
    expect(await stores.sessions.get(uploadId)).toMatchObject({ uploadId, docId });
    // A redelivery months later still finds it: an already-processed object, not a missing session.
    const again = await extractHandler(textEngine(textFor({})))(batch(record), lambdaContext);
    expect(again.batchItemFailures).toEqual([]);
    expect((await stores.documents.get(docId))?.status).toBe('extracted');
    // Retaining a session the TTL already deleted creates nothing.
    await stores.sessions.retain('up-never-created');
    expect(await stores.sessions.get('up-never-created')).toBeNull();
  });

  it('ignores the s3:TestEvent S3 sends when the notification is configured', async () => {
    const event = readFixture<SQSEvent>('events/derived/sqs-s3-test-event.json');
    const before = objects.puts.length;
    const out = await extractHandler(textEngine(textFor({})))(structuredClone(event), lambdaContext);
    expect(out.batchItemFailures).toEqual([]);
    expect(objects.puts.length).toBe(before);
  });

  it('rejects a file whose bytes differ from the declared SHA-256 or size, with a Vietnamese message', async () => {
    const wrongSha = await uploaded('so-xay-dung', pdfBytes('b'), { sha256: 'f'.repeat(64) });
    const wrongSize = await uploaded('so-xay-dung', pdfBytes('c'), { size: 3 });
    const out = await extractHandler(textEngine(textFor({})))(batch(wrongSha.record, wrongSize.record), lambdaContext);
    expect(out.batchItemFailures).toEqual([]);
    expect(await stores.documents.get(wrongSha.docId)).toMatchObject({
      status: 'rejected',
      reason: 'checksum_mismatch',
    });
    const sized = await stores.documents.get(wrongSize.docId);
    expect(sized).toMatchObject({ status: 'rejected', reason: 'size_mismatch' });
    expect(sized?.messageVi).toMatch(/Kích thước tệp/);
  });

  it('marks a second upload of the same bytes by the same agency as duplicate of the first', async () => {
    const bytes = pdfBytes('same');
    const first = await uploaded('ubnd-dup', bytes);
    const second = await uploaded('ubnd-dup', bytes);
    const handler = extractHandler(textEngine(textFor({})));
    await handler(batch(first.record), lambdaContext);
    await handler(batch(second.record), lambdaContext);
    expect(await stores.documents.get(second.docId)).toMatchObject({
      status: 'duplicate',
      reason: 'duplicate_file',
      duplicateOf: first.docId,
    });
  });

  it('rejects a file no engine can read, with the engine’s reason', async () => {
    const { docId, record } = await uploaded('so-xay-dung', pdfBytes('corrupt'));
    const broken: OcrEngine = {
      name: 'pdf-text',
      extract: async () => {
        throw new UnreadableDocumentError('corrupt_file', 'corrupt', 'Tệp PDF bị hỏng hoặc không đọc được.');
      },
    };
    await extractHandler(broken, broken)(batch(record), lambdaContext);
    expect(await stores.documents.get(docId)).toMatchObject({
      status: 'rejected',
      reason: 'corrupt_file',
      messageVi: 'Tệp PDF bị hỏng hoặc không đọc được.',
    });
  });

  it('sends a throttled record back to the queue alone, and a redelivery finishes it', async () => {
    const throttled = await uploaded('so-xay-dung', pdfBytes('throttle'));
    const fine = await uploaded('so-xay-dung', pdfBytes('fine'));
    const throttling: OcrEngine = {
      name: 'textract',
      extract: async () => {
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      },
    };
    const handler = extractHandler(throttling, undefined, {
      // Only the first file is a scan (goes to OCR); the second has a text layer.
      hasTextLayer: async (bytes) => !new TextDecoder().decode(bytes).includes('throttle'),
    });
    const out = await handler(batch(throttled.record, fine.record), lambdaContext);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: throttled.record.messageId }]);
    expect((await stores.documents.get(throttled.docId))?.status).toBe('uploading');
    expect((await stores.documents.get(fine.docId))?.status).toBe('extracted');

    const again = await extractHandler(textEngine(textFor({})))(batch(throttled.record), lambdaContext);
    expect(again.batchItemFailures).toEqual([]);
    expect((await stores.documents.get(throttled.docId))?.status).toBe('extracted');
  });

  it('logs an object without an upload session as an error, and counts it in the MissingUploadSession metric', async () => {
    const errors: unknown[][] = [];
    const spy = new Logger({ serviceName: 'sohoa-test', logLevel: 'SILENT' });
    spy.error = (...args: unknown[]) => {
      errors.push(args);
    };
    const orphan = (id: string) => s3EventFor(`incoming/so-xay-dung/${id}/${fixtureEncodedName().encoded}`, 10);
    const good = await uploaded('so-xay-dung', pdfBytes('beside-orphans'));
    const { result: out, emf } = await captureOutput(() =>
      extractHandler(textEngine(textFor({})), undefined, { logger: spy, isThrottle: undefined })(
        batch(orphan('no-such-upload'), good.record, orphan('no-such-upload-either')),
        lambdaContext,
      ),
    );
    expect(out.batchItemFailures).toEqual([]);
    expect(errors).toHaveLength(2);
    expect(errors[0]?.[0]).toBe('object without an upload session');
    expect(errors[0]?.[1]).toMatchObject({ skipped: 'no_session' });
    // The log line is for people; the metric is its own EMF line, one per lost object (CloudWatch sums them).
    expect(errors[0]?.[1]).not.toHaveProperty('_aws');
    expect(errors[0]?.[1]).not.toHaveProperty(MISSING_SESSION_METRIC);
    expect(emf).toHaveLength(2);
    for (const line of emf) {
      expect(line._aws.CloudWatchMetrics).toEqual([
        {
          Namespace: PIPELINE_METRICS_NAMESPACE,
          Dimensions: [Object.keys(pipelineMetricDimensions(EXTRACT_SERVICE))],
          Metrics: [{ Name: MISSING_SESSION_METRIC, Unit: 'Count' }],
        },
      ]);
      expect(line).toMatchObject({ ...pipelineMetricDimensions(EXTRACT_SERVICE), [MISSING_SESSION_METRIC]: 1 });
    }
  });

  it('writes nothing at WARN for a batch without a lost object: no metric line, no empty-flush warning', async () => {
    const { docId, record } = await uploaded('so-xay-dung', pdfBytes('no-metric'));
    const warnLogger = new Logger({ serviceName: EXTRACT_SERVICE, logLevel: 'WARN' });
    const {
      result: out,
      stdout,
      stderr,
    } = await captureOutput(() =>
      extractHandler(textEngine(textFor({})), undefined, { logger: warnLogger, isThrottle: undefined })(
        batch(record),
        lambdaContext,
      ),
    );
    expect(out.batchItemFailures).toEqual([]);
    expect((await stores.documents.get(docId))?.status).toBe('extracted');
    // A flush of nothing would write Powertools' "No application metrics to publish" warning on every batch.
    expect([...stdout, ...stderr]).toEqual([]);
  });

  it('fails only the record whose body is not an S3 notification', async () => {
    const good = await uploaded('so-xay-dung', pdfBytes('good'));
    const garbage: SQSRecord = { ...good.record, messageId: 'garbage', body: '{"hello":"world"}' };
    const out = await extractHandler(textEngine(textFor({})))(batch(garbage, good.record), lambdaContext);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'garbage' }]);
    expect((await stores.documents.get(good.docId))?.status).toBe('extracted');
  });

  it('starts an asynchronous OCR job for a multi-page scan and leaves the document extracting', async () => {
    const { docId, record } = await uploaded('so-xay-dung', pdfBytes('multi'));
    const asyncEngine: OcrEngine = {
      name: 'textract',
      extract: async (_input, options) => ({ pending: true, jobId: `job-${options?.jobToken}` }),
    };
    const handler = extractHandler(asyncEngine, undefined, { hasTextLayer: async () => false });
    await handler(batch(record), lambdaContext);
    expect(await stores.documents.get(docId)).toMatchObject({ status: 'extracting', textractJobId: `job-${docId}` });
    expect(await stores.documents.findJob(`job-${docId}`)).toBe(docId);
  });
});

describe.skipIf(!fixturesAvailable)('classify handler', () => {
  it('classifies once even when the extracted/ event is delivered twice', async () => {
    const { docId, record } = await uploaded('ubnd-classify', pdfBytes('classify'));
    const engine = textEngine(textFor({ docNumber: '99/GP' }));
    await extractHandler(engine, engine)(batch(record), lambdaContext);
    const classify = makeClassifyHandler({
      documents: stores.documents,
      objects,
      classify: jsonLineClassify,
      clock,
      logger,
    });
    const event = batch(s3EventFor(extractedKey(docId), 100, 'c1'), s3EventFor(extractedKey(docId), 100, 'c2'));
    const out = await classify(event, lambdaContext);
    await classify(batch(s3EventFor(extractedKey(docId), 100, 'c3')), lambdaContext);
    expect(out.batchItemFailures).toEqual([]);
    const doc = await stores.documents.get(docId);
    expect(doc).toMatchObject({ status: 'classified', docNumber: '99/GP', title: 'GIẤY PHÉP XÂY DỰNG' });
    const reader = makeDynamoComplianceReader(table);
    expect(
      await reader.countCounted({
        agencyId: 'ubnd-classify',
        digitizedFrom: null,
        digitizedTo: '2026-12-31T16:59:59.999Z',
        validOn: '2026-03-05',
      }),
    ).toBe(1);
  });

  it('retries (does not drop) a classify event that overtook its extraction', async () => {
    const { docId } = await uploaded('ubnd-classify', pdfBytes('early'));
    await objects.put(extractedKey(docId), JSON.stringify(textFor({})), 'application/json');
    const classify = makeClassifyHandler({
      documents: stores.documents,
      objects,
      classify: jsonLineClassify,
      clock,
      logger,
    });
    const record = s3EventFor(extractedKey(docId), 100, 'early');
    const out = await classify(batch(record), lambdaContext);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'early' }]);
    expect((await stores.documents.get(docId))?.status).toBe('uploading');
  });
});

describe.skipIf(!fixturesAvailable)('textract-collect handler (real SNS notification fixture)', () => {
  function snsRecord(jobId: string, status = 'SUCCEEDED'): SQSRecord {
    const sns = readFixture<{ Records: { Sns: Record<string, unknown> }[] }>(
      'events/derived/sns-textract-job-completed.json',
    );
    const envelope = structuredClone(sns.Records[0]!.Sns);
    const message = JSON.parse(String(envelope.Message));
    envelope.Message = JSON.stringify({ ...message, JobId: jobId, Status: status });
    const base = readFixture<SQSEvent>('events/sqs-generic.json').Records[0]!;
    return { ...base, messageId: `sns-${jobId}-${status}`, body: JSON.stringify(envelope) };
  }

  async function extracting(tag: string) {
    const { docId, record } = await uploaded('ubnd-textract', pdfBytes(tag));
    const asyncEngine: OcrEngine = { name: 'textract', extract: async () => ({ pending: true, jobId: `job-${tag}` }) };
    await extractHandler(asyncEngine, undefined, { hasTextLayer: async () => false, bucket: 'b' })(
      batch(record),
      lambdaContext,
    );
    return docId;
  }

  it('writes the collected text and moves the document to extracted', async () => {
    const docId = await extracting('collect-ok');
    const text: ExtractedText = {
      engine: 'textract',
      pages: [
        { pageNumber: 1, lines: [] },
        { pageNumber: 2, lines: [] },
      ],
    };
    const handler = makeTextractCollectHandler({
      documents: stores.documents,
      objects,
      collect: async () => text,
      clock,
      logger,
    });
    const out = await handler(batch(snsRecord('job-collect-ok')), lambdaContext);
    expect(out.batchItemFailures).toEqual([]);
    expect(await stores.documents.get(docId)).toMatchObject({ status: 'extracted', engine: 'textract', pages: 2 });
    expect(JSON.parse(new TextDecoder().decode(await objects.get(extractedKey(docId))))).toEqual(text);
  });

  it('rejects the document when the job failed', async () => {
    const docId = await extracting('collect-failed');
    const handler = makeTextractCollectHandler({
      documents: stores.documents,
      objects,
      collect: async () => {
        throw new Error('must not be called');
      },
      clock,
      logger,
    });
    await handler(batch(snsRecord('job-collect-failed', 'FAILED')), lambdaContext);
    expect(await stores.documents.get(docId)).toMatchObject({ status: 'rejected', reason: 'ocr_failed' });
  });

  it('retries a notification whose job is not bound to a document yet', async () => {
    const handler = makeTextractCollectHandler({
      documents: stores.documents,
      objects,
      collect: async () => ({ engine: 'textract', pages: [] }),
      clock,
      logger,
    });
    const record = snsRecord('job-unknown');
    const out = await handler(batch(record), lambdaContext);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
  });
});
