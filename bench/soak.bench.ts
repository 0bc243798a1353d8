/**
 * `npm run bench -- soak [-- --uploads N]` (or SOAK_UPLOADS=N): the fault-injection soak of issue 12 —
 * N uploads (default 1,000) of text-layer PDFs through the local stack with ~20 % injected failures and a
 * SIGKILL of the whole stack at a random moment, then the reconciler. Reports the end states.
 */
import { runSoak } from '../test/support/soak.ts';
import type { BenchResult } from './run.ts';

function uploadsWanted(): number {
  const flag = process.argv.indexOf('--uploads');
  const raw = flag >= 0 ? process.argv[flag + 1] : process.env.SOAK_UPLOADS;
  const n = Number.parseInt(raw ?? '1000', 10);
  return Number.isFinite(n) && n > 0 ? n : 1000;
}

export default async function soak(): Promise<BenchResult[]> {
  const uploads = uploadsWanted();
  const r = await runSoak({ uploads, faultRate: 0.2, log: (line) => process.stdout.write(`soak: ${line}\n`) });
  const notes = Object.entries(r.byStatus)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  return [
    { name: 'uploads', value: r.uploads, unit: 'files' },
    { name: 'documents (incl. retried after kill)', value: r.documents, unit: 'records', notes },
    { name: 'non-terminal at the end', value: r.nonTerminal, unit: 'documents', target: '0' },
    { name: 'counting drift vs recount', value: r.countingDrift, unit: 'documents', target: '0' },
    { name: 'counted (= classified)', value: r.counted, unit: 'documents', notes: `classified ${r.classified}` },
    {
      name: 'injected failures',
      value: r.injected.extract + r.injected.classify,
      unit: 'invocations',
      notes: `${r.injected.extract} OCR throttles before extract, ${r.injected.classify} errors thrown in classify`,
    },
    { name: 'SIGKILL after', value: r.killedAfterUploads, unit: 'uploads', notes: `${r.retriedAfterKill} redone` },
    {
      name: 'uploads the kill cut (no bytes) → upload_expired',
      value: r.abandonedByKill,
      unit: 'documents',
      notes: `${r.recoveredWrites} unfinished s3rver writes removed at restart`,
    },
    { name: 'driven by the final reconcile', value: r.reconciled, unit: 'documents' },
    { name: 'wall time', value: r.seconds, unit: 's' },
  ];
}
