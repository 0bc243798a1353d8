/**
 * The Textract adapter against REAL Textract responses (../shared/fixtures/textract, read in place, never
 * copied), with aws-sdk-client-mock standing in for the service.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BadDocumentException,
  type Block,
  DetectDocumentTextCommand,
  DocumentTooLargeException,
  GetDocumentTextDetectionCommand,
  type GetDocumentTextDetectionCommandOutput,
  InternalServerError,
  LimitExceededException,
  ProvisionedThroughputExceededException,
  StartDocumentTextDetectionCommand,
  TextractClient,
  ThrottlingException,
  UnsupportedDocumentException,
} from '@aws-sdk/client-textract';
import { mockClient } from 'aws-sdk-client-mock';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeEncryptedPdf } from '#demo/samples/bad-files.ts';
import {
  collectTextractJob,
  isTextractThrottle,
  makeTextractEngine,
  textractToken,
} from '#shared/adapters/ocr/textract.ts';
import { TextractJobNotReadyError, UnreadableDocumentError } from '#shared/errors.ts';
import { fixtureExists } from '#test/handlers/fixtures.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const DIR = fileURLToPath(new URL('../shared/fixtures/textract/', `file://${repoRoot}`));
const available = fixtureExists(`${DIR}detect-document-text.sync.json`);
if (!available)
  console.warn(
    `skipping Textract adapter tests: real fixtures not found in ${DIR} (expected ../shared/fixtures beside the repo)`,
  );

const fixture = <T = Record<string, unknown>>(name: string): T =>
  JSON.parse(readFileSync(`${DIR}${name}`, 'utf8')) as T;
const linesOf = (blocks: Block[], page?: number) =>
  blocks.filter((b) => b.BlockType === 'LINE' && (page === undefined || (b.Page ?? 1) === page)).map((b) => b.Text);

const textract = mockClient(TextractClient);
const client = new TextractClient({ region: 'ap-southeast-1' });
const engine = makeTextractEngine({
  client,
  snsTopicArn: 'arn:aws:sns:ap-southeast-1:123456789012:textract',
  roleArn: 'arn:aws:iam::123456789012:role/textract-sns',
});
const location = { bucket: 'sohoa-docs', key: 'incoming/so-y-te/u1/giay phep.png' };
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
let onePagePdf: Uint8Array;
let threePagePdf: Uint8Array;

beforeAll(async () => {
  const one = await PDFDocument.create();
  one.addPage();
  onePagePdf = await one.save();
  const three = await PDFDocument.create();
  for (let i = 0; i < 3; i++) three.addPage();
  threePagePdf = await three.save();
});
afterEach(() => textract.reset());

describe.skipIf(!available)('textract engine (sync DetectDocumentText)', () => {
  it('reads an image from S3 and returns its LINE blocks with 0–1 confidence', async () => {
    const response = fixture<{ Blocks: Block[] }>('detect-document-text.sync.json');
    textract.on(DetectDocumentTextCommand).resolves(response as never);

    const out = await engine.extract({ bytes: png, contentType: 'image/png', location });

    expect(textract.commandCalls(DetectDocumentTextCommand)[0]?.args[0].input).toEqual({
      Document: { S3Object: { Bucket: 'sohoa-docs', Name: 'incoming/so-y-te/u1/giay phep.png' } },
    });
    if ('pending' in out) throw new Error('expected text');
    expect(out.engine).toBe('textract');
    expect(out.pages).toHaveLength(1);
    expect(out.pages[0]?.lines.map((l) => l.text)).toEqual(linesOf(response.Blocks));
    expect(out.pages[0]?.lines).toHaveLength(24);
    const first = response.Blocks.find((b) => b.BlockType === 'LINE');
    expect(out.pages[0]?.lines[0]?.confidence).toBeCloseTo((first?.Confidence ?? 0) / 100, 6);
    for (const line of out.pages[0]?.lines ?? []) {
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads a document of page images with one call per image, numbering the pages on', async () => {
    const response = fixture<{ Blocks: Block[] }>('detect-document-text.sync.json');
    textract.on(DetectDocumentTextCommand).resolves(response as never);
    const page2 = { bucket: 'sohoa-docs', key: 'incoming/so-y-te/u1/002-trang 2.png' };

    const out = await engine.extract({
      bytes: png,
      contentType: 'image/png',
      location,
      nextPages: [{ bytes: png, contentType: 'image/png', location: page2 }],
    });

    expect(
      textract.commandCalls(DetectDocumentTextCommand).map((c) => c.args[0].input.Document?.S3Object?.Name),
    ).toEqual([location.key, page2.key]);
    expect(textract.commandCalls(StartDocumentTextDetectionCommand)).toHaveLength(0);
    if ('pending' in out) throw new Error('expected text');
    expect(out.pages.map((p) => [p.pageNumber, p.lines.length])).toEqual([
      [1, 24],
      [2, 24],
    ]);
  });

  it('refuses a PDF among page images before any Textract call', async () => {
    const error = await engine
      .extract({
        bytes: png,
        contentType: 'image/png',
        location,
        nextPages: [{ bytes: onePagePdf, contentType: 'application/pdf' }],
      })
      .catch((e: unknown) => e);
    expect((error as UnreadableDocumentError).code).toBe('unsupported_type');
  });

  it('keeps WORD blocks out of the lines (small real response: 8 lines, 16 words)', async () => {
    textract.on(DetectDocumentTextCommand).resolves(fixture('detect-document-text.sync-small.json') as never);
    const out = await engine.extract({ bytes: png, contentType: 'image/png', location });
    if ('pending' in out) throw new Error('expected text');
    expect(out.pages[0]?.lines).toHaveLength(8);
    expect(out.pages[0]?.lines[0]?.text).toBe('word_left text in between the words word_right');
  });

  it('keeps low-confidence lines with their real confidence (AnalyzeExpense receipt blocks)', async () => {
    const receipt = fixture<{ Blocks: Block[] }>('analyze-expense.low-confidence-words.json');
    textract
      .on(DetectDocumentTextCommand)
      .resolves({ Blocks: receipt.Blocks, DocumentMetadata: { Pages: 1 } } as never);
    const out = await engine.extract({ bytes: png, contentType: 'image/png', location });
    if ('pending' in out) throw new Error('expected text');
    const expected = receipt.Blocks.filter((b) => b.BlockType === 'LINE');
    expect(out.pages[0]?.lines).toHaveLength(expected.length);
    const lowest = Math.min(...expected.map((b) => b.Confidence ?? 100));
    expect(Math.min(...(out.pages[0]?.lines ?? []).map((l) => l.confidence))).toBeCloseTo(lowest / 100, 6);
  });

  it('sends a one-page PDF to the synchronous API too', async () => {
    textract.on(DetectDocumentTextCommand).resolves(fixture('detect-document-text.sync-small.json') as never);
    const out = await engine.extract(
      { bytes: onePagePdf, contentType: 'application/pdf', location },
      { jobToken: 'doc-1' },
    );
    expect('pending' in out).toBe(false);
    expect(textract.commandCalls(StartDocumentTextDetectionCommand)).toHaveLength(0);
  });

  it.each([
    [
      'UnsupportedDocumentException',
      new UnsupportedDocumentException({ message: 'Request has unsupported document format', $metadata: {} }),
      'unsupported_type',
    ],
    [
      'DocumentTooLargeException',
      new DocumentTooLargeException({ message: 'S3 object size 600 MB is more than the maximum limit', $metadata: {} }),
      'document_too_large',
    ],
    [
      'BadDocumentException',
      new BadDocumentException({ message: 'Unable to read the document', $metadata: {} }),
      'corrupt_file',
    ],
  ])('turns %s into UnreadableDocumentError(%s) with a Vietnamese message', async (_name, error, code) => {
    textract.on(DetectDocumentTextCommand).rejects(error);
    const failure = await engine.extract({ bytes: png, contentType: 'image/png', location }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnreadableDocumentError);
    expect((failure as UnreadableDocumentError).code).toBe(code);
    expect((failure as UnreadableDocumentError).messageVi).toMatch(/[ệđạọả]/u);
  });

  it('rethrows throttling unchanged so the queue retries it', async () => {
    const throttle = new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });
    textract.on(DetectDocumentTextCommand).rejects(throttle);
    const failure = await engine.extract({ bytes: png, contentType: 'image/png', location }).catch((e: unknown) => e);
    expect(failure).toBe(throttle);
    expect(isTextractThrottle(failure)).toBe(true);
  });

  it('refuses an encrypted PDF locally, before any Textract call', async () => {
    const failure = await engine
      .extract({ bytes: writeEncryptedPdf(), contentType: 'application/pdf', location })
      .catch((e: unknown) => e);
    expect((failure as UnreadableDocumentError).code).toBe('encrypted_pdf');
    expect(textract.calls()).toHaveLength(0);
  });
});

describe.skipIf(!available)('textract engine (async StartDocumentTextDetection)', () => {
  it('starts a job for a multi-page PDF with the docId as idempotency token, job tag and the SNS channel', async () => {
    textract.on(StartDocumentTextDetectionCommand).resolves({ JobId: 'job-123' });
    const out = await engine.extract(
      { bytes: threePagePdf, contentType: 'application/pdf', location },
      { jobToken: 'doc_01J9Z' },
    );
    expect(out).toEqual({ pending: true, jobId: 'job-123' });
    expect(textract.commandCalls(StartDocumentTextDetectionCommand)[0]?.args[0].input).toEqual({
      DocumentLocation: { S3Object: { Bucket: 'sohoa-docs', Name: location.key } },
      ClientRequestToken: 'doc_01J9Z',
      JobTag: 'doc_01J9Z',
      NotificationChannel: {
        SNSTopicArn: 'arn:aws:sns:ap-southeast-1:123456789012:textract',
        RoleArn: 'arn:aws:iam::123456789012:role/textract-sns',
      },
    });
    expect(textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(0);
  });

  it('hashes a docId Textract would refuse as a token, the same way every time', () => {
    const token = textractToken('doc with spaces/and:colons');
    expect(token).toMatch(/^[a-f0-9]{64}$/);
    expect(textractToken('doc with spaces/and:colons')).toBe(token);
  });
});

describe.skipIf(!available)('collectTextractJob', () => {
  const twoPage = () =>
    fixture<GetDocumentTextDetectionCommandOutput & { Blocks: Block[] }>(
      'get-document-text-detection.async-2page.json',
    );

  it('reads a finished two-page job and groups lines by page', async () => {
    const response = twoPage();
    textract.on(GetDocumentTextDetectionCommand).resolves(response);
    const out = await collectTextractJob(client, 'job-2p');
    expect(out.pages.map((p) => p.pageNumber)).toEqual([1, 2]);
    expect(out.pages[0]?.lines.map((l) => l.text)).toEqual(linesOf(response.Blocks, 1));
    expect(out.pages[1]?.lines.map((l) => l.text)).toEqual(linesOf(response.Blocks, 2));
    expect(textract.commandCalls(GetDocumentTextDetectionCommand)[0]?.args[0].input).toMatchObject({ JobId: 'job-2p' });
  });

  it('follows NextToken across the real page-split parts', async () => {
    const part1 = fixture<GetDocumentTextDetectionCommandOutput>(
      'derived/get-document-text-detection.async-2page.part1-of-2.json',
    );
    const part2 = fixture<GetDocumentTextDetectionCommandOutput>(
      'derived/get-document-text-detection.async-2page.part2-of-2.json',
    );
    textract
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-split' })
      .resolvesOnce(part1)
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-split', NextToken: part1.NextToken })
      .resolves(part2);
    const out = await collectTextractJob(client, 'job-split');
    const whole = twoPage();
    expect(out.pages[0]?.lines.map((l) => l.text)).toEqual(linesOf(whole.Blocks, 1));
    expect(out.pages[1]?.lines.map((l) => l.text)).toEqual(linesOf(whole.Blocks, 2));
    expect(textract.commandCalls(GetDocumentTextDetectionCommand)).toHaveLength(2);
  });

  it('keeps line order when Textract splits in the middle of a page', async () => {
    const whole = twoPage();
    const page1 = whole.Blocks.filter((b) => (b.Page ?? 1) === 1);
    const cut = Math.floor(page1.length / 2);
    const first = { ...whole, Blocks: whole.Blocks.slice(0, cut), NextToken: 'mid-page-token' };
    const second = { ...whole, Blocks: whole.Blocks.slice(cut), NextToken: undefined };
    textract
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-mid' })
      .resolvesOnce(first)
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-mid', NextToken: 'mid-page-token' })
      .resolves(second);
    const out = await collectTextractJob(client, 'job-mid');
    expect(out.pages[0]?.lines.map((l) => l.text)).toEqual(linesOf(whole.Blocks, 1));
    expect(out.pages[1]?.lines.map((l) => l.text)).toEqual(linesOf(whole.Blocks, 2));
  });

  it('ends on NextToken: null (the boto3-style last page with null keys)', async () => {
    const last = fixture<GetDocumentTextDetectionCommandOutput & { Blocks: Block[] }>(
      'get-document-text-detection.async-nexttoken-null.json',
    );
    expect(last.NextToken).toBeNull();
    textract.on(GetDocumentTextDetectionCommand).resolves(last);
    const out = await collectTextractJob(client, 'job-null');
    expect(textract.commandCalls(GetDocumentTextDetectionCommand)).toHaveLength(1);
    expect(out.pages.flatMap((p) => p.lines.map((l) => l.text))).toEqual(linesOf(last.Blocks));
  });

  it('turns a FAILED job into UnreadableDocumentError(ocr_failed)', async () => {
    textract.on(GetDocumentTextDetectionCommand).resolves(fixture('status/get-job.failed.json'));
    const failure = await collectTextractJob(client, 'job-failed').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnreadableDocumentError);
    expect((failure as UnreadableDocumentError).code).toBe('ocr_failed');
  });

  it('reports a job still IN_PROGRESS as not ready (transient), not as unreadable', async () => {
    textract.on(GetDocumentTextDetectionCommand).resolves(fixture('status/get-job.in-progress.json'));
    const failure = await collectTextractJob(client, 'job-wip').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TextractJobNotReadyError);
    expect(failure).not.toBeInstanceOf(UnreadableDocumentError);
  });
});

describe('isTextractThrottle', () => {
  it.each([
    ['ThrottlingException', new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }), true],
    [
      'ProvisionedThroughputExceededException',
      new ProvisionedThroughputExceededException({ message: 'x', $metadata: {} }),
      true,
    ],
    ['LimitExceededException', new LimitExceededException({ message: 'too many jobs', $metadata: {} }), true],
    ['InternalServerError', new InternalServerError({ message: 'boom', $metadata: {} }), false],
    ['UnsupportedDocumentException', new UnsupportedDocumentException({ message: 'x', $metadata: {} }), false],
    ['a plain Error', new Error('network'), false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isTextractThrottle(error)).toBe(expected);
  });
});
