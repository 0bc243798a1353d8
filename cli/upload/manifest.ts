/**
 * The resumable manifest of bulk uploads: which file (path + SHA-256) was already sent to which API for
 * which agency, so a re-run after an interruption skips it, while the same folder sent for another agency
 * (or to another API) is uploaded again. Written atomically after every successful PUT.
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

/** Version 1 kept one entry per path (a second agency overwrote the first); version 2 keys by API, agency and path. */
const manifestSchema = z.object({ version: z.union([z.literal(1), z.literal(2)]), files: z.record(entrySchema) });

const keyOf = (apiUrl: string, agencyId: string | null, path: string) => `${apiUrl}|${agencyId ?? ''}|${path}`;

export interface Manifest {
  /** The entry recorded for this file content at this API and agency, if any. */
  find(path: string, sha256: string, apiUrl: string, agencyId: string | null): ManifestEntry | undefined;
  record(path: string, entry: ManifestEntry): Promise<void>;
}

export async function openManifest(path: string): Promise<Manifest> {
  const files: Record<string, ManifestEntry> = {};
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) {
      for (const [key, entry] of Object.entries(parsed.data.files)) {
        files[parsed.data.version === 1 ? keyOf(entry.apiUrl, entry.agencyId, key) : key] = entry;
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }
  // Writes are chained so concurrent uploads never interleave two versions of the file.
  let writing: Promise<void> = Promise.resolve();
  return {
    find(filePath, sha256, apiUrl, agencyId) {
      const entry = files[keyOf(apiUrl, agencyId, filePath)];
      return entry && entry.sha256 === sha256 ? entry : undefined;
    },
    record(filePath, entry) {
      files[keyOf(entry.apiUrl, entry.agencyId, filePath)] = entry;
      const snapshot = JSON.stringify({ version: 2, files }, null, 2);
      writing = writing.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(`${path}.tmp`, `${snapshot}\n`);
        await rename(`${path}.tmp`, path);
      });
      return writing;
    },
  };
}
