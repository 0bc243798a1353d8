/**
 * `POST /uploads`: validates the declared file, records an upload session and the document (status
 * `uploading`), and answers a presigned PUT that makes S3 enforce the declared type, size and SHA-256.
 */
import { randomUUID } from 'node:crypto';
import { incomingKey } from '#shared/domain/object-keys.ts';
import { checkUploadRequest, sha256HexToBase64, UPLOAD_SESSION_GRACE_SECONDS } from '#shared/domain/upload-rules.ts';
import type { Clock } from '#shared/ports.ts';
import type { DocumentRecord, DocumentStore, UploadPresigner, UploadSessionStore } from '../ports.ts';
import { type Caller, requireWriter } from './access.ts';

export interface CreateUploadDeps {
  documents: DocumentStore;
  sessions: UploadSessionStore;
  presigner: UploadPresigner;
  clock: Clock;
  limits: { maxUploadBytes: number; uploadUrlTtlSeconds: number };
  newId?: () => string;
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

export function makeCreateUpload(deps: CreateUploadDeps) {
  const newId = deps.newId ?? randomUUID;
  return async (caller: Caller, agencyId: string, body: unknown): Promise<UploadTicket> => {
    requireWriter(caller);
    const request = checkUploadRequest(body, deps.limits);
    const now = deps.clock.now();
    const createdAt = now.toISOString();
    const expiresAt = new Date(now.getTime() + deps.limits.uploadUrlTtlSeconds * 1000).toISOString();
    const uploadId = newId();
    const docId = newId();
    const objectKey = incomingKey(agencyId, uploadId, request.fileName);

    const { url, headers } = await deps.presigner.presignPut({
      key: objectKey,
      contentType: request.contentType,
      size: request.size,
      sha256Base64: sha256HexToBase64(request.sha256),
      expiresInSeconds: deps.limits.uploadUrlTtlSeconds,
    });
    await deps.sessions.create({
      uploadId,
      docId,
      agencyId,
      objectKey,
      fileName: request.fileName,
      contentType: request.contentType,
      size: request.size,
      sha256: request.sha256,
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
      objectKey,
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
    return { uploadId, docId, url, method: 'PUT', headers, expiresAt };
  };
}

/** Classification fields of a document not classified yet. */
export function emptyClassification(): Omit<DocumentRecord, Exclude<keyof DocumentRecord, ClassificationField>> {
  return {
    kind: null,
    docType: null,
    title: null,
    docNumber: null,
    issuer: null,
    level: null,
    place: null,
    issueDate: null,
    expiryDate: null,
    holder: null,
    confidence: 0,
    engine: null,
    pages: 0,
    warnings: [],
  };
}

type ClassificationField =
  | 'kind'
  | 'docType'
  | 'title'
  | 'docNumber'
  | 'issuer'
  | 'level'
  | 'place'
  | 'issueDate'
  | 'expiryDate'
  | 'holder'
  | 'confidence'
  | 'engine'
  | 'pages'
  | 'warnings';
