/** The agency's documents: status filter, search within the loaded pages, cursor paging. */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { displayFileName } from '#shared/domain/file-names.ts';
import { query } from '../api.ts';
import { formatDate, formatDateTime, formatNumber } from '../format.ts';
import { type DocumentStatus, STATUS_LABEL, statusLabel } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { DocumentPage, DocumentView } from '../types.ts';
import { ErrorNotice } from './parts.tsx';

const FILTERS: Array<{ status: DocumentStatus | null; label: string }> = [
  { status: null, label: 'Tất cả' },
  { status: 'needs_review', label: STATUS_LABEL.needs_review },
  { status: 'classified', label: STATUS_LABEL.classified },
  { status: 'duplicate', label: STATUS_LABEL.duplicate },
  { status: 'expired', label: STATUS_LABEL.expired },
  { status: 'not_a_result', label: STATUS_LABEL.not_a_result },
  { status: 'rejected', label: STATUS_LABEL.rejected },
];

const PAGE_SIZE = 50;
/** A search reads up to this many of the newest documents (the API lists by status and time). */
const SEARCH_DEPTH = 1000;

/** Lower-case, without diacritics (đ → d), so “nguyen van” finds “Nguyễn Văn”. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function matches(doc: DocumentView, needle: string): boolean {
  if (!needle) return true;
  const hay = [doc.docNumber, doc.holder, doc.title, doc.docType, doc.fileName, formatDate(doc.issueDate), doc.issuer]
    .filter(Boolean)
    .join(' ');
  return fold(hay).includes(needle);
}

export default function DocumentsPage() {
  const { api } = useSession();
  const initial = new URLSearchParams(window.location.search).get('trangThai') as DocumentStatus | null;
  const [status, setStatus] = useState<DocumentStatus | null>(initial && initial in STATUS_LABEL ? initial : null);
  const [search, setSearch] = useState('');
  const list = useInfiniteQuery({
    queryKey: ['documents', status],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get<DocumentPage<DocumentView>>(`/documents${query({ status, cursor: pageParam, limit: PAGE_SIZE })}`),
    getNextPageParam: (last) => last.cursor,
  });
  const needle = fold(search.trim());
  const all = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const shown = all.filter((doc) => matches(doc, needle));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (needle && hasNextPage && !isFetchingNextPage && all.length < SEARCH_DEPTH) void fetchNextPage();
  }, [needle, hasNextPage, isFetchingNextPage, all.length, fetchNextPage]);

  return (
    <section>
      <h1>Hồ sơ đã tải lên</h1>
      <fieldset className="tabs">
        <legend className="sr-only">Lọc theo trạng thái</legend>
        {FILTERS.map((f) => (
          <button key={f.label} type="button" aria-pressed={status === f.status} onClick={() => setStatus(f.status)}>
            {f.label}
          </button>
        ))}
      </fieldset>
      <div className="row">
        <div className="field">
          <label htmlFor="tim-kiem">Tìm theo số, người được cấp, loại giấy tờ hoặc ngày cấp</label>
          <input
            id="tim-kiem"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            placeholder="Ví dụ: 125/GP-UBND, Nguyễn Văn A, 05/03/2024"
            size={50}
          />
        </div>
      </div>
      {list.error && <ErrorNotice error={list.error} />}
      {list.isPending ? (
        <p className="muted">Đang tải…</p>
      ) : shown.length === 0 ? (
        <p className="empty">
          {all.length === 0
            ? status
              ? `Không có hồ sơ nào ở trạng thái “${statusLabel(status)}”.`
              : 'Chưa có hồ sơ nào. Vào mục “Tải lên” để gửi bản quét đầu tiên.'
            : `Không có hồ sơ nào khớp với nội dung tìm kiếm (trong ${formatNumber(all.length)} hồ sơ mới nhất).`}
        </p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Tệp</th>
                <th scope="col" className="hide-narrow">
                  Loại giấy tờ
                </th>
                <th scope="col">Số, ký hiệu</th>
                <th scope="col" className="hide-narrow">
                  Người được cấp
                </th>
                <th scope="col" className="hide-narrow">
                  Ngày cấp
                </th>
                <th scope="col">Trạng thái</th>
                <th scope="col" className="hide-narrow">
                  Tải lên lúc
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((doc) => (
                <tr key={doc.docId} data-testid="document-row">
                  <td className="filename">
                    <Link
                      href={`/ho-so/${encodeURIComponent(doc.docId)}`}
                      title={
                        doc.originalFileName !== doc.fileName
                          ? `Tên tệp gốc: ${displayFileName(doc.originalFileName)}`
                          : undefined
                      }
                    >
                      {displayFileName(doc.fileName)}
                    </Link>
                  </td>
                  <td className="hide-narrow">{doc.title ?? '—'}</td>
                  <td>{doc.docNumber ?? '—'}</td>
                  <td className="hide-narrow">{doc.holder ?? '—'}</td>
                  <td className="hide-narrow">{formatDate(doc.issueDate)}</td>
                  <td>
                    <span className={`badge ${doc.status}`}>{statusLabel(doc.status)}</span>
                  </td>
                  <td className="hide-narrow">{formatDateTime(doc.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pager">
        <span className="muted">
          Đang hiển thị {formatNumber(shown.length)} / {formatNumber(all.length)} hồ sơ đã tải
        </span>
        {list.hasNextPage && (
          <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? 'Đang tải…' : 'Tải thêm'}
          </button>
        )}
      </div>
    </section>
  );
}
