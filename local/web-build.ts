/**
 * Builds the web app (web/ → web/dist) when the build is missing or older than its sources, so `sohoa dev`
 * and `npm run demo` always serve the current app. A Vite build takes a few seconds; an up-to-date build
 * costs one directory walk.
 */
import { execFile } from 'node:child_process';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const WEB_DIR = fileURLToPath(new URL('../web', import.meta.url));
/** Sources outside web/ that the app imports (pure domain modules). */
const SHARED_SOURCES = fileURLToPath(new URL('../shared/domain', import.meta.url));

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name.startsWith('dist.') || entry.name === 'node_modules') continue;
    newest = Math.max(newest, await newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Whether web/dist is missing or older than a source of the app. */
export async function webBuildIsStale(webDir = WEB_DIR): Promise<boolean> {
  const built = await stat(join(webDir, 'dist', 'index.html')).catch(() => null);
  if (!built) return true;
  const sources = Math.max(await newestMtime(webDir), await newestMtime(SHARED_SOURCES));
  return sources > built.mtimeMs;
}

export type WebBuildResult = 'fresh' | 'built' | 'unavailable';

/**
 * Builds web/dist when stale. The build goes to a temporary folder then replaces web/dist, so a server (or
 * a parallel test) never serves half a build. `unavailable` when Vite is not installed (production install).
 */
export async function ensureWebBuild(
  options: { webDir?: string; log?: (line: string) => void } = {},
): Promise<WebBuildResult> {
  const webDir = options.webDir ?? WEB_DIR;
  if (!(await webBuildIsStale(webDir))) return 'fresh';
  let viteBin: string;
  try {
    viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    options.log?.('web app: vite is not installed; /app/ is not served (run `npm ci` to get it)');
    return 'unavailable';
  }
  const outDir = join(webDir, `dist.tmp-${process.pid}-${Date.now()}`);
  const started = Date.now();
  // A child process with NODE_ENV=production: inside a test runner NODE_ENV is `test`, which would bundle
  // React's development build.
  await promisify(execFile)(
    process.execPath,
    [
      viteBin,
      'build',
      '--config',
      join(webDir, 'vite.config.ts'),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: webDir, env: { ...process.env, NODE_ENV: 'production' } },
  );
  const dist = join(webDir, 'dist');
  await rm(dist, { recursive: true, force: true });
  try {
    await rename(outDir, dist);
  } catch (error) {
    // Another process finished the same build first: keep its output.
    await rm(outDir, { recursive: true, force: true });
    if (!(await stat(join(dist, 'index.html')).catch(() => null))) throw error;
  }
  options.log?.(`web app: built web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 'built';
}
