/**
 * `npm run bench [-- name...]`: runs every bench/<name>.bench.ts (or only the named ones), prints a table
 * per benchmark and records each benchmark's figures in bench/results/latest.json. Timing lives here, never in tests.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
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

// The SDK versions are pinned and work on Node 20; its notice about future releases is noise in a report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

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
// A partial run (`npm run bench -- ocr`) replaces only its own benchmarks in latest.json.
const latestPath = join(here, 'results', 'latest.json');
type Entry = { at: string; node: string; results: BenchResult[] };
const previous = await readFile(latestPath, 'utf8')
  .then((text) => JSON.parse(text) as { benchmarks?: Record<string, Entry> })
  .catch(() => ({ benchmarks: {} as Record<string, Entry> }));
const benchmarks: Record<string, Entry> = { ...(previous.benchmarks ?? {}) };
for (const [name, results] of Object.entries(all)) {
  benchmarks[name] = { at: new Date().toISOString(), node: process.version, results };
}
await writeFile(latestPath, `${JSON.stringify({ benchmarks }, null, 2)}\n`);
