/**
 * The CLI against a deployment, played by a running `sohoa dev` reached only through its HTTP API: `sohoa
 * login --api URL` (a child process; the test is the browser), then `agencies import`, `inventory import`,
 * `upload`, `report`, `reclassify` and `reconcile` with `--api URL` on the stored sign-in, each giving the same
 * output as the same command on the local data.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf } from '#demo/samples/render.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import { signInAt } from '#test/support/oidc-login.ts';

const BIN = resolve(process.cwd(), 'cli/bin.js');
const run = promisify(execFile);
let cwd: string;
let dev: ChildProcess;
let apiUrl: string;
let devErr = '';
/** Where `sohoa login` keeps the tokens in this test ($XDG_CONFIG_HOME). */
let configHome: string;

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, XDG_CONFIG_HOME: configHome, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'sohoa-cli-api-'));
  configHome = join(cwd, 'config');
  dev = spawn(process.execPath, [BIN, 'dev', '--port', '0'], {
    cwd,
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN' },
  });
  let out = '';
  dev.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  dev.stderr?.on('data', (chunk) => {
    devErr += chunk;
  });
  for (let i = 0; i < 1800 && !out.includes('sohoa agencies import'); i++) {
    if (dev.exitCode !== null) throw new Error(`sohoa dev exited early: ${devErr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  apiUrl = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0] ?? '';
  expect(apiUrl).not.toBe('');
  // The province's own agency comes first, on the machine itself: the admin belongs to it.
  await writeFile(
    join(cwd, 'root.csv'),
    'id,name,level,parentId,email,validFrom,validTo,successorId\nubnd-tinh,UBND tỉnh,province,,,,,\n',
  );
  expect((await cli(['agencies', 'import', 'root.csv'])).code).toBe(0);
}, 240_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((done) => dev.once('exit', done));
    dev.kill('SIGINT');
    await exited;
  }
  await rm(cwd, { recursive: true, force: true });
});

/** `sohoa login --api URL` as a user runs it: the URL it prints is opened by the "browser" (this test). */
async function login(user: string): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [BIN, 'login', '--api', apiUrl, '--port', '0', '--no-browser'], {
    cwd,
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  const shown = new Promise<string>((done) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const url = /https?:\/\/\S+\/oidc\/auth\S*/.exec(stderr)?.[0];
      if (url) done(url);
    });
  });
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  const url = await Promise.race([shown, exited.then(() => Promise.reject(new Error(`login exited: ${stderr}`)))]);
  const { callback } = await signInAt(new URL(url), user, 'http://localhost:');
  await fetch(callback.href.replace('//localhost:', '//127.0.0.1:'));
  return { code: await exited, stdout };
}

describe('the CLI against a deployment (--api URL, the stored sign-in)', () => {
  it('refuses to act before `sohoa login`, saying how to sign in', async () => {
    const result = await cli(['agencies', 'import', 'root.csv', '--api', apiUrl]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`run \`sohoa login --api ${apiUrl}\``);
  });

  it('imports agencies and inventories, uploads, reports, reclassifies and reconciles through the API', async () => {
    const signedIn = await login('quantri');
    expect(signedIn.code).toBe(0);
    expect(signedIn.stdout).toContain(`signed in to ${apiUrl}`);

    const header = 'id,name,level,parentId,email,validFrom,validTo,successorId\n';
    await writeFile(
      join(cwd, 'bad.csv'),
      `${header}so-tu-phap,Sở Tư pháp,province,ubnd-tinh,,,,\nubnd-x,UBND xã X,village,,,,,\n`,
    );
    const refused = await cli(['agencies', 'import', 'bad.csv', '--api', apiUrl]);
    expect(refused.code).toBe(2);
    // The rows' problems in English, as the local import prints them.
    expect(refused.stderr).toMatch(/POST \/agencies\/import answered 400 invalid_csv/);
    expect(refused.stderr).toMatch(/line 3 \(level\): [\x20-\x7e]+\n/);

    await writeFile(
      join(cwd, 'agencies.csv'),
      `${header}so-tu-phap,Sở Tư pháp,province,ubnd-tinh,vanthu@stp.example,,,\n` +
        '"ubnd-huyen-a","UBND huyện A, cũ",district,ubnd-tinh,,,2025-06-30,so-tu-phap\n',
    );
    const imported = await cli(['agencies', 'import', 'agencies.csv', '--api', apiUrl, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ imported: 2, mode: 'api', agencies: ['so-tu-phap', 'ubnd-huyen-a'] });
    const human = await cli(['agencies', 'import', 'agencies.csv', '--api', apiUrl]);
    expect(human.stdout).toBe(`imported 2 agencies into ${apiUrl}\n`);

    const year = Number(vnDateOf(new Date()).slice(0, 4));
    await writeFile(
      join(cwd, 'inventory.csv'),
      `agencyId,asOf,totalValid,estimated\nso-tu-phap,${year}-01-01,20,false\n`,
    );
    const inventory = await cli(['inventory', 'import', 'inventory.csv', '--api', apiUrl]);
    expect(inventory).toMatchObject({ code: 0, stdout: 'imported 1 inventory declarations\n' });

    // One document, sent by the signed-in admin for the agency, through the presigned URL.
    await writeFile(
      join(cwd, 'khai-sinh.pdf'),
      await renderPdf(composeDocument({ docType: 'khai-sinh', seed: 2024 }).blocks),
    );
    const sent = await cli(['upload', 'khai-sinh.pdf', '--api', apiUrl, '--agency', 'so-tu-phap', '--wait', '--json']);
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.stdout).files).toEqual([
      expect.objectContaining({ outcome: 'uploaded', status: 'classified' }),
    ]);

    // The same commands on the local data and through the API say the same.
    const localReport = await cli(['report', '--year', String(year)]);
    const apiReport = await cli(['report', '--year', String(year), '--api', apiUrl]);
    expect(apiReport.code).toBe(0);
    expect(apiReport.stdout).toBe(localReport.stdout);
    expect(apiReport.stdout).toContain('Sở Tư pháp');
    const reportJson = JSON.parse((await cli(['report', '--year', String(year), '--api', apiUrl, '--json'])).stdout);
    expect(reportJson.agencies.find((a: { id: string }) => a.id === 'so-tu-phap')).toMatchObject({
      inventory: 20,
      digitized: 1,
      target: expect.any(Number),
    });

    const localReconcile = await cli(['reconcile', '--json']);
    const apiReconcile = await cli(['reconcile', '--json', '--api', apiUrl]);
    expect(apiReconcile.code).toBe(0);
    expect(JSON.parse(apiReconcile.stdout)).toEqual(JSON.parse(localReconcile.stdout));
    expect(JSON.parse(apiReconcile.stdout)).toMatchObject({ scanned: 1, counted: 1, drift: [] });

    const localReclassify = await cli(['reclassify', '--json']);
    const apiReclassify = await cli(['reclassify', '--json', '--api', apiUrl]);
    expect(apiReclassify.code).toBe(0);
    expect(JSON.parse(apiReclassify.stdout)).toEqual(JSON.parse(localReclassify.stdout));
    expect(JSON.parse(apiReclassify.stdout)).toMatchObject({ scanned: 1, reclassified: 1, changed: 0 });

    expect((await cli(['reconcile', '--pipeline', '--api', apiUrl])).code).toBe(2);
    expect((await cli(['report', '--send', '--api', apiUrl])).stderr).toContain('--send works on the local stack only');
    // Some twenty CLI processes, each starting tsx on a shared 2-core machine: nothing here asserts timing.
  }, 300_000);

  it('refuses a clerk the administration, with the API’s Vietnamese message under --json', async () => {
    expect((await login('vanthu.so-tu-phap')).code).toBe(0);
    const result = await cli(['agencies', 'import', 'agencies.csv', '--api', apiUrl, '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: 'forbidden',
      message: 'Chức năng này chỉ dành cho quản trị viên.',
    });
  }, 120_000);
});
