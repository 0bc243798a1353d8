/**
 * The local stack of the fault-injection soak, in its own process (so it can be SIGKILLed whole): opens
 * `openLocalStack` on SOAK_DATA_DIR with the extract and classify handlers wrapped to fail at random
 * (SOAK_FAULT_RATE: half OCR throttling errors before extract, half errors thrown in classify), records
 * its endpoints in dev.json (a restart keeps the same ports) and prints `ready <json>` on stdout.
 * Run as `node --import tsx/esm test/support/soak-child.ts`.
 */
import { openLocalStack } from '#local/composition.ts';
import { writeDevConfig } from '#local/dev-config.ts';
import type { SqsHandler } from '#local/event-router.ts';

const dataDir = process.env.SOAK_DATA_DIR ?? '.sohoa-soak';
const rate = Number(process.env.SOAK_FAULT_RATE ?? '0.2');
const agencyId = process.env.SOAK_AGENCY ?? 'so-xay-dung';

function throttle(): Error {
  const error = new Error('Rate exceeded (injected)');
  error.name = 'ThrottlingException';
  return error;
}

const wrapHandler =
  (queue: 'extract' | 'classify', handler: SqsHandler): SqsHandler =>
  async (event, context) => {
    if (Math.random() < rate / 2) {
      // Counted by the parent (test/support/soak.ts), which reports the injected failures.
      process.stdout.write(`injected ${queue}\n`);
      throw queue === 'extract' ? throttle() : new Error('classify failed (injected)');
    }
    return handler(event, context);
  };

const stack = await openLocalStack({
  dataDir,
  port: Number(process.env.SOAK_API_PORT ?? '0'),
  logLevel: 'SILENT',
  extractConcurrency: 2,
  visibilityMs: 50,
  maxReceiveCount: 10,
  reconcile: { intervalMs: 0 },
  // One agency sends every upload as fast as it can: the soak is about faults, not the per-agency fairness limit.
  uploadLimits: { maxUploadsInFlight: 1_000_000 },
  wrapHandler,
});
await stack.deps.stores.agencies.put({
  id: agencyId,
  name: 'Sở Xây dựng',
  level: 'province',
  parentId: null,
  emails: [],
  validFrom: null,
  validTo: null,
  successorId: null,
});
await writeDevConfig(stack.dataDir, stack.config);
process.stdout.write(`ready ${JSON.stringify({ ...stack.config, recoveredWrites: stack.recoveredWrites })}\n`);
process.on('SIGTERM', () => {
  void stack.close().then(() => process.exit(0));
});
