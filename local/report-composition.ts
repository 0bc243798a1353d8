/**
 * The report use-cases of the local mode (`sohoa report`, `sohoa demo`): the same factories the `report`
 * function wires in shared/composition/aws/report.ts, over the local stack's reader, outbox mailer and
 * bucket. Commands take them from here instead of wiring use-cases and renderers themselves.
 */
import { makeReportRenderer } from '#shared/adapters/report/email.ts';
import { loadTargetPolicy, type TargetPolicy } from '#shared/domain/targets.ts';
import { type ComplianceReport, makeBuildReport, type ReportQuery } from '#shared/use-cases/build-report.ts';
import { makeSendReport, type SendReportResult } from '#shared/use-cases/send-report.ts';
import type { LocalDeps } from './composition.ts';

export interface LocalReportSettings {
  /** Target policy id or JSON file; default the built-in one (`TARGET_POLICY` when set). */
  policy?: string | TargetPolicy;
  provinceName: string;
  /** The e-mails' From address and the summary's recipients. */
  from: string;
  recipients: readonly string[];
}

export interface LocalReportUseCases {
  policy: TargetPolicy;
  buildReport: (q: ReportQuery) => Promise<ComplianceReport>;
  /** Renders the report, files the summary and the agency e-mails in the outbox, keeps a copy under `reports/`. */
  sendReport: (report: ComplianceReport, options?: { agencyEmails?: boolean }) => Promise<SendReportResult>;
}

export function makeLocalReportUseCases(deps: LocalDeps, settings: LocalReportSettings): LocalReportUseCases {
  const policy =
    typeof settings.policy === 'object'
      ? settings.policy
      : loadTargetPolicy(settings.policy ?? process.env.TARGET_POLICY);
  const reader = deps.complianceReader;
  return {
    policy,
    buildReport: makeBuildReport({ reader, clock: deps.clock, policy, provinceName: settings.provinceName }),
    sendReport: makeSendReport({
      renderer: makeReportRenderer(),
      mailer: deps.mailer,
      objects: deps.objects,
      listAgencies: () => reader.listAgencies(),
      from: settings.from,
      recipients: [...settings.recipients],
    }),
  };
}
