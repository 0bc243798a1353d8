/**
 * The web app in a real browser (Debian's chromium through playwright-core) against a real `sohoa dev`
 * (child process, free ports, temporary data directory): a clerk uploads a folder and fixes a document,
 * another agency's clerk sees none of it, a viewer cannot upload; axe-core checks every page.
 * `SOHOA_SCREENSHOTS=1` also writes the main pages to docs/img/.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corruptPdfBytes } from '#demo/samples/bad-files.ts';
import { composeDocument, composeNotAResult } from '#demo/samples/compose.ts';
import { composeLandCertificateInnerPage } from '#demo/samples/inner-pages.ts';
import { renderPdf, renderScan } from '#demo/samples/render.ts';
import { signLocalToken } from '#local/tokens.ts';
import { axe } from '#test/support/axe.ts';
import { CHROMIUM, startWebStack, type WebStack } from '#test/support/web-stack.ts';

const SHOTS = process.env.SOHOA_SCREENSHOTS === '1' ? resolve(process.cwd(), 'docs/img') : null;

let stack: WebStack | undefined;
let cwd: string;
let dataDir: string;
let webUrl: string;
let apiUrl: string;
let folder: string;

const AGENCIES = [
  'id,name,level,parentId,email,validFrom,validTo,successorId',
  'so-noi-vu,Sở Nội vụ,province,,vanthu@snv.dienbien.example,,,',
  'xa-thanh-nua,UBND xã Thanh Nưa,commune,,vanthu@thanhnua.dienbien.example,,,',
  'xa-muong-pon,UBND xã Mường Pồn,commune,,vanthu@muongpon.dienbien.example,,,',
].join('\n');
const INVENTORIES = ['agencyId,asOf,totalValid,estimated', 'xa-thanh-nua,2026-01-01,40,false'].join('\n');

/** Ten files: clean results (with hostile names), an exact copy, the same paper again, a corrupt file, a
 * result without its number (→ needs_review), and a letter (→ not_a_result). */
async function writeFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const agency = {
    name: 'UBND xã Thanh Nưa',
    level: 'commune' as const,
    issuerLines: ['UBND HUYỆN ĐIỆN BIÊN', 'UBND XÃ THANH NƯA'],
  };
  const names = [
    '<img src=x onerror=alert(1)>.pdf',
    "=cmd|' calc'!A1.pdf",
    'giay-\u202Efdp.exe.pdf',
    'khai-sinh-3.pdf',
  ];
  const docs = names.map((_, i) => composeDocument({ docType: 'khai-sinh', seed: 101 + i, agency }));
  for (const [i, name] of names.entries()) await writeFile(join(dir, name), await renderPdf(docs[i]!.blocks));
  await copyFile(join(dir, names[3]!), join(dir, 'khai-sinh-3 (ban sao).pdf'));
  // The same paper as khai-sinh-3, produced again (different bytes: another title in the metadata).
  await writeFile(join(dir, 'khai-sinh-3-quet-lai.pdf'), await renderPdf(docs[3]!.blocks, { title: 'quét lại' }));
  await writeFile(join(dir, 'hong.pdf'), corruptPdfBytes());
  const noNumber = composeDocument({ docType: 'khai-sinh', seed: 777, agency });
  const blocks = noNumber.blocks.filter((b) => !/Số:/.test(JSON.stringify(b)));
  await writeFile(join(dir, 'thieu-so.pdf'), await renderPdf(blocks));
  await writeFile(join(dir, 'cong-van.pdf'), await renderPdf(composeNotAResult({ kind: 'cong-van', seed: 5 }).blocks));
  await writeFile(join(dir, 'ghi-chu.txt'), 'không phải bản quét');
}

beforeAll(async () => {
  stack = await startWebStack({
    agenciesCsv: AGENCIES,
    inventoriesCsv: INVENTORIES,
    prepare: (dir) => writeFolder(join(dir, 'ho-so-quet')),
  });
  ({ cwd, dataDir, webUrl, apiUrl } = stack);
  folder = join(cwd, 'ho-so-quet');
}, 240_000);

afterAll(async () => {
  await stack?.close();
});

interface Signed {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/**
 * A browser session signed in as this user through the OIDC provider of `sohoa dev`, as a person would: the
 * app's sign-in button, the provider's form with a demo user (admin: `quantri`, of the root agency so-noi-vu;
 * viewer: `xem.<first agency>`), the redirect back to the app.
 */
async function signedIn(agencyId: string, role: 'clerk' | 'viewer' | 'admin', width = 1366): Promise<Signed> {
  const { context, page } = await stack!.newPage(width);
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) problems.push(m.text());
  });
  const login = role === 'admin' ? 'quantri' : `${role === 'clerk' ? 'vanthu' : 'xem'}.${agencyId}`;
  await stack!.signIn(page, login, (p) => axe(p, 'sign-in'));
  return { context, page, problems };
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `web-${name}.png`), fullPage: true });
}

async function digitizedOnProgressPage(page: Page): Promise<number> {
  await page.goto(`${webUrl}tien-do`);
  const text = await page.getByTestId('progress-digitized').textContent();
  return Number((text ?? '').replace(/\./g, ''));
}

describe.skipIf(!existsSync(CHROMIUM))('the web app in chromium', () => {
  let reviewedDocId = '';

  it('a clerk uploads a folder, sees each outcome in Vietnamese, fixes a document and the count moves by one', async () => {
    const { page, context, problems } = await signedIn('xa-thanh-nua', 'clerk');
    try {
      expect(page.url()).toBe(`${webUrl}tai-len`);
      await axe(page, 'upload (empty)');
      expect(await digitizedOnProgressPage(page)).toBe(0);
      await page.getByRole('link', { name: 'Tải lên', exact: true }).click();
      await page.getByTestId('folder-input').setInputFiles(folder);
      // 9 scans + the .txt note (refused in the browser, never sent).
      await expect
        .poll(() => page.getByTestId('upload-row').count(), { timeout: 20_000 })
        .toBe(10)
        .catch(async (error) => {
          throw new Error(`${error}: ${(await page.locator('.filename').allTextContents()).join(' | ')}`);
        });
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('[data-testid="upload-status"]')).every(
            (e) => !/^Đang/.test(e.textContent ?? ''),
          ),
        null,
        { timeout: 120_000 },
      );
      const rows = await page
        .getByTestId('upload-row')
        .evaluateAll((trs) =>
          Object.fromEntries(
            trs.map((tr) => [
              (tr.querySelector('.filename')?.textContent ?? '').replace(/^ho-so-quet\//, ''),
              `${tr.querySelector('[data-testid="upload-status"]')?.textContent} | ${tr.querySelector('td:last-child')?.textContent}`,
            ]),
          ),
        );
      // Hostile names are shown as text: no markup ran, the bidi override is written out as the API writes it.
      expect(rows['<img src=x onerror=alert(1)>.pdf']).toMatch(/^Đã phân loại \| Đã phân loại: GIẤY KHAI SINH/);
      expect(rows["=cmd|' calc'!A1.pdf"]).toMatch(/^Đã phân loại/);
      expect(rows['giay-<U+202E>fdp.exe.pdf']).toMatch(/^Đã phân loại/);
      // The same bytes twice in one folder: one is sent, the other names it and is not sent.
      const pair = ['khai-sinh-3.pdf', 'khai-sinh-3 (ban sao).pdf'];
      const copies = pair.filter((n) => /^Trùng lặp \| Cùng nội dung với tệp “ho-so-quet\//.test(rows[n]!));
      expect(copies).toHaveLength(1);
      const sent = pair.find((n) => n !== copies[0])!;
      // The same paper produced again: the pipeline keeps the first and links the second to it.
      const paper = [sent, 'khai-sinh-3-quet-lai.pdf'].map((n) => rows[n]!);
      expect(paper.filter((r) => /^Trùng lặp \|.*đã được số hóa trước đó.*Mở hồ sơ gốc/.test(r))).toHaveLength(1);
      expect(paper.filter((r) => /^Đã phân loại/.test(r))).toHaveLength(1);
      expect(rows['hong.pdf']).toMatch(/^Bị từ chối \|/);
      expect(rows['thieu-so.pdf']).toMatch(
        /^Cần kiểm tra \| Cần kiểm tra lại: chưa đọc được số, ký hiệu.*điền số, ký hiệu/,
      );
      expect(rows['cong-van.pdf']).toMatch(/^Không phải kết quả TTHC \|/);
      expect(rows['ghi-chu.txt']).toMatch(/^Không gửi \| Định dạng tệp không được hỗ trợ/);
      expect(Object.values(rows).join(' ')).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      expect(await page.getByTestId('upload-summary').textContent()).toContain('Xong 10/10 tệp');
      await axe(page, 'upload (done)');
      await shot(page, 'upload');

      // A reload resumes from the browser's manifest: nothing is sent again.
      await page.reload();
      await page.getByTestId('folder-input').setInputFiles(folder);
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('[data-testid="upload-status"]')).every(
            (e) => !/^Đang/.test(e.textContent ?? ''),
          ),
        null,
        { timeout: 60_000 },
      );
      const list = await fetch(`${apiUrl}/documents?limit=100`, {
        headers: { authorization: `Bearer ${await signLocalToken({ agencyId: 'xa-thanh-nua' }, { dataDir })}` },
      });
      // 9 scans, one of them the same bytes as another: 8 documents, each sent once.
      expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(8);

      // Four clean results count; the one waiting for review does not, until it is fixed.
      const before = await digitizedOnProgressPage(page);
      expect(before).toBe(4);
      await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
      await page.getByRole('button', { name: 'Cần kiểm tra' }).click();
      await expect.poll(() => page.getByTestId('document-row').count()).toBe(1);
      await axe(page, 'documents');
      await shot(page, 'documents');
      await page.getByRole('link', { name: 'thieu-so.pdf' }).click();
      await page.getByTestId('document-status').waitFor();
      expect(await page.getByTestId('document-status').textContent()).toBe('Cần kiểm tra');
      reviewedDocId = page.url().split('/').pop()!;
      await page.locator('iframe[title^="Bản quét"]').waitFor();
      await axe(page, 'document');
      await page.getByLabel('Số, ký hiệu').fill('215');
      await page.getByLabel('Ngày cấp').fill('32/13/2024');
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await page.getByText('Ngày cấp phải có dạng dd/mm/yyyy').waitFor();
      await page.getByLabel('Ngày cấp').fill('05/03/2024');
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã duyệt và xác nhận.' }).waitFor();
      expect(await page.getByTestId('document-status').textContent()).toBe('Đã phân loại');

      expect(await digitizedOnProgressPage(page)).toBe(before + 1);
      await shot(page, 'progress');
      // The corrected number is searchable (accent-insensitive search over the newest documents).
      await page.goto(`${webUrl}ho-so`);
      await page.getByLabel(/^Tìm theo số/).fill('215');
      await expect.poll(() => page.getByTestId('document-row').count()).toBe(1);
      await page.getByLabel(/^Tìm theo số/).fill('GIAY KHAI SINH');
      await expect.poll(() => page.getByTestId('document-row').count()).toBe(6);
      await axe(page, 'documents search');
      await page.goto(`${webUrl}ton-kho`);
      // The CSV import's declaration is in the history; a new one from the page joins it.
      await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
      await page.getByLabel(/^Số liệu tính đến ngày/).fill('01/06/2026');
      await page.getByLabel('Tổng số kết quả còn hiệu lực').fill('1.200');
      await page.getByRole('button', { name: 'Khai báo' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã khai báo 1.200 kết quả tính đến 01/06/2026.' }).waitFor();
      await page.reload();
      await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
      expect(await page.locator('tbody tr').first().textContent()).toContain('01/06/20261.200');
      await axe(page, 'inventory');
      await shot(page, 'inventory');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('a clerk’s override of the pipeline waits, with its reason, for an admin, who confirms it; the count moves', async () => {
    // A photographed letter (JPEG): the pipeline says not a result; the clerk insists it is a birth certificate.
    const letter = join(cwd, 'cong-van-chup.jpg');
    await writeFile(
      letter,
      await renderScan(composeNotAResult({ kind: 'cong-van', seed: 9 }).blocks, 'jpeg', { dpi: 200, seed: 3 }),
    );
    const token = await signLocalToken({ agencyId: 'xa-thanh-nua' }, { dataDir });
    const digitized = async () =>
      (
        (await (await fetch(`${apiUrl}/progress`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
          digitized: number;
        }
      ).digitized;
    const clerk = await signedIn('xa-thanh-nua', 'clerk');
    let docId = '';
    const before = await digitized();
    try {
      const { page } = clerk;
      // The header names the agency, not its id, and says the person, the role and the agency once each.
      expect(await page.getByTestId('who-agency').textContent()).toContain('UBND xã Thanh Nưa');
      const who = (await page.locator('header .who').textContent()) ?? '';
      expect(who.split('UBND xã Thanh Nưa')).toHaveLength(2);
      expect(who.split('Cán bộ cập nhật')).toHaveLength(2);
      await page.getByTestId('file-input').setInputFiles(letter);
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('[data-testid="upload-status"]')).some((e) =>
            /^Không phải kết quả/.test(e.textContent ?? ''),
          ),
        null,
        { timeout: 120_000 },
      );
      await page.goto(`${webUrl}ho-so`);
      await page.getByRole('link', { name: 'cong-van-chup.jpg' }).click();
      await page.getByTestId('document-status').waitFor();
      docId = page.url().split('/').pop()!;
      // The scan itself, as an image beside the fields.
      const scan = page.locator('.scan img[alt^="Bản quét"]');
      await scan.waitFor();
      await page.waitForFunction(() => {
        const img = document.querySelector('.scan img') as HTMLImageElement | null;
        return !!img && img.complete && img.naturalWidth > 0;
      });
      // Already judged not a result: the page says so instead of offering to mark it again.
      expect(await page.getByTestId('already-not-a-result').textContent()).toContain('không phải kết quả TTHC');
      expect(await page.getByRole('button', { name: 'Đánh dấu không phải kết quả' }).count()).toBe(0);
      // A paper of no known type has no known term: its expiry is unknown (—), not "without a term".
      expect(await page.locator('dt:text-is("Hết hiệu lực") + dd').textContent()).toBe('—');
      await page.getByLabel('Loại giấy tờ').selectOption('khai-sinh');
      await page.getByLabel('Số, ký hiệu').fill('88/2026');
      await page.getByLabel('Ngày cấp').fill('12/01/2026');
      await page.getByLabel('Cơ quan cấp', { exact: true }).fill('UBND XÃ THANH NƯA');
      await page.getByLabel('Cấp cơ quan cấp').selectOption('commune');
      await page.getByRole('button', { name: 'Gửi đề nghị xác nhận' }).click();
      await page.getByText('Ghi lý do đề nghị').waitFor();
      await page
        .getByLabel('Lý do đề nghị (bắt buộc)')
        .fill('Bản gốc là giấy khai sinh; ảnh chụp bị lóa phần tiêu đề.');
      await axe(page, 'document (override)');
      await shot(page, 'document');
      await page.getByRole('button', { name: 'Gửi đề nghị xác nhận' }).click();
      await page.getByTestId('override-reason').waitFor();
      expect(await page.getByTestId('document-status').textContent()).toBe('Chờ quản trị viên xác nhận');
      expect(await digitized()).toBe(before);
      expect(clerk.problems).toEqual([]);
    } finally {
      await clerk.context.close();
    }

    const admin = await signedIn('so-noi-vu', 'admin');
    try {
      const { page } = admin;
      await page.getByRole('button', { name: 'Quản trị', exact: true }).click();
      await page.getByRole('link', { name: 'Chờ xác nhận' }).click();
      const queue = page.getByTestId('override-queue');
      await queue.waitFor();
      expect(await queue.textContent()).toContain('Bản gốc là giấy khai sinh; ảnh chụp bị lóa phần tiêu đề.');
      expect(await queue.textContent()).toContain('UBND xã Thanh Nưa');
      await axe(page, 'overrides');
      await shot(page, 'overrides');
      await page.getByRole('button', { name: 'Xác nhận đề nghị' }).click();
      await page.getByText('Không có đề nghị nào đang chờ xác nhận.').waitFor();
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.context.close();
    }
    expect(await digitized()).toBe(before + 1);
    const doc = await (
      await fetch(`${apiUrl}/documents/${docId}`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(doc).toMatchObject({ status: 'classified', docNumber: '88/2026', override: { state: 'confirmed' } });
  }, 240_000);

  it('a clerk of another agency sees none of it', async () => {
    const { page, context, problems } = await signedIn('xa-muong-pon', 'clerk');
    try {
      await page.goto(`${webUrl}ho-so`);
      await page.getByText('Chưa có hồ sơ nào.').waitFor();
      await page.goto(`${webUrl}ho-so/${reviewedDocId}`);
      await page.getByText('Không tìm thấy hồ sơ.').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a viewer reads the province dashboard with the report’s numbers and cannot upload', async () => {
    const { page, context, problems } = await signedIn('so-noi-vu', 'viewer');
    try {
      expect(page.url()).toBe(`${webUrl}tong-quan`);
      await page.getByTestId('province-digitized').waitFor();
      const row = page.getByTestId('report-row').filter({ hasText: 'UBND xã Thanh Nưa' });
      const clerkToken = await signLocalToken({ agencyId: 'xa-thanh-nua' }, { dataDir });
      const progress = await (
        await fetch(`${apiUrl}/progress`, { headers: { authorization: `Bearer ${clerkToken}` } })
      ).json();
      expect(await row.getByTestId('report-digitized').textContent()).toBe(String(progress.digitized));
      await page.getByRole('rowheader', { name: '2021', exact: true }).waitFor();
      // The trend judges each level against its own target, this year's row as the level table does.
      const levelCells = page.getByTestId('report-row').filter({ hasText: 'Cấp xã' }).locator('td');
      const trendCells = page.getByTestId('trend-row').filter({ hasText: 'Cấp xã' }).last().locator('td');
      const texts = async (cells: typeof levelCells, from: number) =>
        (await cells.allTextContents()).slice(from).map((t) => t.trim());
      expect(await texts(trendCells, 1)).toEqual(await texts(levelCells, 2));
      expect((await texts(trendCells, 1)).at(-1)).toMatch(/^Chưa đạt|^Đạt/);
      // The confirmed override is counted and also said apart.
      expect(await page.getByTestId('overrides-line').textContent()).toMatch(
        /1 kết quả được tính do cán bộ điều chỉnh/,
      );
      await axe(page, 'dashboard');
      await shot(page, 'dashboard');
      // The e-mailed report's workbook.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải báo cáo (XLSX)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^bao-cao-so-hoa-\d{4}-nam-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const bytes = await readFile((await download.path())!);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(await page.getByRole('link', { name: 'Tải lên' }).count()).toBe(0);
      await page.goto(`${webUrl}tai-len`);
      await page.getByText('Không có quyền truy cập').waitFor();
      const refused = await page.evaluate(async (api) => {
        const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!;
        const { access_token } = JSON.parse(sessionStorage.getItem(key)!);
        const r = await fetch(`${api}/uploads`, {
          method: 'POST',
          headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ fileName: 'a.pdf', contentType: 'application/pdf', size: 3, sha256: 'a'.repeat(64) }),
        });
        return r.status;
      }, apiUrl);
      expect(refused).toBe(403);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an admin creates an agency and a user (when the administration API answers)', async (ctx) => {
    const { page, context, problems } = await signedIn('so-noi-vu', 'admin');
    try {
      for (const path of ['quan-tri/co-quan', 'quan-tri/nguoi-dung', 'quan-tri/danh-muc', 'quan-tri/nhat-ky']) {
        await page.goto(`${webUrl}${path}`);
        await page.locator('h1').waitFor();
        await page.waitForLoadState('networkidle');
        await axe(page, path);
      }
      const adminToken = await signLocalToken({ agencyId: 'so-noi-vu', role: 'admin' }, { dataDir });
      const probe = await fetch(`${apiUrl}/agencies`, { headers: { authorization: `Bearer ${adminToken}` } });
      if (probe.status === 404) {
        // The administration API (issue 10) is not in this build yet; the pages above say so in Vietnamese.
        ctx.skip();
        return;
      }
      await page.goto(`${webUrl}quan-tri/co-quan`);
      await page.getByLabel('Mã').fill('xa-na-tau');
      await page.getByLabel('Tên', { exact: true }).fill('UBND xã Nà Tấu');
      await page.getByLabel('Cấp').selectOption('commune');
      await page.getByRole('button', { name: 'Thêm' }).click();
      await page.getByTestId('agency-row').filter({ hasText: 'UBND xã Nà Tấu' }).waitFor();
      await page.goto(`${webUrl}quan-tri/nguoi-dung`);
      await page.getByLabel('E-mail').fill('vanthu@natau.dienbien.example');
      await page.getByLabel('Cơ quan').selectOption('xa-na-tau');
      await page.getByLabel('Vai trò').first().selectOption('clerk');
      await page.getByRole('button', { name: 'Thêm' }).click();
      await page.getByTestId('user-row').filter({ hasText: 'vanthu@natau.dienbien.example' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an admin imports agencies from an Excel sheet and sees a bad inventory file’s rows in Vietnamese', async () => {
    const { page, context, problems } = await signedIn('so-noi-vu', 'admin');
    try {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Cơ quan');
      sheet.addRow(['id', 'name', 'level', 'parentId', 'email', 'validFrom', 'validTo', 'successorId']);
      sheet.addRow([
        'xa-muong-phang',
        'UBND xã Mường Phăng',
        'commune',
        '',
        '',
        new Date('2025-07-01T00:00:00Z'),
        '',
        '',
      ]);
      const xlsx = join(cwd, 'co-quan.xlsx');
      await writeFile(xlsx, new Uint8Array(await book.xlsx.writeBuffer()));
      const badCsv = join(cwd, 'ton-kho-loi.csv');
      await writeFile(badCsv, 'agencyId;asOf;totalValid;estimated\nxa-khong-co;01/01/2026;10;\n');

      await page.goto(`${webUrl}quan-tri/co-quan`);
      await page.getByLabel('Nội dung').selectOption('inventory');
      await page.getByLabel('Tệp (.xlsx hoặc .csv)').setInputFiles(badCsv);
      await page.getByRole('button', { name: 'Nhập tệp' }).click();
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      expect(await errors.textContent()).toContain('Dòng 2 (cột agencyId): Không có cơ quan mã xa-khong-co');

      await page.getByLabel('Nội dung').selectOption('agencies');
      await page.getByLabel('Tệp (.xlsx hoặc .csv)').setInputFiles(xlsx);
      await page.getByRole('button', { name: 'Nhập tệp' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã nhập 1 cơ quan, đơn vị.' }).waitFor();
      await page.getByTestId('agency-row').filter({ hasText: 'UBND xã Mường Phăng' }).waitFor();
      await axe(page, 'quan-tri/co-quan (import)');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an admin sees the province by status, adds a document type to the catalogue and confirms it', async () => {
    const { page, context, problems } = await signedIn('so-noi-vu', 'admin');
    try {
      await page.goto(`${webUrl}quan-tri/tinh-trang`);
      await page.getByTestId('overview-row').first().waitFor();
      await page.waitForLoadState('networkidle');
      await axe(page, 'quan-tri/tinh-trang');
      expect(await page.getByRole('heading', { name: 'Hồ sơ bị kẹt (cũ nhất trước)' }).count()).toBe(1);

      await page.goto(`${webUrl}quan-tri/danh-muc`);
      await page.getByTestId('catalogue-row').first().waitFor();
      await page.getByLabel('Mã').fill('gcn-ve-sinh-thu-y');
      await page.getByLabel('Tên loại').fill('Giấy chứng nhận điều kiện vệ sinh thú y');
      await page.getByLabel('Tiêu đề in trên giấy tờ').fill('GIẤY CHỨNG NHẬN ĐIỀU KIỆN VỆ SINH THÚ Y');
      await page.getByLabel('Cấp tỉnh').check();
      await page.getByLabel('Cấp xã').uncheck();
      await page.getByLabel('Hiệu lực').selectOption('fixed-term');
      await page.getByLabel('Số tháng').fill('36');
      await page.getByLabel('Căn cứ pháp lý').fill('Luật Thú y 2015; Thông tư 09/2016/TT-BNNPTNT');
      await page.getByRole('button', { name: 'Thêm', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Đã thêm loại gcn-ve-sinh-thu-y' }).waitFor();
      const row = page.getByTestId('catalogue-row').filter({ hasText: 'gcn-ve-sinh-thu-y' });
      await expect.poll(() => row.textContent()).toContain('chưa đối chiếu');
      await row.getByRole('button', { name: 'Sửa' }).click();
      await page.getByLabel('Đã đối chiếu với văn bản gốc').check();
      await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã lưu thay đổi' }).waitFor();
      await expect.poll(() => row.textContent()).not.toContain('chưa đối chiếu');
      await axe(page, 'quan-tri/danh-muc');
      const adminToken = await signLocalToken({ agencyId: 'so-noi-vu', role: 'admin' }, { dataDir });
      const catalogue = await (
        await fetch(`${apiUrl}/catalogue`, { headers: { authorization: `Bearer ${adminToken}` } })
      ).json();
      expect(catalogue.items.find((t: { id: string }) => t.id === 'gcn-ve-sinh-thu-y')).toMatchObject({
        origin: 'added',
        confirmed: true,
        validity: { kind: 'fixed-term', months: 36 },
        levels: { before: ['province'], after: ['province'] },
      });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a phone’s width', async () => {
    const { page, context } = await signedIn('xa-thanh-nua', 'clerk', 390);
    try {
      await page.goto(`${webUrl}ho-so`);
      await page.getByTestId('document-row').first().waitFor();
      const wide = await page.evaluate(() =>
        Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.table-wrap'))
          .map((e) => `${e.tagName}.${e.className}`),
      );
      expect(wide).toEqual([]);
      await shot(page, 'documents-phone');
      // Keyboard: the first Tab shows the skip link, the next one reaches the menu's button with a visible ring
      // (the menu itself: nav.browser.test.ts).
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        return { text: e.textContent, left: e.getBoundingClientRect().left };
      });
      expect(skip).toMatchObject({ text: 'Bỏ qua đến nội dung chính' });
      expect(skip.left).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const style = getComputedStyle(e);
        return { text: e.textContent?.trim(), outline: style.outlineStyle, width: style.outlineWidth };
      });
      expect(ring).toEqual({ text: 'Chức năng', outline: 'solid', width: '3px' });
    } finally {
      await context.close();
    }
  });
  it('a clerk sends two page images as one document with the box ticked and sees both pages', async () => {
    const pages = join(cwd, 'trang-anh');
    await mkdir(pages, { recursive: true });
    const title = composeDocument({ docType: 'gcn-qsdd-ca-nhan', seed: 31 });
    await writeFile(join(pages, 'mat-truoc.jpg'), await renderScan(title.blocks, 'jpeg', { seed: 31 }));
    const inner = composeLandCertificateInnerPage(31).blocks;
    await writeFile(join(pages, 'mat-sau.jpg'), await renderScan(inner, 'jpeg', { seed: 32 }));
    const { page, context, problems } = await signedIn('so-noi-vu', 'clerk');
    try {
      await page.getByTestId('as-one-document').check();
      // Name order: "mat-sau" before "mat-truoc"; the title page decides whatever the order.
      await page.getByTestId('file-input').setInputFiles([join(pages, 'mat-truoc.jpg'), join(pages, 'mat-sau.jpg')]);
      await expect.poll(() => page.getByTestId('upload-row').count(), { timeout: 20_000 }).toBe(1);
      expect(await page.getByTestId('upload-pages').textContent()).toContain('(2 trang)');
      await page.waitForFunction(
        () => !/^Đang/.test(document.querySelector('[data-testid="upload-status"]')?.textContent ?? 'Đang'),
        null,
        { timeout: 120_000 },
      );
      expect(await page.getByTestId('upload-status').textContent()).toBe('Đã phân loại');
      await page.getByRole('link', { name: 'Mở hồ sơ', exact: true }).click();
      await page.getByTestId('scan-pages').waitFor();
      expect(await page.getByTestId('scan-pages').locator('img').count()).toBe(2);
      await axe(page, 'document of two pages');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('shows the name as sent (markup, a formula and a bidi override) as inert text on the document page', async () => {
    const sent = "<script>alert(1)=cmd|' calc'!A1\u202Efdp.exe.pdf";
    const scan = composeDocument({ docType: 'khai-sinh', seed: 303 });
    const { page, context, problems } = await signedIn('so-noi-vu', 'clerk');
    try {
      await page.getByTestId('file-input').setInputFiles({
        name: sent,
        mimeType: 'application/pdf',
        buffer: Buffer.from(await renderPdf(scan.blocks)),
      });
      await page.waitForFunction(
        () => !/^Đang/.test(document.querySelector('[data-testid="upload-status"]')?.textContent ?? 'Đang'),
        null,
        { timeout: 120_000 },
      );
      await page.getByRole('link', { name: 'Mở hồ sơ', exact: true }).click();
      const original = page.getByTestId('original-file-name');
      await original.waitFor();
      // The API keeps the stripped name for keys and writes the override out; the page shows it verbatim.
      expect(await original.textContent()).toBe("<script>alert(1)=cmd|' calc'!A1<U+202E>fdp.exe.pdf");
      expect(await page.locator('h1.filename').textContent()).toBe("<script>alert(1)=cmd|' calc'!A1fdp.exe.pdf");
      expect(await original.evaluate((e) => e.children.length)).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('main script, main img:not([alt])').length)).toBe(0);
      await axe(page, 'document with an original file name');
      await page.getByRole('link', { name: '← Danh sách hồ sơ' }).click();
      const link = page.getByTestId('document-row').getByRole('link', { name: /^<script>/ });
      expect(await link.getAttribute('title')).toBe("Tên tệp gốc: <script>alert(1)=cmd|' calc'!A1<U+202E>fdp.exe.pdf");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
