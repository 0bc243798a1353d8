/** Review reasons: one rule for the pipeline and the CLI; a custom catalogue passed to the classifier. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, type DocumentTypeSpec, parseCatalogue } from '#shared/domain/catalogue.ts';
import { classifyText, withReview } from '#shared/domain/classify.ts';
import { REVIEW_MESSAGES_VI, REVIEW_REASONS, reviewReasons } from '#shared/domain/review.ts';
import type { Classification } from '#shared/domain/types.ts';
import { needsReviewWithDomain } from '#shared/use-cases/domain-classifier.ts';

const PERMIT = [
  'UBND HUYỆN TUẦN GIÁO',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 27/GPXD',
  'Tuần Giáo, ngày 18 tháng 5 năm 2022',
  'GIẤY PHÉP XÂY DỰNG',
  'Sử dụng cho nhà ở riêng lẻ',
  'Cấp cho: Ông Lò Văn Pom',
].join('\n');

const accepted: Classification = {
  kind: 'result',
  docType: 'giay-phep-xay-dung-nha-o',
  title: 'GIẤY PHÉP XÂY DỰNG',
  docNumber: '27/GPXD',
  issuer: 'UBND HUYỆN TUẦN GIÁO',
  level: 'district',
  place: 'Tuần Giáo',
  issueDate: '2022-05-18',
  expiryDate: null,
  holder: 'Lò Văn Pom',
  confidence: 0.85,
  engine: null,
  pages: 1,
  warnings: [],
};

describe('reviewReasons', () => {
  it('accepts a complete, confident result and gives the classification its verdict', () => {
    const c = classifyText(PERMIT);
    expect(c.reviewReasons).toEqual([]);
    expect(c.needsReview).toBe(false);
    expect(needsReviewWithDomain(c)).toBeNull();
  });

  it('names each missing key field', () => {
    expect(reviewReasons({ ...accepted, docNumber: null, issueDate: null, issuer: null })).toEqual([
      'missing_doc_number',
      'missing_issue_date',
      'missing_issuer',
    ]);
  });

  it('puts unknown type and low confidence first: the first reason is the pipeline record reason', () => {
    const c = { ...accepted, docType: null, confidence: 0.3, docNumber: null };
    expect(reviewReasons(c)).toEqual(['unknown_type', 'low_confidence', 'missing_doc_number']);
    expect(needsReviewWithDomain(c)).toBe('unknown_type');
  });

  it('sends a type guessed from the body or the symbol, and a future issue date, to review', () => {
    for (const w of ['title_from_body', 'type_from_symbol', 'inner_page', 'issue_date_in_future']) {
      expect(reviewReasons({ ...accepted, warnings: [w] })).toEqual([w]);
    }
    expect(reviewReasons({ ...accepted, warnings: ['expiry_not_printed'] })).toEqual([]);
  });

  it('reviews a not_a_result page only when unsure', () => {
    const page = { ...accepted, kind: 'not_a_result' as const, docType: null, docNumber: null };
    expect(reviewReasons({ ...page, confidence: 0.9 })).toEqual([]);
    expect(reviewReasons({ ...page, confidence: 0.5 })).toEqual(['uncertain_not_a_result']);
  });

  it('is re-decided by withReview after warnings change (extract adds the engine warnings)', () => {
    const c = classifyText(PERMIT, { referenceDate: '2030-01-01' });
    const later = withReview({ ...c, warnings: [...c.warnings, 'issue_date_in_future'] });
    expect(later.needsReview).toBe(true);
    expect(later.reviewReasons).toEqual(['issue_date_in_future']);
  });

  it('has a Vietnamese message for every reason code', () => {
    for (const r of REVIEW_REASONS) expect(REVIEW_MESSAGES_VI[r]).toMatch(/^Cần kiểm tra lại/);
  });
});

describe('classifyText with a catalogue passed in', () => {
  it('classifies against the given types only (e.g. a catalogue loaded from the admin table)', () => {
    const onlyRetail = parseCatalogue({ types: CATALOGUE.filter((t) => t.id !== 'giay-phep-xay-dung-nha-o') });
    const c = classifyText(PERMIT, { catalogue: onlyRetail });
    expect(c.docType).toBe('giay-phep-xay-dung');
    const custom: DocumentTypeSpec = {
      ...CATALOGUE.find((t) => t.id === 'giay-phep-xay-dung-nha-o')!,
      id: 'gpxd-tuan-giao',
      name: 'GPXD (thử)',
    };
    expect(classifyText(PERMIT, { catalogue: [custom] }).docType).toBe('gpxd-tuan-giao');
  });

  it('rejects a catalogue with a duplicate id or a bad field', () => {
    expect(() => parseCatalogue({ types: [CATALOGUE[0], CATALOGUE[0]] })).toThrow(/duplicate/);
    expect(() => parseCatalogue({ types: [{ ...CATALOGUE[0], id: 'Bad Id' }] })).toThrow();
  });
});

describe('review of pages the OCR barely read', () => {
  const lines = (text: string, confidence: number) => ({
    engine: 'tesseract' as const,
    pages: [{ pageNumber: 1, lines: text.split('\n').map((t) => ({ text: t, confidence })) }],
  });

  it('sends a result read with low OCR confidence to review', () => {
    expect(classifyText(lines(PERMIT, 0.95)).reviewReasons).toEqual([]);
    expect(classifyText(lines(PERMIT, 0.4)).reviewReasons).toContain('low_ocr_confidence');
  });

  it('does not trust a not_a_result verdict on a page the OCR barely read', () => {
    const blur = 'C H X H\nGI Y KH I S NH\nH , ch đ m, t n: L V N\n...';
    // A garbled `GIẤY KHAI SINH` is no evidence of a non-result, however sure the OCR is of its letters.
    expect(classifyText(lines(blur, 0.95)).reviewReasons).toEqual(['uncertain_not_a_result']);
    expect(classifyText(lines(blur, 0.35)).reviewReasons).toEqual(['uncertain_not_a_result']);
  });
});

describe('the classifier’s reasons for a reviewer', () => {
  it('quote the title as printed, with its diacritics, not the folded phrase that matched', () => {
    const c = classifyText(PERMIT, { referenceDate: '2026-01-01' });
    expect(c.reasons?.[0]).toBe('title "GIẤY PHÉP XÂY DỰNG"');
    // OCR without diacritics (Textract): the catalogue's title.
    const folded = PERMIT.normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[Đđ]/g, (d) => (d === 'Đ' ? 'D' : 'd'));
    const title = CATALOGUE.find((t) => t.id === c.docType)?.title;
    expect(classifyText(folded, { referenceDate: '2026-01-01' }).reasons?.[0]).toBe(`title "${title}"`);
  });
});
