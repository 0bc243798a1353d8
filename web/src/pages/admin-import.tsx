/**
 * Admin: import the agencies or the inventories from the file an office keeps, CSV (`,` or `;`) or Excel
 * (.xlsx, first sheet), all-or-nothing; every bad row is listed by its line in Vietnamese.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api.ts';
import { useSession } from '../session.tsx';
import { AdminError } from './admin-common.tsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KINDS = {
  agencies: {
    label: 'Danh sách cơ quan, đơn vị',
    path: '/agencies/import',
    columns: 'id, name, level, parentId, email, validFrom, validTo, successorId',
    done: (n: number) => `Đã nhập ${n} cơ quan, đơn vị.`,
  },
  inventory: {
    label: 'Số kết quả còn hiệu lực (tồn kho)',
    path: '/inventory/import',
    columns: 'agencyId, asOf, totalValid, estimated',
    done: (n: number) => `Đã nhập ${n} kê khai tồn kho.`,
  },
} as const;
type Kind = keyof typeof KINDS;

export function AdminImport() {
  const { api } = useSession();
  const client = useQueryClient();
  const [kind, setKind] = useState<Kind>('agencies');
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: async ({ kind, file }: { kind: Kind; file: File }) => {
      const excel = file.type === XLSX || /\.xlsx$/i.test(file.name);
      return api.request<{ imported: number }>(
        'POST',
        KINDS[kind].path,
        excel ? file : await file.text(),
        excel ? XLSX : 'text/csv',
      );
    },
    onSuccess: (result, { kind }) => {
      setDone(KINDS[kind].done(result.imported));
      void client.invalidateQueries({ queryKey: ['agencies'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (file) send.mutate({ kind, file });
  };
  const rows = send.error instanceof ApiError ? send.error.rows : [];
  return (
    <form className="card" onSubmit={submit} aria-labelledby="nhap-tep">
      <h2 id="nhap-tep">Nhập từ tệp Excel hoặc CSV</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="i-kind">Nội dung</label>
          <select id="i-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
            {(Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]).map(([k, v]) => (
              <option key={k} value={k}>
                {v.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="i-file">Tệp (.xlsx hoặc .csv)</label>
          <input
            id="i-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="primary" disabled={!file || send.isPending}>
          Nhập tệp
        </button>
      </div>
      <p className="muted">
        Dòng đầu là tên cột: {KINDS[kind].columns}. Ngày dạng dd/mm/yyyy. Có một dòng lỗi thì chưa nhập dòng nào.
      </p>
      {send.error && <AdminError error={send.error} />}
      {rows.length > 0 && (
        <ul className="notice error" data-testid="import-errors">
          {rows.map((r) => (
            <li key={`${r.line}-${r.column}-${r.message}`}>
              Dòng {r.line}
              {r.column ? ` (cột ${r.column})` : ''}: {r.message}
            </li>
          ))}
        </ul>
      )}
      {done && (
        <p className="notice ok" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
