/**
 * The demo's plan, pure and deterministic: which sample documents each Điện Biên agency uploads, and the
 * illustrative history of documents digitized in 2021–2026 before the demo ran ("dữ liệu minh họa").
 * The seed files beside this module are the same CSV formats `sohoa agencies import` and
 * `sohoa inventory import` read, plus `history.csv` (agencyId,year,digitized).
 */
import { fileURLToPath } from 'node:url';
import type { Agency, Level } from '#shared/domain/types.ts';

export const DEMO_FILES = {
  agencies: fileURLToPath(new URL('./agencies.csv', import.meta.url)),
  inventories: fileURLToPath(new URL('./inventories.csv', import.meta.url)),
  history: fileURLToPath(new URL('./history.csv', import.meta.url)),
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
  docType: string | null;
  level: Level;
  format: SampleFormat;
  issueDate: string;
  variant: SampleVariant;
  /** For `duplicate`: the planned upload whose bytes it repeats. */
  copyOf?: string;
}

/**
 * Who issues each catalogue type (DOMAIN.md §3.1) in each era. `before`/`after` are agency ids of
 * `agencies.csv`; `maxAgeMonths` keeps fixed-term results still valid on the demo day (their validity
 * comes from the document text; only the `expired` sample is meant to be out of date).
 */
interface TypeRoute {
  docType: string;
  level: Level;
  /** Issuer before the change (district-level types: any district; commune types: any old commune). */
  before: 'district' | 'old-commune' | string;
  /** Issuer after the change. */
  after: 'new-commune' | string;
  /** The day the issuer changes (Sở mergers 2025-03-01, two-tier reform 2025-07-01). */
  changeDay: string;
  maxAgeMonths?: number;
  /** Last issue day (driving licences moved to the provincial police on 2025-03-01; not in this demo). */
  until?: string;
}

const MERGER_DAY = '2025-03-01';

const ROUTES: readonly TypeRoute[] = [
  { docType: 'khai-sinh', level: 'commune', before: 'old-commune', after: 'new-commune', changeDay: REFORM_DAY },
  {
    docType: 'trich-luc-khai-sinh',
    level: 'commune',
    before: 'old-commune',
    after: 'new-commune',
    changeDay: REFORM_DAY,
  },
  { docType: 'ket-hon', level: 'commune', before: 'old-commune', after: 'new-commune', changeDay: REFORM_DAY },
  {
    docType: 'xac-nhan-tinh-trang-hon-nhan',
    level: 'commune',
    before: 'old-commune',
    after: 'new-commune',
    changeDay: REFORM_DAY,
    maxAgeMonths: 3,
  },
  {
    docType: 'trich-luc-khai-tu',
    level: 'commune',
    before: 'old-commune',
    after: 'new-commune',
    changeDay: REFORM_DAY,
  },
  {
    docType: 'chung-thuc-ban-sao',
    level: 'commune',
    before: 'old-commune',
    after: 'new-commune',
    changeDay: REFORM_DAY,
  },
  {
    docType: 'chung-thuc-chu-ky',
    level: 'commune',
    before: 'old-commune',
    after: 'new-commune',
    changeDay: REFORM_DAY,
  },
  {
    docType: 'dang-ky-ho-kinh-doanh',
    level: 'district',
    before: 'district',
    after: 'new-commune',
    changeDay: REFORM_DAY,
  },
  { docType: 'dang-ky-hop-tac-xa', level: 'district', before: 'district', after: 'new-commune', changeDay: REFORM_DAY },
  {
    docType: 'giay-phep-xay-dung-nha-o',
    level: 'district',
    before: 'district',
    after: 'new-commune',
    changeDay: REFORM_DAY,
    maxAgeMonths: 8,
  },
  { docType: 'gcn-qsdd-ca-nhan', level: 'district', before: 'district', after: 'new-commune', changeDay: REFORM_DAY },
  {
    docType: 'giay-phep-ban-le-ruou',
    level: 'district',
    before: 'district',
    after: 'new-commune',
    changeDay: REFORM_DAY,
    maxAgeMonths: 40,
  },
  {
    docType: 'giay-phep-ban-le-thuoc-la',
    level: 'district',
    before: 'district',
    after: 'new-commune',
    changeDay: REFORM_DAY,
    maxAgeMonths: 40,
  },
  {
    docType: 'quyet-dinh-tro-cap-xa-hoi',
    level: 'district',
    before: 'district',
    after: 'new-commune',
    changeDay: REFORM_DAY,
  },
  {
    docType: 'gcn-qsdd-to-chuc',
    level: 'province',
    before: 'so-tai-nguyen-moi-truong',
    after: 'so-nong-nghiep-moi-truong',
    changeDay: MERGER_DAY,
  },
  {
    docType: 'gcn-an-toan-thuc-pham',
    level: 'province',
    before: 'so-y-te',
    after: 'so-y-te',
    changeDay: MERGER_DAY,
    maxAgeMonths: 28,
  },
  {
    docType: 'dang-ky-doanh-nghiep',
    level: 'province',
    before: 'so-ke-hoach-dau-tu',
    after: 'so-tai-chinh',
    changeDay: MERGER_DAY,
  },
  {
    docType: 'giay-phep-lai-xe',
    level: 'province',
    before: 'so-giao-thong-van-tai',
    after: 'so-giao-thong-van-tai',
    changeDay: MERGER_DAY,
    maxAgeMonths: 40,
    until: '2025-02-28',
  },
  {
    docType: 'giay-phep-hanh-nghe-kcb',
    level: 'province',
    before: 'so-y-te',
    after: 'so-y-te',
    changeDay: MERGER_DAY,
    maxAgeMonths: 40,
  },
  {
    docType: 'chung-chi-hanh-nghe-duoc',
    level: 'province',
    before: 'so-y-te',
    after: 'so-y-te',
    changeDay: MERGER_DAY,
  },
  {
    docType: 'gcn-du-dieu-kien-kinh-doanh-duoc',
    level: 'province',
    before: 'so-y-te',
    after: 'so-y-te',
    changeDay: MERGER_DAY,
  },
  {
    docType: 'giay-phep-moi-truong',
    level: 'province',
    before: 'ubnd-tinh',
    after: 'ubnd-tinh',
    changeDay: MERGER_DAY,
    maxAgeMonths: 60,
  },
  {
    docType: 'giay-phep-xay-dung',
    level: 'province',
    before: 'so-xay-dung',
    after: 'so-xay-dung',
    changeDay: MERGER_DAY,
    maxAgeMonths: 8,
  },
  {
    docType: 'giay-phep-kinh-doanh-van-tai',
    level: 'province',
    before: 'so-giao-thong-van-tai',
    after: 'so-xay-dung',
    changeDay: MERGER_DAY,
    maxAgeMonths: 40,
  },
  { docType: 'quyet-dinh-giao-dat', level: 'province', before: 'ubnd-tinh', after: 'ubnd-tinh', changeDay: MERGER_DAY },
  {
    docType: 'giay-phep-van-phong-dai-dien',
    level: 'province',
    before: 'so-cong-thuong',
    after: 'so-cong-thuong',
    changeDay: MERGER_DAY,
    maxAgeMonths: 40,
  },
];

/** A small seeded PRNG (mulberry32) so the same seed plans the same demo on every machine. */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

function addMonthsIso(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

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

export interface UploadPlanOptions {
  agencies: readonly Agency[];
  /** How many files to upload in total (the full demo: 80). */
  count: number;
  /** Scanned files among them (OCR costs ~1–2 s a page). Default: one in eight, at most 10. */
  scans?: number;
  /** The demo day (YYYY-MM-DD, Vietnam time): issue dates stay on or before it. */
  today: string;
  seed?: number;
}

const SCAN_FORMATS: readonly SampleFormat[] = ['scan-png', 'scan-jpeg', 'scan-tiff', 'scan-pdf'];

/**
 * Plans `count` uploads across the catalogue and the three issuing levels. The first four are the
 * awkward cases (an expired licence, a page that is not a result, a corrupt file, a duplicate); the rest
 * are results, most born-digital PDFs, some scans. Each goes to the agency that holds it today.
 */
export function makeUploadPlan(options: UploadPlanOptions): PlannedUpload[] {
  const random = makeRandom(options.seed ?? 2025);
  const byId = new Map(options.agencies.map((a) => [a.id, a]));
  const today = options.today;
  const districts = options.agencies.filter((a) => a.level === 'district');
  const oldCommunes = options.agencies.filter((a) => a.level === 'commune' && a.validTo !== null);
  const newCommunes = options.agencies.filter((a) => a.level === 'commune' && a.validTo === null);
  const count = Math.max(0, Math.floor(options.count));
  const scans = Math.min(options.scans ?? Math.min(10, Math.floor(count / 8)), count);
  const plan: PlannedUpload[] = [];

  const pickIssuer = (route: TypeRoute, issueDate: string): Agency => {
    const era = issueDate < route.changeDay ? route.before : route.after;
    if (era === 'district') return random.pick(districts);
    if (era === 'old-commune') return random.pick(oldCommunes.length > 0 ? oldCommunes : districts);
    if (era === 'new-commune') return random.pick(newCommunes);
    const agency = byId.get(era);
    if (!agency) throw new Error(`demo plan: the catalogue route of ${route.docType} names unknown agency ${era}`);
    return agency;
  };
  const pickIssueDate = (route: TypeRoute): string => {
    let from = '2021-01-04';
    if (route.maxAgeMonths !== undefined) {
      const earliest = addMonthsIso(today, -route.maxAgeMonths);
      if (earliest > from) from = earliest;
    }
    const to = route.until !== undefined && route.until < today ? route.until : isoDay(dayMs(today) - DAY_MS);
    return isoDay(dayMs(from) + random.int(0, Math.max(0, (dayMs(to) - dayMs(from)) / DAY_MS)) * DAY_MS);
  };
  const add = (item: Omit<PlannedUpload, 'name'>) => {
    const stem = `${String(plan.length + 1).padStart(3, '0')}-${item.docType ?? item.variant}`;
    plan.push({ name: stem, ...item });
  };

  // The awkward cases first, so that even a reduced demo shows each documented state.
  const specials: SampleVariant[] = ['corrupt', 'not-a-result', 'expired', 'duplicate'];
  let routeIndex = random.int(0, ROUTES.length - 1);
  const nextRoute = (): TypeRoute => {
    const route = ROUTES[routeIndex % ROUTES.length]!;
    routeIndex += 1;
    return route;
  };
  const results: Array<Omit<PlannedUpload, 'name'>> = [];
  const resultCount = Math.max(0, count - Math.min(count, specials.length));
  // Spread the scans evenly over the plan rather than bunching them at one end.
  const scanSlots = new Map<number, SampleFormat>();
  for (let k = 0; k < Math.min(scans, resultCount); k += 1) {
    scanSlots.set(Math.floor((k * resultCount) / scans), SCAN_FORMATS[k % SCAN_FORMATS.length]!);
  }
  for (let i = 0; i < resultCount; i += 1) {
    const route = nextRoute();
    const issueDate = pickIssueDate(route);
    const issuer = pickIssuer(route, issueDate);
    results.push({
      uploaderId: holderOn(byId, issuer.id, today).id,
      issuerId: issuer.id,
      docType: route.docType,
      level: route.level,
      format: scanSlots.get(i) ?? 'pdf',
      issueDate,
      variant: 'result',
    });
  }
  for (const variant of specials.slice(0, Math.min(count, specials.length))) {
    if (variant === 'corrupt') {
      add({
        uploaderId: 'xa-muong-nhe',
        issuerId: 'xa-muong-nhe',
        docType: null,
        level: 'commune',
        format: 'pdf',
        issueDate: today,
        variant,
      });
    } else if (variant === 'not-a-result') {
      add({
        uploaderId: 'so-khoa-hoc-cong-nghe',
        issuerId: 'so-khoa-hoc-cong-nghe',
        docType: null,
        level: 'province',
        format: 'pdf',
        issueDate: addMonthsIso(today, -2),
        variant,
      });
    } else if (variant === 'expired') {
      // A food-safety certificate is valid 3 years from issue (Luật ATTP Art. 37): issued in 2021, expired in 2024.
      add({
        uploaderId: 'so-y-te',
        issuerId: 'so-y-te',
        docType: 'gcn-an-toan-thuc-pham',
        level: 'province',
        format: 'pdf',
        issueDate: '2021-09-15',
        variant,
      });
    } else {
      // Filled in below, once the first born-digital result exists to be copied.
      add({ uploaderId: '', issuerId: '', docType: null, level: 'commune', format: 'pdf', issueDate: today, variant });
    }
  }
  for (const result of results) add(result);
  const duplicate = plan.find((p) => p.variant === 'duplicate');
  if (duplicate) {
    const original = plan.find((p) => p.variant === 'result' && p.format === 'pdf');
    if (original) {
      Object.assign(duplicate, {
        uploaderId: original.uploaderId,
        issuerId: original.issuerId,
        docType: original.docType,
        level: original.level,
        issueDate: original.issueDate,
        copyOf: original.name,
      });
    } else {
      plan.splice(plan.indexOf(duplicate), 1);
    }
  }
  return plan;
}

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
  const yesterday = isoDay(now.getTime() - DAY_MS);
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
