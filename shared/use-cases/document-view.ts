/**
 * What `GET /documents/{docId}` answers: the `extract --json` field names plus `status`, `reason` and the
 * Vietnamese `message`, and the pipeline facts a clerk needs. Internal fields (keys, version) stay inside.
 */
import type { DocumentRecord } from '../ports.ts';

export function toDocumentView(doc: DocumentRecord) {
  return {
    docId: doc.docId,
    agencyId: doc.agencyId,
    status: doc.status,
    reason: doc.reason,
    message: doc.messageVi,
    duplicateOf: doc.duplicateOf,
    kind: doc.kind,
    docType: doc.docType,
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    level: doc.level,
    place: doc.place,
    issueDate: doc.issueDate,
    expiryDate: doc.expiryDate,
    holder: doc.holder,
    confidence: doc.confidence,
    engine: doc.engine,
    pages: doc.pages,
    warnings: doc.warnings,
    /** Which phrases and rules decided the type (for the reviewer). */
    reasons: doc.reasons ?? [],
    fileName: doc.fileName,
    /** The name as sent, with invisible and bidirectional characters written out (`<U+202E>`); safe to show. */
    originalFileName: doc.originalFileName ?? doc.fileName,
    contentType: doc.contentType,
    size: doc.size,
    sha256: doc.sha256,
    createdAt: doc.createdAt,
    digitizedAt: doc.digitizedAt,
    updatedAt: doc.updatedAt,
    reviewedBy: doc.reviewedBy,
    reviewedAt: doc.reviewedAt,
    /** A review that overrode the pipeline: pending, confirmed or rejected by an admin (null: none). */
    override: doc.override ?? null,
  };
}
export type DocumentView = ReturnType<typeof toDocumentView>;
