/**
 * The fault-injection soak (issue 12): `uploads` text-layer PDFs through the local stack over HTTP, with
 * about `faultRate` of the handler invocations failing (OCR throttling before extract, thrown errors in
 * classify) and one SIGKILL of the whole stack process at a random moment, followed by a restart on the
 * same data dir (and the same S3 port, so tickets issued before the kill still work). Then the stack is
 * stopped and opened once more in this process, two hours later by its clock, so the pipeline reconciler's
 * start-up pass applies every deadline. Returns what a caller asserts or reports.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf } from '#demo/samples/render.ts';
import { openLocalStack } from '#local/composition.ts';
import type { DevConfig } from '#local/dev-config.ts';
import { signLocalToken } from '#local/tokens.ts';
import { isTerminal } from '#shared/domain/document-status.ts';
import { makeReconcile } from '#shared/use-cases/reconcile.ts';

export interface SoakOptions {
  uploads: number;
  faultRate?: number;
  /** Distinct papers rendered (each upload gets unique bytes; repeated papers end `duplicate`). */
  papers?: number;
  concurrency?: number;
  seed?: number;
  /** How long the restarted stack may take to settle before the last start-up (default 10 min). */
  drainTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  uploads: number;
  documents: number;
  byStatus: Record<string, number>;
  nonTerminal: number;
  killedAfterUploads: number;
  /** Uploads whose POST or PUT failed because of the kill and were retried after the restart. */
  retriedAfterKill: number;
  /**
   * Documents whose PUT the kill cut (no 200, so the client uploaded again): without bytes, or with an
   * unfinished write removed at restart, they wait for their URL's deadline and end `upload_expired`.
   */
  abandonedByKill: number;
  /** Unfinished object writes the restart removed from s3rver's folder (local/s3-recovery.ts). */
  recoveredWrites: number;
  /** Handler invocations made to fail: OCR throttling before extract, errors thrown in classify. */
  injected: { extract: number; classify: number };
  /** What the final start-up reconcile found past its deadline and drove forward. */
  reconciled: number;
  countingDrift: number;
  counted: number;
  classified: number;
  seconds: number;
}

const CHILD = resolve(import.meta.dirname, 'soak-child.ts');
const DOC_TYPES = [
  'khai-sinh',
  'ket-hon',
  'giay-phep-xay-dung-nha-o',
  'chung-thuc-ban-sao',
  'dang-ky-ho-kinh-doanh',
] as const;

/** Every stack process started, so none outlives a failed run. */
const liveChildren = new Set<ChildProcess>();
/** Failures the stack processes report injecting (`injected <queue>` lines on their stdout). */
const injected = { extract: 0, classify: 0 };

function startChild(
  dataDir: string,
  faultRate: number,
): Promise<{ child: ChildProcess; config: DevConfig & { recoveredWrites: number } }> {
  const child = spawn(process.execPath, ['--import', 'tsx/esm', CHILD], {
    env: { ...process.env, SOAK_DATA_DIR: dataDir, SOAK_FAULT_RATE: String(faultRate) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let partial = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString();
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) {
        if (l === 'injected extract') injected.extract += 1;
        else if (l === 'injected classify') injected.classify += 1;
      }
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('ready '));
      if (line) resolvePromise({ child, config: JSON.parse(line.slice(6)) as DevConfig & { recoveredWrites: number } });
    });
    child.on('exit', (code) => reject(new Error(`soak stack exited early (${code})`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r()),
  );
}

/** A small deterministic PRNG so a run can be repeated (`seed`). */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const started = Date.now();
  injected.extract = 0;
  injected.classify = 0;
  const log = options.log ?? (() => {});
  const faultRate = options.faultRate ?? 0.2;
  const random = prng(options.seed ?? 12);
  const papers = Math.max(1, Math.min(options.papers ?? Math.ceil(options.uploads / 2), options.uploads));
  const dataDir = await mkdtemp(join(tmpdir(), 'sohoa-soak-'));
  try {
    const rendered: Uint8Array[] = [];
    for (let i = 0; i < papers; i++) {
      const docType = DOC_TYPES[i % DOC_TYPES.length] ?? 'khai-sinh';
      rendered.push(await renderPdf(composeDocument({ docType, seed: 1000 + i }).blocks));
    }
    // Unique bytes per upload (a comment after %%EOF), so no two uploads share a content hash.
    const files = Array.from({ length: options.uploads }, (_, i) =>
      Buffer.concat([Buffer.from(rendered[i % papers] as Uint8Array), Buffer.from(`\n% soak ${i}\n`)]),
    );
    log(`rendered ${papers} papers for ${options.uploads} uploads`);

    let { child, config } = await startChild(dataDir, faultRate);
    const token = await signLocalToken({ agencyId: 'so-xay-dung' }, { dataDir });
    const killAt = Math.floor(options.uploads * (0.2 + 0.6 * random()));
    let done = 0;
    let killed: Promise<void> | null = null;
    const pending: number[] = [];
    let failedByKill = 0;

    const uploadOne = async (i: number): Promise<void> => {
      const bytes = files[i] as Buffer;
      const response = await fetch(`${config.apiUrl}/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          fileName: `soak-${i}.pdf`,
          contentType: 'application/pdf',
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        }),
      });
      if (response.status !== 201) throw new Error(`POST /uploads answered ${response.status}`);
      const ticket = (await response.json()) as { url: string; method: string; headers: Record<string, string> };
      const put = await fetch(ticket.url, {
        method: ticket.method,
        headers: ticket.headers,
        body: new Uint8Array(bytes),
      });
      if (put.status !== 200) throw new Error(`PUT answered ${put.status}`);
    };

    const worker = async (queue: number[]) => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        if (killed) {
          pending.push(i);
          continue;
        }
        try {
          await uploadOne(i);
          done += 1;
          if (done === killAt && !killed) {
            log(`SIGKILL of the stack after ${done} uploads`);
            child.kill('SIGKILL');
            killed = exited(child);
          }
        } catch {
          // The stack died under this upload: retried (as a new upload) after the restart.
          failedByKill += 1;
          pending.push(i);
        }
      }
    };
    const order = files.map((_, i) => i);
    const concurrency = options.concurrency ?? 6;
    await Promise.all(Array.from({ length: concurrency }, () => worker(order)));
    await killed;
    const retriedAfterKill = failedByKill;
    ({ child, config } = await startChild(dataDir, faultRate));
    const recovered = config.recoveredWrites;
    log(
      `restarted; ${failedByKill} uploads cut by the kill are redone, ${pending.length - failedByKill} not started yet`,
    );
    for (let i = pending.shift(); i !== undefined; i = pending.shift()) {
      await uploadOne(i);
      done += 1;
    }

    // Let the restarted stack drain: until every document is terminal, except uploads the kill cut (no
    // bytes stored), which only their deadline can end. Then stop it the polite way.
    const probe = await openProbe(config);
    let abandonedByKill = 0;
    try {
      const drainUntil = Date.now() + (options.drainTimeoutMs ?? 600_000);
      for (;;) {
        const state = await probe.state();
        abandonedByKill = state.withoutBytes;
        if (state.inFlight === 0) break;
        if (Date.now() > drainUntil)
          throw new Error(`soak: ${state.inFlight} documents still in flight after the drain`);
        await new Promise((r) => setTimeout(r, 500));
      }
    } finally {
      probe.close();
    }
    log(`drained: ${abandonedByKill} uploads cut by the kill wait for their deadline`);
    child.kill('SIGTERM');
    await exited(child);

    // Last start-up, two hours on: every deadline has passed, so nothing may stay non-terminal.
    const stack = await openLocalStack({
      dataDir,
      port: 0,
      logLevel: 'SILENT',
      clock: { now: () => new Date(Date.now() + 2 * 3600_000) },
      reconcile: { intervalMs: 0 },
    });
    log('last start-up, two hours on');
    try {
      const before = await stack.reconcilePipeline({ deadlines: { processingMs: 0 } });
      await stack.idle();
      const byStatus: Record<string, number> = {};
      let documents = 0;
      let nonTerminal = 0;
      for await (const { doc } of stack.deps.stores.documents.scan()) {
        documents += 1;
        byStatus[doc.status] = (byStatus[doc.status] ?? 0) + 1;
        if (!isTerminal(doc.status)) nonTerminal += 1;
      }
      const recount = await makeReconcile({ documents: stack.deps.stores.documents })();
      return {
        uploads: options.uploads,
        documents,
        byStatus,
        nonTerminal,
        killedAfterUploads: killAt,
        retriedAfterKill,
        abandonedByKill,
        recoveredWrites: recovered,
        injected: { ...injected },
        reconciled: before.stuck.length,
        countingDrift: recount.drift.length + recount.missingYears.length,
        counted: recount.counted,
        classified: byStatus.classified ?? 0,
        seconds: (Date.now() - started) / 1000,
      };
    } finally {
      await stack.close();
    }
  } finally {
    for (const c of liveChildren) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Reads the running stack's state through its endpoints: documents still in flight (not terminal, bytes
 * stored or past extraction) and uploads without bytes (the PUT the kill cut), which wait for their deadline.
 */
async function openProbe(config: DevConfig) {
  const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
  const { DynamoDBDocumentClient } = await import('@aws-sdk/lib-dynamodb');
  const { S3Client } = await import('@aws-sdk/client-s3');
  const { makeDynamoDocumentStore } = await import('#shared/adapters/dynamodb/stores.ts');
  const { makeS3ObjectStore } = await import('#shared/adapters/s3/object-store.ts');
  const { DYNALITE_CREDENTIALS, LOCAL_REGION, S3RVER_CREDENTIALS } = await import('#local/emulators.ts');
  const client = new DynamoDBClient({
    endpoint: config.dynamoEndpoint,
    region: LOCAL_REGION,
    credentials: DYNALITE_CREDENTIALS,
  });
  const s3 = new S3Client({
    endpoint: config.s3Endpoint,
    region: LOCAL_REGION,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  });
  const documents = makeDynamoDocumentStore({ doc: DynamoDBDocumentClient.from(client), tableName: config.table });
  const objects = makeS3ObjectStore({ client: s3, bucket: config.bucket });
  return {
    async state() {
      let inFlight = 0;
      let withoutBytes = 0;
      for await (const { doc } of documents.scan()) {
        if (isTerminal(doc.status)) continue;
        if (doc.status === 'uploading' && !(await objects.exists(doc.objectKey).catch(() => true))) withoutBytes += 1;
        else inFlight += 1;
      }
      return { inFlight, withoutBytes };
    },
    close: () => {
      client.destroy();
      s3.destroy();
    },
  };
}
