/** Finds the files a bulk upload sends: folders walked recursively, kept by extension. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { contentTypeForName } from '#shared/domain/file-types.ts';

export interface FoundFile {
  path: string;
  contentType: string | null;
}

/**
 * Every regular file under the given paths (absolute, sorted, deduplicated), with its content type, or
 * null when the extension is not one we upload. Hidden files and `*.truth.json` sidecars are ignored quietly
 * inside folders; a path named explicitly is always reported.
 */
export async function walkFiles(paths: string[]): Promise<FoundFile[]> {
  const found = new Map<string, FoundFile>();
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.')) continue;
        if (entry.isDirectory() || entry.isFile()) await visit(join(path, entry.name), false);
      }
      return;
    }
    if (!info.isFile()) return;
    const contentType = contentTypeForName(path);
    if (!explicit && contentType === null && path.endsWith('.truth.json')) return;
    found.set(path, { path, contentType });
  };
  for (const path of paths) await visit(resolve(path), true);
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
}
