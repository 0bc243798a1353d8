/**
 * Formatting shared by the e-mail, the spreadsheet and the CSV: Vietnamese number style (1.234; 45,67%),
 * HTML/XML escaping, and the spreadsheet formula-injection guard.
 */
import type { ComplianceRow, PendingCounts } from '#shared/domain/compliance.ts';
import type { Level } from '#shared/domain/types.ts';

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** `1.234`; `—` for unknown. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : integer.format(value);
}

/** A fraction as a Vietnamese percentage with two decimals: 0.4567 → `45,67%`; `—` for unknown. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${(value * 100).toFixed(2).replace('.', ',')}%`;
}

/** A target: whole numbers without decimals (`95%`), else two decimals. */
export function formatTarget(value: number | null): string {
  if (value === null) return 'Chưa có';
  const pct = Math.round(value * 10_000) / 100;
  return Number.isInteger(pct) ? `${pct}%` : formatPercent(value);
}

/** Target column of a row: `—` for the province total (targets are per level). */
export function targetText(row: ComplianceRow): string {
  return row.level === null ? '—' : formatTarget(row.target);
}

/** Percentage points with a sign: `+5,00`, `-53,33`. */
export function formatPoints(value: number | null): string {
  if (value === null) return '—';
  const text = Math.abs(value).toFixed(2).replace('.', ',');
  return value >= 0 ? `+${text}` : `-${text}`;
}

export const LEVEL_LABELS: Record<Level, string> = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã' };

/** Đánh giá column: Đạt / Chưa đạt, or why the row is not judged. */
export function verdict(row: ComplianceRow): string {
  // The plan sets targets per level, none for the province as a whole.
  if (row.level === null) return '—';
  if (row.inventory === null) return 'Chưa khai báo tổng số';
  if (row.rate === null) return 'Chưa tính được';
  if (row.rate > 1) return 'Cần rà soát số liệu';
  if (row.target === null) return 'Chưa có chỉ tiêu';
  if (row.met === null) return '—';
  return row.met ? 'Đạt' : 'Chưa đạt';
}

/** Forecast column: the rate, and "nguy cơ không đạt" when the pace misses the target. */
export function forecastText(row: ComplianceRow, yearEnded: boolean): string {
  if (row.forecast === null) return '—';
  const text = formatPercent(row.forecast);
  return row.atRisk && !yearEnded ? `${text} (nguy cơ không đạt)` : text;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML and XML (element content and quoted attributes). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Neutralizes spreadsheet formulas (OWASP "CSV injection"): a cell starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe, so Excel and LibreOffice show it as text.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Notes column: warnings, and the predecessors a row carries. */
export function rowNotes(row: ComplianceRow): string[] {
  const notes = row.warnings.map((w) => w.message);
  if (row.includes && row.includes.length > 0) {
    notes.push(`Bao gồm số liệu của: ${row.includes.map((i) => i.name).join('; ')}.`);
  }
  if (row.frozenOn) {
    const to = row.successor
      ? `, đã chuyển sang ${row.successor.name}`
      : row.successor === undefined
        ? ', đã tính vào các đơn vị kế thừa'
        : '';
    notes.push(`Số liệu chốt đến ngày ${row.frozenOn.split('-').reverse().join('/')}${to}.`);
  }
  return notes;
}

/** Column heads of the pending counts (HTML, XLSX, CSV), in PendingCounts order. */
export const PENDING_HEADERS = [
  'Chờ kiểm tra lại',
  'Bị từ chối',
  'Chờ xác nhận điều chỉnh',
  'Được tính do điều chỉnh kết luận',
] as const;

/** Whether an agency has anything in its pending counts worth a line. */
export function hasPending(p: PendingCounts | undefined): boolean {
  return !!p && p.needsReview + p.rejected + p.awaitingConfirmation + p.overridden > 0;
}

/** The sentence on overrides of the pipeline (domain/review.ts): counted apart, and waiting ones. */
export function overrideSentence(p: PendingCounts): string {
  return (
    `Điều chỉnh kết luận của hệ thống: ${formatCount(p.overridden)} kết quả được tính do cán bộ điều chỉnh và quản trị viên xác nhận` +
    ` (đã gồm trong số đã số hóa); ${formatCount(p.awaitingConfirmation)} đề nghị điều chỉnh đang chờ xác nhận (chưa được tính).`
  );
}
