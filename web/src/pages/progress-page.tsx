/** The agency's progress against this year's target (GET /progress: counted exactly as the report counts). */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { query } from '../api.ts';
import { formatDate, formatNumber, formatPercent } from '../format.ts';
import { levelLabel } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { Progress } from '../types.ts';
import { ErrorNotice, RateChart, Verdict } from './parts.tsx';

export function useProgress(year: number, agencyId: string | null = null) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['progress', year, agencyId],
    queryFn: () => api.get<Progress>(`/progress${query({ year, agencyId })}`),
  });
}

export function ProgressView({ progress }: { progress: Progress }) {
  const p = progress;
  return (
    <>
      <div className="tiles">
        <div className="tile">
          <div className="value" data-testid="progress-digitized">
            {formatNumber(p.digitized)}
          </div>
          <div className="label">Kết quả đã số hóa còn hiệu lực (đến {formatDate(p.asOf)})</div>
        </div>
        <div className="tile">
          <div className="value">{formatNumber(p.inventory)}</div>
          <div className="label">Tồn kho đã khai báo{p.inventoryEstimated ? ' (tạm tính)' : ''}</div>
        </div>
        <div className="tile">
          <div className="value">{formatPercent(p.rate)}</div>
          <div className="label">Tỷ lệ số hóa · chỉ tiêu {formatPercent(p.target)}</div>
        </div>
        <div className="tile">
          <div className="value">{p.shortfall === null ? '—' : formatNumber(p.shortfall)}</div>
          <div className="label">Hồ sơ còn thiếu để đạt chỉ tiêu</div>
        </div>
      </div>
      <p>
        <Verdict met={p.met} /> {p.message}
      </p>
      <RateChart
        title={`Tỷ lệ số hóa năm ${p.year}`}
        bars={[{ label: p.agencyName, rate: p.rate, target: p.target }]}
      />
      <p>
        Số hóa trong năm {p.year}: <strong>{formatNumber(p.digitizedThisYear)}</strong> · Chờ kiểm tra:{' '}
        <Link href="/ho-so?trangThai=needs_review">{formatNumber(p.pending.needsReview)}</Link> · Bị từ chối:{' '}
        {formatNumber(p.pending.rejected)}
      </p>
      {p.inventory === null && (
        <p className="notice warn">
          Chưa khai báo tồn kho nên chưa tính được tỷ lệ. <Link href="/ton-kho">Khai báo tồn kho</Link>
        </p>
      )}
    </>
  );
}

export default function ProgressPage() {
  const { identity } = useSession();
  const thisYear = Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const progress = useProgress(year);
  return (
    <section>
      <h1>Tiến độ số hóa {progress.data ? `· ${progress.data.agencyName}` : ''}</h1>
      <div className="row">
        <div className="field">
          <label htmlFor="nam">Năm</label>
          <select id="nam" value={year} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            {Array.from({ length: thisYear - 2020 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {progress.data && (
          <p className="muted">
            {levelLabel(progress.data.level)} · mã {identity.agencyId}
          </p>
        )}
      </div>
      {progress.error && <ErrorNotice error={progress.error} />}
      {progress.data ? (
        <ProgressView progress={progress.data} />
      ) : (
        !progress.error && <p className="muted">Đang tải…</p>
      )}
    </section>
  );
}
