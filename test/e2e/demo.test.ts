/**
 * A reduced `sohoa demo` through the same code path (`runDemo`): real dynalite, s3rver, HTTP API,
 * presigned PUTs, pipeline and outbox. The report's figures are recomputed here from the seed CSVs, the
 * history share and the documents' final states, without the compliance code.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoResult, runDemo } from '#cli/commands/demo.ts';
import { DEMO_FILES } from '#demo/plan.ts';

const HISTORY_SCALE = 0.02;

interface AgencyRow {
  id: string;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
}

/** A minimal reading of the seed CSVs (the names are quoted when they hold a comma; other fields never are). */
function readAgencies(text: string): AgencyRow[] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const cells = line.replace(/"[^"]*"/g, 'NAME').split(',');
      return { id: cells[0]!, validFrom: cells[5] || null, validTo: cells[6] || null, successorId: cells[7] || null };
    });
}

function readRows(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

/** Vietnam calendar date of an instant (UTC+7, no daylight saving). */
const vnDate = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);

function sink(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

describe('sohoa demo (reduced)', () => {
  let dataDir: string;
  let result: DemoResult;
  let agencies: AgencyRow[];
  let inventories: string[][];
  let history: string[][];
  const out = sink();

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sohoa-demo-'));
    agencies = readAgencies(await readFile(DEMO_FILES.agencies, 'utf8'));
    inventories = readRows(await readFile(DEMO_FILES.inventories, 'utf8'));
    history = readRows(await readFile(DEMO_FILES.history, 'utf8'));
    result = await runDemo({
      dataDir,
      fresh: true,
      count: 7,
      scans: 1,
      historyScale: HISTORY_SCALE,
      years: [2025, 2026],
      out,
      color: false,
      progress: false,
    });
  }, 240_000);

  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('brings every upload, the awkward ones included, to its documented terminal state', () => {
    const byVariant = new Map(result.uploads.map((u) => [u.planned.variant, u.record?.status]));
    expect(byVariant.get('corrupt')).toBe('rejected');
    expect(byVariant.get('not-a-result')).toBe('not_a_result');
    expect(byVariant.get('expired')).toBe('expired');
    expect(byVariant.get('duplicate')).toBe('duplicate');
    const results = result.uploads.filter((u) => u.planned.variant === 'result');
    expect(results).toHaveLength(3);
    for (const u of results) expect(['classified', 'needs_review']).toContain(u.record?.status);
    expect(results.some((u) => u.planned.format !== 'pdf')).toBe(true);
    expect(Object.values(result.statusCounts).reduce((a, b) => a + b, 0)).toBe(7);
  });

  /** The row each agency's figures fall in on `asOf`: itself, or its successor chain. */
  const reporterOf = (id: string, asOf: string): string => {
    const byId = new Map(agencies.map((a) => [a.id, a]));
    let current = byId.get(id)!;
    while (current.validTo !== null && current.validTo < asOf && current.successorId) {
      current = byId.get(current.successorId)!;
    }
    return current.id;
  };

  function expectedRows(year: number, asOf: string) {
    const rows = new Map<string, { inventory: number | null; digitized: number }>();
    for (const a of agencies) {
      if (a.validFrom !== null && a.validFrom > asOf) continue;
      const key = reporterOf(a.id, asOf);
      const row = rows.get(key) ?? { inventory: null, digitized: 0 };
      const declared = inventories
        .filter(([id, date]) => id === a.id && date! <= asOf)
        .sort((x, y) => (x[1]! < y[1]! ? -1 : 1));
      const latest = declared.at(-1);
      if (latest) row.inventory = (row.inventory ?? 0) + Number(latest[2]);
      for (const [id, y, n] of history) {
        if (id === a.id && Number(y) <= year) row.digitized += Math.floor(Number(n) * HISTORY_SCALE);
      }
      for (const u of result.uploads) {
        const r = u.record;
        if (!r || r.agencyId !== a.id || r.status !== 'classified' || !r.digitizedAt) continue;
        if (vnDate(r.digitizedAt) > asOf) continue;
        if (r.expiryDate !== null && r.expiryDate < asOf) continue;
        row.digitized += 1;
      }
      rows.set(key, row);
    }
    return rows;
  }

  it.each([2025, 2026])('reports the %i figures recomputed from the seed data and the uploads', (year) => {
    const demo = result.reports.find((r) => r.report.year === year);
    expect(demo).toBeDefined();
    const report = demo!.report;
    const today = vnDate(new Date().toISOString());
    expect(report.asOf).toBe(year === 2025 ? '2025-12-31' : today < '2026-12-31' ? today : '2026-12-31');
    const expected = expectedRows(year, report.asOf);
    expect(new Set(report.agencies.map((r) => r.id))).toEqual(new Set(expected.keys()));
    for (const row of report.agencies) {
      const want = expected.get(row.id!)!;
      expect({ id: row.id, inventory: row.inventory, digitized: row.digitized }).toEqual({ id: row.id, ...want });
    }
    const declared = [...expected.values()].filter((r) => r.inventory !== null);
    const inventory = declared.reduce((s, r) => s + (r.inventory ?? 0), 0);
    const digitized = declared.reduce((s, r) => s + r.digitized, 0);
    expect(report.province.inventory).toBe(inventory);
    expect(report.province.digitized).toBe(digitized);
    expect(report.province.rate).toBeCloseTo(digitized / inventory, 10);
    // Three levels up to mid-2025 (the districts as a former level at year end), two after.
    const levels = [...report.levels, ...report.formerLevels].map((l) => l.level).sort();
    expect(levels).toEqual(year === 2025 ? ['commune', 'district', 'province'] : ['commune', 'province']);
    expect(report.agencies.find((r) => r.id === 'so-dan-toc-ton-giao')?.inventory).toBeNull();
  });

  it('files the summary e-mail with its chart and Excel file, and exports them', async () => {
    const files = result.reports.find((r) => r.report.year === 2025)!.files;
    expect(files.eml).not.toBeNull();
    const mail = await simpleParser(await readFile(files.eml!));
    expect(mail.subject).toBe('[Số hóa KQ TTHC] Báo cáo tiến độ năm 2025 – tỉnh Điện Biên');
    const names = mail.attachments.map((a) => a.filename);
    expect(names).toContain('bao-cao-so-hoa-2025-nam-2025-12-31.xlsx');
    expect(mail.attachments.some((a) => a.contentType === 'image/png' && a.cid)).toBe(true);
    expect((await readFile(files.xlsx)).subarray(0, 2).toString()).toBe('PK');
    expect((await readFile(files.chart)).subarray(1, 4).toString()).toBe('PNG');
    expect(await readFile(files.html!, 'utf8')).toContain('Toàn tỉnh Điện Biên');
    const outbox = await readdir(join(dataDir, 'outbox'));
    expect(outbox.filter((f) => f.endsWith('.eml')).length).toBeGreaterThan(2);
    expect(out.text).toContain('Every document reached a terminal state');
  });

  it('can be re-run on the same data: the same files come back as duplicates and no figure moves', async () => {
    const again = await runDemo({
      dataDir,
      count: 7,
      scans: 1,
      historyScale: HISTORY_SCALE,
      out: sink(),
      color: false,
      progress: false,
      years: [2026],
    });
    const first = result.reports.find((r) => r.report.year === 2026)!.report;
    const second = again.reports[0]!.report;
    expect(second.province.digitized).toBe(first.province.digitized);
    expect(second.province.inventory).toBe(first.province.inventory);
    // Every file that was counted the first time is now a duplicate of itself.
    for (const u of result.uploads.filter((x) => x.record?.status === 'classified')) {
      const repeat = again.uploads.find((x) => x.planned.name === u.planned.name);
      expect(repeat?.record?.status).toBe('duplicate');
    }
  }, 240_000);
});
