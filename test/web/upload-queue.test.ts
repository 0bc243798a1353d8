/** The browser upload queue with fake ports: bounded concurrency, resume without re-sending, outcomes. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeItem } from '../../web/src/upload/describe.ts';
import { type KeyValueStorage, makeStorageManifest } from '../../web/src/upload/manifest.ts';
import {
  type DocumentState,
  makeUploadQueue,
  type Ticket,
  UploadError,
  type UploadPorts,
} from '../../web/src/upload/queue.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

interface FakeServer {
  ports: UploadPorts;
  creates: string[];
  puts: string[];
  maxActivePuts: number;
  /** Status the pipeline gives each docId once its PUT arrived. */
  outcome: (docId: string) => DocumentState;
  failNextPuts: number;
  landed: Set<string>;
}

function fakeServer(storage = memoryStorage(), now = new Date('2026-03-05T02:00:00Z')): FakeServer {
  let ids = 0;
  let active = 0;
  const server: FakeServer = {
    creates: [],
    puts: [],
    maxActivePuts: 0,
    failNextPuts: 0,
    landed: new Set(),
    outcome: () => ({
      status: 'classified',
      reason: null,
      message: 'Đã phân loại: GIẤY KHAI SINH.',
      duplicateOf: null,
    }),
    ports: {
      hash: async (file) =>
        createHash('sha256')
          .update(Buffer.from(await file.arrayBuffer()))
          .digest('hex'),
      createUpload: async (request): Promise<Ticket> => {
        const docId = `doc-${++ids}`;
        server.creates.push(request.fileName);
        return {
          uploadId: `up-${ids}`,
          docId,
          url: `https://s3.example/${docId}`,
          method: 'PUT',
          headers: { 'content-type': request.contentType },
          expiresAt: new Date(now.getTime() + 15 * 60_000).toISOString(),
        };
      },
      put: async (ticket, file, onProgress) => {
        active += 1;
        server.maxActivePuts = Math.max(server.maxActivePuts, active);
        await Promise.resolve();
        active -= 1;
        if (server.failNextPuts > 0) {
          server.failNextPuts -= 1;
          throw new UploadError('network_error', 'offline');
        }
        onProgress(file.size);
        server.puts.push(ticket.docId);
        server.landed.add(ticket.docId);
      },
      getDocument: async (docId) =>
        server.landed.has(docId)
          ? server.outcome(docId)
          : { status: 'uploading', reason: null, message: null, duplicateOf: null },
      manifest: makeStorageManifest(storage, 'api.example'),
      now: () => now,
      wait: async () => {},
    },
  };
  return server;
}

const file = (text: string) => new Blob([text]);

describe('upload queue', () => {
  it('sends each file once with bounded concurrency and reaches each terminal state', async () => {
    const server = fakeServer();
    const queue = makeUploadQueue({ ports: server.ports, agencyId: 'xa-a', concurrency: 2 });
    queue.add(Array.from({ length: 6 }, (_, i) => ({ file: file(`scan ${i}`), name: `thu-muc/${i}.pdf` })));
    await queue.idle();
    expect(server.creates).toHaveLength(6);
    expect(server.creates[0]).toBe('0.pdf');
    expect(server.maxActivePuts).toBeLessThanOrEqual(2);
    expect(queue.items().every((i) => i.phase === 'done' && i.status === 'classified')).toBe(true);
    const totals = queue.totals();
    expect(totals.sentBytes).toBe(totals.bytes);
    expect(totals.byStatus).toEqual({ classified: 6 });
  });

  it('does not send a file twice: same content in one drop, and the same content after a reload', async () => {
    const storage = memoryStorage();
    const first = fakeServer(storage);
    const queue = makeUploadQueue({ ports: first.ports, agencyId: 'xa-a' });
    queue.add([
      { file: file('giấy khai sinh'), name: 'a.pdf' },
      { file: file('giấy khai sinh'), name: 'a (bản sao).pdf' },
    ]);
    await queue.idle();
    expect(first.creates).toEqual(['a.pdf']);
    const copy = queue.items()[1]!;
    expect(copy).toMatchObject({ phase: 'skipped', error: 'same_content', sameAs: queue.items()[0]!.id });
    expect(describeItem(copy, (id) => queue.items().find((i) => i.id === id)?.name).detail).toBe(
      'Cùng nội dung với tệp “a.pdf” trong lần tải này; không gửi lại.',
    );

    // A new page on the same browser: the manifest remembers what was sent for this agency.
    const second = fakeServer(storage);
    const again = makeUploadQueue({ ports: second.ports, agencyId: 'xa-a' });
    again.add([{ file: file('giấy khai sinh'), name: 'a.pdf' }]);
    await again.idle();
    expect(second.creates).toEqual([]);
    expect(again.items()[0]).toMatchObject({ resumed: true, docId: 'doc-1' });

    // Another agency's upload of the same bytes is its own document.
    const other = makeUploadQueue({ ports: fakeServer(storage).ports, agencyId: 'xa-b' });
    other.add([{ file: file('giấy khai sinh'), name: 'a.pdf' }]);
    await other.idle();
    expect(other.items()[0]).toMatchObject({ resumed: false, phase: 'done' });
  });

  it('retries a network error, then waits for retry() and reuses the ticket (same document)', async () => {
    const server = fakeServer();
    server.failNextPuts = 3;
    const queue = makeUploadQueue({ ports: server.ports, agencyId: 'xa-a', networkRetries: 2 });
    queue.add([{ file: file('scan'), name: 'x.jpg' }]);
    await queue.idle();
    expect(queue.items()[0]).toMatchObject({ phase: 'failed', error: 'network_error' });
    expect(describeItem(queue.items()[0]!, () => undefined).todo).toContain('Tiếp tục tải lên');
    queue.retry();
    await queue.idle();
    expect(queue.items()[0]).toMatchObject({ phase: 'done', status: 'classified', docId: 'doc-1' });
    expect(server.creates).toHaveLength(1);
  });

  it('treats an interrupted PUT that did land as sent (found by polling its document)', async () => {
    const storage = memoryStorage();
    const server = fakeServer(storage);
    const sha = createHash('sha256').update('scan').digest('hex');
    server.ports.manifest.set('xa-a', sha, {
      state: 'pending',
      docId: 'doc-old',
      fileName: 'x.pdf',
      size: 4,
      uploadId: 'up-old',
      url: 'https://s3.example/doc-old',
      method: 'PUT',
      headers: {},
      expiresAt: '2026-03-05T02:10:00Z',
    });
    server.landed.add('doc-old');
    const queue = makeUploadQueue({ ports: server.ports, agencyId: 'xa-a' });
    queue.add([{ file: file('scan'), name: 'x.pdf' }]);
    await queue.idle();
    expect(server.creates).toEqual([]);
    expect(server.puts).toEqual([]);
    expect(queue.items()[0]).toMatchObject({ docId: 'doc-old', resumed: true, phase: 'done' });
    expect(server.ports.manifest.get('xa-a', sha)?.state).toBe('sent');
  });

  it('explains each terminal state in Vietnamese, with the original of a duplicate', async () => {
    const server = fakeServer();
    const outcomes: Record<string, DocumentState> = {
      'doc-1': {
        status: 'needs_review',
        reason: 'missing_fields',
        message: 'Cần kiểm tra lại: thiếu số.',
        duplicateOf: null,
      },
      'doc-2': { status: 'duplicate', reason: 'duplicate_paper', message: null, duplicateOf: 'doc-9' },
      'doc-3': { status: 'rejected', reason: 'corrupt_file', message: null, duplicateOf: null },
    };
    server.outcome = (docId) => outcomes[docId]!;
    const queue = makeUploadQueue({ ports: server.ports, agencyId: 'xa-a', concurrency: 1 });
    queue.add([
      { file: file('1'), name: '1.pdf' },
      { file: file('2'), name: '2.pdf' },
      { file: file('3'), name: '3.pdf' },
      { file: file('4'), name: 'ghi-chu.docx' },
      { file: file(''), name: 'rong.pdf' },
    ]);
    await queue.idle();
    const [review, dup, bad, docx, empty] = queue.items().map((i) => describeItem(i, () => undefined));
    expect(review).toMatchObject({ label: 'Cần kiểm tra', tone: 'warn', detail: 'Cần kiểm tra lại: thiếu số.' });
    expect(review!.todo).toContain('điền các thông tin còn thiếu');
    expect(dup).toMatchObject({ label: 'Trùng lặp', duplicateOf: 'doc-9' });
    expect(dup!.detail).toContain('cùng loại, số và ngày cấp');
    expect(bad).toMatchObject({ label: 'Bị từ chối', tone: 'bad', detail: 'Tệp bị hỏng, không mở được.' });
    expect(docx).toMatchObject({ label: 'Không gửi', detail: 'Định dạng tệp không được hỗ trợ.' });
    expect(empty).toMatchObject({ label: 'Không gửi', detail: 'Tệp rỗng (0 byte).' });
    expect(server.creates).toEqual(['1.pdf', '2.pdf', '3.pdf']);
  });

  describe('the agency fairness limit (429 from POST /uploads)', () => {
    const BUSY_VI = 'Cơ quan đang có 200 tệp chờ tải lên hoặc chờ xử lý (giới hạn mỗi cơ quan); vui lòng đợi.';
    const DAILY_VI = 'Cơ quan đã dùng hết dung lượng tải lên trong ngày (50 GB); vui lòng tiếp tục vào ngày mai.';
    afterEach(() => vi.useRealTimers());

    /** The server refuses the first `busy` POSTs with 429; `wait` is a real timer the test's fake clock drives. */
    function busyServer(busy: number, code = 'too_many_uploads_in_flight', message = BUSY_VI) {
      vi.useFakeTimers();
      const server = fakeServer();
      const waits: number[] = [];
      let refusals = 0;
      const create = server.ports.createUpload;
      server.ports.createUpload = async (request) => {
        if (refusals < busy) {
          refusals += 1;
          throw new UploadError(code, message, 429);
        }
        return create(request);
      };
      server.ports.wait = (ms) => {
        waits.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      };
      return { server, waits, refusals: () => refusals };
    }

    it('waits out too_many_uploads_in_flight, 5 s doubling to 60 s, then sends', async () => {
      const { server, waits, refusals } = busyServer(6);
      const queue = makeUploadQueue({ ports: server.ports, agencyId: 'xa-a', pollMs: 1_000 });
      queue.add([{ file: file('scan'), name: 'gks.pdf' }]);
      await vi.advanceTimersByTimeAsync(1);
      const item = queue.items()[0]!;
      // Still sending, not failed: the clerk sees the API's message and that nothing is needed.
      expect(item.phase).toBe('sending');
      const waiting = describeItem(item, () => undefined);
      expect(waiting.label).toBe('Đang chờ lượt gửi');
      expect(waiting.detail).toBe(BUSY_VI);
      expect(server.creates).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(4_998);
      expect(refusals()).toBe(1);
      await vi.advanceTimersByTimeAsync(5 * 60_000);
      await queue.idle();
      expect(refusals()).toBe(6);
      expect(waits.slice(0, 6)).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000]);
      expect(server.creates).toEqual(['gks.pdf']);
      expect(item.phase).toBe('done');
      expect(item.message).toBe('Đã phân loại: GIẤY KHAI SINH.');
    });

    it('gives up after the bounded wait, keeps the API message, and resumes on retry()', async () => {
      const { server, waits } = busyServer(1_000);
      const queue = makeUploadQueue({
        ports: server.ports,
        agencyId: 'xa-a',
        busyRetry: { delayMs: 5_000, maxWaitMs: 60_000 },
      });
      queue.add([{ file: file('scan'), name: 'gks.pdf' }]);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      await queue.idle();
      // 5 + 10 + 20 + 40 s: waited 75 s ≥ 60 s, so the next refusal fails the item.
      expect(waits).toEqual([5_000, 10_000, 20_000, 40_000]);
      const item = queue.items()[0]!;
      expect(item.phase).toBe('failed');
      expect(item.error).toBe('too_many_uploads_in_flight');
      expect(describeItem(item, () => undefined).detail).toBe(BUSY_VI);
      server.ports.createUpload = async (request) => ({
        uploadId: 'up-later',
        docId: 'doc-later',
        url: 'https://s3.example/doc-later',
        method: 'PUT',
        headers: { 'content-type': request.contentType },
        expiresAt: '2026-03-05T02:15:00Z',
      });
      queue.retry();
      await vi.advanceTimersByTimeAsync(10_000);
      await queue.idle();
      expect(item.phase).toBe('done');
      expect(item.docId).toBe('doc-later');
    });

    it('does not retry the daily byte limit: fails at once with the API message', async () => {
      const { server, waits, refusals } = busyServer(1_000, 'daily_upload_limit', DAILY_VI);
      const queue = makeUploadQueue({ ports: server.ports, agencyId: 'xa-a' });
      queue.add([{ file: file('scan'), name: 'gks.pdf' }]);
      await vi.advanceTimersByTimeAsync(1);
      await queue.idle();
      expect(refusals()).toBe(1);
      expect(waits).toEqual([]);
      const item = queue.items()[0]!;
      expect(item.phase).toBe('failed');
      expect(item.error).toBe('daily_upload_limit');
      const outcome = describeItem(item, () => undefined);
      expect(outcome.detail).toBe(DAILY_VI);
      expect(outcome.todo).toContain('ngày mai');
      // "Continue" does not hammer the API with a limit that lasts until midnight.
      queue.retry();
      await queue.idle();
      expect(refusals()).toBe(1);
    });
  });
});
