/**
 * The report as e-mail HTML: tables with inline styles only (mail clients drop <style> and scripts), the
 * ND 30 header (DOMAIN.md §3.2), the chart by `cid:`, and every user-supplied string escaped.
 * Rows carry `data-row` attributes so tests (and anyone scraping the archive copy) can find them.
 */
import type { ComplianceRow, PendingCounts } from '#shared/domain/compliance.ts';
import { formatDmy, formatNd30Date, vnDateOf } from '#shared/domain/vn-time.ts';
import type { ComplianceReport } from '#shared/use-cases/build-report.ts';
import {
  escapeHtml,
  forecastText,
  formatCount,
  formatPercent,
  formatPoints,
  formatTarget,
  hasPending,
  LEVEL_LABELS,
  overrideSentence,
  PENDING_HEADERS,
  rowNotes,
  verdict,
} from './format.ts';

const FONT = "font-family:'Times New Roman',Times,serif;";
const CELL = 'border:1px solid #9e9e9e;padding:4px 6px;font-size:13px;vertical-align:top;';
const NUM = `${CELL}text-align:right;white-space:nowrap;`;
const HEAD = `${CELL}background:#e8eaf6;font-weight:bold;text-align:center;`;
const TABLE = 'border-collapse:collapse;width:100%;margin:6px 0 14px 0;';

/** `ĐIỆN BIÊN` (Vietnamese upper case keeps the diacritics and turns đ into Đ). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

export function provinceAuthority(provinceName: string): string {
  return `UBND TỈNH ${upperVi(provinceName)}`;
}

/** `Báo cáo tiến độ tháng 11/2026`. */
export function reportTitle(report: ComplianceReport): string {
  return `Báo cáo tiến độ ${report.periodLabel}`;
}

export function isYearEnded(report: ComplianceReport): boolean {
  return report.asOf.endsWith('-12-31');
}

function ndHeader(report: ComplianceReport): string {
  const place = `${escapeHtml(report.provinceName)}, ${formatNd30Date(vnDateOf(new Date(report.generatedAt)))}`;
  return `<table role="presentation" style="border-collapse:collapse;width:100%;${FONT}">
<tr>
<td style="width:40%;text-align:center;vertical-align:top;font-size:14px;padding:0 4px;">
<div style="font-weight:bold;">${escapeHtml(provinceAuthority(report.provinceName))}</div>
<div style="margin:2px auto 6px auto;width:90px;border-top:1px solid #000;height:1px;line-height:1px;font-size:1px;">&nbsp;</div>
<div style="font-size:13px;">Số: &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-UBND</div>
</td>
<td style="width:60%;text-align:center;vertical-align:top;font-size:14px;padding:0 4px;">
<div style="font-weight:bold;">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
<div style="font-weight:bold;">Độc lập - Tự do - Hạnh phúc</div>
<div style="margin:2px auto 6px auto;width:200px;border-top:1px solid #000;height:1px;line-height:1px;font-size:1px;">&nbsp;</div>
<div style="font-style:italic;font-size:13px;">${place}</div>
</td>
</tr>
</table>`;
}

function numberCells(row: ComplianceRow, yearEnded: boolean): string {
  // The plan sets targets per level, none for the province as a whole.
  const total = row.level === null;
  const verdictText = total ? '—' : verdict(row);
  const color = row.met === true ? '#2e7d32' : row.met === false ? '#c62828' : '#455a64';
  return [
    `<td style="${NUM}" data-col="inventory">${formatCount(row.inventory)}${row.inventoryEstimated && row.inventory !== null ? '*' : ''}</td>`,
    `<td style="${NUM}" data-col="digitizedInPeriod">${formatCount(row.digitizedInPeriod)}</td>`,
    `<td style="${NUM}" data-col="digitized">${formatCount(row.digitized)}</td>`,
    `<td style="${NUM}" data-col="rate">${formatPercent(row.rate)}</td>`,
    `<td style="${NUM}" data-col="target">${total ? '—' : escapeHtml(formatTarget(row.target))}</td>`,
    `<td style="${NUM}" data-col="gap">${formatPoints(row.gapPoints)}</td>`,
    `<td style="${NUM}" data-col="shortfall">${formatCount(row.shortfall)}</td>`,
    `<td style="${NUM}" data-col="forecast">${escapeHtml(forecastText(row, yearEnded))}</td>`,
    `<td style="${CELL}text-align:center;font-weight:bold;min-width:72px;color:${color};" data-col="verdict">${escapeHtml(verdictText)}</td>`,
  ].join('');
}

const NUMBER_HEADS = [
  'Tổng số KQ còn hiệu lực',
  'Số hóa trong kỳ',
  'Lũy kế đã số hóa',
  'Tỷ lệ',
  'Chỉ tiêu năm',
  'Chênh lệch (điểm %)',
  'Còn thiếu (KQ)',
  'Dự báo cuối năm',
  'Đánh giá',
];

const HEAD_WIDTHS: Record<string, string> = {
  'Cơ quan/đơn vị': 'width:22%;',
  'Ghi chú': 'width:20%;',
  Cấp: 'min-width:40px;',
  'Đánh giá': 'min-width:72px;',
};

function headRow(first: string[], withNotes: boolean): string {
  const heads = [...first, ...NUMBER_HEADS, ...(withNotes ? ['Ghi chú'] : [])];
  return `<tr>${heads.map((h) => `<th style="${HEAD}${HEAD_WIDTHS[h] ?? ''}">${escapeHtml(h)}</th>`).join('')}</tr>`;
}

function notesCell(row: ComplianceRow): string {
  const notes = rowNotes(row);
  return `<td style="${CELL}font-size:12px;color:#455a64;min-width:160px;" data-col="notes">${notes.map(escapeHtml).join('<br>')}</td>`;
}

function summaryTable(report: ComplianceReport, yearEnded: boolean): string {
  const rows: string[] = [];
  let n = 0;
  for (const row of report.levels) {
    n += 1;
    rows.push(
      `<tr data-row="level:${row.level}"><td style="${CELL}text-align:center;">${n}</td><td style="${CELL}font-weight:bold;">${escapeHtml(row.name)}</td>${numberCells(row, yearEnded)}</tr>`,
    );
  }
  for (const row of report.formerLevels) {
    rows.push(
      `<tr data-row="former-level:${row.level}" style="color:#616161;"><td style="${CELL}"></td><td style="${CELL}font-style:italic;">${escapeHtml(row.name)}<br><span style="font-size:11px;">chốt ngày ${formatDmy(row.frozenOn ?? report.asOf)}, đã tính trong các cấp trên</span></td>${numberCells(row, yearEnded)}</tr>`,
    );
  }
  const p = report.province;
  rows.push(
    `<tr data-row="province" style="background:#fff8e1;"><td style="${CELL}"></td><td style="${CELL}font-weight:bold;">${escapeHtml(p.name)}</td>${numberCells(p, yearEnded)}</tr>`,
  );
  return `<table style="${TABLE}">${headRow(['STT', 'Cấp'], false)}${rows.join('\n')}</table>`;
}

function agencyTable(rows: readonly ComplianceRow[], yearEnded: boolean, kind: 'agency' | 'former'): string {
  const lines = rows.map(
    (row, i) =>
      `<tr data-row="${kind}:${escapeHtml(row.id ?? '')}"><td style="${CELL}text-align:center;">${i + 1}</td><td style="${CELL}min-width:150px;">${escapeHtml(row.name)}</td><td style="${CELL}text-align:center;">${row.level ? LEVEL_LABELS[row.level] : ''}</td>${numberCells(row, yearEnded)}${notesCell(row)}</tr>`,
  );
  return `<table style="${TABLE}">${headRow(['STT', 'Cơ quan/đơn vị', 'Cấp'], true)}${lines.join('\n')}</table>`;
}

function pendingTable(report: ComplianceReport): string {
  const rows = report.agencies.filter((r) => hasPending(r.pending));
  const cells = (p: PendingCounts | undefined) =>
    [p?.needsReview, p?.rejected, p?.awaitingConfirmation, p?.overridden]
      .map((n) => `<td style="${NUM}">${formatCount(n)}</td>`)
      .join('');
  const lines = rows.map(
    (r, i) =>
      `<tr data-row="pending:${escapeHtml(r.id ?? '')}"><td style="${CELL}text-align:center;">${i + 1}</td><td style="${CELL}">${escapeHtml(r.name)}</td>${cells(r.pending)}</tr>`,
  );
  lines.push(
    `<tr data-row="pending:total" style="font-weight:bold;"><td style="${CELL}"></td><td style="${CELL}">Tổng cộng</td>${cells(report.pending)}</tr>`,
  );
  const heads = ['STT', 'Cơ quan/đơn vị', ...PENDING_HEADERS];
  return `<table style="${TABLE}max-width:640px;"><tr>${heads.map((h) => `<th style="${HEAD}">${h}</th>`).join('')}</tr>${lines.join('\n')}</table>`;
}

function headline(report: ComplianceReport): string {
  const p = report.province;
  const parts: string[] = [];
  parts.push(
    `Tính đến hết ngày ${formatDmy(report.asOf)}, toàn tỉnh đã số hóa <b>${formatCount(p.digitized)}</b> / ${formatCount(p.inventory)} kết quả giải quyết TTHC còn hiệu lực đã khai báo, đạt <b>${formatPercent(p.rate)}</b>; trong kỳ số hóa thêm ${formatCount(p.digitizedInPeriod)} kết quả.`,
  );
  if (report.policy.hasTarget) {
    const levels = report.levels.map(
      (l) =>
        `${l.name.toLocaleLowerCase('vi-VN')} ${formatPercent(l.rate)} (chỉ tiêu ${formatTarget(l.target)}, ${verdict(l).toLocaleLowerCase('vi-VN')})`,
    );
    parts.push(`Theo cấp: ${levels.join('; ')}.`);
    const judged = report.agencies.filter((a) => a.met !== null);
    const met = judged.filter((a) => a.met).length;
    parts.push(
      `Có ${met}/${judged.length} đơn vị đạt chỉ tiêu năm ${report.year}; cần số hóa thêm ${formatCount(p.shortfall)} kết quả để các cấp đạt chỉ tiêu.`,
    );
  }
  return parts.map((t) => `<p style="margin:4px 0;font-size:14px;">${t}</p>`).join('');
}

export interface ReportHtmlOptions {
  /** Content-ID of the chart image; omitted = no chart. For a browser preview, pass a data: URL as `chartSrc`. */
  chartCid?: string;
  chartSrc?: string;
  attachmentNames?: string[];
}

/** The province summary e-mail / archive copy. */
export function renderReportHtml(report: ComplianceReport, options: ReportHtmlOptions = {}): string {
  const yearEnded = isYearEnded(report);
  const src = options.chartSrc ?? (options.chartCid ? `cid:${options.chartCid}` : undefined);
  const notices = report.warnings.filter((w) => w.code === 'no_target');
  const dataWarnings = report.warnings.filter((w) => w.code !== 'no_target');
  const sections: string[] = [];
  sections.push(ndHeader(report));
  sections.push(
    `<div style="text-align:center;margin:18px 0 4px 0;${FONT}"><div style="font-size:16px;font-weight:bold;">BÁO CÁO</div><div style="font-size:14px;font-weight:bold;">Tiến độ số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực ${escapeHtml(report.periodLabel)}</div><div style="font-size:13px;font-style:italic;">(Số liệu tính đến hết ngày ${formatDmy(report.asOf)}; chỉ tiêu theo ${escapeHtml(report.policy.name)})</div><div style="margin:6px auto 0 auto;width:120px;border-top:1px solid #000;height:1px;line-height:1px;font-size:1px;">&nbsp;</div></div>`,
  );
  for (const n of notices) {
    sections.push(
      `<p style="margin:8px 0;padding:6px 8px;background:#fff3e0;border-left:4px solid #ef6c00;font-size:13px;">${escapeHtml(n.message)}</p>`,
    );
  }
  sections.push(headline(report));
  if (src) {
    sections.push(
      `<div style="margin:10px 0;"><img src="${escapeHtml(src)}" width="720" alt="Biểu đồ tỷ lệ số hóa so với chỉ tiêu theo cấp và các đơn vị chậm nhất" style="display:block;width:100%;max-width:720px;height:auto;border:0;"></div>`,
    );
  }
  sections.push(
    `<h3 style="font-size:15px;margin:14px 0 4px 0;">I. Tổng hợp theo cấp</h3>${summaryTable(report, yearEnded)}`,
  );
  sections.push(
    `<h3 style="font-size:15px;margin:14px 0 4px 0;">II. Chi tiết theo cơ quan, đơn vị</h3>${agencyTable(report.agencies, yearEnded, 'agency')}`,
  );
  let section = 3;
  const roman = ['', 'I', 'II', 'III', 'IV', 'V', 'VI'];
  if (report.formerAgencies.length > 0) {
    sections.push(
      `<h3 style="font-size:15px;margin:14px 0 4px 0;">${roman[section++]}. Đơn vị đã sắp xếp trong năm (số liệu chốt tại ngày kết thúc hoạt động)</h3><p style="margin:2px 0;font-size:12px;color:#616161;">Số liệu của các đơn vị này đã được tính vào đơn vị kế thừa ở mục II, không cộng thêm vào tổng.</p>${agencyTable(report.formerAgencies, yearEnded, 'former')}`,
    );
  }
  sections.push(
    `<h3 style="font-size:15px;margin:14px 0 4px 0;">${roman[section++]}. Kết quả chờ xử lý</h3>${pendingTable(report)}<p style="margin:4px 0;font-size:13px;" data-row="overrides">${escapeHtml(overrideSentence(report.pending))}</p>`,
  );
  if (dataWarnings.length > 0) {
    sections.push(
      `<h3 style="font-size:15px;margin:14px 0 4px 0;">${roman[section++]}. Lưu ý về số liệu</h3><ul style="margin:4px 0 12px 18px;padding:0;font-size:13px;">${dataWarnings.map((w) => `<li>${escapeHtml(w.message)}</li>`).join('')}</ul>`,
    );
  }
  const foot: string[] = [
    '(*) Tổng số tạm tính. Tỷ lệ = số kết quả còn hiệu lực đã số hóa / tổng số kết quả còn hiệu lực đã khai báo (kê khai gần nhất đến ngày báo cáo). Cấp và toàn tỉnh: cộng dồn các đơn vị đã khai báo.',
    `Nguồn chỉ tiêu: ${report.policy.source}${report.policy.targetsConfirmed ? '' : ' (chỉ tiêu chưa được đối chiếu với toàn văn kế hoạch)'}.`,
  ];
  if (report.policy.readingNote) foot.push(report.policy.readingNote);
  if (options.attachmentNames?.length) foot.push(`Tệp đính kèm: ${options.attachmentNames.join(', ')}.`);
  foot.push(`Báo cáo được lập tự động bởi hệ thống sohoa lúc ${new Date(report.generatedAt).toISOString()}.`);
  sections.push(
    `<div style="margin-top:14px;font-size:12px;color:#616161;">${foot.map((f) => `<p style="margin:2px 0;">${escapeHtml(f)}</p>`).join('')}</div>`,
  );
  return wrap(`${reportTitle(report)} – tỉnh ${report.provinceName}`, sections.join('\n'));
}

function wrap(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="max-width:1100px;margin:0 auto;padding:16px;color:#212121;font-family:Arial,Helvetica,sans-serif;">
${body}
</div>
</body></html>
`;
}

/** The short e-mail to one agency: its row, its level, what it still needs. */
export function renderAgencyHtml(report: ComplianceReport, row: ComplianceRow): string {
  const yearEnded = isYearEnded(report);
  const level = report.levels.find((l) => l.level === row.level);
  const lines: string[] = [];
  lines.push(ndHeader(report));
  lines.push(
    `<div style="text-align:center;margin:16px 0 8px 0;${FONT}"><div style="font-size:15px;font-weight:bold;">THÔNG BÁO</div><div style="font-size:14px;font-weight:bold;">Tiến độ số hóa kết quả giải quyết TTHC còn hiệu lực ${escapeHtml(report.periodLabel)}</div><div style="font-size:13px;">Kính gửi: ${escapeHtml(row.name)}</div></div>`,
  );
  const rows = [row, ...(level ? [level] : []), report.province];
  lines.push(
    `<table style="${TABLE}">${headRow(['Đơn vị'], false)}${rows
      .map(
        (r, i) =>
          `<tr data-row="${i === 0 ? `agency:${escapeHtml(row.id ?? '')}` : i === 1 && level ? `level:${level.level}` : 'province'}"${i === 0 ? ' style="background:#fff8e1;"' : ''}><td style="${CELL}${i === 0 ? 'font-weight:bold;' : ''}">${escapeHtml(r.name)}</td>${numberCells(r, yearEnded)}</tr>`,
      )
      .join('\n')}</table>`,
  );
  const asks: string[] = [];
  if (row.inventory === null) {
    asks.push(
      'Đơn vị chưa khai báo tổng số kết quả giải quyết TTHC còn hiệu lực: đề nghị khai báo để tính được tỷ lệ.',
    );
  } else if (row.target === null) {
    asks.push(`Năm ${report.year} chưa có chỉ tiêu; tỷ lệ hiện tại của đơn vị là ${formatPercent(row.rate)}.`);
  } else if (row.rate !== null && row.rate > 1) {
    asks.push('Tỷ lệ vượt 100%: đề nghị rà soát lại tổng số kết quả còn hiệu lực đã khai báo.');
  } else if ((row.shortfall ?? 0) > 0) {
    asks.push(
      `Để đạt chỉ tiêu năm ${report.year} (${formatTarget(row.target)}), đơn vị cần số hóa thêm <b>${formatCount(row.shortfall)}</b> kết quả còn hiệu lực.`,
    );
    if (row.atRisk && !yearEnded)
      asks.push(`Theo tiến độ hiện tại, dự báo cuối năm đạt ${formatPercent(row.forecast)}: <b>nguy cơ không đạt</b>.`);
  } else {
    asks.push(`Đơn vị đã đạt chỉ tiêu năm ${report.year} (${formatTarget(row.target)}).`);
  }
  const pending = row.pending;
  if (pending && pending.needsReview + pending.rejected > 0) {
    asks.push(
      `Có ${formatCount(pending.needsReview)} kết quả đang chờ kiểm tra lại và ${formatCount(pending.rejected)} kết quả bị từ chối: đề nghị xử lý để được tính vào tỷ lệ.`,
    );
  }
  if (pending && pending.overridden + pending.awaitingConfirmation > 0)
    asks.push(escapeHtml(overrideSentence(pending)));
  for (const note of rowNotes(row)) asks.push(escapeHtml(note));
  lines.push(
    `<ul style="margin:4px 0 12px 18px;padding:0;font-size:14px;">${asks.map((a) => `<li style="margin:3px 0;">${a}</li>`).join('')}</ul>`,
  );
  lines.push(
    `<p style="font-size:12px;color:#616161;">Báo cáo tổng hợp của toàn tỉnh được gửi tới lãnh đạo UBND tỉnh và các cơ quan đầu mối. Thư được gửi tự động bởi hệ thống sohoa; vui lòng không trả lời thư này.</p>`,
  );
  return wrap(`Tiến độ số hóa – ${row.name}`, lines.join('\n'));
}
