/**
 * write: the only stage that touches output/. A lecture's new files are all written into a
 * staging folder beside the outputs first; then a journal (journal.ts) records what goes
 * where, and only then are they renamed into place. A build that fails or is stopped before
 * the journal leaves the previous outputs as they were; one stopped after it is finished by
 * the next build (or at once, on Ctrl-C), so a teacher never finds old and new files mixed.
 */
import { mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LecternError, WriteError } from '../errors.js';
import { noteFinished, onInterrupt } from '../interrupt.js';
import { explainFsError } from './explain-fs-error.js';
import { finishJournal, JOURNAL_FILE, moveIntoPlace, rollForward, STAGING_PREFIX, writing, type Journal } from './journal.js';
import { assertOutputLocksHeld } from './output-lock.js';

export interface OutputFile {
  /** Path relative to the lecture's output folder, e.g. "deck.pdf" or "images/map.png". */
  name: string;
  data: string | Uint8Array;
}

/**
 * For the tests that stop a build while its files are being put in place: a pause, in
 * milliseconds, after the first file is moved. Read here only; unset, it costs nothing.
 */
const pauseInPlace = Number(process.env.LECTERN_TEST_PAUSE_IN_PLACE) || 0;

/** Writes `files` into `dir`, then deletes `remove` (outputs this build no longer makes). */
export async function writeOutputs(dir: string, files: OutputFile[], remove: string[] = []): Promise<string[]> {
  const staging = `${STAGING_PREFIX}${process.pid}-${Date.now().toString(36)}`;
  const journal: Journal = { pid: process.pid, staging, files: files.map((f) => f.name), remove };
  let committed = false;
  writing.add(dir);
  // Ctrl-C: before the journal, nothing was changed; after it, the few renames left are
  // finished at once, so the teacher is told the truth either way.
  const done = onInterrupt(() => {
    if (!committed) return void rmSync(path.join(dir, staging), { recursive: true, force: true });
    try {
      rollForward(dir, journal);
      return `${dir}: the new outputs were already being put in place, so that was finished: they are all new.`;
    } catch {
      return `${dir}: the build was stopped while putting files in place; the next build finishes it.`;
    }
  });
  try {
    try {
      for (const file of files) {
        const temp = path.join(dir, staging, file.name);
        await mkdir(path.dirname(temp), { recursive: true });
        await writeFile(temp, file.data);
      }
      assertOutputLocksHeld();
      // Written whole under another name, then renamed: a journal is complete or absent.
      await writeFile(path.join(dir, staging, JOURNAL_FILE), JSON.stringify(journal));
      await rename(path.join(dir, staging, JOURNAL_FILE), path.join(dir, JOURNAL_FILE));
      committed = true;
    } catch (cause) {
      await rm(path.join(dir, staging), { recursive: true, force: true });
      if (cause instanceof LecternError) throw cause;
      throw new WriteError(`${dir}: cannot write the outputs: ${explainFsError(cause)}. Your previous outputs are unchanged.`, { file: dir, cause });
    }
    try {
      for (const [i, name] of journal.files.entries()) {
        moveIntoPlace(dir, journal, name);
        if (i === 0 && pauseInPlace > 0) await new Promise((r) => setTimeout(r, pauseInPlace));
      }
      finishJournal(dir, journal);
      noteFinished(dir);
    } catch (cause) {
      throw new WriteError(`${dir}: the build was stopped while putting files in place (${explainFsError(cause)}); the next build finishes it.`, { file: dir, cause });
    }
  } finally {
    writing.delete(dir);
    done();
  }
  return journal.files.map((name) => path.join(dir, name));
}

/**
 * Deletes the outputs of a lecture that was deleted: only the files it made, so another
 * lecture's outputs in a folder below stay; the folder goes too once empty.
 */
export function removeLectureOutputs(dir: string, files: string[]): void {
  noteFinished(dir);
  for (const name of files) rmSync(path.join(dir, name), { recursive: true, force: true });
  try {
    rmdirSync(dir);
  } catch {
    // Not empty: another lecture's outputs live below it.
  }
}

/** The synchronous form, for one small file (the course index). */
export function writeOutputsSync(dir: string, files: OutputFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const file of files) {
    const target = path.join(dir, file.name);
    const temp = path.join(dir, `.lectern-tmp-${process.pid}-${file.name}`);
    try {
      writeFileSync(temp, file.data);
      renameSync(temp, target);
    } catch (cause) {
      rmSync(temp, { force: true });
      throw new WriteError(`${target}: cannot write: ${explainFsError(cause)}`, { file: target, cause });
    }
  }
}
