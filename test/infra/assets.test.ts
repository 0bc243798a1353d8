/**
 * The native part of the real assets: extract and report are built as infra builds them (the bundle, then
 * the packages bundling.ts copies with the Linux binaries of the host's architecture) into a folder outside
 * the repository, so nothing resolves from the repository's node_modules, and imported in a fresh Node
 * process as Lambda would (configuration read at import). Before the binaries were planned, such an asset
 * threw "DOMMatrix is not defined" at import, because pdfjs's own canvas had no binary. Both are also
 * invoked in such a process against dynalite and s3rver: extract with the S3 event of a text-layer PDF,
 * report with the scheduled event over a seeded table, its SES client pointed (AWS_ENDPOINT_URL_SESV2, as
 * Textract's is elsewhere) at a local HTTP server that answers SendEmail as SES v2 does and keeps the raw
 * MIME, which the test parses with mailparser and opens with exceljs.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SQSEvent } from 'aws-lambda';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf } from '#demo/samples/render.ts';
import { TEMPLATES } from '#demo/samples/templates.ts';
import { binariesManifest, copiedModulesOf, copyCommands, hostArchitecture, planCopy } from '#infra/bundling.ts';
import { REPO_ROOT } from '#infra/functions.ts';
import { S3RVER_CREDENTIALS, startDynalite, startS3rver } from '#local/emulators.ts';
import { fixturesAvailable, lambdaContext, readFixture } from '#test/handlers/fixtures.ts';
import { agency } from '#test/support/memory-compliance-reader.ts';
import { type SeededDocument, seedCompliance } from '#test/support/seed-compliance.ts';
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

/** The project's table in dynalite at `endpoint`, created, with the real stores over it. */
async function openTable(endpoint: string, tableName: string) {
  const [
    { CreateTableCommand, DynamoDBClient },
    { DynamoDBDocumentClient },
    { createTableInput },
    { makeDynamoStores },
  ] = await Promise.all([
    import('@aws-sdk/client-dynamodb'),
    import('@aws-sdk/lib-dynamodb'),
    import('#shared/adapters/dynamodb/table.ts'),
    import('#shared/adapters/dynamodb/stores.ts'),
  ]);
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: S3RVER_CREDENTIALS });
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  const stores = makeDynamoStores({
    doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    tableName,
  });
  return { client, stores };
}

interface SesRequest {
  method: string;
  path: string;
  /** SigV4 signing scope (`…/us-east-1/ses/aws4_request`): the client signed for SES. */
  authorization: string;
  body: {
    FromEmailAddress?: string;
    Destination?: { ToAddresses?: string[] };
    Content?: { Raw?: { Data?: string } };
  };
}

/**
 * A local SES v2 answering SendEmail (`POST /v2/email/outbound-emails`, REST-JSON) as SES does: 200 with
 * `{"MessageId": …}` and a request id; anything else is SES's 404 for an unknown operation.
 */
async function localSes(): Promise<{ server: Server; endpoint: string; requests: SesRequest[]; ids: string[] }> {
  const requests: SesRequest[] = [];
  const ids: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      if (req.method !== 'POST' || path !== '/v2/email/outbound-emails') {
        res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' });
        res.end(JSON.stringify({ message: 'Unknown operation' }));
        return;
      }
      requests.push({
        method: req.method,
        path,
        authorization: String(req.headers.authorization ?? ''),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      // SES message ids look like 0100018c…-uuid-000000.
      const id = `0100019${Date.now().toString(16)}-${randomUUID()}-000000`;
      ids.push(id);
      res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() });
      res.end(JSON.stringify({ MessageId: id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { server, endpoint: `http://127.0.0.1:${port}`, requests, ids };
}

/** Reads an .xlsx sheet as rows of cell texts (exceljs, as a recipient's spreadsheet would open it). */
async function sheetRows(bytes: Buffer, sheet: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

/** A small province for the report: two agencies with report addresses, one without; 2026 documents. */
const REPORT_AGENCIES = [
  agency({ id: 'so-tp', name: 'Sở Tư pháp', level: 'province', emails: ['sotp@dienbien.gov.vn'] }),
  agency({ id: 'x-muong-nhe', name: 'UBND xã Mường Nhé', level: 'commune', emails: ['muongnhe@dienbien.gov.vn'] }),
  agency({ id: 'x-sin-thau', name: 'UBND xã Sín Thầu', level: 'commune' }),
];
const REPORT_INVENTORIES = [
  { agencyId: 'so-tp', asOf: '2025-12-31', totalValid: 10, estimated: false },
  { agencyId: 'x-muong-nhe', asOf: '2025-12-31', totalValid: 4, estimated: false },
  { agencyId: 'x-sin-thau', asOf: '2026-01-15', totalValid: 5, estimated: true },
];
const REPORT_DOCUMENTS: SeededDocument[] = [
  { agencyId: 'so-tp', digitizedAt: '2026-03-02T03:00:00.000Z', expiryDate: null, status: 'classified' },
  { agencyId: 'so-tp', digitizedAt: '2026-06-10T03:00:00.000Z', expiryDate: null, status: 'classified' },
  { agencyId: 'so-tp', digitizedAt: '2026-10-20T03:00:00.000Z', expiryDate: null, status: 'classified' },
  { agencyId: 'so-tp', digitizedAt: '2026-10-21T03:00:00.000Z', expiryDate: null, status: 'needs_review' },
  { agencyId: 'x-muong-nhe', digitizedAt: '2026-10-05T03:00:00.000Z', expiryDate: null, status: 'classified' },
  { agencyId: 'x-muong-nhe', digitizedAt: '2026-04-05T03:00:00.000Z', expiryDate: null, status: 'classified' },
];

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
        const { client, stores } = await openTable(dynamo.endpoint, 'sohoa-asset');
        const { emptyClassification } = await import('#shared/use-cases/classification-outcome.ts');
        const { PutObjectCommand, S3Client } = await import('@aws-sdk/client-s3');

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
  it.skipIf(!fixturesAvailable)(
    'report, invoked with the scheduled event, e-mails the month just ended through SES v2 with its chart, workbook and CSV',
    async () => {
      const { dir } = await buildAsset(root, 'report');
      const data = join(root, 'report-data');
      const dynamo = await startDynalite({ dataDir: data });
      const s3 = await startS3rver({ dataDir: data, bucket: 'sohoa-report' });
      const ses = await localSes();
      try {
        const { client, stores } = await openTable(dynamo.endpoint, 'sohoa-report');
        await seedCompliance(stores, {
          agencies: REPORT_AGENCIES,
          inventories: REPORT_INVENTORIES,
          documents: REPORT_DOCUMENTS,
        });
        client.destroy();

        const event = readFixture<{ time: string }>('events/eventbridge-scheduled.json');
        event.time = '2026-11-01T00:00:00Z'; // 07:00 on 1/11/2026 in Vietnam: October's report
        const out = await invokeIn(
          dir,
          {
            TABLE_NAME: 'sohoa-report',
            BUCKET_NAME: 'sohoa-report',
            PROVINCE_NAME: 'Điện Biên',
            MAIL_FROM: 'sohoa@dienbien.gov.vn',
            REPORT_RECIPIENTS: 'lanhdao@dienbien.gov.vn, vanphong@dienbien.gov.vn',
            AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
            AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
            AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
            AWS_ENDPOINT_URL_S3: s3.endpoint,
            AWS_ENDPOINT_URL_SESV2: ses.endpoint,
          },
          event,
        );
        expect(out).toMatchObject({
          year: 2026,
          asOf: '2026-10-31',
          period: 'month',
          summaryMessageId: ses.ids[0],
          agencyEmails: 2,
          skipped: 1,
          failed: [],
        });

        // The summary, then one e-mail per agency with an address (Sín Thầu has none), all signed for SES.
        expect(ses.requests.map((r) => r.body.Destination?.ToAddresses)).toEqual([
          ['lanhdao@dienbien.gov.vn', 'vanphong@dienbien.gov.vn'],
          ['sotp@dienbien.gov.vn'],
          ['muongnhe@dienbien.gov.vn'],
        ]);
        for (const r of ses.requests) {
          expect(r.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=S3RVER\/\d{8}\/us-east-1\/ses\/aws4_request/);
          expect(r.body.FromEmailAddress).toBe('sohoa@dienbien.gov.vn');
        }
        const [summary, sotp, muongNhe] = await Promise.all(
          ses.requests.map((r) =>
            simpleParser(Buffer.from(r.body.Content?.Raw?.Data ?? '', 'base64'), { keepCidLinks: true }),
          ),
        );

        expect(summary!.subject).toBe('[Số hóa KQ TTHC] Báo cáo tiến độ tháng 10/2026 – tỉnh Điện Biên');
        expect(summary!.from?.value).toEqual([{ address: 'sohoa@dienbien.gov.vn', name: '' }]);
        const to = Array.isArray(summary!.to) ? summary!.to : [summary!.to];
        expect(to.flatMap((a) => a?.value.map((v) => v.address))).toEqual([
          'lanhdao@dienbien.gov.vn',
          'vanphong@dienbien.gov.vn',
        ]);
        expect(summary!.text).toContain(
          'Tiến độ số hóa kết quả giải quyết TTHC còn hiệu lực tháng 10/2026 – tỉnh Điện Biên',
        );
        expect(summary!.text).toContain('UBND xã Mường Nhé');
        expect(summary!.text).toContain('Chi tiết trong tệp Excel đính kèm.');
        expect(summary!.html || '').toContain('Sở Tư pháp');

        const byType = new Map(summary!.attachments.map((a) => [a.contentType, a]));
        expect([...byType.keys()].sort()).toEqual([
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'image/png',
          'text/csv',
        ]);
        // The chart: a real PNG, inline, the image the HTML part points at.
        const png = byType.get('image/png')!;
        expect(png.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(png.content.readUInt32BE(16)).toBeGreaterThan(200); // IHDR width
        expect(png.contentDisposition).toBe('inline');
        expect(summary!.html || '').toContain(`cid:${png.cid}`);
        // The workbook opens and holds one row per seeded agency: digitized this month and so far.
        const xlsx = byType.get('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')!;
        expect(xlsx.filename).toMatch(/^bao-cao-so-hoa-.+\.xlsx$/);
        const rows = await sheetRows(xlsx.content, 'Theo đơn vị');
        const header = rows.findIndex((r) => r.includes('Mã đơn vị'));
        expect(header).toBeGreaterThanOrEqual(0);
        const col = (name: string) => rows[header]!.indexOf(name);
        const agencyRows = rows.slice(header + 1).filter((r) => r[col('Mã đơn vị')]);
        expect(
          agencyRows.map((r) => [
            r[col('Mã đơn vị')],
            r[col('Cơ quan/đơn vị')],
            r[col('Tổng số KQ còn hiệu lực')],
            r[col('Số hóa trong kỳ')],
            r[col('Lũy kế đã số hóa')],
          ]),
        ).toEqual(
          expect.arrayContaining([
            ['so-tp', 'Sở Tư pháp', '10', '1', '3'],
            ['x-muong-nhe', 'UBND xã Mường Nhé', '4', '1', '2'],
            ['x-sin-thau', 'UBND xã Sín Thầu', '5', '0', '0'],
          ]),
        );
        expect(agencyRows).toHaveLength(3);
        // The CSV: UTF-8 with a BOM, the same agencies.
        const csv = byType.get('text/csv')!;
        expect(csv.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        const csvText = csv.content.toString('utf8');
        for (const a of REPORT_AGENCIES) expect(csvText).toContain(a.name);

        // Each agency's e-mail names it, in Vietnamese, with no attachment.
        expect(sotp!.subject).toBe('[Số hóa KQ TTHC] Tiến độ số hóa tháng 10/2026 – Sở Tư pháp');
        expect(sotp!.text).toContain('Kính gửi: Sở Tư pháp');
        expect(muongNhe!.subject).toBe('[Số hóa KQ TTHC] Tiến độ số hóa tháng 10/2026 – UBND xã Mường Nhé');
        expect(muongNhe!.text).toContain('Kính gửi: UBND xã Mường Nhé');
        expect(muongNhe!.attachments).toEqual([]);

        // The archive copy under reports/, the workbook identical to the one attached.
        const stored = (out as { stored: string[] }).stored;
        expect(stored).toContain(`reports/2026/${xlsx.filename}`);
        const archived = await fetch(`${s3.endpoint}/sohoa-report/reports/2026/${xlsx.filename}`);
        expect(archived.status).toBe(200);
        expect(Buffer.from(await archived.arrayBuffer()).equals(xlsx.content)).toBe(true);
      } finally {
        ses.server.closeAllConnections();
        await new Promise<void>((resolve) => ses.server.close(() => resolve()));
        await Promise.allSettled([dynamo.close(), s3.close()]);
      }
    },
    120_000,
  );
});
