/**
 * Agencies and inventories as the XLSX sheets offices keep: the same columns and rules as the CSV, Excel's
 * own cell types (dates, numbers, booleans, e-mail hyperlinks, rich text, formulas), errors by sheet row.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '#cli/import-file.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { readXlsxSheet } from '#shared/adapters/xlsx/sheet-reader.ts';
import {
  AGENCY_COLUMNS,
  INVENTORY_COLUMNS,
  validateAgenciesCsv,
  validateAgenciesFile,
  validateInventoryFile,
} from '#shared/use-cases/csv-import.ts';
import { startTestTable } from '#test/adapters/dynamodb/dynalite-table.ts';

async function workbook(columns: readonly string[], rows: unknown[][], sheetName = 'Danh sách'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow([...columns]);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('XLSX imports', () => {
  it('reads an agencies sheet as the same records as the equivalent CSV, whatever Excel made of the cells', async () => {
    const xlsx = await workbook(AGENCY_COLUMNS, [
      [
        'so-tu-phap',
        { richText: [{ text: 'Sở ' }, { text: 'Tư pháp', font: { bold: true } }] },
        'province',
        null,
        { text: 'vanthu@dienbien.gov.vn', hyperlink: 'mailto:vanthu@dienbien.gov.vn' },
        utc('2021-01-01'),
        null,
        null,
      ],
      [],
      ['ubnd-huyen-a', 'UBND huyện A', 'DISTRICT', 'so-tu-phap', '', '01/01/2021', utc('2025-06-30'), 'so-tu-phap'],
    ]);
    const fromSheet = await validateAgenciesFile({ xlsx }, undefined, readXlsxSheet);
    const fromCsv = validateAgenciesCsv(
      'id;name;level;parentId;email;validFrom;validTo;successorId\n' +
        'so-tu-phap;Sở Tư pháp;province;;vanthu@dienbien.gov.vn;01/01/2021;;\n' +
        'ubnd-huyen-a;UBND huyện A;district;so-tu-phap;;2021-01-01;30/06/2025;so-tu-phap\n',
    );
    expect(fromSheet.errors).toEqual([]);
    expect(fromSheet.rows).toEqual(fromCsv.rows);
    expect(fromSheet.rows[1]).toMatchObject({ level: 'district', validTo: '2025-06-30' });
  });

  it('reads a workbook only where a reader is wired: the CLI loads it on the first workbook, the api has none', async () => {
    const xlsx = await workbook(AGENCY_COLUMNS, [['so-tu-phap', 'Sở Tư pháp', 'province', '', '', '', '', '']]);
    const fromCli = await validateAgenciesFile({ xlsx }, undefined, readWorkbook);
    expect(fromCli.errors).toEqual([]);
    expect(fromCli.rows.map((a) => a.id)).toEqual(['so-tu-phap']);
    // No reader (the api function's composition): a wiring mistake, never a silent empty import.
    await expect(validateAgenciesFile({ xlsx })).rejects.toThrow(/no workbook reader/);
    // CSV needs none.
    const csv = `${AGENCY_COLUMNS.join(',')}\nso-tu-phap,Sở Tư pháp,province,,,,,\n`;
    expect((await validateAgenciesFile(csv)).errors).toEqual([]);
  });

  it('reports bad rows by their sheet row number, in English and Vietnamese, and nothing valid is lost', async () => {
    const xlsx = await workbook(AGENCY_COLUMNS, [
      ['so-xay-dung', 'Sở Xây dựng', 'province', '', '', '', '', ''],
      ['ubnd-x', '', 'village', '', 'khong-phai-email', '31/02/2025', '', ''],
      ['ubnd-y', 'UBND xã Y', 'commune', 'ubnd-khong-co', '', '', '', ''],
    ]);
    const { errors } = await validateAgenciesFile({ xlsx }, undefined, readXlsxSheet);
    expect(errors.map((e) => `${e.line} ${e.column}`)).toEqual([
      '3 name',
      '3 level',
      '3 email.0',
      '3 validFrom',
      '4 parentId',
    ]);
    expect(errors.find((e) => e.column === 'name')).toMatchObject({
      message: 'name is required',
      messageVi: 'Thiếu tên cơ quan.',
    });
    expect(errors.find((e) => e.column === 'validFrom')?.messageVi).toBe('Ngày không có thật trên lịch.');
  });

  it('reads inventory sheets with Excel dates, numbers, booleans and formulas', async () => {
    const xlsx = await workbook(INVENTORY_COLUMNS, [
      ['so-tu-phap', utc('2026-01-01'), 1200, true],
      ['ubnd-huyen-a', '15/03/2026', { formula: '20*2', result: 40 }, 'không'],
      ['so-tu-phap', utc('2026-02-01'), -5, 'có'],
    ]);
    const { rows, errors } = await validateInventoryFile(
      { xlsx },
      new Set(['so-tu-phap', 'ubnd-huyen-a']),
      'admin',
      undefined,
      readXlsxSheet,
    );
    expect(rows.slice(0, 2)).toEqual([
      { agencyId: 'so-tu-phap', asOf: '2026-01-01', totalValid: 1200, estimated: true, declaredBy: 'admin' },
      { agencyId: 'ubnd-huyen-a', asOf: '2026-03-15', totalValid: 40, estimated: false, declaredBy: 'admin' },
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ line: 4, column: 'totalValid', messageVi: 'totalValid phải là số nguyên ≥ 0.' }),
    ]);
  });

  it('answers a file that is no workbook, or a sheet without the columns, with one error on line 1', async () => {
    const notZip = await validateAgenciesFile(
      { xlsx: new TextEncoder().encode('id,name\n') },
      undefined,
      readXlsxSheet,
    );
    expect(notZip.errors).toEqual([
      expect.objectContaining({ line: 1, messageVi: 'Tệp không phải bảng tính Excel (.xlsx) đọc được.' }),
    ]);
    const brokenZip = await validateAgenciesFile(
      { xlsx: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]) },
      undefined,
      readXlsxSheet,
    );
    expect(brokenZip.errors[0]).toMatchObject({
      line: 1,
      messageVi: 'Tệp không phải bảng tính Excel (.xlsx) đọc được.',
    });
    const wrongColumns = await validateAgenciesFile(
      { xlsx: await workbook(['ma', 'ten'], [['a', 'b']]) },
      undefined,
      readXlsxSheet,
    );
    expect(wrongColumns.errors[0]).toMatchObject({ line: 1, messageVi: expect.stringMatching(/^Thiếu cột: id, name/) });
  });
});

describe('sohoa agencies import FILE.xlsx', () => {
  const BIN = resolve(process.cwd(), 'cli/bin.js');
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'sohoa-xlsx-'));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  async function cli(env: Record<string, string>, ...args: string[]) {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
        cwd,
        env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN', ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('imports a workbook into the local data, and refuses a bad one with English errors by row', async () => {
    const bad = join(cwd, 'co-quan-loi.xlsx');
    await writeFile(bad, await workbook(AGENCY_COLUMNS, [['ubnd-x', 'UBND xã X', 'village', '', '', '', '', '']]));
    const refused = await cli({}, 'agencies', 'import', bad, '--data-dir', join(cwd, '.sohoa'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/line 2 \(level\)/);
    expect(refused.stderr).not.toMatch(/Thiếu|không hợp lệ/);

    // Saved by Excel as "co-quan" without an extension: read by its content.
    const good = join(cwd, 'co-quan');
    await writeFile(
      good,
      await workbook(AGENCY_COLUMNS, [['so-tu-phap', 'Sở Tư pháp', 'province', '', '', utc('2021-01-01'), '', '']]),
    );
    const imported = await cli({}, 'agencies', 'import', good, '--data-dir', join(cwd, '.sohoa'), '--json');
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 1, agencies: ['so-tu-phap'] });
  });

  it('with --table, writes the first agencies into a deployed table with AWS credentials, audited', async () => {
    const table = await startTestTable('SohoaStateful-Table');
    try {
      const env = {
        AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
        AWS_REGION: 'ap-southeast-1',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
      };
      const file = join(cwd, 'co-quan-dau-tien.xlsx');
      await writeFile(
        file,
        await workbook(AGENCY_COLUMNS, [['so-tttt', 'Sở Thông tin và Truyền thông', 'province', '', '', '', '', '']]),
      );
      const imported = await cli(env, 'agencies', 'import', file, '--table', table.tableName, '--json');
      expect(imported.code, imported.stderr).toBe(0);
      expect(JSON.parse(imported.stdout)).toEqual({ imported: 1, mode: 'table', agencies: ['so-tttt'] });
      const stores = makeDynamoStores(table);
      expect(await stores.agencies.get('so-tttt')).toMatchObject({ name: 'Sở Thông tin và Truyền thông' });
      const audit = await stores.audit.list();
      expect(audit.items).toEqual([
        expect.objectContaining({
          action: 'agency.import',
          target: 'agency:so-tttt',
          actor: expect.stringMatching(/^aws-cli:/),
        }),
      ]);
    } finally {
      await table.close();
    }
  });
});
