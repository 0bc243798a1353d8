/**
 * `POST /uploads`: validates the declared file, records an upload session and the document (status
 * `uploading`), and answers a presigned PUT that makes S3 enforce the declared type, size and SHA-256.
 *
 * A document of several page images (`{pages: [{fileName, contentType, size, sha256}, …]}`) gets one docId,
 * one upload session listing its pages, and one presigned PUT per page, each signed for that page's size,
 * type and checksum, under the same `incoming/{agencyId}/{uploadId}/` prefix (`pageFileName`: `001-…`, so
 * pages sort in order and two pages may share a name). The extract stage starts once every page is stored.
 */
import { randomUUID } from 'node:crypto';
import { incomingKey, pageFileName } from '#shared/domain/object-keys.ts';
import {
  checkMultiPageRequest,
  checkUploadRequest,
  DEFAULT_MAX_UPLOAD_BYTES_PER_DAY,
  DEFAULT_MAX_UPLOADS_IN_FLIGHT,
  isMultiPageBody,
  sha256HexToBase64,
  UPLOAD_SESSION_GRACE_SECONDS,
} from '#shared/domain/upload-rules.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import { TooManyRequestsError } from '#shared/errors.ts';
import type { Clock } from '#shared/ports.ts';
import type {
  DocumentRecord,
  DocumentStore,
  UploadPage,
  UploadPresigner,
  UploadQuotaStore,
  UploadSessionStore,
} from '../ports.ts';
import { type Caller, requireWriter } from './access.ts';
import { emptyClassification } from './classification-outcome.ts';

export interface CreateUploadDeps {
  documents: DocumentStore;
  sessions: UploadSessionStore;
  presigner: UploadPresigner;
  clock: Clock;
  /** Per-agency limits; without it (tools, tests of other rules) none is applied. */
  quota?: UploadQuotaStore;
  limits: UploadLimits;
  newId?: () => string;
}

export interface UploadLimits {
  maxUploadBytes: number;
  uploadUrlTtlSeconds: number;
  /** Per agency: documents still `uploading` whose URL was issued within its lifetime. Default 200. */
  maxUploadsInFlight?: number;
  /** Per agency: bytes presigned per Vietnam day. Default 10 GiB. */
  maxUploadBytesPerDay?: number;
}

const gib = (bytes: number) => (bytes / 1024 ** 3).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/**
 * One agency's big batch must not take the pipeline from the others: refuse (429) an upload over the
 * agency's uploads in flight or its bytes for the day (Vietnam time). The byte total is reserved
 * atomically before anything is signed, so parallel requests cannot overshoot it together.
 */
async function checkAgencyQuota(deps: CreateUploadDeps, agencyId: string, size: number, now: Date): Promise<void> {
  if (!deps.quota) return;
  const maxInFlight = deps.limits.maxUploadsInFlight ?? DEFAULT_MAX_UPLOADS_IN_FLIGHT;
  const since = new Date(now.getTime() - deps.limits.uploadUrlTtlSeconds * 1000).toISOString();
  const inFlight = await deps.quota.countInFlight(agencyId, since, maxInFlight);
  if (inFlight >= maxInFlight) {
    throw new TooManyRequestsError(
      'too_many_uploads_in_flight',
      `agency ${agencyId} has ${inFlight} uploads in flight (limit ${maxInFlight})`,
      `Cơ quan đang có ${maxInFlight} tệp chờ tải lên hoặc chờ xử lý (giới hạn mỗi cơ quan); vui lòng đợi các tệp này xong rồi gửi tiếp.`,
    );
  }
  const maxBytes = deps.limits.maxUploadBytesPerDay ?? DEFAULT_MAX_UPLOAD_BYTES_PER_DAY;
  const day = vnDateOf(now);
  if (!(await deps.quota.reserveDailyBytes(agencyId, day, size, maxBytes))) {
    throw new TooManyRequestsError(
      'daily_upload_limit',
      `agency ${agencyId} reached its ${maxBytes} bytes for ${day}`,
      `Cơ quan đã dùng hết dung lượng tải lên trong ngày (${gib(maxBytes)} GB); vui lòng tiếp tục vào ngày mai hoặc liên hệ quản trị viên.`,
    );
  }
}

export interface UploadTicket {
  uploadId: string;
  docId: string;
  url: string;
  method: 'PUT';
  /** Send exactly these headers with the body: they are part of the signature. */
  headers: Record<string, string>;
  expiresAt: string;
}

/** The answer for a document of several page images: one PUT per page, in page order. */
export interface MultiPageUploadTicket {
  uploadId: string;
  docId: string;
  expiresAt: string;
  pages: Array<{
    /** 1-based, in the order the request listed the pages. */
    page: number;
    /** The page's sanitized file name as requested. */
    fileName: string;
    url: string;
    method: 'PUT';
    headers: Record<string, string>;
  }>;
}

export function makeCreateUpload(deps: CreateUploadDeps) {
  const newId = deps.newId ?? randomUUID;

  return async function createUpload(
    caller: Caller,
    agencyId: string,
    body: unknown,
  ): Promise<UploadTicket | MultiPageUploadTicket> {
    requireWriter(caller);
    const multi = isMultiPageBody(body) ? checkMultiPageRequest(body, deps.limits) : null;
    const request = multi
      ? {
          fileName: multi.fileName,
          originalFileName: multi.originalFileName,
          contentType: multi.pages[0]?.contentType ?? '',
          size: multi.size,
          sha256: multi.sha256,
        }
      : checkUploadRequest(body, deps.limits);
    const now = deps.clock.now();
    await checkAgencyQuota(deps, agencyId, request.size, now);
    const createdAt = now.toISOString();
    const expiresAt = new Date(now.getTime() + deps.limits.uploadUrlTtlSeconds * 1000).toISOString();
    const uploadId = newId();
    const docId = newId();
    const pages: UploadPage[] | null = multi
      ? multi.pages.map((p, i) => ({
          objectKey: incomingKey(agencyId, uploadId, pageFileName(i + 1, p.fileName)),
          fileName: p.fileName,
          contentType: p.contentType,
          size: p.size,
          sha256: p.sha256,
        }))
      : null;
    // A multi-page document's scan (GET /documents/{docId}/file) is its first page.
    const objectKey = pages?.[0]?.objectKey ?? incomingKey(agencyId, uploadId, request.fileName);

    const signed = await Promise.all(
      (pages ?? [{ objectKey, ...request }]).map((p) =>
        deps.presigner.presignPut({
          key: p.objectKey,
          contentType: p.contentType,
          size: p.size,
          sha256Base64: sha256HexToBase64(p.sha256),
          expiresInSeconds: deps.limits.uploadUrlTtlSeconds,
        }),
      ),
    );
    await deps.sessions.create({
      uploadId,
      docId,
      agencyId,
      objectKey,
      fileName: request.fileName,
      ...(request.originalFileName ? { originalFileName: request.originalFileName } : {}),
      contentType: request.contentType,
      size: request.size,
      sha256: request.sha256,
      ...(pages ? { pages } : {}),
      createdBy: caller.subject,
      createdAt,
      expiresAt,
    });
    const doc: DocumentRecord = {
      ...emptyClassification(),
      docId,
      agencyId,
      uploadId,
      status: 'uploading',
      reason: null,
      messageVi: 'Đang chờ tải tệp lên.',
      duplicateOf: null,
      sha256: request.sha256,
      size: request.size,
      contentType: request.contentType,
      fileName: request.fileName,
      ...(request.originalFileName ? { originalFileName: request.originalFileName } : {}),
      objectKey,
      ...(pages
        ? {
            pageFiles: pages.map((p) => ({ objectKey: p.objectKey, fileName: p.fileName, contentType: p.contentType })),
          }
        : {}),
      extractedKey: null,
      textractJobId: null,
      uploadedBy: caller.subject,
      createdAt,
      digitizedAt: null,
      updatedAt: createdAt,
      reviewedBy: null,
      reviewedAt: null,
      version: 1,
    };
    // Expires with the session unless a stage (or the reconciler's upload_expired) advances it first.
    await deps.documents.create(doc, {
      expiresAt: new Date(new Date(expiresAt).getTime() + UPLOAD_SESSION_GRACE_SECONDS * 1000).toISOString(),
    });
    if (pages) {
      return {
        uploadId,
        docId,
        expiresAt,
        pages: pages.map((p, i) => ({
          page: i + 1,
          fileName: p.fileName,
          url: signed[i]?.url ?? '',
          method: 'PUT' as const,
          headers: signed[i]?.headers ?? {},
        })),
      };
    }
    const [{ url, headers }] = signed as [{ url: string; headers: Record<string, string> }];
    return { uploadId, docId, url, method: 'PUT', headers, expiresAt };
  };
}
