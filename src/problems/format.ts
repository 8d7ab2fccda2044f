/** The one place problems become text for the terminal, or JSON for other programs. */
import type { Problem } from './problem.js';

// What the lecture says is shown as typed, but no character in it may drive the terminal
// (an escape sequence could colour, move or clear it): each is written out as \u{…}.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const visible = (text: string) => text.replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);

/**
 * `file:line:column  message`, the hint, then the lines of the file with a caret under the
 * column; `brief` leaves the lines out (a build's warnings, which do not stop it).
 */
export function formatProblem(problem: Problem, { brief = false } = {}): string {
  const head = `${problem.file}:${problem.line}:${problem.column}  ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
  return visible([head, ...(problem.hint ? [`  hint: ${problem.hint}`] : []), ...(problem.frame && !brief ? [problem.frame] : [])].join('\n'));
}

/** Several problems, a blank line between them. */
export const formatProblems = (problems: readonly Problem[]): string => problems.map((p) => formatProblem(p)).join('\n\n');

/** A problem as plain JSON data (for `lectern validate --json`). */
export function problemJson(problem: Problem): Record<string, unknown> {
  const { file, line, column, severity, message, hint, frame } = problem;
  return { file, line, column, severity, message, ...(hint && { hint }), ...(frame && { frame }) };
}
