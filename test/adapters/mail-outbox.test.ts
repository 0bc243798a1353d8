import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { makeOutboxMailer } from '#shared/adapters/mail/outbox-mailer.ts';
import type { MailMessage } from '#shared/ports.ts';

const message: MailMessage = {
  from: 'sohoa@sohoa.local',
  to: ['vanthu.xa-muong-nhe@dienbien.example'],
  subject: '[Số hóa KQ TTHC] Tiến độ số hóa tháng 11/2026 – UBND xã Mường Nhé',
  html: '<p>Đã số hóa <b>76</b></p><img src="cid:chart@sohoa">',
  text: 'Đã số hóa 76',
  attachments: [
    { filename: 'c.png', content: Uint8Array.from([137, 80, 78, 71]), contentType: 'image/png', cid: 'chart@sohoa' },
  ],
};

describe('outbox mailer', () => {
  it('files every message as .eml and .html under an ASCII name, never overwriting one sent in the same second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const mailer = makeOutboxMailer(dir);
    const first = await mailer.send(message);
    const second = await mailer.send(message);
    expect(first.location).not.toBe(second.location);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(4);
    for (const f of files) expect(f).toMatch(/^[\w.-]+$/);
    expect(files[0]).toContain('tien-do-so-hoa-thang-11-2026-ubnd-xa-muong-nhe');
    const mail = await simpleParser(readFileSync(first.location!));
    expect(mail.subject).toBe(message.subject);
    expect(mail.messageId).toBe(first.messageId);
    expect(mail.attachments[0]?.cid).toBe('chart@sohoa');
    const preview = readFileSync(first.location!.replace(/\.eml$/, '.html'), 'utf8');
    expect(preview).toContain('src="data:image/png;base64,iVBORw=="');
  });
});
