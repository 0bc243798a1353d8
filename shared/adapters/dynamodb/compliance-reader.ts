/**
 * `ComplianceReader` over the single table. Counts come from the sparse `counted` index with
 * `Select: COUNT` queries, one per digitized year of the agency (docs/data-model.md "Counting").
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { NON_TERMINAL_STATUSES } from '#shared/domain/document-status.ts';
import { startOfVnDay, vnYearOf as vietnamYear } from '#shared/domain/vn-time.ts';
import type { ComplianceReader } from '#shared/ports.ts';
import { documentsGsi1pk, keys } from './items.ts';
import { queryCount } from './paging.ts';
import { type DynamoStoresOptions, makeDynamoAgencyStore, makeDynamoInventoryStore } from './stores.ts';

/** First instant of a Vietnam calendar year, as an ISO instant. */
const vietnamYearStart = (year: number): string => startOfVnDay(`${year}-01-01`);

export function makeDynamoComplianceReader({ doc, tableName }: DynamoStoresOptions): ComplianceReader {
  const agencies = makeDynamoAgencyStore({ doc, tableName });
  const inventory = makeDynamoInventoryStore({ doc, tableName });

  async function countedYears(agencyId: string): Promise<number[]> {
    const out = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.countedYears(agencyId), ConsistentRead: true }),
    );
    const years = out.Item?.years;
    return years instanceof Set ? [...years].map(Number).sort((a, b) => a - b) : [];
  }

  async function count(input: {
    index: 'counted' | 'gsi1';
    keyCondition: string;
    values: Record<string, unknown>;
    filter?: string;
    names?: Record<string, string>;
  }): Promise<number> {
    return queryCount(doc, {
      TableName: tableName,
      IndexName: input.index,
      KeyConditionExpression: input.keyCondition,
      FilterExpression: input.filter,
      ExpressionAttributeNames: input.names,
      ExpressionAttributeValues: input.values,
    });
  }

  return {
    listAgencies: () => agencies.list(),
    latestInventory: (agencyId, onOrBefore) => inventory.latest(agencyId, onOrBefore),

    async countCounted({ agencyId, digitizedFrom, digitizedTo, validOn }) {
      const to = new Date(digitizedTo).toISOString();
      const from = digitizedFrom === null ? null : new Date(digitizedFrom).toISOString();
      const lastYear = vietnamYear(to);
      const firstYear = from === null ? Number.NEGATIVE_INFINITY : vietnamYear(from);
      const years = (await countedYears(agencyId)).filter((y) => y >= firstYear && y <= lastYear);
      const counts = await Promise.all(
        years.map((year) => {
          // Only a year cut by the bounds needs the digitizedAt filter; whole years are pure key queries.
          const cutBelow = from !== null && from > vietnamYearStart(year);
          const cutAbove = to < vietnamYearStart(year + 1);
          const filters: string[] = [];
          const values: Record<string, unknown> = { ':pk': `${agencyId}#${year}`, ':valid': validOn };
          if (cutBelow) {
            filters.push('digitizedAt >= :from');
            values[':from'] = from;
          }
          if (cutAbove) {
            filters.push('digitizedAt <= :to');
            values[':to'] = to;
          }
          return count({
            index: 'counted',
            keyCondition: 'cntpk = :pk AND cntsk >= :valid',
            values,
            filter: filters.length > 0 ? filters.join(' AND ') : undefined,
          });
        }),
      );
      return counts.reduce((sum, n) => sum + n, 0);
    },

    async countOverdue(agencyId, createdBefore) {
      // The status index sorts by `{status}#{createdAt}#{docId}`: one range per non-terminal state.
      const counts = await Promise.all(
        NON_TERMINAL_STATUSES.map((status) =>
          count({
            index: 'gsi1',
            keyCondition: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
            values: { ':pk': documentsGsi1pk(agencyId), ':from': `${status}#`, ':to': `${status}#${createdBefore}` },
          }),
        ),
      );
      return counts.reduce((sum, n) => sum + n, 0);
    },

    async countPending(agencyId) {
      const pending = (status: string) =>
        count({
          index: 'gsi1',
          keyCondition: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
          values: { ':pk': documentsGsi1pk(agencyId), ':prefix': `${status}#` },
        });
      const [needsReview, rejected, awaitingConfirmation, overridden] = await Promise.all([
        pending('needs_review'),
        pending('rejected'),
        pending('pending_confirmation'),
        // Reads the agency's accepted documents (a filter, not a key): once per report, like reconcile.
        count({
          index: 'gsi1',
          keyCondition: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
          values: { ':pk': documentsGsi1pk(agencyId), ':prefix': 'classified#', ':confirmed': 'confirmed' },
          filter: '#override.#state = :confirmed',
          names: { '#override': 'override', '#state': 'state' },
        }),
      ]);
      return { needsReview, rejected, awaitingConfirmation, overridden };
    },
  };
}
