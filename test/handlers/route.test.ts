/**
 * The route stage (shared/use-cases/route-object-events.ts, functions/route/handler.ts): every object event
 * from the intake queue reaches extract's queue alone, unchanged, with its agency as SQS message group (what
 * makes extract's queue a fair queue); keys outside the layout go on in the shared unrouted group with a
 * logged reason and end in extract as `not_an_upload`; failures come back per record, never as a batch.
 * Real S3 → SQS fixtures, SQS mocked with aws-sdk-client-mock.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeRouteHandler } from '#functions/route/handler.ts';
import { makeSqsObjectEventQueue } from '#shared/adapters/sqs/object-event-queue.ts';
import { UNROUTED_GROUP } from '#shared/domain/object-keys.ts';
import { parseS3Records, splitS3Notification } from '#shared/events/s3-records.ts';
import type { ExtractDeps } from '#shared/use-cases/extract-document.ts';
import { makeExtractDocument } from '#shared/use-cases/extract-document.ts';
import { makeRouteObjectEvents } from '#shared/use-cases/route-object-events.ts';
import { fixturesAvailable, lambdaContext, readFixture } from './fixtures.ts';

const QUEUE = 'https://sqs.ap-southeast-1.amazonaws.com/123456789012/extract';
const sqsMock = mockClient(SQSClient);
let seq = 0;

/** The real SQS-wrapped S3 event with its (form-encoded) key replaced. */
function s3Event(encodedKey: string): SQSRecord {
  const event = structuredClone(readFixture<SQSEvent>('events/derived/sqs-s3-put.vietnamese-key.json'));
  const record = event.Records[0]!;
  const body = JSON.parse(record.body);
  body.Records[0].s3.object.key = encodedKey;
  return { ...record, messageId: `m-${++seq}`, body: JSON.stringify(body) };
}

function handler() {
  const logger = new Logger({ serviceName: 'sohoa-test', logLevel: 'SILENT' });
  const warn = vi.spyOn(logger, 'warn');
  const handle = makeRouteHandler({
    queue: makeSqsObjectEventQueue({ sqs: new SQSClient({}), queueUrl: QUEUE }),
    logger,
  });
  return { handle: (...records: SQSRecord[]) => handle({ Records: records }, lambdaContext), warn };
}

const sent = () => sqsMock.commandCalls(SendMessageCommand).map((c) => c.args[0].input);

describe('route use-case', () => {
  it('sends each object under its agency, and a key outside the layout under the unrouted group with a reason', async () => {
    const sends: { body: string; groupId: string }[] = [];
    const warnings: Record<string, unknown>[] = [];
    const route = makeRouteObjectEvents({
      queue: { send: async (m) => void sends.push(m) },
      logger: { warn: (_message, extra = {}) => void warnings.push(extra) },
    });
    const event = (key: string) => ({
      object: { bucket: 'b', key, size: 1, eventName: 'ObjectCreated:Put', eventTime: '2026-03-05T02:00:00.000Z' },
      body: `{"k":"${key}"}`,
    });
    const routed = await route([
      event('incoming/so-y-te/u-1/a.pdf'),
      event('incoming/ubnd-xa-thanh-nua/u-2/001-b.jpg'),
      event('incoming/loose.pdf'),
      event('incoming/../u-3/c.pdf'),
    ]);
    expect(sends.map((s) => s.groupId)).toEqual(['so-y-te', 'ubnd-xa-thanh-nua', UNROUTED_GROUP, UNROUTED_GROUP]);
    expect(sends.map((s) => JSON.parse(s.body).k)).toEqual([
      'incoming/so-y-te/u-1/a.pdf',
      'incoming/ubnd-xa-thanh-nua/u-2/001-b.jpg',
      'incoming/loose.pdf',
      'incoming/../u-3/c.pdf',
    ]);
    expect(routed.map((r) => r.uploadId)).toEqual(['u-1', 'u-2', null, null]);
    expect(warnings).toEqual([
      { reason: 'key_outside_layout', groupId: UNROUTED_GROUP, prefix: 'incoming' },
      { reason: 'key_outside_layout', groupId: UNROUTED_GROUP, prefix: 'incoming' },
    ]);
  });

  it('throws when a send fails, so the record comes back (earlier objects of it are re-sent, harmlessly)', async () => {
    const route = makeRouteObjectEvents({
      queue: {
        send: async () => {
          throw new Error('ServiceUnavailable');
        },
      },
    });
    await expect(
      route([
        {
          object: { bucket: 'b', key: 'incoming/a/u/x.pdf', size: 1, eventName: 'ObjectCreated:Put', eventTime: '' },
          body: '{}',
        },
      ]),
    ).rejects.toThrow('ServiceUnavailable');
  });
});

describe.skipIf(!fixturesAvailable)('route handler', () => {
  beforeEach(() => {
    sqsMock.reset();
    sqsMock.on(SendMessageCommand).resolves({ MessageId: 'x' });
  });
  afterEach(() => sqsMock.reset());

  it("re-sends a real S3 event to extract's queue, verbatim, with the agency as message group", async () => {
    const { encoded, decoded } = (() => {
      const key: string = JSON.parse(s3Event('x').body).Records[0].s3.object.key;
      return { encoded: key, decoded: decodeURIComponent(key.replace(/\+/g, ' ')) };
    })();
    const name = encoded.slice(encoded.lastIndexOf('/') + 1);
    const record = s3Event(`incoming/so-tu-phap/u-42/${name}`);
    const { handle } = handler();
    const response = await handle(record);
    expect(response.batchItemFailures).toEqual([]);
    const [input, ...more] = sent();
    expect(more).toEqual([]);
    expect(input).toMatchObject({ QueueUrl: QUEUE, MessageGroupId: 'so-tu-phap' });
    // What extract receives is what S3 would have delivered: the same record, every field as S3 wrote it.
    expect(JSON.parse(String(input!.MessageBody))).toEqual(JSON.parse(record.body));
    expect(parseS3Records({ body: String(input!.MessageBody) })[0]!.key).toBe(
      `incoming/so-tu-phap/u-42/${decoded.slice(decoded.lastIndexOf('/') + 1)}`,
    );
  });

  it('gives each agency of a batch its own group, and one message per object of a notification', async () => {
    const a = s3Event('incoming/so-y-te/u-1/a.pdf');
    const twice = s3Event('incoming/ubnd-huyen-tuan-giao/u-2/001-p.jpg');
    const body = JSON.parse(twice.body);
    const second = structuredClone(body.Records[0]);
    second.s3.object.key = 'incoming/ubnd-huyen-tuan-giao/u-2/002-p.jpg';
    body.Records.push(second);
    const { handle } = handler();
    const response = await handle(a, { ...twice, body: JSON.stringify(body) });
    expect(response.batchItemFailures).toEqual([]);
    expect(sent().map((i) => i.MessageGroupId)).toEqual(['so-y-te', 'ubnd-huyen-tuan-giao', 'ubnd-huyen-tuan-giao']);
    expect(sent().map((i) => JSON.parse(String(i.MessageBody)).Records.length)).toEqual([1, 1, 1]);
    expect(sent().map((i) => parseS3Records({ body: String(i.MessageBody) })[0]!.key)).toEqual([
      'incoming/so-y-te/u-1/a.pdf',
      'incoming/ubnd-huyen-tuan-giao/u-2/001-p.jpg',
      'incoming/ubnd-huyen-tuan-giao/u-2/002-p.jpg',
    ]);
  });

  it('forwards a key outside the layout in the unrouted group with a logged reason; extract ends it not_an_upload', async () => {
    const { handle, warn } = handler();
    const response = await handle(s3Event('incoming/ban-sao-le.pdf'));
    expect(response.batchItemFailures).toEqual([]);
    const [input] = sent();
    expect(input!.MessageGroupId).toBe(UNROUTED_GROUP);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('outside the incoming/ layout'), {
      reason: 'key_outside_layout',
      groupId: UNROUTED_GROUP,
      prefix: 'incoming',
    });
    // The documented end: extract skips it before reading anything (no session, no store is touched).
    const extract = makeExtractDocument({} as ExtractDeps);
    const [object] = parseS3Records({ body: String(input!.MessageBody) });
    await expect(extract(object!)).resolves.toMatchObject({ skipped: 'not_an_upload' });
  });

  it("sends nothing for S3's test event", async () => {
    const { handle } = handler();
    const record = readFixture<SQSEvent>('events/derived/sqs-s3-test-event.json').Records[0]!;
    expect((await handle(record)).batchItemFailures).toEqual([]);
    expect(sent()).toEqual([]);
  });

  it('reports only the failed records: a body that is no S3 notification, and a send SQS refused', async () => {
    const good = s3Event('incoming/so-y-te/u-1/a.pdf');
    const refused = s3Event('incoming/so-xay-dung/u-9/b.pdf');
    const junk = { ...s3Event('incoming/so-y-te/u-1/a.pdf'), messageId: 'junk', body: '{"hello":"world"}' };
    sqsMock.on(SendMessageCommand, { MessageGroupId: 'so-xay-dung' }).rejects(new Error('ServiceUnavailable'));
    const { handle } = handler();
    const response = await handle(good, junk, refused);
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(
      [junk.messageId, refused.messageId].sort(),
    );
    expect(sent().map((i) => i.MessageGroupId)).toEqual(['so-y-te', 'so-xay-dung']);
  });
});

describe('splitS3Notification', () => {
  it('keeps only object creations, each record verbatim in a notification of its own', () => {
    const created = {
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      eventTime: '2026-03-05T02:00:00Z',
      extra: 1,
      s3: { bucket: { name: 'b' }, object: { key: 'incoming/a/u/x+y.pdf', size: 3, sequencer: '00A' } },
    };
    const removed = { ...created, eventName: 'ObjectRemoved:Delete' };
    const [only, ...rest] = splitS3Notification({ body: JSON.stringify({ Records: [removed, created] }) });
    expect(rest).toEqual([]);
    expect(JSON.parse(only!.body)).toEqual({ Records: [created] });
    expect(only!.object.key).toBe('incoming/a/u/x y.pdf');
  });
});
