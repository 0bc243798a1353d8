import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Logger } from '@aws-lambda-powertools/logger';
import { MessageRejected, SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeReportHandler } from '#functions/report/handler.ts';
import { makeLambdaContext } from '#local/lambda-context.ts';
import { makeSesMailer } from '#shared/adapters/mail/ses-mailer.ts';
import { makeReportRenderer } from '#shared/adapters/report/email.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import type { ObjectStore } from '#shared/ports.ts';
import { makeBuildReport } from '#shared/use-cases/build-report.ts';
import { makeSendReport } from '#shared/use-cases/send-report.ts';
import { makeMemoryComplianceReader } from '#test/support/memory-compliance-reader.ts';
import { AGENCIES, DOCUMENTS, INVENTORIES } from '#test/unit/compliance/dataset.ts';

const FIXTURE = fileURLToPath(new URL('../../../shared/fixtures/events/eventbridge-scheduled.json', import.meta.url));
const hasFixture = existsSync(FIXTURE);
if (!hasFixture) console.warn(`skipping scheduled-event tests: fixture ${FIXTURE} is absent`);

const ses = mockClient(SESv2Client);

function setup(now: string) {
  const clock = { now: () => new Date(now) };
  const reader = makeMemoryComplianceReader({ agencies: AGENCIES, inventories: INVENTORIES, documents: DOCUMENTS });
  const stored: string[] = [];
  const objects: ObjectStore = {
    async get() {
      return new Uint8Array();
    },
    async put(key) {
      stored.push(key);
    },
  };
  const logger = new Logger({ serviceName: 'sohoa-report', logLevel: 'SILENT' });
  const handler = makeReportHandler({
    buildReport: makeBuildReport({ reader, clock, policy: loadTargetPolicy(), provinceName: 'Điện Biên' }),
    sendReport: makeSendReport({
      renderer: makeReportRenderer(),
      mailer: makeSesMailer(new SESv2Client({ region: 'ap-southeast-1' })),
      objects,
      listAgencies: () => reader.listAgencies(),
      from: 'sohoa@dienbien.gov.vn',
      recipients: ['lanhdao@dienbien.gov.vn'],
    }),
    logger,
    clock,
  });
  return { handler, stored, logger, context: makeLambdaContext('sohoa-report') };
}

async function sentRaw(index: number) {
  const input = ses.commandCalls(SendEmailCommand)[index]!.args[0].input;
  return { input, mail: await simpleParser(Buffer.from(input.Content!.Raw!.Data!)) };
}

describe('report handler', () => {
  afterEach(() => ses.reset());

  it.skipIf(!hasFixture)(
    'turns the real scheduled event into the report of the month just ended, sent through SES v2',
    async () => {
      ses.on(SendEmailCommand).resolves({ MessageId: 'ses-id' });
      const event = structuredClone(JSON.parse(readFileSync(FIXTURE, 'utf8')));
      event.time = '2025-12-01T00:00:00Z'; // 07:00 on 1/12/2025 in Vietnam
      const { handler, stored, context } = setup('2025-12-01T00:00:05Z');
      const result = await handler(event, context);
      expect(result).toMatchObject({ year: 2025, asOf: '2025-11-30', period: 'month', summaryMessageId: 'ses-id' });
      const { input, mail } = await sentRaw(0);
      expect(input.Destination?.ToAddresses).toEqual(['lanhdao@dienbien.gov.vn']);
      expect(mail.subject).toBe('[Số hóa KQ TTHC] Báo cáo tiến độ tháng 11/2025 – tỉnh Điện Biên');
      expect(mail.attachments.map((a) => a.contentType).sort()).toEqual([
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'image/png',
        'text/csv',
      ]);
      expect(mail.attachments.find((a) => a.contentType === 'image/png')?.cid).toBeTruthy();
      // Then one e-mail per agency with an address, each to that agency only.
      const calls = ses.commandCalls(SendEmailCommand);
      expect(calls.length).toBe(1 + result.agencyEmails);
      const { input: agencyInput, mail: agencyMail } = await sentRaw(1);
      expect(agencyInput.Destination?.ToAddresses).toHaveLength(1);
      expect(agencyMail.subject).toMatch(/^\[Số hóa KQ TTHC\] Tiến độ số hóa tháng 11\/2025 – /);
      expect(stored.every((k) => k.startsWith('reports/2025/'))).toBe(true);
      expect(stored).toHaveLength(5);
    },
  );

  it('logs which agency e-mail failed and why, never an e-mail address', async () => {
    ses
      .on(SendEmailCommand)
      .resolvesOnce({ MessageId: 'summary-id' })
      .rejects(
        new MessageRejected({
          $metadata: {},
          message: 'Email address is not verified. The following identities failed the check in region X: vanthu@so.vn',
        }),
      );
    const { handler, context, logger } = setup('2025-12-01T00:00:05Z');
    const logged: unknown[] = [];
    for (const level of ['debug', 'info', 'warn', 'error'] as const) {
      vi.spyOn(logger, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    }
    const result = await handler({ year: 2025, asOf: '2025-11-30', period: 'month' }, context);
    expect(result.failed.length).toBeGreaterThan(0);
    const failures = logged.filter((args) => (args as unknown[])[0] === 'agency e-mail failed');
    expect(failures).toHaveLength(result.failed.length);
    expect(failures[0]).toEqual([
      'agency e-mail failed',
      expect.objectContaining({ agencyId: expect.any(String), recipients: 1, code: 'mail_rejected' }),
    ]);
    const text = JSON.stringify(logged, (_key, value) =>
      value instanceof Error ? { message: value.message, cause: String(value.cause) } : value,
    );
    expect(text).not.toMatch(/@/);
  });

  it.skipIf(!hasFixture)('rejects the fixture as delivered (time 1970) with a clear validation error', async () => {
    const event = structuredClone(JSON.parse(readFileSync(FIXTURE, 'utf8')));
    const { handler, context } = setup('2026-11-27T03:00:00Z');
    await expect(handler(event, context)).rejects.toMatchObject({ code: 'invalid_year' });
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it('takes the Scheduler input of the infrastructure: the previous month, and the previous year in January', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-id' });
    const monthly = setup('2026-12-01T00:30:00Z');
    const m = await monthly.handler({ schedule: 'monthly', period: 'month', which: 'previous' }, monthly.context);
    expect(m).toMatchObject({ year: 2026, asOf: '2026-11-30', period: 'month' });
    const annual = setup('2027-01-01T01:00:00Z');
    const y = await annual.handler(
      { schedule: 'annual', period: 'year', which: 'previous', agencyEmails: false },
      annual.context,
    );
    expect(y).toMatchObject({ year: 2026, asOf: '2026-12-31', period: 'year', agencyEmails: 0 });
    const { mail } = await sentRaw(ses.commandCalls(SendEmailCommand).length - 1);
    expect(mail.subject).toBe('[Số hóa KQ TTHC] Báo cáo tiến độ năm 2026 – tỉnh Điện Biên');
    expect(mail.html).toContain('Chỉ tiêu từ năm 2026 là cách hiểu của hệ thống');
  });

  it('takes an explicit {year, asOf, period} and refuses an event it does not know', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-id' });
    const { handler, context } = setup('2026-11-27T03:00:00Z');
    const r = await handler({ year: 2025, asOf: '2025-06-30', period: 'quarter', agencyEmails: false }, context);
    expect(r).toMatchObject({ year: 2025, asOf: '2025-06-30', period: 'quarter' });
    await expect(handler({ Records: [] }, context)).rejects.toMatchObject({ code: 'invalid_event' });
  });
});
