import { basename, relative, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { decodeJwt } from 'jose';
import { accessTokenFor } from '#cli/auth/login.ts';
import { failCommand, printJson } from '#cli/output.ts';
import { type FileResult, planUploads, type UploadSummary, uploadFiles } from '#cli/upload/bulk-upload.ts';
import { DEFAULT_MANIFEST } from '#cli/upload/manifest.ts';
import { readDevConfig } from '#local/dev-config.ts';
import { DEFAULT_DATA_DIR, signLocalToken } from '#local/tokens.ts';
import { ValidationError } from '#shared/errors.ts';

interface UploadOptions {
  agency: string;
  api?: string;
  token?: string;
  concurrency: string;
  wait?: boolean;
  json?: boolean;
  manifest: string;
  resume: boolean;
  dataDir: string;
  timeout: string;
  dryRun?: boolean;
  folderPerDocument?: boolean;
  pageGroups: boolean;
}

/** `sohoa upload PATH... --agency ID`: bulk upload through presigned URLs, with progress and resume. */
export function register(program: Command): void {
  program
    .command('upload')
    .description('upload PDF/JPEG/PNG/TIFF files (folders are walked) through presigned URLs, resumably')
    .argument('<paths...>', 'files or folders')
    .requiredOption('--agency <id>', 'agency the documents belong to')
    .option('--api <url>', 'API base URL (default: apiUrl of .sohoa/dev.json)')
    .option('--token <jwt>', 'bearer token (default: the agency token of .sohoa/dev.json, or a local one)')
    .option('--concurrency <n>', 'parallel uploads', '4')
    .option('--wait', 'wait until every document reaches a terminal state')
    .option('--timeout <seconds>', 'with --wait: give up after this many seconds', '600')
    .option('--manifest <file>', 'resume manifest', DEFAULT_MANIFEST)
    .option('--no-resume', 'upload everything again, ignoring the manifest')
    .option('--data-dir <dir>', 'local data directory (dev.json, oidc-key.json)', DEFAULT_DATA_DIR)
    .option('--folder-per-document', "each folder's images are the pages of one document (name order)")
    .option('--no-page-groups', 'send every file on its own (do not group name_1.jpg, name_2.jpg… into one document)')
    .option('--dry-run', 'list the documents and pages that would be sent, and send nothing')
    .option('--json', 'print one JSON document (no progress bar)')
    .action(async (paths: string[], options: UploadOptions) => {
      try {
        const grouping = { folderPerDocument: options.folderPerDocument, noPageGroups: !options.pageGroups };
        if (options.dryRun) {
          printPlan(await planUploads(paths, { ...grouping, excludePath: resolve(options.manifest) }), options.json);
          return;
        }
        const { apiUrl, token, agencyId } = await resolveTarget(options);
        const concurrency = Number.parseInt(options.concurrency, 10);
        const showBar = !options.json && process.stderr.isTTY === true;
        const bar = showBar
          ? new SingleBar({
              format: '{phase} [{bar}] {value}/{total} {file}',
              hideCursor: true,
              clearOnComplete: false,
              stream: process.stderr,
            })
          : null;
        let phase = '';
        const summary = await uploadFiles({
          apiUrl,
          token,
          agencyId,
          forAgency: options.agency,
          paths,
          concurrency: Number.isFinite(concurrency) && concurrency > 0 ? concurrency : 4,
          manifestPath: options.resume ? options.manifest : false,
          ...grouping,
          wait: options.wait,
          waitTimeoutMs: Number.parseInt(options.timeout, 10) * 1000,
          onProgress: (p) => {
            if (!bar) return;
            const label = p.phase === 'upload' ? 'uploading' : 'waiting  ';
            if (label !== phase) {
              if (phase) bar.stop();
              phase = label;
              bar.start(p.total, 0, { phase, file: '' });
            }
            bar.update(p.done, { phase, file: relative(process.cwd(), p.file) });
          },
        });
        bar?.stop();
        const failed = summary.files.filter((f) => f.outcome === 'failed').length;
        const timedOut = summary.files.filter((f) => f.error === 'wait_timeout').length;
        const timeout = timedOut > 0 ? waitTimeout(timedOut, options.timeout) : null;
        if (options.json) printJson({ apiUrl, agencyId: options.agency, ...summary, ...(timeout ?? {}) });
        else printTable(summary.files, summary.counts, summary.totals);
        if (timeout) process.stderr.write(`sohoa: error: ${timeout.detail}\n`);
        if (failed > 0 || timeout) process.exitCode = 1;
      } catch (error) {
        failCommand(error, options.json);
      }
    });
}

/** Explicit options first, then the running `sohoa dev` (dev.json), then a locally signed token. */
async function resolveTarget(
  options: UploadOptions,
): Promise<{ apiUrl: string; token: string; agencyId: string | null }> {
  const dev = await readDevConfig(options.dataDir);
  const apiUrl = options.api ?? dev?.apiUrl;
  if (!apiUrl) {
    throw new ValidationError(
      'no_api',
      'no --api given and no .sohoa/dev.json: start `npx sohoa dev` first or pass --api URL --token T',
      'Chưa có địa chỉ API: hãy chạy `npx sohoa dev` trước, hoặc truyền --api và --token.',
    );
  }
  const token =
    options.token ??
    // Signed in with `sohoa login --api URL`: that identity.
    (options.api ? await accessTokenFor(options.api) : null) ??
    dev?.tokens[options.agency] ??
    (await signLocalToken({ agencyId: options.agency }, { dataDir: options.dataDir }));
  let claims: { agencyId?: unknown; role?: unknown } = {};
  try {
    claims = decodeJwt(token);
  } catch {
    // An opaque token (a cloud identity provider's): the API decides.
  }
  if (claims.role === 'admin') return { apiUrl, token, agencyId: options.agency };
  if (typeof claims.agencyId === 'string' && claims.agencyId !== options.agency) {
    throw new ValidationError(
      'agency_mismatch',
      `the token belongs to agency ${claims.agencyId}, not ${options.agency}`,
      `Mã xác thực thuộc cơ quan ${claims.agencyId}, không phải ${options.agency}.`,
    );
  }
  return { apiUrl, token, agencyId: null };
}

/** `--wait` that ran out of time is a failure of the command: the documents' fate is unknown. */
function waitTimeout(count: number, seconds: string): { error: string; message: string; detail: string } {
  return {
    error: 'wait_timeout',
    message: `${count} tệp chưa xử lý xong sau ${seconds} giây; hãy kiểm tra lại sau hoặc chạy lại với --timeout lớn hơn.`,
    detail: `${count} document(s) reached no terminal state within ${seconds} s (--timeout); they may still be processing: check them later or re-run with a longer --timeout`,
  };
}

/** `--dry-run`: each document that would be sent, its pages, and the totals. */
function printPlan(plan: Awaited<ReturnType<typeof planUploads>>, json: boolean | undefined): void {
  const documents = plan.units.map((u) =>
    u.kind === 'file'
      ? { name: basename(u.file.path), pages: [u.file.path], skipped: u.file.contentType === null }
      : { name: u.name, pages: u.pages.map((p) => p.path), skipped: false },
  );
  if (json) {
    printJson({ dryRun: true, ...plan.totals, documents });
    return;
  }
  const lines = documents.map((d) =>
    d.pages.length > 1
      ? `${d.name}: ${d.pages.length} pages\n${d.pages.map((p, i) => `  ${i + 1}. ${relative(process.cwd(), p) || p}`).join('\n')}`
      : `${relative(process.cwd(), d.pages[0] ?? '') || d.name}${d.skipped ? ' (skipped: not PDF/JPEG/PNG/TIFF)' : ''}`,
  );
  lines.push('', `would send ${describeTotals(plan.totals)}; nothing sent (--dry-run)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function describeTotals(t: UploadSummary['totals']): string {
  return `${t.documents} document(s) (${t.multiPage} of several pages), ${t.pages} file(s)`;
}

function printTable(files: FileResult[], counts: Record<string, number>, totals: UploadSummary['totals']): void {
  const rows = files.map((f) => [
    (relative(process.cwd(), f.path) || f.path) +
      (f.pages && f.pages.length > 1 ? ` (+${f.pages.length - 1} pages)` : ''),
    f.outcome === 'failed' || f.outcome === 'skipped' ? f.outcome : (f.status ?? f.outcome),
    f.docId ?? '',
    f.reason ?? f.error ?? '',
    f.message && f.outcome !== 'already_uploaded' ? f.message : '',
  ]);
  const header = ['file', 'status', 'docId', 'reason', 'message'];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  out.push(
    `${describeTotals(totals)}: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}
