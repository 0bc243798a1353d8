/**
 * Renders a corpus page as the paper looks (SVG laid out like the form: ND 30 header in two columns,
 * centred title, labelled fields, signature block on the right; guilloche-green civil-status paper or
 * pink land-certificate paper; red title; a red seal over the signature; handwritten field values), then
 * photographs or scans it with sharp: perspective and rotation, uneven light and shadows, blur, JPEG, low
 * dpi, grain, a phone screenshot with its UI bars. Deterministic by seed.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { FONT_FILES } from '#demo/samples/fonts.ts';
import { MOTTO, MOTTO2, rng } from './kit.ts';

export const PAGE_W = 1240;
export const PAGE_H = 1754;
const MARGIN_L = 110;
const MARGIN_R = 90;

export type Paper = 'white' | 'green' | 'pink';

export interface PaperOptions {
  paper: Paper;
  /** A red seal over the signature block, with this text around it. */
  stamp?: string;
  /** Put the seal over the title and number instead of the signature (as careless stamping does). */
  stampOverTitle?: boolean;
  /** Field values written by hand (blue, slanted, uneven). */
  handwriting?: boolean;
  seed: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const isUpperLine = (l: string) => {
  const letters = l.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
};
const isPlaceDate = (l: string) => /^[^,]{2,40}, ngày \d{1,2} tháng \d{1,2} năm \d{4}$/.test(l);

function wrap(line: string, maxChars: number): string[] {
  if (line.length <= maxChars) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > maxChars) {
    let cut = rest.lastIndexOf(' ', maxChars);
    if (cut < maxChars * 0.5) cut = maxChars;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

function background(paper: Paper, r: () => number): string {
  if (paper === 'white') return `<rect width="${PAGE_W}" height="${PAGE_H}" fill="#fdfdfb"/>`;
  const wash = paper === 'green' ? '#e3f2e1' : '#fbe4e8';
  const ink = paper === 'green' ? '#a9d6ab' : '#f2aebb';
  const waves: string[] = [];
  for (let k = 0; k < 14; k++) {
    const phase = r() * Math.PI * 2;
    const amp = 10 + r() * 18;
    const period = 60 + r() * 70;
    let d = '';
    for (let x = 0; x <= 240; x += 6) {
      const y = 120 + amp * Math.sin((x / period) * Math.PI * 2 + phase) + (k - 7) * 8;
      d += `${x === 0 ? 'M' : 'L'}${x} ${y.toFixed(1)} `;
    }
    waves.push(`<path d="${d}" fill="none" stroke="${ink}" stroke-width="1.1"/>`);
  }
  const rosette = Array.from({ length: 18 }, (_, k) => {
    const a = (k / 18) * 360;
    return `<ellipse cx="${PAGE_W / 2}" cy="${PAGE_H / 2}" rx="380" ry="120" fill="none" stroke="${ink}" stroke-width="1.4" transform="rotate(${a} ${PAGE_W / 2} ${PAGE_H / 2})"/>`;
  }).join('');
  return `<defs><pattern id="g" width="240" height="240" patternUnits="userSpaceOnUse">${waves.join('')}</pattern></defs>
<rect width="${PAGE_W}" height="${PAGE_H}" fill="${wash}"/><rect width="${PAGE_W}" height="${PAGE_H}" fill="url(#g)"/>${rosette}
<rect x="40" y="40" width="${PAGE_W - 80}" height="${PAGE_H - 80}" fill="none" stroke="${ink}" stroke-width="6"/>`;
}

interface Placed {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'middle';
  bold?: boolean;
  italic?: boolean;
  color?: string;
  hand?: boolean;
}

/** Lays out one page of text like the form. */
export function pageSvg(text: string, o: PaperOptions): string {
  const r = rng(o.seed);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const placed: Placed[] = [];
  const leftX = MARGIN_L + 150;
  const rightX = PAGE_W * 0.66;
  let y = 120;
  let i = 0;
  const motto = lines.indexOf(MOTTO);
  if (motto > 0) {
    // ND 30 header: issuer block left, motto right, then Số left / place–date right.
    const left = lines.slice(0, motto);
    let ly = y;
    for (const l of left) {
      placed.push({ text: l, x: leftX, y: ly, size: 21, anchor: 'middle', bold: true });
      ly += 30;
    }
    placed.push({ text: MOTTO, x: rightX, y, size: 21, anchor: 'middle', bold: true });
    if (lines[motto + 1] === MOTTO2)
      placed.push({ text: MOTTO2, x: rightX, y: y + 30, size: 22, anchor: 'middle', bold: true });
    i = motto + (lines[motto + 1] === MOTTO2 ? 2 : 1);
    let ry = y + 80;
    ly = Math.max(ly + 14, y + 80);
    for (let k = 0; k < 2 && i < lines.length; k++) {
      const l = lines[i]!;
      if (/^Số: /.test(l)) {
        placed.push({ text: l, x: leftX, y: ly, size: 22, anchor: 'middle' });
        ly += 34;
        i++;
      } else if (isPlaceDate(l)) {
        placed.push({ text: l, x: rightX, y: ry, size: 22, anchor: 'middle', italic: true });
        ry += 34;
        i++;
      }
    }
    y = Math.max(ly, ry) + 40;
  } else if (motto === 0) {
    placed.push({ text: MOTTO, x: PAGE_W / 2, y, size: 23, anchor: 'middle', bold: true });
    i = 1;
    if (lines[1] === MOTTO2) {
      placed.push({ text: MOTTO2, x: PAGE_W / 2, y: y + 32, size: 23, anchor: 'middle', bold: true });
      i = 2;
    }
    y += 110;
  }
  // Register number and serial printed at the bottom left of land certificates.
  const footer: string[] = [];
  while (lines.length > i + 1 && /^(Số vào sổ|Số phát hành|[A-ZĐ]{2} \d{6,8}$)/.test(lines[lines.length - 1]!))
    footer.unshift(lines.pop()!);
  // Signature block: the trailing upper-case lines and the signer's name.
  let sigStart = lines.length - 1;
  while (
    sigStart - 1 > i &&
    sigStart > lines.length - 5 &&
    isUpperLine(lines[sigStart - 1]!) &&
    lines[sigStart - 1]!.length < 60
  )
    sigStart--;
  let firstTitle = true;
  let titleY: number | undefined;
  const body = lines.slice(i, sigStart);
  const maxChars = Math.floor((PAGE_W - MARGIN_L - MARGIN_R) / (22 * 0.56));
  for (const l of body) {
    if (isUpperLine(l) && l.length <= 95 && !/^Số/.test(l)) {
      const size = firstTitle ? 30 : 23;
      if (firstTitle) titleY = y;
      for (const part of wrap(l, firstTitle ? 52 : 70)) {
        placed.push({
          text: part,
          x: PAGE_W / 2,
          y,
          size,
          anchor: 'middle',
          bold: true,
          color: firstTitle && o.paper !== 'white' ? '#c3252e' : undefined,
        });
        y += size + 14;
      }
      firstTitle = false;
      continue;
    }
    if (/^(Về việc|V\/v) /.test(l) || (!firstTitle && /^(Xử phạt|Phê duyệt|Thành lập|Nộp tiền)/.test(l))) {
      for (const part of wrap(l, 70)) {
        placed.push({ text: part, x: PAGE_W / 2, y, size: 22, anchor: 'middle', bold: true });
        y += 34;
      }
      continue;
    }
    const m = o.handwriting ? /^([^:]{4,45}:) (.+)$/.exec(l) : null;
    if (m && m[2]!.length < 60) {
      placed.push({ text: m[1]!, x: MARGIN_L, y, size: 22, anchor: 'start' });
      placed.push({
        text: m[2]!,
        x: MARGIN_L + m[1]!.length * 22 * 0.55 + 18,
        y: y + (r() - 0.5) * 4,
        size: 24 + r() * 3,
        anchor: 'start',
        italic: true,
        color: '#1f3a93',
        hand: true,
      });
      y += 36;
      continue;
    }
    for (const part of wrap(l, maxChars)) {
      placed.push({ text: part, x: MARGIN_L, y, size: 22, anchor: 'start', italic: /^\(.*\)$/.test(part) });
      y += 33;
    }
  }
  y += 30;
  const sigTop = y;
  for (const [k, l] of lines.slice(sigStart).entries()) {
    const name = k === lines.length - sigStart - 1 && !isUpperLine(l);
    if (name) y += 110; // room for the signature
    placed.push({ text: l, x: PAGE_W * 0.7, y, size: 22, anchor: 'middle', bold: true });
    y += 32;
  }
  for (const [k, l] of footer.entries())
    placed.push({ text: l, x: MARGIN_L, y: PAGE_H - 150 + k * 34, size: 22, anchor: 'start', bold: true });
  const strokes: string[] = [];
  // The signature itself.
  const sx = PAGE_W * 0.62;
  const sy = y - 110;
  strokes.push(
    `<path d="M${sx} ${sy} c 30 -40, 60 40, 90 -10 s 40 -30, 70 10 s 30 20, 60 -20" fill="none" stroke="#1f3a93" stroke-width="3"/>`,
  );
  if (o.stamp) {
    const cx = o.stampOverTitle ? PAGE_W * 0.42 : PAGE_W * 0.6;
    const cy = o.stampOverTitle ? (titleY ?? 300) : sigTop + 70;
    strokes.push(`<g opacity="0.72" transform="rotate(${(r() * 30 - 15).toFixed(1)} ${cx} ${cy})">
<circle cx="${cx}" cy="${cy}" r="112" fill="none" stroke="#d11a1a" stroke-width="7"/>
<circle cx="${cx}" cy="${cy}" r="78" fill="none" stroke="#d11a1a" stroke-width="3"/>
<path id="ring" d="M ${cx - 92} ${cy} a 92 92 0 1 1 184 0 a 92 92 0 1 1 -184 0" fill="none"/>
<text font-family="DejaVu Serif" font-weight="bold" font-size="19" fill="#d11a1a"><textPath href="#ring">${esc(o.stamp)}</textPath></text>
<polygon points="${[0, 1, 2, 3, 4]
      .map((k) => {
        const a = -Math.PI / 2 + (k * 4 * Math.PI) / 5;
        return `${(cx + 34 * Math.cos(a)).toFixed(1)},${(cy + 34 * Math.sin(a)).toFixed(1)}`;
      })
      .join(' ')}" fill="#d11a1a"/>
</g>`);
  }
  const texts = placed
    .map((p) => {
      const rot = p.hand ? ` transform="rotate(${((r() - 0.5) * 3).toFixed(2)} ${p.x} ${p.y})"` : '';
      return `<text x="${p.x.toFixed(1)}" y="${p.y.toFixed(1)}" font-family="DejaVu Serif" font-size="${p.size.toFixed(1)}"${p.bold ? ' font-weight="bold"' : ''}${p.italic ? ' font-style="italic"' : ''} text-anchor="${p.anchor}" fill="${p.color ?? '#161616'}"${rot}>${esc(p.text)}</text>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}" viewBox="0 0 ${PAGE_W} ${PAGE_H}">${background(o.paper, r)}\n${texts}\n${strokes.join('\n')}</svg>`;
}

export function renderPage(text: string, o: PaperOptions): Buffer {
  const svg = pageSvg(text, o);
  const resvg = new Resvg(svg, {
    font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: 'DejaVu Serif' },
    background: '#ffffff',
  });
  return Buffer.from(resvg.render().asPng());
}

export type Defect =
  | 'phone-photo'
  | 'perspective'
  | 'shadow'
  | 'uneven-light'
  | 'blur'
  | 'jpeg'
  | 'low-dpi'
  | 'office-scan'
  | 'screenshot'
  | 'grain'
  | 'far'
  | 'crease';

const svgBuf = (w: number, h: number, body: string) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`);

/** Applies the defects in a fixed order; returns the image bytes (JPEG, or PNG for a screenshot). */
export async function degrade(png: Buffer, defects: readonly Defect[], seed: number): Promise<Buffer> {
  const r = rng(seed);
  const has = (d: Defect) => defects.includes(d);
  let img = png;
  let { width = PAGE_W, height = PAGE_H } = await sharp(img).metadata();
  if (has('office-scan')) {
    img = await sharp(img)
      .rotate((r() - 0.5) * 2.4, { background: '#f4f4f0' })
      .modulate({ brightness: 1.02, saturation: 0.85 })
      .toBuffer();
  }
  if (has('perspective') || has('phone-photo')) {
    const sx = (r() - 0.5) * 0.08;
    const sy = (r() - 0.5) * 0.05;
    img = await sharp(img)
      .affine(
        [
          [1, sx],
          [sy, 1],
        ],
        { background: '#3b3127' },
      )
      .rotate((r() - 0.5) * 8, { background: '#3b3127' })
      .toBuffer();
    ({ width = PAGE_W, height = PAGE_H } = await sharp(img).metadata());
    // Some table around the paper.
    img = await sharp(img).extend({ top: 60, bottom: 60, left: 50, right: 50, background: '#3b3127' }).toBuffer();
    ({ width = PAGE_W, height = PAGE_H } = await sharp(img).metadata());
  }
  if (has('uneven-light') || has('phone-photo')) {
    const cx = (0.3 + r() * 0.4) * width;
    const cy = (0.2 + r() * 0.4) * height;
    const light = svgBuf(
      width,
      height,
      `<defs><radialGradient id="l" cx="${cx}" cy="${cy}" r="${Math.max(width, height) * 0.8}" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#ffffff"/><stop offset="0.6" stop-color="#d8d4cc"/><stop offset="1" stop-color="#8a8478"/></radialGradient></defs><rect width="${width}" height="${height}" fill="url(#l)"/>`,
    );
    img = await sharp(img)
      .composite([{ input: light, blend: 'multiply' }])
      .toBuffer();
  }
  if (has('shadow')) {
    const x0 = r() * width * 0.5;
    const shadow = svgBuf(
      width,
      height,
      `<defs><linearGradient id="s" x1="0" y1="0" x2="1" y2="0.3"><stop offset="0" stop-color="#5a5a5a"/><stop offset="1" stop-color="#9a9a9a"/></linearGradient></defs><polygon points="${x0},0 ${x0 + width * 0.45},0 ${x0 + width * 0.15},${height} ${x0 - width * 0.35},${height}" fill="url(#s)" opacity="0.55"/>`,
    );
    img = await sharp(img)
      .composite([{ input: shadow, blend: 'multiply' }])
      .toBuffer();
  }
  if (has('grain') || has('phone-photo')) {
    // Seeded grain (sharp's own noise generator is not seeded).
    const raw = Buffer.alloc(width * height);
    for (let k = 0; k < raw.length; k++)
      raw[k] = Math.max(0, Math.min(255, Math.round(128 + (r() + r() + r() - 1.5) * 38)));
    const noise = await sharp(raw, { raw: { width, height, channels: 1 } })
      .toColourspace('srgb')
      .png()
      .toBuffer();
    img = await sharp(img)
      .composite([{ input: noise, blend: 'soft-light' }])
      .toBuffer();
  }
  if (has('crease')) {
    const y0 = height * (0.35 + r() * 0.3);
    const crease = svgBuf(
      width,
      height,
      `<rect x="0" y="${y0}" width="${width}" height="5" fill="#7a7a7a" opacity="0.6"/><rect x="0" y="${y0 + 5}" width="${width}" height="14" fill="#ffffff" opacity="0.5"/>`,
    );
    img = await sharp(img)
      .composite([{ input: crease, blend: 'multiply' }])
      .toBuffer();
  }
  if (has('far')) {
    // Photographed from arm's length: the page fills a third of a 12-Mpx frame, then the app shrinks it.
    img = await sharp(img)
      .resize({ width: Math.round(width * 0.45) })
      .toBuffer();
    ({ width = PAGE_W, height = PAGE_H } = await sharp(img).metadata());
  }
  if (has('blur'))
    img = await sharp(img)
      .blur(1.3 + r() * 0.5)
      .toBuffer();
  else if (has('phone-photo')) img = await sharp(img).blur(0.6).toBuffer();
  if (has('low-dpi')) {
    img = await sharp(img)
      .resize({ width: Math.round(width * 0.58) })
      .toBuffer();
    ({ width = PAGE_W, height = PAGE_H } = await sharp(img).metadata());
  }
  if (has('screenshot')) {
    const W = 1080;
    const H = 2340;
    const page = await sharp(img)
      .resize({ width: W, height: H - 430, fit: 'inside', background: '#111111' })
      .toBuffer();
    const meta = await sharp(page).metadata();
    const ui = svgBuf(
      W,
      H,
      `<rect width="${W}" height="${H}" fill="#111111"/>
<rect width="${W}" height="96" fill="#000000"/><text x="40" y="64" font-family="DejaVu Sans" font-size="38" fill="#ffffff">10:42</text>
<text x="${W - 260}" y="64" font-family="DejaVu Sans" font-size="34" fill="#ffffff">4G ▮ 82%</text>
<rect y="96" width="${W}" height="150" fill="#202124"/><text x="40" y="190" font-family="DejaVu Sans" font-size="44" fill="#ffffff">←  Zalo · Ảnh</text>
<text x="${W - 80}" y="190" font-family="DejaVu Sans" font-size="50" fill="#ffffff">⋮</text>
<rect y="${H - 180}" width="${W}" height="180" fill="#000000"/><text x="${W / 2 - 260}" y="${H - 70}" font-family="DejaVu Sans" font-size="46" fill="#cccccc">◁        ○        ▢</text>`,
    );
    return sharp(ui)
      .composite([{ input: page, top: 250 + Math.max(0, Math.round((H - 430 - (meta.height ?? 0)) / 2)), left: 0 }])
      .png({ compressionLevel: 9, palette: true, colours: 64 })
      .toBuffer();
  }
  const quality = has('jpeg') ? 38 + Math.floor(r() * 15) : 72;
  return sharp(img).flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toBuffer();
}
