/**
 * `GET /documents/{docId}/file`: a short-lived presigned GET of the scan itself, so a reviewer sees the
 * paper beside the fields the pipeline read. Same visibility as the record (another agency's answers 404).
 */

import type { Clock } from '#shared/ports.ts';
import type { DocumentStore, ScanPresigner } from '../ports.ts';
import { type Caller, maySee, notFound } from './access.ts';

/** Long enough to open a multi-page PDF, short enough that a copied link soon stops working. */
export const FILE_URL_TTL_SECONDS = 300;

export function makeGetDocumentFile(deps: { documents: DocumentStore; presigner: ScanPresigner; clock: Clock }) {
  return async (caller: Caller, docId: string) => {
    const doc = await deps.documents.get(docId);
    if (!doc || !maySee(caller, doc.agencyId) || !doc.objectKey) throw notFound('document');
    const url = await deps.presigner.presignGet({
      key: doc.objectKey,
      contentType: doc.contentType,
      fileName: doc.fileName,
      expiresInSeconds: FILE_URL_TTL_SECONDS,
    });
    return {
      url,
      contentType: doc.contentType,
      fileName: doc.fileName,
      expiresAt: new Date(deps.clock.now().getTime() + FILE_URL_TTL_SECONDS * 1000).toISOString(),
    };
  };
}
