/** The one place problems become text for the terminal, or JSON for other programs. */
import type { Problem } from './problem.js';

/**
 * `file:line:column  message`, the hint, then the lines of the file with a caret under the
 * column; `brief` leaves the lines out (a build's warnings, which do not stop it).
 */
export function formatProblem(problem: Problem, { brief = false } = {}): string {
  const head = `${problem.file}:${problem.line}:${problem.column}  ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
  return [head, ...(problem.hint ? [`  hint: ${problem.hint}`] : []), ...(problem.frame && !brief ? [problem.frame] : [])].join('\n');
}

/** Several problems, a blank line between them. */
export const formatProblems = (problems: readonly Problem[]): string => problems.map((p) => formatProblem(p)).join('\n\n');

/** A problem as plain JSON data (for `lectern validate --json`). */
export function problemJson(problem: Problem): Record<string, unknown> {
  const { file, line, column, severity, message, hint, frame } = problem;
  return { file, line, column, severity, message, ...(hint && { hint }), ...(frame && { frame }) };
}
