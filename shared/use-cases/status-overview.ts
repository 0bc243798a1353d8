/**
 * `GET /overview` (admin): the province's documents by agency and status, what is stuck (a document still
 * in the pipeline — uploading, extracting, extracted — created longer ago than the threshold) and what waits
 * for a person (needs_review, pending_confirmation). Counts are `Select: COUNT` queries on each agency's
 * status index, a few per agency, run a few at a time; the stuck list names the oldest documents.
 * Cost: a COUNT still reads every item it counts, and gsi1 projects whole records, so one overview reads
 * the province's document records once (of the order of 1 GB per 500,000 documents: cents of read
 * capacity, seconds of time). Meant for an admin who opens the page, not for polling.
 */
import { z } from 'zod';
import type { DocumentStatus } from '#shared/domain/types.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import { ValidationError } from '#shared/errors.ts';
import type { AgencyStore, Clock, DocumentStore } from '#shared/ports.ts';

export const OVERVIEW_STATUSES = [
  'uploading',
  'extracting',
  'extracted',
  'classified',
  'needs_review',
  'pending_confirmation',
  'duplicate',
  'expired',
  'not_a_result',
  'rejected',
] as const satisfies readonly DocumentStatus[];

/** Still in the pipeline: past the threshold, something is wrong (a lost event, a failing stage). */
export const IN_PIPELINE = ['uploading', 'extracting', 'extracted'] as const satisfies readonly DocumentStatus[];
/** Waiting for a person: a clerk's review, an admin's confirmation. */
export const WAITING_FOR_PERSON = ['needs_review', 'pending_confirmation'] as const satisfies readonly DocumentStatus[];

/** Default threshold: the pipeline reconciler's processing deadline is 30 minutes; twice that is stuck. */
export const DEFAULT_STUCK_MINUTES = 60;
const STUCK_LIST_LIMIT = 50;
const CONCURRENCY = 8;

type Counts = Record<(typeof OVERVIEW_STATUSES)[number], number>;

const countsSchema = z.object(
  Object.fromEntries(OVERVIEW_STATUSES.map((s) => [s, z.number().int()])) as Record<
    (typeof OVERVIEW_STATUSES)[number],
    z.ZodNumber
  >,
);

const stuckDocumentSchema = z.object({
  docId: z.string(),
  agencyId: z.string(),
  status: z.enum(IN_PIPELINE),
  fileName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Minutes since the document was created. */
  ageMinutes: z.number().int(),
});

/** The answer of `GET /overview` (also its OpenAPI schema). */
export const statusOverviewSchema = z.object({
  asOf: z.string(),
  stuckAfterMinutes: z.number().int(),
  statuses: z.array(z.enum(OVERVIEW_STATUSES)),
  totals: countsSchema.extend({
    total: z.number().int(),
    stuck: z.number().int(),
    waiting: z.number().int(),
  }),
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      name: z.string(),
      level: z.string(),
      /** Past its validTo: its documents count for its successor. */
      retired: z.boolean(),
      counts: countsSchema,
      total: z.number().int(),
      /** In the pipeline for longer than the threshold. */
      stuck: z.number().int(),
      /** needs_review + pending_confirmation. */
      waiting: z.number().int(),
    }),
  ),
  /** The oldest stuck documents, province-wide (at most 50). */
  stuck: z.array(stuckDocumentSchema),
});
export type StatusOverview = z.infer<typeof statusOverviewSchema>;

async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

function stuckMinutes(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_STUCK_MINUTES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 60 * 24 * 60) {
    throw new ValidationError(
      'invalid_request',
      `invalid stuckAfterMinutes ${value}`,
      'stuckAfterMinutes phải là số phút nguyên từ 1 đến 86400 (60 ngày).',
    );
  }
  return n;
}

export function makeStatusOverview(deps: {
  agencies: Pick<AgencyStore, 'list'>;
  documents: Pick<DocumentStore, 'countByStatus' | 'oldestInStatus'>;
  clock: Clock;
}) {
  return async (query: { stuckAfterMinutes?: string } = {}): Promise<StatusOverview> => {
    const minutes = stuckMinutes(query.stuckAfterMinutes);
    const now = deps.clock.now();
    const cutoff = new Date(now.getTime() - minutes * 60_000).toISOString();
    const today = vnDateOf(now);
    const agencies = (await deps.agencies.list()).sort((a, b) => a.id.localeCompare(b.id));

    const rows = await inBatches(agencies, CONCURRENCY, async (agency) => {
      const values = await Promise.all(OVERVIEW_STATUSES.map((s) => deps.documents.countByStatus(agency.id, s)));
      const counts = Object.fromEntries(OVERVIEW_STATUSES.map((s, i) => [s, values[i] ?? 0])) as Counts;
      // Only statuses that hold documents at all can hold stuck ones.
      const stuckBy = await Promise.all(
        IN_PIPELINE.map((s) => (counts[s] > 0 ? deps.documents.countByStatus(agency.id, s, cutoff) : 0)),
      );
      const stuck = stuckBy.reduce((a, b) => a + b, 0);
      const oldest =
        stuck === 0
          ? []
          : (
              await Promise.all(
                IN_PIPELINE.map((s, i) =>
                  (stuckBy[i] ?? 0) > 0
                    ? deps.documents.oldestInStatus(agency.id, s, cutoff, STUCK_LIST_LIMIT)
                    : Promise.resolve([]),
                ),
              )
            ).flat();
      return {
        row: {
          agencyId: agency.id,
          name: agency.name,
          level: agency.level,
          retired: agency.validTo !== null && agency.validTo < today,
          counts,
          total: values.reduce((a, b) => a + b, 0),
          stuck,
          waiting: WAITING_FOR_PERSON.reduce((n, s) => n + counts[s], 0),
        },
        oldest,
      };
    });

    const totals = Object.fromEntries(
      OVERVIEW_STATUSES.map((s) => [s, rows.reduce((n, r) => n + r.row.counts[s], 0)]),
    ) as Counts;
    const stuck = rows
      .flatMap((r) => r.oldest)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .slice(0, STUCK_LIST_LIMIT)
      .map((d) => ({
        docId: d.docId,
        agencyId: d.agencyId,
        status: d.status as (typeof IN_PIPELINE)[number],
        fileName: d.fileName,
        createdAt: d.createdAt,
        updatedAt: d.updatedAt,
        ageMinutes: Math.floor((now.getTime() - new Date(d.createdAt).getTime()) / 60_000),
      }));
    return {
      asOf: now.toISOString(),
      stuckAfterMinutes: minutes,
      statuses: [...OVERVIEW_STATUSES],
      totals: {
        ...totals,
        total: rows.reduce((n, r) => n + r.row.total, 0),
        stuck: rows.reduce((n, r) => n + r.row.stuck, 0),
        waiting: rows.reduce((n, r) => n + r.row.waiting, 0),
      },
      agencies: rows.map((r) => r.row),
      stuck,
    };
  };
}
