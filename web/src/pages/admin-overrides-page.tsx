/**
 * Admin: clerks' requests to change the pipeline's verdict (accept a non-result or an expired result, change
 * an accepted type), oldest first, each with its reason; confirm or reject here (GET /overrides,
 * POST /documents/{docId}/override). Until confirmed a document does not count.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { displayFileName } from '#shared/domain/file-names.ts';
import { useSession } from '../session.tsx';
import type { DocumentView } from '../types.ts';
import { AdminError } from './admin-common.tsx';
import { OverridePanel } from './document-page.tsx';

type Pending = DocumentView & { agencyName: string };

export default function AdminOverridesPage() {
  const { api } = useSession();
  const queue = useQuery({
    queryKey: ['overrides'],
    queryFn: () => api.get<{ items: Pending[] }>('/overrides'),
  });
  const items = queue.data?.items ?? [];
  return (
    <section>
      <h1>Đề nghị chờ xác nhận</h1>
      <p className="muted">
        Cán bộ đề nghị thay đổi kết luận của hệ thống, kèm lý do. Hồ sơ chỉ được tính sau khi quản trị viên xác nhận;
        báo cáo nêu riêng số kết quả được tính do điều chỉnh.
      </p>
      {queue.error && <AdminError error={queue.error} />}
      {items.length === 0 ? (
        <p className="empty">{queue.isPending ? 'Đang tải…' : 'Không có đề nghị nào đang chờ xác nhận.'}</p>
      ) : (
        <ul className="plain" data-testid="override-queue">
          {items.map((doc) => (
            <li key={doc.docId}>
              <p>
                <strong>{doc.agencyName}</strong> ·{' '}
                <Link href={`/ho-so/${encodeURIComponent(doc.docId)}`}>{displayFileName(doc.fileName)}</Link>
              </p>
              <OverridePanel doc={doc} onDecided={() => void queue.refetch()} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
