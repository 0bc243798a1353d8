/** DejaVu Serif (npm `dejavu-fonts-ttf`): full Vietnamese coverage, and a serif face like Times on real paper. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const ttfDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_FILES: Record<FontStyle, string> = {
  regular: join(ttfDir, 'DejaVuSerif.ttf'),
  bold: join(ttfDir, 'DejaVuSerif-Bold.ttf'),
  italic: join(ttfDir, 'DejaVuSerif-Italic.ttf'),
  boldItalic: join(ttfDir, 'DejaVuSerif-BoldItalic.ttf'),
};

export const styleOf = (span: { bold?: boolean; italic?: boolean }): FontStyle =>
  span.bold ? (span.italic ? 'boldItalic' : 'bold') : span.italic ? 'italic' : 'regular';
