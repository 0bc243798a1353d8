/** The real `sohoa extract` binary on generated files and on bad input (spawned, as a user runs it). */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEncryptedPdf } from '#demo/samples/bad-files.ts';
import { composeDocument, composeNotAResult } from '#demo/samples/compose.ts';
import { line } from '#demo/samples/layout.ts';
import { renderPdf, renderScan } from '#demo/samples/render.ts';

const bin = fileURLToPath(new URL('../../../cli/bin.js', import.meta.url));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, SOHOA_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
const licence = composeDocument({
  docType: 'giay-phep-ban-le-ruou',
  level: 'district',
  seed: 21,
  referenceDate: '2026-01-01',
});
const birth = composeDocument({ docType: 'khai-sinh', seed: 8 });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sohoa-extract-'));
  const pdf = await renderPdf(licence.blocks);
  await writeFile(join(dir, 'giay phep.pdf'), pdf);
  await writeFile(join(dir, 'khai-sinh.png'), await renderScan(birth.blocks, 'png', { seed: 2, dpi: 200 }));
  await writeFile(
    join(dir, 'trang-2.png'),
    await renderScan([line('Mặt sau: ghi chú của cơ quan đăng ký hộ tịch', 'left')], 'png', { seed: 3, dpi: 120 }),
  );
  await writeFile(join(dir, 'menu.pdf'), await renderPdf(composeNotAResult({ kind: 'thuc-don', seed: 1 }).blocks));
  await writeFile(join(dir, 'locked.pdf'), writeEncryptedPdf());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sohoa extract', () => {
  it('prints the Classification JSON of a born-digital PDF (pdf-text chosen automatically)', async () => {
    const { code, stdout, stderr } = await run([
      'extract',
      join(dir, 'giay phep.pdf'),
      '--json',
      '--reference-date',
      '2026-01-01',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      kind: 'result',
      docType: 'giay-phep-ban-le-ruou',
      docNumber: licence.truth.docNumber,
      issueDate: licence.truth.issueDate,
      expiryDate: licence.truth.expiryDate,
      level: 'district',
      engine: 'pdf-text',
      pages: 1,
    });
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'kind',
        'docType',
        'title',
        'docNumber',
        'issuer',
        'level',
        'place',
        'issueDate',
        'expiryDate',
        'holder',
        'confidence',
        'engine',
        'pages',
        'warnings',
      ]),
    );
  }, 60_000);

  it('OCRs a PNG scan with tesseract', async () => {
    const { code, stdout } = await run(['extract', join(dir, 'khai-sinh.png'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      kind: 'result',
      docType: 'khai-sinh',
      docNumber: birth.truth.docNumber,
      issueDate: birth.truth.issueDate,
      level: 'commune',
      engine: 'tesseract',
      pages: 1,
    });
  }, 120_000);

  it('reads the files after the first as further page images of one document', async () => {
    const { code, stdout } = await run(['extract', join(dir, 'khai-sinh.png'), join(dir, 'trang-2.png'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      kind: 'result',
      docType: 'khai-sinh',
      docNumber: birth.truth.docNumber,
      engine: 'tesseract',
      pages: 2,
    });
    const mixed = await run(['extract', join(dir, 'khai-sinh.png'), join(dir, 'giay phep.pdf'), '--json']);
    expect(mixed.code).not.toBe(0);
    expect(`${mixed.stdout}${mixed.stderr}`).toMatch(/pdf_among_pages|further pages must be images/);
  }, 120_000);

  it('exits 0 for a readable page that is not a result', async () => {
    const { code, stdout } = await run(['extract', join(dir, 'menu.pdf'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'not_a_result', docType: null });
  }, 60_000);

  // The other unreadable cases (empty, truncated, unsupported) share this path and are covered in-process
  // by bad-input.test.ts: each spawn costs a CLI start-up.
  it.each([
    ['missing.pdf', 'file_not_found', 'Không tìm thấy tệp.'],
    ['locked.pdf', 'encrypted_pdf', 'Tệp PDF được bảo vệ bằng mật khẩu; hãy tải lên bản không đặt mật khẩu.'],
  ])(
    '%s → %s: JSON error, one English line on stderr, exit 2, no stack trace',
    async (name, error, message) => {
      const { code, stdout, stderr } = await run(['extract', join(dir, name), '--json']);
      expect(code).toBe(2);
      expect(JSON.parse(stdout)).toMatchObject({ error, message });
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^sohoa: error: /);
      expect(stderr).not.toMatch(/\s+at\s/);
    },
    60_000,
  );

  it('prints a human summary without --json', async () => {
    const { code, stdout } = await run(['extract', join(dir, 'giay phep.pdf')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^type\s+giay-phep-ban-le-ruou \(Giấy phép bán lẻ/m);
    expect(stdout).toMatch(/^engine\s+pdf-text$/m);
  }, 60_000);
});
