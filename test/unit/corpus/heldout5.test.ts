/**
 * The fifth held-out corpus (bench/corpus/heldout5.ts) is well formed: complete truths with catalogue ids (or
 * null with the unknown type's phrases), real ISO dates, expiries after issue, no district after the two-tier
 * reform, unique file-stem ids (also across held-out 1–4), the mix the README states, deterministic noise of its
 * own, and unknown-type results that follow the catalogue when it grows. Not classifier accuracy: the classifier
 * is never run here (the coordinator measures the corpus once, blind, with SOHOA_ACCURACY_HELDOUT5=1).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, DOCUMENT_TYPE_IDS } from '#shared/domain/catalogue.ts';
import { LEVELS } from '#shared/domain/types.ts';
import { heldoutCorpus } from '../../../bench/corpus/heldout.ts';
import { heldout2Corpus } from '../../../bench/corpus/heldout2.ts';
import { heldout3Corpus } from '../../../bench/corpus/heldout3.ts';
import { heldout4Corpus } from '../../../bench/corpus/heldout4.ts';
import {
  category5,
  DEFECT_TAGS5,
  heldout5Corpus,
  phoneNoise,
  resolveHeldout5Types,
  TAGS5,
} from '../../../bench/corpus/heldout5.ts';
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

const bare = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const realIsoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

describe('fifth held-out corpus', () => {
  const docs = heldout5Corpus();
  const results = docs.filter((d) => d.truth.kind === 'result');
  const unknown = results.filter((d) => d.truth.docType === null);
  const share = (n: number) => n / docs.length;
  const tagged = (tag: string) => docs.filter((d) => d.tags.includes(tag)).length;

  it('has the mix the README states: ~70 documents, ~67 % known results, ~10 % unknown types, ~23 % non-results', () => {
    expect(docs.length).toBeGreaterThanOrEqual(65);
    expect(share(results.length - unknown.length)).toBeGreaterThan(0.6);
    expect(share(results.length - unknown.length)).toBeLessThan(0.75);
    expect(unknown.length).toBeGreaterThanOrEqual(6);
    expect(share(unknown.length)).toBeLessThan(0.14);
    expect(share(docs.length - results.length)).toBeGreaterThan(0.18);
    expect(share(docs.length - results.length)).toBeLessThan(0.3);
    // Checked against the catalogue of today: none of the unknown types resolves to one of its types.
    const resolved = resolveHeldout5Types(docs, CATALOGUE).filter((d) => d.truth.kind === 'result' && !d.truth.docType);
    expect(resolved.length).toBe(unknown.length);
  });

  it('holds Textract and phone-screen readings, several-date results, look-alike non-results, both sides of the reform and every level', () => {
    const defective = share(docs.filter((d) => d.tags.some((t) => DEFECT_TAGS5.includes(t))).length);
    expect(defective).toBeGreaterThan(0.3);
    expect(defective).toBeLessThan(0.55);
    expect(tagged('textract-lines')).toBeGreaterThanOrEqual(10);
    expect(tagged('textract-kv')).toBeGreaterThanOrEqual(5);
    expect(tagged('textract-table')).toBeGreaterThanOrEqual(3);
    expect(tagged('phone-screen')).toBeGreaterThanOrEqual(6);
    expect(tagged('ocr-noise')).toBeGreaterThanOrEqual(4);
    expect(results.filter((d) => d.tags.includes('several-dates')).length).toBeGreaterThanOrEqual(15);
    expect(
      docs.filter((d) => d.truth.kind === 'not_a_result' && d.tags.includes('look-alike')).length,
    ).toBeGreaterThanOrEqual(12);
    expect(docs.filter((d) => d.pages.length > 1).length).toBeGreaterThanOrEqual(3);
    const post = results.filter((d) => d.tags.includes('post-reform')).length;
    expect(post).toBeGreaterThanOrEqual(15);
    expect(results.length - post).toBeGreaterThanOrEqual(15);
    for (const level of LEVELS) expect(results.filter((d) => d.truth.level === level).length).toBeGreaterThan(5);
    // Papers of several provinces, not only Điện Biên.
    for (const place of ['Lai Châu', 'Sơn La', 'Tuyên Quang', 'Hà Giang', 'Hà Nội', 'Cần Thơ'])
      expect(docs.filter((d) => d.pages.join('\n').includes(place)).length, place).toBeGreaterThanOrEqual(2);
  });

  it('every document has a unique file-stem id, a category, a form, non-empty pages and a complete, consistent truth', () => {
    const problems: string[] = [];
    const ids = new Set(
      [...heldoutCorpus(), ...heldout2Corpus(), ...heldout3Corpus(), ...heldout4Corpus()].map((d) => d.id),
    );
    for (const d of docs) {
      const t = d.truth;
      if (ids.has(d.id)) problems.push(`${d.id}: duplicate id (also across the earlier held-out sets)`);
      ids.add(d.id);
      if (!/^[a-z0-9-]+$/.test(d.id)) problems.push(`${d.id}: id is not a file stem`);
      if (category5(d.id) === d.id) problems.push(`${d.id}: no category`);
      if (!d.form) problems.push(`${d.id}: no form`);
      if (d.pages.length === 0 || d.pages.some((p) => p.trim() === '')) problems.push(`${d.id}: empty page`);
      for (const tag of d.tags) if (!TAGS5.includes(tag)) problems.push(`${d.id}: unknown tag ${tag}`);
      for (const k of KEYS) if (!(k in t)) problems.push(`${d.id}: missing ${k}`);
      if (t.docType !== null && !DOCUMENT_TYPE_IDS.includes(t.docType)) problems.push(`${d.id}: type ${t.docType}`);
      if (t.kind === 'not_a_result' && (t.docType !== null || t.expiryDate !== null))
        problems.push(`${d.id}: a non-result with a type or expiry`);
      if ((t.kind === 'not_a_result') !== (d.id.split('-')[0] === 'n'))
        problems.push(`${d.id}: kind and prefix disagree`);
      if ((t.kind === 'result' && t.docType === null) !== (d.id.split('-')[0] === 'x'))
        problems.push(`${d.id}: unknown type and prefix disagree`);
      if (
        t.kind === 'result' &&
        (t.docNumber === null || t.issueDate === null || t.level === null || t.issuer === null || t.title === null)
      )
        problems.push(`${d.id}: a result without title, number, date, level or issuer`);
      if (t.kind === 'result' && t.docType === null && !d.unknownAs?.length)
        problems.push(`${d.id}: an unknown-type result without unknownAs`);
      if (d.unknownAs && t.docType !== null) problems.push(`${d.id}: unknownAs on a catalogue type`);
      if (t.level !== null && !LEVELS.includes(t.level)) problems.push(`${d.id}: level ${t.level}`);
      for (const k of ['issueDate', 'expiryDate'] as const) {
        const v = t[k];
        if (v !== null && !realIsoDate(v)) problems.push(`${d.id}: ${k} ${v}`);
      }
      if (t.expiryDate && !t.issueDate) problems.push(`${d.id}: an expiry without an issue date`);
      if (t.issueDate && (t.issueDate > '2026-12-01' || t.issueDate < '2015-01-01'))
        problems.push(`${d.id}: issued outside 2015 – the bench's reference date`);
      if (t.issueDate && t.expiryDate && t.expiryDate <= t.issueDate) problems.push(`${d.id}: expiry not after issue`);
      // Before the two-tier reform of 01/7/2025 a district may issue; after it there is no district level, and a
      // post-reform paper is not headed by a district (huyện, quận, thị xã) body.
      if (t.level === 'district' && t.issueDate && t.issueDate >= '2025-07-01')
        problems.push(`${d.id}: district after the reform`);
      if (
        t.issueDate &&
        t.issueDate >= '2025-07-01' &&
        /^(UBND |ỦY BAN NHÂN DÂN )?(HUYỆN|QUẬN|THỊ XÃ) /m.test(d.pages[0]!)
      )
        problems.push(`${d.id}: a district header after the reform`);
      if (d.tags.includes('post-reform') !== (t.issueDate !== null && t.issueDate >= '2025-07-01'))
        problems.push(`${d.id}: post-reform tag and issue date disagree`);
      if (d.tags.includes('multi-page') !== d.pages.length > 1)
        problems.push(`${d.id}: multi-page tag and pages disagree`);
      // The printed issue date is on the page (as ND 30 spells it, or as dd/mm/yyyy, or d/m/yyyy; marks aside,
      // which the phone noise may have dropped).
      if (t.kind === 'result' && t.issueDate) {
        const [y, m, day] = t.issueDate.split('-').map(Number) as [number, number, number];
        const text = bare(d.pages.join('\n'));
        const forms = [
          `${String(day).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`,
          `${day}/${m}/${y}`,
          `ngày ${String(day).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`,
          `ngày ${day} tháng ${m} năm ${y}`,
          `ngày ${String(day).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`,
        ];
        if (!forms.some((f) => text.includes(bare(f)))) problems.push(`${d.id}: issue date ${t.issueDate} not printed`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(heldout5Corpus())).toBe(JSON.stringify(docs));
  });

  it('its phone noise keeps words that hold a digit, drops tone marks but not hats, and leaves rate 0 alone', () => {
    const text = 'Số: 58/GP-UBND ngày 24/09/2025 Giấy phép bán lẻ sản phẩm thuốc lá tỉnh Lai Châu';
    const noisy = phoneNoise(text, 7, 1);
    expect(noisy).toContain('58/GP-UBND');
    expect(noisy).toContain('24/09/2025');
    expect(noisy).toContain('thuôc');
    expect(noisy).not.toContain('thuốc');
    expect(phoneNoise(text, 7, 0)).toBe(text);
  });

  it('a result the catalogue lacks takes the id of a type added later whose name matches, and only then', () => {
    const first = unknown[0]!;
    const name = `Giấy ${first.unknownAs![0]!.toLocaleUpperCase('vi')}`;
    const [grown] = resolveHeldout5Types([first], [{ id: 'new-type', name }]);
    expect(grown!.truth.docType).toBe('new-type');
    expect(resolveHeldout5Types([first], [{ id: 'other', name: 'Giấy khai sinh' }])[0]!.truth.docType).toBeNull();
  });
});
