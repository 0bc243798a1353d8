/**
 * OCR seconds per page: tesseract.js (the `tesseract` engine) beside native `tesseract` (Debian
 * tesseract-ocr-vie, OMP_THREAD_LIMIT=1) on the same generated 300-dpi scans, and the pdf-text engine on
 * born-digital PDFs. Reports wall time and CPU time (CPU is the fair figure on a shared machine: wall
 * time there mostly measures the other processes). Also the field accuracy of tesseract + classifier
 * on those scans. SOHOA_BENCH_OCR_PAGES (default 6) sets the number of scans.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf, renderScan } from '#demo/samples/render.ts';
import { SAMPLE_TYPE_IDS } from '#demo/samples/templates.ts';
import { readPdfText } from '#shared/adapters/ocr/pdf-text.ts';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';
import { classifyText } from '#shared/domain/classify.ts';
import type { ExtractedText } from '#shared/domain/types.ts';
import type { BenchResult } from './run.ts';

const PAGES = Number(process.env.SOHOA_BENCH_OCR_PAGES ?? 6);
const DPI = 300;

/** CPU seconds of this process (all threads: tesseract.js runs in worker threads). */
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds of waited-for children, from /proc (Node exposes no child rusage). */
function childCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // cutime and cstime are fields 16 and 17 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function nativeTesseractAvailable(): boolean {
  const out = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return out.status === 0 && /^vie$/m.test(`${out.stdout}${out.stderr}`);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export default async function bench(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sohoa-bench-ocr-'));
  const results: BenchResult[] = [];
  try {
    const docs = Array.from({ length: PAGES }, (_, i) =>
      composeDocument({ docType: SAMPLE_TYPE_IDS[(i * 5) % SAMPLE_TYPE_IDS.length] as string, seed: 900 + i }),
    );
    const files: string[] = [];
    for (const [i, doc] of docs.entries()) {
      const file = join(dir, `page-${i}.png`);
      await writeFile(file, await renderScan(doc.blocks, 'png', { seed: i, dpi: DPI }));
      files.push(file);
    }

    // tesseract.js: one worker, warmed up on the first page so model loading is not counted.
    const engine = makeTesseractEngine();
    const walls: number[] = [];
    const cpus: number[] = [];
    let typeOk = 0;
    let numberOk = 0;
    let dateOk = 0;
    let levelOk = 0;
    const misses: string[] = [];
    try {
      await engine.extract({ bytes: readFileSync(files[0] as string), contentType: 'image/png' });
      for (const [i, file] of files.entries()) {
        const bytes = readFileSync(file);
        const c0 = cpuSeconds();
        const t0 = performance.now();
        const text = (await engine.extract({ bytes, contentType: 'image/png' })) as ExtractedText;
        walls.push((performance.now() - t0) / 1000);
        cpus.push(cpuSeconds() - c0);
        const truth = docs[i]!.truth;
        const c = classifyText(text, { referenceDate: '2026-01-01' });
        if (c.docType === truth.docType) typeOk++;
        if (c.docNumber === truth.docNumber) numberOk++;
        if (c.issueDate === truth.issueDate) dateOk++;
        if (c.level === truth.level) levelOk++;
        const wrong = (['docType', 'docNumber', 'issueDate', 'level'] as const).filter((f) => c[f] !== truth[f]);
        if (wrong.length > 0) misses.push(`${truth.docType}: ${wrong.map((f) => `${f}=${c[f]}`).join(' ')}`);
      }
    } finally {
      await engine.close?.();
    }
    const jsCpu = sum(cpus) / cpus.length;
    results.push(
      {
        name: `tesseract.js wall s/page (${DPI} dpi, ${PAGES} pages)`,
        value: sum(walls) / walls.length,
        unit: 's/page',
      },
      { name: 'tesseract.js CPU s/page', value: jsCpu, unit: 's/page' },
      { name: 'tesseract scans: type accuracy', value: (100 * typeOk) / PAGES, unit: '%', notes: misses.join('; ') },
      { name: 'tesseract scans: docNumber exact', value: (100 * numberOk) / PAGES, unit: '%' },
      { name: 'tesseract scans: issueDate exact', value: (100 * dateOk) / PAGES, unit: '%' },
      { name: 'tesseract scans: level exact', value: (100 * levelOk) / PAGES, unit: '%' },
    );

    if (nativeTesseractAvailable()) {
      const nWalls: number[] = [];
      const nCpus: number[] = [];
      for (const file of files) {
        const c0 = childCpuSeconds();
        const t0 = performance.now();
        const out = spawnSync('tesseract', [file, '-', '-l', 'vie'], {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
        nWalls.push((performance.now() - t0) / 1000);
        nCpus.push(childCpuSeconds() - c0);
        if (out.status !== 0) throw new Error(`native tesseract failed: ${out.stderr}`);
      }
      const nativeCpu = sum(nCpus) / nCpus.length;
      results.push(
        {
          name: 'native tesseract wall s/page (OMP_THREAD_LIMIT=1)',
          value: sum(nWalls) / nWalls.length,
          unit: 's/page',
        },
        { name: 'native tesseract CPU s/page', value: nativeCpu, unit: 's/page' },
        {
          name: 'tesseract.js / native (CPU per page)',
          value: jsCpu / nativeCpu,
          unit: 'ratio',
          target: '<= 1.2',
          notes: 'tesseract.js uses @tesseract.js-data/vie 4.0.0; Debian ships tessdata_fast vie',
        },
      );
    } else {
      results.push({
        name: 'native tesseract',
        value: Number.NaN,
        unit: 's/page',
        notes:
          'skipped: `tesseract` with the vie model is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)',
      });
    }

    // pdf-text: born-digital PDFs, warm (pdfjs loaded once).
    const pdfs = await Promise.all(
      SAMPLE_TYPE_IDS.map((id, i) => composeDocument({ docType: id, seed: 50 + i })).map((d) => renderPdf(d.blocks)),
    );
    await readPdfText(pdfs[0] as Uint8Array);
    const t0 = performance.now();
    const c0 = cpuSeconds();
    for (const pdf of pdfs) await readPdfText(pdf);
    results.push(
      {
        name: `pdf-text wall s/page (${pdfs.length} PDFs)`,
        value: (performance.now() - t0) / 1000 / pdfs.length,
        unit: 's/page',
      },
      { name: 'pdf-text CPU s/page', value: (cpuSeconds() - c0) / pdfs.length, unit: 's/page' },
    );
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
