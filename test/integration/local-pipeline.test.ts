/**
 * The pipeline on the real local stack: dynalite + s3rver + the event router + the API over HTTP, with
 * the same handler factories as Lambda and real OCR. Every request goes through `fetch` like a client's.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFiles } from '#cli/upload/bulk-upload.ts';
import { composeDocument, composeNotAResult } from '#demo/samples/compose.ts';
import { composeLandCertificateInnerPage } from '#demo/samples/inner-pages.ts';
import { renderPdf, renderScan } from '#demo/samples/render.ts';
import { type LocalStack, openLocalStack } from '#local/composition.ts';
import { signLocalToken } from '#local/tokens.ts';
import { readPdfText } from '#shared/adapters/ocr/pdf-text.ts';
import { classifyText } from '#shared/domain/classify.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { Agency, ExtractedText } from '#shared/domain/types.ts';
import { DataDirLockedError } from '#shared/errors.ts';

let stack: LocalStack;
let dataDir: string;
let workDir: string;
let tokenA: string;
let tokenB: string;

const agency = (id: string, name: string): Agency => ({
  id,
  name,
  level: 'province',
  parentId: null,
  emails: [],
  validFrom: null,
  validTo: null,
  successorId: null,
});

// Answers of the API, read loosely: the assertions say what matters.
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies under test
type Json = any;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Ticket {
  uploadId: string;
  docId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  expiresAt: string;
}

async function api(path: string, token: string, init: RequestInit = {}): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${stack.config.apiUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
  });
  return { status: response.status, body: await response.json() };
}

async function requestUpload(
  bytes: Uint8Array,
  fileName: string,
  contentType: string,
  token = tokenA,
): Promise<Ticket> {
  const { status, body } = await api('/uploads', token, {
    method: 'POST',
    body: JSON.stringify({ fileName, contentType, size: bytes.length, sha256: sha256(bytes) }),
  });
  expect(status).toBe(201);
  return body as Ticket;
}

/** The client's PUT: exactly the returned method, URL and headers. */
async function put(ticket: Ticket, body: Uint8Array): Promise<void> {
  const response = await fetch(ticket.url, { method: ticket.method, headers: ticket.headers, body: Buffer.from(body) });
  expect(response.status).toBe(200);
}

/** A PUT that ignores the signed headers (real S3 refuses it; s3rver does not check, the pipeline must). */
function rawPut(url: string, body: Uint8Array, contentType: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'PUT', headers: { 'content-type': contentType, 'content-length': body.length } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function settled(docId: string, token = tokenA): Promise<Json> {
  await stack.idle();
  const { status, body } = await api(`/documents/${docId}`, token);
  expect(status).toBe(200);
  return body;
}

async function upload(bytes: Uint8Array, fileName: string, contentType = 'application/pdf'): Promise<Json> {
  const ticket = await requestUpload(bytes, fileName, contentType);
  await put(ticket, bytes);
  return settled(ticket.docId);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sohoa-it-'));
  workDir = await mkdtemp(join(tmpdir(), 'sohoa-it-files-'));
  stack = await openLocalStack({ dataDir, port: 0, logLevel: 'ERROR', extractConcurrency: 1, visibilityMs: 200 });
  await stack.deps.stores.agencies.put(agency('so-xay-dung', 'Sở Xây dựng'));
  await stack.deps.stores.agencies.put(agency('so-y-te', 'Sở Y tế'));
  tokenA = await signLocalToken({ agencyId: 'so-xay-dung' }, { dataDir });
  tokenB = await signLocalToken({ agencyId: 'so-y-te' }, { dataDir });
});

afterAll(async () => {
  await stack?.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
});

describe('local pipeline through the HTTP API', () => {
  const birth = composeDocument({ docType: 'khai-sinh', seed: 11 });
  let birthPdf: Uint8Array;
  let firstDocId: string;

  beforeAll(async () => {
    birthPdf = await renderPdf(birth.blocks);
  });

  it('presigns a PUT signed for type, length and checksum, then classifies the uploaded birth certificate', async () => {
    const ticket = await requestUpload(birthPdf, 'Giấy khai sinh (bản chính).pdf', 'application/pdf');
    expect(new URL(ticket.url).searchParams.get('X-Amz-SignedHeaders')).toBe(
      'content-length;content-type;host;x-amz-checksum-sha256',
    );
    expect(ticket.headers).toEqual({
      'content-type': 'application/pdf',
      'content-length': String(birthPdf.length),
      'x-amz-checksum-sha256': Buffer.from(sha256(birthPdf), 'hex').toString('base64'),
    });
    await put(ticket, birthPdf);
    const record = await settled(ticket.docId);
    firstDocId = ticket.docId;
    // The classifier's own answer on the same text: the pipeline must store exactly that.
    const expected = classifyText(await readPdfText(birthPdf), { referenceDate: record.createdAt.slice(0, 10) });
    expect(record).toMatchObject({
      docId: ticket.docId,
      agencyId: 'so-xay-dung',
      status: 'classified',
      reason: null,
      engine: 'pdf-text',
      pages: 1,
      kind: 'result',
      docType: birth.truth.docType,
      title: birth.truth.title,
      docNumber: birth.truth.docNumber,
      issueDate: birth.truth.issueDate,
      expiryDate: birth.truth.expiryDate,
      level: birth.truth.level,
      holder: expected.holder,
      issuer: expected.issuer,
      place: expected.place,
      confidence: expected.confidence,
      sha256: sha256(birthPdf),
      size: birthPdf.length,
    });
  });

  it('marks a second upload of the same file as duplicate of the first', async () => {
    const record = await upload(birthPdf, 'ban-sao.pdf');
    expect(record.status).toBe('duplicate');
    expect(record.duplicateOf).toBe(firstDocId);
  });

  it('keeps one record and one count when every S3 event is delivered twice and out of order', async () => {
    const router = stack.router!;
    const countBefore = await countFor('so-xay-dung');
    const a = composeDocument({ docType: 'khai-sinh', seed: 21 });
    const b = composeDocument({ docType: 'khai-sinh', seed: 22 });
    const extractBefore = router.delivered('extract').length;
    const classifyBefore = router.delivered('classify').length;
    const recA = await upload(await renderPdf(a.blocks), 'a.pdf');
    const recB = await upload(await renderPdf(b.blocks), 'b.pdf');
    expect([recA.status, recB.status]).toEqual(['classified', 'classified']);
    const countAfter = await countFor('so-xay-dung');
    expect(countAfter).toBe(countBefore + 2);

    const extracts = router.delivered('extract').slice(extractBefore);
    const classifies = router.delivered('classify').slice(classifyBefore);
    expect(extracts).toHaveLength(2);
    expect(classifies).toHaveLength(2);
    // Reversed order, classify before extract, everything twice.
    for (const body of [...classifies].reverse()) router.redeliver('classify', body);
    for (const body of [...extracts].reverse()) router.redeliver('extract', body);
    for (const body of [...extracts, ...classifies])
      router.redeliver(body.includes('extracted/') ? 'classify' : 'extract', body);
    await stack.idle();

    expect(router.deadLetters()).toEqual([]);
    expect(await countFor('so-xay-dung')).toBe(countAfter);
    for (const before of [recA, recB]) {
      const after = await settled(before.docId);
      expect(after.status).toBe('classified');
      expect(after.digitizedAt).toBe(before.digitizedAt);
    }
    const listed = await api('/documents?status=classified', tokenA);
    const ids = (listed.body.items as { docId: string }[]).map((d) => d.docId);
    expect(ids.filter((id) => id === recA.docId || id === recB.docId)).toHaveLength(2);
  });

  it('carries awkward file names (%, +, #, ?, parentheses, Vietnamese) through presigned URL, event and decoding', async () => {
    const name = 'Giấy khai sinh 50% + phụ lục #2 (bản sao)?.pdf';
    const pdf = await renderPdf(composeDocument({ docType: 'khai-sinh', seed: 300 }).blocks);
    const record = await upload(pdf, name);
    expect(record.status).toBe('classified');
    expect(record.fileName).toBe(name);
    const body = stack.router!.delivered('extract').at(-1)!;
    expect(JSON.parse(body).Records[0].s3.object.key).toMatch(/\/Gi%E1%BA%A5y\+khai\+sinh\+50%25\+%2B\+ph/);
  });

  it('refuses a zero-byte upload at the API, and rejects a zero-byte body sent to a real upload URL', async () => {
    const { status, body } = await api('/uploads', tokenA, {
      method: 'POST',
      body: JSON.stringify({
        fileName: 'rong.pdf',
        contentType: 'application/pdf',
        size: 0,
        sha256: sha256(new Uint8Array()),
      }),
    });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'empty_file', message: expect.stringContaining('Tệp rỗng') });

    const doc = await renderPdf(composeDocument({ docType: 'khai-sinh', seed: 31 }).blocks);
    const ticket = await requestUpload(doc, 'se-rong.pdf', 'application/pdf');
    expect(await rawPut(ticket.url, new Uint8Array(), 'application/pdf')).toBe(200);
    const record = await settled(ticket.docId);
    expect(record.status).toBe('rejected');
    expect(record.reason).toBe('empty_file');
  });

  it('rejects a truncated PDF as corrupt', async () => {
    const whole = await renderPdf(composeDocument({ docType: 'khai-sinh', seed: 41 }).blocks);
    const record = await upload(whole.slice(0, Math.floor(whole.length / 3)), 'hong.pdf');
    expect(record.status).toBe('rejected');
    expect(record.reason).toBe('corrupt_file');
    expect(record.message).toMatch(/[àáảãạăâđêôơư]/);
  });

  it('files a page that is not a procedure result as not_a_result', async () => {
    const letter = composeNotAResult({ kind: 'cong-van', seed: 51, level: 'province' });
    const record = await upload(await renderPdf(letter.blocks), 'cong-van.pdf');
    expect(record.status).toBe('not_a_result');
    expect(record.kind).toBe('not_a_result');
  });

  it('files a licence that had already expired when uploaded as expired', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const old = composeDocument({
      docType: 'giay-phep-ban-le-ruou',
      level: 'district',
      seed: 61,
      expired: true,
      referenceDate: today,
    });
    const record = await upload(await renderPdf(old.blocks), 'giay-phep-het-han.pdf');
    expect(record.status).toBe('expired');
    expect(record.expiryDate).toBe(old.truth.expiryDate);
    expect(record.expiryDate < today).toBe(true);
  });

  it('answers 404 to a clerk of another agency, and 401 without a valid token', async () => {
    const other = await api(`/documents/${firstDocId}`, tokenB);
    expect(other.status).toBe(404);
    expect(other.body.error).toBeTypeOf('string');
    expect(JSON.stringify(other.body)).not.toContain(firstDocId);
    const anonymous = await fetch(`${stack.config.apiUrl}/documents/${firstDocId}`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).message).toMatch(/xác thực/);
    const forged = await api(`/documents/${firstDocId}`, `${tokenA.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
  });

  it('rejects a body larger than declared and a file other than the declared SHA-256', async () => {
    const declared = await renderPdf(composeDocument({ docType: 'khai-sinh', seed: 71 }).blocks);
    const bigger = new Uint8Array(declared.length + 1000);
    bigger.set(declared);
    const t1 = await requestUpload(declared, 'lon-hon.pdf', 'application/pdf');
    expect(await rawPut(t1.url, bigger, 'application/pdf')).toBe(200);
    const r1 = await settled(t1.docId);
    expect(r1.status).toBe('rejected');
    expect(r1.reason).toBe('size_mismatch');

    const swapped = new Uint8Array(declared);
    // Same length, other content (a byte inside the PDF's trailing comment area changed).
    swapped[swapped.length - 2] = swapped[swapped.length - 2] === 0x20 ? 0x21 : 0x20;
    const t2 = await requestUpload(declared, 'khac-tep.pdf', 'application/pdf');
    expect(await rawPut(t2.url, swapped, 'application/pdf')).toBe(200);
    const r2 = await settled(t2.docId);
    expect(r2.status).toBe('rejected');
    expect(r2.reason).toBe('checksum_mismatch');
  });

  it('reads a PNG scan with tesseract', async () => {
    const doc = composeDocument({ docType: 'khai-sinh', seed: 81 });
    const png = await renderScan(doc.blocks, 'png', { seed: 81, noise: 0, rotation: 0 });
    const record = await upload(png, 'scan.png', 'image/png');
    expect(record.engine).toBe('tesseract');
    expect(['classified', 'needs_review']).toContain(record.status);
    expect(record.docType).toBe('khai-sinh');
  });

  it('reads a land certificate sent as two page images (gcn_1.jpg title, gcn_2.jpg inner page) as one document', async () => {
    const title = composeDocument({ docType: 'gcn-qsdd-ca-nhan', seed: 21 });
    const inner = composeLandCertificateInnerPage(21);
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-it-pages-'));
    try {
      await writeFile(join(folder, 'gcn_1.jpg'), await renderScan(title.blocks, 'jpeg', { seed: 21 }));
      await writeFile(join(folder, 'gcn_2.jpg'), await renderScan(inner.blocks, 'jpeg', { seed: 22 }));
      const summary = await uploadFiles({
        apiUrl: stack.config.apiUrl,
        token: tokenA,
        paths: [folder],
        manifestPath: false,
        wait: true,
        pollIntervalMs: 100,
      });
      expect(summary.totals).toEqual({ documents: 1, multiPage: 1, pages: 2 });
      const [sent] = summary.files;
      expect(sent).toMatchObject({
        outcome: 'uploaded',
        pages: [join(folder, 'gcn_1.jpg'), join(folder, 'gcn_2.jpg')],
      });
      const record = await settled(sent?.docId ?? '');
      expect(record).toMatchObject({
        status: 'classified',
        fileName: 'gcn',
        engine: 'tesseract',
        pages: 2,
        docType: 'gcn-qsdd-ca-nhan',
        docNumber: title.truth.docNumber,
        issueDate: title.truth.issueDate,
      });
      // One record for the two pages: no page became a document of its own.
      const listed = await api('/documents?limit=100', tokenA);
      const names = (listed.body.items as { fileName: string }[])
        .map((d) => d.fileName)
        .filter((n) => n.startsWith('gcn'));
      expect(names).toEqual(['gcn']);
      // The inner page alone is recognised as one, and would only go to review.
      const text = JSON.parse(
        new TextDecoder().decode(await stack.deps.objects.get(extractedKey(record.docId))),
      ) as ExtractedText;
      expect(text.pages.map((p) => p.pageNumber)).toEqual([1, 2]);
      const alone = classifyText({ ...text, pages: text.pages.slice(1) });
      expect(alone.reviewReasons).toContain('inner_page');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses to open a second stack on the same data directory', async () => {
    await expect(openLocalStack({ dataDir, port: 0 })).rejects.toThrow(DataDirLockedError);
  });

  it('bulk upload resumes: a second run uploads nothing', async () => {
    for (const seed of [91, 92]) {
      const doc = composeDocument({ docType: 'khai-sinh', seed });
      await writeFile(join(workDir, `gp-${seed}.pdf`), await renderPdf(doc.blocks));
    }
    await writeFile(join(workDir, 'ghi-chu.txt'), 'not a document');
    const manifestPath = join(dataDir, 'upload-manifest.json');
    const options = { apiUrl: stack.config.apiUrl, token: tokenA, paths: [workDir], manifestPath, concurrency: 2 };
    const first = await uploadFiles({ ...options, wait: true, pollIntervalMs: 100 });
    expect(first.files.map((f) => f.outcome).sort()).toEqual(['skipped', 'uploaded', 'uploaded']);
    expect(first.files.filter((f) => f.outcome === 'uploaded').map((f) => f.status)).toEqual([
      'classified',
      'classified',
    ]);
    const second = await uploadFiles(options);
    expect(second.files.map((f) => f.outcome).sort()).toEqual(['already_uploaded', 'already_uploaded', 'skipped']);
    // The same folder for another agency is that agency's upload, not one already made.
    const forB = await uploadFiles({ ...options, token: tokenB });
    expect(forB.files.map((f) => f.outcome).sort()).toEqual(['skipped', 'uploaded', 'uploaded']);
    const againA = await uploadFiles(options);
    expect(againA.files.map((f) => f.outcome).sort()).toEqual(['already_uploaded', 'already_uploaded', 'skipped']);
    await stack.idle();
    const listed = await api('/documents', tokenA);
    const names = (listed.body.items as { fileName: string }[])
      .map((d) => d.fileName)
      .filter((n) => n.startsWith('gp-'));
    expect(names.sort()).toEqual(['gp-91.pdf', 'gp-92.pdf']);
  });
});

async function countFor(agencyId: string): Promise<number> {
  return stack.deps.complianceReader.countCounted({
    agencyId,
    digitizedFrom: null,
    digitizedTo: new Date(Date.now() + 60_000).toISOString(),
    validOn: new Date().toISOString().slice(0, 10),
  });
}
