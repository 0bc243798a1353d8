/** Builds the raw MIME of a MailMessage with nodemailer's MailComposer (shared by the outbox and SES). */
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { MailMessage } from '../../ports.ts';

export async function composeMime(message: MailMessage, domain = 'sohoa'): Promise<{ raw: Buffer; messageId: string }> {
  const messageId = `<${randomUUID()}@${domain}>`;
  const composer = new MailComposer({
    from: message.from,
    to: message.to,
    subject: message.subject,
    html: message.html,
    text: message.text,
    messageId,
    date: new Date(),
    attachments: message.attachments.map((a) => ({
      filename: a.filename,
      content: typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content),
      contentType: a.contentType,
      ...(a.cid ? { cid: a.cid, contentDisposition: 'inline' as const } : {}),
    })),
  });
  const raw = await composer.compile().build();
  return { raw, messageId };
}
