/**
 * The tenth held-out corpus (bench/corpus/heldout10.ts) is well formed: complete truths with catalogue ids (or null
 * with the unknown type's phrases), real ISO dates, expiries after issue, the printed issue date and number on the
 * page, no district after the two-tier reform, unique file-stem ids (also across held-out 1–9), the mix the README
 * states, the regions and issuers it was written for, and unknown-type results that follow the catalogue when it
 * grows. Not classifier accuracy: the classifier is never run here (the coordinator measures the corpus blind, with
 * SOHOA_ACCURACY_HELDOUT10=1).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { LEVELS } from '#shared/domain/types.ts';
import {
  category10,
  DEFECT_TAGS10,
  heldout10Corpus,
  resolveHeldout10Types,
  TAGS10,
} from '../../../bench/corpus/heldout10.ts';
import { fold } from '../../../bench/corpus/kit.ts';
import { heldoutChecks, REFERENCE_DATE } from './checks.ts';

describe('tenth held-out corpus', () => {
  const docs = heldout10Corpus();
  const results = docs.filter((d) => d.truth.kind === 'result');
  const unknown = results.filter((d) => d.truth.docType === null);
  const nonResults = docs.filter((d) => d.truth.kind === 'not_a_result');
  const share = (n: number) => n / docs.length;
  const tagged = (tag: string) => docs.filter((d) => d.tags.includes(tag)).length;
  const text = (d: (typeof docs)[number]) => fold(d.pages.join('\n')).toLowerCase();

  heldoutChecks(docs, {
    n: 10,
    build: heldout10Corpus,
    category: category10,
    tags: TAGS10,
    onlyUntitled: [],
    from: '2015-01-01',
    printedNumber: {},
    resolve: resolveHeldout10Types,
  });

  it('has the mix the README states: 80 documents, 70 % known results, 6 unknown types, 18 non-results', () => {
    expect(docs.length).toBe(80);
    expect(results.length - unknown.length).toBe(56);
    expect(unknown.length).toBe(6);
    expect(nonResults.length).toBe(18);
    expect(docs.every((d) => d.id.endsWith('-h10'))).toBe(true);
    // Checked against the catalogue of today: none of the unknown types resolves to one of its types.
    const resolved = resolveHeldout10Types(docs, CATALOGUE).filter(
      (d) => d.truth.kind === 'result' && !d.truth.docType,
    );
    expect(resolved.length).toBe(unknown.length);
  });

  it('holds readings (about a quarter, the photo run skips them), look-alike non-results, both sides of the reform and every level', () => {
    const defective = share(docs.filter((d) => d.tags.some((t) => DEFECT_TAGS10.includes(t))).length);
    expect(defective).toBeGreaterThan(0.22);
    expect(defective).toBeLessThan(0.32);
    for (const tag of DEFECT_TAGS10) expect(tagged(tag), tag).toBeGreaterThanOrEqual(3);
    expect(nonResults.every((d) => d.tags.includes('look-alike'))).toBe(true);
    expect(docs.filter((d) => d.pages.length > 1).length).toBeGreaterThanOrEqual(5);
    const post = results.filter((d) => d.tags.includes('post-reform')).length;
    expect(post).toBeGreaterThanOrEqual(20);
    expect(results.length - post).toBeGreaterThanOrEqual(30);
    for (const level of LEVELS) expect(results.filter((d) => d.truth.level === level).length).toBeGreaterThan(10);
    for (const tag of [
      'expired',
      'bilingual',
      'handwritten',
      'citizen-form',
      'quotes-result-number',
      'internal-decision',
    ])
      expect(tagged(tag), tag).toBeGreaterThanOrEqual(3);
    // Expired exactly when the printed end has passed at the reference date.
    for (const d of results)
      expect(d.tags.includes('expired'), d.id).toBe(d.truth.expiryDate !== null && d.truth.expiryDate < REFERENCE_DATE);
  });

  it('is of the North-east and Red River delta, the South-east and Điện Biên', () => {
    for (const place of [
      'Quảng Ninh',
      'Bắc Giang',
      'Phú Thọ',
      'Thái Nguyên',
      'Vĩnh Phúc',
      'Bình Dương',
      'Đồng Nai',
      'Vũng Tàu',
      'Tây Ninh',
      'Hồ Chí Minh',
      'Điện Biên',
    ])
      expect(docs.filter((d) => text(d).includes(fold(place).toLowerCase())).length, place).toBeGreaterThanOrEqual(3);
  });

  it('is of the issuers the earlier sets used less: police, transport/construction, health, education, labour/home affairs', () => {
    const issuedBy = (word: string) =>
      results.filter((d) =>
        fold(d.truth.issuer ?? '')
          .toLowerCase()
          .includes(fold(word).toLowerCase()),
      ).length;
    expect(issuedBy('CÔNG AN') + issuedBy('CẢNH SÁT') + issuedBy('XUẤT NHẬP CẢNH')).toBeGreaterThanOrEqual(8);
    expect(issuedBy('GIAO THÔNG VẬN TẢI') + issuedBy('SỞ XÂY DỰNG')).toBeGreaterThanOrEqual(8);
    expect(issuedBy('Y TẾ')).toBeGreaterThanOrEqual(6);
    expect(issuedBy('GIÁO DỤC')).toBeGreaterThanOrEqual(4);
    expect(issuedBy('LAO ĐỘNG') + issuedBy('NỘI VỤ')).toBeGreaterThanOrEqual(6);
  });

  it('names in every form field the form or published document it follows', () => {
    expect(docs.filter((d) => d.form.length < 40).map((d) => d.id)).toEqual([]);
  });
});
