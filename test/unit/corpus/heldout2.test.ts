/**
 * The second held-out corpus (bench/corpus/heldout2.ts) is well formed: complete truths with catalogue ids
 * (or null), real ISO dates, unique file-stem ids, the mix the README states, deterministic noise, and
 * unknown-type results that follow the catalogue when it grows. Not classifier accuracy (that is the
 * accuracy bench, measured blind by the coordinator).
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_IDS } from '#shared/domain/catalogue.ts';
import { LEVELS } from '#shared/domain/types.ts';
import { heldoutCorpus } from '../../../bench/corpus/heldout.ts';
import { category2, heldout2Corpus, resolveHeldout2Types, scanNoise } from '../../../bench/corpus/heldout2.ts';
import type { CorpusTruth } from '../../../bench/corpus/kit.ts';

const KEYS: (keyof CorpusTruth)[] = [
  'kind',
  'docType',
  'title',
  'docNumber',
  'issuer',
  'level',
  'issueDate',
  'expiryDate',
];

const realIsoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

describe('second held-out corpus', () => {
  const docs = heldout2Corpus();

  it('has about 100 documents, 25 non-results, 5 unknown-type results, multi-page ones and ~30 % OCR noise', () => {
    const results = docs.filter((d) => d.truth.kind === 'result');
    expect(docs.length).toBeGreaterThanOrEqual(95);
    expect(docs.length - results.length).toBeGreaterThanOrEqual(25);
    expect(results.filter((d) => d.truth.docType === null && d.unknownAs?.length).length).toBeGreaterThanOrEqual(5);
    expect(docs.filter((d) => d.pages.length > 1).length).toBeGreaterThanOrEqual(5);
    const noisy = docs.filter((d) => d.tags.includes('ocr-noise')).length / docs.length;
    expect(noisy).toBeGreaterThan(0.28);
    expect(noisy).toBeLessThan(0.4);
    expect(docs.filter((d) => d.tags.includes('textract-order')).length).toBeGreaterThanOrEqual(8);
    expect(docs.filter((d) => d.tags.includes('post-reform')).length).toBeGreaterThanOrEqual(25);
  });

  it('every document has a unique file-stem id, a known category, a form, non-empty pages and a complete, consistent truth', () => {
    const problems: string[] = [];
    const ids = new Set(heldoutCorpus().map((d) => d.id));
    for (const d of docs) {
      const t = d.truth;
      if (ids.has(d.id)) problems.push(`${d.id}: duplicate id (also across the first held-out set)`);
      ids.add(d.id);
      if (!/^[a-z0-9-]+$/.test(d.id)) problems.push(`${d.id}: id is not a file stem`);
      if (category2(d.id) === d.id.split('-')[0]) problems.push(`${d.id}: no category`);
      if (!d.form) problems.push(`${d.id}: no form`);
      if (d.pages.length === 0 || d.pages.some((p) => p.trim() === '')) problems.push(`${d.id}: empty page`);
      for (const k of KEYS) if (!(k in t)) problems.push(`${d.id}: missing ${k}`);
      if (t.docType !== null && !DOCUMENT_TYPE_IDS.includes(t.docType)) problems.push(`${d.id}: type ${t.docType}`);
      if (t.kind === 'not_a_result' && (t.docType !== null || t.expiryDate !== null))
        problems.push(`${d.id}: a non-result with a type or expiry`);
      if (t.kind === 'not_a_result' && d.id.split('-')[0] !== 'n') problems.push(`${d.id}: non-result outside n-`);
      if (t.kind === 'result' && (t.docNumber === null || t.issueDate === null || t.level === null))
        problems.push(`${d.id}: a result without number, date or level`);
      if (t.kind === 'result' && t.docType === null && !(t.title && d.unknownAs?.length))
        problems.push(`${d.id}: an unknown-type result without its title and unknownAs`);
      if (t.level !== null && !LEVELS.includes(t.level)) problems.push(`${d.id}: level ${t.level}`);
      for (const k of ['issueDate', 'expiryDate'] as const) {
        const v = t[k];
        if (v !== null && !realIsoDate(v)) problems.push(`${d.id}: ${k} ${v}`);
      }
      if (t.issueDate && t.issueDate > '2026-12-01') problems.push(`${d.id}: issued after the bench's reference date`);
      if (t.issueDate && t.expiryDate && t.expiryDate <= t.issueDate) problems.push(`${d.id}: expiry not after issue`);
      // Before the two-tier reform of 01/7/2025 a district may issue; after it there is no district level.
      if (t.level === 'district' && t.issueDate && t.issueDate >= '2025-07-01')
        problems.push(`${d.id}: district after the reform`);
    }
    expect(problems).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(heldout2Corpus())).toBe(JSON.stringify(docs));
  });

  it('scan noise keeps every word that holds a digit and drops marks at full rate', () => {
    const text = 'Số: 12/QĐ-UBND ngày 05/02/2024 TỈNH ĐIỆN BIÊN Giấy chứng nhận quyền sử dụng đất';
    const noisy = scanNoise(text, 7, 1);
    expect(noisy).toContain('12/QĐ-UBND');
    expect(noisy).toContain('05/02/2024');
    expect(noisy).not.toContain('chứng');
  });

  it('a result the catalogue lacks takes the id of a type added later whose name matches, and only then', () => {
    const unknown = docs.find((d) => d.truth.docType === null && d.unknownAs?.length)!;
    const name = `Giấy ${unknown.unknownAs![0]!.toUpperCase()}`;
    const [grown] = resolveHeldout2Types([unknown], [{ id: 'new-type', name }]);
    expect(grown!.truth.docType).toBe('new-type');
    expect(resolveHeldout2Types([unknown], [{ id: 'other', name: 'Giấy khai sinh' }])[0]!.truth.docType).toBeNull();
  });
});
