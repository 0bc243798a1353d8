/**
 * `sohoa dev` as a user runs it: a child process in a fresh directory, driven through its files, its HTTP
 * API, the other CLI commands, and signals.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '#local/data-dir-lock.ts';
import { DataDirLockedError } from '#shared/errors.ts';
import { validateInventoryCsv } from '#shared/use-cases/csv-import.ts';

const BIN = resolve(process.cwd(), 'cli/bin.js');
const run = promisify(execFile);
let cwd: string;
const children: ChildProcess[] = [];

interface Dev {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startDev(): Dev {
  const child = spawn(process.execPath, [BIN, 'dev', '--port', '0'], {
    cwd,
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr.on('data', (chunk) => {
    err += chunk;
  });
  children.push(child);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function until(check: () => boolean, what: string, dev: Dev): Promise<void> {
  for (let i = 0; i < 1800; i++) {
    if (check()) return;
    if (dev.child.exitCode !== null) throw new Error(`sohoa dev exited early: ${dev.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}: ${dev.stderr()}`);
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'sohoa-dev-'));
});

afterAll(async () => {
  // A failed assertion must not leave a server running.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(cwd, { recursive: true, force: true });
});

describe('sohoa dev', () => {
  it('writes dev.json, serves the API, takes CSV imports, stops on SIGINT and keeps the data', async () => {
    const dev = startDev();
    try {
      await until(() => dev.stdout().includes('sohoa agencies import'), 'the startup summary', dev);
      const config = JSON.parse(await readFile(join(cwd, '.sohoa/dev.json'), 'utf8'));
      expect(config).toMatchObject({ bucket: expect.any(String), table: expect.any(String), tokens: {} });
      expect(dev.stdout()).toContain(config.apiUrl);
      expect(existsSync(join(cwd, '.sohoa/oidc-key.json'))).toBe(true);
      expect(config.oidcIssuer).toBe(`${config.apiUrl}/oidc`);
      expect((await fetch(`${config.oidcIssuer}/.well-known/openid-configuration`)).status).toBe(200);
      const anonymous = await fetch(`${config.apiUrl}/documents`);
      expect(anonymous.status).toBe(401);

      // dynalite's LevelDB allows one opener: a second stack on the same folder is refused with a clear error.
      await expect(lockDataDir(join(cwd, '.sohoa'))).rejects.toThrow(DataDirLockedError);

      const bad = join(cwd, 'bad.csv');
      await writeFile(
        bad,
        'id,name,level,parentId,email,validFrom,validTo,successorId\n' +
          'so-tu-phap,Sở Tư pháp,province,,vanthu@dienbien.example,,,\n' +
          'ubnd-x,UBND xã X,village,,khong-phai-email,,,\n' +
          'ubnd-y,UBND xã Y,commune,ubnd-khong-co,,,,\n' +
          'ubnd-z,UBND xã Z,commune,,,2025-07-01,2025-06-30,\n',
      );
      const refused = await cli('agencies', 'import', bad);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/line 3 \(level\)/);
      expect(refused.stderr).toMatch(/line 3 \(email\.0\)/);
      expect(refused.stderr).toMatch(/line 4 \(parentId\): unknown agency ubnd-khong-co/);
      expect(refused.stderr).toMatch(/line 5 \(validTo\)/);

      const good = join(cwd, 'agencies.csv');
      await writeFile(
        good,
        'id,name,level,parentId,email,validFrom,validTo,successorId\n' +
          'so-tu-phap,Sở Tư pháp,province,,vanthu@dienbien.example;lanhdao@dienbien.example,,,\n' +
          '"ubnd-huyen-a","UBND huyện A, cũ",district,,,,2025-06-30,so-tu-phap\n',
      );
      const imported = await cli('agencies', 'import', good, '--json');
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 2, mode: 'connected' });
      const updated = JSON.parse(await readFile(join(cwd, '.sohoa/dev.json'), 'utf8'));
      expect(Object.keys(updated.tokens).sort()).toEqual(['so-tu-phap', 'ubnd-huyen-a']);

      const inventory = join(cwd, 'inventory.csv');
      const checked = validateInventoryCsv(
        'agencyId,asOf,totalValid,estimated\nso-tu-phap,2025-01-01,1200,true\nso-khong-co,2025-02-30,-5,maybe\n',
        new Set(['so-tu-phap']),
      );
      expect(checked.errors.map((e) => `${e.line}:${e.column}`)).toEqual(['3:asOf', '3:totalValid', '3:estimated']);
      await writeFile(inventory, 'agencyId,asOf,totalValid,estimated\nso-tu-phap,2025-01-01,1200,true\n');
      expect((await cli('inventory', 'import', inventory)).code).toBe(0);

      const token = (await cli('token', '--agency', 'so-tu-phap')).stdout.trim().split('\n').at(-1)!;
      const progress = await fetch(`${config.apiUrl}/progress?year=2025`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(progress.status).toBe(200);
      const listed = await fetch(`${config.apiUrl}/documents`, { headers: { authorization: `Bearer ${token}` } });
      expect(listed.status).toBe(200);
    } finally {
      dev.child.kill('SIGINT');
    }
    expect(await dev.exited).toBe(0);
    expect(dev.stderr()).toContain('stopped');

    // A restart finds the agencies imported before and prints a token for each.
    const again = startDev();
    try {
      await until(() => again.stdout().includes('Other roles'), 'the startup summary after restart', again);
      expect(again.stdout()).toContain('so-tu-phap');
      expect(again.stdout()).toContain('UBND huyện A, cũ');
    } finally {
      again.child.kill('SIGTERM');
    }
    expect(await again.exited).toBe(0);
    // Child processes on a loaded 2-core machine start slowly; nothing here asserts timing.
  }, 480_000);
});
