/**
 * Sends through Amazon SES v2 as raw MIME (SendEmail with Content.Raw), so the inline chart and the
 * attachments go out exactly as composed. SES refuses messages over 40 MB and, in the sandbox, any
 * unverified sender or recipient: both become a SohoaError with a clear English and Vietnamese message.
 */
import {
  MailFromDomainNotVerifiedException,
  MessageRejected,
  type SESv2Client,
  SendEmailCommand,
} from '@aws-sdk/client-sesv2';
import { MailError, redactEmails } from '#shared/errors.ts';
import type { Mailer } from '../../ports.ts';
import { composeMime } from './compose-mime.ts';

/** SES v2 maximum message size, after MIME encoding (https://docs.aws.amazon.com/ses/latest/dg/quotas.html). */
export const SES_MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

function tooLarge(subject: string, bytes: number): MailError {
  return new MailError(
    'mail_too_large',
    `message "${subject}" is ${(bytes / 1048576).toFixed(1)} MB, over the SES limit of 40 MB`,
    'Thư báo cáo vượt quá giới hạn 40 MB của Amazon SES: hãy chia nhỏ báo cáo hoặc bỏ bớt tệp đính kèm.',
    { userError: false },
  );
}

export function makeSesMailer(client: SESv2Client, options: { configurationSetName?: string } = {}): Mailer {
  return {
    async send(message) {
      // Base64 grows attachments by 4/3: refuse obvious giants before spending time encoding them.
      const estimate = message.attachments.reduce((n, a) => n + Math.ceil(a.content.length / 3) * 4, 0);
      if (estimate > SES_MAX_MESSAGE_BYTES) throw tooLarge(message.subject, estimate);
      const { raw } = await composeMime(message, 'sohoa');
      if (raw.byteLength > SES_MAX_MESSAGE_BYTES) throw tooLarge(message.subject, raw.byteLength);
      try {
        const out = await client.send(
          new SendEmailCommand({
            FromEmailAddress: message.from,
            Destination: { ToAddresses: message.to },
            Content: { Raw: { Data: new Uint8Array(raw) } },
            ...(options.configurationSetName ? { ConfigurationSetName: options.configurationSetName } : {}),
          }),
        );
        return { messageId: out.MessageId ?? '' };
      } catch (error) {
        if (error instanceof MessageRejected || error instanceof MailFromDomainNotVerifiedException) {
          // SES names the unverified addresses in its message: logs get the rest, never the addresses.
          const detail = redactEmails(error.message);
          throw new MailError(
            'mail_rejected',
            `SES rejected the message to ${message.to.length} recipient(s): ${detail} (in the SES sandbox every sender and recipient must be a verified identity)`,
            'Amazon SES từ chối gửi thư: địa chỉ gửi hoặc nhận chưa được xác minh (tài khoản SES đang ở chế độ thử nghiệm – sandbox). Hãy xác minh địa chỉ hoặc yêu cầu AWS đưa tài khoản ra khỏi sandbox.',
            { cause: Object.assign(new Error(detail), { name: error.name }), userError: false },
          );
        }
        throw error;
      }
    },
  };
}
