/**
 * Pieces of the admin pages: lists in either API shape (`[...]` or `{items}`), the not-yet-served case, what a
 * form says after a submit, the options of a select, and the list below a form.
 */
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import type { Agency } from '../types.ts';
import { ErrorNotice } from './parts.tsx';

export function asList<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  if (typeof value === 'object' && value !== null) {
    for (const key of ['items', 'agencies', 'users', 'types', 'entries']) {
      const list = (value as Record<string, unknown>)[key];
      if (Array.isArray(list)) return list as T[];
    }
  }
  return [];
}

export function AdminError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 404 && error.code === 'http_404') {
    return <p className="notice warn">Máy chủ này chưa có chức năng quản trị này.</p>;
  }
  return <ErrorNotice error={error} />;
}

/** Under a form: the check that stopped it before sending, the server's refusal, or what was done. */
export function FormOutcome({ problem, error, done }: { problem: string | null; error: unknown; done: string | null }) {
  return (
    <>
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      {error ? <AdminError error={error} /> : null}
      {done && (
        <p className="notice ok" role="status">
          {done}
        </p>
      )}
    </>
  );
}

/** The `<option>`s of a record of Vietnamese labels by value (levels, roles, kinds of validity). */
export function LabelOptions({ labels }: { labels: Record<string, string> }) {
  return Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/** The `<option>`s of agencies: the id as value, the name shown. */
export function AgencyOptions({ agencies }: { agencies: readonly Pick<Agency, 'id' | 'name'>[] }) {
  return agencies.map((agency) => (
    <option key={agency.id} value={agency.id}>
      {agency.name}
    </option>
  ));
}

/**
 * The list of an admin page: the query's error (and the last action's), then "Đang tải…" or the `empty`
 * sentence while there is no row, else the table with these column headings and rows.
 */
export function AdminTable({
  query,
  actionError,
  rows,
  empty,
  headings,
  children,
}: {
  query: { error: unknown; isPending: boolean };
  actionError?: unknown;
  rows: number;
  empty: string;
  headings: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {query.error ? <AdminError error={query.error} /> : null}
      {actionError ? <AdminError error={actionError} /> : null}
      {rows === 0 ? (
        <p className="empty">{query.isPending ? 'Đang tải…' : empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>{headings}</tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}
