import { MessageRejected, SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSesMailer } from '#shared/adapters/mail/ses-mailer.ts';
import type { MailMessage } from '#shared/ports.ts';

const ses = mockClient(SESv2Client);

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function message(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    from: 'sohoa@dienbien.gov.vn',
    to: ['lanhdao@dienbien.gov.vn'],
    subject: '[Số hóa KQ TTHC] Báo cáo tiến độ tháng 11/2026 – tỉnh Điện Biên',
    html: '<p>Tỷ lệ <b>47,37%</b></p><img src="cid:chart@sohoa">',
    text: 'Tỷ lệ 47,37%',
    attachments: [
      { filename: 'bieu-do.png', content: PNG, contentType: 'image/png', cid: 'chart@sohoa' },
      { filename: 'bao-cao.csv', content: '\uFEFFa,b\r\n', contentType: 'text/csv; charset=utf-8' },
    ],
    ...overrides,
  };
}

describe('SES v2 mailer', () => {
  afterEach(() => ses.reset());

  it('sends the composed MIME as Content.Raw, with the inline chart and attachments', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
    const out = await makeSesMailer(new SESv2Client({ region: 'ap-southeast-1' })).send(message());
    expect(out.messageId).toBe('ses-1');
    const input = ses.commandCalls(SendEmailCommand)[0]!.args[0].input;
    expect(input.FromEmailAddress).toBe('sohoa@dienbien.gov.vn');
    expect(input.Destination?.ToAddresses).toEqual(['lanhdao@dienbien.gov.vn']);
    expect(input.Content?.Simple).toBeUndefined();
    const mail = await simpleParser(Buffer.from(input.Content!.Raw!.Data!));
    expect(mail.subject).toBe('[Số hóa KQ TTHC] Báo cáo tiến độ tháng 11/2026 – tỉnh Điện Biên');
    expect(mail.text?.trim()).toBe('Tỷ lệ 47,37%');
    expect(mail.html).toContain('<b>47,37%</b>');
    const chart = mail.attachments.find((a) => a.cid === 'chart@sohoa')!;
    expect(Buffer.compare(chart.content, Buffer.from(PNG))).toBe(0);
    expect(chart.contentDisposition).toBe('inline');
    expect(mail.attachments.find((a) => a.filename === 'bao-cao.csv')?.content.toString('utf8')).toBe('\uFEFFa,b\r\n');
  });

  it('turns a sandbox rejection into a clear mail_rejected error with a Vietnamese message', async () => {
    ses.on(SendEmailCommand).rejects(
      new MessageRejected({
        $metadata: {},
        message:
          'Email address is not verified. The following identities failed the check in region AP-SOUTHEAST-1: x@y.vn',
      }),
    );
    const send = makeSesMailer(new SESv2Client({ region: 'ap-southeast-1' })).send(message({ to: ['x@y.vn'] }));
    await expect(send).rejects.toMatchObject({ code: 'mail_rejected', userError: false });
    await expect(send).rejects.toThrow(/sandbox/);
    await expect(send).rejects.toHaveProperty('messageVi', expect.stringContaining('chưa được xác minh'));
    // What reaches the logs (message and cause) names no address.
    const error = (await send.catch((e: unknown) => e)) as Error;
    expect(`${error.message} ${(error.cause as Error).message}`).not.toMatch(/@/);
    expect(error.message).toMatch(/1 recipient\(s\): .*<e-mail>/);
  });

  it('refuses a message over 40 MB before calling SES', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'never' });
    const big = new Uint8Array(31 * 1024 * 1024); // base64 makes it ~42 MB
    const send = makeSesMailer(new SESv2Client({ region: 'ap-southeast-1' })).send(
      message({ attachments: [{ filename: 'big.bin', content: big, contentType: 'application/octet-stream' }] }),
    );
    await expect(send).rejects.toMatchObject({ code: 'mail_too_large' });
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it('passes other SES errors through unchanged, for the function to retry', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
    ses.on(SendEmailCommand).rejects(throttled);
    await expect(makeSesMailer(new SESv2Client({ region: 'ap-southeast-1' })).send(message())).rejects.toThrow(
      'Rate exceeded',
    );
  });
});
