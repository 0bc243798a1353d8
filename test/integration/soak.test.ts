/**
 * The fault-injection soak, small (issue 12; the 1,000-upload run is `npm run bench -- soak`): 40 uploads
 * with ~20 % of handler invocations failing and a SIGKILL of the whole stack mid-run end with every
 * document in exactly one terminal state and the counting index equal to a recount.
 */
import { describe, expect, it } from 'vitest';
import { runSoak } from '#test/support/soak.ts';

describe('fault-injection soak (40 uploads)', () => {
  it('ends with every upload terminal, once, and no counting drift', async () => {
    const result = await runSoak({ uploads: 40, papers: 20, seed: 7 });
    expect(result.documents).toBeGreaterThanOrEqual(40);
    expect(result.nonTerminal).toBe(0);
    expect(result.countingDrift).toBe(0);
    expect(result.counted).toBe(result.classified);
    // Every upload ends in a result the clerk can read; repeated papers are duplicates, never counted twice.
    expect(result.classified).toBeGreaterThan(0);
    expect(result.classified).toBeLessThanOrEqual(20);
  }, 120_000);
});
