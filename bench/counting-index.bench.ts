/**
 * Report-count cost on the sparse `counted` index (docs/data-model.md): time of the `Select: COUNT`
 * queries the report runs for one agency, at 10^5 documents (and 10^6 with SOHOA_BENCH_1M=1: loading a
 * million items into dynalite takes minutes), on an in-memory dynalite. Also the bytes one counted
 * document adds to the index, by DynamoDB's item-size rules.
 * `npm run bench -- counting-index`
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { keys } from '#shared/adapters/dynamodb/items.ts';
import { createActiveTable } from '#shared/adapters/dynamodb/table.ts';
import type { BenchResult } from './run.ts';

const TABLE = 'sohoa-bench';
const AGENCY = 'ubnd-huyen-tuan-giao';
const YEARS = [2022, 2023, 2024, 2025, 2026];

/** DynamoDB item size: attribute names + string values (UTF-8); an index entry copies keys + projected attributes. */
function indexEntryBytes(docId: string): number {
  const attrs: Record<string, string> = {
    pk: `DOC#${docId}`,
    sk: 'DOC',
    cntpk: `${AGENCY}#2025`,
    cntsk: `9999-12-31#${docId}`,
    digitizedAt: '2025-06-30T03:04:05.678Z',
  };
  // +100 bytes of per-entry index overhead, as DynamoDB bills it.
  return Object.entries(attrs).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0) + 100;
}

async function load(doc: DynamoDBDocumentClient, from: number, to: number): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = from; i < to; i += 25) {
    const items: Record<string, unknown>[] = [];
    for (let j = i; j < Math.min(i + 25, to); j++) {
      const docId = `doc-${String(j).padStart(8, '0')}`;
      const year = YEARS[j % YEARS.length]!;
      // A third of the documents expire over the years, the rest are open-ended.
      const expiry = j % 3 === 0 ? `${year + 1 + (j % 4)}-0${1 + (j % 9)}-15` : '9999-12-31';
      const day = String(1 + (j % 28)).padStart(2, '0');
      items.push({
        ...keys.document(docId),
        type: 'document',
        agencyId: AGENCY,
        status: 'classified',
        cntpk: `${AGENCY}#${year}`,
        cntsk: `${expiry}#${docId}`,
        digitizedAt: `${year}-0${1 + (j % 9)}-${day}T03:00:00.000Z`,
      });
    }
    batches.push(items);
  }
  // A few writers in parallel: dynalite is single-threaded, so more does not help.
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < batches.length) {
        const items = batches[next++]!;
        let request: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = {
          [TABLE]: items.map((Item) => ({ PutRequest: { Item } })),
        };
        while (request && Object.keys(request).length > 0) {
          const out = await doc.send(new BatchWriteCommand({ RequestItems: request }));
          request = out.UnprocessedItems as typeof request;
        }
      }
    }),
  );
}

export default async function countingIndexBench(): Promise<BenchResult[]> {
  const server: Server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const doc = DynamoDBDocumentClient.from(client);
  const results: BenchResult[] = [];
  try {
    await createActiveTable(client, TABLE);
    await doc.send(
      new UpdateCommand({
        TableName: TABLE,
        Key: keys.countedYears(AGENCY),
        UpdateExpression: 'ADD #years :years',
        ExpressionAttributeNames: { '#years': 'years' },
        ExpressionAttributeValues: { ':years': new Set(YEARS) },
      }),
    );
    const reader = makeDynamoComplianceReader({ doc, tableName: TABLE });
    const sizes = process.env.SOHOA_BENCH_1M === '1' ? [100_000, 1_000_000] : [100_000];
    let loaded = 0;
    for (const size of sizes) {
      const loadStart = performance.now();
      await load(doc, loaded, size);
      const loadSeconds = (performance.now() - loadStart) / 1000;
      loaded = size;
      // What the report asks per agency: cumulative valid on D, and digitized within the year.
      const cumulative = {
        agencyId: AGENCY,
        digitizedFrom: null,
        digitizedTo: '2026-06-30T16:59:59.999Z',
        validOn: '2026-06-30',
      };
      const inYear = { ...cumulative, digitizedFrom: '2025-12-31T17:00:00.000Z' };
      await reader.countCounted(cumulative);
      const start = performance.now();
      const counted = await reader.countCounted(cumulative);
      const cumulativeMs = performance.now() - start;
      const start2 = performance.now();
      await reader.countCounted(inYear);
      const yearMs = performance.now() - start2;
      results.push(
        {
          name: `count valid documents of one agency, ${size.toLocaleString('en')} documents`,
          value: cumulativeMs,
          unit: 'ms (dynalite, Select COUNT)',
          notes: `${counted.toLocaleString('en')} counted; ${YEARS.length} year partitions; load ${Math.round(size / loadSeconds)} items/s`,
        },
        {
          name: `count digitized this year, ${size.toLocaleString('en')} documents`,
          value: yearMs,
          unit: 'ms (dynalite, Select COUNT + digitizedAt filter)',
        },
      );
    }
    const perEntry = indexEntryBytes('doc-00000001');
    results.push({
      name: 'counting index size per counted document',
      value: perEntry,
      unit: 'bytes',
      notes: `≈ ${((perEntry * 1_000_000) / 1024 / 1024).toFixed(0)} MB of index for 10^6 documents; a 1 MB COUNT page covers ≈ ${Math.floor((1024 * 1024) / (perEntry - 100))} entries`,
    });
  } finally {
    client.destroy();
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return results;
}
