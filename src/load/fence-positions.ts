/**
 * Where a fence problem is in the lecture file: at the very line and column of the fence
 * when its line can be found as typed (a block scalar, `|`, as code blocks are written),
 * at the field otherwise.
 */
import type { Problem } from '../problems/problem.js';
import type { FenceProblem } from './code-fences.js';
import { positionInField } from './field-positions.js';
import type { ParsedSource } from './parsed-source.js';

export function fenceProblemAt(parsed: ParsedSource, file: string, path: readonly PropertyKey[], text: string, problem: FenceProblem): Problem {
  // The lines up to the fence's, each found after the one before: "```" recurs in a block.
  const lines = text.split('\n').slice(0, problem.line + 1).filter((line, i) => i === problem.line || line.trim() !== '');
  const { severity, message } = problem;
  return { file, ...positionInField(parsed, path, false, text.length, lines, problem.column), severity, message };
}
