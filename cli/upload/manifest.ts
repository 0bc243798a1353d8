/**
 * The resumable manifest of bulk uploads: which file (path + SHA-256) was already sent to which API, so a
 * re-run after an interruption skips it. Written atomically after every successful PUT.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

export const DEFAULT_MANIFEST = '.sohoa-upload-manifest.json';

const entrySchema = z.object({
  sha256: z.string(),
  size: z.number(),
  apiUrl: z.string(),
  agencyId: z.string().nullable(),
  uploadId: z.string(),
  docId: z.string(),
  uploadedAt: z.string(),
});
export type ManifestEntry = z.infer<typeof entrySchema>;

const manifestSchema = z.object({ version: z.literal(1), files: z.record(entrySchema) });

export interface Manifest {
  /** The entry recorded for this file content at this API and agency, if any. */
  find(path: string, sha256: string, apiUrl: string, agencyId: string | null): ManifestEntry | undefined;
  record(path: string, entry: ManifestEntry): Promise<void>;
}

export async function openManifest(path: string): Promise<Manifest> {
  let files: Record<string, ManifestEntry> = {};
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) files = parsed.data.files;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }
  // Writes are chained so concurrent uploads never interleave two versions of the file.
  let writing: Promise<void> = Promise.resolve();
  return {
    find(filePath, sha256, apiUrl, agencyId) {
      const entry = files[filePath];
      return entry && entry.sha256 === sha256 && entry.apiUrl === apiUrl && entry.agencyId === agencyId
        ? entry
        : undefined;
    },
    record(filePath, entry) {
      files[filePath] = entry;
      const snapshot = JSON.stringify({ version: 1, files }, null, 2);
      writing = writing.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(`${path}.tmp`, `${snapshot}\n`);
        await rename(`${path}.tmp`, path);
      });
      return writing;
    },
  };
}
