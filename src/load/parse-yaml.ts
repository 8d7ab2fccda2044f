/** YAML text → data with positions: the loader for lectures and course.yaml files. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { problemAt, type Problem } from '../problems/problem.js';
import type { ParsedSource } from './parsed-source.js';
import { positionOf } from './positions.js';
import { HANDOUT_VALUES } from './schema.js';
import { aliasProblem } from './yaml-aliases.js';
import { droppedTextProblems } from './yaml-dropped-text.js';
import { MAX_DEPTH, tooDeepAt } from './yaml-depth.js';
import { yamlProblems } from './yaml-problems.js';

export const EMPTY = 'the file is empty; a lecture starts with "title: …" and "sections:" (see the example in the README)';

/** Whether the value at `path` is a number or true/false in the format, not text. */
const isValueField = (path: readonly string[]): boolean => path.length === 2 && path[0] === 'handouts' && HANDOUT_VALUES.includes(path[1]!);

/**
 * YAML reads 3.10 as the number 3.1, 007 as 7, 0x1F as 31 and True as true. A teacher
 * typing them means text: every unquoted number or true/false outside the few fields that
 * are numbers or true/false becomes the text it was written as (keys too: "- 3.10:").
 */
function keepAsTyped(node: unknown, source: string, path: string[]): void {
  if (isScalar(node)) {
    if ((typeof node.value === 'number' || typeof node.value === 'boolean') && !isValueField(path)) {
      node.value = node.source ?? (node.range ? source.slice(node.range[0], node.range[1]) : String(node.value));
    }
  } else if (isMap(node)) {
    for (const pair of node.items) {
      keepAsTyped(pair.key, source, []);
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      keepAsTyped(pair.value, source, [...path, key]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => keepAsTyped(item, source, [...path, String(i)]));
  }
}

/** Parses YAML with positions; problems instead when the text is not usable YAML. */
export function parseYaml(source: string, file: string, empty = EMPTY): ParsedSource | { problems: Problem[] } {
  if (source.trim() === '') return { problems: [problemAt(file, empty)] };
  const deep = tooDeepAt(source);
  if (deep !== undefined) {
    const before = source.slice(0, deep);
    return {
      problems: [
        {
          ...problemAt(file, `YAML syntax: lists and "key: value" lines nest more than ${MAX_DEPTH} levels deep here; a lecture needs a dozen at most`, before.split('\n').length, deep - before.lastIndexOf('\n')),
          hint: 'check that every "[" and "{" is closed by "]" and "}", and that the lines are indented as deep as the lines they belong under, no deeper',
        },
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: yamlProblems(doc.errors, source, lines, file) };
  if (doc.contents === null) return { problems: [problemAt(file, empty)] };
  const alias = aliasProblem(doc.contents as Node);
  if (alias) {
    const { line, col } = lines.linePos(alias.offset);
    return { problems: [{ ...problemAt(file, alias.message, line, col), ...(alias.hint && { hint: alias.hint }) }] };
  }
  const notices = droppedTextProblems(doc, source, lines, file);
  keepAsTyped(doc.contents as Node, source, []);
  // Aliases are checked above, so the parser's own guard (which refuses 150 uses of one anchor) is off.
  const data: unknown = doc.toJS({ maxAliasCount: -1 });
  return { data, text: source, positionOf: (path, atKey) => positionOf(doc, lines, path, atKey), ...(notices.length > 0 && { notices }) };
}
