/**
 * Builds the web app (web/ → web/dist) when the build is missing or older than its sources, so `sohoa dev`
 * and `npm run demo` always serve the current app. A Vite build takes a few seconds; an up-to-date build
 * costs one directory walk.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('../../web', import.meta.url));
/** Sources outside web/ that the app imports (pure domain modules). */
const SHARED_SOURCES = fileURLToPath(new URL('../domain', import.meta.url));

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
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    options.log?.('web app: vite is not installed; /app/ is not served (run `npm ci` to get it)');
    return 'unavailable';
  }
  const outDir = join(webDir, `dist.tmp-${process.pid}-${Date.now()}`);
  const started = Date.now();
  await vite.build({
    configFile: join(webDir, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
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
