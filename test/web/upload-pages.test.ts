/**
 * The browser upload queue with page images of one document (fake ports): `gcn_1.jpg`, `gcn_2.jpg` are
 * grouped by the same rule as `sohoa upload` (shared/domain/page-groups.ts), or every image of one drop when
 * the clerk ticks "the images are the pages of one document"; one POST with `pages`, one PUT per page.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type KeyValueStorage, makeStorageManifest } from '../../web/src/upload/manifest.ts';
import { type DocumentTicket, makeUploadQueue, type Ticket, type UploadPorts } from '../../web/src/upload/queue.ts';

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const sha = async (blob: Blob) =>
  createHash('sha256')
    .update(Buffer.from(await blob.arrayBuffer()))
    .digest('hex');

function fakeServer(storage = memoryStorage()) {
  let ids = 0;
  const now = new Date('2026-03-05T02:00:00Z');
  const server = {
    singles: [] as string[],
    documents: [] as Array<{ fileName: string; pages: Array<{ fileName: string; size: number; sha256: string }> }>,
    puts: [] as string[],
    landed: new Set<string>(),
    ports: null as unknown as UploadPorts,
  };
  const expiresAt = new Date(now.getTime() + 15 * 60_000).toISOString();
  server.ports = {
    hash: sha,
    createUpload: async (request): Promise<Ticket> => {
      const docId = `doc-${++ids}`;
      server.singles.push(request.fileName);
      return {
        uploadId: `up-${ids}`,
        docId,
        url: `https://s3.example/${docId}`,
        method: 'PUT',
        headers: {},
        expiresAt,
      };
    },
    createDocumentUpload: async (request): Promise<DocumentTicket> => {
      const docId = `doc-${++ids}`;
      server.documents.push(request);
      return {
        uploadId: `up-${ids}`,
        docId,
        expiresAt,
        pages: request.pages.map((p, i) => ({
          page: i + 1,
          fileName: p.fileName,
          url: `https://s3.example/${docId}/${i + 1}`,
          method: 'PUT',
          headers: { 'content-type': p.contentType },
        })),
      };
    },
    put: async (ticket, file, onProgress) => {
      onProgress(file.size);
      server.puts.push(ticket.url);
      server.landed.add(ticket.docId);
    },
    getDocument: async (docId) =>
      server.landed.has(docId)
        ? { status: 'classified', reason: null, message: 'Đã phân loại.', duplicateOf: null }
        : { status: 'uploading', reason: null, message: null, duplicateOf: null },
    manifest: makeStorageManifest(storage, 'api.example'),
    now: () => now,
    wait: async () => {},
  };
  return server;
}

const blob = (text: string) => new Blob([text]);

describe('upload queue with page images', () => {
  it('sends gcn_1.jpg and gcn_2.jpg as one document of two pages, in page order, and other files alone', async () => {
    const server = fakeServer();
    const queue = makeUploadQueue({ ports: server.ports, agencyId: 'xa-a' });
    queue.add([
      { file: blob('trang hai'), name: 'ho-so/gcn_2.jpg' },
      { file: blob('quyết định'), name: 'ho-so/qd.pdf' },
      { file: blob('trang một'), name: 'ho-so/gcn_1.jpg' },
    ]);
    await queue.idle();
    expect(server.singles).toEqual(['qd.pdf']);
    expect(server.documents).toHaveLength(1);
    expect(server.documents[0]).toMatchObject({
      fileName: 'gcn',
      pages: [
        { fileName: 'gcn_1.jpg', size: blob('trang một').size, sha256: await sha(blob('trang một')) },
        { fileName: 'gcn_2.jpg', size: blob('trang hai').size, sha256: await sha(blob('trang hai')) },
      ],
    });
    const doc = queue.items().find((i) => i.pages);
    expect(server.puts.filter((u) => u.includes(`${doc?.docId}/`))).toEqual([
      `https://s3.example/${doc?.docId}/1`,
      `https://s3.example/${doc?.docId}/2`,
    ]);
    expect(doc).toMatchObject({
      phase: 'done',
      status: 'classified',
      size: blob('trang một').size + blob('trang hai').size,
    });
    expect(doc?.pages?.map((p) => p.name)).toEqual(['ho-so/gcn_1.jpg', 'ho-so/gcn_2.jpg']);
    expect(queue.totals().sentBytes).toBe(queue.totals().bytes);
  });

  it('with "the images are the pages of one document", sends every image of the drop as one, in name order', async () => {
    const server = fakeServer();
    const queue = makeUploadQueue({ ports: server.ports, agencyId: 'xa-a' });
    queue.add(
      [
        { file: blob('p10'), name: 'IMG_10.jpg' },
        { file: blob('p2'), name: 'IMG_2.png' },
        { file: blob('pdf'), name: 'bia.pdf' },
      ],
      { asOneDocument: true },
    );
    await queue.idle();
    expect(server.documents.map((d) => d.pages.map((p) => p.fileName))).toEqual([['IMG_2.png', 'IMG_10.jpg']]);
    expect(server.singles).toEqual(['bia.pdf']);
  });

  it('does not send the same pages twice, in one drop or after a reload', async () => {
    const storage = memoryStorage();
    const first = fakeServer(storage);
    const queue = makeUploadQueue({ ports: first.ports, agencyId: 'xa-a' });
    const pages = [
      { file: blob('một'), name: 'gcn_1.jpg' },
      { file: blob('hai'), name: 'gcn_2.jpg' },
    ];
    queue.add(pages);
    await queue.idle();
    expect(first.documents).toHaveLength(1);

    const second = fakeServer(storage);
    const again = makeUploadQueue({ ports: second.ports, agencyId: 'xa-a' });
    again.add(pages);
    await again.idle();
    expect(second.documents).toHaveLength(0);
    expect(again.items()[0]).toMatchObject({ resumed: true, docId: queue.items()[0]?.docId });
  });
});
