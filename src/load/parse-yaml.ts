/** YAML text → data with positions: the loader for lectures and course.yaml files. */
import { LineCounter, parseDocument } from 'yaml';
import { problemAt, type Problem } from '../problems/problem.js';
import type { ParsedSource } from './parsed-source.js';
import { positionOf } from './positions.js';
import { yamlProblems } from './yaml-problems.js';

export const EMPTY = 'the file is empty; a lecture starts with "title: …" and "sections:" (see the example in the README)';

/** Parses YAML with positions; problems instead when the text is not usable YAML. */
export function parseYaml(source: string, file: string, empty = EMPTY): ParsedSource | { problems: Problem[] } {
  if (source.trim() === '') return { problems: [problemAt(file, empty)] };
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: yamlProblems(doc.errors, source, lines, file) };
  if (doc.contents === null) return { problems: [problemAt(file, empty)] };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    return { data, text: source, positionOf: (path, atKey) => positionOf(doc, lines, path, atKey) };
  } catch (cause) {
    // Aliases (*name) that expand without end: the "billion laughs" attack, or a mistake.
    return { problems: [problemAt(file, `YAML syntax: the file repeats itself through aliases (*name) far too often (${(cause as Error).message}); write the content out instead`)] };
  }
}
