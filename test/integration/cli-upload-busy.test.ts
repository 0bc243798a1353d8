/**
 * `sohoa upload` against the per-agency fairness limit: a 429 `too_many_uploads_in_flight` is waited out
 * and asked again; the daily byte limit is reported, not retried. A small HTTP server plays the API and S3.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFiles } from '#cli/upload/bulk-upload.ts';

let dir: string;
let server: Server;
let url: string;
/** What POST /uploads answers next, in order; then 201. */
let refusals: string[] = [];
let posts = 0;
let puts = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sohoa-busy-'));
  await writeFile(join(dir, 'giay-phep.pdf'), '%PDF-1.7 giấy phép');
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && req.url?.startsWith('/uploads')) {
        posts += 1;
        const refusal = refusals.shift();
        if (refusal) {
          res.writeHead(429, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: refusal, message: 'Cơ quan đang có nhiều tệp chờ xử lý.' }));
          return;
        }
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ uploadId: `u${posts}`, docId: `d${posts}`, url: `${url}/put`, method: 'PUT', headers: {} }),
        );
        return;
      }
      if (req.method === 'PUT') puts += 1;
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('sohoa upload and the per-agency limits', () => {
  it('waits out too_many_uploads_in_flight and sends the file once the API takes it', async () => {
    refusals = ['too_many_uploads_in_flight', 'too_many_uploads_in_flight'];
    posts = 0;
    puts = 0;
    const summary = await uploadFiles({
      apiUrl: url,
      token: 'opaque',
      paths: [dir],
      manifestPath: false,
      busyRetry: { delayMs: 1 },
    });
    expect(summary.files.map((f) => f.outcome)).toEqual(['uploaded']);
    expect({ posts, puts }).toEqual({ posts: 3, puts: 1 });
  });

  it('reports the daily limit as a failure without retrying', async () => {
    refusals = ['daily_upload_limit'];
    posts = 0;
    puts = 0;
    const summary = await uploadFiles({
      apiUrl: url,
      token: 'opaque',
      paths: [dir],
      manifestPath: false,
      busyRetry: { delayMs: 1 },
    });
    expect(summary.files.map((f) => [f.outcome, f.error])).toEqual([['failed', 'daily_upload_limit']]);
    expect({ posts, puts }).toEqual({ posts: 1, puts: 0 });
  });

  it('gives up after maxWaitMs and reports the limit', async () => {
    refusals = Array.from({ length: 50 }, () => 'too_many_uploads_in_flight');
    posts = 0;
    const summary = await uploadFiles({
      apiUrl: url,
      token: 'opaque',
      paths: [dir],
      manifestPath: false,
      busyRetry: { delayMs: 1, maxWaitMs: 3 },
    });
    expect(summary.files.map((f) => [f.outcome, f.error])).toEqual([['failed', 'too_many_uploads_in_flight']]);
    expect(posts).toBe(3);
    refusals = [];
  });
});
