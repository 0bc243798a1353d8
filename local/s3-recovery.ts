/**
 * s3rver is not crash-safe. A PUT is stored as three files written one after the other — the object
 * (`<key>._S3rver_object`, its stream "finished" before the file is flushed), then `.md5`, then
 * `._S3rver_metadata.json` — and the client gets its 200 only after the last one. A process killed in
 * between (SIGKILL, power loss) leaves an object that was never acknowledged: an empty or truncated metadata
 * file makes every HEAD and GET of the key answer 500 for good (s3rver's JSON.parse throws), a truncated
 * object no longer matches its md5. Before s3rver opens the folder, such leftovers are removed: the upload
 * never succeeded, so its client retries, and its document ends `upload_expired` through the reconciler like
 * any upload that never arrived.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const OBJECT = '._S3rver_object';
const MD5 = '._S3rver_object.md5';
const METADATA = '._S3rver_metadata.json';

async function md5Of(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Why the stored object at `base` (path without suffix) is an unfinished write, or null when it is whole. */
async function unfinished(base: string): Promise<string | null> {
  const metadata = await readOrNull(base + METADATA);
  if (metadata === null) return 'no metadata';
  try {
    JSON.parse(metadata);
  } catch {
    return 'truncated metadata';
  }
  const md5 = await readOrNull(base + MD5);
  if (md5 !== null && md5.trim() !== (await md5Of(base + OBJECT))) return 'object does not match its md5';
  return null;
}

export interface RecoveredObject {
  /** The file path of the object, relative to the s3 folder. */
  path: string;
  why: string;
}

/** Removes the unfinished writes under s3rver's folder (see above); returns what it removed. */
export async function recoverS3Store(directory: string): Promise<RecoveredObject[]> {
  let entries: string[];
  try {
    entries = await readdir(directory, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = new Set(entries);
  const removed: RecoveredObject[] = [];
  for (const entry of entries) {
    let base: string | null = null;
    if (entry.endsWith(OBJECT)) base = entry.slice(0, -OBJECT.length);
    // Metadata or md5 whose object is gone: a write that had not even reached the object's file name.
    else if (entry.endsWith(METADATA) && !files.has(entry.slice(0, -METADATA.length) + OBJECT)) {
      base = entry.slice(0, -METADATA.length);
    } else if (entry.endsWith(MD5) && !files.has(entry.slice(0, -MD5.length) + OBJECT))
      base = entry.slice(0, -MD5.length);
    if (base === null) continue;
    const absolute = join(directory, base);
    const why = files.has(base + OBJECT) ? await unfinished(absolute) : 'no object';
    if (!why) continue;
    await Promise.all([OBJECT, MD5, METADATA].map((suffix) => rm(absolute + suffix, { force: true })));
    removed.push({ path: base, why });
  }
  return removed;
}
