/**
 * The eighth held-out corpus (bench/corpus/heldout8.ts) is well formed: complete truths with catalogue ids (or null
 * with the unknown type's phrases), real ISO dates, expiries after issue, the printed issue date and number on the
 * page, no district after the two-tier reform, unique file-stem ids (also across held-out 1–7), the mix the README
 * states, deterministic readings of its own, and unknown-type results that follow the catalogue when it grows. Not
 * classifier accuracy: the classifier is never run here (the coordinator measures the corpus blind, with
 * SOHOA_ACCURACY_HELDOUT8=1).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { LEVELS } from '#shared/domain/types.ts';
import {
  category8,
  confuseLetters,
  DEFECT_TAGS8,
  dropSomeMarks,
  heldout8Corpus,
  resolveHeldout8Types,
  shuffleBlocks,
  TAGS8,
} from '../../../bench/corpus/heldout8.ts';
import { fold } from '../../../bench/corpus/kit.ts';
import { heldoutChecks } from './checks.ts';

/** Marks and bars folded, lower case, spaces removed: how a number or date is looked for on the page. */
const flat = (s: string) => fold(s).toLowerCase().replace(/\s+/g, '');
/** A typewriter's (or its OCR's) `l` for `1` and `O` for `0`, undone for the number search. */
const typewriter = (s: string) => flat(s).replace(/l/g, '1').replace(/o/g, '0');

/** The results without their printed title: two inner land-certificate pages. */
const UNTITLED = ['dat-gcn-tt17-trang-3-yen-dinh-h8', 'dat-gcn-tt23-2016-quang-ninh-qb-h8'];

describe('eighth held-out corpus', () => {
  const docs = heldout8Corpus();
  const results = docs.filter((d) => d.truth.kind === 'result');
  const unknown = results.filter((d) => d.truth.docType === null);
  const nonResults = docs.filter((d) => d.truth.kind === 'not_a_result');
  const share = (n: number) => n / docs.length;
  const tagged = (tag: string) => docs.filter((d) => d.tags.includes(tag)).length;

  it('has the mix the README states: 77 documents, ~67 % known results, 6 unknown types, 19 non-results', () => {
    expect(docs.length).toBeGreaterThanOrEqual(70);
    expect(docs.length).toBeLessThanOrEqual(80);
    expect(share(results.length - unknown.length)).toBeGreaterThan(0.6);
    expect(share(results.length - unknown.length)).toBeLessThan(0.72);
    expect(unknown.length).toBe(6);
    expect(nonResults.length).toBe(19);
    // Checked against the catalogue of today: none of the unknown types resolves to one of its types.
    const resolved = resolveHeldout8Types(docs, CATALOGUE).filter((d) => d.truth.kind === 'result' && !d.truth.docType);
    expect(resolved.length).toBe(unknown.length);
  });

  it('holds old papers, readings, look-alike non-results, both sides of the reform, every level and the provinces', () => {
    const old = results.filter((d) => d.truth.issueDate! < '2015-01-01');
    expect(old.length / results.length).toBeGreaterThan(0.5);
    expect(old.length / results.length).toBeLessThan(0.7);
    expect(old.every((d) => d.tags.includes('old-paper'))).toBe(true);
    expect(docs.filter((d) => d.tags.includes('old-paper')).every((d) => d.truth.issueDate! < '2015-01-01')).toBe(true);
    expect(results.some((d) => d.truth.issueDate!.startsWith('1994'))).toBe(true);
    const defective = share(docs.filter((d) => d.tags.some((t) => DEFECT_TAGS8.includes(t))).length);
    expect(defective).toBeGreaterThan(0.22);
    expect(defective).toBeLessThan(0.33);
    for (const tag of DEFECT_TAGS8) expect(tagged(tag), tag).toBeGreaterThanOrEqual(3);
    for (const tag of ['old-diacritics', 'typewriter', 'old-symbol', 'several-dates', 'expired'])
      expect(tagged(tag), tag).toBeGreaterThanOrEqual(5);
    for (const tag of ['handwritten', 'inner-page', 'extract-of-old', 'certified-copy', 'citizen-form'])
      expect(tagged(tag), tag).toBeGreaterThanOrEqual(2);
    expect(nonResults.every((d) => d.tags.includes('look-alike'))).toBe(true);
    expect(docs.filter((d) => d.pages.length > 1).length).toBeGreaterThanOrEqual(5);
    const post = results.filter((d) => d.tags.includes('post-reform')).length;
    expect(post).toBeGreaterThanOrEqual(8);
    for (const level of LEVELS) expect(results.filter((d) => d.truth.level === level).length).toBeGreaterThan(10);
    const text = (d: (typeof docs)[number]) => fold(d.pages.join('\n')).toLowerCase();
    for (const place of [
      'Thái Bình',
      'Nam Định',
      'Hà Nam',
      'Ninh Bình',
      'Hải Phòng',
      'Hải Dương',
      'Bắc Ninh',
      'Thanh Hóa',
      'Nghệ An',
      'Hà Tĩnh',
      'Quảng Bình',
      'Quảng Trị',
      'Hà Tây',
      'Hưng Yên',
    ])
      expect(docs.filter((d) => text(d).includes(fold(place).toLowerCase())).length, place).toBeGreaterThanOrEqual(1);
  });

  heldoutChecks(docs, {
    n: 8,
    build: heldout8Corpus,
    category: category8,
    tags: TAGS8,
    // Only the two inner land-certificate pages lack their title.
    onlyUntitled: UNTITLED,
    from: '1990-01-01',
    resolve: resolveHeldout8Types,
  });

  it('every id ends in -h8, and its untitled results are inner pages or lost titles', () => {
    expect(docs.every((d) => d.id.endsWith('-h8'))).toBe(true);
    for (const d of docs.filter((x) => UNTITLED.includes(x.id)))
      expect(
        d.tags.some((x) => x === 'lost-title' || x === 'inner-page'),
        d.id,
      ).toBe(true);
  });

  it('prints every number (a typewriter letter for a digit undone), the typewriter-digits ones only so', () => {
    const missing = docs.filter((d) => {
      if (d.truth.docNumber === null) return false;
      const page = d.pages.join('\n');
      return d.tags.includes('typewriter-digits')
        ? !typewriter(page).includes(typewriter(d.truth.docNumber))
        : !flat(page).includes(flat(d.truth.docNumber));
    });
    expect(missing.map((d) => d.id)).toEqual([]);
    // A typewriter-digits paper prints its number with a letter for a digit; the truth is the number itself.
    for (const d of docs.filter((x) => x.tags.includes('typewriter-digits')))
      expect(flat(d.pages.join('\n')), d.id).not.toContain(flat(d.truth.docNumber!));
  });

  it('its readings keep words that hold a digit and the date words, and keep every line', () => {
    const text = 'Số: 45/QĐ-UB Kiến Xương ngày 5 tháng 3 năm 1997 Quyết định giao đất ở cho hộ gia đình';
    const confused = confuseLetters(text, 3, 1);
    expect(confused).toContain('45/QĐ-UB');
    expect(confused).toContain('ngày 5 tháng 3 năm 1997');
    expect(confused).not.toBe(text);
    expect(dropSomeMarks(text, 3, 1)).toBe(fold(text));
    expect(dropSomeMarks(text, 3, 0)).toBe(text);
    const lines = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].join('\n');
    const shuffled = shuffleBlocks(lines, 5);
    expect(shuffled).not.toBe(lines);
    expect(shuffled.split('\n').sort()).toEqual(lines.split('\n'));
  });
});
