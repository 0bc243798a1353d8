/**
 * Scoring of classifications against corpus truth: accuracy per field, the project's review decision
 * (`reviewReasons`, the same code as the pipeline), precision of automatic acceptance, automation rate,
 * the type confusion matrix and the list of misses.
 *
 * - type: kind and docType both right (a result of unknown type is right when it comes back as a result
 *   with docType null); result-vs-not: kind right. Both over all documents.
 * - docNumber, issueDate, level, expiryDate: over the documents whose truth is a result. Numbers compare
 *   without spaces and case ("CH 01234" = "CH01234"); nothing else is forgiven ("2112024" ≠ "211/2024").
 * - accepted: no review reason. Right: type right and, for a result, number, issue date, level and expiry
 *   right. precision = right and accepted / accepted; automation = accepted / all.
 */
import { reviewReasons } from '#shared/domain/review.ts';
import type { Classification } from '#shared/domain/types.ts';
import type { CorpusTruth } from './kit.ts';

export const FIELDS = ['docNumber', 'issueDate', 'level', 'expiryDate'] as const;
export type Field = (typeof FIELDS)[number];

export interface Scored {
  file: string;
  truth: CorpusTruth;
  got: Classification;
}

export interface Miss {
  file: string;
  field: 'type' | 'kind' | Field | 'accepted-wrong';
  expected: string;
  got: string;
}

export interface CorpusScore {
  documents: number;
  results: number;
  type: number;
  kind: number;
  fields: Record<Field, number>;
  accepted: number;
  acceptedRight: number;
  /** Share of accepted documents that are right (NaN when none accepted). */
  precision: number;
  automation: number;
  confusion: Map<string, Map<string, number>>;
  misses: Miss[];
  /** The documents sent to review, with their reasons (right or not: a needless review costs a clerk). */
  reviewed: { file: string; reasons: string[] }[];
}

const normNumber = (s: string | null) => (s === null ? null : s.replace(/\s+/g, '').toUpperCase());

export function fieldRight(f: Field, truth: CorpusTruth, got: Classification): boolean {
  if (f === 'docNumber') return normNumber(truth.docNumber) === normNumber(got.docNumber);
  return truth[f] === got[f];
}

export const typeLabel = (kind: string, docType: string | null) =>
  kind === 'result' ? (docType ?? 'result:unknown-type') : 'not_a_result';

export function scoreCorpus(items: Scored[]): CorpusScore {
  const fields: Record<Field, number> = { docNumber: 0, issueDate: 0, level: 0, expiryDate: 0 };
  const misses: Miss[] = [];
  const reviewed: CorpusScore['reviewed'] = [];
  const confusion = new Map<string, Map<string, number>>();
  let type = 0;
  let kind = 0;
  let results = 0;
  let accepted = 0;
  let acceptedRight = 0;
  for (const { file, truth, got } of items) {
    const expectedLabel = typeLabel(truth.kind, truth.docType);
    const gotLabel = typeLabel(got.kind, got.docType);
    const row = confusion.get(expectedLabel) ?? new Map<string, number>();
    row.set(gotLabel, (row.get(gotLabel) ?? 0) + 1);
    confusion.set(expectedLabel, row);
    const kindOk = got.kind === truth.kind;
    const typeOk = kindOk && got.docType === truth.docType;
    if (kindOk) kind++;
    if (typeOk) type++;
    else misses.push({ file, field: kindOk ? 'type' : 'kind', expected: expectedLabel, got: gotLabel });
    let allRight = typeOk;
    if (truth.kind === 'result') {
      results++;
      for (const f of FIELDS) {
        if (fieldRight(f, truth, got)) fields[f]++;
        else {
          allRight = false;
          misses.push({ file, field: f, expected: String(truth[f]), got: String(got[f]) });
        }
      }
    }
    const reasons = reviewReasons(got);
    if (reasons.length > 0) reviewed.push({ file, reasons });
    if (reasons.length === 0) {
      accepted++;
      if (allRight) acceptedRight++;
      else misses.push({ file, field: 'accepted-wrong', expected: 'review or right', got: 'accepted without review' });
    }
  }
  const pct = (n: number, d: number) => (d === 0 ? Number.NaN : (n / d) * 100);
  return {
    documents: items.length,
    results,
    type: pct(type, items.length),
    kind: pct(kind, items.length),
    fields: {
      docNumber: pct(fields.docNumber, results),
      issueDate: pct(fields.issueDate, results),
      level: pct(fields.level, results),
      expiryDate: pct(fields.expiryDate, results),
    },
    accepted,
    acceptedRight,
    precision: pct(acceptedRight, accepted),
    automation: pct(accepted, items.length),
    confusion,
    misses,
    reviewed,
  };
}

/** The confusion matrix as text: one line per expected type, with what it came back as (off-diagonal first). */
export function formatConfusion(confusion: Map<string, Map<string, number>>): string {
  const lines: string[] = [];
  for (const [expected, row] of [...confusion].sort(([a], [b]) => a.localeCompare(b))) {
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    const right = row.get(expected) ?? 0;
    const wrong = [...row]
      .filter(([k]) => k !== expected)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ×${n}`);
    lines.push(`  ${expected}: ${right}/${total}${wrong.length ? ` — ${wrong.join(', ')}` : ''}`);
  }
  return lines.join('\n');
}
