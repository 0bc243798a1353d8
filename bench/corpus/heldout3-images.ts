/**
 * Held-out 3's, 4's and 5's halves (and all of held-out 6) as photos: each document whose text is a paper as
 * printed (not one already written as OCR or Textract output: see OCR_OUTPUT_TAGS) is rendered in its form's
 * layout with the photo-like corpus's renderer and defects (render-images.ts), one image per page, into a
 * temporary directory, then read by the real OCR adapter and scored like the committed photo-like corpus. Which
 * defects a document gets is fixed by its position (a rotation over the combinations used by build-images.ts), not
 * chosen by looking at it.
 * Nothing is committed: the images are rebuilt on each run (deterministic). The blind halves run with
 * SOHOA_ACCURACY_HELDOUT3=1 … SOHOA_ACCURACY_HELDOUT7=1 unless SOHOA_ACCURACY_IMAGES=0; a corpus not split yet runs
 * whole (`which` 'all', every printed paper, all of it blind until its first measurement).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusRun } from './bench-corpora.ts';
import { DEFECT_TAGS6 } from './heldout6.ts';
import { DEFECT_TAGS7 } from './heldout7.ts';
import { DEFECT_TAGS8 } from './heldout8.ts';
import { DEFECT_TAGS9 } from './heldout9.ts';
import { DEFECT_TAGS10 } from './heldout10.ts';
import { type ImageEntry, runImageCorpus } from './image-run.ts';
import type { CorpusDoc, CorpusTruth } from './kit.ts';
import { type Defect, degrade, type Paper, renderPage } from './render-images.ts';

/** The combinations of build-images.ts's picks, in a fixed rotation. */
const COMBOS: Defect[][] = [
  ['phone-photo'],
  ['office-scan', 'jpeg'],
  ['phone-photo', 'shadow'],
  ['perspective', 'uneven-light', 'jpeg'],
  ['low-dpi', 'jpeg'],
  ['screenshot'],
  ['phone-photo', 'blur'],
  ['office-scan', 'grain', 'jpeg'],
  ['office-scan', 'crease', 'jpeg'],
  ['phone-photo', 'far', 'jpeg'],
];

/** Per corpus, the tags of texts written as OCR or Textract output (already read, not papers to photograph). */
const OCR_OUTPUT_TAGS = {
  'held-out 3': ['ocr-noise', 'textract-order', 'stamp-merged', 'app-bar'],
  'held-out 4': [
    'ocr-noise',
    'textract-order',
    'two-column-rows',
    'stamp-crossing',
    'run-together',
    'digit-confusion',
    'lost-title',
  ],
  'held-out 5': ['textract-lines', 'textract-kv', 'textract-table', 'phone-screen', 'ocr-noise'],
  'held-out 6': DEFECT_TAGS6,
  'held-out 7': DEFECT_TAGS7,
  'held-out 8': DEFECT_TAGS8,
  'held-out 9': DEFECT_TAGS9,
  'held-out 10': DEFECT_TAGS10,
} as const;

const paperOf = (id: string): Paper => (id.startsWith('ho-') ? 'green' : id.startsWith('dat-') ? 'pink' : 'white');

/** Held-out 3's half as photos (the bench's row, and the dev half's script). */
export const runHeldout3Images = (half: CorpusDoc[], which: 'blind' | 'dev' = 'blind') =>
  runHeldoutImages(half, 'held-out 3', which);

/**
 * A held-out corpus's half as photos: `which` names the run and its temporary directory (the dev half is run
 * the same way to read its misses; 'all' is a corpus not split yet, every document blind). `shift` > 0
 * photographs the papers again with other defects and seeds (each paper gets the defect combination `shift`
 * places on, and other noise): fresh OCR damage on texts already read, for the dev half
 * (SOHOA_ACCURACY_REPHOTO=1); 0 is the bench's own photos.
 */
export async function runHeldoutImages(
  half: CorpusDoc[],
  corpus: keyof typeof OCR_OUTPUT_TAGS,
  which: 'blind' | 'dev' | 'all',
  shift = 0,
): Promise<CorpusRun | null> {
  const skip: readonly string[] = OCR_OUTPUT_TAGS[corpus];
  const docs = half.filter((d) => !d.tags.some((t) => skip.includes(t)));
  const dir = join(tmpdir(), `sohoa-${corpus.replace(/[^a-z0-9]/g, '')}-images-${which}${shift ? `-${shift}` : ''}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entries: ImageEntry[] = [];
  for (const [n, doc] of docs.entries()) {
    const defects = COMBOS[(n + shift) % COMBOS.length]!;
    const files: string[] = [];
    for (const [k, page] of doc.pages.entries()) {
      const seed = 9100 + n * 37 + k + shift * 1000;
      const png = renderPage(page, {
        paper: paperOf(doc.id),
        handwriting: doc.tags.includes('handwritten'),
        stamp: k === doc.pages.length - 1 ? `★ ${doc.truth.issuer ?? 'ỦY BAN NHÂN DÂN'} ★` : undefined,
        seed,
      });
      const file = `${n}_${k + 1}.${defects.includes('screenshot') ? 'png' : 'jpg'}`;
      await writeFile(join(dir, file), await degrade(png, defects, seed));
      files.push(file);
    }
    entries.push({ id: doc.id, files, source: doc.id, defects, truth: doc.truth });
  }
  const truths = new Map<string, CorpusTruth>(docs.map((d) => [d.id, d.truth]));
  const name =
    which === 'all'
      ? `${corpus} photo-like images (all blind)`
      : `${corpus} ${which} half ${shift ? 're-photographed' : 'photo-like images'}`;
  return runImageCorpus({ entries, dir, truths, name });
}
