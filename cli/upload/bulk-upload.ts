/**
 * Bulk upload through the API's presigned URLs: for each file, SHA-256, `POST /uploads`, then a PUT with
 * exactly the headers the API returned. Bounded concurrency, a resumable manifest, and optionally a wait
 * for each document's terminal state. Used by `sohoa upload` and `sohoa demo`.
 *
 * Page images of one document (`gcn_1.jpg`, `gcn_2.jpg`…, or with `folderPerDocument` each folder's images;
 * the rule is `groupPages` in shared/domain/page-groups.ts, the same as the web's) are sent as one document:
 * one `POST /uploads` with `pages`, one PUT per page. The manifest records every page under the document's id.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { decodeJwt } from 'jose';
import { countUnits, groupPages, type UploadUnit } from '#shared/domain/page-groups.ts';
import { TERMINAL_STATUSES } from '#shared/domain/types.ts';
import { DEFAULT_MANIFEST, openManifest } from './manifest.ts';
import { type FoundFile, walkFiles } from './walk-files.ts';

export type FileOutcome =
  /** Sent now. */
  | 'uploaded'
  /** Sent by an earlier run (found in the manifest). */
  | 'already_uploaded'
  /** Not a PDF/JPEG/PNG/TIFF by extension. */
  | 'skipped'
  /** The API or the PUT refused it, or the network failed: see `error`/`message`. */
  | 'failed';

export interface FileResult {
  /** The file, or page 1 of a document of page images. */
  path: string;
  /** A document of page images: every page's file, in page order. */
  pages?: string[];
  outcome: FileOutcome;
  /** The file's size, or the pages' total. */
  size?: number;
  /** The file's SHA-256 (absent for a document of pages: each page has its own). */
  sha256?: string;
  uploadId?: string;
  docId?: string;
  /** The document's pipeline status (terminal when `wait` was asked and reached). */
  status?: string;
  reason?: string | null;
  /** Machine-readable error code (API `error`, `http_<status>`, `network_error`, `wait_timeout`). */
  error?: string;
  /** Human message (Vietnamese from the API when it gave one). */
  message?: string;
}

export interface UploadProgress {
  phase: 'upload' | 'wait';
  done: number;
  total: number;
  file: string;
  outcome?: FileOutcome;
  status?: string;
}

export interface UploadFilesOptions {
  apiUrl: string;
  token: string;
  paths: string[];
  /** Acting agency for admin tokens (`?agencyId=`); clerk tokens carry their own agency. */
  agencyId?: string | null;
  /**
   * The agency the documents belong to, which the manifest records: the same file sent for another agency is
   * sent again. Default: `agencyId`, else the token's `agencyId` claim.
   */
  forAgency?: string | null;
  concurrency?: number;
  /** Default `.sohoa-upload-manifest.json` in the current directory; `false` disables resume. */
  manifestPath?: string | false;
  onProgress?: (progress: UploadProgress) => void;
  /** Poll `GET /documents/{docId}` until every sent document reaches a terminal state. */
  wait?: boolean;
  waitTimeoutMs?: number;
  pollIntervalMs?: number;
  /** Each folder's images are one document (default: only `name_1`, `name_2`… are grouped). */
  folderPerDocument?: boolean;
  /** Send every file on its own, never grouping pages. */
  noPageGroups?: boolean;
  /**
   * When the API answers 429 `too_many_uploads_in_flight` (the agency's fairness limit), wait and ask again:
   * from `delayMs` (default 5 s) doubling to 60 s, for at most `maxWaitMs` in all (default 30 min).
   */
  busyRetry?: { delayMs?: number; maxWaitMs?: number };
}

export interface UploadSummary {
  /** One entry per document sent (a file, or a document of page images). */
  files: FileResult[];
  counts: Record<string, number>;
  /** How many documents, of which several-page, and how many files (pages) in all. */
  totals: { documents: number; multiPage: number; pages: number };
}

/**
 * What a bulk upload would send, without sending it: the files found under `paths` grouped into documents
 * (`sohoa upload --dry-run`). The manifest at `excludePath` is never a document.
 */
export async function planUploads(
  paths: string[],
  options: { folderPerDocument?: boolean; noPageGroups?: boolean; excludePath?: string | null } = {},
): Promise<{ units: UploadUnit<FoundFile>[]; totals: UploadSummary['totals'] }> {
  const exclude = options.excludePath ?? null;
  const found = (await walkFiles(paths)).filter((f) => f.path !== exclude && f.path !== `${exclude}.tmp`);
  const units: UploadUnit<FoundFile>[] = options.noPageGroups
    ? found.map((file) => ({ kind: 'file', file }))
    : groupPages(found, (f) => f.path, { folderPerDocument: options.folderPerDocument });
  return { units, totals: countUnits(units) };
}

const TERMINAL = new Set<string>(TERMINAL_STATUSES);

class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The `agencyId` claim of a JWT; null for an opaque token or one without it. */
function tokenAgency(token: string): string | null {
  try {
    const claim = decodeJwt(token).agencyId;
    return typeof claim === 'string' ? claim : null;
  } catch {
    return null;
  }
}

export async function uploadFiles(options: UploadFilesOptions): Promise<UploadSummary> {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const agencyId = options.agencyId ?? null;
  const forAgency = options.forAgency ?? agencyId ?? tokenAgency(options.token);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const manifestPath = options.manifestPath === false ? null : resolve(options.manifestPath ?? DEFAULT_MANIFEST);
  const manifest = manifestPath ? await openManifest(manifestPath) : null;
  // The manifest may sit in the folder being uploaded: it is never a document.
  const { units, totals } = await planUploads(options.paths, {
    folderPerDocument: options.folderPerDocument,
    noPageGroups: options.noPageGroups,
    excludePath: manifestPath,
  });
  const results: FileResult[] = units.map((u) =>
    u.kind === 'file'
      ? { path: u.file.path, outcome: 'skipped' }
      : { path: u.pages[0]?.path ?? '', pages: u.pages.map((p) => p.path), outcome: 'skipped' },
  );
  const authorization = `Bearer ${options.token}`;
  const withAgency = (path: string) =>
    agencyId
      ? `${apiUrl}${path}${path.includes('?') ? '&' : '?'}agencyId=${encodeURIComponent(agencyId)}`
      : `${apiUrl}${path}`;

  let done = 0;
  const report = (phase: UploadProgress['phase'], result: FileResult) => {
    done += 1;
    options.onProgress?.({
      phase,
      done,
      total: units.length,
      file: result.path,
      outcome: result.outcome,
      status: result.status,
    });
  };

  /**
   * POST /uploads, waiting out the agency's in-flight limit: those uploads finish (or their URLs lapse) while we
   * wait, so the batch goes on by itself. The daily byte limit is not waited for: it lasts until midnight.
   */
  const requestTicket = async (init: RequestInit): Promise<Record<string, unknown>> => {
    let delay = options.busyRetry?.delayMs ?? 5000;
    let waited = 0;
    const maxWait = options.busyRetry?.maxWaitMs ?? 30 * 60_000;
    for (;;) {
      try {
        return await requestJson(withAgency('/uploads'), init);
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'too_many_uploads_in_flight' || waited >= maxWait)
          throw error;
        await new Promise((r) => setTimeout(r, delay));
        waited += delay;
        delay = Math.min(delay * 2, 60_000);
      }
    }
  };

  const put = async (ticket: Record<string, unknown>, bytes: Buffer<ArrayBuffer>) => {
    const response = await fetchOrThrow(stringField(ticket, 'url'), {
      method: typeof ticket.method === 'string' ? ticket.method : 'PUT',
      headers: (ticket.headers ?? {}) as Record<string, string>,
      body: bytes,
    });
    if (!response.ok) {
      throw new ApiError(
        `http_${response.status}`,
        `storage refused the upload (${response.status}): ${await response.text()}`,
      );
    }
  };

  /** A document of page images: one POST with every page, then one PUT per page. */
  const sendDocument = async (unit: Extract<UploadUnit<FoundFile>, { kind: 'document' }>, result: FileResult) => {
    const pages = [];
    for (const page of unit.pages) {
      const bytes = await readFile(page.path);
      pages.push({ page, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    result.size = pages.reduce((n, p) => n + p.bytes.length, 0);
    const previous = pages.map((p) => manifest?.find(p.page.path, p.sha256, apiUrl, forAgency));
    const first = previous[0];
    if (first && previous.every((e) => e?.docId === first.docId)) {
      Object.assign(result, { outcome: 'already_uploaded', uploadId: first.uploadId, docId: first.docId });
      return;
    }
    const ticket = await requestTicket({
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: unit.name,
        pages: pages.map((p) => ({
          fileName: basename(p.page.path),
          contentType: p.page.contentType,
          size: p.bytes.length,
          sha256: p.sha256,
        })),
      }),
    });
    result.uploadId = stringField(ticket, 'uploadId');
    result.docId = stringField(ticket, 'docId');
    const tickets = Array.isArray(ticket.pages) ? (ticket.pages as Record<string, unknown>[]) : [];
    if (tickets.length !== pages.length) throw new ApiError('bad_response', 'the API answer has not one URL per page');
    for (const [i, p] of pages.entries()) await put(tickets[i] ?? {}, p.bytes);
    result.outcome = 'uploaded';
    result.status = 'uploaded';
    const uploadedAt = new Date().toISOString();
    for (const p of pages) {
      await manifest?.record(p.page.path, {
        sha256: p.sha256,
        size: p.bytes.length,
        apiUrl,
        agencyId: forAgency,
        uploadId: result.uploadId,
        docId: result.docId,
        uploadedAt,
      });
    }
  };

  await runPool(units.length, concurrency, async (i) => {
    const unit = units[i]!;
    const result = results[i]!;
    if (unit.kind === 'document') {
      try {
        await sendDocument(unit, result);
      } catch (error) {
        result.outcome = 'failed';
        result.error = error instanceof ApiError ? error.code : 'read_error';
        result.message = error instanceof Error ? error.message : String(error);
      } finally {
        report('upload', result);
      }
      return;
    }
    const file = unit.file;
    if (file.contentType === null) {
      result.error = 'unsupported_type';
      result.message = 'Chỉ nhận tệp PDF, JPEG, PNG hoặc TIFF.';
      report('upload', result);
      return;
    }
    try {
      const bytes = await readFile(file.path);
      result.size = bytes.length;
      result.sha256 = createHash('sha256').update(bytes).digest('hex');
      const previous = manifest?.find(file.path, result.sha256, apiUrl, forAgency);
      if (previous) {
        Object.assign(result, { outcome: 'already_uploaded', uploadId: previous.uploadId, docId: previous.docId });
        return;
      }
      const ticket = await requestTicket({
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({
          fileName: basename(file.path),
          contentType: file.contentType,
          size: bytes.length,
          sha256: result.sha256,
        }),
      });
      result.uploadId = stringField(ticket, 'uploadId');
      result.docId = stringField(ticket, 'docId');
      await put(ticket, bytes);
      result.outcome = 'uploaded';
      result.status = 'uploaded';
      await manifest?.record(file.path, {
        sha256: result.sha256,
        size: bytes.length,
        apiUrl,
        agencyId: forAgency,
        uploadId: result.uploadId,
        docId: result.docId,
        uploadedAt: new Date().toISOString(),
      });
    } catch (error) {
      result.outcome = 'failed';
      result.error = error instanceof ApiError ? error.code : 'read_error';
      result.message = error instanceof Error ? error.message : String(error);
    } finally {
      report('upload', result);
    }
  });

  if (options.wait) {
    done = 0;
    const toWatch = results.filter((r) => r.docId && (r.outcome === 'uploaded' || r.outcome === 'already_uploaded'));
    const deadline = Date.now() + (options.waitTimeoutMs ?? 10 * 60_000);
    const interval = options.pollIntervalMs ?? 500;
    await runPool(toWatch.length, concurrency, async (i) => {
      const result = toWatch[i]!;
      for (;;) {
        try {
          const record = await requestJson(withAgency(`/documents/${encodeURIComponent(result.docId!)}`), {
            headers: { authorization },
          });
          result.status = typeof record.status === 'string' ? record.status : result.status;
          result.reason = typeof record.reason === 'string' ? record.reason : null;
          if (typeof record.message === 'string') result.message = record.message;
          if (result.status && TERMINAL.has(result.status)) break;
        } catch (error) {
          // The record may not exist yet right after the PUT; anything else is worth reporting at the end.
          if (
            !(error instanceof ApiError && error.code === 'http_404') &&
            !(error instanceof ApiError && error.code === 'not_found')
          ) {
            result.error = error instanceof ApiError ? error.code : 'network_error';
            result.message = error instanceof Error ? error.message : String(error);
          }
        }
        if (Date.now() > deadline) {
          result.error = 'wait_timeout';
          result.message = `no terminal state before the timeout (last: ${result.status ?? 'unknown'})`;
          break;
        }
        await new Promise((r) => setTimeout(r, interval));
      }
      report('wait', result);
    });
  }

  const counts: Record<string, number> = {};
  for (const r of results) {
    const key = r.outcome === 'failed' || r.outcome === 'skipped' ? r.outcome : (r.status ?? r.outcome);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { files: results, counts, totals };
}

async function runPool(count: number, concurrency: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

async function fetchOrThrow(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new ApiError('network_error', `cannot reach ${new URL(url).origin}: ${(error as Error).message}`);
  }
}

async function requestJson(url: string, init: RequestInit): Promise<Record<string, unknown>> {
  const response = await fetchOrThrow(url, init);
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = { message: text };
  }
  if (!response.ok) {
    const code = typeof body.error === 'string' ? body.error : `http_${response.status}`;
    throw new ApiError(code, typeof body.message === 'string' ? body.message : `HTTP ${response.status}`);
  }
  return body;
}

function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') {
    throw new ApiError('bad_response', `the API answer has no ${name}`);
  }
  return value;
}
