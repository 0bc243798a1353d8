/**
 * The report chart, drawn as SVG and rasterized without a browser (resvg): rate vs target per level, then
 * the agencies furthest behind. Text uses DejaVu Sans (full Vietnamese coverage) from the
 * `dejavu-fonts-ttf` package so diacritics render the same on Lambda as on a laptop.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { ComplianceRow } from '#shared/domain/compliance.ts';
import type { ComplianceReport } from '#shared/use-cases/build-report.ts';
import { escapeHtml, formatPercent, formatTarget } from './format.ts';

const WIDTH = 800;
const LABEL_W = 250;
const BAR_X = LABEL_W + 10;
const BAR_W = 330;
const ROW_H = 30;
const COLORS = {
  met: '#2e7d32',
  behind: '#c62828',
  noTarget: '#607d8b',
  over: '#ef6c00',
  total: '#1565c0',
  track: '#eceff1',
};

/** Font files, resolved from the package; a caller (e.g. a Lambda bundle) may point elsewhere. */
export function defaultFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const files: string[] = [];
  for (const name of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    try {
      files.push(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
    } catch {
      // Not installed next to the code (bundled function without the font): resvg falls back to system fonts.
    }
  }
  return files.filter((f) => existsSync(f));
}

/** Agencies furthest behind: the largest negative gap to the target; without targets, the lowest rates. */
export function laggards(report: ComplianceReport, limit = 6): ComplianceRow[] {
  const known = report.agencies.filter((r) => r.rate !== null && r.rate <= 1);
  const withTarget = known.filter((r) => r.target !== null && r.met === false);
  if (report.policy.hasTarget) {
    return withTarget.sort((a, b) => (a.gapPoints ?? 0) - (b.gapPoints ?? 0)).slice(0, limit);
  }
  return known.sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0)).slice(0, limit);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function bar(row: ComplianceRow, y: number, label: string): string {
  const rate = row.rate ?? 0;
  const width = Math.max(0, Math.min(rate, 1)) * BAR_W;
  const color =
    row.level === null
      ? COLORS.total
      : row.rate !== null && row.rate > 1
        ? COLORS.over
        : row.target === null
          ? COLORS.noTarget
          : row.met
            ? COLORS.met
            : COLORS.behind;
  const parts = [
    `<text x="${LABEL_W}" y="${y + 19}" text-anchor="end" font-size="13">${escapeHtml(truncate(label, 34))}</text>`,
    `<rect x="${BAR_X}" y="${y + 5}" width="${BAR_W}" height="18" fill="${COLORS.track}"/>`,
    `<rect x="${BAR_X}" y="${y + 5}" width="${width.toFixed(1)}" height="18" fill="${color}"/>`,
  ];
  if (row.target !== null) {
    const tx = BAR_X + Math.min(row.target, 1) * BAR_W;
    parts.push(
      `<line x1="${tx.toFixed(1)}" y1="${y + 1}" x2="${tx.toFixed(1)}" y2="${y + 27}" stroke="#212121" stroke-width="2.5"/>`,
    );
  }
  const value = row.rate === null ? 'chưa có số liệu' : formatPercent(row.rate);
  const target = row.target === null ? '' : ` / chỉ tiêu ${formatTarget(row.target)}`;
  parts.push(`<text x="${BAR_X + BAR_W + 8}" y="${y + 19}" font-size="12.5">${escapeHtml(value + target)}</text>`);
  return parts.join('');
}

/** The chart as SVG text (all names XML-escaped). */
export function buildChartSvg(report: ComplianceReport): string {
  const levels = [...report.levels, ...report.formerLevels];
  const behind = laggards(report);
  const parts: string[] = [];
  let y = 10;
  parts.push(
    `<text x="16" y="${y + 18}" font-size="16" font-weight="bold">Tỷ lệ số hóa so với chỉ tiêu theo cấp (${escapeHtml(report.periodLabel)})</text>`,
  );
  y += 34;
  for (const row of [report.province, ...levels]) {
    const label = row.frozenOn ? `${row.name}, đến ${row.frozenOn.slice(8, 10)}/${row.frozenOn.slice(5, 7)}` : row.name;
    parts.push(bar(row, y, label));
    y += ROW_H;
  }
  y += 16;
  const title = report.policy.hasTarget ? 'Các đơn vị chậm nhất so với chỉ tiêu' : 'Các đơn vị có tỷ lệ thấp nhất';
  parts.push(`<text x="16" y="${y + 18}" font-size="16" font-weight="bold">${title}</text>`);
  y += 34;
  if (behind.length === 0) {
    parts.push(`<text x="${BAR_X}" y="${y + 18}" font-size="13">Không có đơn vị nào chậm so với chỉ tiêu.</text>`);
    y += ROW_H;
  }
  for (const row of behind) {
    parts.push(bar(row, y, row.name));
    y += ROW_H;
  }
  y += 8;
  const legend = [
    [COLORS.met, 'Đạt'],
    [COLORS.behind, 'Chưa đạt'],
    [COLORS.noTarget, 'Chưa có chỉ tiêu'],
  ] as const;
  let lx = BAR_X;
  for (const [color, text] of legend) {
    parts.push(`<rect x="${lx}" y="${y + 4}" width="14" height="14" fill="${color}"/>`);
    parts.push(`<text x="${lx + 20}" y="${y + 16}" font-size="12">${text}</text>`);
    lx += 130;
  }
  parts.push(`<line x1="${lx}" y1="${y + 2}" x2="${lx}" y2="${y + 20}" stroke="#212121" stroke-width="2.5"/>`);
  parts.push(`<text x="${lx + 8}" y="${y + 16}" font-size="12">Chỉ tiêu năm</text>`);
  y += 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="DejaVu Sans">`,
    `<rect width="${WIDTH}" height="${y}" fill="#ffffff"/>`,
    `<g fill="#212121">${parts.join('')}</g>`,
    '</svg>',
  ].join('');
}

/** Rasterizes the chart to PNG at 2× for sharp text on high-density screens. */
export function renderChartPng(svg: string, fontFiles: string[] = defaultFontFiles()): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}
