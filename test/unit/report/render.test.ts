import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSvg, renderChartPng } from '#shared/adapters/report/chart.ts';
import { buildCsv } from '#shared/adapters/report/csv.ts';
import { renderAgencyHtml, renderReportHtml } from '#shared/adapters/report/html.ts';
import { renderReportText } from '#shared/adapters/report/text.ts';
import { buildWorkbook, SHEET_AGENCIES, SHEET_PENDING, SHEET_SUMMARY } from '#shared/adapters/report/xlsx.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { type ComplianceReport, makeBuildReport } from '#shared/use-cases/build-report.ts';
import { makeMemoryComplianceReader } from '#test/support/memory-compliance-reader.ts';
import { AGENCIES, DOCUMENTS, FORMULA_NAME, INVENTORIES, NOW, SCRIPT_NAME } from '#test/unit/compliance/dataset.ts';
import { type ExpectedRow, expectedReport } from '#test/unit/compliance/expected.ts';

// Expected strings are formatted here, independently of shared/adapters/report/format.ts.
const count = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN'));
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2).replace('.', ',')}%`);

function cells(html: string, rowKey: string): Record<string, string> {
  const row = new RegExp(`<tr data-row="${rowKey}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
  expect(row, `row ${rowKey} in the HTML`).not.toBeNull();
  const out: Record<string, string> = {};
  for (const m of row![1]!.matchAll(/<td[^>]*data-col="(\w+)"[^>]*>([\s\S]*?)<\/td>/g)) {
    out[m[1]!] = m[2]!.replace(/<[^>]+>/g, '').trim();
  }
  return out;
}

function expectHtmlRow(html: string, key: string, e: ExpectedRow): void {
  const c = cells(html, key);
  expect([key, c.inventory?.replace('*', ''), c.digitized, c.digitizedInPeriod, c.rate, c.shortfall]).toEqual([
    key,
    count(e.inventory),
    count(e.digitized),
    count(e.digitizedInPeriod),
    pct(e.rate),
    count(e.shortfall),
  ]);
  expect(c.target).toBe(e.target === null ? 'Chưa có' : `${Math.round(e.target * 100)}%`);
  if (e.met !== null) expect(c.verdict).toBe(e.met ? 'Đạt' : 'Chưa đạt');
}

describe('report rendering on the seeded province', () => {
  let report2025: ComplianceReport;
  let report2026: ComplianceReport;
  beforeAll(async () => {
    const reader = makeMemoryComplianceReader({ agencies: AGENCIES, inventories: INVENTORIES, documents: DOCUMENTS });
    const build = makeBuildReport({
      reader,
      clock: { now: () => NOW },
      policy: loadTargetPolicy(),
      provinceName: 'Điện Biên',
    });
    report2025 = await build({ year: 2025 });
    report2026 = await build({ year: 2026, period: 'month' });
  });

  it('puts the independently computed numbers in every HTML row', () => {
    for (const [report, start] of [
      [report2025, '2025-01-01'],
      [report2026, '2026-11-01'],
    ] as const) {
      const html = renderReportHtml(report, { chartCid: 'chart' });
      const expected = expectedReport(report.asOf, start);
      for (const e of expected.agencies) expectHtmlRow(html, `agency:${e.id}`, e);
      for (const e of expected.levels) expectHtmlRow(html, `level:${e.level}`, e);
      const p = cells(html, 'province');
      expect([p.inventory?.replace('*', ''), p.digitized, p.rate, p.shortfall]).toEqual([
        count(expected.province.inventory),
        count(expected.province.digitized),
        pct(expected.province.rate),
        count(expected.province.shortfall),
      ]);
      const pending = /<tr data-row="pending:total"[^>]*>([\s\S]*?)<\/tr>/.exec(html)![1]!;
      expect(pending).toContain(`>${count(expected.pending.needsReview)}<`);
      expect(pending).toContain(`>${count(expected.pending.rejected)}<`);
    }
  });

  it("lays out the ND 30 header and says when the year's target is a reading of the plan", () => {
    const html2025 = renderReportHtml(report2025);
    expect(html2025).toContain('UBND TỈNH ĐIỆN BIÊN');
    expect(html2025).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html2025).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(html2025).toContain('Điện Biên, ngày 27 tháng 11 năm 2026');
    expect(html2025).toContain('BÁO CÁO');
    expect(html2025).toContain('Cấp huyện (cũ)');
    expect(html2025).not.toContain('data-row="level:district"');
    const html2026 = renderReportHtml(report2026);
    expect(html2026).toContain('Chỉ tiêu từ năm 2026 là cách hiểu của hệ thống');
    expect(html2025).not.toContain('cách hiểu của hệ thống');
    expect(html2026).not.toContain('Cấp huyện');
  });

  it('escapes an agency name carrying <script> and has no script or event handler at all', () => {
    const html = renderReportHtml(report2025, { chartCid: 'chart' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ban Quản lý &amp; &quot;Thử&quot;');
    const row = report2025.agencies.find((r) => r.name === SCRIPT_NAME)!;
    expect(renderAgencyHtml(report2025, row)).not.toMatch(/<script/i);
    expect(buildChartSvg(report2025)).not.toMatch(/<script/i);
  });

  it('writes a workbook whose numbers, formats and frozen headers match the table', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildWorkbook(report2025)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name).slice(0, 3)).toEqual([SHEET_SUMMARY, SHEET_AGENCIES, SHEET_PENDING]);
    const sheet = workbook.getWorksheet(SHEET_AGENCIES)!;
    const headerRow = sheet.getRow(5);
    const col = (name: string) => {
      let found = 0;
      headerRow.eachCell((c, i) => {
        if (c.value === name) found = i;
      });
      expect(found, name).toBeGreaterThan(0);
      return found;
    };
    const view = sheet.views[0] as { state: string; ySplit: number };
    expect(view).toMatchObject({ state: 'frozen', ySplit: 5 });
    const expected = expectedReport('2025-12-31', '2025-01-01');
    const ids = new Map<string, number>();
    sheet.eachRow((row, n) => {
      if (n > 5) ids.set(String(row.getCell(col('Mã đơn vị')).value), n);
    });
    for (const e of expected.agencies) {
      const row = sheet.getRow(ids.get(e.id!)!);
      expect(row.getCell(col('Tổng số KQ còn hiệu lực')).value).toBe(e.inventory);
      expect(row.getCell(col('Lũy kế đã số hóa')).value).toBe(e.digitized);
      expect(row.getCell(col('Số hóa trong kỳ')).value).toBe(e.digitizedInPeriod);
      expect(row.getCell(col('Còn thiếu (KQ)')).value).toBe(e.shortfall);
      const rate = row.getCell(col('Tỷ lệ'));
      if (e.rate === null) expect(rate.value).toBeNull();
      else expect(rate.value as number).toBeCloseTo(e.rate, 12);
      expect(rate.numFmt).toBe('0.00%');
      expect(row.getCell(col('Chỉ tiêu năm')).value).toBe(e.target);
      expect(row.getCell(col('Lũy kế đã số hóa')).numFmt).toBe('#,##0');
    }
    // The formula-like name is text with a guard, never a formula.
    const formulaRow = sheet.getRow(ids.get('so-formula')!);
    const nameCell = formulaRow.getCell(col('Cơ quan/đơn vị'));
    expect(nameCell.type).toBe(ExcelJS.ValueType.String);
    expect(nameCell.value).toBe(`'${FORMULA_NAME}`);
    const summary = workbook.getWorksheet(SHEET_SUMMARY)!;
    expect((summary.views[0] as { state: string }).state).toBe('frozen');
    let provinceDigitized: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'Toàn tỉnh Điện Biên') provinceDigitized = row.getCell(5).value;
    });
    expect(provinceDigitized).toBe(expected.province.digitized);
  });

  it('reports documents counted by a confirmed override apart, and overrides waiting, in every format', async () => {
    const withOverrides: ComplianceReport = {
      ...report2025,
      pending: { ...report2025.pending, awaitingConfirmation: 2, overridden: 3 },
      agencies: report2025.agencies.map((row, i) =>
        i === 0 ? { ...row, pending: { needsReview: 0, rejected: 0, awaitingConfirmation: 2, overridden: 3 } } : row,
      ),
    };
    const sentence =
      'Điều chỉnh kết luận của hệ thống: 3 kết quả được tính do cán bộ điều chỉnh và quản trị viên xác nhận (đã gồm trong số đã số hóa); 2 đề nghị điều chỉnh đang chờ xác nhận (chưa được tính).';
    const html = renderReportHtml(withOverrides);
    expect(html).toContain(sentence);
    const total = /<tr data-row="pending:total"[^>]*>([\s\S]*?)<\/tr>/.exec(html)![1]!;
    expect(total).toContain('>2<');
    expect(total).toContain('>3<');
    expect(html).toContain('Được tính do điều chỉnh kết luận');
    expect(renderReportText(withOverrides)).toContain(sentence);
    const csv = buildCsv(withOverrides).split('\r\n');
    const header = csv[0]!.replace('\uFEFF', '').split(',');
    const at = header.indexOf('Được tính do điều chỉnh kết luận');
    expect(at).toBeGreaterThan(0);
    const first = csv.find((l) => l.includes(`,${withOverrides.agencies[0]!.id},`))!;
    expect(first.split(',')[at]).toBe('3');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildWorkbook(withOverrides)) as unknown as ArrayBuffer);
    const pendingSheet = workbook.getWorksheet(SHEET_PENDING)!;
    let totals: unknown[] = [];
    pendingSheet.eachRow((row) => {
      if (row.getCell(3).value === 'Tổng cộng') totals = [row.getCell(6).value, row.getCell(7).value];
    });
    expect(totals).toEqual([2, 3]);
  });

  it('writes a CSV with a BOM, quoted fields and guarded formula cells', () => {
    const csv = buildCsv(report2025);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const line = csv.split('\r\n').find((l) => l.includes('so-formula'))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""Sở Ngoại vụ"")"`);
    const lines = csv.split('\r\n').filter((l) => /^[^,]*,[^,]*,/.test(l));
    for (const l of lines) expect(l.split(',')[2]).not.toMatch(/^"?[=+\-@]/);
    // A negative gap stays a number.
    expect(csv).toMatch(/,-\d+(\.\d+)?,/);
  });

  it('renders the chart to a PNG with the Vietnamese font', () => {
    const png = renderChartPng(buildChartSvg(report2025));
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.byteLength).toBeGreaterThan(10_000);
  });
});
