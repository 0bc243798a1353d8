/**
 * `sohoa upload` as a user runs it (a child process), against a small HTTP server that plays the API and the
 * storage: the command's exit code and messages, not the pipeline, are under test here.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
const requests: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sohoa-cli-upload-'));
  let n = 0;
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/uploads') {
        n += 1;
        res.writeHead(201).end(
          JSON.stringify({
            uploadId: `u${n}`,
            docId: `d${n}`,
            url: `${apiUrl}/bucket/d${n}`,
            method: 'PUT',
            headers: { 'content-type': 'application/pdf' },
            expiresAt: new Date(Date.now() + 900_000).toISOString(),
          }),
        );
      } else if (req.method === 'PUT') res.writeHead(200).end('{}');
      // The pipeline never finishes: every document stays in extraction.
      else if (req.method === 'GET' && req.url?.startsWith('/documents/'))
        res.writeHead(200).end(JSON.stringify({ status: 'extracting', reason: null }));
      else res.writeHead(404).end('{"error":"route_not_found"}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await writeFile(join(dir, 'giay-phep.pdf'), '%PDF-1.4\n%%EOF\n');
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

const tokenOf = (agencyId: string) => new UnsecuredJWT({ agencyId, role: 'clerk' }).encode();

async function upload(agencyId: string, ...extra: string[]) {
  const args = [BIN, 'upload', join(dir, 'giay-phep.pdf'), '--agency', agencyId, '--api', apiUrl];
  args.push('--token', tokenOf(agencyId), '--manifest', join(dir, 'manifest.json'), '--data-dir', dir, ...extra);
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('sohoa upload', () => {
  it('exits non-zero with a clear message when --wait times out', async () => {
    const result = await upload('so-tu-phap', '--wait', '--timeout', '0', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/1 document\(s\) reached no terminal state within 0 s \(--timeout\)/);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ error: 'wait_timeout', agencyId: 'so-tu-phap' });
    expect(out.message).toMatch(/chưa xử lý xong/);
    expect(out.files[0]).toMatchObject({ outcome: 'uploaded', status: 'extracting', error: 'wait_timeout' });
  });

  it('keys the manifest by agency: the same file for a second agency is uploaded, for the first skipped', async () => {
    const second = await upload('so-y-te', '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).files[0]).toMatchObject({ outcome: 'uploaded' });
    const again = await upload('so-tu-phap', '--json');
    expect(JSON.parse(again.stdout).files[0]).toMatchObject({ outcome: 'already_uploaded', docId: 'd1' });
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(Object.values(manifest.files).map((e) => (e as { agencyId: string }).agencyId)).toEqual([
      'so-tu-phap',
      'so-y-te',
    ]);
    expect(requests.filter((r) => r === 'POST /uploads')).toHaveLength(2);
  });
});
