/**
 * The ninth held-out corpus (bench/corpus/heldout9.ts) is well formed: complete truths with catalogue ids (or null
 * with the unknown type's phrases), real ISO dates, expiries after issue, the printed issue date and number on the
 * page, no district after the two-tier reform, unique file-stem ids (also across held-out 1–8), the mix the README
 * states, the regions it was written for, and unknown-type results that follow the catalogue when it grows. Not
 * classifier accuracy: the classifier is never run here (the coordinator measures the corpus blind, with
 * SOHOA_ACCURACY_HELDOUT9=1).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { LEVELS } from '#shared/domain/types.ts';
import {
  category9,
  DEFECT_TAGS9,
  heldout9Corpus,
  resolveHeldout9Types,
  TAGS9,
} from '../../../bench/corpus/heldout9.ts';
import { fold } from '../../../bench/corpus/kit.ts';
import { heldoutChecks, REFERENCE_DATE } from './checks.ts';

describe('ninth held-out corpus', () => {
  const docs = heldout9Corpus();
  const results = docs.filter((d) => d.truth.kind === 'result');
  const unknown = results.filter((d) => d.truth.docType === null);
  const nonResults = docs.filter((d) => d.truth.kind === 'not_a_result');
  const share = (n: number) => n / docs.length;
  const tagged = (tag: string) => docs.filter((d) => d.tags.includes(tag)).length;

  heldoutChecks(docs, {
    n: 9,
    build: heldout9Corpus,
    category: category9,
    tags: TAGS9,
    onlyUntitled: [],
    from: '2015-01-01',
    printedNumber: {},
    resolve: resolveHeldout9Types,
  });

  it('has the mix the README states: 77 documents, ~69 % known results, 6 unknown types, 18 non-results', () => {
    expect(docs.length).toBe(77);
    expect(share(results.length - unknown.length)).toBeGreaterThan(0.65);
    expect(share(results.length - unknown.length)).toBeLessThan(0.72);
    expect(unknown.length).toBe(6);
    expect(nonResults.length).toBe(18);
    expect(docs.every((d) => d.id.endsWith('-h9'))).toBe(true);
    // Checked against the catalogue of today: none of the unknown types resolves to one of its types.
    const resolved = resolveHeldout9Types(docs, CATALOGUE).filter((d) => d.truth.kind === 'result' && !d.truth.docType);
    expect(resolved.length).toBe(unknown.length);
  });

  it('holds readings (about a third, the photo run skips them), look-alike non-results, both sides of the reform and every level', () => {
    const defective = share(docs.filter((d) => d.tags.some((t) => DEFECT_TAGS9.includes(t))).length);
    expect(defective).toBeGreaterThan(0.25);
    expect(defective).toBeLessThan(0.36);
    for (const tag of DEFECT_TAGS9) expect(tagged(tag), tag).toBeGreaterThanOrEqual(3);
    expect(nonResults.every((d) => d.tags.includes('look-alike'))).toBe(true);
    expect(docs.filter((d) => d.pages.length > 1).length).toBeGreaterThanOrEqual(6);
    const post = results.filter((d) => d.tags.includes('post-reform')).length;
    expect(post).toBeGreaterThanOrEqual(15);
    expect(results.length - post).toBeGreaterThanOrEqual(30);
    for (const level of LEVELS) expect(results.filter((d) => d.truth.level === level).length).toBeGreaterThan(15);
    for (const tag of ['expired', 'qr-code', 'citizen-form', 'revocation', 'certified-copy', 'table-layout'])
      expect(tagged(tag), tag).toBeGreaterThanOrEqual(2);
    // Expired exactly when the printed end has passed at the reference date.
    for (const d of results)
      expect(d.tags.includes('expired'), d.id).toBe(d.truth.expiryDate !== null && d.truth.expiryDate < REFERENCE_DATE);
  });

  it('is of the northern mountains, the Central Highlands and the Mekong Delta', () => {
    const text = (d: (typeof docs)[number]) => fold(d.pages.join('\n')).toLowerCase();
    for (const place of [
      'Lai Châu',
      'Sơn La',
      'Lào Cai',
      'Hà Giang',
      'Tuyên Quang',
      'Cao Bằng',
      'Lạng Sơn',
      'Điện Biên',
      'Gia Lai',
      'Đắk Lắk',
      'Kon Tum',
      'Lâm Đồng',
      'Cần Thơ',
      'Sóc Trăng',
      'Hậu Giang',
      'An Giang',
      'Kiên Giang',
      'Cà Mau',
      'Bạc Liêu',
      'Đồng Tháp',
      'Vĩnh Long',
    ])
      expect(docs.filter((d) => text(d).includes(fold(place).toLowerCase())).length, place).toBeGreaterThanOrEqual(1);
  });

  it('names in every form field the form or published document it follows', () => {
    expect(docs.filter((d) => d.form.length < 40).map((d) => d.id)).toEqual([]);
  });
});
