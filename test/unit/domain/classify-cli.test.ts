/** `sohoa classify`: the real binary (node cli/bin.js) for stdin JSON and a missing file; human output in-process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { register } from '#cli/commands/classify.ts';

const bin = join(process.cwd(), 'cli', 'bin.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, 'classify', ...args], { input, encoding: 'utf8', timeout: 55_000 });

const PERMIT = [
  'UBND HUYEN TUAN GIAO',
  'So: 27/GPXD',
  'GIAY PHEP XAY DUNG',
  'Su dung cho nha o rieng le',
  'Cap cho: Ong Lo Van Pom',
  'Tuan Giao, ngay 18 thang 5 nam 2022',
].join('\n');

describe('sohoa classify (real binary)', () => {
  it('classifies Textract-style text from stdin and prints the JSON contract', () => {
    const r = run(['--text', '-', '--json'], PERMIT);
    expect(r.status, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(Object.keys(c)).toEqual(
      expect.arrayContaining(['kind', 'docType', 'title', 'docNumber', 'issuer', 'level', 'place', 'issueDate']),
    );
    expect(c).toMatchObject({
      kind: 'result',
      docType: 'giay-phep-xay-dung-nha-o',
      title: 'GIẤY PHÉP XÂY DỰNG',
      docNumber: '27/GPXD',
      issuer: 'UBND HUYỆN TUẦN GIÁO',
      level: 'district',
      place: 'Tuần Giáo',
      issueDate: '2022-05-18',
      expiryDate: null,
      engine: null,
      pages: 1,
      needsReview: false,
      reviewReasons: [],
    });
  });

  it('says in the JSON why a page goes to review', () => {
    const r = run(['--text', '-', '--json'], PERMIT.replace('So: 27/GPXD\n', ''));
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ needsReview: true, reviewReasons: ['missing_doc_number'] });
  });

  it('prints a human summary from a file and exits 0 for a page that is not a result (in-process)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-classify-'));
    const file = join(dir, 'menu.txt');
    writeFileSync(file, 'THỰC ĐƠN\nCá nướng .......... 150.000đ\n');
    const program = new Command('sohoa').exitOverride();
    register(program);
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      await program.parseAsync(['node', 'sohoa', 'classify', '--text', file]);
    } finally {
      write.mockRestore();
    }
    expect(out).toMatch(/^kind\s+not_a_result$/m);
    expect(out).toMatch(/^type\s+—$/m);
    expect(out).toMatch(/^confidence\s+0\.\d\d/m);
  });

  it('fails with one line and a Vietnamese JSON message for a missing file', () => {
    const r = run(['--text', '/no/such/file.txt', '--json']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual(['sohoa: error: file not found: /no/such/file.txt']);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: 'file_not_found', message: 'Không tìm thấy tệp.' });
  });
});
