/**
 * `GET /progress?year=`: one agency's digitization rate against its yearly target. The figures are the
 * report's own row for that agency (build-report.ts `makeAgencyStanding`: same period, predecessors
 * merged into their successor, a rate over 100 % not judged Đạt, the same shortfall): as of today for the
 * current year, as of 31 December for a past one.
 */
import { NO_PENDING, type PendingCounts } from '#shared/domain/compliance.ts';
import type { TargetPolicy } from '#shared/domain/targets.ts';
import type { Level } from '#shared/domain/types.ts';
import type { Clock, ComplianceReader } from '#shared/ports.ts';
import type { AgencyStore } from '../ports.ts';
import { notFound } from './access.ts';
import { makeAgencyStanding } from './build-report.ts';

export interface Progress {
  agencyId: string;
  agencyName: string;
  level: Level;
  year: number;
  asOf: string;
  /** Latest declared still-valid results on or before `asOf` (its predecessors' included); null when none is declared. */
  inventory: number | null;
  inventoryEstimated: boolean;
  /** Counted documents digitized up to `asOf` and valid on it. */
  digitized: number;
  /** Of which digitized since 1 January of `year`. */
  digitizedThisYear: number;
  rate: number | null;
  target: number | null;
  /** As in the report: null when the rate or target is unknown, or the rate is over 100 %. */
  met: boolean | null;
  /** Documents still needed to reach the target. */
  shortfall: number | null;
  pending: PendingCounts;
  message: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1).replace('.', ',')} %`;

export function makeGetProgress(deps: {
  reader: ComplianceReader;
  agencies: AgencyStore;
  policy: TargetPolicy;
  clock: Clock;
}) {
  const standing = makeAgencyStanding({ reader: deps.reader, clock: deps.clock, policy: deps.policy });
  return async (agencyId: string, year: number | undefined): Promise<Progress> => {
    const agency = await deps.agencies.get(agencyId);
    if (!agency) throw notFound('agency');
    const { period, row } = await standing(agencyId, { ...(year !== undefined ? { year } : {}), period: 'year' });
    const figures = row ?? {
      inventory: null,
      inventoryEstimated: false,
      digitized: 0,
      digitizedThisYear: 0,
      rate: null,
      target: null,
      met: null,
      shortfall: null,
      warnings: [],
    };
    const rate = figures.rate;
    const over = figures.warnings.some((w) => w.code === 'rate_over_100');
    const message =
      rate === null
        ? 'Chưa khai báo tồn kho kết quả TTHC còn hiệu lực: chưa tính được tỷ lệ số hóa.'
        : figures.target === null
          ? `Tỷ lệ số hóa ${pct(rate)}; năm ${period.year} chưa có chỉ tiêu.`
          : over
            ? `Tỷ lệ số hóa ${pct(rate)} vượt 100 %: tồn kho khai báo có thể thấp hơn thực tế, cần rà soát lại.`
            : `Tỷ lệ số hóa ${pct(rate)} / chỉ tiêu ${pct(figures.target)}: ${figures.met ? 'Đạt' : `Chưa đạt, còn thiếu ${figures.shortfall} hồ sơ`}.`;
    return {
      agencyId,
      agencyName: agency.name,
      level: agency.level,
      year: period.year,
      asOf: period.asOf,
      inventory: figures.inventory,
      inventoryEstimated: figures.inventoryEstimated,
      digitized: figures.digitized,
      digitizedThisYear: figures.digitizedThisYear,
      rate,
      target: figures.target,
      met: figures.met,
      shortfall: figures.shortfall,
      pending: row?.pending ?? NO_PENDING,
      message,
    };
  };
}
