/**
 * Yearly digitization targets as data (DESIGN.md "Counting", DOMAIN.md §1.1–1.6). A policy is a JSON file:
 * a base percentage per level for the first year, a step in percentage points per later year, a cap, and
 * whether years after the last one hold at the cap. Explicit per-year values (`yearsPercent`) override the
 * formula so that a later plan with irregular targets needs no code change.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '#shared/errors.ts';
import defaultPolicyJson from '../policies/dien-bien-1536.json' with { type: 'json' };
import type { Level } from './types.ts';

export const DEFAULT_POLICY_ID = 'dien-bien-1536';

const percent = z.number().min(0).max(100);
const levelPercents = z.object({ province: percent, district: percent, commune: percent });

const policySchema = z.object({
  id: z.string().min(1),
  /** Vietnamese name shown in reports. */
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  /** Where the numbers come from (Vietnamese or English), shown in reports. */
  source: z.string().min(1),
  sourceConfirmed: z.boolean(),
  targetsConfirmed: z.boolean(),
  targetsNote: z.string().optional(),
  firstYear: z.number().int().min(2000).max(2100),
  lastYear: z.number().int().min(2000).max(2100),
  basePercent: levelPercents,
  stepPoints: z.number().min(0).max(100),
  capPercent: percent,
  /**
   * Whether the rule goes on after `lastYear`: +`stepPoints` a year per level until `capPercent`, then the
   * cap (false: no target after `lastYear`).
   */
  holdAfterLastYear: z.boolean(),
  holdAfterLastYearConfirmed: z.boolean().optional(),
  holdAfterLastYearNote: z.string().optional(),
  /** Vietnamese sentence for the report footnote when a year after `lastYear` is judged by that reading. */
  afterLastYearNoteVi: z.string().optional(),
  yearsPercent: z.record(z.string().regex(/^\d{4}$/), levelPercents.partial()).optional(),
});

export type TargetPolicy = z.infer<typeof policySchema>;

const BUILT_IN: Record<string, unknown> = { [DEFAULT_POLICY_ID]: defaultPolicyJson };

/** Validates a parsed policy document; throws ConfigError listing every problem. */
export function parseTargetPolicy(value: unknown, origin = 'policy'): TargetPolicy {
  const parsed = policySchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid target policy ${origin}: ${problems}`);
  }
  if (parsed.data.lastYear < parsed.data.firstYear) {
    throw new ConfigError(`invalid target policy ${origin}: lastYear is before firstYear`);
  }
  return parsed.data;
}

/**
 * Loads a target policy: no argument = the default (Điện Biên 1536/KH-UBND); a built-in id
 * (`dien-bien-1536`); or a path to a JSON file (anything containing `/` or ending in `.json`).
 * Built-in policies are bundled (imported), so Lambda needs no file on disk for them.
 */
export function loadTargetPolicy(idOrPath?: string | null): TargetPolicy {
  const key = idOrPath?.trim() || DEFAULT_POLICY_ID;
  const builtIn = BUILT_IN[key];
  if (builtIn !== undefined) return parseTargetPolicy(builtIn, key);
  if (!key.includes('/') && !key.endsWith('.json')) {
    throw new ConfigError(`unknown target policy "${key}" (built-in: ${Object.keys(BUILT_IN).join(', ')})`);
  }
  const path = isAbsolute(key) ? key : resolve(process.cwd(), key);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read target policy file ${path}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`target policy file ${path} is not valid JSON`, { cause: error });
  }
  return parseTargetPolicy(json, path);
}

/**
 * The target of `level` for `year` as a fraction 0–1, or null when the policy sets none for that year
 * (before `firstYear`, or after `lastYear` when the rule does not go on). After `lastYear` a holding
 * policy keeps adding `stepPoints` a year until the cap and then holds there (DESIGN.md "Counting":
 * the commune level, 95 % in 2025, reaches 100 % in 2026). Computed in whole percentage points so that
 * 0.15 + 4 × 0.20 is exactly 0.95.
 */
export function targetFor(policy: TargetPolicy, year: number, level: Level): number | null {
  const explicit = policy.yearsPercent?.[String(year)]?.[level];
  if (explicit !== undefined) return explicit / 100;
  if (!Number.isInteger(year) || year < policy.firstYear) return null;
  if (year > policy.lastYear && !policy.holdAfterLastYear) return null;
  const points = policy.basePercent[level] + policy.stepPoints * (year - policy.firstYear);
  return Math.min(points, policy.capPercent) / 100;
}

/** Whether `year`'s targets come from continuing the rule past the plan's last year (a reading, said in reports). */
export function targetIsReading(policy: TargetPolicy, year: number): boolean {
  return policy.holdAfterLastYear && year > policy.lastYear && !policy.yearsPercent?.[String(year)];
}

/** Whether the policy has any target for `year` (used to say so in reports rather than invent one). */
export function policyCoversYear(policy: TargetPolicy, year: number): boolean {
  return (['province', 'district', 'commune'] as const).some((level) => targetFor(policy, year, level) !== null);
}
