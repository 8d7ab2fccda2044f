/** YAML text → data with positions, and schema issues → positioned problems: shared by lectures and course.yaml. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { describeIssues, withoutEchoes } from './describe-issue.js';
import { positionOf } from './positions.js';
import type { Problem } from './problem.js';
import { yamlProblems } from './yaml-problems.js';

export const EMPTY = 'the file is empty; a lecture starts with "title: …" and "sections:" (see the example in the README)';

export const problemAt = (file: string, message: string, line = 1, column = 1): Problem => ({ file, line, column, severity: 'error', message });

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

/** Parses YAML with positions; problems instead when the text is not usable YAML. */
export function parseYaml(source: string, file: string, empty = EMPTY): ParsedYaml | { problems: Problem[] } {
  if (source.trim() === '') return { problems: [problemAt(file, empty)] };
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: yamlProblems(doc.errors, source, lines, file) };
  if (doc.contents === null) return { problems: [problemAt(file, empty)] };
  try {
    return { doc, lines, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (cause) {
    // Aliases (*name) that expand without end: the "billion laughs" attack, or a mistake.
    return { problems: [problemAt(file, `YAML syntax: the file repeats itself through aliases (*name) far too often (${(cause as Error).message}); write the content out instead`)] };
  }
}

/** Schema issues as problems at their place in the file, echoes of a misspelt key left out. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], parsed: ParsedYaml, file: string, root = 'lecture'): Problem[] {
  return sortProblems(
    withoutEchoes(issues).flatMap((issue) =>
      describeIssues(issue, root).map((d): Problem => {
        const pos = positionOf(parsed.doc, parsed.lines, d.path, d.atKey);
        return { file, line: pos.line, column: pos.column, severity: 'error', message: d.message };
      }),
    ),
  );
}

export const sortProblems = (problems: Problem[]) => problems.sort((a, b) => a.line - b.line || a.column - b.column);
