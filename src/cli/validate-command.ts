/** `lectern validate`: the build's checks, without building; every problem of every file at once. */
import { findLectures } from '../build/find-lectures.js';
import { checkWithCourse } from '../load/check-with-course.js';
import { formatProblem } from '../load/problem.js';
import type { Io } from './main.js';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function runValidate(paths: string[], strict: boolean, io: Io): number {
  let failed = 0;
  const files = findLectures(paths);
  for (const { file, root } of files) {
    const { check } = checkWithCourse(file, root);
    const errors = check.problems.filter((p) => p.severity === 'error').length;
    const warnings = check.problems.length - errors;
    for (const problem of check.problems) io.err(`${formatProblem(problem, check.source)}\n\n`);
    const bad = errors > 0 || (strict && warnings > 0);
    if (bad) failed += 1;
    io.out(`${bad ? '✗' : '✓'} ${file}  ${check.problems.length === 0 ? 'no problems' : `${count(errors, 'error')}, ${count(warnings, 'warning')}`}\n`);
  }
  io.out(`${files.length - failed} of ${count(files.length, 'lecture')} ready to build\n`);
  return failed > 0 ? 1 : 0;
}
