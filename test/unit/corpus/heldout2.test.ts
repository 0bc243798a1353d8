/**
 * The second held-out corpus (bench/corpus/heldout2.ts) is well formed: complete truths with catalogue ids
 * (or null), real ISO dates, unique file-stem ids, the mix the README states, deterministic noise, and
 * unknown-type results that follow the catalogue when it grows. Not classifier accuracy (that is the
 * accuracy bench, measured blind by the coordinator).
 */
import { describe, expect, it } from 'vitest';
import { category2, heldout2Corpus, resolveHeldout2Types, scanNoise } from '../../../bench/corpus/heldout2.ts';
import { expectNoiseSparesDigits, heldoutChecks } from './checks.ts';

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

  heldoutChecks(docs, {
    n: 2,
    build: heldout2Corpus,
    category: category2,
    // An inner page of a TT 10/2024 certificate, without its title and not tagged `inner-page` in this set.
    untitled: ['dat-tt10-inner-muongthanh-2025'],
    // Not from 2015 as the later sets: a birth certificate of 2014 and land certificates of 2008 and 2009.
    // The printed-date check came with heldout5; these results print their date in a form it does not read (or
    // not at all, as an inner page): not checked, as before.
    printedDateExcept: [
      'dat-tt10-inner-muongthanh-2025',
      'vb-gplx-congan-2025',
      'ct-bansao-bangthpt-muongang-2026',
      'ct-bansao-gcn-phongtp-2023',
      'ct-bansao-ks-textract-tanthanh-2022',
      'ct-chuky-hoacuong-2021',
      'qd-trocap-handnum-muongang-2026',
    ],
    resolve: resolveHeldout2Types,
  });

  it('scan noise keeps every word that holds a digit and drops marks at full rate', () => {
    const text = 'Số: 12/QĐ-UBND ngày 05/02/2024 TỈNH ĐIỆN BIÊN Giấy chứng nhận quyền sử dụng đất';
    expectNoiseSparesDigits(scanNoise, text, 7, { damaged: 'chứng', idleAtZero: false });
  });
});
