/** The first load stays under 200 KB of gzipped JavaScript (issue 11): the entry and what it preloads. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { ensureWebBuild } from '#local/web-build.ts';

const DIST = resolve(process.cwd(), 'web/dist');

it('keeps the first load (entry, preloaded chunks, the upload page) under 200 KB gzipped', async () => {
  await ensureWebBuild();
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(first.length).toBeGreaterThanOrEqual(1);
  // A clerk lands on the upload page: its chunk and the chunks it imports load too.
  const seen = new Set(first);
  const queue = [...first];
  const entry = await readFile(join(DIST, first[0]!), 'utf8');
  const upload = /assets\/upload-page-[\w-]+\.js/.exec(entry)?.[0];
  if (upload) queue.push(upload);
  let bytes = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    const code = await readFile(join(DIST, file));
    bytes += gzipSync(code).length;
    for (const m of code.toString('utf8').matchAll(/from"\.\/([\w-]+\.js)"/g)) {
      const next = `assets/${m[1]}`;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
    seen.add(file);
  }
  expect(bytes).toBeLessThanOrEqual(200 * 1024);
  console.info(`first load: ${(bytes / 1024).toFixed(1)} KB gzipped JavaScript in ${seen.size} files`);
}, 120_000);
