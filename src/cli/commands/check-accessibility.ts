/**
 * `lectern check-accessibility`: per lecture, what was checked and what a teacher should fix
 * (a picture without alt text, a custom theme's low contrast, slides set in small type, …).
 * Exits 1 when anything is to be fixed, so a course's CI can hold a lecture back.
 */
import { findLectures } from '../../course/find-lectures.js';
import { checkLecture } from '../../accessibility/check-lecture.js';
import type { TopicReport } from '../../accessibility/finding.js';
import { ContentError, LecternError } from '../../errors.js';
import { createBuildContext } from '../../pipeline/context.js';
import { formatProblem, problemJson } from '../../problems/format.js';
import { plural } from '../../problems/problem.js';
import type { Io } from '../io.js';

export interface CheckOptions {
  templates?: string;
  /** Print one JSON document (for scripts and a school's dashboards) instead of text. */
  json?: boolean;
}


function printReport(io: Io, file: string, topics: TopicReport[]): number {
  const found = topics.reduce((n, t) => n + t.problems.length, 0);
  io.out(`${found === 0 ? '✓' : '✗'} ${file}  ${found === 0 ? 'nothing to fix' : `${plural(found, 'thing')} to fix`}\n`);
  const width = Math.max(...topics.map((t) => t.topic.length));
  for (const t of topics) io.out(`    ${t.problems.length === 0 ? '✓' : '✗'} ${t.topic.padEnd(width)}  ${t.checked}\n`);
  for (const t of topics) for (const problem of t.problems) io.out(`\n${formatProblem(problem)}\n`);
  io.out('\n');
  return found;
}

export async function runCheckAccessibility(paths: string[], options: CheckOptions, io: Io): Promise<number> {
  const lectures = findLectures(paths);
  // A check builds nothing: no output folder is read or written.
  const context = createBuildContext({ outDir: '', ...(options.templates !== undefined && { templates: options.templates }) }, io.env);
  let clean = 0;
  let failed = 0;
  const json: object[] = [];
  try {
    for (const entry of lectures) {
      try {
        const topics = await checkLecture(entry, context);
        const found = options.json ? topics.reduce((n, t) => n + t.problems.length, 0) : printReport(io, entry.file, topics);
        if (found === 0) clean += 1;
        json.push({ file: entry.file, ok: found === 0, topics: topics.map((t) => ({ ...t, problems: t.problems.map(problemJson) })) });
      } catch (error) {
        if (!(error instanceof LecternError)) throw error;
        failed += 1;
        // As data too, as `lectern validate --json` gives them; an error that is not about a line is at the top of the file.
        const problems = error instanceof ContentError ? error.problems : [{ file: error.file ?? entry.file, line: 1, column: 1, severity: 'error' as const, message: error.message }];
        json.push({ file: entry.file, ok: false, error: error.message, problems: problems.map(problemJson) });
        if (options.json) continue;
        io.out(`✗ ${entry.file}  could not be checked: fix its errors first (below)\n`);
        io.err(`${error.message}\n\n`);
      }
    }
  } finally {
    await context.browser.close();
  }
  if (options.json) io.out(`${JSON.stringify({ clean, total: lectures.length, lectures: json }, null, 2)}\n`);
  else io.out(`${clean} of ${plural(lectures.length, 'lecture')} with nothing to fix\n`);
  return clean === lectures.length && failed === 0 ? 0 : 1;
}
