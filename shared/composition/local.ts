/**
 * Composition of the local mode: dynalite + s3rver in-process, the same table and bucket definitions as the
 * CDK stack, the event router feeding the same handler factories as Lambda, and the local API server.
 * Nothing here branches inside an adapter: the adapters just get local endpoints.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableInput } from '#shared/adapters/dynamodb/table.ts';
import { ConfigError } from '#shared/domain/errors.ts';
import { type ApiHandler, LOCAL_HEALTH_PATH, startApiServer } from '#shared/local/api-server.ts';
import { type DevConfig, readDevConfig } from '#shared/local/dev-config.ts';
import {
  DYNALITE_CREDENTIALS,
  LOCAL_REGION,
  S3RVER_CREDENTIALS,
  startDynalite,
  startS3rver,
} from '#shared/local/emulators.ts';
import { type EventRouter, makeEventRouter, type RouterLogger } from '#shared/local/event-router.ts';
import { DEFAULT_DATA_DIR, loadOrCreateJwtKey } from '#shared/local/tokens.ts';
import { type Clock, systemClock } from '#shared/ports.ts';

export type { DevConfig } from '#shared/local/dev-config.ts';

export const LOCAL_TABLE = 'sohoa-local';
export const LOCAL_BUCKET = 'sohoa-local-documents';
export const DEFAULT_API_PORT = 4566;

export interface OpenLocalStackOptions {
  /** Where dynalite, s3rver, the JWT key, the outbox and dev.json live. Default `.sohoa`. */
  dataDir?: string;
  /** Delete the stored documents and table first (keeps the JWT key). */
  fresh?: boolean;
  /** API port; 0 = random. Default 4566. */
  port?: number;
  s3Port?: number;
  dynamoPort?: number;
  ocr?: 'tesseract';
  /** Parallel extract invocations (OCR is CPU-bound). Default 2. */
  extractConcurrency?: number;
  logger?: RouterLogger;
}

export interface LocalClients {
  dynamo: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  s3: S3Client;
}

export interface LocalDeps {
  clock: Clock;
}

export interface LocalStack {
  config: DevConfig;
  dataDir: string;
  /** `owned`: emulators run in this process; `connected`: talking to a running `sohoa dev`. */
  mode: 'owned' | 'connected';
  clients: LocalClients;
  deps: LocalDeps;
  /** The S3-event router (owned mode only): tests inject and redeliver events through it. */
  router: EventRouter | null;
  /** Resolves when the pipeline has nothing left to do (owned mode; connected mode resolves at once). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

function makeClients(config: Pick<DevConfig, 's3Endpoint' | 'dynamoEndpoint'>): LocalClients {
  const dynamo = new DynamoDBClient({
    endpoint: config.dynamoEndpoint,
    region: LOCAL_REGION,
    credentials: DYNALITE_CREDENTIALS,
  });
  const doc = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const s3 = new S3Client({
    endpoint: config.s3Endpoint,
    region: LOCAL_REGION,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
    // Otherwise presigned URLs carry a CRC32 of an empty body (DESIGN.md toolchain notes).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { dynamo, doc, s3 };
}

function makeDeps(_clients: LocalClients, _config: DevConfig, _dataDir: string): LocalDeps {
  return { clock: systemClock };
}

async function ensureTable(dynamo: DynamoDBClient, table: string): Promise<void> {
  try {
    await dynamo.send(new DescribeTableCommand({ TableName: table }));
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    await dynamo.send(new CreateTableCommand(createTableInput(table)));
  }
}

const notWired: ApiHandler = async () => ({
  statusCode: 503,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ error: 'not_ready', message: 'Dịch vụ chưa sẵn sàng.' }),
});

/**
 * Starts the whole local stack in this process. dynalite's LevelDB can be opened by one process only:
 * when a `sohoa dev` already runs on `dataDir`, use `connectOrOpenLocalStack` instead.
 */
export async function openLocalStack(options: OpenLocalStackOptions = {}): Promise<LocalStack> {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  if (options.fresh) {
    await rm(join(dataDir, 'dynamo'), { recursive: true, force: true });
    await rm(join(dataDir, 's3'), { recursive: true, force: true });
  }
  const jwtKey = await loadOrCreateJwtKey(dataDir);
  const closers: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => {});
  };
  try {
    const dynamoServer = await startDynalite({ dataDir, port: options.dynamoPort });
    closers.push(dynamoServer.close);
    const s3Server = await startS3rver({ dataDir, bucket: LOCAL_BUCKET, port: options.s3Port });
    closers.push(s3Server.close);
    const partial = { s3Endpoint: s3Server.endpoint, dynamoEndpoint: dynamoServer.endpoint };
    const clients = makeClients(partial);
    closers.push(async () => {
      clients.dynamo.destroy();
      clients.s3.destroy();
    });
    try {
      await ensureTable(clients.dynamo, LOCAL_TABLE);
    } catch (error) {
      throw new ConfigError(
        `cannot open the local DynamoDB in ${join(dataDir, 'dynamo')} (is another \`sohoa dev\` using it?): ${(error as Error).message}`,
        { cause: error },
      );
    }

    const router = makeEventRouter({ routes: [], logger: options.logger });
    closers.push(() => router.close());
    s3Server.onEvent((notification) => router.deliver(notification));

    const api = await startApiServer({
      handler: notWired,
      jwtKey,
      port: options.port ?? DEFAULT_API_PORT,
      onError: (error) => options.logger?.error('api handler failed', { error: String(error) }),
    });
    closers.push(api.close);

    const config: DevConfig = {
      apiUrl: api.url,
      ...partial,
      bucket: LOCAL_BUCKET,
      table: LOCAL_TABLE,
      tokens: {},
    };
    return {
      config,
      dataDir,
      mode: 'owned',
      clients,
      deps: makeDeps(clients, config, dataDir),
      router,
      idle: () => router.idle(),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Whether a `sohoa dev` answers at this API URL. */
export async function isDevServerRunning(apiUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL(LOCAL_HEALTH_PATH, apiUrl), { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * For CLI commands that work with or without a running `sohoa dev`: when `<dataDir>/dev.json` exists and its
 * API answers, connect to that server's endpoints (closing only closes the clients); otherwise open the stack
 * in-process (random ports) and close it after.
 */
export async function connectOrOpenLocalStack(options: Omit<OpenLocalStackOptions, 'fresh'> = {}): Promise<LocalStack> {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const running = await readDevConfig(dataDir);
  if (running && (await isDevServerRunning(running.apiUrl))) {
    const clients = makeClients(running);
    return {
      config: running,
      dataDir,
      mode: 'connected',
      clients,
      deps: makeDeps(clients, running, dataDir),
      router: null,
      idle: async () => {},
      close: async () => {
        clients.dynamo.destroy();
        clients.s3.destroy();
      },
    };
  }
  return openLocalStack({ port: 0, ...options, dataDir });
}
