/**
 * The built web app the deployment uploads (web/dist). `npx cdk synth` builds it first when it is missing or
 * older than its sources (infra/app.ts, the same build `sohoa dev` runs, offline); a synth that still finds
 * no build stops here with what to do, instead of deploying a distribution with nothing behind it.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigError } from '#shared/errors.ts';
import { REPO_ROOT } from './functions.ts';

export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

/** `dir` (default web/dist; the `webDist` context key overrides it) when it holds a build; throws otherwise. */
export function requireWebDist(dir: string = WEB_DIST): string {
  const path = isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir);
  if (!existsSync(join(path, 'index.html'))) {
    throw new ConfigError(
      `the web app is not built: ${join(path, 'index.html')} is missing. Run \`npm run build:web\` (or \`npx cdk synth\`, which builds it), then synthesize again.`,
    );
  }
  return path;
}
