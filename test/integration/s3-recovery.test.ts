/**
 * The root cause of the soak's flakiness, reproduced on a real s3rver: a PUT cut by a SIGKILL after the
 * object's bytes but before (or while) its metadata file is written leaves a key that answers 500 to every
 * HEAD and GET, for good. `recoverS3Store` (run before s3rver opens the folder) removes such unfinished
 * writes, so the key reads as missing (404) and its document follows the reconciler's upload_expired path.
 */
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_REGION, type RunningS3, S3RVER_CREDENTIALS, startS3rver } from '#local/emulators.ts';
import { recoverS3Store } from '#local/s3-recovery.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { StorageFaultError } from '#shared/errors.ts';

const BUCKET = 'sohoa-recovery';
let dataDir: string;
let s3: RunningS3 | null = null;

function client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: LOCAL_REGION,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
    // The SDK's own retries would only repeat the same 500.
    maxAttempts: 1,
  });
}

async function headStatus(c: S3Client, key: string): Promise<number> {
  try {
    await c.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    return 200;
  } catch (error) {
    return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? -1;
  }
}

/** The file of `key` with `suffix` in s3rver's folder. */
async function fileOf(key: string, suffix: string): Promise<string> {
  const root = join(dataDir, 's3', BUCKET);
  const entries = await readdir(root, { recursive: true });
  const found = entries.find((e) => e === `${key}${suffix}`);
  if (!found) throw new Error(`no ${key}${suffix} in ${entries.join(', ')}`);
  return join(root, found);
}

/** Stores `objects`, stops s3rver, lets `damage` act on its files, restarts it (optionally after recovery). */
async function afterCrash(
  objects: Record<string, string>,
  damage: () => Promise<void>,
  recover: boolean,
): Promise<{ c: S3Client; removed: Awaited<ReturnType<typeof recoverS3Store>> }> {
  s3 = await startS3rver({ dataDir, bucket: BUCKET });
  const first = client(s3.endpoint);
  for (const [key, body] of Object.entries(objects)) {
    await first.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: 'application/pdf' }));
  }
  first.destroy();
  await s3.close();
  await damage();
  const removed = recover ? await recoverS3Store(join(dataDir, 's3')) : [];
  s3 = await startS3rver({ dataDir, bucket: BUCKET });
  return { c: client(s3.endpoint), removed };
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sohoa-s3-recovery-'));
});
afterEach(async () => {
  await s3?.close();
  s3 = null;
  await rm(dataDir, { recursive: true, force: true });
});

const KEY = 'incoming/so-xay-dung/u-1/giấy phép.pdf';
const WHOLE = 'incoming/so-xay-dung/u-2/whole.pdf';

describe('local S3 store after a crash mid-PUT', () => {
  it('answers 500 for good on a truncated metadata file (the soak failure), and the adapter calls it a storage fault', async () => {
    const { c } = await afterCrash(
      { [KEY]: '%PDF-1.7 one' },
      async () => truncate(await fileOf(KEY, '._S3rver_metadata.json'), 7),
      false,
    );
    expect(await headStatus(c, KEY)).toBe(500);
    const objects = makeS3ObjectStore({ client: c, bucket: BUCKET });
    const error = await objects.exists(KEY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFaultError);
    // Its message names the upload, never the file name.
    expect((error as Error).message).not.toContain('giấy');
    c.destroy();
  });

  it('removes unfinished writes before s3rver starts, and keeps whole objects', async () => {
    const { c, removed } = await afterCrash(
      { [KEY]: '%PDF-1.7 one', [WHOLE]: '%PDF-1.7 two', 'incoming/so-xay-dung/u-3/cut.pdf': '%PDF-1.7 three three' },
      async () => {
        await writeFile(await fileOf(KEY, '._S3rver_metadata.json'), '');
        // Bytes cut short after the md5 was written: the object no longer matches it.
        await truncate(await fileOf('incoming/so-xay-dung/u-3/cut.pdf', '._S3rver_object'), 4);
      },
      true,
    );
    expect(removed.map((r) => r.why).sort()).toEqual(['object does not match its md5', 'truncated metadata']);
    expect(await headStatus(c, KEY)).toBe(404);
    expect(await headStatus(c, 'incoming/so-xay-dung/u-3/cut.pdf')).toBe(404);
    expect(await headStatus(c, WHOLE)).toBe(200);
    expect(await readFile(await fileOf(WHOLE, '._S3rver_object'), 'utf8')).toBe('%PDF-1.7 two');
    c.destroy();
  });

  it('removes an object whose metadata was never written', async () => {
    const { c, removed } = await afterCrash(
      { [KEY]: '%PDF-1.7 one' },
      async () => rm(await fileOf(KEY, '._S3rver_metadata.json')),
      true,
    );
    expect(removed).toEqual([{ path: `${BUCKET}/${KEY}`, why: 'no metadata' }]);
    expect(await headStatus(c, KEY)).toBe(404);
    c.destroy();
  });
});
