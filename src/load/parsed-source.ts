/**
 * What a loader gives back for any source format: the data, and where each value sits in
 * the file, so that every later check can point at a line and column.
 */
import type { z } from 'zod';
import { quoted, sortProblems, type Problem } from '../problems/problem.js';
import { describeIssues, withoutEchoes } from './describe-issue.js';
import type { Position } from './positions.js';

export interface ParsedSource {
  data: unknown;
  /** The text it was parsed from. */
  text: string;
  /** Where the value at `path` is (or its nearest parent); with `atKey`, where its key is. */
  positionOf(path: readonly PropertyKey[], atKey?: boolean): Position;
  /** Problems the parser found that do not stop the data being read (text YAML left out). */
  notices?: Problem[];
}

/** A list item's line with its text in quotes, as written (not as YAML read it: "7.0" stays "7.0"). */
function quotedLine(text: string, line: number): string | undefined {
  const item = (text.split(/\r\n|\r|\n/)[line - 1] ?? '').match(/^\s*- (.*\S)\s*$/);
  return item ? `put the whole point in quotes: - ${quoted(item[1]!.replace(/"/g, '\\"'), 120)}` : undefined;
}

/** Schema issues as problems at their place in the file, echoes of a misspelt key left out. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], parsed: ParsedSource, file: string, root = 'lecture'): Problem[] {
  // Two checks of one value may say the same ("seed" 1e300 is too big, and not a safe integer): once is enough.
  const seen = new Set<string>();
  const once = (p: Problem) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return sortProblems(
    withoutEchoes(issues).flatMap((issue) =>
      describeIssues(issue, root).map((d): Problem => {
        const pos = parsed.positionOf(d.path, d.atKey);
        const hint = d.quoteLine ? quotedLine(parsed.text, pos.line) : d.hint;
        return { file, line: pos.line, column: pos.column, severity: 'error', message: d.message, ...(hint && { hint }) };
      }),
    ).filter(once),
  );
}
