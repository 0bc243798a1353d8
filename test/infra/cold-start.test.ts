/**
 * Cold start of the real artifacts: each function is built with the infra's esbuild options, imported as
 * Lambda would import it (configuration read at import) and invoked with a real AWS event fixture against
 * the local emulators (dynalite, s3rver; Textract is a local HTTP server answering with a real response, so
 * no call leaves the machine). Cognito's pre-token event has no fixture: it is built from the aws-lambda types.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PreTokenGenerationV2TriggerEvent, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RunningEmulator,
  type RunningS3,
  S3RVER_CREDENTIALS,
  startDynalite,
  startS3rver,
} from '#local/emulators.ts';
import { FIXTURES_DIR, fixturesAvailable, lambdaContext, readFixture } from '#test/handlers/fixtures.ts';
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
      // s3rver checks the key pair; dynalite ignores it.
      AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
    });
  }, 60_000);

  afterAll(async () => {
    process.env = saved;
    await Promise.allSettled([dynamo?.close(), s3?.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  async function load(
    name: 'api' | 'sheets' | 'route' | 'classify' | 'reconcile' | 'textract-collect' | 'pre-token',
  ): Promise<Handler> {
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

  it("route re-sends the S3 event of an upload to extract's queue under its agency's message group", async () => {
    // A local SQS answering SendMessage as SQS does (JSON protocol; the client checks the body's MD5).
    const sends: Record<string, unknown>[] = [];
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => {
        const input = JSON.parse(raw) as { MessageBody: string };
        sends.push({ target: req.headers['x-amz-target'], ...input });
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(
          JSON.stringify({
            MessageId: randomUUID(),
            MD5OfMessageBody: createHash('md5').update(input.MessageBody).digest('hex'),
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    // The SQS client sends to the queue URL's own host: the queue lives on the local server.
    const queueUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/123456789012/incoming`;
    const previousUrl = process.env.INCOMING_QUEUE_URL;
    process.env.INCOMING_QUEUE_URL = queueUrl;
    try {
      const handler = await load('route');
      const event = readFixture<SQSEvent>('events/sqs-s3-put.json');
      const body = JSON.parse(event.Records[0]!.body);
      body.Records[0].s3.object.key = 'incoming/so-tu-phap/u-cold/ho-so.pdf';
      event.Records[0]!.body = JSON.stringify(body);
      const response = (await handler(event, lambdaContext)) as { batchItemFailures: unknown[] };
      expect(response.batchItemFailures).toEqual([]);
      expect(sends).toEqual([
        expect.objectContaining({
          target: 'AmazonSQS.SendMessage',
          QueueUrl: queueUrl,
          MessageGroupId: 'so-tu-phap',
          MessageBody: event.Records[0]!.body,
        }),
      ]);
    } finally {
      process.env.INCOMING_QUEUE_URL = previousUrl;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 60_000);

  it('classify takes an SQS batch of an S3 event and reports no failed item', async () => {
    const handler = await load('classify');
    const event = readFixture('events/sqs-s3-put.json');
    const response = (await handler(event, lambdaContext)) as { batchItemFailures: unknown[] };
    expect(response.batchItemFailures).toEqual([]);
  }, 60_000);

  let table: Promise<void> | undefined;
  /** Creates the table once (reconcile runs first, over it empty). */
  function createTable(): Promise<void> {
    table ??= (async () => {
      const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
      const { createActiveTable } = await import('#shared/adapters/dynamodb/table.ts');
      const client = new DynamoDBClient({ endpoint: dynamo.endpoint });
      await createActiveTable(client, 'sohoa-cold');
      client.destroy();
    })();
    return table;
  }

  async function stores() {
    await createTable();
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { DynamoDBDocumentClient } = await import('@aws-sdk/lib-dynamodb');
    const { makeDynamoStores } = await import('#shared/adapters/dynamodb/stores.ts');
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: dynamo.endpoint }), {
      marshallOptions: { removeUndefinedValues: true },
    });
    return makeDynamoStores({ doc, tableName: 'sohoa-cold' });
  }

  it('reconcile takes the scheduled event and reports a pass over an empty table', async () => {
    await createTable();
    const handler = await load('reconcile');
    const event = readFixture('events/eventbridge-scheduled.json');
    const result = (await handler(event, lambdaContext)) as { scanned: number; overdue: number; stuck: number };
    expect(result).toMatchObject({ scanned: 0, overdue: 0, stuck: 0 });
  }, 60_000);

  /** Textract's SNS completion message (the documented example) for `jobId`, carried by SQS as an SNS envelope. */
  function completion(jobId: string, status: string): SQSEvent {
    // Without the example's job tag (the docId fallback when the job binding is not written yet).
    const { JobTag: _tag, ...message } = readFixture<Record<string, unknown>>(
      'events/textract-sns-message.docs-example.json',
    );
    const envelope = readFixture<{ Records: { Sns: Record<string, unknown> }[] }>('events/sns-generic.json').Records[0]!
      .Sns;
    envelope.Message = JSON.stringify({ ...message, JobId: jobId, Status: status });
    const record = readFixture<SQSEvent>('events/sqs-generic.json').Records[0]!;
    return { Records: [{ ...record, messageId: `m-${jobId}`, body: JSON.stringify(envelope) }] };
  }

  /** A local Textract answering GetDocumentTextDetection with the real one-page response. */
  async function localTextract(): Promise<{ server: Server; endpoint: string; targets: string[] }> {
    const body = await readFile(join(FIXTURES_DIR, 'textract/get-document-text-detection.async-nexttoken-null.json'));
    const targets: string[] = [];
    const server = createServer((req, res) => {
      targets.push(String(req.headers['x-amz-target']));
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    return { server, endpoint: `http://127.0.0.1:${port}`, targets };
  }

  it('textract-collect retries a completion no document owns, and stores the text of a seeded extracting document', async () => {
    const { documents } = await stores();
    const { emptyClassification } = await import('#shared/use-cases/classification-outcome.ts');
    await documents.create(
      {
        ...emptyClassification(),
        docId: 'cold-tx',
        agencyId: 'ubnd-huyen-tuan-giao',
        uploadId: 'u-cold-tx',
        status: 'extracting',
        reason: null,
        messageVi: null,
        duplicateOf: null,
        sha256: 'c'.repeat(64),
        size: 1000,
        contentType: 'application/pdf',
        fileName: 'ho-so.pdf',
        objectKey: 'incoming/ubnd-huyen-tuan-giao/u-cold-tx/ho-so.pdf',
        extractedKey: null,
        textractJobId: 'job-cold',
        uploadedBy: null,
        createdAt: '2026-03-05T02:00:00.000Z',
        digitizedAt: '2026-03-05T02:01:00.000Z',
        updatedAt: '2026-03-05T02:01:00.000Z',
        reviewedBy: null,
        reviewedAt: null,
        version: 1,
      },
      { expiresAt: '2099-04-01T00:00:00.000Z' },
    );
    await documents.bindJob('job-cold', 'cold-tx');
    const textract = await localTextract();
    process.env.AWS_ENDPOINT_URL_TEXTRACT = textract.endpoint;
    try {
      const handler = await load('textract-collect');
      // No document owns the job: the message goes back to the queue (it may overtake the extract stage).
      const unknown = (await handler(completion('job-nobody', 'SUCCEEDED'), lambdaContext)) as {
        batchItemFailures: { itemIdentifier: string }[];
      };
      expect(unknown.batchItemFailures).toEqual([{ itemIdentifier: 'm-job-nobody' }]);
      expect(textract.targets).toEqual([]);

      const done = (await handler(completion('job-cold', 'SUCCEEDED'), lambdaContext)) as {
        batchItemFailures: unknown[];
      };
      expect(done.batchItemFailures).toEqual([]);
      expect(textract.targets).toEqual(['Textract.GetDocumentTextDetection']);
      expect(await documents.get('cold-tx')).toMatchObject({ status: 'extracted', engine: 'textract', pages: 1 });
      const stored = await fetch(`${s3.endpoint}/sohoa-cold/extracted/cold-tx.json`);
      expect(stored.status).toBe(200);
      const text = (await stored.json()) as { engine: string; pages: { lines: unknown[] }[] };
      expect(text.engine).toBe('textract');
      expect(text.pages[0]!.lines.length).toBeGreaterThan(0);
    } finally {
      delete process.env.AWS_ENDPOINT_URL_TEXTRACT;
      textract.server.closeAllConnections();
      await new Promise<void>((resolve) => textract.server.close(() => resolve()));
    }
  }, 60_000);

  /** Cognito's pre-token-generation (V2) event for a user with these attributes. */
  function signIn(userAttributes: Record<string, string>): PreTokenGenerationV2TriggerEvent {
    return {
      version: '2',
      region: 'us-east-1',
      userPoolId: 'us-east-1_cold',
      triggerSource: 'TokenGeneration_Authentication',
      userName: 'can-bo',
      callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'cold-client' },
      request: {
        userAttributes: { sub: '7f3e0b1c-0000-4000-8000-000000000001', email_verified: 'true', ...userAttributes },
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: undefined },
        scopes: ['openid', 'email'],
      },
      response: { claimsAndScopeOverrideDetails: {} },
    };
  }

  it('pre-token refuses a user without an agency or of an unknown one, and gives the claims of a seeded agency', async () => {
    const { agencies } = await stores();
    await agencies.put({
      id: 'ubnd-xa-lanh',
      name: 'UBND xã Lạnh',
      level: 'province',
      parentId: null,
      emails: [],
      validFrom: null,
      validTo: null,
      successorId: null,
    });
    const handler = await load('pre-token');
    // Throwing denies the sign-in: no token without an agency, nor for an agency missing from the table.
    await expect(handler(signIn({ 'custom:role': 'clerk' }), lambdaContext)).rejects.toThrow(/no agencyId\/role/);
    await expect(
      handler(signIn({ 'custom:role': 'clerk', 'custom:agencyId': 'ubnd-xa-khac' }), lambdaContext),
    ).rejects.toThrow('agency ubnd-xa-khac of the caller does not exist');
    const out = (await handler(
      signIn({ 'custom:role': 'clerk', 'custom:agencyId': 'ubnd-xa-lanh' }),
      lambdaContext,
    )) as PreTokenGenerationV2TriggerEvent;
    const claims = { agencyId: 'ubnd-xa-lanh', role: 'clerk' };
    expect(out.response.claimsAndScopeOverrideDetails).toEqual({
      idTokenGeneration: { claimsToAddOrOverride: claims },
      accessTokenGeneration: { claimsToAddOrOverride: claims },
    });
  }, 60_000);
});
