/**
 * `sohoa reclassify`: runs classification again over the stored texts (`extracted/{docId}.json`), without
 * OCR, after the rules improved. Each document moves with the same conditional write as the classify
 * stage, so counts follow exactly (a document that becomes `classified` enters the counting index, one
 * that stops being `classified` leaves it). Documents a person reviewed keep the person's decision.
 */
import { z } from 'zod';
import { isAccepted, isReclassifiable } from '#shared/domain/document-status.ts';
import { NotFoundError } from '#shared/errors.ts';
import type { Clock } from '#shared/ports.ts';
import type { DocumentRecord, DocumentStore, ObjectReader } from '../ports.ts';
import { advance } from './advance.ts';
import { type CatalogueSource, fixedCatalogue } from './catalogue.ts';
import { type ClassifyDeps, classifiedRecord, readExtractedText } from './classify-document.ts';

export interface ReclassifyDeps {
  documents: DocumentStore;
  objects: Pick<ObjectReader, 'get'>;
  classify: ClassifyDeps['classify'];
  needsReview?: ClassifyDeps['needsReview'];
  /** The catalogue in force, read once per run: a type an admin added or changed applies to every stored text. */
  catalogue?: CatalogueSource;
  clock: Clock;
}

export interface ReclassifyReport {
  scanned: number;
  /** Documents whose stored text was classified again. */
  reclassified: number;
  /** …of which the stored record changed. */
  changed: number;
  /** `from→to` status moves. */
  transitions: Record<string, number>;
  /** Change in the number of accepted (counted) documents. */
  countedDelta: number;
  skipped: { reviewed: number; notClassifiable: number; noText: number };
  errors: { docId: string; error: string }[];
  /** Where the next pass resumes (`after`) when this one stopped at its `limit`; null when the scan ended. */
  next: string | null;
}

/** `POST /reclassify`: one bounded pass (the CLI chains passes with `after` = the previous `next`). */
export const reclassifyRequestSchema = z
  .object({
    agencyId: z.string().min(1).optional(),
    after: z.string().min(1).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type ReclassifyRequest = z.infer<typeof reclassifyRequestSchema>;

const COMPARED: (keyof DocumentRecord)[] = [
  'status',
  'reason',
  'kind',
  'docType',
  'title',
  'docNumber',
  'issuer',
  'level',
  'place',
  'issueDate',
  'expiryDate',
  'holder',
  'confidence',
  'duplicateOf',
];

function sameOutcome(a: DocumentRecord, b: DocumentRecord): boolean {
  return COMPARED.every((key) => JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null));
}

function eligible(doc: DocumentRecord): boolean {
  return doc.status === 'extracted' || isReclassifiable(doc.status, doc.reviewedBy !== null);
}

export function makeReclassify(deps: ReclassifyDeps) {
  return async (
    options: ReclassifyRequest & { onProgress?: (done: number) => void } = {},
  ): Promise<ReclassifyReport> => {
    const report: ReclassifyReport = {
      scanned: 0,
      reclassified: 0,
      changed: 0,
      transitions: {},
      countedDelta: 0,
      skipped: { reviewed: 0, notClassifiable: 0, noText: 0 },
      errors: [],
      next: null,
    };
    const types = await deps.catalogue?.current();
    const run = { ...deps, catalogue: types ? fixedCatalogue(types) : undefined };
    let last: string | null = null;
    let more = false;
    for await (const { doc } of deps.documents.scan({ agencyId: options.agencyId, after: options.after })) {
      if (options.limit !== undefined && report.scanned >= options.limit) {
        more = true;
        break;
      }
      report.scanned += 1;
      last = doc.docId;
      options.onProgress?.(report.scanned);
      if (!eligible(doc)) {
        if (doc.reviewedBy !== null) report.skipped.reviewed += 1;
        else report.skipped.notClassifiable += 1;
        continue;
      }
      try {
        const text = await readExtractedText(deps.objects, doc.docId);
        report.reclassified += 1;
        const out = await advance(deps.documents, deps.clock, doc.docId, async (current) => {
          if (!eligible(current)) return null;
          const next = await classifiedRecord(run, current, text);
          return sameOutcome(current, next) ? null : next;
        });
        if (out.written) {
          report.changed += 1;
          const move = `${out.previous.status}→${out.doc.status}`;
          report.transitions[move] = (report.transitions[move] ?? 0) + 1;
          report.countedDelta += Number(isAccepted(out.doc.status)) - Number(isAccepted(out.previous.status));
        }
      } catch (error) {
        if (error instanceof NotFoundError) report.skipped.noText += 1;
        else report.errors.push({ docId: doc.docId, error: error instanceof Error ? error.message : String(error) });
      }
    }
    report.next = more ? last : null;
    return report;
  };
}

/** Two consecutive passes as one (the CLI over `POST /reclassify`): the same report a single pass gives. */
export function mergeReclassifyReports(a: ReclassifyReport, b: ReclassifyReport): ReclassifyReport {
  const transitions = { ...a.transitions };
  for (const [move, n] of Object.entries(b.transitions)) transitions[move] = (transitions[move] ?? 0) + n;
  return {
    scanned: a.scanned + b.scanned,
    reclassified: a.reclassified + b.reclassified,
    changed: a.changed + b.changed,
    transitions,
    countedDelta: a.countedDelta + b.countedDelta,
    skipped: {
      reviewed: a.skipped.reviewed + b.skipped.reviewed,
      notClassifiable: a.skipped.notClassifiable + b.skipped.notClassifiable,
      noText: a.skipped.noText + b.skipped.noText,
    },
    errors: [...a.errors, ...b.errors],
    next: b.next,
  };
}
