/**
 * write: the only stage that touches output/. Every file of a lecture is first written to
 * a temporary name beside its target, then all are renamed into place, so a build that
 * fails part-way leaves the previous outputs as they were.
 */
import { mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LecternError, WriteError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { explainFsError } from './explain-fs-error.js';
import { assertOutputLocksHeld } from './output-lock.js';

export interface OutputFile {
  /** Path relative to the lecture's output folder, e.g. "deck.pdf" or "images/map.png". */
  name: string;
  data: string | Uint8Array;
}

/** Writes `files` into `dir`, then deletes `remove` (outputs this build no longer makes). */
export async function writeOutputs(dir: string, files: OutputFile[], remove: string[] = []): Promise<string[]> {
  const staged: { temp: string; target: string }[] = [];
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const done = onInterrupt(() => staged.forEach(({ temp }) => rmSync(temp, { force: true })));
  try {
    for (const file of files) {
      const target = path.join(dir, file.name);
      const temp = path.join(path.dirname(target), `.lectern-tmp-${stamp}-${path.basename(target)}`);
      await mkdir(path.dirname(target), { recursive: true });
      staged.push({ temp, target });
      await writeFile(temp, file.data);
    }
    assertOutputLocksHeld();
    for (const { temp, target } of staged) await rename(temp, target);
    await Promise.all(remove.map((name) => rm(path.join(dir, name), { force: true })));
    // A folder the removed files leave empty (images/) goes too.
    for (const folder of new Set(remove.map((name) => path.dirname(name)).filter((d) => d !== '.'))) await rmdir(path.join(dir, folder)).catch(() => undefined);
  } catch (cause) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    if (cause instanceof LecternError) throw cause;
    const reason = explainFsError(cause);
    throw new WriteError(`${dir}: cannot write the outputs: ${reason}. Your previous outputs are unchanged.`, { file: dir, cause });
  } finally {
    done();
  }
  return staged.map((s) => s.target);
}

/**
 * Deletes the outputs of a lecture that was deleted: only the files it made, so another
 * lecture's outputs in a folder below stay; the folder goes too once empty.
 */
export function removeLectureOutputs(dir: string, files: string[]): void {
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
