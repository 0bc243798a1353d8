/** Pure post-processing of tesseract output: misread repairs and column splitting (no OCR run here). */
import type { Page } from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import { fixVietnamese, pageLines } from '#shared/adapters/ocr/tesseract.ts';

describe('fixVietnamese', () => {
  it.each([
    ['Số: 16/QÐ-UBND', 'Số: 16/QĐ-UBND'],
    ['Ðiện Biên, ngày 05 tháng 3', 'Điện Biên, ngày 05 tháng 3'],
    ['Số: 1758/GPMT.UBND', 'Số: 1758/GPMT-UBND'],
    ['Số: 37/TLKT.BS', 'Số: 37/TLKT-BS'],
    ['Số: 18/TLKT-.BS', 'Số: 18/TLKT-BS'],
    ['Số: 18/TLKT.-BS', 'Số: 18/TLKT-BS'],
    ['Số: 2051/0Đ-UBND', 'Số: 2051/QĐ-UBND'],
    ['Số: 2051/0Đ UBND', 'Số: 2051/QĐ UBND'],
    ['Số: 15/2021/ATTP.CNĐK', 'Số: 15/2021/ATTP-CNĐK'],
    // Untouched: prose, dates, decimals, a symbol already right, a sentence ending after a symbol.
    ['Vốn điều lệ: 5.000.000.000 đồng', 'Vốn điều lệ: 5.000.000.000 đồng'],
    ['ngày 05/3/2020.', 'ngày 05/3/2020.'],
    ['Số: 125/GP-UBND', 'Số: 125/GP-UBND'],
    ['theo Tờ trình số 12/TTr-TNMT. Xét đề nghị', 'theo Tờ trình số 12/TTr-TNMT. Xét đề nghị'],
  ])('%s → %s', (input, expected) => {
    expect(fixVietnamese(input)).toBe(expected);
  });

  it('returns NFC text', () => {
    expect(fixVietnamese('Vie\u0323\u0302t Nam')).toBe('Việt Nam');
  });
});

const word = (text: string, x0: number, x1: number, confidence = 90) => ({
  text,
  confidence,
  bbox: { x0, x1, y0: 100, y1: 140 },
});

function pageOf(lines: { words: ReturnType<typeof word>[]; confidence: number }[]): Page {
  return {
    blocks: [
      {
        paragraphs: [
          {
            lines: lines.map((l) => ({
              text: l.words.map((w) => w.text).join(' '),
              confidence: l.confidence,
              words: l.words,
              bbox: { x0: l.words[0]?.bbox.x0 ?? 0, x1: l.words.at(-1)?.bbox.x1 ?? 0, y0: 100, y1: 140 },
            })),
          },
        ],
      },
    ],
  } as unknown as Page;
}

describe('pageLines', () => {
  it('splits a row where the two ND 30 header columns were joined, keeping each part’s confidence', () => {
    const page = pageOf([
      {
        confidence: 91,
        words: [
          word('SỞ', 100, 150, 96),
          word('Y', 160, 180, 96),
          word('TẾ', 190, 240, 96),
          word('CỘNG', 600, 700, 80),
          word('HÒA', 710, 780, 80),
        ],
      },
    ]);
    expect(pageLines(page)).toEqual([
      { text: 'SỞ Y TẾ', confidence: 0.96 },
      { text: 'CỘNG HÒA', confidence: 0.8 },
    ]);
  });

  it('keeps an ordinary line whole and drops lines with no letter or digit (scanner dust)', () => {
    const page = pageOf([
      { confidence: 88, words: [word('Giấy', 100, 180), word('phép', 190, 260), word('số', 270, 300)] },
      { confidence: 3, words: [word(':', 500, 505), word('.', 900, 903)] },
    ]);
    expect(pageLines(page)).toEqual([{ text: 'Giấy phép số', confidence: 0.88 }]);
  });
});
