/**
 * Classification accuracy, per corpus:
 * - generated: a fresh generated corpus (demo/samples composeDocument, fictional data), for the original
 *   text, its accent-folded copy and a Textract-like degraded copy (SOHOA_ACCURACY_DOCS=N, default 520);
 * - official-form texts: bench/corpus (texts that follow the official forms and real published documents,
 *   written independently of the classifier), and their Textract-style variants;
 * - held-out texts: bench/corpus/heldout.ts (written without reading the classifier or the other corpus
 *   files; the classifier is never tuned on it), as written and Textract-style;
 * - held-out 2 texts: bench/corpus/heldout2.ts (a second blind set written after the first was spent; same
 *   rule), as written and Textract-style (SOHOA_ACCURACY_HELDOUT2=0 skips them);
 * - photo-like images: bench/corpus/images rendered from a subset of those texts with photo and scan
 *   defects, read through the real OCR adapter (SOHOA_ACCURACY_IMAGES=0 skips them).
 * For each: accuracy per field, result-vs-not, precision of automatic acceptance (accepted without review
 * and type, number, issue date, level and expiry all right), automation rate and the type confusion
 * matrix; misses go to bench/results/accuracy-misses.json (SOHOA_ACCURACY_MISSES=1 prints them).
 * `npm run bench -- accuracy`
 */

import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { classifyText } from '#shared/domain/classify.ts';
import { foldAccents } from '#shared/domain/normalize.ts';
import type { Classification, Level } from '#shared/domain/types.ts';
import { degradeLikeTextract } from '#test/unit/domain/textract-like.ts';
import { corpusRows, runOfficialCorpora } from './corpus/bench-corpora.ts';
import type { BenchResult } from './run.ts';

interface Truth {
  kind: string;
  docType: string | null;
  docNumber: string | null;
  issueDate: string | null;
  expiryDate: string | null;
  level: Level | null;
}

interface Sample {
  text: string;
  truth: Truth;
}

type Compose = (spec: { docType: string; level?: Level; seed: number }) => { lines: string[]; truth: Truth };
type ComposeNot = (spec: { seed: number }) => { lines: string[]; truth: Truth };

export async function buildCorpus(count: number, seed: number): Promise<Sample[] | null> {
  let mod: { composeDocument?: Compose; composeNotAResult?: ComposeNot };
  try {
    // A variable specifier: the generator is another engineer's module and may be absent in a partial tree.
    const generator = '#demo/samples/compose.ts';
    mod = (await import(generator)) as typeof mod;
  } catch {
    return null;
  }
  if (!mod.composeDocument) return null;
  // Only the types the generator has a template for (the catalogue may hold more).
  const types = CATALOGUE.filter((t) => {
    try {
      mod.composeDocument?.({ docType: t.id, seed });
      return true;
    } catch {
      return false;
    }
  });
  const samples: Sample[] = [];
  const levels: Array<Level | undefined> = [undefined, 'province', 'district', 'commune'];
  for (let i = 0; i < count; i++) {
    const s = seed + i * 7919;
    if (mod.composeNotAResult && i % 13 === 12) {
      const d = mod.composeNotAResult({ seed: s });
      samples.push({ text: d.lines.join('\n'), truth: d.truth });
      continue;
    }
    const type = types[i % types.length]!;
    const wanted = levels[Math.floor(i / types.length) % levels.length];
    const level = wanted && [...type.levels.before, ...type.levels.after].includes(wanted) ? wanted : undefined;
    try {
      const d = mod.composeDocument({ docType: type.id, level, seed: s });
      samples.push({ text: d.lines.join('\n'), truth: d.truth });
    } catch {
      const d = mod.composeDocument({ docType: type.id, seed: s });
      samples.push({ text: d.lines.join('\n'), truth: d.truth });
    }
  }
  return samples;
}

const FIELDS = ['docType', 'docNumber', 'issueDate', 'expiryDate', 'level'] as const;

export function score(samples: Sample[], variant: (text: string, i: number) => string) {
  const hits: Record<(typeof FIELDS)[number], number> = {
    docType: 0,
    docNumber: 0,
    issueDate: 0,
    expiryDate: 0,
    level: 0,
  };
  const misses: string[] = [];
  let results = 0;
  samples.forEach((s, i) => {
    const c: Classification = classifyText(variant(s.text, i));
    const typeOk = c.kind === s.truth.kind && c.docType === s.truth.docType;
    if (typeOk) hits.docType++;
    else misses.push(`#${i} type ${s.truth.docType ?? s.truth.kind} → ${c.docType ?? c.kind}`);
    if (s.truth.kind !== 'result') return;
    results++;
    for (const f of FIELDS.slice(1)) {
      if (c[f] === s.truth[f]) hits[f]++;
      else misses.push(`#${i} ${s.truth.docType} ${f}: ${String(s.truth[f])} → ${String(c[f])}`);
    }
  });
  return {
    type: hits.docType / samples.length,
    docNumber: hits.docNumber / results,
    issueDate: hits.issueDate / results,
    expiryDate: hits.expiryDate / results,
    level: hits.level / results,
    misses,
  };
}

export const VARIANTS: Record<string, (text: string, i: number) => string> = {
  original: (t) => t,
  'accent-folded': (t) => foldAccents(t),
  'textract-like': (t, i) => degradeLikeTextract(t, 1000 + i),
};

export default async function accuracy(): Promise<BenchResult[]> {
  const count = Number(process.env.SOHOA_ACCURACY_DOCS ?? 520);
  const corpus = await buildCorpus(count, 20261127);
  if (!corpus) {
    return [
      { name: 'accuracy', value: 0, unit: 'n/a', notes: 'sample generator (demo/samples/compose.ts) not available' },
    ];
  }
  const out: BenchResult[] = [];
  const official = await runOfficialCorpora(corpus.map((s) => ({ text: s.text, truth: s.truth })));
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const r = score(corpus, variant);
    const notes = `${corpus.length} documents`;
    out.push({ name: `${name}: type`, value: r.type * 100, unit: '%', target: '>= 97', notes });
    for (const f of ['docNumber', 'issueDate', 'expiryDate', 'level'] as const) {
      out.push({ name: `${name}: ${f}`, value: r[f] * 100, unit: '%', target: '>= 95' });
    }
    if (process.env.SOHOA_ACCURACY_MISSES)
      for (const m of r.misses.slice(0, 40)) process.stdout.write(`${name} ${m}\n`);
  }
  out.push(...corpusRows(official));
  return out;
}
