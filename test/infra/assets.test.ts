/**
 * The native part of the real assets: extract and report are built as infra builds them (the bundle, then
 * the packages bundling.ts copies with the Linux binaries of the host's architecture) into a folder outside
 * the repository, so nothing resolves from the repository's node_modules, and imported in a fresh Node
 * process as Lambda would (configuration read at import). Before the binaries were planned, such an asset
 * threw "DOMMatrix is not defined" at import, because pdfjs's own canvas had no binary.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binariesManifest, copiedModulesOf, copyCommands, hostArchitecture, planCopy } from '#infra/bundling.ts';
import { REPO_ROOT } from '#infra/functions.ts';
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

async function buildAsset(root: string, name: 'extract' | 'report') {
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
});
