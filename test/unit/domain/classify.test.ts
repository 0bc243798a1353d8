import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '#shared/domain/catalogue.ts';
import { classifyText, needsReview, REVIEW_THRESHOLD } from '#shared/domain/classify.ts';
import { foldAccents } from '#shared/domain/normalize.ts';
import type { Classification, ExtractedText } from '#shared/domain/types.ts';
import { type ClassifyCase, NOISE_CASES, NOT_A_RESULT_CASES, RESULT_CASES } from './classify-cases.ts';
import { degradeLikeTextract } from './textract-like.ts';

/** Fields that must not depend on diacritics (issuer/place/holder are compared folded). */
const KEY_FIELDS = ['kind', 'docType', 'title', 'docNumber', 'level', 'issueDate', 'expiryDate', 'confidence'] as const;
const fold = (s: string | null) => (s === null ? null : foldAccents(s));

function pick(c: Classification, fields: readonly (keyof Classification)[]) {
  return Object.fromEntries(fields.map((f) => [f, c[f]]));
}

function checkExpected(c: Classification, expected: Partial<Classification>, textFields: boolean) {
  for (const [field, value] of Object.entries(expected) as [keyof Classification, unknown][]) {
    if (!textFields && (field === 'issuer' || field === 'place' || field === 'holder')) {
      expect(fold(c[field] as string | null), field).toBe(fold(value as string | null));
    } else if (field === 'warnings') {
      expect(c.warnings).toEqual(expect.arrayContaining(value as string[]));
    } else expect(c[field], field).toEqual(value);
  }
}

const ALL: ClassifyCase[] = [...RESULT_CASES, ...NOT_A_RESULT_CASES, ...NOISE_CASES];

describe('classifyText on hand-written documents', () => {
  it('covers every catalogue type and the three levels', () => {
    const types = new Set(RESULT_CASES.map((c) => c.expect.docType));
    expect(CATALOGUE.filter((t) => !types.has(t.id)).map((t) => t.id)).toEqual([]);
    const levels = new Set(RESULT_CASES.map((c) => c.expect.level).filter(Boolean));
    expect([...levels].sort()).toEqual(['commune', 'district', 'province']);
    expect(ALL.length).toBeGreaterThanOrEqual(80);
  });

  describe.each(ALL.map((c, i) => ({ ...c, i })))('$name', ({ text, expect: expected, i }) => {
    const original = classifyText(text);

    it('reads the original text', () => {
      checkExpected(original, expected, true);
    });

    it('gives the same answer for the accent-folded copy', () => {
      const folded = classifyText(foldAccents(text));
      expect(pick(folded, KEY_FIELDS)).toEqual(pick(original, KEY_FIELDS));
      expect(folded.warnings).toEqual(original.warnings);
      expect(fold(folded.issuer)).toBe(fold(original.issuer));
      expect(fold(folded.place)).toBe(fold(original.place));
    });

    it('reads a Textract-like degraded copy', () => {
      const degraded = classifyText(degradeLikeTextract(text, 7 + i));
      checkExpected(degraded, expected, false);
    });
  });
});

describe('classifyText contract', () => {
  const permit = RESULT_CASES.find((c) => c.expect.docType === 'giay-phep-ban-le-ruou')!.text;

  it('restores the catalogue title with diacritics from Textract-style text', () => {
    const c = classifyText(degradeLikeTextract(permit, 1));
    expect(c.title).toBe('GIẤY PHÉP BÁN LẺ RƯỢU');
  });

  it('takes engine and page count from ExtractedText, and the engine option wins', () => {
    const extracted: ExtractedText = {
      engine: 'textract',
      pages: [
        { pageNumber: 1, lines: permit.split('\n').map((text) => ({ text, confidence: 0.97 })) },
        { pageNumber: 2, lines: [{ text: 'Nơi nhận: - Như trên;', confidence: 0.9 }] },
      ],
    };
    const c = classifyText(extracted);
    expect(c.engine).toBe('textract');
    expect(c.pages).toBe(2);
    expect(c.docType).toBe('giay-phep-ban-le-ruou');
    expect(classifyText(extracted, { engine: 'tesseract' }).engine).toBe('tesseract');
    expect(classifyText(permit).engine).toBeNull();
  });

  it('lowers the confidence of text the OCR engine was unsure of', () => {
    const lines = permit.split('\n');
    const sure = classifyText({
      engine: 'tesseract',
      pages: [{ pageNumber: 1, lines: lines.map((text) => ({ text, confidence: 0.95 })) }],
    });
    const unsure = classifyText({
      engine: 'tesseract',
      pages: [{ pageNumber: 1, lines: lines.map((text) => ({ text, confidence: 0.3 })) }],
    });
    expect(unsure.confidence).toBeLessThan(sure.confidence);
    expect(unsure.warnings).toContain('low_ocr_confidence');
  });

  it("takes a certified copy's certifier from the commune seal when it names the certification's place", () => {
    const copy = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG',
      'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN',
      'Cấp cho: Giàng Đình Long',
      'Điện Biên, ngày 20 tháng 6 năm 2019',
      'Số vào sổ cấp bằng: 6000/TN19',
      'CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH',
      'Số chứng thực: 1520 Quyển số: 01/2023-SCT/BS',
      'Thanh Xương, ngày 12 tháng 5 năm 2023',
      'NGƯỜI THỰC HIỆN CHỨNG THỰC',
      'PHÓ CHỦ TỊCH',
      'Quàng Văn Pấng',
    ];
    // The round seal as OCR reads a curved stamp: specks, then its words on lines of their own.
    const seal = (name: string[]) => ['MZSUAVAN.', 'AÑ¿ĐÂN', 'XÃ', ...name, 'nó', '3'];
    const sealed = classifyText([...copy, ...seal(['THANH', 'XƯƠNG'])].join('\n'));
    expect(sealed).toMatchObject({ docType: 'chung-thuc-ban-sao', issuer: 'ỦY BAN NHÂN DÂN XÃ THANH XƯƠNG' });
    expect(sealed.level).toBe('commune');
    expect(sealed.warnings).not.toContain('missing_issuer');
    // A seal naming another commune, or no seal, leaves the certifier unknown.
    for (const other of [[...copy, ...seal(['NÀ', 'TẤU'])], copy]) {
      const c = classifyText(other.join('\n'));
      expect(c.issuer).toBeNull();
      expect(c.needsReview).toBe(true);
    }
  });

  it('sends a number read from a line the OCR all but failed on to review', () => {
    const birth = (numberLine: string[], confidence: number) =>
      classifyText({
        engine: 'tesseract',
        pages: [
          {
            pageNumber: 1,
            lines: [
              ...['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'GIẤY KHAI SINH'].map(
                (text) => ({
                  text,
                  confidence: 0.93,
                }),
              ),
              // The label alone on its line, the value on the next (both lines count), or both on one.
              ...numberLine.map((text, i) => ({ text, confidence: i === numberLine.length - 1 ? confidence : 0.9 })),
              ...[
                'Họ, chữ đệm, tên: LƯỜNG VĂN KHÁNH',
                'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên',
                'Ngày, tháng, năm đăng ký: 20/03/2021',
              ].map((text) => ({ text, confidence: 0.93 })),
            ],
          },
        ],
      });
    for (const numberLine of [['Số:', '125/2021'], ['Số: 125/2021']]) {
      const sure = birth(numberLine, 0.9);
      expect(sure).toMatchObject({ docType: 'khai-sinh', docNumber: '125/2021', needsReview: false });
      const garbled = birth(numberLine, 0.07);
      expect(garbled.docNumber).toBe('125/2021');
      expect(garbled.warnings).toContain('doc_number_uncertain');
      expect(garbled.needsReview).toBe(true);
    }
    // Plain text carries no line confidence: nothing to judge.
    expect(classifyText(permit).warnings).not.toContain('doc_number_uncertain');
  });

  it('sends an issue date read from a line the OCR all but failed on to review', () => {
    const letter = (dateLine: string, confidence: number, dateConfidence: number) =>
      classifyText({
        engine: 'tesseract',
        pages: [
          {
            pageNumber: 1,
            lines: [
              ...[
                'ỦY BAN NHÂN DÂN',
                'HUYỆN MƯỜNG CHÀ',
                'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
                'Độc lập - Tự do - Hạnh phúc',
                'Số: 152/GPXD-UBND',
              ].map((text) => ({ text, confidence })),
              { text: dateLine, confidence: dateConfidence },
              ...[
                'GIẤY PHÉP XÂY DỰNG',
                'Cấp cho: Ông Lò Văn Sáng',
                'Địa chỉ: bản Na Sang, xã Na Sang, huyện Mường Chà, tỉnh Điện Biên',
                'Được phép xây dựng công trình: nhà ở riêng lẻ',
                'KT. CHỦ TỊCH',
                'PHÓ CHỦ TỊCH',
              ].map((text) => ({ text, confidence })),
            ],
          },
        ],
      });
    const dateLine = 'Mường Chà, ngày 12 tháng 5 năm 2024';
    const sure = letter(dateLine, 0.9, 0.9);
    expect(sure).toMatchObject({ docType: 'giay-phep-xay-dung-nha-o', issueDate: '2024-05-12', needsReview: false });
    const garbled = letter(dateLine, 0.9, 0.12);
    expect(garbled.issueDate).toBe('2024-05-12');
    expect(garbled.reviewReasons).toEqual(['issue_date_uncertain']);
    // A number line that is sure does not vouch for the date line, and the gate is the number's threshold.
    expect(letter(dateLine, 0.9, 0.35).warnings).not.toContain('issue_date_uncertain');
  });

  it('reads no issuer from a header line the OCR all but failed on', () => {
    const birth = (speckConfidence: number) =>
      classifyText({
        engine: 'tesseract',
        pages: [
          {
            pageNumber: 1,
            lines: [
              { text: 'SỞ Á', confidence: speckConfidence },
              ...[
                'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
                'Độc lập - Tự do - Hạnh phúc',
                'GIẤY KHAI SINH',
                'Số: 07',
                'Quyển số: 02/2019',
                'Họ, chữ đệm, tên: LƯỜNG ĐÌNH LONG',
                'Nơi đăng ký khai sinh: UBND xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên',
                'Ngày, tháng, năm đăng ký: 15/01/2019',
              ].map((text) => ({ text, confidence: 0.93 })),
            ],
          },
        ],
      });
    // A shadow's edge read as `SỞ Á` at 0.17: not a provincial department.
    expect(birth(0.17)).toMatchObject({ docType: 'khai-sinh', level: 'commune', needsReview: false });
    expect(birth(0.17).issuer).not.toMatch(/^SỞ/);
    // Read with confidence, the same line is a header line (and here a suspicious one).
    expect(birth(0.9).issuer).toMatch(/^SỞ/);
  });

  it('judges OCR confidence on text lines, not on the specks a phone photo adds', () => {
    const lines = permit.split('\n');
    // A photo's texture, seal and background read as one- or two-character lines at confidence near 0.
    const specks = ['Ặ', '3', 'j', '1l', 'Z7', 'p%', 'B;A', 'ï', 'Ễ', '4'];
    const mixed = lines.flatMap((text, i) => [
      { text, confidence: 0.9 },
      ...specks.slice(0, 2).map((s, k) => ({ text: specks[(i + k) % specks.length] ?? s, confidence: 0.05 })),
    ]);
    const photo = classifyText({ engine: 'tesseract', pages: [{ pageNumber: 1, lines: mixed }] });
    expect(photo.warnings).not.toContain('low_ocr_confidence');
    expect(photo.docType).toBe(classifyText(permit).docType);
    // Text lines the OCR was unsure of still lower it, specks or not.
    const unsure = classifyText({
      engine: 'tesseract',
      pages: [{ pageNumber: 1, lines: mixed.map((l) => ({ ...l, confidence: l.confidence === 0.9 ? 0.4 : 0.05 })) }],
    });
    expect(unsure.warnings).toContain('low_ocr_confidence');
    // A page of specks only is unsure.
    const blank = classifyText({
      engine: 'tesseract',
      pages: [{ pageNumber: 1, lines: specks.map((text) => ({ text, confidence: 0.1 })) }],
    });
    expect(blank.warnings).toContain('low_ocr_confidence');
    expect(blank.needsReview).toBe(true);
  });

  it('gives reasons and a confidence between 0 and 1', () => {
    for (const c of ALL.map((x) => classifyText(x.text))) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.reasons?.length).toBeGreaterThan(0);
    }
  });

  it('warns about missing key fields and sends such results to review', () => {
    const c = classifyText('GIẤY PHÉP XÂY DỰNG\nSử dụng cho nhà ở riêng lẻ\nCấp cho: Ông Lò Văn A');
    expect(c.kind).toBe('result');
    expect(c.warnings).toEqual(expect.arrayContaining(['missing_doc_number', 'missing_issue_date', 'missing_issuer']));
    expect(needsReview(c)).toBe(true);
  });

  it('flags an issue date after the reference date', () => {
    const c = classifyText(permit, { referenceDate: '2015-01-01' });
    expect(c.warnings).toContain('issue_date_in_future');
  });

  it('keeps complete results out of review and sends a mere mention to review', () => {
    const complete = RESULT_CASES.map((x) => classifyText(x.text)).filter(
      (c) => c.docNumber && c.issueDate && c.issuer,
    );
    expect(complete.length).toBeGreaterThan(40);
    for (const c of complete) expect(c.confidence, c.docType ?? '').toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    const mention = classifyText(
      'UBND HUYỆN ĐIỆN BIÊN\nSố: 12/GPXD\nĐã cấp giấy phép xây dựng cho ông Lò Văn A theo đề nghị.\nĐiện Biên, ngày 01 tháng 02 năm 2020',
    );
    expect(mention.kind).toBe('result');
    expect(needsReview(mention)).toBe(true);
  });

  it('sends a page whose title was lost to review: typed by its symbol, or an uncertain non-result', () => {
    const typed = classifyText(
      'UBND HUYỆN TUẦN GIÁO\nSố: 12/GPXD\nCấp cho: Ông Lò Văn A\nTuần Giáo, ngày 01 tháng 02 năm 2020',
    );
    expect(typed).toMatchObject({ kind: 'result', docType: 'giay-phep-xay-dung-nha-o', docNumber: '12/GPXD' });
    expect(needsReview(typed)).toBe(true);
    const unknown = classifyText(
      'UBND HUYỆN TUẦN GIÁO\nSố: 12/XYZ-UBND\nabc def\nTuần Giáo, ngày 01 tháng 02 năm 2020',
    );
    expect(unknown.kind).toBe('not_a_result');
    expect(needsReview(unknown)).toBe(true);
    const plan = classifyText(NOT_A_RESULT_CASES[0]!.text);
    expect(needsReview(plan)).toBe(false);
  });

  it('answers not_a_result for empty or meaningless text without throwing', () => {
    for (const text of ['', '   \n\n', '@@@ ### 123', 'Lorem ipsum dolor sit amet']) {
      const c = classifyText(text);
      expect(c.kind).toBe('not_a_result');
      expect(c.docType).toBeNull();
    }
  });
});
