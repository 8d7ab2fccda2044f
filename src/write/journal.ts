/**
 * The journal that makes putting a lecture's files in place all-or-nothing, even when the
 * build is killed half-way through the renames.
 *
 * A build writes every new file into a staging folder inside the lecture's output folder,
 * then writes the journal (what to rename, what to delete) and only then starts renaming.
 * Once the journal exists the new files are complete, so a build stopped after that is
 * finished by whoever comes next: the journal is rolled forward, never back. Staging folders
 * and temporary files without a journal are half-written, and are deleted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { WriteError } from '../errors.js';
import { explainFsError } from './explain-fs-error.js';

export const JOURNAL_FILE = '.lectern-journal.json';
export const STAGING_PREFIX = '.lectern-staging-';
/** The temporary files of Lectern 0.2 and before, renamed into place one by one. */
const OLD_TEMP_PREFIX = '.lectern-tmp-';

export interface Journal {
  /** The build that wrote it. */
  pid: number;
  /** The staging folder, inside the lecture's output folder. */
  staging: string;
  /** Files to move from the staging folder into place, relative to both. */
  files: string[];
  /** Files to delete once the new ones are in place (outputs no longer made). */
  remove: string[];
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Moves one staged file into place; one already moved (by an earlier try) is left as it is. */
export function moveIntoPlace(dir: string, journal: Journal, name: string): void {
  const target = path.join(dir, name);
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    renameSync(path.join(dir, journal.staging, name), target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Deletes what the journal says is no longer made, then the journal and the staging folder. */
export function finishJournal(dir: string, journal: Journal): void {
  for (const name of journal.remove) rmSync(path.join(dir, name), { force: true });
  // A folder the removed files leave empty (images/) goes too.
  for (const folder of new Set(journal.remove.map((name) => path.dirname(name)).filter((d) => d !== '.'))) {
    try {
      rmdirSync(path.join(dir, folder));
    } catch {
      // Not empty, or gone.
    }
  }
  rmSync(path.join(dir, JOURNAL_FILE), { force: true });
  rmSync(path.join(dir, journal.staging), { recursive: true, force: true });
}

/** Every staged file moved into place, then the rest of the journal done: safe to run again. */
export function rollForward(dir: string, journal: Journal): void {
  for (const name of journal.files) moveIntoPlace(dir, journal, name);
  finishJournal(dir, journal);
}

/** A name a journal may hold: a path inside the lecture's folder, never leaving it. */
const insideName = (name: unknown): name is string =>
  typeof name === 'string' && name !== '' && !path.isAbsolute(name) && !/^[a-z]:/i.test(name) && !name.split(/[\\/]/).includes('..');

/**
 * The journal in `dir`, if there is one Lectern could have written. Output folders travel
 * (a zip, a shared drive, a cloned repository): a journal that names anything outside its
 * folder, or a staging folder Lectern would not make, is not followed but deleted.
 */
function readJournal(dir: string): Journal | undefined {
  let journal: Partial<Journal>;
  try {
    journal = JSON.parse(readFileSync(path.join(dir, JOURNAL_FILE), 'utf8')) as Partial<Journal>;
  } catch {
    // None (or unreadable: it is renamed into place whole, so only a hand-edited one is).
    return undefined;
  }
  const valid =
    Number.isInteger(journal.pid) &&
    typeof journal.staging === 'string' &&
    journal.staging.startsWith(STAGING_PREFIX) &&
    insideName(journal.staging) &&
    !/[\\/]/.test(journal.staging) &&
    Array.isArray(journal.files) &&
    journal.files.every(insideName) &&
    Array.isArray(journal.remove) &&
    journal.remove.every(insideName);
  if (valid) return journal as Journal;
  rmSync(path.join(dir, JOURNAL_FILE), { force: true });
  return undefined;
}

/** Output folders this process is putting files into right now (watch mode builds again and again). */
export const writing = new Set<string>();

/** Whether the build that wrote a journal may still finish it itself. */
const stillWriting = (dir: string, journal: Journal) => (journal.pid === process.pid ? writing.has(dir) : alive(journal.pid));

/** The process id a leftover's name starts with: `.lectern-staging-<pid>-…`, `.lectern-tmp-<pid>-…`. */
const ownerOf = (name: string, prefix: string) => Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);

/**
 * Finishes the files of a build that was stopped while putting them in place, and deletes
 * what builds that no longer run left half-written. Run under the output lock, before the
 * lecture's ledger is read, so that the ledger and the files agree again. Returns whether a
 * stopped build's files were put in place.
 */
export function recoverOutputFolder(dir: string): boolean {
  if (!existsSync(dir)) return false;
  const journal = readJournal(dir);
  let finished = false;
  if (journal && !stillWriting(dir, journal)) {
    try {
      rollForward(dir, journal);
    } catch (cause) {
      throw new WriteError(`${dir}: a build that was stopped left new outputs to put in place, and they cannot be: ${explainFsError(cause)}. Fix that, then build again.`, { file: dir, cause });
    }
    finished = true;
  }
  // Outputs of other lectures may live in folders below: their leftovers are just as dead.
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const prefix = [STAGING_PREFIX, OLD_TEMP_PREFIX].find((p) => entry.name.startsWith(p));
    if (!prefix || alive(ownerOf(entry.name, prefix))) continue;
    // A staging folder a journal names holds complete files: they are put in place, not lost.
    const named = readJournal(entry.parentPath);
    if (named?.staging === entry.name) rollForward(entry.parentPath, named);
    else rmSync(path.join(entry.parentPath, entry.name), { recursive: true, force: true });
  }
  return finished;
}
