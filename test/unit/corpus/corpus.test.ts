/**
 * The evaluation corpus (bench/corpus) is well formed: every truth has its fields, type ids exist in the
 * catalogue (or are null), dates are real ISO dates, ids are unique, images decode. Not classifier accuracy.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_IDS } from '#shared/domain/catalogue.ts';
import { LEVELS } from '#shared/domain/types.ts';
import { IMAGES_DIR, readManifest } from '../../../bench/corpus/image-run.ts';
import type { CorpusDoc, CorpusTruth } from '../../../bench/corpus/kit.ts';
import { resolveUnknownTypes, textCorpus } from '../../../bench/corpus/texts.ts';
import { KEYS } from './checks.ts';

function realIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

function checkTruth(t: CorpusTruth): string[] {
  const problems: string[] = [];
  for (const k of KEYS) if (!(k in t)) problems.push(`missing ${k}`);
  if (t.kind !== 'result' && t.kind !== 'not_a_result') problems.push(`kind ${String(t.kind)}`);
  if (t.docType !== null && !DOCUMENT_TYPE_IDS.includes(t.docType)) problems.push(`unknown type id ${t.docType}`);
  if (t.kind === 'not_a_result' && t.docType !== null) problems.push('a non-result with a type');
  if (t.level !== null && !LEVELS.includes(t.level)) problems.push(`level ${t.level}`);
  for (const k of ['issueDate', 'expiryDate'] as const) {
    const v = t[k];
    if (v !== null && !realIsoDate(v)) problems.push(`${k} ${v}`);
  }
  if (t.issueDate && t.expiryDate && t.expiryDate <= t.issueDate) problems.push('expiry not after issue');
  if (t.kind === 'result' && t.docType === null && !t.title)
    problems.push('a result of unknown type without its title');
  return problems;
}

describe('text corpus', () => {
  const docs = textCorpus();

  it('has the size and mix the bench relies on', () => {
    const results = docs.filter((d) => d.truth.kind === 'result');
    expect(docs.length).toBeGreaterThanOrEqual(120);
    expect(docs.length - results.length).toBeGreaterThanOrEqual(25);
    // Results the catalogue lacked when the corpus was written (typed null until the catalogue grows one).
    expect(results.filter((d) => d.unknownAs?.length).length).toBeGreaterThanOrEqual(3);
    expect(docs.filter((d) => d.pages.length > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('every document has a unique id, a form, non-empty pages and a complete truth', () => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const d of docs) {
      if (ids.has(d.id)) problems.push(`${d.id}: duplicate id`);
      ids.add(d.id);
      if (!/^[a-z0-9-]+$/.test(d.id)) problems.push(`${d.id}: id is not a file stem`);
      if (!d.form) problems.push(`${d.id}: no form`);
      if (d.pages.length === 0 || d.pages.some((p) => p.trim() === '')) problems.push(`${d.id}: empty page`);
      for (const p of checkTruth(d.truth)) problems.push(`${d.id}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(textCorpus())).toBe(JSON.stringify(docs));
  });

  it('a result the catalogue lacks takes the id of a type added later whose name matches', () => {
    const unknown: CorpusDoc = {
      ...docs.find((d) => d.unknownAs?.length)!,
      unknownAs: ['giấy phép thử nghiệm'],
    };
    unknown.truth = { ...unknown.truth, docType: null };
    const grown = resolveUnknownTypes([unknown], [{ id: 'new-type', name: `Giấy ${unknown.unknownAs![0]!}` }]);
    expect(grown[0]!.truth.docType).toBe('new-type');
    expect(resolveUnknownTypes([unknown], [{ id: 'other', name: 'Giấy khai sinh' }])[0]!.truth.docType).toBeNull();
  });
});

describe('image corpus', async () => {
  const manifest = await readManifest();
  it.skipIf(!manifest)('every entry has a truth, pages that exist and decode, and a source text', async () => {
    const byId = new Map(textCorpus().map((d) => [d.id, d]));
    const problems: string[] = [];
    for (const e of manifest ?? []) {
      for (const p of checkTruth(e.truth)) problems.push(`${e.id}: ${p}`);
      const source = byId.get(e.source);
      if (!source) problems.push(`${e.id}: no source text ${e.source}`);
      // The bench scores an image by its source's truth (which follows the catalogue); the manifest keeps a copy.
      else if (JSON.stringify({ ...source.truth, docType: null }) !== JSON.stringify({ ...e.truth, docType: null }))
        problems.push(`${e.id}: truth differs from its source`);
      if (e.files.length === 0) problems.push(`${e.id}: no page image`);
      for (const f of e.files) {
        const path = join(IMAGES_DIR, f);
        if (!existsSync(path)) {
          problems.push(`${e.id}: missing ${f}`);
          continue;
        }
        const meta = await sharp(path).metadata();
        if (!meta.width || !meta.height || meta.width < 300) problems.push(`${e.id}: ${f} does not decode to a page`);
      }
    }
    expect(problems).toEqual([]);
  });
});
