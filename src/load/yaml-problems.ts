/**
 * YAML syntax errors, told in the teacher's terms: where, what is wrong, what to type.
 * The parser's own wording is kept after the hint, for anyone who wants it.
 */
import { Lexer, type LineCounter, type YAMLError } from 'yaml';
import type { Problem } from '../problems/problem.js';
import { likelyMistake, lineWithTextQuoted } from './yaml-mistakes.js';

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
 * YAML reports an unclosed bracket where the file ends; the teacher needs the line where it
 * was opened: the last line before the error that opens more than it closes.
 */
function opening(source: string, errorOffset: number, open: RegExp, close: RegExp): { line: number; col: number } | undefined {
  const lines = source.slice(0, errorOffset).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const opens = [...lines[i]!.matchAll(open)];
    if (opens.length > [...lines[i]!.matchAll(close)].length) return { line: i + 1, col: opens.at(-1)!.index + 1 };
  }
  return undefined;
}

/**
 * The quoted text that runs on to where YAML gave up (the end of the file, most often):
 * where its quote opens, and which quote it is. YAML's own lexer finds it, so quotes in
 * comments, apostrophes in plain text ("it's") and doubled quotes ('it''s') are told apart.
 */
function openQuote(source: string, errorOffset: number): { offset: number; quote: string } | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    // The lexer's markers (document, scalar, flow end) stand for no text of the file.
    if (/^[\u0002\u0018\u001f]$/.test(token)) continue;
    const end = offset + token.length;
    if ((token[0] === "'" || token[0] === '"') && offset <= errorOffset && errorOffset <= end) return { offset, quote: token[0] };
    if (offset > errorOffset) return undefined;
    offset = end;
  }
  return undefined;
}

export function yamlProblems(errors: readonly YAMLError[], source: string, lines: LineCounter, file: string): Problem[] {
  const seen = new Set<string>();
  return errors.flatMap((e) => {
    const unclosed = /must .*end with an? [\]}]/.test(e.message);
    const quote = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? openQuote(source, e.pos[0]) : undefined;
    const start = quote ? lines.linePos(quote.offset) : unclosed ? opening(source, e.pos[0], /[[{]/g, /[\]}]/g) : undefined;
    const at = start ?? lines.linePos(e.pos[0]);
    const mistake = start ? undefined : likelyMistake(source, e.code, at.line);
    const { line, col } = mistake ? { line: mistake.line, col: mistake.column } : at;
    // One mistake often makes the parser complain several times on its line (a tab, then the
    // mapping the tab broke): the first complaint is the one that names it.
    const key = String(line);
    if (seen.has(key)) return [];
    seen.add(key);
    const own = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (mistake) return [{ file, line, column: col, severity: 'error' as const, message: `${mistake.message} (${own})`, ...(mistake.hint && { hint: mistake.hint }) }];
    if (/Nested mappings/.test(e.message)) {
      const typed = lineWithTextQuoted(source.split('\n')[line - 1] ?? '');
      return [{ file, line, column: col, severity: 'error' as const, message: `YAML syntax: text that contains ": " must be in quotes (${own})`, hint: typed ? `write the line as: ${typed.typed}` : 'put the text in quotes, e.g. - "Aim: prevent proliferation"' }];
    }
    const hint = quote
      ? `this quote (${quote.quote}) is never closed; add ${quote.quote} at the end of the text`
      : unclosed
        ? 'a "[" or "{" is opened but never closed; add the closing "]" or "}"'
        : HINTS[e.code];
    return [{ file, line, column: col, severity: 'error' as const, message: hint ? `YAML syntax: ${hint} (${own})` : `YAML syntax: ${own}` }];
  });
}
