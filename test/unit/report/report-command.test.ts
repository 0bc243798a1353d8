/**
 * `sohoa report` as a user runs it: the real binary, on a local data directory (dynalite + s3rver opened
 * in-process by the command) seeded with agencies and inventory declarations.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openLocalStack } from '#local/composition.ts';
import type { Agency } from '#shared/domain/types.ts';

const BIN = resolve(process.cwd(), 'cli/bin.js');
const run = promisify(execFile);
const env = { ...process.env, POWERTOOLS_LOG_LEVEL: 'ERROR', SOHOA_DEBUG: '' };
let dataDir: string;

const agency = (a: Partial<Agency> & Pick<Agency, 'id' | 'name' | 'level'>): Agency => ({
  parentId: null,
  emails: [`vanthu.${a.id}@dienbien.example`],
  validFrom: null,
  validTo: null,
  successorId: null,
  ...a,
});

/** Seeds the local data directory in-process (one binary run is enough for the test's point). */
async function seed(dir: string): Promise<void> {
  const stack = await openLocalStack({ dataDir: dir, port: 0, fresh: true, logLevel: 'ERROR' });
  try {
    const { agencies, inventory } = stack.deps.stores;
    await agencies.put(agency({ id: 'so-tp', name: 'Sở Tư pháp', level: 'province' }));
    await agencies.put(
      agency({
        id: 'h-tuan-giao',
        name: 'UBND huyện Tuần Giáo',
        level: 'district',
        validTo: '2025-06-30',
        successorId: 'xa-tuan-giao',
      }),
    );
    await agencies.put(
      agency({ id: 'xa-tuan-giao', name: 'UBND xã Tuần Giáo', level: 'commune', validFrom: '2025-07-01' }),
    );
    await inventory.declare({ agencyId: 'so-tp', asOf: '2024-12-31', totalValid: 200, estimated: false });
    await inventory.declare({ agencyId: 'h-tuan-giao', asOf: '2024-12-31', totalValid: 150, estimated: true });
    await inventory.declare({ agencyId: 'xa-tuan-giao', asOf: '2025-07-15', totalValid: 50, estimated: false });
  } finally {
    await stack.close();
  }
}

describe('sohoa report', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sohoa-report-'));
    await seed(dataDir);
  });

  it('prints the --json contract and files the e-mails with --send', async () => {
    const { stdout } = await run(
      process.execPath,
      [BIN, 'report', '--year', '2025', '--json', '--send', '--data-dir', dataDir],
      { env },
    );
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'year',
        'asOf',
        'period',
        'policy',
        'province',
        'levels',
        'agencies',
        'pending',
        'warnings',
      ]),
    );
    expect(report).toMatchObject({ year: 2025, asOf: '2025-12-31', period: 'year' });
    expect(report.policy).toMatchObject({ name: expect.stringContaining('1536/KH-UBND'), source: expect.any(String) });
    // After 30/6/2025 the district counts under its successor commune: two levels, two agencies.
    expect(report.levels.map((l: { level: string }) => l.level)).toEqual(['province', 'commune']);
    const commune = report.agencies.find((a: { id: string }) => a.id === 'xa-tuan-giao');
    expect(commune).toMatchObject({
      level: 'commune',
      inventory: 200,
      digitized: 0,
      rate: 0,
      target: 0.95,
      met: false,
      shortfall: 190,
    });
    expect(Object.keys(commune)).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'level',
        'inventory',
        'digitized',
        'rate',
        'target',
        'met',
        'shortfall',
        'forecast',
        'warnings',
      ]),
    );
    expect(report.formerLevels[0]).toMatchObject({ name: 'Cấp huyện (cũ)', inventory: 150 });
    expect(report.sent.summary.subject).toBe('[Số hóa KQ TTHC] Báo cáo tiến độ năm 2025 – tỉnh Điện Biên');
    expect(existsSync(report.sent.summary.location)).toBe(true);
    expect(existsSync(report.sent.summary.location.replace(/\.eml$/, '.html'))).toBe(true);
    expect(report.sent.agencies.map((a: { agencyId: string }) => a.agencyId).sort()).toEqual(['so-tp', 'xa-tuan-giao']);
  });
});
