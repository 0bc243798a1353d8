/**
 * Writes the photo-like image corpus: `npx tsx bench/corpus/build-images.ts` renders a subset of the text
 * corpus in the forms' layouts, applies photo and scan defects (render-images.ts), and writes one image per
 * page plus bench/corpus/images/manifest.json with each document's truth. Deterministic; re-run after the
 * text corpus changes.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGES_DIR, type ImageEntry } from './image-run.ts';
import type { CorpusDoc } from './kit.ts';
import { type Defect, degrade, type Paper, renderPage } from './render-images.ts';
import { textCorpus } from './texts.ts';

interface Pick {
  id: string;
  /** Suffix of the image id when the same document is photographed twice. */
  variant?: string;
  stampOverTitle?: boolean;
  paper?: Paper;
  defects: Defect[];
  stamp?: boolean;
  handwriting?: boolean;
}

const CIVIL = 'green' as const;
const LAND = 'pink' as const;

/** Which documents become images, on which paper, with which defects. */
export const PICKS: Pick[] = [
  { id: 'ks-01', paper: CIVIL, defects: ['phone-photo'], stamp: true, handwriting: true },
  { id: 'ks-02', paper: CIVIL, defects: ['phone-photo', 'shadow'], stamp: true },
  { id: 'ks-04', paper: CIVIL, defects: ['screenshot'], stamp: true, handwriting: true },
  { id: 'ks-08', paper: CIVIL, defects: ['office-scan', 'jpeg'], stamp: true },
  { id: 'ks-09', paper: CIVIL, defects: ['low-dpi', 'jpeg'], handwriting: true },
  { id: 'tlks-01', paper: CIVIL, defects: ['office-scan'], stamp: true },
  { id: 'tlks-03', paper: CIVIL, defects: ['phone-photo', 'blur'], stamp: true },
  { id: 'kh-01', paper: CIVIL, defects: ['phone-photo'], stamp: true, handwriting: true },
  { id: 'kh-03', paper: CIVIL, defects: ['office-scan', 'grain'], stamp: true },
  { id: 'tlkt-01', paper: CIVIL, defects: ['screenshot'], stamp: true },
  { id: 'tlkt-02', paper: CIVIL, defects: ['perspective', 'uneven-light', 'jpeg'], stamp: true },
  { id: 'xn-01', defects: ['office-scan'], stamp: true },
  { id: 'xn-03', defects: ['phone-photo', 'shadow'], stamp: true },
  { id: 'xn-05', defects: ['low-dpi', 'blur'], stamp: true },
  { id: 'gcn-old-01', paper: LAND, defects: ['phone-photo'], stamp: true },
  { id: 'gcn-new-01', paper: LAND, defects: ['office-scan', 'jpeg'], stamp: true },
  { id: 'hkd-01', defects: ['phone-photo'], stamp: true },
  { id: 'hkd-03', defects: ['office-scan', 'low-dpi'], stamp: true },
  { id: 'gpxd-01', defects: ['perspective', 'shadow', 'jpeg'], stamp: true },
  { id: 'ctbs-01', defects: ['office-scan'], stamp: true },
  { id: 'ctck-01', defects: ['phone-photo'], stamp: true },
  { id: 'ruou-01', defects: ['screenshot'], stamp: true },
  { id: 'attp-01', defects: ['office-scan', 'grain', 'jpeg'], stamp: true },
  { id: 'tro-cap-01', defects: ['phone-photo', 'uneven-light'], stamp: true },
  { id: 'giao-dat-01', defects: ['office-scan'], stamp: true },
  { id: 'gplx-01', defects: ['phone-photo', 'low-dpi'] },
  { id: 'unknown-karaoke-01', defects: ['office-scan', 'jpeg'], stamp: true },
  { id: 'nr-phat-xd-01', defects: ['phone-photo'], stamp: true },
  { id: 'nr-thu-hoi-dat-01', defects: ['office-scan', 'jpeg'], stamp: true },
  { id: 'nr-cv-gcn-01', defects: ['screenshot'], stamp: true },
  { id: 'nr-tb-gpxd-01', defects: ['perspective', 'shadow'], stamp: true },
  { id: 'nr-kh-kiem-tra-attp-01', defects: ['low-dpi', 'jpeg'], stamp: true },
  { id: 'nr-phieu-hen-01', defects: ['phone-photo', 'blur'] },
  { id: 'ks-03', paper: CIVIL, defects: ['phone-photo', 'far', 'jpeg'], stamp: true },
  { id: 'hkd-02', defects: ['office-scan', 'crease'], stamp: true, stampOverTitle: true },
  { id: 'gcn-new-02', paper: LAND, defects: ['phone-photo', 'far'], stamp: true },
  { id: 'nr-phat-ruou-01', defects: ['screenshot', 'far'], stamp: true },
  { id: 'dn-01', defects: ['office-scan', 'crease', 'jpeg'], stamp: true, stampOverTitle: true },
  {
    id: 'ks-01',
    variant: 'far',
    paper: CIVIL,
    defects: ['perspective', 'far', 'blur', 'jpeg'],
    stamp: true,
    handwriting: true,
  },
];

const stampText = (d: CorpusDoc) => `★ ${d.truth.issuer ?? 'ỦY BAN NHÂN DÂN'} ★ ĐIỆN BIÊN`;

export async function buildImages(): Promise<ImageEntry[]> {
  const byId = new Map(textCorpus().map((d) => [d.id, d]));
  await mkdir(IMAGES_DIR, { recursive: true });
  for (const f of await readdir(IMAGES_DIR)) await rm(join(IMAGES_DIR, f));
  const manifest: ImageEntry[] = [];
  for (const [n, p] of PICKS.entries()) {
    const doc = byId.get(p.id);
    if (!doc) throw new Error(`no corpus document ${p.id}`);
    const files: string[] = [];
    for (const [k, page] of doc.pages.entries()) {
      const seed = 7000 + n * 31 + k;
      const png = renderPage(page, {
        paper: p.paper ?? 'white',
        stamp: p.stamp && (doc.pages.length === 1 || k === 1 || k === 0) ? stampText(doc) : undefined,
        handwriting: p.handwriting,
        stampOverTitle: p.stampOverTitle,
        seed,
      });
      const bytes = await degrade(png, p.defects, seed);
      const ext = p.defects.includes('screenshot') ? 'png' : 'jpg';
      const stem = p.variant ? `${doc.id}-${p.variant}` : doc.id;
      const file = doc.pages.length > 1 ? `${stem}_${k + 1}.${ext}` : `${stem}.${ext}`;
      await writeFile(join(IMAGES_DIR, file), bytes);
      files.push(file);
    }
    manifest.push({
      id: p.variant ? `${doc.id}-${p.variant}` : doc.id,
      files,
      source: doc.id,
      defects: [
        ...p.defects,
        ...(p.paper && p.paper !== 'white' ? [`${p.paper} security background`] : []),
        ...(p.stamp ? ['red seal'] : []),
        ...(p.handwriting ? ['handwritten fields'] : []),
      ],
      truth: doc.truth,
    });
  }
  await writeFile(join(IMAGES_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = await buildImages();
  console.log(`${m.length} documents, ${m.reduce((a, e) => a + e.files.length, 0)} images in ${IMAGES_DIR}`);
}
