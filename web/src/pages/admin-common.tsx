/** Helpers of the admin pages: lists in either API shape (`[...]` or `{items}`), and the not-yet-served case. */
import { ApiError } from '../api.ts';
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
