/**
 * Reading a query or scan to its end, page by page, with lib-dynamodb's own paginators (they follow
 * `LastEvaluatedKey` and start from the input's `ExclusiveStartKey`), so no store spells the loop out.
 */
import {
  type DynamoDBDocumentClient,
  paginateQuery,
  paginateScan,
  type QueryCommandInput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';

/** Every item the query returns, over all pages. */
export async function queryAll(
  doc: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateQuery({ client: doc }, input)) items.push(...(page.Items ?? []));
  return items;
}

/** The number of items a `Select: 'COUNT'` query matches, stopping early once `atMost` is reached. */
export async function queryCount(
  doc: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'Select'>,
  atMost = Number.POSITIVE_INFINITY,
): Promise<number> {
  let count = 0;
  for await (const page of paginateQuery({ client: doc }, { ...input, Select: 'COUNT' })) {
    count += page.Count ?? 0;
    if (count >= atMost) break;
  }
  return count;
}

/** The scan's items, page by page, as they arrive (a generator: callers may stop early). */
export async function* scanItems(
  doc: DynamoDBDocumentClient,
  input: ScanCommandInput,
): AsyncGenerator<Record<string, unknown>> {
  for await (const page of paginateScan({ client: doc }, input)) yield* page.Items ?? [];
}
