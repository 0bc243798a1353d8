/** Admin: the catalogue of document types (read; editing comes with the catalogue API). */
import { useDocumentTypes } from '../catalogue.ts';
import { useSession } from '../session.tsx';
import { AdminError } from './admin-common.tsx';

export default function AdminCataloguePage() {
  const { api } = useSession();
  const types = useDocumentTypes(api);
  return (
    <section>
      <h1>Danh mục loại kết quả TTHC</h1>
      {types.error && <AdminError error={types.error} />}
      {(types.data ?? []).length === 0 ? (
        <p className="empty">{types.isPending ? 'Đang tải…' : 'Danh mục trống.'}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Tên</th>
                <th scope="col">Tiêu đề trên giấy tờ</th>
              </tr>
            </thead>
            <tbody>
              {(types.data ?? []).map((t) => (
                <tr key={t.id}>
                  <td>{t.id}</td>
                  <td>{t.name}</td>
                  <td>{t.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
