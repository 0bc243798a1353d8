/**
 * The consistency checks every held-out corpus test runs (test/unit/corpus/heldout*.test.ts), written once.
 * Each check collects the documents that break it, by id, and expects none. Not a test file itself (vitest
 * collects `*.test.ts` only); a corpus's own mix, shares and rules stay in its test.
 */
import { expect, it } from 'vitest';
import { DOCUMENT_TYPE_IDS } from '#shared/domain/catalogue.ts';
import { LEVELS } from '#shared/domain/types.ts';
import { heldoutCorpus } from '../../../bench/corpus/heldout.ts';
import { heldout2Corpus } from '../../../bench/corpus/heldout2.ts';
import { heldout3Corpus } from '../../../bench/corpus/heldout3.ts';
import { heldout4Corpus } from '../../../bench/corpus/heldout4.ts';
import { heldout5Corpus } from '../../../bench/corpus/heldout5.ts';
import { heldout6Corpus } from '../../../bench/corpus/heldout6.ts';
import { heldout7Corpus } from '../../../bench/corpus/heldout7.ts';
import { heldout8Corpus } from '../../../bench/corpus/heldout8.ts';
import { heldout9Corpus } from '../../../bench/corpus/heldout9.ts';
import { heldout10Corpus } from '../../../bench/corpus/heldout10.ts';
import { type CorpusDoc, type CorpusTruth, fold } from '../../../bench/corpus/kit.ts';

/** Every held-out corpus by its number (a new one joins here, and every id check then covers it). */
export const HELDOUT_CORPORA: Record<number, () => CorpusDoc[]> = {
  1: heldoutCorpus,
  2: heldout2Corpus,
  3: heldout3Corpus,
  4: heldout4Corpus,
  5: heldout5Corpus,
  6: heldout6Corpus,
  7: heldout7Corpus,
  8: heldout8Corpus,
  9: heldout9Corpus,
  10: heldout10Corpus,
};

/** The documents of every held-out corpus but number `n`. */
export const otherHeldoutDocs = (n: number): CorpusDoc[] =>
  Object.entries(HELDOUT_CORPORA).flatMap(([k, build]) => (Number(k) === n ? [] : build()));

/** The bench's reference date: nothing is issued after it. */
export const REFERENCE_DATE = '2026-12-01';
/** The two-tier reform: from this day there is no district level. */
export const REFORM_DATE = '2025-07-01';

/** The fields every truth holds (the text corpus's test checks them too). */
export const KEYS: (keyof CorpusTruth)[] = [
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

/**
 * How a date, number or header is looked for on a page: marks and `đ` bars folded; with `blanks`, also a
 * hand-filled form's dotted leaders and the runs of spaces around them (`ngày ..15.. tháng ..3..`).
 */
const plain = (s: string, blanks = false) => {
  const folded = fold(s);
  return blanks ? folded.replace(/\.{2,}/g, ' ').replace(/[ \t]+/g, ' ') : folded;
};

const prefix = (id: string) => id.split('-')[0]!;

function expectNone(docs: CorpusDoc[], problem: (d: CorpusDoc) => (string | false | null | undefined)[]): void {
  const problems = docs.flatMap((d) =>
    problem(d)
      .filter((p): p is string => typeof p === 'string')
      .map((p) => `${d.id}: ${p}`),
  );
  expect(problems).toEqual([]);
}

/** Ids are file stems, unique within the corpus and across `others` (the other held-out sets). */
export function expectUniqueIds(docs: CorpusDoc[], others: CorpusDoc[]): void {
  const elsewhere = new Set(others.map((d) => d.id));
  const seen = new Set<string>();
  expectNone(docs, (d) => {
    const dup = seen.has(d.id);
    seen.add(d.id);
    return [
      dup && 'duplicate id',
      elsewhere.has(d.id) && 'id also in another held-out set',
      !/^[a-z0-9-]+$/.test(d.id) && 'id is not a file stem',
    ];
  });
}

/**
 * A form, non-empty pages, a category from the id prefix, `n-` exactly for non-results and `x-` exactly for
 * results of unknown type, a `multi-page` tag exactly on several pages, and only the corpus's known tags (when
 * it lists them).
 */
export function expectWellFormed(
  docs: CorpusDoc[],
  opts: { category: (id: string) => string; tags?: readonly string[] },
): void {
  expectNone(docs, (d) => {
    const t = d.truth;
    const c = opts.category(d.id);
    return [
      !d.form && 'no form',
      (d.pages.length === 0 || d.pages.some((p) => p.trim() === '')) && 'empty page',
      (c === d.id || c === prefix(d.id)) && 'no category',
      (t.kind === 'not_a_result') !== (prefix(d.id) === 'n') && 'kind and prefix disagree',
      (t.kind === 'result' && t.docType === null) !== (prefix(d.id) === 'x') && 'unknown type and prefix disagree',
      d.tags.includes('multi-page') !== d.pages.length > 1 && 'multi-page tag and pages disagree',
      ...(opts.tags ? d.tags.filter((x) => !opts.tags!.includes(x)).map((x) => `unknown tag ${x}`) : []),
    ];
  });
}

/**
 * Every truth field present; a catalogue type id or null; a known level; a non-result has no type and no
 * expiry; a result has its number, issue date, level and issuer, and its title unless the title is lost or
 * the page is an inner one; a result of a type the catalogue lacks has its title and `unknownAs` phrases, and
 * only such a result has `unknownAs`. `untitled`: ids of results whose missing title the corpus does not tag.
 * `onlyUntitled`, stricter, for a corpus that names them: the results without a title are exactly these, tags
 * or not.
 */
export function expectCompleteTruths(
  docs: CorpusDoc[],
  opts: { untitled?: readonly string[]; onlyUntitled?: readonly string[] } = {},
): void {
  if (opts.onlyUntitled)
    expect(docs.filter((d) => d.truth.kind === 'result' && d.truth.title === null).map((d) => d.id)).toEqual(
      opts.onlyUntitled,
    );
  expectNone(docs, (d) => {
    const t = d.truth;
    const result = t.kind === 'result';
    return [
      ...KEYS.filter((k) => !(k in t)).map((k) => `missing ${k}`),
      t.kind !== 'result' && t.kind !== 'not_a_result' && `kind ${String(t.kind)}`,
      t.docType !== null && !DOCUMENT_TYPE_IDS.includes(t.docType) && `type ${t.docType}`,
      t.level !== null && !LEVELS.includes(t.level) && `level ${t.level}`,
      !result && (t.docType !== null || t.expiryDate !== null) && 'a non-result with a type or expiry',
      result &&
        (t.docNumber === null || t.issueDate === null || t.level === null || t.issuer === null) &&
        'a result without number, date, level or issuer',
      result &&
        t.title === null &&
        !opts.onlyUntitled &&
        !d.tags.some((x) => x === 'lost-title' || x === 'inner-page') &&
        !opts.untitled?.includes(d.id) &&
        'a result without title that is neither a lost title nor an inner page',
      result &&
        t.docType === null &&
        !(t.title && d.unknownAs?.length) &&
        'an unknown-type result without its title and unknownAs',
      d.unknownAs && t.docType !== null && 'unknownAs on a catalogue type',
    ];
  });
}

/** Real ISO dates; an expiry only with an issue date; issued within [from, to] (`from` optional). */
export function expectRealDates(docs: CorpusDoc[], from?: string, to: string = REFERENCE_DATE): void {
  expectNone(docs, (d) => {
    const t = d.truth;
    return [
      ...(['issueDate', 'expiryDate'] as const).map((k) => t[k] !== null && !realIsoDate(t[k]!) && `${k} ${t[k]}`),
      t.expiryDate !== null && t.issueDate === null && 'an expiry without an issue date',
      t.issueDate !== null && t.issueDate > to && `issued after ${to}`,
      from !== undefined && t.issueDate !== null && t.issueDate < from && `issued before ${from}`,
    ];
  });
}

export function expectExpiryAfterIssue(docs: CorpusDoc[]): void {
  expectNone(docs, (d) => [
    d.truth.issueDate && d.truth.expiryDate && d.truth.expiryDate <= d.truth.issueDate && 'expiry not after issue',
  ]);
}

/**
 * Before the two-tier reform of 01/7/2025 a district may issue; after it there is no district level, no paper
 * headed by a district (huyện, quận, thị xã) body on its first page (with `everyPage`: on any page, marks, dotted
 * leaders and doubled spaces aside, which a reading or a hand may have dropped or added), and a `post-reform` tag
 * exactly on the papers dated after it (`tag`: 'undated-too' lets an undated paper carry it as well; 'unchecked'
 * for a corpus that does not tag it).
 */
export function expectPostReformLevels(
  docs: CorpusDoc[],
  opts: { tag?: 'exact' | 'undated-too' | 'unchecked'; everyPage?: boolean } = {},
): void {
  const tag = opts.tag ?? 'exact';
  expectNone(docs, (d) => {
    const t = d.truth;
    const after = t.issueDate !== null && t.issueDate >= REFORM_DATE;
    return [
      after && t.level === 'district' && 'district after the reform',
      after &&
        (opts.everyPage
          ? d.pages.some((p) => /^(UBND |UY BAN NHAN DAN )?(HUYEN|QUAN|THI XA) /m.test(plain(p, true)))
          : /^(UBND |ỦY BAN NHÂN DÂN )?(HUYỆN|QUẬN|THỊ XÃ) /m.test(d.pages[0]!)) &&
        'a district header after the reform',
      tag !== 'unchecked' &&
        d.tags.includes('post-reform') !== after &&
        !(tag === 'undated-too' && t.issueDate === null) &&
        'post-reform tag and issue date disagree',
    ];
  });
}

/**
 * A result's issue date is printed on its pages: as ND 30 spells it, as dd/mm/yyyy or d/m/yyyy (marks aside,
 * which the noise may have dropped; with `blanks`, a hand-filled form's dotted leaders too). `except`: ids whose
 * date this check cannot read there (not checked).
 */
export function expectPrintedIssueDate(
  docs: CorpusDoc[],
  opts: { except?: readonly string[]; blanks?: boolean } = {},
): void {
  expectNone(docs, (d) => {
    const t = d.truth;
    if (t.kind !== 'result' || !t.issueDate || opts.except?.includes(d.id)) return [];
    const [y, m, day] = t.issueDate.split('-').map(Number) as [number, number, number];
    const dd = String(day).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    const text = plain(d.pages.join('\n'), opts.blanks);
    const forms = [
      `${dd}/${mm}/${y}`,
      `${day}/${m}/${y}`,
      `ngày ${dd} tháng ${m <= 2 ? mm : m} năm ${y}`,
      `ngày ${day} tháng ${m} năm ${y}`,
      `ngày ${dd} tháng ${mm} năm ${y}`,
    ];
    return [!forms.some((f) => text.includes(plain(f))) && `issue date ${t.issueDate} not printed`];
  });
}

/**
 * A document's number is printed on its pages (marks and white space aside; `blanks`: dotted leaders too;
 * `anyCase`: capitals aside). `resultsOnly`: only the results' numbers are looked for.
 */
export function expectPrintedNumber(
  docs: CorpusDoc[],
  opts: { blanks?: boolean; anyCase?: boolean; resultsOnly?: boolean } = {},
): void {
  const squash = (s: string) => {
    const flat = plain(s, opts.blanks).replace(/\s+/g, '');
    return opts.anyCase ? flat.toLowerCase() : flat;
  };
  expectNone(docs, (d) => {
    const n = d.truth.docNumber;
    if (n === null || (opts.resultsOnly && d.truth.kind !== 'result')) return [];
    return [!squash(d.pages.join('\n')).includes(squash(n)) && `number ${n} not printed`];
  });
}

/** Building the corpus again gives the same documents, noise included. */
export function expectDeterministic(build: () => CorpusDoc[], docs: CorpusDoc[]): void {
  expect(JSON.stringify(build())).toBe(JSON.stringify(docs));
}

/** A result the catalogue lacks takes the id of a type added later whose name matches, and only then. */
export function expectUnknownTypesResolve(
  docs: CorpusDoc[],
  resolve: (docs: CorpusDoc[], types: readonly { id: string; name: string }[]) => CorpusDoc[],
): void {
  const unknown = docs.find((d) => d.truth.kind === 'result' && d.truth.docType === null && d.unknownAs?.length);
  expect(unknown).toBeDefined();
  const name = `Giấy ${unknown!.unknownAs![0]!.toLocaleUpperCase('vi')}`;
  expect(resolve([unknown!], [{ id: 'new-type', name }])[0]!.truth.docType).toBe('new-type');
  expect(resolve([unknown!], [{ id: 'other', name: 'Giấy khai sinh' }])[0]!.truth.docType).toBeNull();
}

/**
 * A corpus's noise at full rate keeps every word that holds a digit and damages `damaged` (without it: changes
 * the text somewhere); at rate 0 it leaves the text alone (`idleAtZero`; the noises that also swap `TỈNH` or
 * drop bars at any rate do not).
 */
export function expectNoiseSparesDigits(
  noise: (text: string, seed: number, rate: number) => string,
  text: string,
  seed: number,
  opts: { damaged?: string; idleAtZero: boolean },
): void {
  const noisy = noise(text, seed, 1);
  for (const w of text.split(' ').filter((x) => /\d/.test(x))) expect(noisy).toContain(w);
  if (opts.damaged === undefined) expect(noisy).not.toBe(text);
  else expect(noisy).not.toContain(opts.damaged);
  if (opts.idleAtZero) expect(noise(text, seed, 0)).toBe(text);
}

/** What a held-out corpus's test tells the shared tests of `heldoutChecks`. */
export interface HeldoutChecks {
  /** Its number in HELDOUT_CORPORA: its ids must not stand in the other sets. */
  n: number;
  build: () => CorpusDoc[];
  category: (id: string) => string;
  /** The tags it may carry (not checked when absent). */
  tags?: readonly string[];
  untitled?: readonly string[];
  onlyUntitled?: readonly string[];
  /** The earliest issue date (only the reference date bounds the set when absent). */
  from?: string;
  postReformTag?: 'exact' | 'undated-too' | 'unchecked';
  /** Results whose issue date the printed-date check cannot read on the page (not checked). */
  printedDateExcept?: readonly string[];
  /** Hand-filled forms: dates, numbers and district headers (on every page) are looked for with dotted leaders aside. */
  blanks?: boolean;
  /** The printed number is looked for too (see expectPrintedNumber). */
  printedNumber?: { anyCase?: boolean; resultsOnly?: boolean };
  resolve: (docs: CorpusDoc[], types: readonly { id: string; name: string }[]) => CorpusDoc[];
}

/**
 * The tests every held-out corpus runs, declared inside its `describe`: well-formed documents and complete
 * truths, dates (real, in range, expiry after issue, the reform, printed on the page), determinism, and
 * unknown types that follow the catalogue. A corpus's mix, noise and own rules stay in its test.
 */
export function heldoutChecks(docs: CorpusDoc[], c: HeldoutChecks): void {
  it(`every document has a unique file-stem id, a category, a form, non-empty pages${c.tags ? ', known tags' : ''} and a complete truth`, () => {
    expectUniqueIds(docs, otherHeldoutDocs(c.n));
    expectWellFormed(docs, { category: c.category, tags: c.tags });
    expectCompleteTruths(docs, { untitled: c.untitled, onlyUntitled: c.onlyUntitled });
  });

  it(`has real dates ${c.from ? `in ${c.from.slice(0, 4)} –` : 'up to'} the reference date, expiries after issue, no district after the reform and printed issue dates${c.printedNumber ? ' and numbers' : ''}`, () => {
    expectRealDates(docs, c.from);
    expectExpiryAfterIssue(docs);
    expectPostReformLevels(docs, { tag: c.postReformTag, everyPage: c.blanks });
    expectPrintedIssueDate(docs, { except: c.printedDateExcept, blanks: c.blanks });
    if (c.printedNumber) expectPrintedNumber(docs, { blanks: c.blanks, ...c.printedNumber });
  });

  it('is deterministic', () => {
    expectDeterministic(c.build, docs);
  });

  it('a result the catalogue lacks takes the id of a type added later whose name matches, and only then', () => {
    expectUnknownTypesResolve(docs, c.resolve);
  });
}
