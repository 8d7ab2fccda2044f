/** Which lectures a set of saved files may affect, so that watch mode rebuilds only those. */
import path from 'node:path';
import type { LectureEntry } from '../course/find-lectures.js';
import { COURSE_FILE } from '../load/course.js';
import { isLectureFileName } from '../load/loaders.js';
import { isInside } from '../paths.js';

/**
 * A lecture file affects itself, a course.yaml its folder and below; anything else (an
 * image, a template) may affect any lecture: their keys then decide which outputs rebuild.
 */
export function affectedLectures(entries: readonly LectureEntry[], changed: readonly string[], templatesChanged: boolean): LectureEntry[] {
  if (templatesChanged) return [...entries];
  return entries.filter((entry) =>
    changed.some((f) => {
      const file = path.resolve(f);
      if (file === path.resolve(entry.file)) return true;
      if (path.basename(file) === COURSE_FILE) return isInside(path.dirname(file), entry.file);
      return !isLectureFileName(file);
    }),
  );
}
