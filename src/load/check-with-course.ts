/** A lecture checked as it will be built: with its course.yaml values under it. */
import path from 'node:path';
import { courseValuesFor, type CourseCheck } from './course.js';
import { checkLectureFile, type LectureCheck } from './load-lecture.js';

/** `themes`: the deck themes there are, which a `theme:` must name (see theme-name.ts). */
export function checkWithCourse(file: string, root: string, themes?: readonly string[]): { check: LectureCheck; course: CourseCheck } {
  const course = courseValuesFor(file, root, themes);
  // A mistake in a course.yaml stops every lecture under it, each problem shown in its own file's lines.
  // Images may come from the course's folder: the one holding its outermost course.yaml.
  const imageRoot = course.files[0] && path.dirname(course.files[0]);
  // A warning in a course.yaml (text YAML read as a comment) stops nothing: it is shown with the lecture's.
  if (course.problems.some((p) => p.severity === 'error')) return { check: { file, problems: course.problems }, course };
  const check = checkLectureFile(file, { defaults: course.values, ...(imageRoot && { imageRoot }), ...(themes && { themes }) });
  return { check: { ...check, problems: [...course.problems, ...check.problems] }, course };
}
