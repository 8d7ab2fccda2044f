/** A lecture checked as it will be built: with its course.yaml values under it. */
import { courseValuesFor, type CourseCheck } from './course.js';
import { checkLectureFile, type LectureCheck } from './load-lecture.js';

export function checkWithCourse(file: string, root: string): { check: LectureCheck; course: CourseCheck } {
  const course = courseValuesFor(file, root);
  // A mistake in a course.yaml stops every lecture under it, shown in that file's terms.
  const check: LectureCheck =
    course.problems.length > 0
      ? { file, problems: course.problems, ...(course.sources.has(course.problems[0]!.file) && { source: course.sources.get(course.problems[0]!.file)! }) }
      : checkLectureFile(file, course.values);
  return { check, course };
}
