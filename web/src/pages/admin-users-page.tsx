/** Admin: users (list, invite with agency and role, change role, enable/disable). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ROLE_LABEL } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { Agency } from '../types.ts';
import { AdminError, asList } from './admin-common.tsx';

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
              {(agencies.data ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="u-role">Vai trò</label>
            <select id="u-role" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
              {Object.entries(ROLE_LABEL).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
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
            Đã thêm người dùng; thư mời đăng nhập được gửi tới e-mail.
          </p>
        )}
      </form>
      {users.error && <AdminError error={users.error} />}
      {update.error && <AdminError error={update.error} />}
      {list.length === 0 ? (
        <p className="empty">{users.isPending ? 'Đang tải…' : 'Chưa có người dùng nào.'}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">E-mail</th>
                <th scope="col">Cơ quan</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
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
                      {Object.entries(ROLE_LABEL).map(([v, l]) => (
                        <option key={v} value={v}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" onClick={() => update.mutate({ id: u.id, enabled: u.enabled === false })}>
                      {u.enabled === false ? 'Đang khóa · Mở khóa' : 'Đang hoạt động · Khóa'}
                    </button>
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
