/**
 * Seeds a table (through the real stores) with what a report counts: agencies, inventory declarations and
 * documents given as the in-memory reader's MemoryDocument. Each document is created as an upload, then
 * saved with its final status, so the store writes the counting index and the counted years as the
 * pipeline would.
 */
import type { Agency, DocumentStatus, InventoryDeclaration } from '#shared/domain/types.ts';
import type { AllStores, DocumentRecord } from '#shared/ports.ts';
import type { MemoryDocument } from './memory-compliance-reader.ts';

export type SeededDocument = MemoryDocument & { status: DocumentStatus };

/** The stored record of seeded document number `i`, with `status`. */
export function complianceRecord(d: SeededDocument, i: number, status: DocumentStatus): DocumentRecord {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    kind: status === 'uploading' ? null : 'result',
    docType: 'khai-sinh',
    title: 'GIẤY KHAI SINH',
    docNumber: `${i}/KS`,
    issuer: null,
    level: null,
    place: null,
    issueDate: '2020-01-01',
    expiryDate: d.expiryDate,
    holder: null,
    confidence: 0.9,
    engine: 'tesseract',
    pages: 1,
    warnings: [],
    docId: `doc-${i}`,
    agencyId: d.agencyId,
    uploadId: `up-${i}`,
    status,
    reason: null,
    messageVi: null,
    duplicateOf: null,
    sha256: String(i).padStart(64, '0'),
    size: 1,
    contentType: 'image/png',
    fileName: `${i}.png`,
    objectKey: `incoming/${d.agencyId}/up-${i}/${i}.png`,
    extractedKey: null,
    textractJobId: null,
    uploadedBy: null,
    createdAt: d.createdAt ?? now,
    digitizedAt: d.digitizedAt,
    updatedAt: now,
    reviewedBy: null,
    reviewedAt: null,
    version: 0,
  };
}

export async function seedCompliance(
  stores: Pick<AllStores, 'agencies' | 'inventory' | 'documents'>,
  data: {
    agencies: readonly Agency[];
    inventories: readonly InventoryDeclaration[];
    documents: readonly SeededDocument[];
  },
): Promise<void> {
  for (const a of data.agencies) await stores.agencies.put(a);
  for (const d of data.inventories) await stores.inventory.declare(d);
  for (const [i, d] of data.documents.entries()) {
    await stores.documents.create(complianceRecord(d, i, 'uploading'), { expiresAt: '2030-01-01T00:00:00.000Z' });
    if (!(await stores.documents.save(complianceRecord(d, i, d.status), 0))) {
      throw new Error(`seed: document ${i} was written by someone else`);
    }
  }
}
