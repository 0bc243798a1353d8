/**
 * `sohoa reconcile`: recomputes, from the document items alone, what the counting index must hold (the
 * `cntpk`/`cntsk` attributes of accepted documents, and each agency's set of digitized years) and reports,
 * or with `fix` repairs, every difference. The index is a projection DynamoDB maintains from those
 * attributes, so checking them checks the counts the report reads.
 */
import { countingKeys, vietnamYear } from '#shared/domain/document-status.ts';
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
}

function same(a: CountingEntry | null, b: CountingEntry | null): boolean {
  return a?.cntpk === b?.cntpk && a?.cntsk === b?.cntsk;
}

export function makeReconcile({ documents }: { documents: DocumentStore }) {
  return async (options: { agencyId?: string; fix?: boolean } = {}): Promise<ReconcileReport> => {
    const report: ReconcileReport = {
      scanned: 0,
      counted: 0,
      byAgencyYear: {},
      drift: [],
      missingYears: [],
      fixed: false,
    };
    const yearsByAgency = new Map<string, Set<number>>();
    for await (const { doc, indexed } of documents.scan({ agencyId: options.agencyId })) {
      report.scanned += 1;
      const expected = countingKeys(doc);
      if (expected && doc.digitizedAt) {
        report.counted += 1;
        const year = vietnamYear(doc.digitizedAt);
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
    return report;
  };
}
