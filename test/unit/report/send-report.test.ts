import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOutboxMailer } from '#shared/adapters/mail/outbox-mailer.ts';
import { makeReportRenderer } from '#shared/adapters/report/email.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { SohoaError } from '#shared/errors.ts';
import type { Mailer, ObjectStore } from '#shared/ports.ts';
import { type ComplianceReport, makeBuildReport } from '#shared/use-cases/build-report.ts';
import { makeSendReport, type SendReportResult } from '#shared/use-cases/send-report.ts';
import { makeMemoryComplianceReader } from '#test/support/memory-compliance-reader.ts';
import { AGENCIES, DOCUMENTS, INVENTORIES, NOW } from '#test/unit/compliance/dataset.ts';
import { expectedReport } from '#test/unit/compliance/expected.ts';

function memoryObjects(): ObjectStore & { stored: Map<string, { body: Uint8Array | string; type: string }> } {
  const stored = new Map<string, { body: Uint8Array | string; type: string }>();
  return {
    stored,
    async get(key) {
      const o = stored.get(key);
      if (!o) throw new Error(`no ${key}`);
      return typeof o.body === 'string' ? new TextEncoder().encode(o.body) : o.body;
    },
    async put(key, body, type) {
      stored.set(key, { body, type });
    },
  };
}

describe('sending a report to the outbox', () => {
  const reader = makeMemoryComplianceReader({ agencies: AGENCIES, inventories: INVENTORIES, documents: DOCUMENTS });
  const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
  const objects = memoryObjects();
  let report: ComplianceReport;
  let sent: SendReportResult;

  beforeAll(async () => {
    const build = makeBuildReport({
      reader,
      clock: { now: () => NOW },
      policy: loadTargetPolicy(),
      provinceName: 'Điện Biên',
    });
    report = await build({ year: 2026, period: 'month' });
    sent = await makeSendReport({
      renderer: makeReportRenderer(),
      mailer: makeOutboxMailer(dir),
      objects,
      listAgencies: () => reader.listAgencies(),
      from: 'sohoa@dienbien.gov.vn',
      recipients: ['lanhdao@dienbien.gov.vn', 'stttt@dienbien.gov.vn'],
    })(report);
  });

  it('files a summary e-mail that parses: subject, HTML and text parts, inline chart, XLSX and CSV', async () => {
    const mail = await simpleParser(readFileSync(sent.summary.location!));
    expect(mail.subject).toBe('[Số hóa KQ TTHC] Báo cáo tiến độ tháng 11/2026 – tỉnh Điện Biên');
    expect(mail.html).toContain('UBND TỈNH ĐIỆN BIÊN');
    expect(mail.text).toContain('Tiến độ số hóa kết quả giải quyết TTHC còn hiệu lực tháng 11/2026');
    const chart = mail.attachments.find((a) => a.contentType === 'image/png')!;
    expect(chart.cid).toBeTruthy();
    expect(chart.contentDisposition).toBe('inline');
    // mailparser rewrites cid: references to data: URLs when it inlines them; the raw MIME keeps the cid.
    const raw = readFileSync(sent.summary.location!, 'utf8');
    expect(raw).toContain(`Content-ID: <${chart.cid}>`);
    expect(raw).toMatch(new RegExp(`src=3D"cid:${chart.cid}"|src="cid:${chart.cid}"`));
    const names = mail.attachments.map((a) => a.filename);
    expect(names).toContain('bao-cao-so-hoa-2026-thang-2026-11-27.xlsx');
    expect(names).toContain('bao-cao-so-hoa-2026-thang-2026-11-27.csv');
    const xlsx = mail.attachments.find((a) => a.filename?.endsWith('.xlsx'))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Theo đơn vị')).toBeDefined();
    const csv = mail.attachments.find((a) => a.filename?.endsWith('.csv'))!;
    expect(csv.content[0]).toBe(0xef); // UTF-8 BOM survives the MIME round trip
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((v) => v.address) : []).toEqual([
      'lanhdao@dienbien.gov.vn',
      'stttt@dienbien.gov.vn',
    ]);
  });

  it('writes an .html preview beside each .eml with the chart embedded', () => {
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.eml')).length).toBe(files.filter((f) => f.endsWith('.html')).length);
    const preview = readFileSync(sent.summary.location!.replace(/\.eml$/, '.html'), 'utf8');
    expect(preview).toContain('src="data:image/png;base64,');
    expect(preview).not.toContain('cid:');
  });

  it('sends each agency its own row at its report address and skips agencies without one', async () => {
    const expected = expectedReport('2026-11-27', '2026-11-01');
    const withEmail = AGENCIES.filter((a) => a.emails.length > 0 && expected.agencies.some((e) => e.id === a.id));
    expect(sent.agencies.map((a) => a.agencyId).sort()).toEqual(withEmail.map((a) => a.id).sort());
    expect(sent.skipped.map((s) => s.agencyId)).toEqual(['so-formula']);
    const tuanGiao = sent.agencies.find((a) => a.agencyId === 'x-tuan-giao')!;
    const mail = await simpleParser(readFileSync(tuanGiao.location!));
    expect(mail.subject).toBe('[Số hóa KQ TTHC] Tiến độ số hóa tháng 11/2026 – UBND xã Tuần Giáo');
    expect(tuanGiao.to).toEqual(['xatuangiao@dienbien.gov.vn']);
    const e = expected.agencies.find((r) => r.id === 'x-tuan-giao')!;
    expect(mail.html).toContain(`>${e.digitized.toLocaleString('vi-VN')}<`);
    expect(mail.html).toContain('Bao gồm số liệu của: UBND huyện Tuần Giáo; UBND xã Quài Tở.');
    const script = sent.agencies.find((a) => a.agencyId === 'ban-script')!;
    const scriptMail = await simpleParser(readFileSync(script.location!));
    expect(scriptMail.html).not.toMatch(/<script/i);
    expect(scriptMail.subject).toContain('<script>'); // a subject is plain text, shown as such
  });

  it('stores a copy of the report under reports/', () => {
    const keys = [...objects.stored.keys()].sort();
    expect(keys).toEqual(
      ['csv', 'html', 'json', 'png', 'xlsx'].map((ext) => `reports/2026/bao-cao-so-hoa-2026-thang-2026-11-27.${ext}`),
    );
    const json = JSON.parse(String(objects.stored.get('reports/2026/bao-cao-so-hoa-2026-thang-2026-11-27.json')!.body));
    expect(json.province.digitized).toBe(report.province.digitized);
  });

  it('keeps sending to the other agencies when one address is refused, and reports why', async () => {
    let calls = 0;
    const flaky: Mailer = {
      async send(message) {
        calls += 1;
        if (message.to.includes('soyt@dienbien.gov.vn')) {
          throw new SohoaError('mail_rejected', 'rejected', 'Amazon SES từ chối gửi thư.', { userError: false });
        }
        return { messageId: `m${calls}` };
      },
    };
    const result = await makeSendReport({
      renderer: makeReportRenderer(),
      mailer: flaky,
      objects: memoryObjects(),
      listAgencies: () => reader.listAgencies(),
      from: 'sohoa@dienbien.gov.vn',
      recipients: ['lanhdao@dienbien.gov.vn'],
    })(report);
    expect(result.failed).toEqual([
      {
        agencyId: 'so-yt',
        to: ['soyt@dienbien.gov.vn'],
        code: 'mail_rejected',
        message: 'Amazon SES từ chối gửi thư.',
      },
    ]);
    expect(result.agencies.length).toBe(sent.agencies.length - 1);
  });
});
