/**
 * `npm run bench [-- name...]`: runs every bench/<name>.bench.ts (or only the named ones), prints a table
 * per benchmark and writes bench/results/latest.json. Timing lives here, never in tests.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One measured figure. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target from the issue, when there is one, e.g. ">= 5000". */
  target?: string;
  notes?: string;
}

export type Benchmark = () => Promise<BenchResult[]>;

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
const all: Record<string, BenchResult[]> = {};
for (const file of files) {
  const name = basename(file, '.bench.ts');
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  process.stdout.write(`\n## ${name}\n`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Benchmark };
  const results = await mod.default();
  all[name] = results;
  console.table(results.map((r) => ({ ...r, value: Number(r.value.toFixed(3)) })));
}
await writeFile(
  join(here, 'results', 'latest.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results: all }, null, 2)}\n`,
);
