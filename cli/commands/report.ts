/**
 * `sohoa report --year Y [--as-of YYYY-MM-DD] [--period month|quarter|year] [--send] [--json]`: the
 * compliance report on the local stack (a running `sohoa dev`, or the local data opened in-process).
 * `--send` files the province summary and the per-agency e-mails in the outbox and prints their paths.
 */
import type { Command } from 'commander';
import { apiTarget, callApi } from '#cli/api-client.ts';
import { failCommand, printJson } from '#cli/output.ts';
import { connectOrOpenLocalStack } from '#local/composition.ts';
import { makeLocalReportUseCases } from '#local/report-composition.ts';
import { DEFAULT_DATA_DIR } from '#local/tokens.ts';
import { forecastText } from '#shared/adapters/report/format.ts';
import { isYearEnded } from '#shared/adapters/report/html.ts';
import { renderReportTables } from '#shared/adapters/report/text.ts';
import { type PeriodKind, parseYear } from '#shared/domain/periods.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { formatDmy } from '#shared/domain/vn-time.ts';
import { ValidationError } from '#shared/errors.ts';
import type { ComplianceReport } from '#shared/use-cases/build-report.ts';
import type { SendReportResult } from '#shared/use-cases/send-report.ts';

interface ReportOptions {
  year?: string;
  asOf?: string;
  period: string;
  send?: boolean;
  json?: boolean;
  dataDir: string;
  policy?: string;
  province: string;
  from: string;
  to?: string;
  api?: string;
  token?: string;
}

const LOCAL_FROM = 'sohoa@sohoa.local';
const LOCAL_RECIPIENTS = 'lanh-dao@sohoa.local';

/** The terminal summary: levels and province, then agencies, warnings and e-mail paths. */
export function formatReportForTerminal(report: ComplianceReport, sent?: SendReportResult): string {
  const yearEnded = isYearEnded(report);
  const out: string[] = [];
  out.push(`Báo cáo tiến độ số hóa ${report.periodLabel} – tỉnh ${report.provinceName}`);
  out.push(`Số liệu đến hết ngày ${formatDmy(report.asOf)}; chỉ tiêu: ${report.policy.name}`);
  out.push('', ...renderReportTables(report));
  const atRisk = report.agencies.filter((r) => r.atRisk && !yearEnded);
  if (atRisk.length > 0) {
    out.push(`Nguy cơ không đạt: ${atRisk.map((r) => `${r.name} (${forecastText(r, true)})`).join('; ')}`);
  }
  for (const w of report.warnings) out.push(`! ${w.message}`);
  if (sent) {
    out.push('');
    out.push(`Thư tổng hợp: ${sent.summary.location ?? sent.summary.messageId}`);
    if (sent.summary.location) out.push(`  xem trước: ${sent.summary.location.replace(/\.eml$/, '.html')}`);
    for (const a of sent.agencies) out.push(`Thư gửi ${a.agencyId}: ${a.location ?? a.messageId}`);
    for (const s of sent.skipped) out.push(`Không gửi ${s.agencyId}: ${s.reason}`);
    for (const f of sent.failed) out.push(`Lỗi gửi ${f.agencyId}: ${f.message}`);
    out.push(`Bản lưu: ${sent.stored.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('compute compliance against the yearly target; --send files the e-mails in the outbox')
    .option('--year <year>', 'report year (default: the current year in Vietnam time)')
    .option('--as-of <date>', 'reference date YYYY-MM-DD (default: end of the period, or today)')
    .option('--period <period>', 'month | quarter | year', 'year')
    .option('--send', 'write the summary and per-agency e-mails to the outbox')
    .option('--json', 'print one JSON document')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--policy <idOrPath>', 'target policy id or JSON file (default dien-bien-1536)')
    .option('--province <name>', 'province name', process.env.PROVINCE_NAME ?? 'Điện Biên')
    .option('--from <address>', 'sender address', process.env.MAIL_FROM ?? LOCAL_FROM)
    .option('--to <addresses>', 'summary recipients, comma-separated (default REPORT_RECIPIENTS)')
    .option('--api <url>', "the deployment's report (GET /report: its policy and province), as the signed-in user")
    .option('--token <jwt>', 'with --api: bearer token instead of the stored sign-in')
    .action(async (options: ReportOptions) => {
      try {
        const year = parseYear(options.year);
        // resolvePeriod (domain/periods.ts) checks the period and the date with the rest of the query.
        const period = options.period as PeriodKind;
        if (options.api) {
          if (options.send) {
            throw new ValidationError(
              'send_not_remote',
              '--send works on the local stack only: a deployment e-mails its reports on its own schedule (the report function)',
              'Trên hệ thống đã triển khai, báo cáo được gửi thư theo lịch; --send chỉ dùng ở máy chạy thử.',
            );
          }
          const query = new URLSearchParams({
            period,
            ...(year !== undefined ? { year: String(year) } : {}),
            ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
          });
          const target = await apiTarget(options.api, options.token);
          const report = await callApi<ComplianceReport>(target, 'GET', `/report?${query}`);
          if (options.json) printJson(report);
          else process.stdout.write(formatReportForTerminal(report));
          return;
        }
        const policy = loadTargetPolicy(options.policy ?? process.env.TARGET_POLICY);
        const stack = await connectOrOpenLocalStack({ dataDir: options.dataDir });
        try {
          const recipients = (options.to ?? process.env.REPORT_RECIPIENTS ?? LOCAL_RECIPIENTS)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          const { buildReport, sendReport } = makeLocalReportUseCases(stack.deps, {
            policy,
            provinceName: options.province,
            from: options.from,
            recipients,
          });
          const report = await buildReport({
            ...(year !== undefined ? { year } : {}),
            ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
            period,
          });
          const sent = options.send ? await sendReport(report) : undefined;
          if (options.json) printJson(sent ? { ...report, sent } : report);
          else process.stdout.write(formatReportForTerminal(report, sent));
        } finally {
          await stack.close();
        }
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}
