/**
 * `sohoa upload` with page images of one document (a child process, against a small HTTP server that plays
 * the API and the storage): `gcn_1.jpg`, `gcn_2.jpg` become one `POST /uploads` with `pages` and one PUT per
 * page, the manifest records every page, `--dry-run` says how many documents and pages it would send.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(process.cwd(), 'cli/bin.js');
const run = promisify(execFile);
let dir: string;
let server: Server;
let apiUrl: string;
const requests: Array<{ method: string; url: string; body: string }> = [];
const JPEG = (tag: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(tag)]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sohoa-cli-pages-'));
  let n = 0;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', body: req.method === 'POST' ? body : '' });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/uploads') {
        n += 1;
        const request = JSON.parse(body) as { pages?: Array<{ fileName: string }> };
        const ticket = request.pages
          ? {
              uploadId: `u${n}`,
              docId: `d${n}`,
              expiresAt: new Date(Date.now() + 900_000).toISOString(),
              pages: request.pages.map((p, i) => ({
                page: i + 1,
                fileName: p.fileName,
                url: `${apiUrl}/bucket/d${n}/${i + 1}`,
                method: 'PUT',
                headers: { 'content-type': 'image/jpeg' },
              })),
            }
          : {
              uploadId: `u${n}`,
              docId: `d${n}`,
              url: `${apiUrl}/bucket/d${n}`,
              method: 'PUT',
              headers: { 'content-type': 'application/pdf' },
              expiresAt: new Date(Date.now() + 900_000).toISOString(),
            };
        res.writeHead(201).end(JSON.stringify(ticket));
      } else if (req.method === 'PUT') res.writeHead(200).end('{}');
      else res.writeHead(404).end('{"error":"route_not_found"}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await mkdir(join(dir, 'scans', 'GCN Lò Văn Hải'), { recursive: true });
  await writeFile(join(dir, 'scans', 'gcn_1.jpg'), JPEG('page one'));
  await writeFile(join(dir, 'scans', 'gcn_2.jpg'), JPEG('page two'));
  await writeFile(join(dir, 'scans', 'quyet-dinh.pdf'), '%PDF-1.4\n%%EOF\n');
  await writeFile(join(dir, 'scans', 'GCN Lò Văn Hải', 'a.jpg'), JPEG('folder one'));
  await writeFile(join(dir, 'scans', 'GCN Lò Văn Hải', 'b.jpg'), JPEG('folder two'));
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

async function upload(...extra: string[]) {
  const args = [BIN, 'upload', join(dir, 'scans'), '--agency', 'so-tu-phap', '--api', apiUrl];
  const token = new UnsecuredJWT({ agencyId: 'so-tu-phap', role: 'clerk' }).encode();
  args.push('--token', token, '--manifest', join(dir, 'manifest.json'), '--data-dir', dir, ...extra);
  const { stdout } = await run(process.execPath, args, { cwd: dir });
  return stdout;
}

describe('sohoa upload with page images', () => {
  it('--dry-run says how many documents and pages it would send, and sends nothing', async () => {
    const plan = JSON.parse(await upload('--dry-run', '--json'));
    expect(plan).toMatchObject({ dryRun: true, documents: expect.any(Array), multiPage: 1, pages: 5 });
    expect(plan.documents.map((d: { name: string; pages: string[] }) => [d.name, d.pages.length])).toEqual([
      ['a.jpg', 1],
      ['b.jpg', 1],
      ['gcn', 2],
      ['quyet-dinh.pdf', 1],
    ]);
    const byFolder = JSON.parse(await upload('--dry-run', '--json', '--folder-per-document'));
    expect(byFolder).toMatchObject({ documents: expect.any(Array), multiPage: 2, pages: 5 });
    expect(byFolder.documents.map((d: { name: string }) => d.name)).toEqual([
      'GCN Lò Văn Hải',
      'scans',
      'quyet-dinh.pdf',
    ]);
    const human = await upload('--dry-run');
    expect(human).toMatch(/^gcn: 2 pages$/m);
    expect(human).toMatch(/would send 4 document\(s\) \(1 of several pages\), 5 file\(s\); nothing sent/);
    expect(requests).toEqual([]);
  });

  it('sends gcn_1.jpg and gcn_2.jpg as one document with one PUT per page, and skips it on a re-run', async () => {
    const out = JSON.parse(await upload('--json'));
    expect(out.totals).toEqual({ documents: 4, multiPage: 1, pages: 5 });
    const doc = out.files.find((f: { pages?: string[] }) => f.pages);
    expect(doc).toMatchObject({
      outcome: 'uploaded',
      pages: [join(dir, 'scans', 'gcn_1.jpg'), join(dir, 'scans', 'gcn_2.jpg')],
    });
    const posts = requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body));
    const multi = posts.find((p) => p.pages);
    expect(multi).toMatchObject({
      fileName: 'gcn',
      pages: [
        { fileName: 'gcn_1.jpg', contentType: 'image/jpeg', size: JPEG('page one').length },
        { fileName: 'gcn_2.jpg', contentType: 'image/jpeg', size: JPEG('page two').length },
      ],
    });
    expect(posts).toHaveLength(4);
    expect(
      requests.filter((r) => r.method === 'PUT' && r.url.startsWith(`/bucket/${doc.docId}/`)).map((r) => r.url),
    ).toEqual([`/bucket/${doc.docId}/1`, `/bucket/${doc.docId}/2`]);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const pageEntries = Object.entries(manifest.files).filter(([k]) => /gcn_\d\.jpg$/.test(k));
    expect(pageEntries.map(([, e]) => (e as { docId: string }).docId)).toEqual([doc.docId, doc.docId]);

    const before = requests.length;
    const again = JSON.parse(await upload('--json'));
    expect(again.files.find((f: { pages?: string[] }) => f.pages)).toMatchObject({
      outcome: 'already_uploaded',
      docId: doc.docId,
    });
    expect(requests.length).toBe(before);
  });
});
