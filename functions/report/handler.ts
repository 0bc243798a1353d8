/**
 * The scheduled `report` function: builds the compliance report and sends it (summary to the configured
 * recipients, one e-mail per agency, a copy under `reports/`).
 *
 * Accepted events:
 * - an EventBridge scheduled event (`detail-type: "Scheduled Event"`, `time`): the report for the month
 *   containing the previous Vietnam day, as of that day (a schedule at 07:00 on the 1st reports the month
 *   just ended; on 1 January, the whole previous year);
 * - an EventBridge Scheduler input `{year?, asOf?, period?, which?, schedule?, scheduledTime?, agencyEmails?}`
 *   (infra/constructs/reporting.ts sends `{schedule, period, which: "previous"}`): explicit `year`/`asOf`
 *   win; `which: "previous"` means the period that has just ended (previous month, quarter or year, as of
 *   its last day); `scheduledTime` (`<aws.scheduler.scheduled-time>`) means "as of the day before it";
 *   nothing at all means the current year as of today.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { endOfPreviousPeriod, PERIOD_KINDS, type PeriodKind } from '#shared/domain/periods.ts';
import { addDays, vnDateOf, vnToday } from '#shared/domain/vn-time.ts';
import { redactEmails, ValidationError } from '#shared/errors.ts';
import { tracing } from '#shared/events/tracing.ts';
import { type Clock, systemClock } from '#shared/ports.ts';
import type { ComplianceReport, ReportQuery } from '#shared/use-cases/build-report.ts';
import type { SendReportResult } from '#shared/use-cases/send-report.ts';

export interface ReportHandlerDeps {
  buildReport: (q: ReportQuery) => Promise<ComplianceReport>;
  sendReport: (report: ComplianceReport, options?: { agencyEmails?: boolean }) => Promise<SendReportResult>;
  logger?: Logger;
  /** X-Ray tracing (the Lambda composition's Tracer); none locally. */
  tracer?: Tracer;
  clock?: Clock;
}

export interface ReportHandlerResult {
  year: number;
  asOf: string;
  period: PeriodKind;
  summaryMessageId: string;
  agencyEmails: number;
  skipped: number;
  failed: SendReportResult['failed'];
  stored: string[];
}

const scheduledEvent = z.object({
  'detail-type': z.literal('Scheduled Event'),
  time: z.string().datetime({ offset: true }),
});

const schedulerInput = z
  .object({
    year: z.coerce.number().int().optional(),
    asOf: z.string().optional(),
    period: z.enum(PERIOD_KINDS as [PeriodKind, ...PeriodKind[]]).optional(),
    scheduledTime: z.string().datetime({ offset: true }).optional(),
    which: z.enum(['previous', 'current']).optional(),
    /** A label of the schedule (`monthly`, `annual`), logged only. */
    schedule: z.string().max(64).optional(),
    agencyEmails: z.boolean().optional(),
  })
  .strict();

/** The day before `instant` in Vietnam time: the last complete day when the schedule fires. */
function previousVnDay(instant: string): string {
  return addDays(vnDateOf(instant), -1);
}

/** Turns any accepted event into a report query; throws ValidationError for anything else. */
export function parseReportEvent(event: unknown, now: Date): { query: ReportQuery; agencyEmails: boolean } {
  const scheduled = scheduledEvent.safeParse(event);
  if (scheduled.success) {
    const asOf = previousVnDay(scheduled.data.time);
    return { query: { year: Number(asOf.slice(0, 4)), asOf, period: 'month' }, agencyEmails: true };
  }
  const input = schedulerInput.safeParse(event ?? {});
  if (!input.success) {
    throw new ValidationError(
      'invalid_event',
      `report event is neither a scheduled event nor {year?, asOf?, period?}: ${input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      'Sự kiện kích hoạt báo cáo không hợp lệ.',
    );
  }
  const { year, scheduledTime, which, agencyEmails } = input.data;
  const period = input.data.period ?? (scheduledTime ? 'month' : 'year');
  let asOf = input.data.asOf;
  if (asOf === undefined && year === undefined) {
    if (which === 'previous')
      asOf = endOfPreviousPeriod(period, scheduledTime ? vnDateOf(scheduledTime) : vnToday(now));
    else if (scheduledTime) asOf = previousVnDay(scheduledTime);
  }
  const query: ReportQuery = { period };
  if (year !== undefined) query.year = year;
  else if (asOf) query.year = Number(asOf.slice(0, 4));
  if (asOf !== undefined) query.asOf = asOf;
  return { query, agencyEmails: agencyEmails ?? true };
}

export function makeReportHandler(
  deps: ReportHandlerDeps,
): (event: unknown, context: Context) => Promise<ReportHandlerResult> {
  const logger = deps.logger ?? new Logger({ serviceName: 'sohoa-report' });
  const clock = deps.clock ?? systemClock;
  const handle = async (event: unknown): Promise<ReportHandlerResult> => {
    const { query, agencyEmails } = parseReportEvent(event, clock.now());
    logger.info('report requested', { ...query, agencyEmails });
    const report = await deps.buildReport(query);
    logger.appendKeys({ year: report.year, asOf: report.asOf, period: report.period });
    logger.info('report built', {
      agencies: report.agencies.length,
      rate: report.province.rate,
      warnings: report.warnings.length,
    });
    const sent = await deps.sendReport(report, { agencyEmails });
    // Which agency and why, not to whom: no e-mail address goes into the logs.
    for (const failure of sent.failed) {
      logger.error('agency e-mail failed', {
        agencyId: failure.agencyId,
        recipients: failure.to.length,
        code: failure.code,
        detail: redactEmails(failure.message),
      });
    }
    logger.info('report sent', {
      summaryMessageId: sent.summary.messageId,
      agencyEmails: sent.agencies.length,
      skipped: sent.skipped.length,
      failed: sent.failed.length,
    });
    return {
      year: report.year,
      asOf: report.asOf,
      period: report.period,
      summaryMessageId: sent.summary.messageId,
      agencyEmails: sent.agencies.length,
      skipped: sent.skipped.length,
      failed: sent.failed,
      stored: sent.stored,
    };
  };
  return middy<unknown, ReportHandlerResult>()
    .use(tracing(deps.tracer))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(handle) as unknown as (event: unknown, context: Context) => Promise<ReportHandlerResult>;
}
