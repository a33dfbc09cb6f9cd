import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(`The data directory ${dir} is in use by another Inventra process (pid ${pid}). Stop it first, or point INVENTRA_DATA_DIR elsewhere.`);
    this.name = 'DataDirLockedError';
  }
}

const held = new Set<string>();

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One process owns an embedded database: PGlite has no locking of its own, and two processes
 * writing one data dir corrupt it. The lock file names its owner; a lock whose owner is gone
 * (a crash, a container restarted with the same pid) is taken over. Returns the release function.
 */
export function lockDataDir(pgliteDir: string): () => void {
  const dir = resolve(dirname(pgliteDir));
  const file = join(dir, 'inventra.lock');
  if (held.has(file)) throw new DataDirLockedError(dir, process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }) + '\n');
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw err;
      let owner: { pid?: number; host?: string } = {};
      try {
        owner = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        /* half-written by a process that died at once: stale */
      }
      const pid = Number(owner.pid);
      const sameHost = !owner.host || owner.host === hostname();
      if (Number.isInteger(pid) && pid !== process.pid && (alive(pid) || !sameHost)) throw new DataDirLockedError(dir, pid);
      try {
        unlinkSync(file);
      } catch {
        /* someone else removed it first; try again */
      }
    }
  }
  held.add(file);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(file);
    process.off('exit', release);
    try {
      unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', release);
  return release;
}
