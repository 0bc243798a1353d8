/**
 * The real local stack for the web app in a browser: a `sohoa dev` child process (free ports, temporary data
 * directory, the current web build), agencies and inventories imported through the CLI, and Debian's chromium
 * through playwright-core. Shared by the browser tests (test/web/app.browser.test.ts) and the upload bench
 * (bench/web-upload.bench.ts).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { ensureWebBuild } from '#local/web-build.ts';

export const CHROMIUM = '/usr/bin/chromium';
const BIN = resolve(process.cwd(), 'cli/bin.js');
const run = promisify(execFile);

export interface WebStackOptions {
  /** `sohoa agencies import` CSV. */
  agenciesCsv: string;
  /** `sohoa inventory import` CSV, if any. */
  inventoriesCsv?: string;
  /** Work done while the web app builds and the stack starts (e.g. writing a folder of scans into `cwd`). */
  prepare?: (cwd: string) => Promise<void>;
}

export interface WebStack {
  /** The temporary working directory (removed by `close`). */
  cwd: string;
  dataDir: string;
  webUrl: string;
  apiUrl: string;
  browser: Browser;
  /** Runs `sohoa <args> --data-dir <dataDir>`; its stdout. */
  cli(...args: string[]): Promise<string>;
  /** A fresh browser context (vi-VN, width × height, 768 unless said) and its page. */
  newPage(width?: number, height?: number): Promise<{ context: BrowserContext; page: Page }>;
  /**
   * Signs in on `page` as a person would: the app's sign-in button, the provider's form with the demo user
   * `login` (`vanthu.<agency>`, `xem.<agency>`, `quantri`), the redirect back to the app.
   */
  signIn(page: Page, login: string, onSignInPage?: (page: Page) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function startWebStack(options: WebStackOptions): Promise<WebStack> {
  const cwd = await mkdtemp(join(tmpdir(), 'sohoa-web-'));
  const dataDir = join(cwd, '.sohoa');
  let dev: ChildProcess | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    if (dev && dev.exitCode === null) {
      const exited = new Promise((r) => dev?.once('exit', r));
      dev.kill('SIGINT');
      await exited;
    }
    await rm(cwd, { recursive: true, force: true });
  };
  try {
    await Promise.all([options.prepare?.(cwd), ensureWebBuild()]);
    const child = spawn(process.execPath, [BIN, 'dev', '--port', '0', '--data-dir', dataDir], {
      cwd,
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN' },
    });
    dev = child;
    let out = '';
    let err = '';
    child.stdout?.on('data', (c) => {
      out += c;
    });
    child.stderr?.on('data', (c) => {
      err += c;
    });
    for (let i = 0; !out.includes('Config:'); i++) {
      if (child.exitCode !== null || i > 1800) throw new Error(`sohoa dev did not start: ${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const config = JSON.parse(await readFile(join(dataDir, 'dev.json'), 'utf8')) as {
      webUrl: string;
      apiUrl: string;
    };
    const cli = async (...args: string[]) => {
      const { stdout } = await run(process.execPath, [BIN, ...args, '--data-dir', dataDir], { cwd });
      return stdout;
    };
    await writeFile(join(cwd, 'agencies.csv'), options.agenciesCsv);
    await cli('agencies', 'import', join(cwd, 'agencies.csv'));
    if (options.inventoriesCsv) {
      await writeFile(join(cwd, 'inventories.csv'), options.inventoriesCsv);
      await cli('inventory', 'import', join(cwd, 'inventories.csv'));
    }
    // launch() runs chromium on a fresh temporary profile (--user-data-dir is Playwright's to set).
    const launched = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    browser = launched;
    return {
      cwd,
      dataDir,
      webUrl: config.webUrl,
      apiUrl: config.apiUrl,
      browser: launched,
      cli,
      async newPage(width = 1366, height = 768) {
        const context = await launched.newContext({ viewport: { width, height }, locale: 'vi-VN' });
        return { context, page: await context.newPage() };
      },
      async signIn(page, login, onSignInPage) {
        await page.goto(config.webUrl);
        await onSignInPage?.(page);
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
        // The provider of `sohoa dev` (code + PKCE): its Vietnamese sign-in form, then back to the app.
        await page.getByLabel('Tên đăng nhập').fill(login);
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
        // Signed in: the header's sign-out button is there (behind the "Chức năng" button on a phone).
        await page.getByRole('button', { name: 'Đăng xuất', includeHidden: true }).waitFor({ state: 'attached' });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
