/** Where `lectern new` and `lectern import` write a lecture, and how to show a path to type back. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';

/**
 * The lecture file a path names: as given when it ends in .yaml or .yml (any case), else with
 * ".yaml" added; a folder (an existing one, or a path ending in "/") takes `name` inside it.
 */
export function lectureFile(target: string, name?: string): string {
  const folder = /[/\\]$/.test(target) || (existsSync(target) && statSync(target).isDirectory());
  if (folder) {
    if (!name) throw new LecternError(`${target} is a folder: give the lecture a name in it, e.g. lectern new ${path.join(target, 'cells')}`);
    return path.resolve(target, `${name}.yaml`);
  }
  if (path.basename(target).replace(/\.ya?ml$/i, '') === '') throw new LecternError(`"${target}" names no lecture: give it a name, e.g. lectern new content/cells`);
  return path.resolve(/\.ya?ml$/i.test(target) ? target : `${target}.yaml`);
}

/** A path as a shell takes it back: quoted when it holds a space or a character the shell reads. */
export const shellPath = (p: string): string => (/^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

/** Makes the lecture's folder, or says why it cannot (a file stands where a folder should be). */
export function makeFolderFor(file: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new LecternError(`cannot make the folder ${path.relative(process.cwd(), path.dirname(file))} for ${path.basename(file)}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a file of that name is in the way' : (error as Error).message}. Choose another path.`);
  }
}
