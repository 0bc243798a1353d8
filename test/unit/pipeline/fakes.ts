/**
 * Small in-memory ports for use-case and handler tests (no module mocking): an object store and a clock.
 */

import { extractedKey } from '#shared/domain/object-keys.ts';
import type { Classification, ExtractedText } from '#shared/domain/types.ts';
import { NotFoundError } from '#shared/errors.ts';
import type { ClassifyFn, Clock, DocumentRecord, ObjectReader } from '#shared/ports.ts';
import { emptyClassification } from '#shared/use-cases/classification-outcome.ts';

export function makeMemoryObjects(): ObjectReader & { objects: Map<string, Uint8Array>; puts: string[] } {
  const objects = new Map<string, Uint8Array>();
  const puts: string[] = [];
  return {
    objects,
    puts,
    async get(key) {
      const value = objects.get(key);
      if (!value) throw new NotFoundError('object_not_found', `object ${key} not found`, 'Không tìm thấy tệp.');
      return value;
    },
    async put(key, body) {
      puts.push(key);
      objects.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body);
    },
    async exists(key) {
      return objects.has(key);
    },
  };
}

export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set(next) {
      now = new Date(next);
    },
  };
}

export function sampleClassification(overrides: Partial<Classification> = {}): Classification {
  return {
    kind: 'result',
    docType: 'giay-phep-xay-dung',
    title: 'GIẤY PHÉP XÂY DỰNG',
    docNumber: '125/GPXD-UBND',
    issuer: 'UBND TỈNH ĐIỆN BIÊN / SỞ XÂY DỰNG',
    level: 'province',
    place: 'Điện Biên',
    issueDate: '2024-03-05',
    expiryDate: null,
    holder: 'Lò Văn Minh',
    confidence: 0.9,
    engine: 'pdf-text',
    pages: 1,
    warnings: [],
    ...overrides,
  };
}

/** A classify function that answers the classification written in the text's first line as JSON. */
export const jsonLineClassify: ClassifyFn = (text: ExtractedText) => {
  const line = text.pages[0]?.lines[0]?.text ?? '{}';
  return sampleClassification(JSON.parse(line) as Partial<Classification>);
};

export function textFor(overrides: Partial<Classification>): ExtractedText {
  return {
    engine: 'pdf-text',
    pages: [{ pageNumber: 1, lines: [{ text: JSON.stringify(overrides), confidence: 1 }] }],
  };
}

/**
 * A document record as the pipeline stores it once its text is extracted (status `extracted`, nothing
 * classified yet), for store and use-case tests; the object key follows the agency, upload and file name.
 */
export function sampleDocument(
  overrides: Partial<DocumentRecord> & Pick<DocumentRecord, 'docId' | 'agencyId'>,
): DocumentRecord {
  const { docId, agencyId } = overrides;
  const uploadId = overrides.uploadId ?? `u-${docId}`;
  const fileName = overrides.fileName ?? `${docId}.pdf`;
  return {
    ...emptyClassification(),
    uploadId,
    status: 'extracted',
    reason: null,
    messageVi: null,
    duplicateOf: null,
    sha256: docId.padEnd(64, '0'),
    size: 1,
    contentType: 'application/pdf',
    fileName,
    objectKey: `incoming/${agencyId}/${uploadId}/${fileName}`,
    extractedKey: extractedKey(docId),
    textractJobId: null,
    uploadedBy: null,
    createdAt: '2026-02-01T00:00:00.000Z',
    digitizedAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    reviewedBy: null,
    reviewedAt: null,
    version: 1,
    ...overrides,
  };
}
