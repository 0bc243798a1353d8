/**
 * Optimistic state advance: read, decide, write conditionally on the version read; on a lost race read
 * again and decide again (the new state may make the move unnecessary). This is what makes every stage
 * idempotent under SQS redelivery and reordering without transactions.
 */
import type { Clock } from '#shared/ports.ts';
import type { DocumentRecord, DocumentStore } from '../ports.ts';

export type AdvanceResult =
  | { written: true; doc: DocumentRecord; previous: DocumentRecord }
  | { written: false; doc: DocumentRecord | null };

export async function advance(
  documents: DocumentStore,
  clock: Clock,
  docId: string,
  decide: (current: DocumentRecord) => Promise<DocumentRecord | null> | DocumentRecord | null,
  maxAttempts = 5,
): Promise<AdvanceResult> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const current = await documents.get(docId);
    if (!current) return { written: false, doc: null };
    const next = await decide(current);
    if (!next) return { written: false, doc: current };
    const written = { ...next, updatedAt: clock.now().toISOString(), version: current.version + 1 };
    if (await documents.save(written, current.version)) return { written: true, doc: written, previous: current };
  }
  throw new Error(`document ${docId}: too many concurrent updates`);
}
