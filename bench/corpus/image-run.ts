/**
 * The photo-like image corpus through the real extract path: each page image read by the project's OCR
 * adapter (`makeOcrEngines` + `extractWith`, tesseract.js, 2 workers), the page images of one document read
 * as one document (`OcrInput.nextPages`, as the pipeline reads a document uploaded one image per page),
 * classified by `classifyWithDomain`. Reads bench/corpus/images/manifest.json
 * (written by `npx tsx bench/corpus/build-images.ts`); null when it is absent.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, requireFileType } from '#shared/adapters/ocr/detect-file-type.ts';
import { extractWith, makeOcrEngines } from '#shared/adapters/ocr/select-engine.ts';
import type { CorpusRun } from './bench-corpora.ts';
import { classify } from './bench-corpora.ts';
import type { CorpusTruth } from './kit.ts';
import { type Scored, scoreCorpus } from './score.ts';
import { textCorpus } from './texts.ts';

export const IMAGES_DIR = fileURLToPath(new URL('./images/', import.meta.url));

export interface ImageEntry {
  id: string;
  /** Page images in order, relative to the images directory. */
  files: string[];
  /** The text document it was rendered from. */
  source: string;
  defects: string[];
  truth: CorpusTruth;
}

export async function readManifest(): Promise<ImageEntry[] | null> {
  try {
    return JSON.parse(await readFile(join(IMAGES_DIR, 'manifest.json'), 'utf8')) as ImageEntry[];
  } catch {
    return null;
  }
}

/**
 * Reads and scores a set of page images. Default: the committed photo-like corpus, truth from its source text
 * (it follows the catalogue as types are added; the manifest holds a copy). Held-out 3's images
 * (heldout3-images.ts) pass their own entries, directory and truths.
 */
export async function runImageCorpus(
  options: { entries?: ImageEntry[]; dir?: string; name?: string; truths?: Map<string, CorpusTruth> } = {},
): Promise<CorpusRun | null> {
  const entries = options.entries ?? (await readManifest());
  if (!entries) return null;
  const dir = options.dir ?? IMAGES_DIR;
  const sources = options.truths ?? new Map(textCorpus().map((d) => [d.id, d.truth]));
  const engines = makeOcrEngines({ engine: 'tesseract', tesseract: { workers: 2 } });
  const started = performance.now();
  let pages = 0;
  try {
    const scored: Scored[] = await Promise.all(
      entries.map(async (e) => {
        // One document of page images, read as the pipeline reads one uploaded one image per page.
        const files = await Promise.all(
          e.files.map(async (file) => {
            const bytes = await readFile(join(dir, file));
            return { bytes, contentType: CONTENT_TYPES[requireFileType(bytes)], fileName: file };
          }),
        );
        const [first, ...nextPages] = files;
        if (!first) throw new Error(`${e.id}: no page images`);
        const text = await extractWith({ ...first, ...(nextPages.length > 0 ? { nextPages } : {}) }, engines);
        if ('pending' in text) throw new Error(`${e.id}: OCR answered pending`);
        pages += files.length;
        return { file: e.id, truth: sources.get(e.source) ?? e.truth, got: classify(text) };
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      name: options.name ?? 'photo-like images',
      score: scoreCorpus(scored),
      notes: `${entries.length} documents, ${pages} page images, OCR ${seconds.toFixed(0)} s wall (${(seconds / Math.max(1, pages)).toFixed(1)} s/page, 2 workers)`,
    };
  } finally {
    await engines.close();
  }
}
