/** `lectern validate`: the build's checks, without building; every problem of every file at once. */
import { findLectures } from '../../course/find-lectures.js';
import { checkWithCourse } from '../../load/check-with-course.js';
import { userTemplates } from '../../pipeline/context.js';
import { themeProblems } from '../../pipeline/load-step.js';
import { formatProblem, problemJson } from '../../problems/format.js';
import { plural } from '../../problems/problem.js';
import type { Io } from '../io.js';

export interface ValidateOptions {
  strict?: boolean;
  /** The teacher's own templates folder, whose themes a lecture may name. */
  templates?: string;
  /** Print one JSON document (for editors and scripts) instead of text. */
  json?: boolean;
}

export function runValidate(paths: string[], options: ValidateOptions, io: Io): number {
  const templates = userTemplates(options.templates);
  const themes = templates.themes();
  const checked = findLectures(paths).map(({ file, root }) => {
    const { check } = checkWithCourse(file, root, themes);
    // The theme as the build reads it: an @import that cannot be made stops the build.
    const problems = [...check.problems, ...(check.lecture ? themeProblems(templates, check.lecture) : [])];
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    return { file, problems, errors, warnings, ok: errors === 0 && !(options.strict && warnings > 0) };
  });
  const failed = checked.filter((c) => !c.ok).length;
  if (options.json) {
    const lectures = checked.map((c) => ({ file: c.file, ok: c.ok, errors: c.errors, warnings: c.warnings, problems: c.problems.map(problemJson) }));
    io.out(`${JSON.stringify({ ready: checked.length - failed, total: checked.length, lectures }, null, 2)}\n`);
    return failed > 0 ? 1 : 0;
  }
  // A course.yaml's or a theme's problem comes with every lecture that reads it: printed once.
  const printed = new Set<string>();
  for (const c of checked) {
    for (const text of c.problems.map((p) => formatProblem(p)).filter((t) => !printed.has(t))) {
      printed.add(text);
      io.err(`${text}\n\n`);
    }
    io.out(`${c.ok ? '✓' : '✗'} ${c.file}  ${c.problems.length === 0 ? 'no problems' : `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}`}\n`);
  }
  io.out(`${checked.length - failed} of ${plural(checked.length, 'lecture')} ready to build\n`);
  return failed > 0 ? 1 : 0;
}
