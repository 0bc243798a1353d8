/**
 * The native part of the real assets: extract and report are built as infra builds them (the bundle, then
 * the packages bundling.ts copies with the Linux binaries of the host's architecture) into a folder outside
 * the repository, so nothing resolves from the repository's node_modules, and imported in a fresh Node
 * process as Lambda would (configuration read at import). Before the binaries were planned, such an asset
 * threw "DOMMatrix is not defined" at import, because pdfjs's own canvas had no binary. The extract asset is
 * also invoked, in such a process, with the S3 event of a text-layer PDF against dynalite and s3rver.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf } from '#demo/samples/render.ts';
import { TEMPLATES } from '#demo/samples/templates.ts';
import { binariesManifest, copiedModulesOf, copyCommands, hostArchitecture, planCopy } from '#infra/bundling.ts';
import { REPO_ROOT } from '#infra/functions.ts';
import { S3RVER_CREDENTIALS, startDynalite, startS3rver } from '#local/emulators.ts';
import { fixturesAvailable, lambdaContext, readFixture } from '#test/handlers/fixtures.ts';
import { buildFunction } from './esbuild.ts';

const ENV = {
  TABLE_NAME: 't',
  BUCKET_NAME: 'b',
  PROVINCE_NAME: 'Tỉnh Thử',
  MAIL_FROM: 'a@example.vn',
  REPORT_RECIPIENTS: 'b@example.vn',
  TARGET_POLICY: 'dien-bien-1536',
  TEXTRACT_SNS_TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:t',
  TEXTRACT_ROLE_ARN: 'arn:aws:iam::123456789012:role/t',
  OCR_ENGINE: 'textract',
  AWS_REGION: 'us-east-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const built = new Map<string, Promise<{ dir: string; plan: ReturnType<typeof planCopy> }>>();

/** Builds the asset once per run (the import test and the invocation test share it). */
function buildAsset(root: string, name: 'extract' | 'report') {
  let asset = built.get(name);
  if (!asset) {
    asset = buildAssetOnce(root, name);
    built.set(name, asset);
  }
  return asset;
}

async function buildAssetOnce(root: string, name: 'extract' | 'report') {
  const dir = join(root, name);
  await buildFunction(name, dir);
  const plan = planCopy(copiedModulesOf(name, 'textract'), hostArchitecture()!);
  for (const command of copyCommands(plan, REPO_ROOT, dir)) execFileSync('sh', ['-c', command]);
  return { dir, plan };
}

/** Runs `script` (an ES module body) in a fresh Node process started in the asset folder. */
function runIn(dir: string, script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    env: { PATH: process.env.PATH, ...ENV },
    encoding: 'utf8',
  }).trim();
}

/**
 * Imports the asset's handler in a fresh Node process started in `dir` and invokes it with `event`; resolves
 * the handler's JSON result. Asynchronous, so emulators served by this process keep answering.
 */
async function invokeIn(dir: string, env: Record<string, string>, event: unknown): Promise<unknown> {
  const script = `const { handler } = await import('./index.mjs');
    const out = await handler(JSON.parse(process.env.COLD_EVENT), JSON.parse(process.env.COLD_CONTEXT));
    console.log('RESULT ' + JSON.stringify(out));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      ...ENV,
      ...env,
      COLD_EVENT: JSON.stringify(event),
      COLD_CONTEXT: JSON.stringify(lambdaContext),
    },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no result from the handler:\n${stdout}`);
  return JSON.parse(line.slice('RESULT '.length));
}

describe.skipIf(hostArchitecture() === null || process.platform !== 'linux')('native parts of the assets', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-asset-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('extract starts, and its pdfjs finds the canvas binary it polyfills DOMMatrix with', async () => {
    const { dir, plan } = await buildAsset(root, 'extract');
    expect(binariesManifest(plan).binaries.map((b) => b.replace(/@[^@]+$/, ''))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^@napi-rs\/canvas-linux-/),
        expect.stringMatching(/^@img\/sharp-linux-/),
      ]),
    );
    const out = runIn(
      dir,
      `const m = await import('./index.mjs');
       await import('./node_modules/pdfjs-dist/legacy/build/pdf.mjs');
       const sharp = (await import('sharp')).default;
       const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).png().toBuffer();
       console.log(typeof m.handler, typeof globalThis.DOMMatrix, png.subarray(1, 4).toString());`,
    );
    expect(out.split('\n').at(-1)).toBe('function function PNG');
  }, 120_000);

  it('report starts and draws a chart with its resvg binary', async () => {
    const { dir } = await buildAsset(root, 'report');
    const out = runIn(
      dir,
      `const m = await import('./index.mjs');
       const { Resvg } = await import('@resvg/resvg-js');
       const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>').render().asPng();
       console.log(typeof m.handler, png.subarray(1, 4).toString());`,
    );
    expect(out.split('\n').at(-1)).toBe('function PNG');
    expect((await readFile(join(dir, 'node_modules/dejavu-fonts-ttf/package.json'), 'utf8')).length).toBeGreaterThan(0);
  }, 120_000);

  it.skipIf(!fixturesAvailable)(
    'extract, invoked with the SQS-wrapped S3 event of an uploaded text-layer PDF, reads it with pdf-text into extracted/',
    async () => {
      const { dir } = await buildAsset(root, 'extract');
      const dynamo = await startDynalite({ dataDir: root });
      const s3 = await startS3rver({ dataDir: root, bucket: 'sohoa-asset' });
      try {
        const [{ CreateTableCommand, DynamoDBClient }, { DynamoDBDocumentClient }, { createTableInput }] =
          await Promise.all([
            import('@aws-sdk/client-dynamodb'),
            import('@aws-sdk/lib-dynamodb'),
            import('#shared/adapters/dynamodb/table.ts'),
          ]);
        const { makeDynamoStores } = await import('#shared/adapters/dynamodb/stores.ts');
        const { emptyClassification } = await import('#shared/use-cases/create-upload.ts');
        const { PutObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
        const client = new DynamoDBClient({
          endpoint: dynamo.endpoint,
          region: 'us-east-1',
          credentials: S3RVER_CREDENTIALS,
        });
        await client.send(new CreateTableCommand(createTableInput('sohoa-asset')));
        const stores = makeDynamoStores({
          doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
          tableName: 'sohoa-asset',
        });

        // A born-digital Vietnamese document, uploaded as POST /uploads records it.
        const template = TEMPLATES[0]!;
        const sample = composeDocument({ docType: template.id, level: template.levels[0]!, seed: 13 });
        const bytes = await renderPdf(sample.blocks);
        const objectKey = 'incoming/ubnd-xa-lanh/up-cold/ho-so.pdf';
        const session = {
          uploadId: 'up-cold',
          docId: 'doc-cold',
          agencyId: 'ubnd-xa-lanh',
          objectKey,
          fileName: 'ho-so.pdf',
          contentType: 'application/pdf',
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          createdBy: 'clerk',
          createdAt: '2026-03-05T02:10:00.000Z',
          expiresAt: '2099-03-05T02:25:00.000Z',
        };
        await stores.sessions.create(session);
        await stores.documents.create(
          {
            ...emptyClassification(),
            docId: session.docId,
            agencyId: session.agencyId,
            uploadId: session.uploadId,
            status: 'uploading',
            reason: null,
            messageVi: null,
            duplicateOf: null,
            sha256: session.sha256,
            size: session.size,
            contentType: session.contentType,
            fileName: session.fileName,
            objectKey,
            extractedKey: null,
            textractJobId: null,
            uploadedBy: 'clerk',
            createdAt: session.createdAt,
            digitizedAt: null,
            updatedAt: session.createdAt,
            reviewedBy: null,
            reviewedAt: null,
            version: 1,
          },
          { expiresAt: '2099-04-01T00:00:00.000Z' },
        );
        const s3Client = new S3Client({
          endpoint: s3.endpoint,
          region: 'us-east-1',
          forcePathStyle: true,
          credentials: S3RVER_CREDENTIALS,
        });
        await s3Client.send(
          new PutObjectCommand({ Bucket: 'sohoa-asset', Key: objectKey, Body: bytes, ContentType: 'application/pdf' }),
        );
        s3Client.destroy();

        const event = readFixture<SQSEvent>('events/sqs-s3-put.json');
        const record = event.Records[0]!;
        const body = JSON.parse(record.body);
        body.Records[0].s3.bucket.name = 'sohoa-asset';
        body.Records[0].s3.object.key = objectKey;
        body.Records[0].s3.object.size = bytes.length;
        record.body = JSON.stringify(body);

        const out = await invokeIn(
          dir,
          {
            TABLE_NAME: 'sohoa-asset',
            BUCKET_NAME: 'sohoa-asset',
            AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
            AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
            AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
            AWS_ENDPOINT_URL_S3: s3.endpoint,
            // Any Textract call would fail here: a text-layer PDF must not reach OCR.
            AWS_ENDPOINT_URL_TEXTRACT: 'http://127.0.0.1:9',
          },
          event,
        );
        expect(out).toEqual({ batchItemFailures: [] });
        expect(await stores.documents.get('doc-cold')).toMatchObject({
          status: 'extracted',
          engine: 'pdf-text',
          pages: 1,
          extractedKey: 'extracted/doc-cold.json',
        });
        const stored = await fetch(`${s3.endpoint}/sohoa-asset/extracted/doc-cold.json`);
        expect(stored.status).toBe(200);
        const text = (await stored.json()) as { engine: string; pages: { lines: { text: string }[] }[] };
        expect(text.engine).toBe('pdf-text');
        const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
        expect(sample.truth.title?.length).toBeGreaterThan(10);
        expect(flat(text.pages.flatMap((p) => p.lines.map((l) => l.text)).join(' '))).toContain(
          flat(sample.truth.title ?? ''),
        );
        client.destroy();
      } finally {
        await Promise.allSettled([dynamo.close(), s3.close()]);
      }
    },
    120_000,
  );
});
