/**
 * `generateSamples`: a corpus of rendered documents with a `<file>.truth.json` beside each, cycling through
 * types, their levels and the requested formats so that a small count still covers everything.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findDocumentType } from '#shared/domain/catalogue.ts';
import type { Level } from '#shared/domain/types.ts';
import { truncatePdf, writeEncryptedPdf } from './bad-files.ts';
import {
  type ComposedDocument,
  composeDocument,
  composeNotAResult,
  type SampleAgency,
  type SampleTruth,
} from './compose.ts';
import { makeRng } from './random.ts';
import { renderPdf, renderScan } from './render.ts';
import { findTemplate, SAMPLE_TYPE_IDS } from './templates.ts';

export type SampleFormat = 'pdf' | 'scan-png' | 'scan-jpeg' | 'scan-tiff' | 'scan-pdf';
export const SAMPLE_FORMATS: readonly SampleFormat[] = ['pdf', 'scan-png', 'scan-jpeg', 'scan-tiff', 'scan-pdf'];

const EXTENSIONS: Record<SampleFormat, string> = {
  pdf: 'pdf',
  'scan-png': 'png',
  'scan-jpeg': 'jpg',
  'scan-tiff': 'tif',
  'scan-pdf': 'pdf',
};

export interface GenerateOptions {
  outDir: string;
  count: number;
  seed: number;
  formats?: readonly SampleFormat[];
  /** Type ids to draw from (default: all 26). */
  types?: readonly string[];
  agency?: SampleAgency;
  /** Share of fixed-term documents issued already expired (default 0). */
  expiredShare?: number;
  /** Share of pages that are not results (letters, plans, menus; default 0). */
  notAResultShare?: number;
  /** Also write a truncated PDF and a password-protected PDF (bad input for tests and demos). */
  badFiles?: boolean;
  referenceDate?: string;
  /** Scan resolution (default 200 dpi). */
  dpi?: number;
  onFile?: (done: number, total: number) => void;
}

export interface GeneratedSample {
  file: string;
  truth: SampleTruth;
  format: SampleFormat;
}

/** Renders one composed document in one format. */
export async function renderSample(
  doc: ComposedDocument,
  format: SampleFormat,
  seed: number,
  dpi = 200,
): Promise<Uint8Array> {
  if (format === 'pdf') return renderPdf(doc.blocks, { title: doc.truth.title ?? undefined });
  const scan = { 'scan-png': 'png', 'scan-jpeg': 'jpeg', 'scan-tiff': 'tiff', 'scan-pdf': 'pdf' } as const;
  return renderScan(doc.blocks, scan[format], { seed, dpi });
}

function levelsFor(id: string): readonly Level[] {
  return findTemplate(id)?.levels ?? findDocumentType(id)?.levels.before ?? ['province'];
}

export async function generateSamples(options: GenerateOptions): Promise<GeneratedSample[]> {
  const formats = options.formats && options.formats.length > 0 ? options.formats : (['pdf', 'scan-png'] as const);
  const types = options.types && options.types.length > 0 ? options.types : SAMPLE_TYPE_IDS;
  for (const id of types) if (!findTemplate(id)) throw new Error(`unknown document type: ${id}`);
  await mkdir(options.outDir, { recursive: true });
  const rng = makeRng(options.seed);
  const written: GeneratedSample[] = [];
  const levelTurn = new Map<string, number>();
  for (let i = 0; i < options.count; i++) {
    const seed = (options.seed * 100_003 + i * 7919) >>> 0;
    const format = formats[i % formats.length] as SampleFormat;
    let doc: ComposedDocument;
    let stem: string;
    if (options.notAResultShare && rng.chance(options.notAResultShare)) {
      doc = composeNotAResult({ seed });
      stem = `${String(i + 1).padStart(4, '0')}-not-a-result`;
    } else {
      // Types rotate with the index, and each type rotates through its levels, so any count ≥ 26 × 3
      // covers every type at every level it allows.
      const docType = types[i % types.length] as string;
      const turn = levelTurn.get(docType) ?? 0;
      levelTurn.set(docType, turn + 1);
      const levels = levelsFor(docType);
      const level = options.agency?.level ?? (levels[turn % levels.length] as Level);
      const expired = Boolean(options.expiredShare && rng.chance(options.expiredShare));
      doc = composeDocument({
        docType,
        level,
        seed,
        expired,
        ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
        ...(options.agency ? { agency: options.agency } : {}),
      });
      stem = `${String(i + 1).padStart(4, '0')}-${docType}-${level}${expired ? '-expired' : ''}`;
    }
    const file = join(options.outDir, `${stem}.${format.startsWith('scan') ? 'scan.' : ''}${EXTENSIONS[format]}`);
    await writeFile(file, await renderSample(doc, format, seed, options.dpi));
    await writeFile(`${file}.truth.json`, `${JSON.stringify({ ...doc.truth, format, seed }, null, 2)}\n`);
    written.push({ file, truth: doc.truth, format });
    options.onFile?.(i + 1, options.count);
  }
  if (options.badFiles) {
    const sample = composeDocument({ docType: 'khai-sinh', seed: options.seed });
    await writeFile(join(options.outDir, 'bad-truncated.pdf'), truncatePdf(await renderPdf(sample.blocks)));
    await writeFile(join(options.outDir, 'bad-encrypted.pdf'), writeEncryptedPdf());
    await writeFile(join(options.outDir, 'bad-empty.pdf'), new Uint8Array());
  }
  return written;
}
