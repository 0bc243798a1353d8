/**
 * Classification throughput on one core: documents per second through classifyText, on the hand-written
 * test documents (accurate, accent-folded and Textract-like copies). Target from the issue: ≥ 5,000/s.
 * `npm run bench -- classify`
 */
import { performance } from 'node:perf_hooks';
import { classifyText } from '#shared/domain/classify.ts';
import { foldAccents } from '#shared/domain/normalize.ts';
import { NOISE_CASES, NOT_A_RESULT_CASES, RESULT_CASES } from '#test/unit/domain/classify-cases.ts';
import { degradeLikeTextract } from '#test/unit/domain/textract-like.ts';
import type { BenchResult } from './run.ts';

export default async function classifyBench(): Promise<BenchResult[]> {
  const base = [...RESULT_CASES, ...NOT_A_RESULT_CASES, ...NOISE_CASES].map((c) => c.text);
  const texts = [...base, ...base.map(foldAccents), ...base.map((t, i) => degradeLikeTextract(t, i))];
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;

  // Warm up the JIT and the folding caches, then measure for about two seconds.
  for (let i = 0; i < 3; i++) for (const t of texts) classifyText(t);
  let docs = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < 2000) {
    for (const t of texts) classifyText(t);
    docs += texts.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time of this (single-threaded) process: the figure for one core even on a busy machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return [
    {
      name: 'classifyText throughput',
      value: docs / seconds,
      unit: 'documents/s (one core)',
      target: '>= 5000',
      notes: `${texts.length} distinct texts, mean ${Math.round(chars)} characters`,
    },
    {
      name: 'classifyText throughput (CPU time)',
      value: docs / cpuSeconds,
      unit: 'documents per CPU-second',
      target: '>= 5000',
      notes: 'same run, divided by the process CPU time instead of wall-clock time',
    },
    { name: 'classifyText latency', value: (seconds * 1e6) / docs, unit: 'µs/document (wall clock)' },
  ];
}
