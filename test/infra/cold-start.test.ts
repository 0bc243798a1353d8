/**
 * Cold start of the real artifacts: each function is built with the infra's esbuild options, imported as
 * Lambda would import it (configuration read at import) and invoked with a real AWS event fixture against
 * the local emulators (dynalite, s3rver).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, type RunningS3, startDynalite, startS3rver } from '#local/emulators.ts';
import { fixturesAvailable, lambdaContext, readFixture } from '#test/handlers/fixtures.ts';
import { buildFunction } from './esbuild.ts';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

describe.skipIf(!fixturesAvailable)('cold start of the built functions', () => {
  let dir: string;
  let dynamo: RunningEmulator;
  let s3: RunningS3;
  const saved = { ...process.env };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sohoa-cold-'));
    dynamo = await startDynalite({ dataDir: dir });
    s3 = await startS3rver({ dataDir: dir, bucket: 'sohoa-cold' });
    Object.assign(process.env, {
      TABLE_NAME: 'sohoa-cold',
      BUCKET_NAME: 'sohoa-cold',
      PROVINCE_NAME: 'Tỉnh Thử',
      USER_POOL_ID: 'us-east-1_cold',
      INCOMING_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/incoming',
      EXTRACTED_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/extracted',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
    });
  }, 60_000);

  afterAll(async () => {
    process.env = saved;
    await Promise.allSettled([dynamo?.close(), s3?.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  async function load(name: 'api' | 'sheets' | 'classify' | 'reconcile'): Promise<Handler> {
    const { file } = await buildFunction(name, join(dir, name));
    const mod = (await import(pathToFileURL(file).href)) as { handler: Handler };
    return mod.handler;
  }

  /** The HTTP API's event for `method path`, without the authorizer's claims. */
  function unsigned(method: string, path: string) {
    const event = readFixture<{
      routeKey: string;
      rawPath: string;
      requestContext: { http: Record<string, string>; authorizer?: unknown };
    }>('events/apigw-http-v2.json');
    event.routeKey = `${method} ${path}`;
    event.rawPath = path;
    event.requestContext.http = { ...event.requestContext.http, method, path };
    delete event.requestContext.authorizer;
    return event;
  }

  it('api answers GET /progress without a token with 401 unauthorized, and serves no workbook route', async () => {
    const handler = await load('api');
    const response = (await handler(unsigned('GET', '/progress'), lambdaContext)) as {
      statusCode: number;
      body: string;
    };
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('unauthorized');
    const xlsx = (await handler(unsigned('GET', '/report/xlsx'), lambdaContext)) as {
      statusCode: number;
      body: string;
    };
    expect(xlsx.statusCode).toBe(404);
    expect(xlsx.body).toContain('route_not_found');
  }, 60_000);

  it('sheets answers GET /report/xlsx without a token with 401 unauthorized, and serves only workbook routes', async () => {
    const handler = await load('sheets');
    const response = (await handler(unsigned('GET', '/report/xlsx'), lambdaContext)) as {
      statusCode: number;
      body: string;
    };
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('unauthorized');
    const imports = (await handler(unsigned('POST', '/agencies/import'), lambdaContext)) as { statusCode: number };
    expect(imports.statusCode).toBe(401);
    const progress = (await handler(unsigned('GET', '/progress'), lambdaContext)) as {
      statusCode: number;
      body: string;
    };
    expect(progress.statusCode).toBe(404);
    expect(progress.body).toContain('route_not_found');
  }, 60_000);

  it('classify takes an SQS batch of an S3 event and reports no failed item', async () => {
    const handler = await load('classify');
    const event = readFixture('events/sqs-s3-put.json');
    const response = (await handler(event, lambdaContext)) as { batchItemFailures: unknown[] };
    expect(response.batchItemFailures).toEqual([]);
  }, 60_000);

  it('reconcile takes the scheduled event and reports a pass over an empty table', async () => {
    const { CreateTableCommand, DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { createTableInput } = await import('#shared/adapters/dynamodb/table.ts');
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint });
    await client.send(new CreateTableCommand(createTableInput('sohoa-cold')));
    client.destroy();
    const handler = await load('reconcile');
    const event = readFixture('events/eventbridge-scheduled.json');
    const result = (await handler(event, lambdaContext)) as { scanned: number; overdue: number; stuck: number };
    expect(result).toMatchObject({ scanned: 0, overdue: 0, stuck: 0 });
  }, 60_000);
});
