/**
 * `npm run bench -- web-upload`: issue 11's "a 500-file folder keeps the page responsive while hashing and
 * uploading". The real local stack (test/support/web-stack.ts, as the browser tests start it), a clerk signed in
 * in headless chromium, a folder of 500 small text-layer PDFs (the sample generator's papers) picked on the
 * upload page. Measures the time until all 500 are terminal, the longest main-thread task meanwhile
 * (PerformanceObserver `longtask`), and the latency from a click on a control of the page (the "pages of one
 * document" checkbox, which re-renders the page and its 500 rows) to the next frame, clicked every second.
 * SOHOA_WEB_UPLOAD_FILES=N changes the folder's size.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf } from '#demo/samples/render.ts';
import { startWebStack } from '#test/support/web-stack.ts';
import type { BenchResult } from './run.ts';

const FILES = Number.parseInt(process.env.SOHOA_WEB_UPLOAD_FILES ?? '500', 10) || 500;
/** Commune-level results, so each is a clean paper of the clerk's own agency. */
const DOC_TYPES = ['khai-sinh', 'ket-hon', 'trich-luc-khai-tu', 'trich-luc-khai-sinh'];
const AGENCY = {
  name: 'UBND xã Thanh Nưa',
  level: 'commune' as const,
  issuerLines: ['UBND HUYỆN ĐIỆN BIÊN', 'UBND XÃ THANH NƯA'],
};
const CLICK_EVERY_MS = 1000;

/** Installed before the app loads: long tasks and, per click on the checkbox, the delay to the next frame. */
const INSTRUMENT = `(() => {
  const probe = { longTasks: [], clicks: [] };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-testid="as-one-document"]')) return;
    const at = event.timeStamp;
    requestAnimationFrame(() => probe.clicks.push(performance.now() - at));
  }, true);
})();`;

interface Probe {
  longTasks: { start: number; duration: number }[];
  clicks: number[];
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function writeFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < FILES; i++) {
    const docType = DOC_TYPES[i % DOC_TYPES.length] ?? 'khai-sinh';
    const paper = composeDocument({ docType, seed: 5000 + i, agency: AGENCY });
    await writeFile(join(dir, `ban-quet-${String(i + 1).padStart(3, '0')}.pdf`), await renderPdf(paper.blocks));
  }
}

export default async function webUpload(): Promise<BenchResult[]> {
  const log = (line: string) => process.stdout.write(`web-upload: ${line}\n`);
  const startedPrep = Date.now();
  const stack = await startWebStack({
    agenciesCsv: [
      'id,name,level,parentId,email,validFrom,validTo,successorId',
      `xa-thanh-nua,${AGENCY.name},commune,,,,,`,
    ].join('\n'),
    prepare: (cwd) => writeFolder(join(cwd, 'ho-so-quet')),
  });
  try {
    log(`stack up and ${FILES} PDFs written in ${((Date.now() - startedPrep) / 1000).toFixed(1)} s`);
    const { page } = await stack.newPage(1366);
    await page.addInitScript(INSTRUMENT);
    await stack.signIn(page, 'vanthu.xa-thanh-nua');
    await page.getByTestId('as-one-document').waitFor();

    const t0 = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.getByTestId('folder-input').setInputFiles(join(stack.cwd, 'ho-so-quet'));
    let sentAt: number | null = null;
    let doneAt: number | null = null;
    let lastLog = 0;
    let clicks = 0;
    while (doneAt === null) {
      if (Date.now() - started > 20 * 60_000) throw new Error('not all files terminal after 20 minutes');
      await page.getByTestId('as-one-document').click();
      clicks++;
      await page.waitForTimeout(CLICK_EVERY_MS);
      const state = await page.evaluate(() => {
        const bar = document.querySelector('progress[aria-label="Tiến độ gửi tệp"]') as HTMLProgressElement | null;
        return {
          summary: document.querySelector('[data-testid="upload-summary"]')?.textContent ?? '',
          sent: !!bar && bar.max > 1 && bar.value >= bar.max,
          now: performance.now(),
        };
      });
      if (sentAt === null && state.sent) sentAt = state.now;
      const finished = /Xong ([\d.]+)\/([\d.]+) tệp/.exec(state.summary);
      const [done, total] = [Number(finished?.[1]?.replace(/\./g, '')), Number(finished?.[2]?.replace(/\./g, ''))];
      if (total === FILES && done === FILES) doneAt = state.now;
      if (Date.now() - lastLog > 15_000) {
        lastLog = Date.now();
        log(`${((Date.now() - started) / 1000).toFixed(0)} s: ${state.summary}`);
      }
    }
    const probe = (await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench)) as Probe;
    const during = (end: number) => probe.longTasks.filter((t) => t.start >= t0 && t.start <= end);
    const whileSending = during(sentAt ?? doneAt);
    const whole = during(doneAt);
    const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));
    // The table shows 100 rows at a time: open them all to read each file's outcome.
    const more = page.getByRole('button', { name: /^Hiển thị thêm/ });
    while (await more.count()) await more.click();
    const rows = await page.getByTestId('upload-row').count();
    const statuses = await page.getByTestId('upload-status').evaluateAll((spans) =>
      spans.reduce<Record<string, number>>((acc, s) => {
        const key = s.textContent ?? '';
        acc[key] = (acc[key] ?? 0) + 1;
        return acc;
      }, {}),
    );
    return [
      {
        name: 'files terminal',
        value: rows === FILES ? FILES : rows,
        unit: 'files',
        target: `${FILES}`,
        notes: Object.entries(statuses)
          .map(([s, n]) => `${s} ${n}`)
          .join(', '),
      },
      { name: 'all terminal after the pick', value: (doneAt - t0) / 1000, unit: 's' },
      { name: 'all bytes sent after the pick', value: ((sentAt ?? doneAt) - t0) / 1000, unit: 's' },
      {
        name: 'longest main-thread task while hashing and sending',
        value: longest(whileSending),
        unit: 'ms',
        target: '<= 200',
        notes: `${whileSending.length} long tasks (> 50 ms)`,
      },
      {
        name: 'longest main-thread task until all terminal',
        value: longest(whole),
        unit: 'ms',
        notes: `${whole.length} long tasks (> 50 ms)`,
      },
      {
        name: 'click to next frame p50',
        value: percentile(probe.clicks, 50),
        unit: 'ms',
        notes: `${probe.clicks.length} of ${clicks} clicks, one per ${CLICK_EVERY_MS} ms`,
      },
      { name: 'click to next frame p95', value: percentile(probe.clicks, 95), unit: 'ms', target: '<= 100' },
      { name: 'click to next frame max', value: Math.max(...probe.clicks), unit: 'ms' },
    ];
  } finally {
    await stack.close();
  }
}
