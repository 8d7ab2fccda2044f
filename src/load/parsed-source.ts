/**
 * What a loader gives back for any source format: the data, and where each value sits in
 * the file, so that every later check can point at a line and column.
 */
import type { z } from 'zod';
import { sortProblems, type Problem } from '../problems/problem.js';
import { describeIssues, withoutEchoes } from './describe-issue.js';
import type { Position } from './positions.js';

export interface ParsedSource {
  data: unknown;
  /** Where the value at `path` is (or its nearest parent); with `atKey`, where its key is. */
  positionOf(path: readonly PropertyKey[], atKey?: boolean): Position;
}

/** Schema issues as problems at their place in the file, echoes of a misspelt key left out. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], parsed: ParsedSource, file: string, root = 'lecture'): Problem[] {
  return sortProblems(
    withoutEchoes(issues).flatMap((issue) =>
      describeIssues(issue, root).map((d): Problem => {
        const pos = parsed.positionOf(d.path, d.atKey);
        return { file, line: pos.line, column: pos.column, severity: 'error', message: d.message, ...(d.hint && { hint: d.hint }) };
      }),
    ),
  );
}
