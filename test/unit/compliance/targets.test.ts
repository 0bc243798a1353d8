import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTargetPolicy, policyCoversYear, targetFor, targetIsReading } from '#shared/domain/targets.ts';
import { ConfigError } from '#shared/errors.ts';

describe('target policy 1536/KH-UBND', () => {
  const policy = loadTargetPolicy();

  it.each([
    [2021, 0.3, 0.2, 0.15],
    [2022, 0.5, 0.4, 0.35],
    [2023, 0.7, 0.6, 0.55],
    [2024, 0.9, 0.8, 0.75],
    [2025, 1, 1, 0.95],
  ])('gives %i targets province %f, district %f, commune %f', (year, province, district, commune) => {
    expect(targetFor(policy, year, 'province')).toBe(province);
    expect(targetFor(policy, year, 'district')).toBe(district);
    expect(targetFor(policy, year, 'commune')).toBe(commune);
  });

  it('has no target before 2021; after 2025 the rule goes on to 100 % (commune in 2026) and holds (DESIGN.md)', () => {
    expect(targetFor(policy, 2020, 'province')).toBeNull();
    expect(targetFor(policy, 2026, 'commune')).toBe(1);
    expect(targetFor(policy, 2026, 'province')).toBe(1);
    expect(targetFor(policy, 2031, 'district')).toBe(1);
    expect(policyCoversYear(policy, 2026)).toBe(true);
    expect(policyCoversYear(policy, 2025)).toBe(true);
    expect(targetIsReading(policy, 2025)).toBe(false);
    expect(targetIsReading(policy, 2026)).toBe(true);
  });

  it('continues +step a year after its last year rather than jumping to the cap, and has none when it does not hold', () => {
    const short = { ...policy, lastYear: 2022, holdAfterLastYear: true };
    expect(targetFor(short, 2023, 'commune')).toBe(0.55);
    expect(targetFor(short, 2026, 'commune')).toBe(1);
    const stops = { ...policy, holdAfterLastYear: false };
    expect(targetFor(stops, 2026, 'commune')).toBeNull();
    expect(policyCoversYear(stops, 2026)).toBe(false);
  });

  it('carries its name, source and confirmation flags, marking the after-2025 reading as unconfirmed', () => {
    expect(policy.name).toContain('1536/KH-UBND');
    expect(policy.targetsConfirmed).toBe(false);
    expect(policy.holdAfterLastYear).toBe(true);
    expect(policy.holdAfterLastYearConfirmed).toBe(false);
    expect(policy.targetsNote).toMatch(/^FROM THE PLAN/);
    expect(policy.holdAfterLastYearNote).toMatch(/^THIS READING/);
  });

  it('loads a policy file that holds at 100 % after its last year, and explicit year values win', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const file = join(dir, 'hold.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...policy,
        id: 'hold',
        holdAfterLastYear: true,
        yearsPercent: { '2027': { commune: 90 } },
      }),
    );
    const hold = loadTargetPolicy(file);
    expect(targetFor(hold, 2026, 'commune')).toBe(1);
    expect(targetFor(hold, 2027, 'commune')).toBe(0.9);
    expect(targetFor(hold, 2027, 'province')).toBe(1);
  });

  it('rejects an unknown id and an invalid file with a ConfigError', () => {
    expect(() => loadTargetPolicy('nope')).toThrow(ConfigError);
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ id: 'x', basePercent: { province: 130 } }));
    expect(() => loadTargetPolicy(file)).toThrow(/basePercent.province/);
  });
});
