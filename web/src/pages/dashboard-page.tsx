/**
 * The province dashboard for leaders: the e-mailed report's own figures (GET /report runs the report
 * use-case), by level and by agency, with the chart and a drill-down into one agency.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { query } from '../api.ts';
import { formatDate, formatNumber, formatPercent } from '../format.ts';
import { levelLabel } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { ComplianceReport, ComplianceRow } from '../types.ts';
import { ErrorNotice, RateChart, Verdict } from './parts.tsx';

function csvOf(report: ComplianceReport): string {
  const cell = (v: string | number | null) => {
    const text = v === null ? '' : String(v);
    // A leading = + - @ would run as a formula in Excel.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",;\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = ['Cơ quan', 'Cấp', 'Tồn kho', 'Đã số hóa', 'Tỷ lệ (%)', 'Chỉ tiêu (%)', 'Đánh giá'];
  const rows = report.agencies.map((r) => [
    r.name,
    levelLabel(r.level),
    r.inventory,
    r.digitized,
    r.rate === null ? null : Math.round(r.rate * 1000) / 10,
    r.target === null ? null : Math.round(r.target * 100),
    r.met === null ? 'Chưa đánh giá' : r.met ? 'Đạt' : 'Chưa đạt',
  ]);
  return `\ufeff${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

function Rows({
  rows,
  onPick,
  picked,
}: {
  rows: ComplianceRow[];
  onPick?: (id: string) => void;
  picked?: string | null;
}) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col" className="num">
              Tồn kho
            </th>
            <th scope="col" className="num">
              Đã số hóa
            </th>
            <th scope="col" className="num">
              Tỷ lệ
            </th>
            <th scope="col" className="num hide-narrow">
              Chỉ tiêu
            </th>
            <th scope="col">Đánh giá</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id ?? row.name} data-testid="report-row" aria-selected={picked === row.id ? true : undefined}>
              <td>
                {onPick && row.id ? (
                  <button type="button" className="link" onClick={() => onPick(row.id!)}>
                    {row.name}
                  </button>
                ) : (
                  row.name
                )}
              </td>
              <td className="num">{formatNumber(row.inventory)}</td>
              <td className="num" data-testid="report-digitized">
                {formatNumber(row.digitized)}
              </td>
              <td className="num">{formatPercent(row.rate)}</td>
              <td className="num hide-narrow">{formatPercent(row.target)}</td>
              <td>
                <Verdict met={row.met} atRisk={row.atRisk} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const FIRST_PLAN_YEAR = 2021;

/**
 * Year by year since the plan began (one report per year): the province's pooled rate in the chart, and in
 * the table each level against its own target, since the plan sets targets per level, not for the province
 * as a whole (its pooled row has no target, so it is never judged).
 */
function Trend({ thisYear }: { thisYear: number }) {
  const { api } = useSession();
  const years = Array.from({ length: thisYear - FIRST_PLAN_YEAR + 1 }, (_, i) => FIRST_PLAN_YEAR + i);
  const reports = useQueries({
    queries: years.map((year) => ({
      queryKey: ['report', year],
      queryFn: () => api.get<ComplianceReport>(`/report${query({ year })}`),
      staleTime: 60_000,
    })),
  });
  const rows = reports.map((r, i) => ({ year: years[i]!, report: r.data }));
  if (rows.some((r) => !r.report)) return <p className="muted">Đang tải xu hướng các năm…</p>;
  return (
    <>
      <RateChart
        title="Tỷ lệ số hóa toàn tỉnh qua các năm"
        bars={rows.map(({ year, report }) => ({
          label: `Năm ${year}`,
          rate: report!.province.rate,
          target: report!.province.target,
        }))}
      />
      <div className="table-wrap">
        <table data-testid="trend-table">
          <thead>
            <tr>
              <th scope="col">Năm</th>
              <th scope="col" className="num">
                Toàn tỉnh
              </th>
              <th scope="col">Cấp</th>
              <th scope="col" className="num">
                Đã số hóa
              </th>
              <th scope="col" className="num">
                Tỷ lệ
              </th>
              <th scope="col" className="num">
                Chỉ tiêu
              </th>
              <th scope="col">Đánh giá</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap(({ year, report }) => {
              const levels = report!.levels.length > 0 ? report!.levels : [null];
              return levels.map((level, i) => (
                <tr key={`${year}-${level?.level ?? 'none'}`} data-testid="trend-row">
                  {i === 0 && (
                    <>
                      <th scope="rowgroup" rowSpan={levels.length}>
                        {year}
                      </th>
                      <td className="num" rowSpan={levels.length}>
                        {formatPercent(report!.province.rate)}
                      </td>
                    </>
                  )}
                  <td>{level ? level.name : '—'}</td>
                  <td className="num">{formatNumber(level?.digitized ?? null)}</td>
                  <td className="num">{formatPercent(level?.rate ?? null)}</td>
                  <td className="num">{formatPercent(level?.target ?? null)}</td>
                  <td>
                    <Verdict met={level?.met ?? null} atRisk={level?.atRisk} />
                  </td>
                </tr>
              ));
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default function DashboardPage() {
  const { api } = useSession();
  const thisYear = Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [picked, setPicked] = useState<string | null>(null);
  const report = useQuery({
    queryKey: ['report', year],
    queryFn: () => api.get<ComplianceReport>(`/report${query({ year })}`),
  });
  const r = report.data;
  const agency = r?.agencies.find((a) => a.id === picked) ?? null;
  const [xlsxError, setXlsxError] = useState<unknown>(null);
  const [xlsxBusy, setXlsxBusy] = useState(false);
  // The e-mailed report's own workbook (GET /report/xlsx), for the same year.
  const downloadXlsx = async () => {
    setXlsxError(null);
    setXlsxBusy(true);
    try {
      const { blob, fileName } = await api.download(`/report/xlsx${query({ year })}`);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName ?? `bao-cao-so-hoa-${year}.xlsx`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setXlsxError(error);
    } finally {
      setXlsxBusy(false);
    }
  };
  const download = () => {
    if (!r) return;
    const url = URL.createObjectURL(new Blob([csvOf(r)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `bao-cao-so-hoa-${r.year}-${r.asOf}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section>
      <h1>Tiến độ số hóa toàn tỉnh{r ? ` ${r.provinceName}` : ''}</h1>
      <div className="row">
        <div className="field">
          <label htmlFor="nam-bc">Năm</label>
          <select id="nam-bc" value={year} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            {Array.from({ length: thisYear - 2020 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {r && (
          <>
            <p className="muted">Số liệu đến ngày {formatDate(r.asOf)}</p>
            <button type="button" onClick={() => void downloadXlsx()} disabled={xlsxBusy}>
              Tải báo cáo (XLSX)
            </button>
            <button type="button" onClick={download}>
              Tải bảng số liệu (CSV)
            </button>
          </>
        )}
      </div>
      {report.error && <ErrorNotice error={report.error} />}
      {xlsxError !== null && <ErrorNotice error={xlsxError} />}
      {r && r.pending.overridden + r.pending.awaitingConfirmation > 0 && (
        <p className="notice" data-testid="overrides-line">
          Điều chỉnh kết luận của hệ thống: {formatNumber(r.pending.overridden)} kết quả được tính do cán bộ điều chỉnh
          và quản trị viên xác nhận (đã gồm trong số đã số hóa); {formatNumber(r.pending.awaitingConfirmation)} đề nghị
          đang chờ xác nhận (chưa được tính).
        </p>
      )}
      {!r ? (
        !report.error && <p className="muted">Đang tải…</p>
      ) : (
        <>
          <div className="tiles">
            <div className="tile">
              <div className="value" data-testid="province-digitized">
                {formatNumber(r.province.digitized)}
              </div>
              <div className="label">Kết quả đã số hóa còn hiệu lực</div>
            </div>
            <div className="tile">
              <div className="value">{formatNumber(r.province.inventory)}</div>
              <div className="label">Tồn kho đã khai báo</div>
            </div>
            <div className="tile">
              <div className="value">{formatPercent(r.province.rate)}</div>
              <div className="label">Tỷ lệ toàn tỉnh</div>
            </div>
            <div className="tile">
              <div className="value">{formatNumber(r.pending.needsReview)}</div>
              <div className="label">Hồ sơ chờ kiểm tra</div>
            </div>
          </div>
          {!r.policy.hasTarget && <p className="notice warn">Năm {r.year} chưa có chỉ tiêu trong kế hoạch.</p>}
          <h2>Theo cấp</h2>
          <RateChart
            title={`Tỷ lệ số hóa theo cấp, năm ${r.year}`}
            bars={r.levels.map((l) => ({ label: l.name, rate: l.rate, target: l.target }))}
          />
          <Rows rows={r.levels} />
          <h2>Theo cơ quan, đơn vị</h2>
          {r.agencies.length === 0 ? (
            <p className="empty">Chưa có cơ quan, đơn vị nào.</p>
          ) : (
            <Rows rows={r.agencies} onPick={setPicked} picked={picked} />
          )}
          {agency && (
            <div className="card" aria-live="polite">
              <h2>{agency.name}</h2>
              <p>
                {levelLabel(agency.level)} · Tồn kho {formatNumber(agency.inventory)}
                {agency.inventoryEstimated ? ' (tạm tính)' : ''} · Đã số hóa {formatNumber(agency.digitized)} · Trong
                năm {formatNumber(agency.digitizedThisYear)} · Tỷ lệ {formatPercent(agency.rate)} / chỉ tiêu{' '}
                {formatPercent(agency.target)} <Verdict met={agency.met} atRisk={agency.atRisk} />
              </p>
              <p>
                Còn thiếu {formatNumber(agency.shortfall)} hồ sơ · Dự báo cuối năm {formatPercent(agency.forecast)} ·
                Chờ kiểm tra {formatNumber(agency.pending?.needsReview ?? 0)}
              </p>
              {agency.warnings.map((w) => (
                <p key={w.code} className="notice warn">
                  {w.message}
                </p>
              ))}
            </div>
          )}
          <h2>Xu hướng qua các năm</h2>
          <Trend thisYear={thisYear} />
        </>
      )}
    </section>
  );
}
