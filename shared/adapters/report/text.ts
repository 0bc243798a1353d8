/** Plain-text parts of the e-mails (for clients that do not show HTML, and for the terminal). */
import type { ComplianceRow } from '#shared/domain/compliance.ts';
import { formatDmy } from '#shared/domain/vn-time.ts';
import type { ComplianceReport } from '#shared/use-cases/build-report.ts';
import {
  forecastText,
  formatCount,
  formatPercent,
  formatPoints,
  formatTarget,
  overrideSentence,
  rowNotes,
  targetText,
  verdict,
} from './format.ts';
import { isYearEnded, provinceAuthority } from './html.ts';

/** Display width of a string, counting combining marks as zero (NFC text mostly has none). */
function width(text: string): number {
  return [...text.normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;
}

function pad(text: string, size: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

/** Cuts to `size` columns; control characters (ANSI escapes in a name) never reach the terminal. */
function clip(text: string, size: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return width(clean) > size ? `${[...clean].slice(0, size - 1).join('')}…` : clean;
}

/** A fixed-width table of rows (used by the text part and `sohoa report` without --json). */
export function renderRowsTable(rows: readonly ComplianceRow[], yearEnded: boolean, nameWidth = 34): string {
  const heads = [
    'Đơn vị',
    'Tổng số',
    'Trong kỳ',
    'Lũy kế',
    'Tỷ lệ',
    'Chỉ tiêu',
    'Chênh',
    'Còn thiếu',
    'Dự báo',
    'Đánh giá',
  ];
  const body = rows.map((r) => [
    clip(r.name, nameWidth),
    formatCount(r.inventory),
    formatCount(r.digitizedInPeriod),
    formatCount(r.digitized),
    formatPercent(r.rate),
    targetText(r),
    formatPoints(r.gapPoints),
    formatCount(r.shortfall),
    forecastText(r, yearEnded).replace(' (nguy cơ không đạt)', ' !'),
    verdict(r),
  ]);
  const widths = heads.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, i > 0 && i < cells.length - 1))
      .join('  ')
      .trimEnd();
  return [line(heads), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/**
 * The report's tables (by level, by agency, agencies reorganized during the year) and the pending line:
 * the part the plain-text e-mail and the terminal (`sohoa report`) share.
 */
export function renderReportTables(report: ComplianceReport): string[] {
  const yearEnded = isYearEnded(report);
  const out: string[] = [];
  out.push('I. Tổng hợp theo cấp');
  out.push(renderRowsTable([...report.levels, ...report.formerLevels, report.province], yearEnded));
  out.push('');
  out.push('II. Chi tiết theo cơ quan, đơn vị');
  out.push(renderRowsTable(report.agencies, yearEnded));
  if (report.formerAgencies.length > 0) {
    out.push('');
    out.push('III. Đơn vị đã sắp xếp trong năm (số liệu chốt tại ngày kết thúc, đã tính vào đơn vị kế thừa)');
    out.push(renderRowsTable(report.formerAgencies, yearEnded));
  }
  out.push('');
  out.push(
    `Kết quả chờ xử lý: ${formatCount(report.pending.needsReview)} chờ kiểm tra lại, ${formatCount(report.pending.rejected)} bị từ chối.`,
  );
  out.push(overrideSentence(report.pending));
  return out;
}

export function renderReportText(report: ComplianceReport): string {
  const out: string[] = [];
  out.push(provinceAuthority(report.provinceName));
  out.push('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc');
  out.push('');
  out.push('BÁO CÁO');
  out.push(`Tiến độ số hóa kết quả giải quyết TTHC còn hiệu lực ${report.periodLabel} – tỉnh ${report.provinceName}`);
  out.push(`Số liệu tính đến hết ngày ${formatDmy(report.asOf)}; chỉ tiêu theo ${report.policy.name}.`);
  if (report.policy.readingNote) out.push(report.policy.readingNote);
  for (const w of report.warnings.filter((x) => x.code === 'no_target')) out.push(`Lưu ý: ${w.message}`);
  out.push('', ...renderReportTables(report));
  const warnings = report.warnings.filter((w) => w.code !== 'no_target');
  if (warnings.length > 0) {
    out.push('');
    out.push('Lưu ý về số liệu:');
    for (const w of warnings) out.push(`- ${w.message}`);
  }
  out.push('');
  out.push('Chi tiết trong tệp Excel đính kèm.');
  return `${out.join('\n')}\n`;
}

export function renderAgencyText(report: ComplianceReport, row: ComplianceRow): string {
  const level = report.levels.find((l) => l.level === row.level);
  const out: string[] = [
    `Kính gửi: ${row.name}`,
    '',
    `Tiến độ số hóa kết quả giải quyết TTHC còn hiệu lực ${report.periodLabel} (đến hết ngày ${formatDmy(report.asOf)}):`,
    '',
    renderRowsTable([row, ...(level ? [level] : []), report.province], isYearEnded(report)),
    '',
  ];
  if (row.shortfall !== null && row.shortfall > 0) {
    out.push(
      `Cần số hóa thêm ${formatCount(row.shortfall)} kết quả để đạt chỉ tiêu năm ${report.year} (${formatTarget(row.target)}).`,
    );
  }
  for (const note of rowNotes(row)) out.push(`- ${note}`);
  if (row.pending && row.pending.needsReview + row.pending.rejected > 0) {
    out.push(
      `- Chờ kiểm tra lại: ${formatCount(row.pending.needsReview)}; bị từ chối: ${formatCount(row.pending.rejected)}.`,
    );
  }
  return `${out.join('\n')}\n`;
}
