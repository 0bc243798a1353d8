/**
 * The pipeline reconciler on the real local stack (dynalite + s3rver + the event router): object events
 * lost with a stopped process are re-emitted at the next start-up, and uploads that never arrived end
 * `rejected: upload_expired` once their URL expired past the grace period.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf } from '#demo/samples/render.ts';
import { type LocalStack, openLocalStack } from '#local/composition.ts';
import { writeDevConfig } from '#local/dev-config.ts';
import { signLocalToken } from '#local/tokens.ts';
import type { Clock } from '#shared/ports.ts';
import { STUCK_MESSAGES_VI } from '#shared/use-cases/reconcile-pipeline.ts';
import { captureOutput } from '#test/support/stdout.ts';

const AGENCY = 'so-xay-dung';
let dataDir: string;
let stack: LocalStack | undefined;

interface Ticket {
  docId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
}

async function requestUpload(s: LocalStack, token: string, bytes: Uint8Array, fileName: string): Promise<Ticket> {
  const response = await fetch(`${s.config.apiUrl}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      fileName,
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Ticket;
}

async function put(ticket: Ticket, bytes: Uint8Array): Promise<void> {
  const response = await fetch(ticket.url, {
    method: ticket.method,
    headers: ticket.headers,
    body: Buffer.from(bytes),
  });
  expect(response.status).toBe(200);
}

const shifted = (ms: number): Clock => ({ now: () => new Date(Date.now() + ms) });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sohoa-reconcile-'));
});

afterAll(async () => {
  await stack?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('pipeline reconciler on the local stack', () => {
  it('re-emits a lost object event at start-up and rejects an upload that never arrived', async () => {
    const pdf = await renderPdf(composeDocument({ docType: 'khai-sinh', seed: 21 }).blocks);
    // First run: the extract queue loses every event (a process killed before its queue was drained).
    stack = await openLocalStack({
      dataDir,
      port: 0,
      logLevel: 'SILENT',
      reconcile: false,
      wrapHandler: (queue, handler) => (queue === 'extract' ? async () => ({ batchItemFailures: [] }) : handler),
    });
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    await stack.deps.stores.agencies.put({
      id: AGENCY,
      name: 'Sở Xây dựng',
      level: 'province',
      parentId: null,
      emails: [],
      validFrom: null,
      validTo: null,
      successorId: null,
    });
    const token = await signLocalToken({ agencyId: AGENCY }, { dataDir });
    const arrived = await requestUpload(stack, token, pdf, 'khai-sinh.pdf');
    await put(arrived, pdf);
    const neverArrived = await requestUpload(stack, token, pdf, 'khong-den.pdf');
    await stack.idle();
    expect((await stack.deps.stores.documents.get(arrived.docId))?.status).toBe('uploading');
    await stack.close();

    // Restart two hours later: the 15-minute URL expired more than the 1-hour grace ago.
    stack = await openLocalStack({ dataDir, port: 0, logLevel: 'SILENT', clock: shifted(2 * 3600_000) });
    await stack.idle();
    const done = await stack.deps.stores.documents.get(arrived.docId);
    expect(done?.status).toBe('classified');
    expect(done?.docType).toBe('khai-sinh');
    const expired = await stack.deps.stores.documents.get(neverArrived.docId);
    expect(expired).toMatchObject({
      status: 'rejected',
      reason: 'upload_expired',
      messageVi: STUCK_MESSAGES_VI.upload_expired,
    });

    // A fresh upload still within its URL's lifetime is left alone, and a second pass changes nothing.
    const fresh = await requestUpload(stack, token, pdf, 'moi.pdf');
    const again = await stack.reconcilePipeline({ fix: true });
    expect(again.stuck).toEqual([]);
    expect(again.nonTerminal).toBe(1);
    expect((await stack.deps.stores.documents.get(fresh.docId))?.status).toBe('uploading');
  }, 60_000);

  it('keeps the S3 port across a restart (dev.json), so a presigned URL issued before it still works', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sohoa-restart-'));
    let s: LocalStack | undefined;
    try {
      const pdf = await renderPdf(composeDocument({ docType: 'ket-hon', seed: 22 }).blocks);
      s = await openLocalStack({ dataDir: dir, port: 0, logLevel: 'SILENT', reconcile: false });
      await s.deps.stores.agencies.put({
        id: AGENCY,
        name: 'Sở Xây dựng',
        level: 'province',
        parentId: null,
        emails: [],
        validFrom: null,
        validTo: null,
        successorId: null,
      });
      await writeDevConfig(s.dataDir, s.config);
      const token = await signLocalToken({ agencyId: AGENCY }, { dataDir: dir });
      const ticket = await requestUpload(s, token, pdf, 'ket-hon.pdf');
      const before = s.config.s3Endpoint;
      await s.close();
      s = await openLocalStack({ dataDir: dir, port: 0, logLevel: 'SILENT' });
      expect(s.config.s3Endpoint).toBe(before);
      await put(ticket, pdf);
      await s.idle();
      expect((await s.deps.stores.documents.get(ticket.docId))?.status).toBe('classified');
    } finally {
      await s?.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('runs the extract handler with its metrics off: a lost object is logged on stderr, no EMF line reaches stdout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sohoa-local-metrics-'));
    const saved = process.env.POWERTOOLS_METRICS_DISABLED;
    // As a fresh `sohoa dev` finds it: nothing set by an earlier stack of this file.
    delete process.env.POWERTOOLS_METRICS_DISABLED;
    let s: LocalStack | undefined;
    try {
      s = await openLocalStack({ dataDir: dir, port: 0, logLevel: 'ERROR', reconcile: false });
      const local = s;
      const { stdout, stderr } = await captureOutput(async () => {
        // An object under incoming/ that no upload session owns: in AWS, a MissingUploadSession metric.
        await local.clients.s3.send(
          new PutObjectCommand({
            Bucket: local.config.bucket,
            Key: `incoming/${AGENCY}/no-such-upload/mat-phien.pdf`,
            Body: new Uint8Array([1, 2, 3]),
            ContentType: 'application/pdf',
          }),
        );
        await local.idle();
      });
      expect(stderr.some((line) => line.includes('object without an upload session'))).toBe(true);
      expect(stdout.filter((line) => line.includes('CloudWatchMetrics'))).toEqual([]);
    } finally {
      await s?.close();
      if (saved === undefined) delete process.env.POWERTOOLS_METRICS_DISABLED;
      else process.env.POWERTOOLS_METRICS_DISABLED = saved;
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
