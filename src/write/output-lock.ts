/**
 * One build at a time per output folder: a second build started meanwhile stops at once
 * with a clear message instead of interleaving its files with the first one's.
 *
 * The lock names its owner (process id, the time that process started, host).
 * It is stale only when that process no longer exists, never because time passed: a build
 * paused for minutes (Ctrl-Z, a debugger, a slow disk) keeps its folder, and a build that
 * was killed outright loses it to the next build at once. The owner checks the lock is
 * still its own just before it puts files in place (`assertOutputLocksHeld`).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WriteError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { explainFsError } from './explain-fs-error.js';

export const LOCK_FILE = '.lectern.lock';

interface Owner {
  pid: number;
  /** When that process started (Linux), so that a process id used again is not taken for the owner. */
  started?: string;
  host: string;
  /** Tells this lock from an earlier one of the same process. */
  token: string;
}

/** Locks this process holds: folder → the lock file's text. */
const held = new Map<string, string>();

/** A process's start time, in clock ticks since boot (field 22 of /proc/<pid>/stat); undefined where there is no /proc. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and brackets: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(owner: Owner): boolean {
  // A lock from another machine (a shared folder): its process cannot be asked, so it holds.
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists, it belongs to someone else.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = startTime(owner.pid);
  return owner.started === undefined || now === undefined || now === owner.started;
}

/** The lock's text, wherever it is kept: a symbolic link's target, or (older Lectern, or no symbolic links) a file or folder. */
function readOwner(file: string): { text: string; owner: Owner | undefined } | undefined {
  let text: string;
  try {
    text = readlinkSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code !== 'EINVAL' && code !== 'UNKNOWN') throw error;
    try {
      text = readFileSync(file, 'utf8');
    } catch (notFile) {
      if ((notFile as NodeJS.ErrnoException).code !== 'EISDIR') throw notFile;
      // A folder: the lock of Lectern 0.2 and before, refreshed every 2 s while its build
      // ran: held while fresh (as if by this process, which always holds), stale after 10 s.
      return { text: '', owner: Date.now() - statSync(file).mtimeMs > 10_000 ? undefined : { pid: process.pid, host: os.hostname(), token: '' } };
    }
  }
  try {
    const owner = JSON.parse(text) as Owner;
    return { text, owner: typeof owner.pid === 'number' ? owner : undefined };
  } catch {
    return { text, owner: undefined };
  }
}

/**
 * Creates the lock, whole, in one step that succeeds for one process only: a symbolic link
 * whose target is the owner (it needs no room on the disk, so a full disk can still be
 * told about); where links cannot be made (Windows without the right), a new file.
 */
function create(lock: string, text: string): void {
  try {
    symlinkSync(text, lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
    writeFileSync(lock, text, { flag: 'wx' });
  }
}

/**
 * The build holding `dir` is running: wait. One on another computer or container cannot be
 * asked whether it still runs, so the teacher is told which file to delete if it does not.
 */
const busy = (dir: string, owner?: Owner, cause?: unknown) =>
  new WriteError(
    owner && owner.host !== os.hostname()
      ? `${dir}: a Lectern build on "${owner.host}" is writing here, or was stopped there before it could finish. If nothing is building there any more, delete ${path.join(dir, LOCK_FILE)} and build again.`
      : `${dir}: another Lectern build is writing here right now. Wait for it to finish, then build again.`,
    { file: dir, ...(cause !== undefined && { cause }) },
  );

/** Takes the lock of `dir`; a lock whose build no longer runs is removed and taken. */
function take(dir: string, lock: string): string {
  const started = startTime(process.pid);
  const owner: Owner = { pid: process.pid, ...(started !== undefined && { started }), host: os.hostname(), token: randomBytes(4).toString('hex') };
  const text = JSON.stringify(owner);
  // A few turns: each either takes the lock, finds it held, or removes a stale one.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      create(lock, text);
      return text;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const found = readOwner(lock);
    if (!found) continue; // released meanwhile
    // Our own process id in a lock is ours only if it started when we did (containers reuse ids).
    if (found.owner && isAlive(found.owner)) throw busy(dir, found.owner);
    // Left by a build that no longer runs (or unreadable): removed, if it is still the one read.
    const again = readOwner(lock);
    if (again && again.text === found.text) rmSync(lock, { recursive: true, force: true });
  }
  throw busy(dir);
}

export async function lockOutput(dir: string): Promise<() => Promise<void>> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    throw new WriteError(`${dir}: cannot create the output folder: ${explainFsError(cause)}`, { file: dir, cause });
  }
  const lock = path.join(dir, LOCK_FILE);
  let text: string;
  try {
    text = take(dir, lock);
  } catch (cause) {
    if (cause instanceof WriteError) throw cause;
    throw new WriteError(`${dir}: cannot write here: ${explainFsError(cause)}`, { file: dir, cause });
  }
  held.set(dir, text);
  const release = () => {
    held.delete(dir);
    // Only our own lock: one taken over meanwhile belongs to the other build now.
    if (readOwner(lock)?.text === text) unlinkSync(lock);
  };
  const forget = onInterrupt(release);
  return async () => {
    forget();
    try {
      release();
    } catch {
      // Gone already: nothing to release.
    }
  };
}

/**
 * Throws unless every lock this process took is still its own: called just before files
 * are put in place, so that a build whose lock was removed never writes over another's.
 */
export function assertOutputLocksHeld(): void {
  for (const [dir, text] of held) {
    let now: string | undefined;
    try {
      now = readOwner(path.join(dir, LOCK_FILE))?.text;
    } catch {
      now = undefined;
    }
    if (now !== text) {
      throw new WriteError(`${dir}: another Lectern build took this output folder over while this one was running, so this one put nothing in place. Your previous outputs are unchanged; build again once the other build has finished.`, { file: dir });
    }
  }
}
