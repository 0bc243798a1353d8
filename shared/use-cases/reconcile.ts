/**
 * `sohoa reconcile`: recomputes, from the document items alone, what the counting index must hold (the
 * `cntpk`/`cntsk` attributes of accepted documents, and each agency's set of digitized years) and reports,
 * or with `fix` repairs, every difference. The index is a projection DynamoDB maintains from those
 * attributes, so checking them checks the counts the report reads.
 */
import { z } from 'zod';
import { countingKeys } from '#shared/domain/document-status.ts';
import { vnYearOf } from '#shared/domain/vn-time.ts';
import type { CountingEntry, DocumentStore } from '../ports.ts';

export interface CountingDrift {
  docId: string;
  agencyId: string;
  status: string;
  indexed: CountingEntry | null;
  expected: CountingEntry | null;
}

export interface ReconcileReport {
  scanned: number;
  /** Documents that must be in the counting index. */
  counted: number;
  /** Expected counted documents per agency and digitized year (Vietnam time). */
  byAgencyYear: Record<string, Record<string, number>>;
  drift: CountingDrift[];
  missingYears: { agencyId: string; years: number[] }[];
  fixed: boolean;
  /** Where the next pass resumes (`after`) when this one stopped at its `limit`; null when the scan ended. */
  next: string | null;
}

/**
 * `POST /reconcile`: one bounded pass (the CLI chains passes with `after` = the previous `next`; each pass
 * checks, and with `fix` repairs, the documents it scanned and their agencies' year lists).
 */
export const reconcileRequestSchema = z
  .object({
    agencyId: z.string().min(1).optional(),
    fix: z.boolean().optional(),
    after: z.string().min(1).optional(),
    limit: z.number().int().min(1).max(5000).optional(),
  })
  .strict();
export type ReconcileRequest = z.infer<typeof reconcileRequestSchema>;

function same(a: CountingEntry | null, b: CountingEntry | null): boolean {
  return a?.cntpk === b?.cntpk && a?.cntsk === b?.cntsk;
}

export function makeReconcile({ documents }: { documents: DocumentStore }) {
  return async (options: ReconcileRequest = {}): Promise<ReconcileReport> => {
    const report: ReconcileReport = {
      scanned: 0,
      counted: 0,
      byAgencyYear: {},
      drift: [],
      missingYears: [],
      fixed: false,
      next: null,
    };
    const yearsByAgency = new Map<string, Set<number>>();
    let last: string | null = null;
    let more = false;
    for await (const { doc, indexed } of documents.scan({ agencyId: options.agencyId, after: options.after })) {
      if (options.limit !== undefined && report.scanned >= options.limit) {
        more = true;
        break;
      }
      report.scanned += 1;
      last = doc.docId;
      const expected = countingKeys(doc);
      if (expected && doc.digitizedAt) {
        report.counted += 1;
        const year = vnYearOf(doc.digitizedAt);
        const perYear = report.byAgencyYear[doc.agencyId] ?? {};
        perYear[year] = (perYear[year] ?? 0) + 1;
        report.byAgencyYear[doc.agencyId] = perYear;
        const years = yearsByAgency.get(doc.agencyId) ?? new Set<number>();
        years.add(year);
        yearsByAgency.set(doc.agencyId, years);
      }
      if (!same(indexed, expected)) {
        report.drift.push({ docId: doc.docId, agencyId: doc.agencyId, status: doc.status, indexed, expected });
      }
    }
    for (const [agencyId, years] of yearsByAgency) {
      const recorded = new Set(await documents.countedYears(agencyId));
      const missing = [...years].filter((y) => !recorded.has(y)).sort();
      if (missing.length > 0) report.missingYears.push({ agencyId, years: missing });
    }
    if (options.fix) {
      for (const { agencyId, years } of report.missingYears) await documents.addCountedYears(agencyId, years);
      for (const d of report.drift) await documents.repairCounting(d.docId, d.expected);
      report.fixed = true;
    }
    report.next = more ? last : null;
    return report;
  };
}

/** Two consecutive passes as one (the CLI over `POST /reconcile`): the same report a single pass gives. */
export function mergeReconcileReports(a: ReconcileReport, b: ReconcileReport): ReconcileReport {
  const byAgencyYear: ReconcileReport['byAgencyYear'] = structuredClone(a.byAgencyYear);
  for (const [agencyId, years] of Object.entries(b.byAgencyYear)) {
    const perYear = byAgencyYear[agencyId] ?? {};
    for (const [year, n] of Object.entries(years)) perYear[year] = (perYear[year] ?? 0) + n;
    byAgencyYear[agencyId] = perYear;
  }
  const missing = new Map(a.missingYears.map((m) => [m.agencyId, new Set(m.years)]));
  for (const m of b.missingYears) {
    const years = missing.get(m.agencyId) ?? new Set<number>();
    for (const y of m.years) years.add(y);
    missing.set(m.agencyId, years);
  }
  return {
    scanned: a.scanned + b.scanned,
    counted: a.counted + b.counted,
    byAgencyYear,
    drift: [...a.drift, ...b.drift],
    missingYears: [...missing].map(([agencyId, years]) => ({ agencyId, years: [...years].sort() })),
    fixed: a.fixed && b.fixed,
    next: b.next,
  };
}
