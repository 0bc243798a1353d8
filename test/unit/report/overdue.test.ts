/**
 * The report's data quality: documents still not terminal hours after their upload (what the pipeline
 * reconciler could not finish) are counted per agency, under whoever reports the agency, and said in
 * Vietnamese in the HTML e-mail's "Lưu ý về số liệu", the XLSX summary notes and agency notes, and the CSV.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCsv } from '#shared/adapters/report/csv.ts';
import { renderReportHtml } from '#shared/adapters/report/html.ts';
import { buildWorkbook, SHEET_AGENCIES, SHEET_SUMMARY } from '#shared/adapters/report/xlsx.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { makeBuildReport } from '#shared/use-cases/build-report.ts';
import { agency, type MemoryDocument, makeMemoryComplianceReader } from '#test/support/memory-compliance-reader.ts';

const NOW = new Date('2026-11-20T03:00:00.000Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000).toISOString();

const AGENCIES = [
  agency({ id: 'so-tp', name: 'Sở Tư pháp', level: 'province' }),
  agency({ id: 'so-yt', name: 'Sở Y tế', level: 'province' }),
  // Dissolved in 2025: its stuck upload is its successor's concern.
  agency({ id: 'h-cu', name: 'UBND huyện Cũ', level: 'district', validTo: '2025-06-30', successorId: 'so-yt' }),
];

function doc(agencyId: string, status: MemoryDocument['status'], createdHoursAgo: number): MemoryDocument {
  return {
    agencyId,
    status,
    digitizedAt: hoursAgo(createdHoursAgo),
    createdAt: hoursAgo(createdHoursAgo),
    expiryDate: null,
  };
}

const DOCUMENTS: MemoryDocument[] = [
  doc('so-tp', 'classified', 30),
  doc('so-tp', 'uploading', 7),
  doc('so-tp', 'extracting', 12),
  // Uploaded an hour ago: still within the deadline, not a data-quality problem yet.
  doc('so-tp', 'extracted', 1),
  doc('so-yt', 'classified', 40),
  doc('h-cu', 'extracted', 100),
];

async function report() {
  const reader = makeMemoryComplianceReader({
    agencies: AGENCIES,
    inventories: [
      { agencyId: 'so-tp', asOf: '2026-01-01', totalValid: 10, estimated: false },
      { agencyId: 'so-yt', asOf: '2026-01-01', totalValid: 10, estimated: false },
    ],
    documents: DOCUMENTS,
  });
  return makeBuildReport({ reader, clock: { now: () => NOW }, policy: loadTargetPolicy(), provinceName: 'Điện Biên' })({
    year: 2026,
  });
}

describe('documents overdue in the pipeline, in the report', () => {
  it('counts the non-terminal documents older than the deadline, per agency and under successors', async () => {
    const r = await report();
    expect(r.overdue).toEqual({ count: 3, afterHours: 6 });
    const tp = r.agencies.find((a) => a.id === 'so-tp')!;
    const yt = r.agencies.find((a) => a.id === 'so-yt')!;
    expect(tp.warnings.find((w) => w.code === 'overdue_documents')?.message).toMatch(
      /^2 hồ sơ đã tải lên quá 6 giờ nhưng chưa xử lý xong \(chưa được tính\)/,
    );
    expect(yt.warnings.find((w) => w.code === 'overdue_documents')?.message).toMatch(/^1 hồ sơ/);
    // Never counted as digitized.
    expect(tp.digitized).toBe(1);
    expect(r.warnings.filter((w) => w.code === 'overdue_documents').map((w) => w.message.split(':')[0])).toEqual([
      'Toàn tỉnh',
      'Sở Tư pháp',
      'Sở Y tế',
    ]);
  });

  it('says it in the HTML data-quality section, the XLSX notes and the CSV', async () => {
    const r = await report();
    const html = renderReportHtml(r);
    const section = /Lưu ý về số liệu<\/h3><ul[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(section).toContain('Toàn tỉnh: 3 hồ sơ đã tải lên quá 6 giờ nhưng chưa xử lý xong');
    expect(section).toContain('Sở Tư pháp: 2 hồ sơ đã tải lên quá 6 giờ');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildWorkbook(r)) as unknown as ArrayBuffer);
    const summaryText: string[] = [];
    workbook.getWorksheet(SHEET_SUMMARY)!.eachRow((row) => summaryText.push(String(row.getCell(1).value ?? '')));
    expect(summaryText.some((t) => t.startsWith('Toàn tỉnh: 3 hồ sơ đã tải lên quá 6 giờ'))).toBe(true);
    const agencyText: string[] = [];
    workbook.getWorksheet(SHEET_AGENCIES)!.eachRow((row) => {
      row.eachCell((cell) => agencyText.push(String(cell.value ?? '')));
    });
    expect(agencyText.some((t) => t.includes('2 hồ sơ đã tải lên quá 6 giờ'))).toBe(true);

    const csv = buildCsv(r).split('\r\n');
    const province = csv.find((l) => l.startsWith('Toàn tỉnh,'))!;
    expect(province).toContain('3 hồ sơ đã tải lên quá 6 giờ nhưng chưa xử lý xong');
    expect(csv.find((l) => l.includes(',so-tp,'))).toContain('2 hồ sơ đã tải lên quá 6 giờ');
  });

  it('says nothing when every late document is terminal', async () => {
    const reader = makeMemoryComplianceReader({
      agencies: AGENCIES.slice(0, 1),
      inventories: [],
      documents: [doc('so-tp', 'classified', 30), doc('so-tp', 'uploading', 1)],
    });
    const r = await makeBuildReport({
      reader,
      clock: { now: () => NOW },
      policy: loadTargetPolicy(),
      provinceName: 'Điện Biên',
    })({ year: 2026 });
    expect(r.overdue.count).toBe(0);
    expect(r.warnings.some((w) => w.code === 'overdue_documents')).toBe(false);
    expect(renderReportHtml(r)).not.toContain('chưa xử lý xong');
  });
});
