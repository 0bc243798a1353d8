/**
 * A document sent as several page images (phone scanning apps give one image per page): POST /uploads
 * answers one docId and one presigned PUT per page, extraction starts only when every page is stored and
 * reads them in order as one document, and the reconciler ends a document whose pages never all arrived.
 */
import { createHash } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { makeS3Presigner } from '#shared/adapters/s3/presigner.ts';
import { extractedKey, parseIncomingKey } from '#shared/domain/object-keys.ts';
import type { ExtractedText } from '#shared/domain/types.ts';
import { checkMultiPageRequest, documentDigest } from '#shared/domain/upload-rules.ts';
import { ValidationError } from '#shared/errors.ts';
import type { S3ObjectRef } from '#shared/events/s3-records.ts';
import type { AllStores, OcrEngine, OcrInput } from '#shared/ports.ts';
import type { Caller } from '#shared/use-cases/access.ts';
import { type MultiPageUploadTicket, makeCreateUpload, type UploadTicket } from '#shared/use-cases/create-upload.ts';
import { makeGetDocumentFile } from '#shared/use-cases/document-file.ts';
import { makeExtractDocument } from '#shared/use-cases/extract-document.ts';
import { makeReconcilePipeline } from '#shared/use-cases/reconcile-pipeline.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { fixedClock, makeMemoryObjects } from './fakes.ts';

const clock = fixedClock('2026-03-05T02:00:00.000Z');
const objects = makeMemoryObjects();
const caller: Caller = { agencyId: 'ubnd-xa-thanh-nua', role: 'clerk', subject: 'clerk@thanhnua' };
const limits = { maxUploadBytes: 1000, uploadUrlTtlSeconds: 900 };
let table: TestTable;
let stores: AllStores;
let ids = 0;

// Minimal JPEG and PNG signatures: the extract stage sniffs magic bytes; the fake engine reads nothing.
const jpeg = (tag: string) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(tag)]);
const png = (tag: string) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode(tag)]);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const page = (fileName: string, bytes: Uint8Array, contentType = 'image/jpeg') => ({
  fileName,
  contentType,
  size: bytes.length,
  sha256: sha(bytes),
});

/** An engine that records what it was asked to read and answers one line per file. */
function recordingEngine(): OcrEngine & { inputs: OcrInput[] } {
  const inputs: OcrInput[] = [];
  return {
    name: 'tesseract',
    inputs,
    async extract(input): Promise<ExtractedText> {
      inputs.push(input);
      const files = [input, ...(input.nextPages ?? [])];
      return {
        engine: 'tesseract',
        pages: files.map((f, i) => ({ pageNumber: i + 1, lines: [{ text: f.fileName ?? '', confidence: 0.9 }] })),
      };
    },
  };
}

function eventFor(key: string, size: number): S3ObjectRef {
  return { bucket: 'sohoa-documents', key, size, eventName: 'ObjectCreated:Put', eventTime: clock.now().toISOString() };
}

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
});
afterAll(async () => {
  await table?.close();
});

const presigner = makeS3Presigner({
  client: new S3Client({
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  }),
  bucket: 'sohoa-documents',
});

function createUpload() {
  return makeCreateUpload({
    documents: stores.documents,
    sessions: stores.sessions,
    presigner,
    clock,
    limits,
    newId: () => `mp-${++ids}`,
  });
}

function extract(engine: OcrEngine) {
  return makeExtractDocument({
    documents: stores.documents,
    sessions: stores.sessions,
    objects,
    engines: { pdfText: engine, ocr: engine },
    hasTextLayer: async () => false,
    bucket: 'sohoa-documents',
    clock,
  });
}

describe('multi-page upload requests', () => {
  it('checks every page like a single file and names the page that is wrong', () => {
    const ok = checkMultiPageRequest(
      { pages: [page('gcn_1.jpg', jpeg('a')), page('gcn_2.png', png('b'), 'image/PNG')] },
      limits,
    );
    expect(ok.fileName).toBe('gcn_1.jpg');
    expect(ok.pages.map((p) => p.contentType)).toEqual(['image/jpeg', 'image/png']);
    expect(ok.size).toBe(jpeg('a').length + png('b').length);
    const error = (body: unknown) => {
      try {
        checkMultiPageRequest(body, limits);
      } catch (e) {
        return e instanceof ValidationError ? { code: e.code, vi: e.messageVi } : e;
      }
      return null;
    };
    expect(error({ pages: [] })).toMatchObject({ code: 'invalid_request' });
    expect(
      error({ pages: [page('a.jpg', jpeg('a')), { ...page('b.pdf', jpeg('b')), contentType: 'application/pdf' }] }),
    ).toMatchObject({ code: 'unsupported_type', vi: expect.stringMatching(/^Trang 2 \(b\.pdf\): .*PDF/) });
    expect(error({ pages: [page('a.jpg', jpeg('a')), { ...page('b.jpg', jpeg('b')), size: 0 }] })).toMatchObject({
      code: 'empty_file',
      vi: expect.stringMatching(/^Trang 2/),
    });
    // Each page fits, the pages together do not.
    expect(
      error({
        pages: [
          { ...page('a.jpg', jpeg('a')), size: 600 },
          { ...page('b.jpg', jpeg('b')), size: 600 },
        ],
      }),
    ).toMatchObject({ code: 'file_too_large', vi: expect.stringContaining('Tổng dung lượng') });
  });

  it('gives the same pages in the same order the same digest, and a single page not its own file hash', () => {
    const a = sha(jpeg('a'));
    const b = sha(jpeg('b'));
    expect(documentDigest([a, b])).toBe(documentDigest([a.toUpperCase(), b]));
    expect(documentDigest([a, b])).not.toBe(documentDigest([b, a]));
    expect(documentDigest([a])).not.toBe(a);
  });
});

describe('a document of page images through create-upload, extract and the reconciler', () => {
  it('answers one docId and one PUT per page, each signed for its own size, type and checksum', async () => {
    const p1 = jpeg('page one');
    const p2 = png('page two');
    const ticket = (await createUpload()(caller, caller.agencyId, {
      fileName: 'Giấy chứng nhận QSDĐ',
      pages: [page('scan.jpg', p1), page('scan.png', p2, 'image/png')],
    })) as MultiPageUploadTicket;
    expect(ticket.pages.map((p) => [p.page, p.fileName, p.method])).toEqual([
      [1, 'scan.jpg', 'PUT'],
      [2, 'scan.png', 'PUT'],
    ]);
    const keys = ticket.pages.map((p) =>
      decodeURIComponent(new URL(p.url).pathname).replace(/^\/(sohoa-documents\/)?/, ''),
    );
    expect(keys.map((k) => parseIncomingKey(k))).toEqual([
      { agencyId: caller.agencyId, uploadId: ticket.uploadId, fileName: '001-scan.jpg' },
      { agencyId: caller.agencyId, uploadId: ticket.uploadId, fileName: '002-scan.png' },
    ]);
    expect(ticket.pages.map((p) => p.headers)).toEqual([
      {
        'content-type': 'image/jpeg',
        'content-length': String(p1.length),
        'x-amz-checksum-sha256': createHash('sha256').update(p1).digest('base64'),
      },
      {
        'content-type': 'image/png',
        'content-length': String(p2.length),
        'x-amz-checksum-sha256': createHash('sha256').update(p2).digest('base64'),
      },
    ]);
    for (const p of ticket.pages) {
      expect(new URL(p.url).searchParams.get('X-Amz-SignedHeaders')).toBe(
        'content-length;content-type;host;x-amz-checksum-sha256',
      );
    }
    const session = await stores.sessions.get(ticket.uploadId);
    expect(session?.pages?.map((p) => p.objectKey)).toEqual(keys);
    expect(session).toMatchObject({ fileName: 'Giấy chứng nhận QSDĐ', size: p1.length + p2.length });
    expect(session?.sha256).toBe(documentDigest([sha(p1), sha(p2)]));
    expect(await stores.documents.get(ticket.docId)).toMatchObject({ status: 'uploading', objectKey: keys[0] });

    // The reviewer sees every page: one presigned GET per page, in order (the record keeps the keys).
    const file = await makeGetDocumentFile({ documents: stores.documents, presigner, clock })(caller, ticket.docId);
    expect(file.pages?.map((p) => [p.page, p.fileName, p.contentType])).toEqual([
      [1, 'scan.jpg', 'image/jpeg'],
      [2, 'scan.png', 'image/png'],
    ]);
    expect(
      file.pages?.map((p) => decodeURIComponent(new URL(p.url).pathname).replace(/^\/(sohoa-documents\/)?/, '')),
    ).toEqual(keys);
  });

  it('keeps a single-file request and its answer exactly as before', async () => {
    const bytes = jpeg('single');
    const ticket = (await createUpload()(caller, caller.agencyId, page('một trang.jpg', bytes))) as UploadTicket;
    expect(Object.keys(ticket).sort()).toEqual(['docId', 'expiresAt', 'headers', 'method', 'uploadId', 'url']);
    expect((await stores.sessions.get(ticket.uploadId))?.pages).toBeUndefined();
    expect((await stores.documents.get(ticket.docId))?.pageFiles).toBeUndefined();
    const file = await makeGetDocumentFile({ documents: stores.documents, presigner, clock })(caller, ticket.docId);
    expect(file).not.toHaveProperty('pages');
  });

  async function uploadTwoPages(tag: string) {
    const p1 = jpeg(`${tag} one`);
    const p2 = jpeg(`${tag} two`);
    const ticket = (await createUpload()(caller, caller.agencyId, {
      pages: [page(`${tag}_1.jpg`, p1), page(`${tag}_2.jpg`, p2)],
    })) as MultiPageUploadTicket;
    const session = await stores.sessions.get(ticket.uploadId);
    const [k1, k2] = (session?.pages ?? []).map((p) => p.objectKey) as [string, string];
    return { ticket, p1, p2, k1, k2 };
  }

  it('waits for the last page, then reads the pages in order as one document', async () => {
    const { ticket, p1, p2, k1, k2 } = await uploadTwoPages('gcn');
    const engine = recordingEngine();
    const run = extract(engine);
    // Page 2 lands first: its event finds page 1 missing and leaves the document uploading.
    await objects.put(k2, p2, 'image/jpeg');
    expect(await run(eventFor(k2, p2.length))).toMatchObject({ status: 'uploading', skipped: 'waiting_for_pages' });
    expect(engine.inputs).toHaveLength(0);
    await objects.put(k1, p1, 'image/jpeg');
    expect(await run(eventFor(k1, p1.length))).toMatchObject({ docId: ticket.docId, status: 'extracted' });
    expect(engine.inputs).toHaveLength(1);
    const [input] = engine.inputs as [OcrInput];
    expect([input.location?.key, ...(input.nextPages ?? []).map((f) => f.location?.key)]).toEqual([k1, k2]);
    const text = JSON.parse(new TextDecoder().decode(await objects.get(extractedKey(ticket.docId)))) as ExtractedText;
    expect(text.pages.map((p) => [p.pageNumber, p.lines[0]?.text])).toEqual([
      [1, 'gcn_1.jpg'],
      [2, 'gcn_2.jpg'],
    ]);
    expect(await stores.documents.get(ticket.docId)).toMatchObject({ status: 'extracted', pages: 2 });
    // The other page's redelivered event changes nothing.
    expect(await run(eventFor(k2, p2.length))).toMatchObject({ skipped: 'already_processed' });
    expect(engine.inputs).toHaveLength(1);
  });

  it('rejects the whole document when one page does not match its declaration, naming the page', async () => {
    const { ticket, p1, k1, k2 } = await uploadTwoPages('sai');
    await objects.put(k1, p1, 'image/jpeg');
    await objects.put(k2, jpeg('sai two, changed'), 'image/jpeg');
    const engine = recordingEngine();
    expect(await extract(engine)(eventFor(k2, 0))).toMatchObject({ status: 'rejected' });
    expect(engine.inputs).toHaveLength(0);
    expect(await stores.documents.get(ticket.docId)).toMatchObject({
      reason: 'size_mismatch',
      messageVi: expect.stringMatching(/^Trang 2 \(sai_2\.jpg\): /),
    });
  });

  it('marks the same pages sent again as a duplicate of the first document', async () => {
    const first = await uploadTwoPages('lap');
    const again = await uploadTwoPages('lap');
    const run = extract(recordingEngine());
    for (const u of [first, again]) {
      await objects.put(u.k1, u.p1, 'image/jpeg');
      await objects.put(u.k2, u.p2, 'image/jpeg');
      await run(eventFor(u.k2, u.p2.length));
    }
    expect(await stores.documents.get(again.ticket.docId)).toMatchObject({
      status: 'duplicate',
      duplicateOf: first.ticket.docId,
    });
  });

  it('re-drives a document whose pages all arrived, and ends one with a page missing upload_expired', async () => {
    const complete = await uploadTwoPages('du');
    const partial = await uploadTwoPages('thieu');
    await objects.put(complete.k1, complete.p1, 'image/jpeg');
    await objects.put(complete.k2, complete.p2, 'image/jpeg');
    await objects.put(partial.k1, partial.p1, 'image/jpeg');
    const redriven: string[] = [];
    const reconcile = makeReconcilePipeline({
      documents: stores.documents,
      sessions: stores.sessions,
      objects,
      redrive: async (key) => {
        redriven.push(key);
      },
      clock,
    });
    // Inside the URL's lifetime nothing is stuck yet.
    const early = await reconcile({ agencyId: caller.agencyId, fix: true });
    expect(early.stuck.filter((s) => [complete.ticket.docId, partial.ticket.docId].includes(s.docId))).toEqual([]);

    clock.set('2026-03-05T04:00:00.000Z');
    try {
      const report = await reconcile({ agencyId: caller.agencyId, fix: true });
      const byDoc = new Map(report.stuck.map((s) => [s.docId, s]));
      expect(byDoc.get(complete.ticket.docId)).toMatchObject({ action: 'redrive_object', done: true });
      expect(redriven).toContain(complete.k2);
      expect(byDoc.get(partial.ticket.docId)).toMatchObject({ action: 'rejected', reason: 'upload_expired' });
      expect(await stores.documents.get(partial.ticket.docId)).toMatchObject({
        status: 'rejected',
        reason: 'upload_expired',
      });
    } finally {
      clock.set('2026-03-05T02:00:00.000Z');
    }
  });
});
