/** Admin: the append-only audit log (who, when, what). */
import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../format.ts';
import { useSession } from '../session.tsx';
import { AdminTable, asList } from './admin-common.tsx';

interface AuditEntry {
  id?: string;
  at?: string;
  actor?: string;
  action?: string;
  target?: string;
}

export default function AdminAuditPage() {
  const { api } = useSession();
  const audit = useQuery({ queryKey: ['audit'], queryFn: async () => asList<AuditEntry>(await api.get('/audit')) });
  const list = audit.data ?? [];
  return (
    <section>
      <h1>Nhật ký thay đổi</h1>
      <AdminTable
        query={audit}
        rows={list.length}
        empty="Chưa có thay đổi nào."
        headings={
          <>
            <th scope="col">Lúc</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Thao tác</th>
            <th scope="col">Đối tượng</th>
          </>
        }
      >
        {list.map((e, i) => (
          <tr key={e.id ?? i}>
            <td>{formatDateTime(e.at)}</td>
            <td>{e.actor ?? '—'}</td>
            <td>{e.action ?? '—'}</td>
            <td>{e.target ?? '—'}</td>
          </tr>
        ))}
      </AdminTable>
    </section>
  );
}
