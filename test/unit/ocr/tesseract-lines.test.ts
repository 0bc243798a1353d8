/** Pure post-processing of tesseract output: misread repairs and column splitting (no OCR run here). */
import type { Page } from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import { crossCheckDigits, fixVietnamese, pageLines, UNDER_SEAL_CONFIDENCE } from '#shared/adapters/ocr/tesseract.ts';

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
    // A syllable carries one tone mark: a vowel read twice with two (photo of GIẤY CHỨNG NHẬN KẾT HÔN).
    ['GIẤY CHỨNG NHẬN KẾÉT HÔN', 'GIẤY CHỨNG NHẬN KẾT HÔN'],
    ['Quyết định giao đấát', 'Quyết định giao đất'],
    // Untouched: the same vowel twice with one tone or none (loan words: xoong, soóc), different vowels.
    ['nồi xoong, quần soóc', 'nồi xoong, quần soóc'],
    ['người được giám hộ', 'người được giám hộ'],
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

  it('doubts a line whose digit word tesseract all but failed on, though the line reads well (TT 04/2020 `Ngày, tháng, năm đăng ký`, its day’s 1 read as ƒ)', () => {
    const page = pageOf([
      {
        confidence: 81,
        words: [
          word('Ngày,', 100, 180, 95),
          word('tháng,', 190, 270, 96),
          word('năm', 280, 330, 97),
          word('đăng', 340, 400, 94),
          word('ký:ƒ7/9/2023', 410, 560, 21),
        ],
      },
      // Counter-examples: a digit word read well in a poor line, a poor word without a digit, a poor digit word
      // whose odd letter is a look-alike the date reader takes for a digit (ï, an i: 1).
      { confidence: 70, words: [word('Số:', 100, 140, 90), word('36', 150, 180, 88), word('Quyển', 190, 260, 40)] },
      { confidence: 75, words: [word('Cà', 100, 140, 95), word('Thị', 150, 190, 96), word('ì', 200, 210, 12)] },
      {
        confidence: 80,
        words: [
          word('ngày', 100, 160, 93),
          word('08', 170, 200, 94),
          word('tháng', 210, 280, 96),
          word('1ï', 290, 310, 27),
        ],
      },
    ]);
    expect(pageLines(page)).toEqual([
      { text: 'Ngày, tháng, năm đăng ký:ƒ7/9/2023', confidence: UNDER_SEAL_CONFIDENCE },
      { text: 'Số: 36 Quyển', confidence: 0.7 },
      { text: 'Cà Thị ì', confidence: 0.75 },
      { text: 'ngày 08 tháng 1ï', confidence: 0.8 },
    ]);
  });
});

describe('crossCheckDigits: an upscaled page read at two scales', () => {
  const line = (text: string, confidence = 0.95) => ({ text, confidence });

  it('doubts a line whose digits the second reading gives differently (`ngày 07` / `ngày 01`), and only that line', () => {
    const first = [
      line('GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH'),
      line('Mã số hộ kinh doanh: 62H8012047'),
      line('Đăng ký lần đầu: ngày 07 tháng 3 năm 2024', 0.96),
    ];
    const second = [
      line('GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH'),
      line('Mã số hộ kinh doanh: 62H8012047'),
      line('Đăng ký lần đầu: ngày 01 tháng 3 năm 2024', 0.96),
    ];
    const checked = crossCheckDigits(first, second);
    expect(checked.map((l) => l.text)).toEqual(first.map((l) => l.text));
    expect(checked[2]?.confidence).toBe(UNDER_SEAL_CONFIDENCE);
    expect(checked[1]?.confidence).toBe(0.95);
    expect(checked[0]?.confidence).toBe(0.95);
  });

  it('pairs a line whose letters the other scale read with one letter changed (`Số thá/Card No`, `Số thẻ/Card No`)', () => {
    const checked = crossCheckDigits([line('Số thá/Card No: 274731906')], [line('Số thẻ/Card No: 274231906')]);
    expect(checked[0]?.confidence).toBe(UNDER_SEAL_CONFIDENCE);
    // Two rows of the other reading as near: which one it is cannot be told, the line stays as read.
    const rows = [line('Thửa đất số: 57, tờ bản đồ số: 12'), line('Thửa đất số: 58, tờ bản đồ số: 12')];
    expect(crossCheckDigits([line('Thửa đất số: 51, tờ bản đồ số: 12')], rows)[0]?.confidence).toBe(0.95);
  });

  it('counter-example: lines the readings split, joined or read in other letters, and short lines, stay as read', () => {
    const first = [
      line('Đăng ký lần đầu: ngày 07 tháng 3 năm 2024'),
      line('Số: 15/GP'),
      line('Điều 2. Giá: 180.000.000 đồng'),
    ];
    const second = [
      line('Đăng ký lần đầu: ngày 01'),
      line('tháng 3 năm 2024'),
      line('Số: 16/GP'),
      line('Điều 2, Cía: 130.000.000 đồng'),
    ];
    expect(crossCheckDigits(first, second)).toEqual(first);
  });
});
