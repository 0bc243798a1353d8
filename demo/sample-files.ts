/**
 * Writes the demo's planned uploads as files, one folder per uploading agency, with the sample
 * generator's composer and renderers. A folder written for the same plan is reused as it is, so a re-run
 * uploads byte-identical files (and the pipeline recognises them as duplicates).
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlannedUpload, SampleFormat } from '#demo/plan.ts';
import { composeDocument, composeNotAResult } from '#demo/samples/compose.ts';
import { renderPdf, renderScan } from '#demo/samples/render.ts';

const EXTENSIONS: Record<SampleFormat, string> = {
  pdf: '.pdf',
  'scan-png': '.png',
  'scan-jpeg': '.jpg',
  'scan-tiff': '.tif',
  'scan-pdf': '.pdf',
};

export interface DemoFile {
  planned: PlannedUpload;
  /** Absolute path of the file to upload. */
  path: string;
}

export function fileNameOf(planned: PlannedUpload): string {
  return `${planned.name}${EXTENSIONS[planned.format]}`;
}

async function render(planned: PlannedUpload): Promise<Uint8Array> {
  if (planned.variant === 'not-a-result') {
    // A provincial plan (kế hoạch): an administrative document, but not the result of a procedure.
    const composed = composeNotAResult({ kind: 'ke-hoach', seed: planned.seed, level: 'province' });
    return renderPdf(composed.blocks);
  }
  if (!planned.spec) throw new Error(`demo samples: ${planned.name} has nothing to compose`);
  const composed = composeDocument(planned.spec);
  if (planned.format === 'pdf') return renderPdf(composed.blocks, { title: composed.truth.title ?? undefined });
  const format = planned.format.slice('scan-'.length) as 'png' | 'jpeg' | 'tiff' | 'pdf';
  return renderScan(composed.blocks, format, { seed: planned.seed });
}

/** A PDF cut short: the header is right, the body and the cross-reference table are gone. */
async function corruptPdf(seed: number): Promise<Uint8Array> {
  const whole = await renderPdf(
    composeDocument({ docType: 'khai-sinh', seed, referenceDate: '2026-01-01', level: 'commune' }).blocks,
  );
  return whole.slice(0, Math.floor(whole.length / 3));
}

export interface WriteDemoFilesOptions {
  /**
   * Called once per uploading agency as soon as its files (duplicates aside) are on disk, so uploads can
   * start while later agencies are still being generated. Agencies with scans come first: their OCR is the
   * slowest part of the pipeline and runs in worker threads while the rest is generated.
   */
  onAgencyReady?: (agencyId: string, files: DemoFile[]) => void;
}

/**
 * Writes every planned file under `dir/<uploaderId>/` (plus `plan.json`). When `dir` already holds the same
 * plan, the files are reused untouched. Copies (`duplicate`) are written last and never handed to
 * `onAgencyReady`: the caller sends them after the first batch.
 */
export async function writeDemoFiles(
  plan: readonly PlannedUpload[],
  dir: string,
  options: WriteDemoFilesOptions = {},
): Promise<DemoFile[]> {
  const planText = `${JSON.stringify(plan, null, 2)}\n`;
  const planPath = join(dir, 'plan.json');
  const files = plan.map((planned) => ({ planned, path: join(dir, planned.uploaderId, fileNameOf(planned)) }));
  const groups = new Map<string, DemoFile[]>();
  for (const file of files) {
    if (file.planned.variant === 'duplicate') continue;
    groups.set(file.planned.uploaderId, [...(groups.get(file.planned.uploaderId) ?? []), file]);
  }
  const scansOf = (group: DemoFile[]) => group.filter((f) => f.planned.format !== 'pdf').length;
  const ordered = [...groups].sort((a, b) => scansOf(b[1]) - scansOf(a[1]));

  const previous = await readFile(planPath, 'utf8').catch(() => null);
  if (previous === planText) {
    const present = await Promise.all(
      files.map((f) =>
        readFile(f.path).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (present.every(Boolean)) {
      for (const [agencyId, group] of ordered) options.onAgencyReady?.(agencyId, group);
      return files;
    }
  }
  await rm(dir, { recursive: true, force: true });
  for (const [agencyId, group] of ordered) {
    await mkdir(join(dir, agencyId), { recursive: true });
    for (const file of group) {
      const bytes =
        file.planned.variant === 'corrupt' ? await corruptPdf(file.planned.seed) : await render(file.planned);
      await writeFile(file.path, bytes);
    }
    options.onAgencyReady?.(agencyId, group);
    // Let the uploads just handed over make progress before the next agency's rendering takes the thread.
    await new Promise((r) => setImmediate(r));
  }
  const byName = new Map(files.map((f) => [f.planned.name, f]));
  for (const file of files) {
    if (file.planned.variant !== 'duplicate') continue;
    const original = byName.get(file.planned.copyOf ?? '');
    if (!original) throw new Error(`demo samples: ${file.planned.name} copies an unknown file`);
    await mkdir(join(dir, file.planned.uploaderId), { recursive: true });
    await copyFile(original.path, file.path);
  }
  await writeFile(planPath, planText);
  return files;
}
