/**
 * The paging helpers every store reads through: they must follow `LastEvaluatedKey` to the end (a store
 * that stopped after the first page would silently drop agencies, users or declarations), start where a
 * scan is told to resume, and stop a count early when asked. Pages are forced small with `Limit`.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAll, queryCount, scanItems } from '#shared/adapters/dynamodb/paging.ts';
import { startTestTable, type TestTable } from './dynalite-table.ts';

let table: TestTable;
const ITEMS = 7;

beforeAll(async () => {
  table = await startTestTable();
  for (let i = 0; i < ITEMS; i += 1) {
    await table.doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: 'PAGED', sk: `ITEM#${i}`, n: i } }));
  }
  await table.doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: 'OTHER', sk: 'ITEM#0' } }));
});
afterAll(async () => {
  await table?.close();
});

const byPartition = (limit: number) => ({
  TableName: table.tableName,
  KeyConditionExpression: 'pk = :pk',
  ExpressionAttributeValues: { ':pk': 'PAGED' },
  Limit: limit,
});

describe('DynamoDB paging', () => {
  it('reads every page of a query, in key order', async () => {
    const items = await queryAll(table.doc, byPartition(2));
    expect(items.map((item) => item.n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('counts over every page, and stops once it has counted enough', async () => {
    expect(await queryCount(table.doc, byPartition(3))).toBe(ITEMS);
    // With pages of 3, reaching 4 takes two pages; the third is never read.
    expect(await queryCount(table.doc, byPartition(3), 4)).toBe(6);
  });

  it('scans from the resume key it is given, to the end', async () => {
    const seen: unknown[] = [];
    for await (const item of scanItems(table.doc, {
      TableName: table.tableName,
      FilterExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'PAGED' },
      ExclusiveStartKey: { pk: 'PAGED', sk: 'ITEM#3' },
      Limit: 1,
    })) {
      seen.push(item.n);
    }
    expect(seen).toEqual([4, 5, 6]);
  });
});
