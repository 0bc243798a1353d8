/**
 * What page preparation (shared/adapters/image/prepare.ts) does to OCR and fields on the photo-like
 * corpus: `npx tsx bench/prepare-effect.ts raw` (tesseract on the images as they are) or `... prep` (the
 * engine's default). Prints field accuracy per document, mean line confidence and CPU s/page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';
import type { ExtractedText } from '#shared/domain/types.ts';
import { classifyWithDomain } from '#shared/use-cases/domain-classifier.ts';
import { REFERENCE_DATE } from './corpus/bench-corpora.ts';
import { IMAGES_DIR as dir, readManifest } from './corpus/image-run.ts';

const manifest = (await readManifest()) ?? [];
const prepare = process.argv[2] === 'prep';
const engine = makeTesseractEngine({ prepare, workers: 1 });
const fields = ['docType', 'docNumber', 'issueDate', 'level'] as const;
const hits: Record<string, number> = { docType: 0, docNumber: 0, issueDate: 0, level: 0, kind: 0 };
let pages = 0;
let conf = 0;
let lines = 0;
const t0 = process.cpuUsage();
const w0 = Date.now();
for (const e of manifest) {
  const text: ExtractedText = { engine: 'tesseract', pages: [] };
  for (const f of e.files) {
    const bytes = await readFile(join(dir, f));
    const out = await engine.extract({ bytes, contentType: 'image/jpeg' });
    if ('pending' in out) throw new Error();
    for (const p of out.pages) {
      text.pages.push({ ...p, pageNumber: text.pages.length + 1 });
      for (const l of p.lines) {
        conf += l.confidence;
        lines++;
      }
    }
    pages++;
  }
  const c = classifyWithDomain(text, { referenceDate: REFERENCE_DATE }) as unknown as Record<string, unknown>;
  const truth = e.truth as unknown as Record<string, unknown>;
  for (const k of fields) if ((c[k] ?? null) === (truth[k] ?? null)) hits[k]!++;
  if (c.kind === truth.kind) hits.kind!++;
}
const u = process.cpuUsage(t0);
await engine.close?.();
console.log(
  JSON.stringify({
    prepare,
    docs: manifest.length,
    pages,
    acc: Object.fromEntries(Object.entries(hits).map(([k, v]) => [k, Math.round((100 * v) / manifest.length)])),
    meanLineConf: +(conf / lines).toFixed(3),
    cpuSPerPage: +((u.user + u.system) / 1e6 / pages).toFixed(2),
    wallSPerPage: +((Date.now() - w0) / 1000 / pages).toFixed(2),
  }),
);
