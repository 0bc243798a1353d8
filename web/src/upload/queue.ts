/**
 * The browser's upload queue, the same protocol as `sohoa upload` (cli/upload/bulk-upload.ts): SHA-256,
 * `POST /uploads`, a PUT with exactly the returned headers, then polling `GET /documents/{docId}` until a
 * terminal state. Bounded concurrency; resumable through the manifest (a file whose content was sent for
 * this agency is never sent again; a ticket whose PUT was interrupted is reused while it is valid).
 * Framework-free: the page subscribes with `onChange`; the ports are injected (tests pass fakes).
 *
 * Page images of one document are sent as one document (one `POST /uploads` with `pages`, one PUT per page):
 * those grouped by `groupPages` (shared/domain/page-groups.ts, the rule `sohoa upload` applies: `gcn_1.jpg`,
 * `gcn_2.jpg`…), or every image of one `add` when the clerk says they are the pages of one document. Such a
 * document is remembered in the manifest under `pages:` and its pages' SHA-256s; an interrupted one is sent
 * again as a new document (the first ends `upload_expired`).
 */
import { contentTypeForName } from '#shared/domain/file-types.ts';
import { groupPages, isPageImage, pageNumberOf, type UploadUnit } from '#shared/domain/page-groups.ts';
import { TERMINAL } from '../messages.ts';
import type { ManifestEntry, PendingEntry, UploadManifest } from './manifest.ts';

export interface Ticket {
  uploadId: string;
  docId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  expiresAt: string;
}

/** The answer to a document of page images: one PUT per page, in page order. */
export interface DocumentTicket {
  uploadId: string;
  docId: string;
  expiresAt: string;
  pages: Array<{ page: number; fileName: string; url: string; method: string; headers: Record<string, string> }>;
}

export interface DocumentState {
  status: string;
  reason: string | null;
  message: string | null;
  duplicateOf: string | null;
}

/** A failure with a code `explainReason` knows (`network_error`, `storage_refused`, or the API's `error`). */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** HTTP status when the API answered (0 for a network failure). */
    readonly status = 0,
  ) {
    super(message);
  }
}

export interface UploadPorts {
  hash(file: Blob): Promise<string>;
  createUpload(request: { fileName: string; contentType: string; size: number; sha256: string }): Promise<Ticket>;
  /** `POST /uploads` with `pages` (a document of page images); without it such documents fail `unsupported`. */
  createDocumentUpload?(request: {
    fileName: string;
    pages: Array<{ fileName: string; contentType: string; size: number; sha256: string }>;
  }): Promise<DocumentTicket>;
  put(ticket: Ticket, file: Blob, onProgress: (loaded: number) => void): Promise<void>;
  /** Null when the document does not exist (yet). */
  getDocument(docId: string): Promise<DocumentState | null>;
  manifest: UploadManifest;
  now(): Date;
  wait(ms: number): Promise<void>;
}

export type Phase = 'queued' | 'hashing' | 'sending' | 'processing' | 'done' | 'failed' | 'skipped';

export interface UploadItem {
  id: number;
  /** Path inside the dropped folder, or the file name. */
  name: string;
  size: number;
  contentType: string | null;
  phase: Phase;
  /** Bytes sent by the PUT so far. */
  loaded: number;
  sha256: string | null;
  docId: string | null;
  status: string | null;
  reason: string | null;
  /** The API's Vietnamese message for the document or for the refusal. */
  message: string | null;
  duplicateOf: string | null;
  /** Failure or skip code (see messages.ts `explainReason`). */
  error: string | null;
  /** Found in the manifest: sent before (by an earlier page or run), not sent again. */
  resumed: boolean;
  /** Another item of this batch with the same content (this one is not sent). */
  sameAs: number | null;
  /** A document of page images: its pages in order (`size` is their total). */
  pages?: Array<{ name: string; size: number; contentType: string }>;
}

export interface AddOptions {
  /** Every image of this `add` is a page of one document, in the order given (other files go on their own). */
  asOneDocument?: boolean;
}

export interface QueueTotals {
  files: number;
  bytes: number;
  sentBytes: number;
  /** Items in a final phase (done, failed, skipped). */
  finished: number;
  byPhase: Record<Phase, number>;
  byStatus: Record<string, number>;
}

export interface UploadQueue {
  add(files: ReadonlyArray<{ file: Blob; name: string }>, options?: AddOptions): void;
  /** Documents sent earlier from this browser (the manifest after a reload): shown and polled, never re-sent. */
  track(entries: ReadonlyArray<{ name: string; size: number; docId: string; sha256: string }>): void;
  /** Failed items go back to the queue (after a network error, a sign-in, or the "continue" button). */
  retry(): void;
  items(): readonly UploadItem[];
  totals(): QueueTotals;
  /** Resolves when nothing is queued, sending or processing. */
  idle(): Promise<void>;
}

export interface UploadQueueOptions {
  ports: UploadPorts;
  agencyId: string;
  /** Files hashed and sent at once; default 4. */
  concurrency?: number;
  /** Automatic retries of a network failure before the item waits for `retry()`; default 2. */
  networkRetries?: number;
  /** Poll interval for documents still in the pipeline; default 1 000 ms. */
  pollMs?: number;
  /** Maximum polls per document before it is left as "still processing"; default 900. */
  maxPolls?: number;
  /**
   * When `POST /uploads` answers 429 `too_many_uploads_in_flight` (the agency's fairness limit), wait and ask
   * again: from `delayMs` (default 5 s) doubling to `maxDelayMs` (60 s), for at most `maxWaitMs` in all
   * (30 min), as `sohoa upload` does. The daily byte limit (`daily_upload_limit`) is not waited for.
   */
  busyRetry?: { delayMs?: number; maxDelayMs?: number; maxWaitMs?: number };
  onChange?: () => void;
}

/** Seconds of validity a stored ticket must still have to be reused. */
const TICKET_MARGIN_MS = 60_000;
const RETRYABLE = new Set([
  'network_error',
  'storage_refused',
  'unauthorized',
  'internal_error',
  'wait_timeout',
  'too_many_uploads_in_flight',
]);
const BUSY = 'too_many_uploads_in_flight';

export function makeUploadQueue(options: UploadQueueOptions): UploadQueue {
  const { ports, agencyId } = options;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const networkRetries = options.networkRetries ?? 2;
  const pollMs = options.pollMs ?? 1_000;
  const maxPolls = options.maxPolls ?? 900;
  const items: UploadItem[] = [];
  const blobs = new Map<number, Blob>();
  const pageBlobs = new Map<number, Blob[]>();
  const polls = new Map<number, number>();
  const bySha = new Map<string, number>();
  let nextId = 1;
  let active = 0;
  let polling = false;
  let waiters: Array<() => void> = [];
  const changed = () => options.onChange?.();
  /**
   * Whether `item` has the content (`key`: a SHA-256, or a multi-page document's page hashes) of an earlier
   * item still in play: then it is skipped, naming that item; otherwise it becomes the item for that content.
   */
  const skippedAsTwin = (item: UploadItem, key: string): boolean => {
    const twin = bySha.get(key);
    if (twin !== undefined && twin !== item.id) {
      const first = items.find((i) => i.id === twin);
      if (first && first.phase !== 'failed' && first.phase !== 'skipped') {
        item.phase = 'skipped';
        item.error = first.resumed ? 'already_sent' : 'same_content';
        item.sameAs = twin;
        return true;
      }
    }
    bySha.set(key, item.id);
    return false;
  };
  const busyDelay = options.busyRetry?.delayMs ?? 5_000;
  const busyMaxDelay = options.busyRetry?.maxDelayMs ?? 60_000;
  const busyMaxWait = options.busyRetry?.maxWaitMs ?? 30 * 60_000;

  /**
   * `POST /uploads`, waiting out the agency's in-flight limit: those uploads finish (or their URLs lapse)
   * meanwhile, so the batch goes on by itself. While waiting, the item shows the API's message.
   */
  const askTicket = async <T>(item: UploadItem, ask: () => Promise<T>): Promise<T> => {
    let delay = busyDelay;
    let waited = 0;
    for (;;) {
      try {
        const ticket = await ask();
        if (waited > 0) {
          item.message = null;
          changed();
        }
        return ticket;
      } catch (error) {
        if (!(error instanceof UploadError) || error.code !== BUSY || waited >= busyMaxWait) throw error;
        item.message = error.message;
        changed();
        await ports.wait(delay);
        waited += delay;
        delay = Math.min(delay * 2, busyMaxDelay);
      }
    }
  };

  const isBusy = () =>
    active > 0 || polling || items.some((i) => i.phase === 'queued' || i.phase === 'hashing' || i.phase === 'sending');
  const settle = () => {
    if (isBusy()) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const fail = (item: UploadItem, code: string, message: string | null) => {
    item.phase = 'failed';
    item.error = code;
    item.message = message;
  };

  const applyDocument = (item: UploadItem, doc: DocumentState) => {
    item.status = doc.status;
    item.reason = doc.reason;
    item.message = doc.message;
    item.duplicateOf = doc.duplicateOf;
    if (TERMINAL.has(doc.status)) item.phase = 'done';
  };

  const markSent = (item: UploadItem, docId: string) => {
    item.docId = docId;
    item.phase = 'processing';
    item.status = item.status ?? 'uploading';
    item.loaded = item.size;
    polls.set(item.id, 0);
    startPolling();
  };

  /** A pending ticket from an interrupted PUT: sent already, reusable, or to be replaced. */
  const resumePending = async (item: UploadItem, entry: PendingEntry): Promise<Ticket | 'sent' | null> => {
    const doc = await ports.getDocument(entry.docId).catch(() => null);
    if (doc && doc.status !== 'uploading') return 'sent';
    if (Date.parse(entry.expiresAt) - ports.now().getTime() > TICKET_MARGIN_MS && entry.size === item.size) {
      return { ...entry };
    }
    return null;
  };

  /** A document of page images: hash every page, one POST with `pages`, one PUT per page. */
  const sendDocument = async (item: UploadItem, pages: Blob[], meta: NonNullable<UploadItem['pages']>) => {
    let attempt = 0;
    for (;;) {
      try {
        item.phase = 'hashing';
        changed();
        const hashes: string[] = [];
        for (const page of pages) hashes.push(await ports.hash(page));
        const key = `pages:${hashes.join(',')}`;
        item.sha256 = key;
        if (skippedAsTwin(item, key)) {
          pageBlobs.delete(item.id);
          return;
        }
        const known = ports.manifest.get(agencyId, key);
        if (known?.state === 'sent') {
          item.resumed = true;
          markSent(item, known.docId);
          pageBlobs.delete(item.id);
          return;
        }
        if (!ports.createDocumentUpload) {
          fail(item, 'unsupported', null);
          return;
        }
        item.phase = 'sending';
        item.loaded = 0;
        changed();
        const createDocumentUpload = ports.createDocumentUpload;
        const ticket = await askTicket(item, () =>
          createDocumentUpload.call(ports, {
            fileName: item.name,
            pages: meta.map((p, i) => ({
              fileName: baseName(p.name),
              contentType: p.contentType,
              size: p.size,
              sha256: hashes[i] ?? '',
            })),
          }),
        );
        item.docId = ticket.docId;
        let sent = 0;
        for (const [i, page] of pages.entries()) {
          const signed = ticket.pages[i];
          if (!signed) throw new UploadError('bad_response', 'no upload URL for every page');
          await ports.put(
            { uploadId: ticket.uploadId, docId: ticket.docId, expiresAt: ticket.expiresAt, ...signed },
            page,
            (loaded) => {
              item.loaded = Math.min(sent + loaded, item.size);
              changed();
            },
          );
          sent += page.size;
        }
        ports.manifest.set(agencyId, key, sentEntry(ticket.docId, item, ports.now()));
        markSent(item, ticket.docId);
        pageBlobs.delete(item.id);
        return;
      } catch (error) {
        const code = error instanceof UploadError ? error.code : 'read_error';
        if ((code === 'network_error' || code === 'storage_refused') && attempt < networkRetries) {
          attempt += 1;
          await ports.wait(1_000 * 2 ** attempt);
          continue;
        }
        fail(item, code, error instanceof UploadError && error.status > 0 ? error.message : null);
        return;
      }
    }
  };

  const send = async (item: UploadItem) => {
    const pages = pageBlobs.get(item.id);
    if (pages && item.pages) return sendDocument(item, pages, item.pages);
    const blob = blobs.get(item.id);
    if (!blob || !item.contentType) return;
    let attempt = 0;
    for (;;) {
      try {
        if (!item.sha256) {
          item.phase = 'hashing';
          changed();
          item.sha256 = await ports.hash(blob);
        }
        const sha256 = item.sha256;
        if (skippedAsTwin(item, sha256)) {
          blobs.delete(item.id);
          return;
        }
        const known: ManifestEntry | undefined = ports.manifest.get(agencyId, sha256);
        let ticket: Ticket | null = null;
        if (known?.state === 'sent') {
          item.resumed = true;
          markSent(item, known.docId);
          blobs.delete(item.id);
          return;
        }
        if (known?.state === 'pending') {
          const resumed = await resumePending(item, known);
          if (resumed === 'sent') {
            ports.manifest.set(agencyId, sha256, sentEntry(known.docId, item, ports.now()));
            item.resumed = true;
            markSent(item, known.docId);
            blobs.delete(item.id);
            return;
          }
          ticket = resumed;
        }
        item.phase = 'sending';
        item.loaded = 0;
        changed();
        if (!ticket) {
          const contentType = item.contentType;
          ticket = await askTicket(item, () =>
            ports.createUpload({ fileName: baseName(item.name), contentType, size: item.size, sha256 }),
          );
          ports.manifest.set(agencyId, sha256, {
            state: 'pending',
            docId: ticket.docId,
            fileName: item.name,
            size: item.size,
            uploadId: ticket.uploadId,
            url: ticket.url,
            method: ticket.method,
            headers: ticket.headers,
            expiresAt: ticket.expiresAt,
          });
        }
        item.docId = ticket.docId;
        await ports.put(ticket, blob, (loaded) => {
          item.loaded = Math.min(loaded, item.size);
          changed();
        });
        ports.manifest.set(agencyId, sha256, sentEntry(ticket.docId, item, ports.now()));
        markSent(item, ticket.docId);
        blobs.delete(item.id);
        return;
      } catch (error) {
        const code = error instanceof UploadError ? error.code : 'read_error';
        if (code === 'network_error' && attempt < networkRetries) {
          attempt += 1;
          await ports.wait(1_000 * 2 ** attempt);
          continue;
        }
        if (code === 'storage_refused' && item.sha256 && attempt < networkRetries) {
          // An expired or refused URL: forget the ticket and ask for a new one once.
          attempt += 1;
          ports.manifest.delete(agencyId, item.sha256);
          continue;
        }
        fail(item, code, error instanceof UploadError && error.status > 0 ? error.message : null);
        return;
      }
    }
  };

  const pump = () => {
    while (active < concurrency) {
      const item = items.find((i) => i.phase === 'queued');
      if (!item) break;
      item.phase = 'hashing';
      active += 1;
      send(item)
        .catch(() => fail(item, 'read_error', null))
        .finally(() => {
          active -= 1;
          changed();
          pump();
          settle();
        });
    }
    settle();
  };

  const startPolling = () => {
    if (polling) return;
    polling = true;
    void (async () => {
      try {
        for (;;) {
          const waiting = items.filter((i) => i.phase === 'processing' && i.docId);
          if (waiting.length === 0) break;
          // Oldest-polled first, a few at a time, so 500 files do not become 500 requests a second.
          const batch = waiting.sort((a, b) => (polls.get(a.id) ?? 0) - (polls.get(b.id) ?? 0)).slice(0, concurrency);
          await Promise.all(
            batch.map(async (item) => {
              const count = (polls.get(item.id) ?? 0) + 1;
              polls.set(item.id, count);
              try {
                const doc = await ports.getDocument(item.docId!);
                if (doc) applyDocument(item, doc);
              } catch {
                // A network blip while polling: the next round asks again.
              }
              if (item.phase === 'processing' && count >= maxPolls) fail(item, 'wait_timeout', null);
            }),
          );
          changed();
          if (items.some((i) => i.phase === 'processing')) await ports.wait(pollMs);
        }
      } finally {
        polling = false;
        settle();
      }
    })();
  };

  return {
    add(files, addOptions = {}) {
      let units: UploadUnit<{ file: Blob; name: string }>[];
      if (addOptions.asOneDocument) {
        const images = files
          .filter((f) => isPageImage(f.name) && f.file.size > 0)
          .sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true }));
        const rest = files.filter((f) => !images.includes(f)).map((file) => ({ kind: 'file' as const, file }));
        units =
          images.length > 1
            ? [{ kind: 'document', name: documentName(images[0]?.name ?? ''), pages: images }, ...rest]
            : files.map((file) => ({ kind: 'file', file }));
      } else units = groupPages(files, (f) => f.name);
      for (const unit of units) {
        if (unit.kind === 'document') {
          const pages = unit.pages.map((p) => ({
            name: p.name,
            size: p.file.size,
            contentType: contentTypeForName(p.name) ?? 'image/jpeg',
          }));
          const item: UploadItem = {
            id: nextId++,
            name: unit.name,
            size: pages.reduce((n, p) => n + p.size, 0),
            contentType: pages[0]?.contentType ?? null,
            phase: 'queued',
            loaded: 0,
            sha256: null,
            docId: null,
            status: null,
            reason: null,
            message: null,
            duplicateOf: null,
            error: null,
            resumed: false,
            sameAs: null,
            pages,
          };
          if (pages.some((p) => p.size === 0)) {
            item.phase = 'skipped';
            item.error = 'empty_file';
          }
          items.push(item);
          if (item.phase === 'queued')
            pageBlobs.set(
              item.id,
              unit.pages.map((p) => p.file),
            );
          continue;
        }
        const { file, name } = unit.file;
        const contentType = contentTypeForName(name) ?? normalizeType(file.type);
        const item: UploadItem = {
          id: nextId++,
          name,
          size: file.size,
          contentType,
          phase: contentType ? 'queued' : 'skipped',
          loaded: 0,
          sha256: null,
          docId: null,
          status: null,
          reason: null,
          message: null,
          duplicateOf: null,
          error: contentType ? null : 'unsupported_type',
          resumed: false,
          sameAs: null,
        };
        if (file.size === 0 && contentType) {
          item.phase = 'skipped';
          item.error = 'empty_file';
        }
        items.push(item);
        if (item.phase === 'queued') blobs.set(item.id, file);
      }
      changed();
      pump();
    },
    track(entries) {
      for (const entry of entries) {
        if (bySha.has(entry.sha256)) continue;
        const item: UploadItem = {
          id: nextId++,
          name: entry.name,
          size: entry.size,
          contentType: contentTypeForName(entry.name),
          phase: 'processing',
          loaded: entry.size,
          sha256: entry.sha256,
          docId: entry.docId,
          status: null,
          reason: null,
          message: null,
          duplicateOf: null,
          error: null,
          resumed: true,
          sameAs: null,
        };
        bySha.set(entry.sha256, item.id);
        items.push(item);
        polls.set(item.id, 0);
      }
      changed();
      startPolling();
    },
    retry() {
      for (const item of items) {
        if (item.phase !== 'failed' || !item.error || !RETRYABLE.has(item.error)) continue;
        item.error = null;
        item.message = null;
        if (item.docId && (item.status !== null || !(blobs.has(item.id) || pageBlobs.has(item.id)))) {
          item.phase = 'processing';
          polls.set(item.id, 0);
        } else item.phase = 'queued';
      }
      changed();
      pump();
      if (items.some((i) => i.phase === 'processing')) startPolling();
    },
    items: () => items,
    totals() {
      const byPhase: Record<Phase, number> = {
        queued: 0,
        hashing: 0,
        sending: 0,
        processing: 0,
        done: 0,
        failed: 0,
        skipped: 0,
      };
      const byStatus: Record<string, number> = {};
      let bytes = 0;
      let sentBytes = 0;
      for (const item of items) {
        byPhase[item.phase] += 1;
        if (item.phase === 'done' && item.status) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
        if (item.phase === 'skipped') continue;
        bytes += item.size;
        sentBytes += item.phase === 'processing' || item.phase === 'done' ? item.size : item.loaded;
      }
      return {
        files: items.length,
        bytes,
        sentBytes,
        finished: byPhase.done + byPhase.failed + byPhase.skipped,
        byPhase,
        byStatus,
      };
    },
    idle() {
      if (!isBusy()) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}

function sentEntry(docId: string, item: UploadItem, now: Date): ManifestEntry {
  return { state: 'sent', docId, fileName: item.name, size: item.size, sentAt: now.toISOString() };
}

/** The name of a document whose pages the clerk chose: page 1's name without its page number and extension. */
function documentName(path: string): string {
  const numbered = pageNumberOf(path);
  if (numbered) return numbered.name;
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function baseName(path: string): string {
  return path.split('/').pop() || path;
}

function normalizeType(type: string): string | null {
  const base = type.toLowerCase();
  return ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'].includes(base) ? base : null;
}
