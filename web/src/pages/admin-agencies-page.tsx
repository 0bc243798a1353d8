/** Admin: agencies (list, register, retire with a successor). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatDate, parseDmy } from '../format.ts';
import { LEVEL_LABEL, levelLabel } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { Agency } from '../types.ts';
import { AdminTable, AgencyOptions, asList, FormOutcome, LabelOptions } from './admin-common.tsx';
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
              <LabelOptions labels={LEVEL_LABEL} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="a-parent">Trực thuộc</label>
            <select id="a-parent" value={form.parentId} onChange={set('parentId')}>
              <option value="">— Không —</option>
              <AgencyOptions agencies={list} />
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
        <FormOutcome problem={problem} error={create.error} done={create.isSuccess ? 'Đã thêm cơ quan.' : null} />
      </form>
      <AdminImport />
      <AdminTable
        query={agencies}
        actionError={update.error}
        rows={list.length}
        empty="Chưa có cơ quan nào."
        headings={
          <>
            <th scope="col">Mã</th>
            <th scope="col">Tên</th>
            <th scope="col">Cấp</th>
            <th scope="col" className="hide-narrow">
              Hiệu lực
            </th>
            <th scope="col">Thao tác</th>
          </>
        }
      >
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
                    <AgencyOptions agencies={list.filter((s) => s.id !== a.id)} />
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
      </AdminTable>
    </section>
  );
}
