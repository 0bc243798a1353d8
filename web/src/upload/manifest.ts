/**
 * What this browser already sent, keyed by agency + SHA-256, kept in localStorage so a reload or a network
 * error never sends a file twice: a file whose content is in the manifest is not sent again, and a ticket
 * whose PUT may have been interrupted is reused (same document) while its URL is still valid.
 */

export interface SentEntry {
  state: 'sent';
  docId: string;
  fileName: string;
  size: number;
  sentAt: string;
}

export interface PendingEntry {
  state: 'pending';
  docId: string;
  fileName: string;
  size: number;
  uploadId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  expiresAt: string;
}

export type ManifestEntry = SentEntry | PendingEntry;

export interface UploadManifest {
  get(agencyId: string, sha256: string): ManifestEntry | undefined;
  set(agencyId: string, sha256: string, entry: ManifestEntry): void;
  delete(agencyId: string, sha256: string): void;
  /** Entries of one agency, newest first (the outcome list shown after a reload). */
  list(agencyId: string): Array<{ sha256: string; entry: ManifestEntry }>;
}

/** Key-value storage (window.localStorage in the app; a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'sohoa.upload.v1:';
/** Oldest entries are dropped beyond this many per browser (localStorage holds ~5 MB). */
const MAX_ENTRIES = 5000;

export function makeStorageManifest(storage: KeyValueStorage, scope: string): UploadManifest {
  const key = `${PREFIX}${scope}`;
  let cache: Record<string, ManifestEntry> | null = null;
  const load = (): Record<string, ManifestEntry> => {
    if (cache) return cache;
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '{}');
      cache = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, ManifestEntry>) : {};
    } catch {
      cache = {};
    }
    return cache;
  };
  const save = () => {
    const all = load();
    const names = Object.keys(all);
    if (names.length > MAX_ENTRIES) {
      const byAge = names.sort((a, b) => stamp(all[a]!).localeCompare(stamp(all[b]!)));
      for (const name of byAge.slice(0, names.length - MAX_ENTRIES)) delete all[name];
    }
    try {
      storage.setItem(key, JSON.stringify(all));
    } catch {
      // A full storage loses resume information, not uploads: the pipeline still dedupes by content.
    }
  };
  const id = (agencyId: string, sha256: string) => `${agencyId}#${sha256}`;
  return {
    get: (agencyId, sha256) => load()[id(agencyId, sha256)],
    set(agencyId, sha256, entry) {
      load()[id(agencyId, sha256)] = entry;
      save();
    },
    delete(agencyId, sha256) {
      delete load()[id(agencyId, sha256)];
      save();
    },
    list(agencyId) {
      const prefix = `${agencyId}#`;
      return Object.entries(load())
        .filter(([name]) => name.startsWith(prefix))
        .map(([name, entry]) => ({ sha256: name.slice(prefix.length), entry }))
        .sort((a, b) => stamp(b.entry).localeCompare(stamp(a.entry)));
    },
  };
}

function stamp(entry: ManifestEntry): string {
  return entry.state === 'sent' ? entry.sentAt : entry.expiresAt;
}
