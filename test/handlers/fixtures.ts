/**
 * Real AWS event fixtures from `../shared/fixtures/` (relative to the repo root), never copied into the repo.
 * `fixturesAvailable` lets suites skip with a clear message when the folder is absent; under CI=true a missing
 * fixture fails instead (fixtureExists throws), so CI never passes by skipping.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context } from 'aws-lambda';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../shared/fixtures/', `file://${repoRoot}`));
export const SKIP_REASON = `real AWS fixtures not found in ${FIXTURES_DIR} (expected ../shared/fixtures beside the repo)`;

/** Whether a fixture file exists; under CI=true a missing one is an error, not a skip. */
export function fixtureExists(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') throw new Error(`${SKIP_REASON}: ${path} is missing`);
  return false;
}

export const fixturesAvailable = fixtureExists(`${FIXTURES_DIR}events/apigw-http-v2.json`);

export function readFixture<T = unknown>(relativePath: string): T {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}${relativePath}`, 'utf8')) as T;
}

export const lambdaContext = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'sohoa-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:ap-southeast-1:123456789012:function:sohoa-test',
  memoryLimitInMB: '1024',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  logGroupName: '/aws/lambda/sohoa-test',
  logStreamName: '2026/03/05/[$LATEST]abcdef',
  getRemainingTimeInMillis: () => 30_000,
  done: () => {},
  fail: () => {},
  succeed: () => {},
} satisfies Context;
