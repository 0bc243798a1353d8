/**
 * `textract` engine (Amazon Textract text detection, English-only: most Vietnamese diacritics are lost,
 * which the classifier tolerates by matching accent-folded text). Textract reads the object from S3:
 * images and one-page PDFs synchronously (DetectDocumentText), multi-page PDFs asynchronously
 * (StartDocumentTextDetection → SNS → the textract-collect function → `collectTextractJob`).
 */

import { createHash } from 'node:crypto';
import {
  BadDocumentException,
  type Block,
  DetectDocumentTextCommand,
  type DetectDocumentTextCommandOutput,
  DocumentTooLargeException,
  GetDocumentTextDetectionCommand,
  type GetDocumentTextDetectionCommandOutput,
  InvalidJobIdException,
  LimitExceededException,
  ProvisionedThroughputExceededException,
  StartDocumentTextDetectionCommand,
  type TextractClient,
  ThrottlingException,
  UnsupportedDocumentException,
} from '@aws-sdk/client-textract';
import type { ExtractedLine, ExtractedPage, ExtractedText } from '#shared/domain/types.ts';
import { TextractJobNotReadyError } from '#shared/errors.ts';
import type { OcrEngine, OcrFile, OcrInput } from '#shared/ports.ts';
import { pdfPageCount, requireFileType } from './detect-file-type.ts';
import { documentFiles, pdfAmongPages } from './document-files.ts';
import { checkPageCount, resolveOcrLimits } from './limits.ts';
import { unreadable } from './unreadable.ts';

export interface TextractEngineOptions {
  client: TextractClient;
  /** SNS topic Textract publishes job completion to, and the role it assumes to publish. */
  snsTopicArn: string;
  roleArn: string;
}

/** Throttling and quota errors: back to the queue with backoff, never a rejected document. */
export function isTextractThrottle(error: unknown): boolean {
  if (
    error instanceof ThrottlingException ||
    error instanceof ProvisionedThroughputExceededException ||
    error instanceof LimitExceededException
  )
    return true;
  const meta = error as { $retryable?: { throttling?: boolean }; $metadata?: { httpStatusCode?: number } } | null;
  return Boolean(meta?.$retryable?.throttling) || meta?.$metadata?.httpStatusCode === 429;
}

/** Textract's verdicts on the file itself become `UnreadableDocumentError`; anything else is rethrown. */
function mapTextractError(error: unknown): never {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof UnsupportedDocumentException) throw unreadable('unsupported_type', { detail, cause: error });
  if (error instanceof DocumentTooLargeException) throw unreadable('document_too_large', { detail, cause: error });
  if (error instanceof BadDocumentException) throw unreadable('corrupt_file', { detail, cause: error });
  throw error;
}

/**
 * Textract idempotency tokens and job tags allow `[a-zA-Z0-9-_]` (tags also `.:`), at most 64 characters.
 * A docId that does not fit is hashed, so the same document always maps to the same token.
 */
export function textractToken(value: string): string {
  if (/^[a-zA-Z0-9_-]{1,64}$/.test(value)) return value;
  return createHash('sha256').update(value).digest('hex').slice(0, 64);
}

/** LINE blocks grouped by page, in Textract's reading order. `pageCount` adds pages with no lines. */
export function blocksToText(blocks: readonly Block[], pageCount?: number, warnings: string[] = []): ExtractedText {
  const byPage = new Map<number, ExtractedLine[]>();
  for (const block of blocks) {
    if (block.BlockType !== 'LINE' || !block.Text) continue;
    const page = block.Page ?? 1;
    const lines = byPage.get(page) ?? [];
    lines.push({
      text: block.Text.normalize('NFC'),
      confidence: Math.max(0, Math.min(1, (block.Confidence ?? 0) / 100)),
    });
    byPage.set(page, lines);
  }
  const last = Math.max(pageCount ?? 0, ...byPage.keys(), 1);
  const pages: ExtractedPage[] = [];
  for (let n = 1; n <= last; n++) pages.push({ pageNumber: n, lines: byPage.get(n) ?? [] });
  return warnings.length > 0 ? { engine: 'textract', pages, warnings } : { engine: 'textract', pages };
}

/**
 * A document of several page images: one synchronous DetectDocumentText per image, in order, the pages
 * numbered on. The page cap (limits.ts) counts the images.
 */
async function detectPages(client: TextractClient, files: readonly OcrFile[]): Promise<ExtractedText> {
  checkPageCount(files.length, resolveOcrLimits());
  for (const [i, file] of files.entries())
    if (requireFileType(file.bytes, file.fileName) === 'pdf') throw pdfAmongPages(i);
  const pages: ExtractedPage[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const document = file.location
      ? { S3Object: { Bucket: file.location.bucket, Name: file.location.key } }
      : { Bytes: file.bytes };
    let out: DetectDocumentTextCommandOutput;
    try {
      out = await client.send(new DetectDocumentTextCommand({ Document: document }));
    } catch (error) {
      mapTextractError(error);
    }
    const text = blocksToText(out.Blocks ?? [], out.DocumentMetadata?.Pages);
    for (const page of text.pages) pages.push({ pageNumber: pages.length + 1, lines: page.lines });
    warnings.push(...(text.warnings ?? []));
  }
  return warnings.length > 0 ? { engine: 'textract', pages, warnings } : { engine: 'textract', pages };
}

export function makeTextractEngine(options: TextractEngineOptions): OcrEngine {
  const { client } = options;
  return {
    name: 'textract',
    async extract(input: OcrInput, extractOptions?: { jobToken?: string }) {
      if (input.nextPages && input.nextPages.length > 0) return detectPages(client, documentFiles(input));
      const type = requireFileType(input.bytes, input.fileName);
      // Counting pages locally also refuses encrypted and corrupt PDFs before paying for a Textract call.
      const pages = type === 'pdf' ? await pdfPageCount(input.bytes) : 1;
      if (!input.location) {
        // A local file (the CLI): the synchronous API also takes the bytes (≤ 10 MB, one page).
        if (pages > 1) {
          throw new Error(
            'textract reads multi-page PDFs only from S3 (asynchronous API); use --engine tesseract locally',
          );
        }
        try {
          const out = await client.send(new DetectDocumentTextCommand({ Document: { Bytes: input.bytes } }));
          return blocksToText(out.Blocks ?? [], out.DocumentMetadata?.Pages);
        } catch (error) {
          mapTextractError(error);
        }
      }
      const s3Object = { Bucket: input.location.bucket, Name: input.location.key };
      if (pages <= 1) {
        try {
          const out = await client.send(new DetectDocumentTextCommand({ Document: { S3Object: s3Object } }));
          return blocksToText(out.Blocks ?? [], out.DocumentMetadata?.Pages);
        } catch (error) {
          mapTextractError(error);
        }
      }
      const token = extractOptions?.jobToken ? textractToken(extractOptions.jobToken) : undefined;
      try {
        const out = await client.send(
          new StartDocumentTextDetectionCommand({
            DocumentLocation: { S3Object: s3Object },
            // Same docId → same token → Textract returns the same job on a redelivered event (no double bill).
            ...(token ? { ClientRequestToken: token, JobTag: token } : {}),
            NotificationChannel: { SNSTopicArn: options.snsTopicArn, RoleArn: options.roleArn },
          }),
        );
        if (!out.JobId) throw new Error('StartDocumentTextDetection returned no JobId');
        return { pending: true as const, jobId: out.JobId };
      } catch (error) {
        mapTextractError(error);
      }
    },
  };
}

/** Most pages of results one job may have: a guard against a NextToken that never ends. */
const MAX_RESULT_PAGES = 2000;

/**
 * Reads a finished asynchronous job: pages through GetDocumentTextDetection (NextToken absent or null
 * ends it; Textract splits at 1000 blocks, also in the middle of a page). A FAILED job is an
 * `UnreadableDocumentError` (`ocr_failed`); one still IN_PROGRESS is `TextractJobNotReadyError`.
 */
export async function collectTextractJob(client: TextractClient, jobId: string): Promise<ExtractedText> {
  const blocks: Block[] = [];
  const warnings: string[] = [];
  let pageCount: number | undefined;
  let nextToken: string | undefined;
  for (let i = 0; i < MAX_RESULT_PAGES; i++) {
    let out: GetDocumentTextDetectionCommandOutput;
    try {
      out = await client.send(
        new GetDocumentTextDetectionCommand({
          JobId: jobId,
          MaxResults: 1000,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof InvalidJobIdException)
        throw unreadable('ocr_failed', { detail: `unknown job ${jobId}`, cause: error });
      throw error;
    }
    if (out.JobStatus === 'IN_PROGRESS') throw new TextractJobNotReadyError(jobId);
    if (out.JobStatus === 'FAILED') {
      throw unreadable('ocr_failed', { detail: `textract job ${jobId} failed: ${out.StatusMessage ?? 'no message'}` });
    }
    pageCount ??= out.DocumentMetadata?.Pages;
    blocks.push(...(out.Blocks ?? []));
    for (const w of out.Warnings ?? []) {
      const text = `textract ${w.ErrorCode ?? 'warning'} on page(s) ${(w.Pages ?? []).join(', ')}`;
      if (!warnings.includes(text)) warnings.push(text);
    }
    if (out.JobStatus === 'PARTIAL_SUCCESS' && !warnings.includes('textract job partially succeeded')) {
      warnings.push('textract job partially succeeded');
    }
    nextToken = out.NextToken ?? undefined;
    if (!nextToken) return blocksToText(blocks, pageCount, warnings);
  }
  throw new Error(`textract job ${jobId}: more than ${MAX_RESULT_PAGES} result pages`);
}
