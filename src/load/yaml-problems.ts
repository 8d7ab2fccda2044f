/**
 * YAML syntax errors, told in the teacher's terms: where, what is wrong, what to type.
 * The parser's own wording is kept after the hint, for anyone who wants it.
 */
import type { LineCounter, YAMLError } from 'yaml';
import type { Problem } from './problem.js';

const HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'a tab is used to indent this line; YAML needs spaces — replace the tab with spaces',
  DUPLICATE_KEY: 'this key appears twice in the same place; keep one of them',
  BAD_INDENT: 'this line is not indented like the lines around it; line it up with the other items of its list or block',
  MULTILINE_IMPLICIT_KEY: 'a line seems to run on to the next one; put quotes around text that contains ": ", or indent the continuation',
  BLOCK_AS_IMPLICIT_KEY: 'a line seems to run on to the next one; put quotes around text that contains ": ", or indent the continuation',
  MISSING_CHAR: 'a quote or bracket is opened but never closed; add the closing one',
  UNEXPECTED_TOKEN: 'unexpected text here; check the indentation and that text starting with a special character ( - : [ { # & * ! | > \' " % @ ` ) is in quotes',
  BAD_SCALAR_START: 'text starting with this character must be in quotes, e.g. "@home"',
  MULTIPLE_DOCS: 'a line "---" starts a second document; a lecture is one document — remove the "---" line',
  BAD_ALIAS: 'this "*" refers to an anchor that does not exist; put text starting with * in quotes',
};

/**
 * YAML reports an unclosed quote where the file ends; the teacher needs the line where
 * the quote was opened: the last line before the error with an odd number of quotes.
 */
function openingQuote(source: string, errorOffset: number): { line: number; col: number } | undefined {
  const lines = source.slice(0, errorOffset).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const quotes = [...lines[i]!.matchAll(/(?<!\\)"/g)];
    if (quotes.length % 2 === 1) return { line: i + 1, col: quotes.at(-1)!.index + 1 };
  }
  return undefined;
}

export function yamlProblems(errors: readonly YAMLError[], source: string, lines: LineCounter, file: string): Problem[] {
  const seen = new Set<string>();
  return errors.flatMap((e) => {
    const quote = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? openingQuote(source, e.pos[0]) : undefined;
    const { line, col } = quote ?? lines.linePos(e.pos[0]);
    const key = `${line}:${col}`;
    // One mistake often makes the parser complain several times at the same place.
    if (seen.has(key)) return [];
    seen.add(key);
    const own = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const hint = HINTS[e.code];
    return [{ file, line, column: col, severity: 'error' as const, message: hint ? `YAML syntax: ${hint} (${own})` : `YAML syntax: ${own}` }];
  });
}
