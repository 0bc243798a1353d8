/**
 * Sends a built report: archives a copy under `reports/` (JSON, HTML, XLSX, CSV, chart), e-mails the
 * province summary to the configured recipients, then one short e-mail to each agency at its report
 * address. One agency's failure (e.g. an address SES refuses) does not stop the others: it is returned in
 * `failed` with its Vietnamese reason. The summary's failure throws, after the archive is written.
 */

import { SohoaError } from '#shared/errors.ts';
import { REPORTS_PREFIX } from '../domain/object-keys.ts';
import type { Agency } from '../domain/types.ts';
import { type Mailer, type ObjectStore, type ReportRenderer, XLSX_TYPE } from '../ports.ts';
import type { ComplianceReport } from './build-report.ts';

export interface SendReportDeps {
  mailer: Mailer;
  objects: ObjectStore;
  /** Where agencies' report addresses come from (the ComplianceReader's `listAgencies`). */
  listAgencies: () => Promise<Agency[]>;
  from: string;
  recipients: string[];
  renderer: ReportRenderer;
}

export interface SentMail {
  to: string[];
  subject: string;
  messageId: string;
  location?: string;
  agencyId?: string;
}

export interface SendReportResult {
  summary: SentMail;
  agencies: SentMail[];
  skipped: { agencyId: string; reason: string }[];
  failed: { agencyId: string; to: string[]; code: string; message: string }[];
  stored: string[];
}

export function reportKeys(
  report: ComplianceReport,
  stem: string,
): Record<'json' | 'html' | 'xlsx' | 'csv' | 'png', string> {
  const base = `${REPORTS_PREFIX}${report.year}/${stem}`;
  return { json: `${base}.json`, html: `${base}.html`, xlsx: `${base}.xlsx`, csv: `${base}.csv`, png: `${base}.png` };
}

export function makeSendReport(
  deps: SendReportDeps,
): (report: ComplianceReport, options?: { agencyEmails?: boolean }) => Promise<SendReportResult> {
  return async (report, options = {}) => {
    const rendered = await deps.renderer.render(report);
    const keys = reportKeys(report, rendered.stem);
    await deps.objects.put(keys.json, `${JSON.stringify(report, null, 2)}\n`, 'application/json; charset=utf-8');
    await deps.objects.put(keys.html, rendered.archiveHtml, 'text/html; charset=utf-8');
    await deps.objects.put(keys.xlsx, rendered.xlsx, XLSX_TYPE);
    await deps.objects.put(keys.csv, rendered.csv, 'text/csv; charset=utf-8');
    await deps.objects.put(keys.png, rendered.chartPng, 'image/png');

    const summaryMail = deps.renderer.summaryMessage(report, rendered, { from: deps.from, to: deps.recipients });
    const sent = await deps.mailer.send(summaryMail);
    const result: SendReportResult = {
      summary: { to: summaryMail.to, subject: summaryMail.subject, ...sent },
      agencies: [],
      skipped: [],
      failed: [],
      stored: Object.values(keys),
    };
    if (options.agencyEmails === false) return result;

    const agencies = new Map((await deps.listAgencies()).map((a) => [a.id, a]));
    for (const row of report.agencies) {
      const id = row.id ?? '';
      const to = agencies.get(id)?.emails.filter((e) => e.includes('@')) ?? [];
      if (to.length === 0) {
        result.skipped.push({ agencyId: id, reason: 'Đơn vị chưa có địa chỉ thư điện tử nhận báo cáo.' });
        continue;
      }
      const message = deps.renderer.agencyMessage(report, row, { from: deps.from, to });
      try {
        const out = await deps.mailer.send(message);
        result.agencies.push({ agencyId: id, to, subject: message.subject, ...out });
      } catch (error) {
        result.failed.push({
          agencyId: id,
          to,
          code: error instanceof SohoaError ? error.code : 'send_failed',
          message:
            error instanceof SohoaError ? error.messageVi : error instanceof Error ? error.message : String(error),
        });
      }
    }
    return result;
  };
}
