/**
 * In-memory ComplianceReader for use-case tests: the counting rules of DESIGN.md applied to plain arrays
 * (the DynamoDB adapter answers the same questions with COUNT queries on its counting index).
 */
import type { Agency, InventoryDeclaration } from '#shared/domain/types.ts';
import type { ComplianceReader } from '#shared/ports.ts';

export interface MemoryDocument {
  agencyId: string;
  /** Any ISO instant, with an offset (`2025-12-31T23:30:00+07:00`) or in UTC. */
  digitizedAt: string;
  expiryDate: string | null;
  status:
    | 'classified'
    | 'confirmed'
    | 'needs_review'
    | 'rejected'
    | 'duplicate'
    | 'not_a_result'
    | 'expired'
    | 'pending_confirmation'
    | 'uploading'
    | 'extracting'
    | 'extracted';
  /** When it was uploaded (ISO instant; only the overdue count reads it). Default: its digitizedAt. */
  createdAt?: string;
  /** A review that overrode the pipeline (only `state` matters to the report). */
  override?: { state: 'pending' | 'confirmed' | 'rejected' };
}

export function agency(partial: Partial<Agency> & Pick<Agency, 'id' | 'name' | 'level'>): Agency {
  return { parentId: null, emails: [], validFrom: null, validTo: null, successorId: null, ...partial };
}

export function makeMemoryComplianceReader(data: {
  agencies: Agency[];
  inventories: InventoryDeclaration[];
  documents: MemoryDocument[];
}): ComplianceReader & { calls: number } {
  const reader = {
    calls: 0,
    async listAgencies() {
      reader.calls += 1;
      return data.agencies.map((a) => ({ ...a }));
    },
    async latestInventory(agencyId: string, onOrBefore: string) {
      reader.calls += 1;
      const candidates = data.inventories
        .filter((d) => d.agencyId === agencyId && d.asOf <= onOrBefore)
        .sort((a, b) => a.asOf.localeCompare(b.asOf));
      return candidates.at(-1) ?? null;
    },
    async countCounted(q: { agencyId: string; digitizedFrom: string | null; digitizedTo: string; validOn: string }) {
      reader.calls += 1;
      const from = q.digitizedFrom === null ? Number.NEGATIVE_INFINITY : Date.parse(q.digitizedFrom);
      const to = Date.parse(q.digitizedTo);
      return data.documents.filter((d) => {
        const at = Date.parse(d.digitizedAt);
        return (
          d.agencyId === q.agencyId &&
          (d.status === 'classified' || d.status === 'confirmed') &&
          at >= from &&
          at <= to &&
          (d.expiryDate === null || d.expiryDate >= q.validOn)
        );
      }).length;
    },
    async countOverdue(agencyId: string, createdBefore: string) {
      reader.calls += 1;
      return data.documents.filter(
        (d) =>
          d.agencyId === agencyId &&
          ['uploading', 'extracting', 'extracted'].includes(d.status) &&
          Date.parse(d.createdAt ?? d.digitizedAt) <= Date.parse(createdBefore),
      ).length;
    },
    async countPending(agencyId: string) {
      reader.calls += 1;
      const mine = data.documents.filter((d) => d.agencyId === agencyId);
      return {
        needsReview: mine.filter((d) => d.status === 'needs_review').length,
        rejected: mine.filter((d) => d.status === 'rejected').length,
        awaitingConfirmation: mine.filter((d) => d.status === 'pending_confirmation').length,
        overridden: mine.filter((d) => d.status === 'classified' && d.override?.state === 'confirmed').length,
      };
    },
  };
  return reader;
}
