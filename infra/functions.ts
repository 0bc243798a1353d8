/**
 * The Lambda functions of sohoa and their entry files (each exports `handler`). A test checks that every
 * entry exists, so a renamed handler breaks CI instead of a deploy.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const FUNCTION_ENTRIES = {
  api: 'functions/api/index.ts',
  // The HTTP API's workbook routes (exceljs): the same handler as api, on the routes whose `fn` is `sheets`.
  sheets: 'functions/sheets/index.ts',
  // S3 → intake queue → route → extract's queue with the agency as message group (SQS fair queue).
  route: 'functions/route/index.ts',
  extract: 'functions/extract/index.ts',
  classify: 'functions/classify/index.ts',
  'textract-collect': 'functions/textract-collect/index.ts',
  report: 'functions/report/index.ts',
  reconcile: 'functions/reconcile/index.ts',
  // Infrastructure glue, not a pipeline stage: Cognito claims → the claim names the api reads.
  'pre-token': 'infra/lambda/pre-token.ts',
} as const;

export type FunctionName = keyof typeof FUNCTION_ENTRIES;

export function entryPath(name: FunctionName): string {
  return resolve(REPO_ROOT, FUNCTION_ENTRIES[name]);
}
