/**
 * The fault-injection soak, small (issue 12; the 1,000-upload run is `npm run bench -- soak`): 40 uploads
 * with ~20 % of handler invocations failing and a SIGKILL of the whole stack mid-run end with every
 * document in exactly one terminal state and the counting index equal to a recount. Uploads whose PUT the
 * kill cut (no 200: the client sent them again) end `rejected: upload_expired` once their deadline passes,
 * whatever the kill left in s3rver's folder (local/s3-recovery.ts removes unfinished writes at restart).
 */
import { describe, expect, it } from 'vitest';
import { runSoak } from '#test/support/soak.ts';

describe('fault-injection soak (40 uploads)', () => {
  it('ends with every upload terminal, once, and no counting drift', async () => {
    const result = await runSoak({ uploads: 40, papers: 10, seed: 7, drainTimeoutMs: 60_000 });
    expect(result.documents).toBeGreaterThanOrEqual(40);
    expect(result.nonTerminal).toBe(0);
    // The faults were really injected (about 20 % of handler invocations).
    expect(result.injected.extract + result.injected.classify).toBeGreaterThan(0);
    expect(result.countingDrift).toBe(0);
    expect(result.counted).toBe(result.classified);
    // Every upload ends in a result the clerk can read; repeated papers are duplicates, never counted twice.
    expect(result.classified).toBeGreaterThan(0);
    expect(result.classified).toBeLessThanOrEqual(10);
    // Each document the kill left without bytes ended rejected (upload_expired), none disappeared.
    expect(result.byStatus.rejected ?? 0).toBeGreaterThanOrEqual(result.abandonedByKill);
    expect(result.documents - result.abandonedByKill).toBeGreaterThanOrEqual(40);
  }, 150_000);
});
