/**
 * The local mailer: files each message in a folder as `.eml` (open it in any mail client) plus an `.html`
 * preview with the inline images embedded as data: URLs (open it in a browser).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Mailer } from '../../ports.ts';
import { composeMime } from './compose-mime.ts';

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function makeOutboxMailer(dir: string): Mailer {
  const folder = resolve(dir);
  let counter = 0;
  return {
    async send(message) {
      await mkdir(folder, { recursive: true });
      const { raw, messageId } = await composeMime(message, 'sohoa.local');
      counter += 1;
      const stamp = new Date()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
      const to = slug(message.to[0]?.split('@')[0] ?? 'unknown');
      const stem = `${stamp}-${String(counter).padStart(3, '0')}-${slug(message.subject)}-${to}`;
      const eml = join(folder, `${stem}.eml`);
      let html = message.html;
      for (const a of message.attachments) {
        if (!a.cid) continue;
        const bytes = typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content);
        html = html.split(`cid:${a.cid}`).join(`data:${a.contentType};base64,${bytes.toString('base64')}`);
      }
      await writeFile(eml, raw);
      await writeFile(join(folder, `${stem}.html`), html, 'utf8');
      return { messageId, location: eml };
    },
  };
}
