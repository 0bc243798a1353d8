import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { S3Notification } from '#local/emulators.ts';
import { makeEventRouter } from '#local/event-router.ts';
import { encodeS3EventKey } from '#shared/events/s3-event-key.ts';
import { fixtureExists } from '#test/handlers/fixtures.ts';

const FIXTURE = resolve(process.cwd(), '../shared/fixtures/events/derived/s3-put.vietnamese-key.json');

function notification(key: string, eventName = 'ObjectCreated:Put'): S3Notification {
  // What s3rver emits: raw key, eventVersion 2.0, region us-east-1.
  return {
    Records: [
      {
        eventVersion: '2.0',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventName,
        s3: { bucket: { name: 'b' }, object: { key, size: 5, sequencer: '1' } },
      },
    ],
  };
}

function keysOf(event: SQSEvent): string[] {
  return event.Records.map((r) => JSON.parse(r.body).Records[0].s3.object.key as string);
}

describe('S3 event keys', () => {
  it.skipIf(!fixtureExists(FIXTURE))('encodes a Vietnamese key exactly as the real S3 notification does', () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const encoded: string = fixture.Records[0].s3.object.key;
    expect(encodeS3EventKey('ho-so/2020/Giấy phép xây dựng 125-GP-UBND (bản scan).pdf')).toBe(encoded);
  });

  it('round-trips through the decoding handlers use', () => {
    const keys = ['incoming/a/b/Quyết định số 12/QĐ (bản sao) 100% ~ + #.pdf', 'incoming/x/y/ảnh chụp*.png'];
    for (const key of keys) {
      expect(decodeURIComponent(encodeS3EventKey(key).replace(/\+/g, ' '))).toBe(key);
    }
  });
});

describe('local event router', () => {
  it('routes by prefix, one S3 record per SQS message, re-encoded, eventVersion 2.1', async () => {
    const seen: Record<string, SQSEvent[]> = { extract: [], classify: [] };
    const router = makeEventRouter({
      routes: [
        { name: 'extract', prefix: 'incoming/', handler: async (e) => void seen.extract!.push(e) },
        { name: 'classify', prefix: 'extracted/', handler: async (e) => void seen.classify!.push(e) },
      ],
    });
    router.deliver(notification('incoming/so-y-te/u1/Giấy phép (1).pdf'));
    router.deliver(notification('extracted/d1.json'));
    router.deliver(notification('reports/2025/x.html'));
    router.deliver(notification('incoming/so-y-te/u2/a.pdf', 'ObjectRemoved:Delete'));
    await router.idle();
    expect(seen.extract!.flatMap(keysOf)).toEqual(['incoming/so-y-te/u1/Gi%E1%BA%A5y+ph%C3%A9p+%281%29.pdf']);
    expect(seen.classify!.flatMap(keysOf)).toEqual(['extracted/d1.json']);
    const record = seen.extract![0]!.Records[0]!;
    expect(record.eventSource).toBe('aws:sqs');
    expect(record.eventSourceARN).toMatch(/^arn:aws:sqs:.*:sohoa-extract$/);
    expect(JSON.parse(record.body).Records[0].eventVersion).toBe('2.1');
    expect(record.attributes.ApproximateReceiveCount).toBe('1');
  });

  it('handles a burst with bounded concurrency and loses no event', async () => {
    let running = 0;
    let maxRunning = 0;
    const handled: string[] = [];
    const router = makeEventRouter({
      routes: [
        {
          name: 'extract',
          prefix: 'incoming/',
          concurrency: 2,
          batchSize: 3,
          handler: async (event) => {
            running += 1;
            maxRunning = Math.max(maxRunning, running);
            await new Promise((r) => setTimeout(r, 5));
            handled.push(...keysOf(event));
            running -= 1;
            return { batchItemFailures: [] };
          },
        },
      ],
    });
    for (let i = 0; i < 60; i++) router.deliver(notification(`incoming/a/u${i}/f.pdf`));
    await router.idle();
    expect(maxRunning).toBe(2);
    expect(handled.sort()).toEqual(Array.from({ length: 60 }, (_, i) => `incoming/a/u${i}/f.pdf`).sort());
  });

  it("takes agencies in turn, so one agency's big batch cannot starve another's upload (FIFO within each agency)", async () => {
    const handled: string[] = [];
    const router = makeEventRouter({
      routes: [
        {
          name: 'extract',
          prefix: 'incoming/',
          concurrency: 1,
          batchSize: 1,
          handler: async (event) => {
            handled.push(...keysOf(event));
            return { batchItemFailures: [] };
          },
        },
      ],
    });
    for (let i = 0; i < 50; i++) router.deliver(notification(`incoming/so-lon/u${i}/f.pdf`));
    for (let i = 0; i < 3; i++) router.deliver(notification(`incoming/xa-nho/u${i}/f.pdf`));
    await router.idle();
    expect(handled).toHaveLength(53);
    const small = handled.flatMap((key, at) => (key.startsWith('incoming/xa-nho/') ? [at] : []));
    // so-lon's first upload was already running; then one of each in turn.
    expect(small).toEqual([2, 4, 6]);
    const big = handled.filter((key) => key.startsWith('incoming/so-lon/'));
    expect(big).toEqual(Array.from({ length: 50 }, (_, i) => `incoming/so-lon/u${i}/f.pdf`));
  });

  it('redelivers failed batch items with a growing receive count, then dead-letters them', async () => {
    const attempts: Record<string, string[]> = {};
    const router = makeEventRouter({
      maxReceiveCount: 3,
      visibilityMs: 1,
      routes: [
        {
          name: 'extract',
          prefix: 'incoming/',
          batchSize: 10,
          handler: async (event) => {
            const failures = [];
            for (const record of event.Records) {
              const key = keysOf({ Records: [record] })[0]!;
              attempts[key] = [...(attempts[key] ?? []), record.attributes.ApproximateReceiveCount];
              if (key.includes('bad') || (key.includes('flaky') && attempts[key]!.length < 2)) {
                failures.push({ itemIdentifier: record.messageId });
              }
            }
            return { batchItemFailures: failures };
          },
        },
      ],
    });
    router.deliver(notification('incoming/a/1/good.pdf'));
    router.deliver(notification('incoming/a/2/flaky.pdf'));
    router.deliver(notification('incoming/a/3/bad.pdf'));
    await router.idle();
    expect(attempts['incoming/a/1/good.pdf']).toEqual(['1']);
    expect(attempts['incoming/a/2/flaky.pdf']).toEqual(['1', '2']);
    expect(attempts['incoming/a/3/bad.pdf']).toEqual(['1', '2', '3']);
    expect(router.deadLetters().map((d) => keysOf({ Records: [d.record] })[0])).toEqual(['incoming/a/3/bad.pdf']);
  });

  it('retries the whole batch when the handler throws, and can redeliver a routed body as is', async () => {
    let calls = 0;
    const router = makeEventRouter({
      visibilityMs: 1,
      routes: [
        {
          name: 'classify',
          prefix: 'extracted/',
          batchSize: 5,
          handler: async () => {
            calls += 1;
            if (calls === 1) throw new Error('transient');
            return { batchItemFailures: [] };
          },
        },
      ],
    });
    router.deliver(notification('extracted/d1.json'));
    await router.idle();
    expect(calls).toBe(2);
    const [body] = router.delivered('classify');
    router.redeliver('classify', body!);
    await router.idle();
    expect(calls).toBe(3);
    expect(router.deadLetters()).toEqual([]);
  });
});
