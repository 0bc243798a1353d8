/**
 * The header's navigation in chromium against a real `sohoa dev`, for each role (a clerk, an agency's leader,
 * the province's leader, an admin): one row on a laptop (1366×768, 1280×720, 1024×768) with the administration
 * pages under "Quản trị", and one "Chức năng" button on a 390×844 phone; both operable by keyboard, axe-clean,
 * the page shown marked with aria-current. `SOHOA_SCREENSHOTS=1` also writes the two menus to docs/img/.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLocalToken } from '#local/tokens.ts';
import { axe } from '#test/support/axe.ts';
import { CHROMIUM, startWebStack, type WebStack } from '#test/support/web-stack.ts';

const SHOTS = process.env.SOHOA_SCREENSHOTS === '1' ? resolve(process.cwd(), 'docs/img') : null;

const AGENCY_LEADER = 'lanhdao@thanhnua.dienbien.example';
const ROLES = {
  clerk: { login: 'vanthu.xa-thanh-nua', entries: ['Tải lên', 'Hồ sơ', 'Tồn kho', 'Tiến độ'] },
  'agency leader': { login: AGENCY_LEADER, entries: ['Hồ sơ', 'Tiến độ', 'Toàn tỉnh'] },
  'provincial leader': { login: 'xem.so-noi-vu', entries: ['Hồ sơ', 'Tiến độ', 'Toàn tỉnh'] },
  admin: { login: 'quantri', entries: ['Tải lên', 'Hồ sơ', 'Tồn kho', 'Tiến độ', 'Toàn tỉnh', 'Quản trị'] },
} as const;
const ADMIN_PAGES: [string, string][] = [
  ['Tình trạng', 'quan-tri/tinh-trang'],
  ['Chờ xác nhận', 'quan-tri/xac-nhan'],
  ['Cơ quan', 'quan-tri/co-quan'],
  ['Người dùng', 'quan-tri/nguoi-dung'],
  ['Danh mục', 'quan-tri/danh-muc'],
  ['Nhật ký', 'quan-tri/nhat-ky'],
];
const LAPTOPS = [
  [1366, 768],
  [1280, 720],
  [1024, 768],
] as const;

let stack: WebStack | undefined;
let webUrl: string;

beforeAll(async () => {
  stack = await startWebStack({
    agenciesCsv: [
      'id,name,level,parentId,email,validFrom,validTo,successorId',
      'so-noi-vu,Sở Nội vụ,province,,,,,',
      'xa-thanh-nua,UBND xã Thanh Nưa,commune,so-noi-vu,,,,',
    ].join('\n'),
  });
  webUrl = stack.webUrl;
  // The demo provider has a viewer of the first agency only; an agency's leader is a user an admin adds.
  const admin = await signLocalToken({ agencyId: 'so-noi-vu', role: 'admin' }, { dataDir: stack.dataDir });
  const added = await fetch(`${stack.apiUrl}/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email: AGENCY_LEADER, agencyId: 'xa-thanh-nua', role: 'viewer' }),
  });
  expect(added.status).toBe(201);
}, 240_000);

afterAll(async () => {
  await stack?.close();
});

interface Signed {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function signedIn(login: string, width: number, height: number): Promise<Signed> {
  const { context, page } = await stack!.newPage(width, height);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await stack!.signIn(page, login);
  return { context, page, problems };
}

/** The header as laid out: its height, the first-level entries shown with their top offsets, what overflows. */
function headerLayout(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header.top')!;
    const box = (e: Element) => e.getBoundingClientRect();
    const shown = (e: Element) => box(e).width > 0 && box(e).height > 0;
    const entries = Array.from(header.querySelectorAll('nav > ul > li > a, nav > ul > li > button'))
      .filter(shown)
      .map((e) => ({ name: (e.textContent ?? '').trim(), top: Math.round(box(e).top) }));
    const middle = (e: Element | null) => (e ? Math.round(box(e).top + box(e).height / 2) : null);
    const name = header.querySelector('.who-name');
    return {
      height: box(header).height,
      entries,
      middles: [
        middle(header.querySelector('.brand')),
        middle(header.querySelector('nav')),
        middle(header.querySelector('.who')),
      ],
      overflow: Array.from(header.querySelectorAll('*'))
        .filter((e) => shown(e) && box(e).right > window.innerWidth + 0.5)
        .map((e) => `${e.tagName}.${e.className}`),
      pageWider: document.documentElement.scrollWidth > window.innerWidth,
      nameCut: name ? name.scrollWidth > name.clientWidth : null,
      current: Array.from(header.querySelectorAll('[aria-current="page"]')).map((e) => e.textContent),
    };
  });
}

const active = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return { text: (e?.textContent ?? '').trim(), tag: e?.tagName ?? '' };
  });

const adminButton = (page: Page) => page.getByRole('button', { name: 'Quản trị', exact: true });

/** Tab (never a click or focus()) until the element named `name` has the focus. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await active(page)).text === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${name}”`);
}

describe.skipIf(!existsSync(CHROMIUM))('the header’s navigation in chromium', () => {
  for (const [role, { login, entries }] of Object.entries(ROLES)) {
    it(`is one row for a${role === 'admin' ? 'n' : ''} ${role} at 1366×768, 1280×720 and 1024×768`, async () => {
      const { context, page, problems } = await signedIn(login, 1366, 768);
      try {
        await page.goto(`${webUrl}tien-do`);
        await page.locator('h1').waitFor();
        for (const [width, height] of LAPTOPS) {
          await page.setViewportSize({ width, height });
          const layout = await headerLayout(page);
          const at = `${role} at ${width}×${height}`;
          expect(
            layout.entries.map((e) => e.name),
            at,
          ).toEqual(entries);
          // One row: every entry at one top offset, the brand, the menu and the person on one line.
          expect(new Set(layout.entries.map((e) => e.top)).size, at).toBe(1);
          expect(layout.height, at).toBeLessThanOrEqual(64);
          const middles = layout.middles.filter((m): m is number => m !== null);
          expect(Math.max(...middles) - Math.min(...middles), at).toBeLessThanOrEqual(4);
          expect(layout.overflow, at).toEqual([]);
          expect(layout.pageWider, at).toBe(false);
          expect(layout.nameCut, at).toBe(false);
          expect(layout.current, at).toEqual(['Tiến độ']);
          expect(await page.getByRole('button', { name: 'Chức năng' }).isVisible(), at).toBe(false);
        }
        await page.setViewportSize({ width: 1366, height: 768 });
        await axe(page, `${role}: progress`);
        if (role === 'admin') {
          await adminButton(page).click();
          expect(await page.getByRole('link', { name: 'Nhật ký' }).isVisible()).toBe(true);
          await axe(page, 'admin: “Quản trị” open');
        } else {
          expect(await page.getByRole('button', { name: 'Quản trị' }).count()).toBe(0);
          expect(await page.locator('a[href*="/quan-tri/"]').count()).toBe(0);
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);
  }

  it('lets an admin reach every administration page through “Quản trị” by keyboard, marking the page shown', async () => {
    const { context, page, problems } = await signedIn('quantri', 1366, 768);
    try {
      // Closed, its pages are neither shown nor in the Tab order.
      expect(await adminButton(page).getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('link', { name: 'Cơ quan' }).count()).toBe(0);
      for (const [index, [label, path]] of ADMIN_PAGES.entries()) {
        await tabTo(page, 'Quản trị');
        await page.keyboard.press('Enter');
        expect(await adminButton(page).getAttribute('aria-expanded'), label).toBe('true');
        // Tab from the button goes down the list, in order.
        for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
        expect(await active(page), label).toEqual({ text: label, tag: 'A' });
        await page.keyboard.press('Enter');
        await page.waitForURL(`${webUrl}${path}`);
        await page.locator('h1').waitFor();
        // Chosen: the list closes, the link is the current page, the button says its group holds it.
        expect(await adminButton(page).getAttribute('aria-expanded'), label).toBe('false');
        expect(await active(page), label).toEqual({ text: 'Quản trị', tag: 'BUTTON' });
        const current = page.locator('header [aria-current="page"]');
        expect(await current.count(), label).toBe(1);
        expect(await current.textContent(), label).toBe(label);
        expect(await current.getAttribute('href'), label).toBe(`/app/${path}`);
        expect(await page.locator('header .nav-group.has-current').count(), label).toBe(1);
      }
      await page.waitForLoadState('networkidle');
      await adminButton(page).click();
      await axe(page, 'admin audit page with “Quản trị” open');
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'web-nav-admin.png') });
      // A first-level page: the group is no longer marked.
      await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
      await page.waitForURL(`${webUrl}ho-so`);
      expect(await page.locator('header .nav-group.has-current').count()).toBe(0);
      expect(await page.locator('header [aria-current="page"]').textContent()).toBe('Hồ sơ');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('moves through “Quản trị” with the arrows, Home and End; Escape, a click outside and Tab out close it', async () => {
    const { context, page, problems } = await signedIn('quantri', 1280, 720);
    try {
      await page.goto(`${webUrl}tien-do`);
      await tabTo(page, 'Quản trị');
      const expanded = () => adminButton(page).getAttribute('aria-expanded');
      const focused = async () => (await active(page)).text;
      await page.keyboard.press('ArrowDown');
      expect(await expanded()).toBe('true');
      expect(await focused()).toBe('Tình trạng');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('Chờ xác nhận');
      await page.keyboard.press('End');
      expect(await focused()).toBe('Nhật ký');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('Tình trạng');
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe('Nhật ký');
      await page.keyboard.press('Home');
      expect(await focused()).toBe('Tình trạng');
      // Escape: closed, the focus back on the button (not lost on a hidden link).
      await page.keyboard.press('Escape');
      expect(await expanded()).toBe('false');
      expect(await active(page)).toEqual({ text: 'Quản trị', tag: 'BUTTON' });
      expect(await page.getByRole('link', { name: 'Tình trạng' }).isVisible()).toBe(false);
      // ArrowUp opens on the last page; Escape from the button itself closes too.
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe('Nhật ký');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('Quản trị');
      expect(await expanded()).toBe('true');
      await page.keyboard.press('Escape');
      expect(await expanded()).toBe('false');
      // Space opens (a real button); a click elsewhere closes.
      await page.keyboard.press('Space');
      expect(await expanded()).toBe('true');
      await page.locator('main h1').click();
      expect(await expanded()).toBe('false');
      // Tab past the last page: the focus leaves the list, which closes behind it.
      await tabTo(page, 'Quản trị');
      await page.keyboard.press('Enter');
      for (let i = 0; i < ADMIN_PAGES.length; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('Nhật ký');
      await page.keyboard.press('Tab');
      expect(await expanded()).toBe('false');
      expect(await page.evaluate(() => !!document.activeElement?.closest('.nav-group'))).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  for (const role of ['clerk', 'admin'] as const) {
    it(`on a 390×844 phone, folds a${role === 'admin' ? 'n' : ''} ${role}’s menu under one “Chức năng” button that opens and navigates`, async () => {
      const { context, page, problems } = await signedIn(ROLES[role].login, 390, 844);
      try {
        await page.goto(`${webUrl}tien-do`);
        await page.locator('h1').waitFor();
        const toggle = page.getByRole('button', { name: 'Chức năng' });
        // Closed: the brand and the button on one row; no entry shown, nothing wider than the phone.
        let layout = await headerLayout(page);
        expect(layout.height).toBeLessThanOrEqual(64);
        expect(layout.entries).toEqual([]);
        expect(layout.pageWider).toBe(false);
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        await axe(page, `${role}: phone, menu closed`);
        // Keyboard: the skip link, then the button, with a visible ring; Enter opens it.
        await page.keyboard.press('Tab');
        expect((await active(page)).text).toBe('Bỏ qua đến nội dung chính');
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          const style = getComputedStyle(e);
          return { text: (e.textContent ?? '').trim(), outline: style.outlineStyle, width: style.outlineWidth };
        });
        expect(ring).toEqual({ text: 'Chức năng', outline: 'solid', width: '3px' });
        await page.keyboard.press('Enter');
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        layout = await headerLayout(page);
        const pages = role === 'admin' ? ADMIN_PAGES.map(([label]) => label) : [];
        expect(layout.entries.map((e) => e.name)).toEqual(ROLES[role].entries.filter((e) => e !== 'Quản trị'));
        for (const label of pages) expect(await page.getByRole('link', { name: label }).isVisible(), label).toBe(true);
        expect(layout.overflow).toEqual([]);
        expect(layout.pageWider).toBe(false);
        expect(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible()).toBe(true);
        expect(await page.getByTestId('who-agency').isVisible()).toBe(true);
        await axe(page, `${role}: phone, menu open`);
        if (SHOTS && role === 'admin') await page.screenshot({ path: join(SHOTS, 'web-nav-phone.png') });
        // Escape closes, the focus back on the button.
        await page.keyboard.press('Tab');
        expect((await active(page)).tag).toBe('A');
        await page.keyboard.press('Escape');
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect((await active(page)).text).toBe('Chức năng');
        // A tap on an entry goes there and folds the menu; the page is marked as the current one.
        const [label, path] = role === 'admin' ? ADMIN_PAGES[1]! : ['Tồn kho', 'ton-kho'];
        await toggle.click();
        await page.getByRole('link', { name: label, exact: true }).click();
        await page.waitForURL(`${webUrl}${path}`);
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect((await active(page)).text).toBe('Chức năng');
        expect(await page.getByRole('link', { name: label, exact: true }).isVisible()).toBe(false);
        expect(await page.locator('header [aria-current="page"]').textContent()).toBe(label);
        // A tap outside the open menu folds it.
        await toggle.click();
        await page.locator('main h1').click();
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);
  }
});
