/**
 * Lays a composed document out on an A4 page: positions every run of text (points, origin top-left,
 * y = baseline) given a width-measuring function, so the PDF and the scan renderers draw the same page.
 */

import { type FontStyle, styleOf } from './fonts.ts';
import type { Block, Span } from './layout.ts';

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 78, right: 48, top: 52, bottom: 48 };
const LEFT_COLUMN = 0.42;

export interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
  style: FontStyle;
  underline?: { x: number; width: number };
}

export type Measure = (text: string, size: number, style: FontStyle) => number;

function wrap(text: string, width: number, size: number, style: FontStyle, measure: Measure): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate, size, style) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

function placeOnce(blocks: readonly Block[], measure: Measure, scale: number): { runs: Run[]; bottom: number } {
  const runs: Run[] = [];
  const contentWidth = A4.width - MARGIN.left - MARGIN.right;
  let y = MARGIN.top;
  const centred = (span: Span, x0: number, width: number, yTop: number): number => {
    const size = (span.size ?? 13) * scale;
    const style = styleOf(span);
    let yy = yTop;
    const parts = wrap(span.text, width, size, style, measure);
    parts.forEach((part, i) => {
      const w = measure(part, size, style);
      const x = x0 + (width - w) / 2;
      yy += size * 1.25;
      // ND 30 rules a short line under the LAST line of the issuer name and of the tiêu ngữ, clear of
      // the glyphs (a rule through the next line's diacritics ruins OCR, and no real document does it).
      const ruled = span.underline && i === parts.length - 1;
      runs.push({
        text: part,
        x,
        y: yy,
        size,
        style,
        ...(ruled ? { underline: { x: x0 + width / 2 - w / 4, width: w / 2 } } : {}),
      });
    });
    return span.underline ? yy + size * 0.4 : yy;
  };
  for (const block of blocks) {
    if (block.kind === 'space') {
      y += block.points * scale;
      continue;
    }
    if (block.kind === 'row') {
      const leftWidth = contentWidth * LEFT_COLUMN;
      const x0 = MARGIN.left - 28;
      const yl = block.left ? centred(block.left, x0, leftWidth, y) : y;
      const yr = block.right ? centred(block.right, x0 + leftWidth, contentWidth + 28 - leftWidth, y) : y;
      y = Math.max(yl, yr);
      continue;
    }
    const span = block.span;
    const size = (span.size ?? 13) * scale;
    const style = styleOf(span);
    const indent = (block.indent ?? 0) * scale;
    const width = contentWidth - indent;
    const parts = wrap(span.text, width, size, style, measure);
    parts.forEach((part, i) => {
      const w = measure(part, size, style);
      let x = MARGIN.left + indent;
      if (block.align === 'center') x = MARGIN.left + (contentWidth - w) / 2;
      else if (block.align === 'right') x = MARGIN.left + contentWidth - w;
      else if (block.align === 'justify' && i === 0) x += 24 * scale;
      y += size * 1.35;
      runs.push({ text: part, x, y, size, style });
    });
  }
  return { runs, bottom: y };
}

/** Positions the runs, shrinking the type a little when a long document would overflow the page. */
export function placeBlocks(blocks: readonly Block[], measure: Measure): Run[] {
  let scale = 1;
  for (;;) {
    const { runs, bottom } = placeOnce(blocks, measure, scale);
    if (bottom <= A4.height - MARGIN.bottom || scale < 0.6) return runs;
    scale -= 0.05;
  }
}
