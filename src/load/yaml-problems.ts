/**
 * YAML syntax errors, told in the teacher's terms: where, what is wrong, what to type.
 * The parser's own wording is kept after the hint, for anyone who wants it.
 */
import type { LineCounter, YAMLError } from 'yaml';
import type { Problem } from '../problems/problem.js';
import { likelyMistake } from './yaml-mistakes.js';

const HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'a tab is used to indent this line; YAML needs spaces — replace the tab with spaces',
  DUPLICATE_KEY: 'this key appears twice in the same place; keep one of them',
  BAD_INDENT: 'this line is not indented like the lines around it; line it up with the other items of its list or block',
  MULTILINE_IMPLICIT_KEY: 'a line seems to run on to the next one; put quotes around text that contains ": ", or indent the continuation',
  BLOCK_AS_IMPLICIT_KEY: 'this line is not indented like the lines around it; line it up with the other items of its list or block',
  MISSING_CHAR: 'a quote or bracket is opened but never closed; add the closing one',
  UNEXPECTED_TOKEN: 'unexpected text here; check the indentation and that text starting with a special character ( - : [ { # & * ! | > \' " % @ ` ) is in quotes',
  BAD_SCALAR_START: 'text starting with this character must be in quotes, e.g. "@home"',
  MULTIPLE_DOCS: 'a line "---" starts a second document; a lecture is one document — remove the "---" line',
  BAD_ALIAS: 'this "*" refers to an anchor that does not exist; put text starting with * in quotes',
};

/**
 * YAML reports an unclosed quote or bracket where the file ends; the teacher needs the
 * line where it was opened: the last line before the error that opens more than it closes.
 */
function opening(source: string, errorOffset: number, open: RegExp, close: RegExp | undefined): { line: number; col: number } | undefined {
  const lines = source.slice(0, errorOffset).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const opens = [...lines[i]!.matchAll(open)];
    const closes = close ? [...lines[i]!.matchAll(close)].length : 0;
    const unbalanced = close ? opens.length > closes : opens.length % 2 === 1;
    if (unbalanced) return { line: i + 1, col: opens.at(-1)!.index + 1 };
  }
  return undefined;
}

export function yamlProblems(errors: readonly YAMLError[], source: string, lines: LineCounter, file: string): Problem[] {
  const seen = new Set<string>();
  return errors.flatMap((e) => {
    const unclosed = /must .*end with an? [\]}]/.test(e.message);
    const start =
      e.code === 'MISSING_CHAR' && /quote/.test(e.message)
        ? opening(source, e.pos[0], /(?<!\\)"/g, undefined)
        : unclosed
          ? opening(source, e.pos[0], /[[{]/g, /[\]}]/g)
          : undefined;
    const at = start ?? lines.linePos(e.pos[0]);
    const mistake = start ? undefined : likelyMistake(source, e.code, at.line);
    const { line, col } = mistake ? { line: mistake.line, col: mistake.column } : at;
    const key = `${line}:${col}`;
    // One mistake often makes the parser complain several times at the same place.
    if (seen.has(key)) return [];
    seen.add(key);
    const own = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (mistake) return [{ file, line, column: col, severity: 'error' as const, message: `${mistake.message} (${own})`, ...(mistake.hint && { hint: mistake.hint }) }];
    const hint = unclosed
      ? 'a "[" or "{" is opened but never closed; add the closing "]" or "}"'
      : /Nested mappings/.test(e.message)
        ? 'text that contains ": " must be in quotes, e.g. - "Aim: prevent proliferation"'
        : HINTS[e.code];
    return [{ file, line, column: col, severity: 'error' as const, message: hint ? `YAML syntax: ${hint} (${own})` : `YAML syntax: ${own}` }];
  });
}
