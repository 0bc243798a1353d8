/**
 * A fresh in-memory dynalite with the project's table, on a random port (adapter and handler tests).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { createActiveTable } from '#shared/adapters/dynamodb/table.ts';

export interface TestTable {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** `http://127.0.0.1:<port>` (for a child process: AWS_ENDPOINT_URL_DYNAMODB). */
  endpoint: string;
  close(): Promise<void>;
}

export async function startTestTable(tableName = 'sohoa-test'): Promise<TestTable> {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  await createActiveTable(client, tableName);
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return {
    doc,
    tableName,
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      client.destroy();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
