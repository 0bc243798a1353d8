/**
 * The demo's plan, pure and deterministic: which sample documents each Điện Biên agency uploads, and the
 * illustrative history of documents digitized in 2021–2026 before the demo ran ("dữ liệu minh họa").
 * The seed files beside this module are the same CSV formats `sohoa agencies import` and
 * `sohoa inventory import` read, plus `history.csv` (agencyId,year,digitized).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type ComposeSpec, composeDocument, type SampleAgency, type SampleTruth } from '#demo/samples/compose.ts';
import type { Agency, Level } from '#shared/domain/types.ts';
import { addDays, vnToday } from '#shared/domain/vn-time.ts';

export const DEMO_FILES = {
  agencies: fileURLToPath(new URL('./agencies.csv', import.meta.url)),
  inventories: fileURLToPath(new URL('./inventories.csv', import.meta.url)),
  history: fileURLToPath(new URL('./history.csv', import.meta.url)),
} as const;

/**
 * Who the demo's province summary goes to, and from. `.example` is reserved (RFC 2606): nothing can ever be
 * delivered there, and the local mailer only files the messages in the outbox anyway.
 */
export const DEMO_MAIL = {
  from: 'Hệ thống số hóa KQ TTHC <sohoa@dienbien.example>',
  recipients: ['lanhdao.ubnd-tinh@dienbien.example', 'vanthu.vp-ubnd-tinh@dienbien.example'],
} as const;

/** As the report use-case wants it (it writes "Toàn tỉnh Điện Biên"). */
export const PROVINCE_NAME = 'Điện Biên';

/** The day the two-tier local government starts (the district level ends the day before). */
export const REFORM_DAY = '2025-07-01';

/** What the sample is meant to show once the pipeline has read it. */
export type SampleVariant = 'result' | 'duplicate' | 'expired' | 'not-a-result' | 'corrupt';
export type SampleFormat = 'pdf' | 'scan-png' | 'scan-jpeg' | 'scan-tiff' | 'scan-pdf';

export interface PlannedUpload {
  /** Stable file stem, unique in the plan (also the name the clerk's file has). */
  name: string;
  /** The agency that uploads it today (alive now: a current Sở, or the successor commune of a district). */
  uploaderId: string;
  /** The agency printed as issuer (may be a former district or Sở whose results the uploader inherited). */
  issuerId: string;
  format: SampleFormat;
  variant: SampleVariant;
  /** What the sample generator composes (results); null for the not-a-result page and the corrupt file. */
  spec: ComposeSpec | null;
  /** The expected reading (ground truth) of results and of the not-a-result page. */
  truth: SampleTruth | null;
  seed: number;
  /** For `duplicate`: the planned upload whose bytes it repeats. */
  copyOf?: string;
}

/**
 * Who issues each catalogue type (DOMAIN.md §3.1) before and after the 2025 changes. `before`/`after` are
 * agency ids of `agencies.csv`, or a kind of unit. District-level types are always issued by a former
 * district (the sample generator dates them before 1/7/2025) and uploaded by its successor commune.
 */
interface TypeRoute {
  docType: string;
  level: Level;
  before: 'district' | 'old-commune' | string;
  after: 'district' | 'new-commune' | string;
  /** The day the issuer changes (Sở mergers 2025-03-01, two-tier reform 2025-07-01). */
  changeDay: string;
  /** Last issue day this demo can show (driving licences moved to the police on 2025-03-01). */
  until?: string;
}

const MERGER_DAY = '2025-03-01';
const PLAN_START = '2021-01-01';

const commune = (docType: string): TypeRoute => ({
  docType,
  level: 'commune',
  before: 'old-commune',
  after: 'new-commune',
  changeDay: REFORM_DAY,
});
const district = (docType: string): TypeRoute => ({
  docType,
  level: 'district',
  before: 'district',
  after: 'district',
  changeDay: REFORM_DAY,
});
const province = (docType: string, before: string, after = before, until?: string): TypeRoute => ({
  docType,
  level: 'province',
  before,
  after,
  changeDay: MERGER_DAY,
  ...(until ? { until } : {}),
});

const ROUTES: readonly TypeRoute[] = [
  commune('khai-sinh'),
  commune('trich-luc-khai-sinh'),
  commune('ket-hon'),
  commune('xac-nhan-tinh-trang-hon-nhan'),
  commune('trich-luc-khai-tu'),
  commune('chung-thuc-ban-sao'),
  commune('chung-thuc-chu-ky'),
  district('dang-ky-ho-kinh-doanh'),
  district('dang-ky-hop-tac-xa'),
  district('giay-phep-xay-dung-nha-o'),
  district('gcn-qsdd-ca-nhan'),
  district('giay-phep-ban-le-ruou'),
  district('giay-phep-ban-le-thuoc-la'),
  district('quyet-dinh-tro-cap-xa-hoi'),
  province('gcn-qsdd-to-chuc', 'so-tai-nguyen-moi-truong', 'so-nong-nghiep-moi-truong'),
  province('gcn-an-toan-thuc-pham', 'so-y-te'),
  province('dang-ky-doanh-nghiep', 'so-ke-hoach-dau-tu', 'so-tai-chinh'),
  province('giay-phep-lai-xe', 'so-giao-thong-van-tai', 'so-giao-thong-van-tai', '2025-02-28'),
  province('giay-phep-hanh-nghe-kcb', 'so-y-te'),
  province('chung-chi-hanh-nghe-duoc', 'so-y-te'),
  province('gcn-du-dieu-kien-kinh-doanh-duoc', 'so-y-te'),
  province('giay-phep-moi-truong', 'ubnd-tinh'),
  province('giay-phep-xay-dung', 'so-xay-dung'),
  province('giay-phep-kinh-doanh-van-tai', 'so-giao-thong-van-tai', 'so-xay-dung'),
  province('quyet-dinh-giao-dat', 'ubnd-tinh'),
  province('giay-phep-van-phong-dai-dien', 'so-cong-thuong'),
];

/** Whether the agency exists on the given day (validFrom/validTo inclusive). */
export function isAliveOn(agency: Pick<Agency, 'validFrom' | 'validTo'>, day: string): boolean {
  return (agency.validFrom === null || agency.validFrom <= day) && (agency.validTo === null || agency.validTo >= day);
}

/** The agency that holds `agencyId`'s results on `day`: itself, or its successor chain. */
export function holderOn(agencies: ReadonlyMap<string, Agency>, agencyId: string, day: string): Agency {
  let current = agencies.get(agencyId);
  const seen = new Set<string>();
  while (current && current.validTo !== null && current.validTo < day && current.successorId) {
    if (seen.has(current.id)) break;
    seen.add(current.id);
    current = agencies.get(current.successorId);
  }
  if (!current) throw new Error(`demo plan: unknown agency ${agencyId}`);
  return current;
}

const titleCase = (s: string): string => s.toLocaleUpperCase('vi');

/** The header lines an agency prints (ND 30: superior body first), from its name in agencies.csv. */
export function issuerOf(agency: Agency): SampleAgency {
  const name = agency.name.replace(/\s*\(cũ\)\s*$/u, '');
  let lines: string[];
  if (agency.level === 'province' && /^UBND tỉnh/u.test(name)) lines = ['ỦY BAN NHÂN DÂN', 'TỈNH ĐIỆN BIÊN'];
  else if (agency.level === 'province' && /^Văn phòng UBND/u.test(name)) lines = ['UBND TỈNH ĐIỆN BIÊN', 'VĂN PHÒNG'];
  else if (agency.level === 'province') lines = ['UBND TỈNH ĐIỆN BIÊN', titleCase(name)];
  else lines = ['ỦY BAN NHÂN DÂN', titleCase(name.replace(/^UBND\s+/u, ''))];
  return { name, level: agency.level, issuerLines: lines };
}

export interface UploadPlanOptions {
  agencies: readonly Agency[];
  /** How many files to upload in total (the full demo: 80). */
  count: number;
  /** Scanned files among them (OCR costs ~1–2 s a page). Default: one in eight, at most 10. */
  scans?: number;
  /** The demo day (YYYY-MM-DD, Vietnam time): every result but the expired one is valid on it. */
  today: string;
  seed?: number;
}

const SCAN_FORMATS: readonly SampleFormat[] = ['scan-png', 'scan-jpeg', 'scan-tiff', 'scan-pdf'];

/**
 * Plans `count` uploads across the catalogue and the three issuing levels. The first four are the
 * awkward cases (a corrupt file, a page that is not a result, an expired licence, a duplicate); the rest
 * are results, most born-digital PDFs, some scans. Each goes to the agency that holds it today. Issue
 * dates come from the sample generator (2021 up to the demo day); the issuer is the agency that existed
 * on that date.
 */
export function makeUploadPlan(options: UploadPlanOptions): PlannedUpload[] {
  const baseSeed = options.seed ?? 2025;
  const byId = new Map(options.agencies.map((a) => [a.id, a]));
  const today = options.today;
  const pool = (filter: (a: Agency) => boolean) => options.agencies.filter(filter);
  const pools = {
    district: pool((a) => a.level === 'district'),
    'old-commune': pool((a) => a.level === 'commune' && a.validTo !== null),
    'new-commune': pool((a) => a.level === 'commune' && a.validTo === null),
  } as const;
  const count = Math.max(0, Math.floor(options.count));
  const scans = Math.min(options.scans ?? Math.min(10, Math.floor(count / 8)), count);
  const plan: PlannedUpload[] = [];
  const add = (item: Omit<PlannedUpload, 'name'>) => {
    const label = item.variant === 'result' ? (item.spec?.docType ?? 'result') : item.variant;
    plan.push({ name: `${String(plan.length + 1).padStart(3, '0')}-${label}`, ...item });
  };
  const agencyFor = (kind: string, seed: number): Agency => {
    const list = kind in pools ? pools[kind as keyof typeof pools] : [byId.get(kind)].filter((a) => a !== undefined);
    if (list.length === 0) throw new Error(`demo plan: no agency for "${kind}" in agencies.csv`);
    return list[seed % list.length]!;
  };

  /** Composes with an issuer of the right era: the issue date does not depend on which agency of a level. */
  const planResult = (route: TypeRoute, seed: number, expired: boolean) => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const s = seed + attempt * 7919;
      const probe = composeDocument({
        docType: route.docType,
        seed: s,
        referenceDate: today,
        expired,
        agency: issuerOf(agencyFor(route.before, s)),
      });
      const issueDate = probe.truth.issueDate ?? today;
      // Issue dates of the plan period (2021 on), so the files tell the story of the plan's years.
      if (issueDate < PLAN_START || (route.until && issueDate > route.until)) continue;
      const issuer = agencyFor(issueDate < route.changeDay ? route.before : route.after, s);
      if (!isAliveOn(issuer, issueDate)) continue;
      const spec: ComposeSpec = {
        docType: route.docType,
        seed: s,
        referenceDate: today,
        expired,
        agency: issuerOf(issuer),
      };
      return { spec, truth: composeDocument(spec).truth, issuer, seed: s };
    }
    throw new Error(`demo plan: could not date a ${route.docType} sample for its issuers`);
  };

  const specials: SampleVariant[] = ['corrupt', 'not-a-result', 'expired', 'duplicate'];
  for (const variant of specials.slice(0, Math.min(count, specials.length))) {
    const seed = baseSeed + plan.length;
    if (variant === 'corrupt') {
      add({
        uploaderId: 'xa-muong-nhe',
        issuerId: 'xa-muong-nhe',
        format: 'pdf',
        variant,
        spec: null,
        truth: null,
        seed,
      });
    } else if (variant === 'not-a-result') {
      add({
        uploaderId: 'so-khoa-hoc-cong-nghe',
        issuerId: 'so-khoa-hoc-cong-nghe',
        format: 'pdf',
        variant,
        spec: null,
        truth: null,
        seed,
      });
    } else if (variant === 'expired') {
      // A liquor retail licence is valid 5 years (ND 105/2017): one issued in 2021 ran out before it was scanned.
      const route = ROUTES.find((r) => r.docType === 'giay-phep-ban-le-ruou')!;
      const { spec, truth, issuer, seed: s } = planResult(route, seed, true);
      add({
        uploaderId: holderOn(byId, issuer.id, today).id,
        issuerId: issuer.id,
        format: 'pdf',
        variant,
        spec,
        truth,
        seed: s,
      });
    } else {
      // Filled in below with the bytes of the first born-digital result.
      add({ uploaderId: '', issuerId: '', format: 'pdf', variant, spec: null, truth: null, seed });
    }
  }

  const resultCount = Math.max(0, count - plan.length);
  // Spread the scans evenly over the plan rather than bunching them at one end.
  const scanSlots = new Map<number, SampleFormat>();
  for (let k = 0; k < Math.min(scans, resultCount); k += 1) {
    scanSlots.set(Math.floor((k * resultCount) / scans), SCAN_FORMATS[k % SCAN_FORMATS.length]!);
  }
  const firstRoute = baseSeed % ROUTES.length;
  for (let i = 0; i < resultCount; i += 1) {
    const route = ROUTES[(firstRoute + i) % ROUTES.length]!;
    const { spec, truth, issuer, seed } = planResult(route, baseSeed + 100 + i, false);
    add({
      uploaderId: holderOn(byId, issuer.id, today).id,
      issuerId: issuer.id,
      format: scanSlots.get(i) ?? 'pdf',
      variant: 'result',
      spec,
      truth,
      seed,
    });
  }

  const duplicate = plan.find((p) => p.variant === 'duplicate');
  if (duplicate) {
    const original = plan.find((p) => p.variant === 'result' && p.format === 'pdf');
    if (original) {
      Object.assign(duplicate, {
        uploaderId: original.uploaderId,
        issuerId: original.issuerId,
        truth: original.truth,
        copyOf: original.name,
      });
    } else {
      plan.splice(plan.indexOf(duplicate), 1);
    }
  }
  return plan;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** One line of `history.csv`: how many documents the agency digitized in that year (illustrative). */
export interface HistoryRow {
  agencyId: string;
  year: number;
  digitized: number;
}

export function parseHistoryCsv(text: string): HistoryRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.trim();
  if (header !== 'agencyId,year,digitized') throw new Error(`history.csv: unexpected header "${header}"`);
  return lines.map((line, i) => {
    const [agencyId = '', year = '', digitized = ''] = line.split(',').map((c) => c.trim());
    const row = { agencyId, year: Number(year), digitized: Number(digitized) };
    if (!agencyId || !Number.isInteger(row.year) || !Number.isInteger(row.digitized) || row.digitized < 0) {
      throw new Error(`history.csv line ${i + 2}: expected agencyId,year,digitized, got "${line}"`);
    }
    return row;
  });
}

/** A historical document record to seed: metadata only, no file (it was "scanned" before the demo). */
export interface HistoricalDocument {
  docId: string;
  agencyId: string;
  /** ISO instant inside the year and inside the agency's lifetime, before `now`. */
  digitizedAt: string;
}

/**
 * Expands `history.csv` into document records with digitization instants spread evenly over the part of
 * the year the agency existed (and before `now`). `scale` (0–1] shrinks every count (reduced demos).
 */
export function expandHistory(
  rows: readonly HistoryRow[],
  agencies: readonly Agency[],
  now: Date,
  scale = 1,
): HistoricalDocument[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const docs: HistoricalDocument[] = [];
  // Noon Vietnam time (05:00 UTC): far from any year boundary in either time zone.
  const noonVn = (day: string) => dayMs(day) + 5 * 3_600_000;
  // Yesterday in Vietnam: its noon is at least 12 hours before `now`.
  const yesterday = addDays(vnToday(now), -1);
  for (const row of rows) {
    const agency = byId.get(row.agencyId);
    if (!agency) throw new Error(`history.csv: unknown agency ${row.agencyId}`);
    const n = Math.floor(row.digitized * scale);
    let first = `${row.year}-01-02`;
    let last = `${row.year}-12-30`;
    if (agency.validFrom && agency.validFrom > first) first = agency.validFrom;
    if (agency.validTo && agency.validTo < last) last = agency.validTo;
    if (yesterday < last) last = yesterday;
    if (n === 0 || last < first) continue;
    const span = (dayMs(last) - dayMs(first)) / DAY_MS;
    for (let i = 0; i < n; i += 1) {
      const day = isoDay(dayMs(first) + Math.floor(((i + 0.5) * (span + 1)) / n) * DAY_MS);
      docs.push({
        docId: `demo-history-${row.agencyId}-${row.year}-${String(i + 1).padStart(4, '0')}`,
        agencyId: row.agencyId,
        digitizedAt: new Date(noonVn(day)).toISOString(),
      });
    }
  }
  return docs;
}

export interface DemoPlan {
  uploads: PlannedUpload[];
  history: HistoricalDocument[];
}

/** The whole plan of a demo run: the files to upload and the history records to seed. */
export async function makeDemoPlan(options: {
  agencies: readonly Agency[];
  today: string;
  now: Date;
  count: number;
  scans?: number;
  historyScale?: number;
  seed?: number;
}): Promise<DemoPlan> {
  const history = parseHistoryCsv(await readFile(DEMO_FILES.history, 'utf8'));
  return {
    uploads: makeUploadPlan(options),
    history: expandHistory(history, options.agencies, options.now, options.historyScale ?? 1),
  };
}
