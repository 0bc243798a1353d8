/**
 * The e-mails of a report: the province summary (HTML + text, chart inline by cid, XLSX and CSV attached)
 * and one short e-mail per agency. Pure apart from rendering: sending and archiving are send-report's job.
 */
import type { ComplianceRow } from '#shared/domain/compliance.ts';
import { type MailMessage, type RenderedReport, type ReportRenderer, XLSX_TYPE } from '#shared/ports.ts';
import type { ComplianceReport } from '#shared/use-cases/build-report.ts';
import { buildChartSvg, renderChartPng } from './chart.ts';
import { buildCsv } from './csv.ts';
import { renderAgencyHtml, renderReportHtml, reportTitle } from './html.ts';
import { renderAgencyText, renderReportText } from './text.ts';
import { buildWorkbook, reportStem, workbookRenderer } from './xlsx.ts';

export { reportStem };

export const SUBJECT_PREFIX = '[Số hóa KQ TTHC]';
export const CHART_CID = 'bieu-do-tien-do@sohoa';

/** `[Số hóa KQ TTHC] Báo cáo tiến độ tháng 11/2026 – tỉnh Điện Biên`. */
export function summarySubject(report: ComplianceReport): string {
  return `${SUBJECT_PREFIX} ${reportTitle(report)} – tỉnh ${report.provinceName}`;
}

export function agencySubject(report: ComplianceReport, row: ComplianceRow): string {
  return `${SUBJECT_PREFIX} Tiến độ số hóa ${report.periodLabel} – ${row.name.replace(/[\r\n]+/g, ' ')}`;
}

/** `bao-cao-so-hoa-2025-nam-2025-12-31`: file stem shared by the attachments and the archive copy. */
export async function renderReport(
  report: ComplianceReport,
  options: { fontFiles?: string[] } = {},
): Promise<RenderedReport> {
  const stem = reportStem(report);
  const chartSvg = buildChartSvg(report);
  const chartPng = renderChartPng(chartSvg, options.fontFiles);
  const html = renderReportHtml(report, { chartCid: CHART_CID, attachmentNames: [`${stem}.xlsx`, `${stem}.csv`] });
  return {
    html,
    text: renderReportText(report),
    chartSvg,
    chartPng,
    xlsx: await buildWorkbook(report),
    csv: buildCsv(report),
    stem,
    archiveHtml: renderReportHtml(report, { chartSrc: `${stem}.png` }),
  };
}

/** The report renderer port over these functions (fonts: the DejaVu files, or the system's). */
export function makeReportRenderer(options: { fontFiles?: string[] } = {}): ReportRenderer {
  return {
    render: (report) => renderReport(report, options),
    workbook: workbookRenderer.workbook,
    summaryMessage,
    agencyMessage,
  };
}

export function summaryMessage(
  report: ComplianceReport,
  rendered: RenderedReport,
  envelope: { from: string; to: string[] },
): MailMessage {
  return {
    from: envelope.from,
    to: envelope.to,
    subject: summarySubject(report),
    html: rendered.html,
    text: rendered.text,
    attachments: [
      { filename: 'bieu-do-tien-do.png', content: rendered.chartPng, contentType: 'image/png', cid: CHART_CID },
      { filename: `${rendered.stem}.xlsx`, content: rendered.xlsx, contentType: XLSX_TYPE },
      { filename: `${rendered.stem}.csv`, content: rendered.csv, contentType: 'text/csv; charset=utf-8' },
    ],
  };
}

export function agencyMessage(
  report: ComplianceReport,
  row: ComplianceRow,
  envelope: { from: string; to: string[] },
): MailMessage {
  return {
    from: envelope.from,
    to: envelope.to,
    subject: agencySubject(report, row),
    html: renderAgencyHtml(report, row),
    text: renderAgencyText(report, row),
    attachments: [],
  };
}
