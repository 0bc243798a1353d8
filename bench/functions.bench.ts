/**
 * `npm run bench -- functions`: each Lambda function built as infra builds it (test/infra/esbuild.ts),
 * its bundle size, and its init time: a fresh Node process importing the bundle with a valid environment
 * (clients are created, nothing is called), as a Lambda cold start does before the first event.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FUNCTION_ENTRIES, type FunctionName } from '#infra/functions.ts';
import { buildFunction, bundleLimitBytes } from '#test/infra/esbuild.ts';
import type { BenchResult } from './run.ts';

// Inside the repo so the bundle's external packages (pdfjs, sharp, resvg) resolve from node_modules.
const outRoot = fileURLToPath(new URL('../node_modules/.cache/sohoa-bench-functions/', import.meta.url));
const ENV = {
  TABLE_NAME: 't',
  BUCKET_NAME: 'b',
  PROVINCE_NAME: 'Tỉnh Thử',
  USER_POOL_ID: 'us-east-1_bench',
  MAIL_FROM: 'a@example.vn',
  REPORT_RECIPIENTS: 'b@example.vn',
  TEXTRACT_SNS_TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:t',
  TEXTRACT_ROLE_ARN: 'arn:aws:iam::123456789012:role/t',
  INCOMING_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/incoming',
  EXTRACTED_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/extracted',
  AWS_REGION: 'us-east-1',
};
const probe = `const t=performance.now();await import(process.argv[1]);process.stdout.write(String(performance.now()-t));process.exit(0);`;

export default async function functions(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const name of Object.keys(FUNCTION_ENTRIES) as FunctionName[]) {
    const { bytes, file } = await buildFunction(name, join(outRoot, name));
    const small = ['api', 'classify', 'textract-collect', 'reconcile', 'pre-token'].includes(name);
    // The limits test/infra/bundles.test.ts holds the small functions to.
    const target = small || name === 'sheets' ? `<= ${bundleLimitBytes(name) / 1024}` : undefined;
    results.push({ name: `${name} bundle`, value: bytes / 1024, unit: 'KiB', ...(target ? { target } : {}) });
    const ms = Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', probe, pathToFileURL(file).href], {
        env: { ...process.env, ...ENV },
        encoding: 'utf8',
      }),
    );
    results.push({ name: `${name} init`, value: ms, unit: 'ms', notes: 'import of the bundle, host CPU' });
  }
  return results;
}
