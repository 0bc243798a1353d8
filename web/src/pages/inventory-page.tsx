/** Declare the agency's total of still-valid results (PUT /inventory), with the history of declarations. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatDate, formatDateTime, formatNumber, parseDmy } from '../format.ts';
import { useSession } from '../session.tsx';
import type { InventoryDeclaration } from '../types.ts';
import { ErrorNotice } from './parts.tsx';

function todayDmy(): string {
  return formatDate(new Date().toISOString());
}

function asList(value: unknown): InventoryDeclaration[] {
  const list = Array.isArray(value) ? value : (value as { items?: unknown } | null)?.items;
  return Array.isArray(list) ? (list as InventoryDeclaration[]) : [];
}

export default function InventoryPage() {
  const { api, identity } = useSession();
  const client = useQueryClient();
  const [asOf, setAsOf] = useState(todayDmy);
  const [total, setTotal] = useState('');
  const [estimated, setEstimated] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const history = useQuery({
    queryKey: ['inventory', identity.agencyId],
    queryFn: async () => asList(await api.get<unknown>(`/agencies/${encodeURIComponent(identity.agencyId)}/inventory`)),
    retry: false,
  });
  const declare = useMutation({
    mutationFn: (body: { asOf: string; totalValid: number; estimated: boolean }) =>
      api.request<InventoryDeclaration>('PUT', '/inventory', body),
    onSuccess: (declared) => {
      client.setQueryData(['inventory', identity.agencyId], (old: InventoryDeclaration[] | undefined) => [
        declared,
        ...(old ?? []),
      ]);
      void client.invalidateQueries({ queryKey: ['progress'] });
      setTotal('');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const iso = parseDmy(asOf);
    if (!iso) return setProblem('Ngày chốt số liệu phải có dạng dd/mm/yyyy, ví dụ 01/01/2026.');
    const digits = total.replace(/[.\s]/g, '');
    if (!/^\d+$/.test(digits)) return setProblem('Tổng số phải là số nguyên không âm, ví dụ 1.200.');
    declare.mutate({ asOf: iso, totalValid: Number(digits), estimated });
  };

  const rows = [...(history.data ?? [])].sort((a, b) =>
    `${b.asOf}${b.declaredAt ?? ''}`.localeCompare(`${a.asOf}${a.declaredAt ?? ''}`),
  );

  return (
    <section>
      <h1>Khai báo tồn kho</h1>
      <p className="muted">
        Tổng số kết quả giải quyết TTHC còn hiệu lực đang lưu giữ tại cơ quan (bản giấy). Đây là mẫu số để tính tỷ lệ số
        hóa; khai báo lại khi số liệu thay đổi — mọi lần khai báo đều được lưu.
      </p>
      <form className="card" onSubmit={submit}>
        <div className="row">
          <div className="field">
            <label htmlFor="asOf">
              Số liệu tính đến ngày <span className="hint">(dd/mm/yyyy)</span>
            </label>
            <input
              id="asOf"
              value={asOf}
              onChange={(e) => setAsOf(e.currentTarget.value)}
              inputMode="numeric"
              size={12}
            />
          </div>
          <div className="field">
            <label htmlFor="total">Tổng số kết quả còn hiệu lực</label>
            <input
              id="total"
              value={total}
              onChange={(e) => setTotal(e.currentTarget.value)}
              inputMode="numeric"
              size={12}
            />
          </div>
          <div className="field">
            <label htmlFor="estimated">
              <input
                id="estimated"
                type="checkbox"
                checked={estimated}
                onChange={(e) => setEstimated(e.currentTarget.checked)}
              />{' '}
              Số tạm tính
            </label>
          </div>
          <button type="submit" className="primary" disabled={declare.isPending}>
            Khai báo
          </button>
        </div>
        {problem && (
          <p className="notice error" role="alert">
            {problem}
          </p>
        )}
        {declare.error && <ErrorNotice error={declare.error} />}
        {declare.data && (
          <p className="notice ok" role="status">
            Đã khai báo {formatNumber(declare.data.totalValid)} kết quả tính đến {formatDate(declare.data.asOf)}.
          </p>
        )}
      </form>
      <h2>Lịch sử khai báo</h2>
      {rows.length === 0 ? (
        <p className="empty">
          {history.isPending
            ? 'Đang tải…'
            : history.error
              ? 'Chưa xem được lịch sử khai báo của cơ quan.'
              : 'Chưa có lần khai báo nào.'}
        </p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Tính đến ngày</th>
                <th scope="col" className="num">
                  Tổng số
                </th>
                <th scope="col">Tạm tính</th>
                <th scope="col">Người khai báo</th>
                <th scope="col">Lúc</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.asOf}-${row.declaredAt}`}>
                  <td>{formatDate(row.asOf)}</td>
                  <td className="num">{formatNumber(row.totalValid)}</td>
                  <td>{row.estimated ? 'Có' : 'Không'}</td>
                  <td>{row.declaredBy ?? '—'}</td>
                  <td>{formatDateTime(row.declaredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
