/**
 * The single DynamoDB table's key schema, used by the CDK stack and by the local mode's CreateTable, so
 * both create exactly the same table. Item layout is documented in docs/data-model.md.
 *
 * - `pk`/`sk`: primary key of every item.
 * - `gsi1` (`gsi1pk`/`gsi1sk`): listings (agencies; an agency's documents by status and time).
 * - `counted` (`cntpk`/`cntsk`): sparse counting index. Only accepted documents carry it:
 *   `cntpk = {agencyId}#{digitizedYear}` (year in Asia/Ho_Chi_Minh), `cntsk = {expiryDate|9999-12-31}#{docId}`,
 *   so "still valid on D" is `cntsk >= D` and the report counts with `Select: COUNT`.
 */
import { CreateTableCommand, type DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';

export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAtEpoch',
  indexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: 'ALL', nonKeyAttributes: [] },
    // digitizedAt is projected so a period (digitized between two instants) is a filter on the same query.
    {
      indexName: 'counted',
      partitionKey: 'cntpk',
      sortKey: 'cntsk',
      projection: 'INCLUDE',
      nonKeyAttributes: ['digitizedAt'],
    },
  ],
} as const;

export type TableIndexName = (typeof TABLE_KEYS.indexes)[number]['indexName'];

/** CreateTable input for DynamoDB-compatible endpoints (dynalite in the local mode and tests). */
export function createTableInput(tableName: string) {
  const attributeNames = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
  for (const index of TABLE_KEYS.indexes) {
    attributeNames.add(index.partitionKey);
    attributeNames.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [...attributeNames].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: TABLE_KEYS.indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection:
        index.projection === 'INCLUDE'
          ? { ProjectionType: index.projection, NonKeyAttributes: [...index.nonKeyAttributes] }
          : { ProjectionType: index.projection },
    })),
  };
}

/**
 * Creates the table on a DynamoDB-compatible endpoint and returns once it is ACTIVE. dynalite answers
 * CreateTable with a CREATING table and turns it ACTIVE on a timer (even with `createTableMs: 0`); until
 * then every read and write is ResourceNotFoundException, and under load the first write beat the timer.
 */
export async function createActiveTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilActive(client, tableName);
}

/** Waits until the table is ACTIVE (an existing one is at once). */
export async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  await waitUntilTableExists({ client, minDelay: 0.02, maxDelay: 0.2, maxWaitTime: 10 }, { TableName: tableName });
}
