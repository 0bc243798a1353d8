/**
 * The upload queue's ports in the browser: hashing in Web Workers, the API client, and the PUT through
 * XMLHttpRequest (fetch reports no upload progress).
 */
import { type ApiClient, ApiError, query } from '../api.ts';
import type { HashRequest, HashResponse } from './hash-worker.ts';
import { makeStorageManifest } from './manifest.ts';
import { type DocumentState, type DocumentTicket, type Ticket, UploadError, type UploadPorts } from './queue.ts';

/** A small pool of hashing workers (one per core, at most 2), created on first use. */
function makeHasher(size: number): (file: Blob) => Promise<string> {
  const workers: Worker[] = [];
  const pending = new Map<number, { resolve: (hex: string) => void; reject: (error: Error) => void }>();
  let next = 0;
  const worker = (index: number): Worker => {
    let w = workers[index];
    if (!w) {
      w = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<HashResponse>) => {
        const waiting = pending.get(event.data.id);
        if (!waiting) return;
        pending.delete(event.data.id);
        if ('sha256' in event.data) waiting.resolve(event.data.sha256);
        else waiting.reject(new UploadError('read_error', event.data.error));
      };
      workers[index] = w;
    }
    return w;
  };
  return (file) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      const request: HashRequest = { id, file };
      worker(id % size).postMessage(request);
    });
}

function putWithProgress(ticket: Ticket, file: Blob, onProgress: (loaded: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(ticket.method || 'PUT', ticket.url);
    for (const [name, value] of Object.entries(ticket.headers)) {
      // The browser sets content-length itself (and refuses to be told); it is the file's size either way.
      if (name.toLowerCase() === 'content-length') continue;
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(new UploadError('storage_refused', `storage answered ${xhr.status}`, xhr.status));
    };
    xhr.onerror = () => reject(new UploadError('network_error', 'network error during PUT'));
    xhr.onabort = () => reject(new UploadError('network_error', 'PUT aborted'));
    xhr.send(file);
  });
}

export function makeBrowserUploadPorts(api: ApiClient, actingAgencyId: string | null, scope: string): UploadPorts {
  const hash = makeHasher(Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1)));
  const agencyQuery = query({ agencyId: actingAgencyId });
  const asUploadError = (error: unknown): never => {
    if (error instanceof ApiError) throw new UploadError(error.code, error.message, error.status);
    throw error;
  };
  return {
    hash,
    createUpload: (request) => api.request<Ticket>('POST', `/uploads${agencyQuery}`, request).catch(asUploadError),
    createDocumentUpload: (request) =>
      api.request<DocumentTicket>('POST', `/uploads${agencyQuery}`, request).catch(asUploadError),
    put: putWithProgress,
    async getDocument(docId) {
      try {
        return await api.get<DocumentState>(`/documents/${encodeURIComponent(docId)}${agencyQuery}`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    manifest: makeStorageManifest(window.localStorage, scope),
    now: () => new Date(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
