/**
 * Document types for pickers: the API's catalogue (`GET /catalogue`) when the server has it, otherwise the
 * catalogue file the server validates against (loaded lazily, in its own chunk).
 */
import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from './api.ts';

export interface DocumentTypeOption {
  id: string;
  name: string;
  title: string;
}

function toOptions(value: unknown): DocumentTypeOption[] | null {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null
      ? ((value as { types?: unknown; items?: unknown }).types ?? (value as { items?: unknown }).items)
      : null;
  if (!Array.isArray(list)) return null;
  const out: DocumentTypeOption[] = [];
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { id, name, title } = entry as Record<string, unknown>;
    if (typeof id === 'string' && typeof name === 'string') {
      out.push({ id, name, title: typeof title === 'string' ? title : name });
    }
  }
  return out.length > 0 ? out : null;
}

export async function loadDocumentTypes(api: ApiClient): Promise<DocumentTypeOption[]> {
  try {
    const fromApi = toOptions(await api.get<unknown>('/catalogue'));
    if (fromApi) return fromApi;
  } catch {
    // Not served by this deployment yet: the bundled catalogue is the same data.
  }
  const data = await import('#shared/domain/catalogue.json');
  return toOptions(data.default) ?? [];
}

export function useDocumentTypes(api: ApiClient) {
  return useQuery({ queryKey: ['catalogue'], queryFn: () => loadDocumentTypes(api), staleTime: 10 * 60_000 });
}
