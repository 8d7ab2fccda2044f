/** `lectern index`: output/index.html from the lectures built into the output folder (e.g. by several shards). */
import { courseLanguage, writeCourseIndex } from '../../course/index-page.js';
import { existsSync, statSync } from 'node:fs';
import { LecternError } from '../../errors.js';
import { userTemplates } from '../../pipeline/context.js';
import type { Io } from '../io.js';

export function runIndex(options: { out: string; templates?: string }, io: Io): number {
  const templates = userTemplates(options.templates);
  if (existsSync(options.out) && !statSync(options.out).isDirectory()) throw new LecternError(`${options.out} is a file, not a folder: -o takes the output folder the lectures were built into, e.g. -o output`, { file: options.out });
  // Its language is the default content folder's course.yaml's, as `lectern build content` gives it.
  writeCourseIndex(options.out, templates, courseLanguage(['content']));
  io.out(`✓ ${options.out}/index.html\n`);
  return 0;
}
