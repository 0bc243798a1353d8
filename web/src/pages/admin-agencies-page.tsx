/** Admin: agencies (list, register, retire with a successor). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatDate, parseDmy } from '../format.ts';
import { LEVEL_LABEL, levelLabel } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { Agency } from '../types.ts';
import { AdminError, asList } from './admin-common.tsx';
import { AdminImport } from './admin-import.tsx';

const EMPTY = { id: '', name: '', level: 'commune', parentId: '', email: '' };

export default function AdminAgenciesPage() {
  const { api } = useSession();
  const client = useQueryClient();
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: async () => asList<Agency>(await api.get('/agencies')),
  });
  const [form, setForm] = useState(EMPTY);
  const [retire, setRetire] = useState<{ id: string; validTo: string; successorId: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api.request<Agency>('POST', '/agencies', {
        id: form.id.trim(),
        name: form.name.trim(),
        level: form.level,
        parentId: form.parentId || null,
        emails: form.email
          .split(/[;,]/)
          .map((e) => e.trim())
          .filter(Boolean),
      }),
    onSuccess: () => {
      setForm(EMPTY);
      void client.invalidateQueries({ queryKey: ['agencies'] });
    },
  });
  const update = useMutation({
    mutationFn: (body: { id: string; validTo: string; successorId: string | null }) =>
      api.request<Agency>('PUT', `/agencies/${encodeURIComponent(body.id)}`, {
        validTo: body.validTo,
        successorId: body.successorId,
      }),
    onSuccess: () => {
      setRetire(null);
      void client.invalidateQueries({ queryKey: ['agencies'] });
    },
  });
  const set = (name: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [name]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!/^[a-z0-9-]+$/.test(form.id.trim()))
      return setProblem('Mã cơ quan chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ xa-thanh-nua.');
    if (!form.name.trim()) return setProblem('Nhập tên cơ quan.');
    create.mutate();
  };
  const list = agencies.data ?? [];
  return (
    <section>
      <h1>Cơ quan, đơn vị</h1>
      <form className="card" onSubmit={submit} aria-labelledby="them-cq">
        <h2 id="them-cq">Thêm cơ quan</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="a-id">Mã</label>
            <input id="a-id" value={form.id} onChange={set('id')} size={18} />
          </div>
          <div className="field">
            <label htmlFor="a-name">Tên</label>
            <input id="a-name" value={form.name} onChange={set('name')} size={30} />
          </div>
          <div className="field">
            <label htmlFor="a-level">Cấp</label>
            <select id="a-level" value={form.level} onChange={set('level')}>
              {Object.entries(LEVEL_LABEL).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="a-parent">Trực thuộc</label>
            <select id="a-parent" value={form.parentId} onChange={set('parentId')}>
              <option value="">— Không —</option>
              {list.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="a-email">E-mail nhận báo cáo</label>
            <input id="a-email" type="text" value={form.email} onChange={set('email')} size={28} />
          </div>
          <button type="submit" className="primary" disabled={create.isPending}>
            Thêm
          </button>
        </div>
        {problem && (
          <p className="notice error" role="alert">
            {problem}
          </p>
        )}
        {create.error && <AdminError error={create.error} />}
        {create.isSuccess && (
          <p className="notice ok" role="status">
            Đã thêm cơ quan.
          </p>
        )}
      </form>
      <AdminImport />
      {agencies.error && <AdminError error={agencies.error} />}
      {update.error && <AdminError error={update.error} />}
      {list.length === 0 ? (
        <p className="empty">{agencies.isPending ? 'Đang tải…' : 'Chưa có cơ quan nào.'}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Tên</th>
                <th scope="col">Cấp</th>
                <th scope="col" className="hide-narrow">
                  Hiệu lực
                </th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id} data-testid="agency-row">
                  <td>{a.id}</td>
                  <td>{a.name}</td>
                  <td>{levelLabel(a.level)}</td>
                  <td className="hide-narrow">
                    {a.validFrom ? `từ ${formatDate(a.validFrom)} ` : ''}
                    {a.validTo ? `đến ${formatDate(a.validTo)}` : a.validFrom ? '' : 'Đang hoạt động'}
                    {a.successorId ? ` → ${list.find((s) => s.id === a.successorId)?.name ?? a.successorId}` : ''}
                  </td>
                  <td>
                    {retire?.id === a.id ? (
                      <span className="row">
                        <label className="muted" htmlFor={`r-to-${a.id}`}>
                          Ngày cuối (dd/mm/yyyy)
                        </label>
                        <input
                          id={`r-to-${a.id}`}
                          value={retire.validTo}
                          size={11}
                          onChange={(e) => setRetire({ ...retire, validTo: e.currentTarget.value })}
                        />
                        <label className="muted" htmlFor={`r-succ-${a.id}`}>
                          Đơn vị kế thừa
                        </label>
                        <select
                          id={`r-succ-${a.id}`}
                          value={retire.successorId}
                          onChange={(e) => setRetire({ ...retire, successorId: e.currentTarget.value })}
                        >
                          <option value="">— Không —</option>
                          {list
                            .filter((s) => s.id !== a.id)
                            .map((s) => (
                              <option key={s.id} value={s.id}>
                                {s.name}
                              </option>
                            ))}
                        </select>
                        <button
                          type="button"
                          className="primary"
                          onClick={() => {
                            const validTo = parseDmy(retire.validTo);
                            if (!validTo) return setProblem('Ngày cuối phải có dạng dd/mm/yyyy.');
                            update.mutate({ id: a.id, validTo, successorId: retire.successorId || null });
                          }}
                        >
                          Lưu
                        </button>
                        <button type="button" onClick={() => setRetire(null)}>
                          Hủy
                        </button>
                      </span>
                    ) : (
                      !a.validTo && (
                        <button type="button" onClick={() => setRetire({ id: a.id, validTo: '', successorId: '' })}>
                          Giải thể / sáp nhập…
                        </button>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
