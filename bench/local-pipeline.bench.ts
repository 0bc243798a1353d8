/**
 * Pipeline throughput on the local stack (dynalite + s3rver + router + real OCR), end to end through the
 * API: POST /uploads, presigned PUT, extract, classify, until every document is in a terminal state.
 * Born-digital PDFs (text layer, no OCR) and PNG scans (tesseract, 2 workers) are measured separately.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadFiles } from '#cli/upload/bulk-upload.ts';
import { generateSamples } from '#demo/samples/generate.ts';
import { openLocalStack } from '#local/composition.ts';
import { signLocalToken } from '#local/tokens.ts';
import type { BenchResult } from './run.ts';

const PDFS = 40;
const SCANS = 6;

export default async function bench(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sohoa-bench-pipeline-'));
  const stack = await openLocalStack({ dataDir: join(dir, 'data'), port: 0, logLevel: 'ERROR', extractConcurrency: 2 });
  try {
    await stack.deps.stores.agencies.put({
      id: 'bench',
      name: 'Bench agency',
      level: 'province',
      parentId: null,
      emails: [],
      validFrom: null,
      validTo: null,
      successorId: null,
    });
    const token = await signLocalToken({ agencyId: 'bench' }, { dataDir: stack.dataDir });
    const run = async (name: string, formats: ('pdf' | 'scan-png')[], count: number, seed: number) => {
      const outDir = join(dir, name);
      await generateSamples({ outDir, count, seed, formats });
      const started = performance.now();
      const summary = await uploadFiles({
        apiUrl: stack.config.apiUrl,
        token,
        paths: [outDir],
        concurrency: 4,
        manifestPath: false,
        wait: true,
        pollIntervalMs: 100,
      });
      await stack.idle();
      const seconds = (performance.now() - started) / 1000;
      const done = summary.files.filter((f) => f.outcome === 'uploaded').length;
      return { seconds, done, counts: summary.counts };
    };
    // One scan first so tesseract's workers and model are loaded: the figures are steady-state.
    await run('warmup', ['scan-png'], 2, 7);
    const pdf = await run('pdf', ['pdf'], PDFS, 101);
    const scan = await run('scan', ['scan-png'], SCANS, 202);
    return [
      {
        name: 'text-layer PDFs, upload → terminal state',
        value: pdf.done / pdf.seconds,
        unit: 'documents/s',
        notes: `${pdf.done} PDFs in ${pdf.seconds.toFixed(1)} s; ${JSON.stringify(pdf.counts)}`,
      },
      {
        name: 'PNG scans (tesseract, 2 workers), upload → terminal state',
        value: scan.done / scan.seconds,
        unit: 'documents/s',
        notes: `${scan.done} scans in ${scan.seconds.toFixed(1)} s; ${JSON.stringify(scan.counts)}`,
      },
    ];
  } finally {
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  }
}
