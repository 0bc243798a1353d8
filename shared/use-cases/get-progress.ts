/**
 * `GET /progress?year=`: one agency's digitization rate against its yearly target, counted exactly as the
 * report counts (DESIGN.md "Counting"): as of today for the current year, as of 31 December for a past one.
 */
import { vietnamDate } from '#shared/domain/document-status.ts';
import { type TargetPolicy, targetFor } from '#shared/domain/targets.ts';
import type { Level } from '#shared/domain/types.ts';
import { ValidationError } from '#shared/errors.ts';
import type { Clock, ComplianceReader } from '#shared/ports.ts';
import type { AgencyStore } from '../ports.ts';
import { notFound } from './access.ts';

export interface Progress {
  agencyId: string;
  agencyName: string;
  level: Level;
  year: number;
  asOf: string;
  /** Latest declared still-valid results on or before `asOf`; null when none is declared. */
  inventory: number | null;
  inventoryEstimated: boolean;
  /** Counted documents digitized up to `asOf` and valid on it. */
  digitized: number;
  /** Of which digitized since 1 January of `year`. */
  digitizedThisYear: number;
  rate: number | null;
  target: number | null;
  met: boolean | null;
  /** Documents still needed to reach the target. */
  shortfall: number | null;
  pending: { needsReview: number; rejected: number };
  message: string;
}

/** Last instant of a Vietnam calendar date (UTC+7, no DST). */
function endOfVietnamDay(date: string): string {
  return new Date(new Date(`${date}T23:59:59.999+07:00`).getTime()).toISOString();
}

export function makeGetProgress(deps: {
  reader: ComplianceReader;
  agencies: AgencyStore;
  policy: TargetPolicy;
  clock: Clock;
}) {
  return async (agencyId: string, yearParam: string | null | undefined): Promise<Progress> => {
    const today = vietnamDate(deps.clock.now());
    const year = yearParam ? Number(yearParam) : Number(today.slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new ValidationError(
        'invalid_request',
        `invalid year ${yearParam}`,
        'Năm không hợp lệ (ví dụ: ?year=2026).',
      );
    }
    const agency = await deps.agencies.get(agencyId);
    if (!agency) throw notFound('agency');
    const asOf = `${year}-12-31` < today ? `${year}-12-31` : today;
    const digitizedTo = endOfVietnamDay(asOf);
    const [declaration, digitized, digitizedThisYear, pending] = await Promise.all([
      deps.reader.latestInventory(agencyId, asOf),
      deps.reader.countCounted({ agencyId, digitizedFrom: null, digitizedTo, validOn: asOf }),
      deps.reader.countCounted({
        agencyId,
        digitizedFrom: new Date(`${year}-01-01T00:00:00+07:00`).toISOString(),
        digitizedTo,
        validOn: asOf,
      }),
      deps.reader.countPending(agencyId),
    ]);
    const inventory = declaration?.totalValid ?? null;
    const rate = inventory ? digitized / inventory : null;
    const target = targetFor(deps.policy, year, agency.level);
    const met = rate === null || target === null ? null : rate >= target && rate <= 1;
    const shortfall =
      inventory === null || target === null ? null : Math.max(0, Math.ceil(target * inventory - 1e-9) - digitized);
    const pct = (x: number) => `${(x * 100).toFixed(1).replace('.', ',')} %`;
    const message =
      rate === null
        ? 'Chưa khai báo tồn kho kết quả TTHC còn hiệu lực: chưa tính được tỷ lệ số hóa.'
        : target === null
          ? `Tỷ lệ số hóa ${pct(rate)}; năm ${year} chưa có chỉ tiêu.`
          : `Tỷ lệ số hóa ${pct(rate)} / chỉ tiêu ${pct(target)}: ${met ? 'Đạt' : `Chưa đạt, còn thiếu ${shortfall} hồ sơ`}.`;
    return {
      agencyId,
      agencyName: agency.name,
      level: agency.level,
      year,
      asOf,
      inventory,
      inventoryEstimated: declaration?.estimated ?? false,
      digitized,
      digitizedThisYear,
      rate,
      target,
      met,
      shortfall,
      pending,
      message,
    };
  };
}
