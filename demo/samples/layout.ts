/**
 * What a composed document looks like on paper, independent of the renderer: ND 30 puts the issuer and
 * the quốc hiệu side by side, centres the title, and puts "Nơi nhận" beside the signature.
 */

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; default 13. */
  size?: number;
  /** Draw a short rule under the text (under the tiêu ngữ and the issuer name). */
  underline?: boolean;
}

export type Block =
  /** Two columns, each centred in its half of the page. */
  | { kind: 'row'; left?: Span; right?: Span }
  | { kind: 'line'; span: Span; align: 'left' | 'center' | 'right' | 'justify'; indent?: number }
  | { kind: 'space'; points: number };

/** The text of a document in reading order (left column before right, row by row). */
export function blocksToLines(blocks: readonly Block[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'row') {
      if (block.left?.text) lines.push(block.left.text);
      if (block.right?.text) lines.push(block.right.text);
    } else if (block.kind === 'line' && block.span.text) {
      lines.push(block.span.text);
    }
  }
  return lines;
}

export const text = (t: string, options: Omit<Span, 'text'> = {}): Span => ({ text: t, ...options });
export const line = (
  t: string,
  align: 'left' | 'center' | 'right' | 'justify' = 'justify',
  span: Omit<Span, 'text'> = {},
  indent = 0,
): Block => ({
  kind: 'line',
  span: { text: t, ...span },
  align,
  indent,
});
export const space = (points = 8): Block => ({ kind: 'space', points });
