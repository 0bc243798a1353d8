/** Admin: the province's documents by agency and status; what is stuck and what waits for a person (`GET /overview`). */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { query } from '../api.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { statusLabel } from '../messages.ts';
import { useSession } from '../session.tsx';
import { AdminError } from './admin-common.tsx';

type Counts = Record<string, number>;

interface Overview {
  asOf: string;
  stuckAfterMinutes: number;
  statuses: string[];
  totals: Counts & { total: number; stuck: number; waiting: number };
  agencies: {
    agencyId: string;
    name: string;
    retired: boolean;
    counts: Counts;
    total: number;
    stuck: number;
    waiting: number;
  }[];
  stuck: { docId: string; agencyId: string; status: string; fileName: string; createdAt: string; ageMinutes: number }[];
}

function age(minutes: number): string {
  if (minutes < 120) return `${minutes} phút`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} giờ`;
  return `${Math.floor(minutes / 1440)} ngày`;
}

export default function AdminOverviewPage() {
  const { api } = useSession();
  const overview = useQuery({
    queryKey: ['overview'],
    queryFn: () => api.get<Overview>(`/overview${query({ stuckAfterMinutes: 60 })}`),
    // Each answer reads every document record of the province (GET /overview): refreshed on request only.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const data = overview.data;
  const names = new Map((data?.agencies ?? []).map((a) => [a.agencyId, a.name]));
  return (
    <section>
      <h1>Tình trạng hồ sơ toàn tỉnh</h1>
      {overview.error && <AdminError error={overview.error} />}
      {!data ? (
        <p className="empty">{overview.isPending ? 'Đang tải…' : 'Không có dữ liệu.'}</p>
      ) : (
        <>
          <p className="muted">
            Cập nhật {formatDateTime(data.asOf)}. Tổng {formatNumber(data.totals.total)} hồ sơ;{' '}
            <strong>{formatNumber(data.totals.waiting)}</strong> chờ người kiểm tra hoặc xác nhận;{' '}
            <strong>{formatNumber(data.totals.stuck)}</strong> kẹt trong xử lý quá {data.stuckAfterMinutes} phút.{' '}
            <button type="button" onClick={() => void overview.refetch()} disabled={overview.isFetching}>
              Tải lại
            </button>
          </p>
          <div className="table-wrap">
            <table>
              <caption>Số hồ sơ theo cơ quan và trạng thái</caption>
              <thead>
                <tr>
                  <th scope="col">Cơ quan</th>
                  {data.statuses.map((s) => (
                    <th scope="col" key={s}>
                      {statusLabel(s)}
                    </th>
                  ))}
                  <th scope="col">Chờ kiểm tra</th>
                  <th scope="col">Bị kẹt</th>
                </tr>
              </thead>
              <tbody>
                {data.agencies.map((a) => (
                  <tr key={a.agencyId} data-testid="overview-row">
                    <th scope="row">
                      {a.name}
                      {a.retired ? ' (đã giải thể)' : ''}
                    </th>
                    {data.statuses.map((s) => (
                      <td key={s}>{formatNumber(a.counts[s] ?? 0)}</td>
                    ))}
                    <td>{formatNumber(a.waiting)}</td>
                    <td className={a.stuck > 0 ? 'warn' : undefined}>{formatNumber(a.stuck)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Hồ sơ bị kẹt (cũ nhất trước)</h2>
          {data.stuck.length === 0 ? (
            <p className="empty">Không có hồ sơ nào bị kẹt.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Hồ sơ</th>
                    <th scope="col">Cơ quan</th>
                    <th scope="col">Trạng thái</th>
                    <th scope="col">Đã chờ</th>
                  </tr>
                </thead>
                <tbody>
                  {data.stuck.map((d) => (
                    <tr key={d.docId}>
                      <td>
                        <Link href={`/ho-so/${encodeURIComponent(d.docId)}`}>{d.fileName}</Link>
                      </td>
                      <td>{names.get(d.agencyId) ?? d.agencyId}</td>
                      <td>{statusLabel(d.status)}</td>
                      <td>{age(d.ageMinutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
