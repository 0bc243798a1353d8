/**
 * `GET /documents/{docId}/file`: a short-lived presigned GET of the scan itself, so a reviewer sees the
 * paper beside the fields the pipeline read. Same visibility as the record (another agency's answers 404).
 * A document sent as page images also answers `pages`: one presigned GET per page, in order (`url` is page 1).
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
    const pages = doc.pageFiles
      ? await Promise.all(
          doc.pageFiles.map(async (p, i) => ({
            page: i + 1,
            url: await deps.presigner.presignGet({
              key: p.objectKey,
              contentType: p.contentType,
              fileName: p.fileName,
              expiresInSeconds: FILE_URL_TTL_SECONDS,
            }),
            contentType: p.contentType,
            fileName: p.fileName,
          })),
        )
      : null;
    return {
      url,
      contentType: doc.contentType,
      fileName: doc.fileName,
      ...(pages ? { pages } : {}),
      expiresAt: new Date(deps.clock.now().getTime() + FILE_URL_TTL_SECONDS * 1000).toISOString(),
    };
  };
}
