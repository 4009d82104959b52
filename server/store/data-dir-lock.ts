/**
 * One writing process per SQLite data directory: a second server (or `npm run seed`) on the same files
 * would truncate update logs the first one is still writing.
 *
 * The lock is SQLite's own file lock (POSIX fcntl on Linux and macOS, LockFileEx on Windows) on a small
 * side file, `<db>.lock`, held in exclusive locking mode for as long as the process keeps it open. The
 * operating system drops it when the process ends, however it ends (kill -9, power cut), so there is no
 * stale lock to take over and no process id to trust: a reused pid cannot block a restart.
 *
 * Only for the SQLite data directory: PostgreSQL has several processes share one database.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';

export class DataDirLockedError extends Error {}

/** Takes the lock or throws `DataDirLockedError`; returns the function that lets it go. */
export function lockDataDir(dbPath: string): () => void {
  const lockPath = `${dbPath}.lock`;
  const db = new Database(lockPath, { timeout: 0 });
  try {
    db.pragma('journal_mode = MEMORY'); // no -journal file beside the lock
    db.pragma('locking_mode = EXCLUSIVE'); // once written, the file stays locked until the connection closes
    db.exec('BEGIN EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since INTEGER NOT NULL)');
    db.exec('DELETE FROM holder');
    db.prepare('INSERT INTO holder (pid, since) VALUES (?, ?)').run(process.pid, Date.now());
    db.exec('COMMIT');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY' || (e as { code?: string }).code === 'SQLITE_LOCKED') {
      throw new DataDirLockedError(`another Sprout Lab process is using this data directory (it holds ${lockPath}); stop it first`);
    }
    throw e;
  }
  // The pid file earlier versions used: nothing reads it any more.
  rmSync(`${dbPath}-updates.lock`, { force: true });
  let held = true;
  return () => {
    if (held && db.open) db.close();
    held = false;
  };
}
