/**
 * One process per local data directory. dynalite's LevelDB allows a single opener and, when a second
 * process tries anyway, dynalite throws from inside a request callback and kills that process with a stack
 * trace. A pid lock file taken before the emulators start turns that into a clear error.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DataDirLockedError } from '#shared/errors.ts';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dataDir>/sohoa.lock`; a lock left by a dead process is taken over. Resolves to the release function. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'sohoa.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && isAlive(pid)) throw new DataDirLockedError(dataDir, pid);
      await rm(path, { force: true });
    }
  }
  throw new Error(`cannot take the lock ${path}`);
}
