/** Admin: users (list, invite with agency and role, change role, enable/disable). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ROLE_LABEL } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { Agency } from '../types.ts';
import { AdminTable, AgencyOptions, asList, FormOutcome, LabelOptions } from './admin-common.tsx';

interface User {
  id: string;
  email: string;
  agencyId: string;
  role: string;
  enabled?: boolean;
}

export default function AdminUsersPage() {
  const { api } = useSession();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: async () => asList<User>(await api.get('/users')) });
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: async () => asList<Agency>(await api.get('/agencies')),
  });
  const [email, setEmail] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [role, setRole] = useState('clerk');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.request<User>('POST', '/users', { email: email.trim(), agencyId, role }),
    onSuccess: () => {
      setEmail('');
      void client.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const update = useMutation({
    mutationFn: (u: { id: string; role?: string; enabled?: boolean }) =>
      api.request<User>('PUT', `/users/${encodeURIComponent(u.id)}`, { role: u.role, enabled: u.enabled }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['users'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) return setProblem('Nhập địa chỉ e-mail hợp lệ.');
    if (!agencyId) return setProblem('Chọn cơ quan của người dùng.');
    create.mutate();
  };
  const nameOf = (id: string) => agencies.data?.find((a) => a.id === id)?.name ?? id;
  const list = users.data ?? [];
  return (
    <section>
      <h1>Người dùng</h1>
      <form className="card" onSubmit={submit} aria-labelledby="them-nd">
        <h2 id="them-nd">Thêm người dùng</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="u-email">E-mail</label>
            <input
              id="u-email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              size={28}
            />
          </div>
          <div className="field">
            <label htmlFor="u-agency">Cơ quan</label>
            <select id="u-agency" value={agencyId} onChange={(e) => setAgencyId(e.currentTarget.value)}>
              <option value="">— Chọn cơ quan —</option>
              <AgencyOptions agencies={agencies.data ?? []} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="u-role">Vai trò</label>
            <select id="u-role" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
              <LabelOptions labels={ROLE_LABEL} />
            </select>
          </div>
          <button type="submit" className="primary" disabled={create.isPending}>
            Thêm
          </button>
        </div>
        <FormOutcome
          problem={problem}
          error={create.error}
          done={create.isSuccess ? 'Đã thêm người dùng; thư mời đăng nhập được gửi tới e-mail.' : null}
        />
      </form>
      <AdminTable
        query={users}
        actionError={update.error}
        rows={list.length}
        empty="Chưa có người dùng nào."
        headings={
          <>
            <th scope="col">E-mail</th>
            <th scope="col">Cơ quan</th>
            <th scope="col">Vai trò</th>
            <th scope="col">Trạng thái</th>
          </>
        }
      >
        {list.map((u) => (
          <tr key={u.id} data-testid="user-row">
            <td>{u.email}</td>
            <td>{nameOf(u.agencyId)}</td>
            <td>
              <label className="muted" htmlFor={`role-${u.id}`} hidden>
                Vai trò của {u.email}
              </label>
              <select
                id={`role-${u.id}`}
                aria-label={`Vai trò của ${u.email}`}
                value={u.role}
                onChange={(e) => update.mutate({ id: u.id, role: e.currentTarget.value })}
              >
                <LabelOptions labels={ROLE_LABEL} />
              </select>
            </td>
            <td>
              <button type="button" onClick={() => update.mutate({ id: u.id, enabled: u.enabled === false })}>
                {u.enabled === false ? 'Đang khóa · Mở khóa' : 'Đang hoạt động · Khóa'}
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
    </section>
  );
}
