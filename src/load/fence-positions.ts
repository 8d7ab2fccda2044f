/**
 * Where a fence problem is in the lecture file. A code block is written as a YAML block
 * scalar (`|`), whose lines follow its indicator line one for one, indented: the problem
 * points at the very line and column of the fence. Text written another way (quoted, with
 * "\n") is pointed at where it starts.
 */
import type { Problem } from '../problems/problem.js';
import type { FenceProblem } from './code-fences.js';
import type { ParsedSource } from './parsed-source.js';

export function fenceProblemAt(parsed: ParsedSource, file: string, path: readonly PropertyKey[], text: string, problem: FenceProblem): Problem {
  const at = parsed.positionOf(path);
  const source = parsed.text.split('\n');
  const indicator = source[at.line - 1]?.[at.column - 1];
  const valueLine = text.split('\n')[problem.line] ?? '';
  const sourceLine = (source[at.line + problem.line] ?? '').replace(/\r$/, '');
  const { severity, message } = problem;
  if ((indicator === '|' || indicator === '>') && sourceLine.endsWith(valueLine)) {
    return { file, line: at.line + 1 + problem.line, column: sourceLine.length - valueLine.length + problem.column + 1, severity, message };
  }
  return { file, line: at.line, column: at.column, severity, message };
}
