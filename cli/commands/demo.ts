/**
 * `sohoa demo` (`npm run demo`): the whole mission on one machine. Seeds Điện Biên's agencies and their
 * declared inventories, adds the illustrative 2021–2026 history, generates sample documents, uploads them
 * per agency through presigned URLs, waits for the pipeline, then runs the 2025 and 2026 compliance
 * reports and files their e-mails in the outbox. `runDemo` is the same code path for the end-to-end test.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { failCommand } from '#cli/output.ts';
import { type FileResult, uploadFiles } from '#cli/upload/bulk-upload.ts';
import { DEMO_FILES, DEMO_MAIL, makeDemoPlan, type PlannedUpload, PROVINCE_NAME } from '#demo/plan.ts';
import { type DemoFile, writeDemoFiles } from '#demo/sample-files.ts';
import { seedHistory } from '#demo/seed-history.ts';
import { connectOrOpenLocalStack, isDevServerRunning, type LocalStack, openLocalStack } from '#local/composition.ts';
import { DEFAULT_API_PORT, readDevConfig, writeDevConfig } from '#local/dev-config.ts';
import { makeLocalReportUseCases } from '#local/report-composition.ts';
import { DEFAULT_DATA_DIR, signLocalToken } from '#local/tokens.ts';
import { ensureWebBuild } from '#local/web-build.ts';
import { WEB_BASE_PATH } from '#local/web-static.ts';
import { reportStem } from '#shared/adapters/report/email.ts';
import { isYearEnded } from '#shared/adapters/report/html.ts';
import { renderRowsTable } from '#shared/adapters/report/text.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { type Agency, TERMINAL_STATUSES } from '#shared/domain/types.ts';
import { vnToday, yearOf } from '#shared/domain/vn-time.ts';
import { ConfigError, SohoaError } from '#shared/errors.ts';
import type { DocumentRecord } from '#shared/ports.ts';
import type { ComplianceReport } from '#shared/use-cases/build-report.ts';
import {
  importAgencies,
  importInventory,
  type RowError,
  validateAgenciesCsv,
  validateInventoryCsv,
} from '#shared/use-cases/csv-import.ts';
import { reportKeys, type SendReportResult } from '#shared/use-cases/send-report.ts';

export interface DemoOptions {
  /** Default `.sohoa`. */
  dataDir?: string;
  /** Wipe the demo's data (table, objects, outbox, samples) first. */
  fresh?: boolean;
  /** Files to upload (default 80). */
  count?: number;
  /** Scans among them (default: one in eight, at most 10). */
  scans?: number;
  /** Share of the illustrative history to seed, 0–1 (default 1; the e2e test uses a small share). */
  historyScale?: number;
  /** Where the human output goes (default stdout); colour only when it is a TTY. */
  out?: NodeJS.WritableStream & { isTTY?: boolean };
  color?: boolean;
  /** Progress bars on stderr (default: when stderr is a TTY). */
  progress?: boolean;
  /** Years to report (default 2025 and the current year, at least 2026). */
  years?: number[];
  /** Wait limit for the pipeline, ms (default 5 minutes). */
  waitTimeoutMs?: number;
}

export interface DemoUpload {
  planned: PlannedUpload;
  path: string;
  result: FileResult | null;
  /** The stored record once the pipeline is done (status, type, dates as read), null if never created. */
  record: DocumentRecord | null;
}

export interface DemoReport {
  report: ComplianceReport;
  sent: SendReportResult;
  /** Files a person opens: the summary e-mail (.eml and .html preview), the XLSX and the chart. */
  files: { eml: string | null; html: string | null; xlsx: string; chart: string; json: string };
}

export interface DemoResult {
  dataDir: string;
  mode: LocalStack['mode'];
  apiUrl: string;
  agencies: Agency[];
  historyDocuments: number;
  uploads: DemoUpload[];
  /** Final status of every uploaded file (`failed` when it never reached the pipeline). */
  statusCounts: Record<string, number>;
  reports: DemoReport[];
  elapsedMs: number;
}

/** Everything the demo prints goes through here, with colour when the terminal takes it. */
function makeOutput(out: NodeJS.WritableStream, color: boolean) {
  const paint = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    line: (text = '') => out.write(`${text}\n`),
    bold: paint('1'),
    dim: paint('2'),
    green: paint('32'),
    red: paint('31'),
    yellow: paint('33'),
    cyan: paint('36'),
  };
}
type Output = ReturnType<typeof makeOutput>;

/** A failure of the demo itself, with what to do about it. */
export class DemoError extends SohoaError {
  constructor(message: string, fix: string, options?: { cause?: unknown }) {
    super('demo_failed', `${message}\n  → ${fix}`, 'Bản demo không chạy được; xem hướng dẫn trong thông báo lỗi.', {
      ...options,
      userError: true,
    });
  }
}

function rowErrorsText(file: string, errors: RowError[]): string {
  return `${file}: ${errors.map((e) => `line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`).join('; ')}`;
}

async function openStack(dataDir: string, fresh: boolean): Promise<LocalStack> {
  const running = await readDevConfig(dataDir);
  const devAnswers = running !== null && (await isDevServerRunning(running.apiUrl));
  const logLevel = process.env.SOHOA_DEBUG === '1' ? 'INFO' : 'ERROR';
  try {
    if (fresh) {
      if (devAnswers) {
        throw new DemoError(
          `a \`sohoa dev\` is running on ${dataDir} (${running.apiUrl}); --fresh cannot wipe data it holds open`,
          'stop it (Ctrl-C in its terminal) and re-run `npm run demo -- --fresh`, or run `npm run demo` without --fresh to use it',
        );
      }
      await rm(join(dataDir, 'outbox'), { recursive: true, force: true });
      await rm(join(dataDir, 'demo'), { recursive: true, force: true });
      return await openLocalStack({ dataDir, fresh: true, port: 0, logLevel });
    }
    return await connectOrOpenLocalStack({ dataDir, logLevel });
  } catch (error) {
    if (error instanceof DemoError) throw error;
    if (error instanceof ConfigError) {
      throw new DemoError(
        `cannot open the local data in ${dataDir}: ${error.message}`,
        `another process holds it (a \`sohoa dev\` that does not answer, or another demo): stop it, or use \`--data-dir <other folder>\``,
        { cause: error },
      );
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new DemoError(
        `a port of the local stack is busy: ${(error as Error).message}`,
        'stop the program using it, or start `npm run dev -- --port 0` and re-run the demo',
        { cause: error },
      );
    }
    throw error;
  }
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const started = Date.now();
  // Node 20 is this project's development runtime (DESIGN.md); the SDK's notice about Node 22 would bury
  // the demo's output. An explicit setting by the user wins.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const stdout = options.out ?? process.stdout;
  const o = makeOutput(stdout, options.color ?? Boolean(stdout.isTTY));
  const showProgress = options.progress ?? Boolean(process.stderr.isTTY);

  let phaseStart = Date.now();
  /** Seconds since the previous step, so a slow step shows where the time goes. */
  const took = () => {
    const seconds = (Date.now() - phaseStart) / 1000;
    phaseStart = Date.now();
    return o.dim(` (${seconds.toFixed(1)} s)`);
  };
  o.line(o.bold('sohoa demo — số hóa kết quả giải quyết TTHC còn hiệu lực, tỉnh Điện Biên (dữ liệu minh họa)'));
  const stack = await openStack(dataDir, Boolean(options.fresh));
  try {
    o.line(
      stack.mode === 'connected'
        ? `1. Using the running \`sohoa dev\` at ${stack.config.apiUrl}${took()}`
        : `1. Started the local stack in this process (dynalite, s3rver, pipeline, API at ${stack.config.apiUrl}); data in ${relative(process.cwd(), dataDir) || '.'}${took()}`,
    );

    // 2. Agencies and inventories, through the same validation and stores as `sohoa agencies/inventory import`.
    const agenciesCsv = await readFile(DEMO_FILES.agencies, 'utf8');
    const agencyImport = validateAgenciesCsv(agenciesCsv);
    if (agencyImport.errors.length > 0) throw new Error(rowErrorsText(DEMO_FILES.agencies, agencyImport.errors));
    await importAgencies(stack.deps.stores.agencies, agencyImport.rows);
    const agencies = agencyImport.rows;
    const inventoryImport = validateInventoryCsv(
      await readFile(DEMO_FILES.inventories, 'utf8'),
      new Set(agencies.map((a) => a.id)),
      'demo (dữ liệu minh họa)',
    );
    if (inventoryImport.errors.length > 0) {
      throw new Error(rowErrorsText(DEMO_FILES.inventories, inventoryImport.errors));
    }
    await importInventory(stack.deps.stores.inventory, inventoryImport.rows);
    if (stack.mode === 'connected') {
      // As `sohoa agencies import` does: the running dev printed tokens for the agencies it knew.
      for (const agency of agencies) {
        stack.config.tokens[agency.id] ??= await signLocalToken({ agencyId: agency.id }, { dataDir });
      }
      await writeDevConfig(dataDir, stack.config);
    }
    const count = (level: string) => agencies.filter((a) => a.level === level).length;
    o.line(
      `2. Seeded ${agencies.length} agencies (${count('province')} provincial, ${count('district')} former districts, ${count('commune')} communes) and ${inventoryImport.rows.length} inventory declarations${took()}`,
    );

    // 3. History and samples.
    const now = stack.deps.clock.now();
    const today = vnToday(now);
    const plan = await makeDemoPlan({
      agencies,
      today,
      now,
      count: options.count ?? 80,
      scans: options.scans,
      historyScale: options.historyScale ?? 1,
    });
    await seedHistory({
      doc: stack.clients.doc,
      tableName: stack.config.table,
      agencies,
      documents: plan.history,
    });
    o.line(
      `3. Seeded the illustrative history: ${plan.history.length} document records digitized 2021–${yearOf(today)} (no files; see docs/demo.md)${took()}`,
    );
    // 4–5. Generate the samples and upload each agency's files through presigned URLs as soon as they are
    // written, then wait for the pipeline.
    const samplesDir = join(dataDir, 'demo', 'samples');
    const scans = plan.uploads.filter((p) => p.format !== 'pdf').length;
    o.line(
      `4. Generating ${plan.uploads.length} sample files (${plan.uploads.length - scans} born-digital PDFs and specials, ${scans} scans) in ${relative(process.cwd(), samplesDir)}`,
    );
    o.line(
      `   and uploading them for ${new Set(plan.uploads.map((p) => p.uploaderId)).size} agencies through presigned URLs (POST /uploads, then PUT)…`,
    );
    const uploader = makeUploader(
      stack,
      dataDir,
      plan.uploads.length,
      o,
      showProgress,
      options.waitTimeoutMs ?? 5 * 60_000,
    );
    let files: DemoFile[];
    try {
      files = await writeDemoFiles(plan.uploads, samplesDir, {
        onAgencyReady: (agencyId, group) => uploader.send(agencyId, group),
      });
      uploader.generated(files.length);
      await uploader.drain();
      // The clerk re-sends a file after the first batch is through, so the copy (not the original) is the
      // duplicate whatever order the pipeline happened to run in.
      const copies = files.filter((f) => f.planned.variant === 'duplicate');
      for (const agencyId of new Set(copies.map((f) => f.planned.uploaderId))) {
        uploader.send(
          agencyId,
          copies.filter((f) => f.planned.uploaderId === agencyId),
        );
      }
      await uploader.drain();
    } finally {
      uploader.stop();
    }
    const uploads = await uploader.results(files);
    const statusCounts = countStatuses(uploads);
    printStatusTable(o, uploads, statusCounts, took());

    // 6. Reports.
    const { buildReport: build, sendReport: send } = makeLocalReportUseCases(stack.deps, {
      policy: loadTargetPolicy(),
      provinceName: PROVINCE_NAME,
      from: DEMO_MAIL.from,
      recipients: DEMO_MAIL.recipients,
    });
    const reportsDir = join(dataDir, 'demo', 'reports');
    await mkdir(reportsDir, { recursive: true });
    const reports: DemoReport[] = [];
    // The plan's final year, and the current one (2026 when the demo was written) where the uploads count.
    const years = options.years ?? [2025, Math.max(2026, Number(today.slice(0, 4)))];
    for (const year of years) {
      const report = await build({ year });
      const sent = await send(report);
      const files = await exportReportFiles(stack, report, sent, reportsDir);
      reports.push({ report, sent, files });
      printReport(o, report, sent, files, took());
    }

    const elapsedMs = Date.now() - started;
    o.line();
    o.line(o.bold(`Done in ${(elapsedMs / 1000).toFixed(0)} s.`));
    o.line(`Open the e-mail: ${o.cyan(reports[0]?.files.html ?? '(none)')}`);
    const dirOption = dataDir === resolve(DEFAULT_DATA_DIR) ? '' : ` --data-dir ${relative(process.cwd(), dataDir)}`;
    const web = await ensureWebBuild().catch(() => 'unavailable' as const);
    if (web === 'unavailable') {
      o.line(o.dim('Web app: not built here (Vite is not installed: `npm ci`, then `npm run build:web`).'));
    } else if (stack.mode === 'connected' && stack.config.webUrl) {
      o.line(`Web app, on the running \`sohoa dev\`: ${o.cyan(stack.config.webUrl)}`);
    } else {
      // The demo's own stack has stopped with the demo: say how to start one on the same data.
      const current = agencies.find((a) => !a.validTo && a.level === 'commune') ?? agencies.find((a) => !a.validTo);
      const clerk = current ? `vanthu.${current.id}` : 'vanthu.<agencyId>';
      o.line(
        `Web app: run ${o.bold(`npx sohoa dev${dirOption}`)} (it keeps this data), then open ${o.cyan(`http://127.0.0.1:${DEFAULT_API_PORT}${WEB_BASE_PATH}`)} and sign in as ${o.bold(clerk)} (a clerk), ${o.bold('quantri')} (admin).`,
      );
    }
    o.line(
      `Outbox (all e-mails): ${relative(process.cwd(), stack.deps.outboxDir)}   ·   What you just saw: docs/demo.md`,
    );
    o.line(
      o.dim(
        `Next: \`npx sohoa report --year 2025${dirOption}\` reads the same data; \`npm run dev\` serves it to curl and \`sohoa upload\` (docs/local.md).`,
      ),
    );
    if (statusCounts.duplicate !== undefined && statusCounts.duplicate > 1) {
      o.line(
        o.yellow(
          `Note: ${statusCounts.duplicate} files came back as duplicates: this folder already held an earlier demo run, and the same bytes are counted once. \`npm run demo -- --fresh\` starts over.`,
        ),
      );
    }
    return {
      dataDir,
      mode: stack.mode,
      apiUrl: stack.config.apiUrl,
      agencies,
      historyDocuments: plan.history.length,
      uploads,
      statusCounts,
      reports,
      elapsedMs,
    };
  } finally {
    await stack.close();
  }
}

/**
 * Uploads agencies' files with the bulk uploader (one clerk token each) as they are handed over, and tracks
 * three counters for the progress bars: files generated, uploaded, and processed by the pipeline.
 */
function makeUploader(
  stack: LocalStack,
  dataDir: string,
  total: number,
  o: Output,
  showProgress: boolean,
  waitTimeoutMs: number,
) {
  const bars = showProgress
    ? new cliProgress.MultiBar(
        {
          format: '   {label} [{bar}] {value}/{total}',
          hideCursor: true,
          clearOnComplete: false,
          stopOnComplete: false,
          barsize: 30,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const generatedBar = bars?.create(total, 0, { label: 'generated' });
  const uploadBar = bars?.create(total, 0, { label: 'uploaded ' });
  const doneBar = bars?.create(total, 0, { label: 'processed' });
  let generated = 0;
  let uploaded = 0;
  let processed = 0;
  let lastLine = 0;
  const tick = () => {
    generatedBar?.update(generated);
    uploadBar?.update(uploaded);
    doneBar?.update(processed);
    // Without a terminal, a line every ~20 %.
    if (!bars && processed - lastLine >= Math.max(1, Math.ceil(total / 5))) {
      lastLine = processed;
      o.line(`   … ${processed}/${total} documents processed`);
    }
  };
  const results = new Map<string, FileResult>();
  let pending: Promise<void>[] = [];
  let failure: unknown = null;

  const sendAgency = async (agencyId: string, group: DemoFile[]) => {
    const token = await signLocalToken({ agencyId }, { dataDir });
    const summary = await uploadFiles({
      apiUrl: stack.config.apiUrl,
      token,
      paths: group.map((f) => f.path),
      concurrency: 2,
      // One manifest per agency: concurrent uploaders must not share (and rename over) one file.
      manifestPath: join(dataDir, 'demo', 'manifests', `${agencyId}.json`),
      wait: true,
      waitTimeoutMs,
      pollIntervalMs: 2_000,
      onProgress: (p) => {
        if (p.phase === 'upload') uploaded += 1;
        else processed += 1;
        tick();
      },
    });
    for (const r of summary.files) {
      // A file refused before upload never enters the wait phase: count it as processed.
      if (r.outcome === 'failed' || r.outcome === 'skipped') processed += 1;
      results.set(r.path, r);
    }
    tick();
  };

  return {
    send(agencyId: string, group: DemoFile[]) {
      generated += group.length;
      tick();
      pending.push(
        sendAgency(agencyId, group).catch((error: unknown) => {
          failure ??= error;
        }),
      );
    },
    /** The copies are counted as generated once the whole folder is written. */
    generated(count: number) {
      generated = count;
      tick();
    },
    async drain() {
      while (pending.length > 0) {
        const batch = pending;
        pending = [];
        await Promise.all(batch);
      }
      if (failure) throw failure;
    },
    stop() {
      bars?.stop();
    },
    results(files: DemoFile[]): Promise<DemoUpload[]> {
      return Promise.all(
        files.map(async (f) => {
          const result = results.get(resolve(f.path)) ?? null;
          const record = result?.docId ? await stack.deps.stores.documents.get(result.docId) : null;
          return { planned: f.planned, path: f.path, result, record };
        }),
      );
    },
  };
}

function statusOf(u: DemoUpload): string {
  const r = u.result;
  if (!r) return 'failed';
  if (r.outcome === 'failed' || r.outcome === 'skipped') return 'failed';
  if (u.record && (TERMINAL_STATUSES as readonly string[]).includes(u.record.status)) return u.record.status;
  if (r.error === 'wait_timeout') return `${r.status ?? 'unknown'} (timed out)`;
  return r.status ?? 'unknown';
}

function countStatuses(uploads: DemoUpload[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const u of uploads) counts[statusOf(u)] = (counts[statusOf(u)] ?? 0) + 1;
  return counts;
}

const STATUS_NOTES: Record<string, string> = {
  classified: 'accepted: counts towards its agency',
  needs_review: 'read, but a key field is missing or unsure: a clerk confirms it',
  duplicate: 'same bytes as a file the agency already sent: counted once',
  expired: 'already out of validity when uploaded: not counted',
  not_a_result: 'not the result of a procedure (e.g. a plan): not counted',
  rejected: 'unreadable (corrupt, empty, unsupported): the clerk sees why',
  failed: 'never reached the pipeline (see the message)',
};

function printStatusTable(o: Output, uploads: DemoUpload[], counts: Record<string, number>, took: string): void {
  const unfinished = uploads.filter((u) => !(TERMINAL_STATUSES as readonly string[]).includes(statusOf(u)));
  o.line(
    unfinished.length === 0
      ? `5. Every document reached a terminal state${took}:`
      : `5. ${uploads.length - unfinished.length} of ${uploads.length} documents reached a terminal state${took}:`,
  );
  const order = [...TERMINAL_STATUSES, 'failed'] as string[];
  const keys = [
    ...order.filter((s) => counts[s] !== undefined),
    ...Object.keys(counts).filter((s) => !order.includes(s)),
  ];
  for (const status of keys) {
    const n = counts[status] ?? 0;
    const paint = status === 'classified' ? o.green : status === 'rejected' || status === 'failed' ? o.red : o.yellow;
    o.line(`   ${paint(status.padEnd(13))} ${String(n).padStart(3)}   ${o.dim(STATUS_NOTES[status] ?? '')}`);
  }
  // The awkward cases, one line each, so the viewer sees each documented state with its reason.
  for (const u of uploads) {
    if (u.planned.variant === 'result' && statusOf(u) === 'classified') continue;
    const why = u.record?.reason ?? u.result?.reason ?? u.result?.message;
    const reason = why ? ` (${why})` : '';
    o.line(o.dim(`     ${u.planned.name} [${u.planned.variant}] → ${statusOf(u)}${reason}`));
  }
  if (unfinished.length > 0) {
    o.line(
      o.red(
        `   ${unfinished.length} file(s) did not get through (listed above). If the machine is busy, run \`npm run demo\` again:` +
          ' files already uploaded are recognised, the rest are sent. `SOHOA_DEBUG=1` shows the pipeline logs.',
      ),
    );
  }
}

async function exportReportFiles(
  stack: LocalStack,
  report: ComplianceReport,
  sent: SendReportResult,
  dir: string,
): Promise<DemoReport['files']> {
  // The copies archived under reports/ in the bucket, exported where a person can open them.
  const keys = reportKeys(report, reportStem(report));
  const stem = join(dir, reportStem(report));
  const xlsx = `${stem}.xlsx`;
  const chart = `${stem}.png`;
  const json = `${stem}.json`;
  await writeFile(xlsx, await stack.deps.objects.get(keys.xlsx));
  await writeFile(chart, await stack.deps.objects.get(keys.png));
  await writeFile(json, await stack.deps.objects.get(keys.json));
  const eml = sent.summary.location ?? null;
  const html = eml ? eml.replace(/\.eml$/, '.html') : null;
  return { eml, html, xlsx, chart, json };
}

function printReport(
  o: Output,
  report: ComplianceReport,
  sent: SendReportResult,
  files: DemoReport['files'],
  took: string,
): void {
  const rel = (p: string | null) => (p ? relative(process.cwd(), p) : '(none)');
  const levels = [...report.levels, ...report.formerLevels].map((l) => l.name).join(', ');
  o.line();
  o.line(
    o.bold(
      `6. Báo cáo ${report.periodLabel} — số liệu đến hết ngày ${report.asOf.split('-').reverse().join('/')} (${levels})`,
    ) + took,
  );
  if (!report.policy.hasTarget) {
    o.line(
      o.yellow(`   ${report.warnings.find((w) => w.code === 'no_target')?.message ?? 'No target for this year.'}`),
    );
  }
  const table = renderRowsTable([...report.levels, ...report.formerLevels, report.province], isYearEnded(report), 28);
  for (const line of table.split('\n')) o.line(`   ${colourVerdicts(o, line)}`);
  const judged = report.agencies.filter((r) => r.met !== null);
  const met = judged.filter((r) => r.met === true).length;
  if (judged.length > 0) {
    o.line(
      `   Agencies: ${o.green(`${met} Đạt`)}, ${o.red(`${judged.length - met} Chưa đạt`)} of ${judged.length} judged`,
    );
  }
  const behind = report.agencies
    .filter((r) => r.shortfall !== null && r.shortfall > 0)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0))
    .slice(0, 3);
  if (behind.length > 0) {
    o.line(
      `   Furthest behind: ${behind.map((r) => `${r.name} (${percent(r.rate)}, thiếu ${r.shortfall})`).join('; ')}`,
    );
  }
  const dataWarnings = report.warnings.filter((w) => w.code !== 'no_target').length;
  if (dataWarnings > 0)
    o.line(
      o.yellow(`   ${dataWarnings} data-quality warnings (no or estimated inventory, rate over 100 %): see the e-mail`),
    );
  o.line(`   E-mail (.html): ${o.cyan(rel(files.html))}`);
  o.line(`   E-mail (.eml):  ${rel(files.eml)}   + ${sent.agencies.length} agency e-mails`);
  o.line(`   Excel:          ${rel(files.xlsx)}`);
  o.line(`   Chart:          ${rel(files.chart)}`);
}

function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1).replace('.', ',')} %`;
}

function colourVerdicts(o: Output, line: string): string {
  return line.replace(/Chưa đạt/g, o.red('Chưa đạt')).replace(/(?<!Chưa )Đạt/g, o.green('Đạt'));
}

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'seed Điện Biên, upload ~80 sample documents through presigned URLs, wait for the pipeline, run the 2025 and 2026 reports',
    )
    .option('--fresh', 'start over: wipe the local table, objects, outbox and demo files first')
    .option('--data-dir <dir>', 'local data directory', DEFAULT_DATA_DIR)
    .option('--count <n>', 'number of files to upload', '80')
    .option('--scans <n>', 'how many of them are scans (OCR ~1–2 s each)')
    .action(async (opts: { fresh?: boolean; dataDir: string; count: string; scans?: string }) => {
      try {
        const count = Number.parseInt(opts.count, 10);
        const scans = opts.scans === undefined ? undefined : Number.parseInt(opts.scans, 10);
        if (!Number.isInteger(count) || count < 0)
          throw new DemoError(`--count must be a whole number`, 'e.g. --count 20');
        if (scans !== undefined && (!Number.isInteger(scans) || scans < 0)) {
          throw new DemoError(`--scans must be a whole number`, 'e.g. --scans 4');
        }
        await runDemo({ fresh: opts.fresh, dataDir: opts.dataDir, count, scans });
      } catch (error) {
        failCommand(error, false);
      }
    });
}
