/**
 * Two YAML mistakes teachers make that the parser reports far from their cause: a line with
 * a [[key term]] left unquoted (YAML reads "[[" as the start of a list), and a key indented
 * a space more or less than the key above it (the parser then blames the line above).
 */
import { quoted, type Problem } from '../problems/problem.js';
import { KNOWN_KEYS } from './schema.js';

type Found = Pick<Problem, 'line' | 'column' | 'message' | 'hint'>;

// Indented with spaces only: a tab is a mistake of its own, told as such.
const KEY_LINE = /^( *)(- )?([\w-]+):(?: +(\S.*))?$/;

// What the parser says of a key indented unlike the one above it.
const INDENT_ERRORS = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'BAD_INDENT']);

/**
 * The line as the teacher should type it: its text in quotes. A key of the format
 * ("title: Step 1: mix") keeps its key and has its value quoted; any other list item is a
 * point, quoted whole, since its ": " is part of the text ("- Note: [[…]] …").
 */
export function lineWithTextQuoted(text: string): { head: string; typed: string } | undefined {
  const item = text.match(/^(\s*- )(?!["'])(.*\S)\s*$/);
  const value = text.match(/^(\s*(?:- )?([\w-]+):\s+)(?!["'])(.*\S)\s*$/);
  const isKey = value !== null && Object.values(KNOWN_KEYS).some((keys) => keys.includes(value[2]!));
  const [head, body] = isKey ? [value[1]!, value[3]!] : item ? [item[1]!, item[2]!] : value ? [value[1]!, value[3]!] : [];
  if (head === undefined || body === undefined) return undefined;
  return { head, typed: `${head.trimStart()}${quoted(body.replace(/"/g, '\\"'), 120)}` };
}

/** "- Note: [[Chlorophyll]] absorbs light" → the line with its text in quotes. */
function unquotedKeyTerm(lines: readonly string[], at: number): Found | undefined {
  const text = lines[at - 1] ?? '';
  if (!text.includes('[[')) return undefined;
  const line = lineWithTextQuoted(text);
  if (!line) return undefined;
  return {
    line: at,
    column: line.head.length + 1,
    message: 'YAML syntax: text with a [[key term]] at its start or after ": " must be in quotes, or YAML reads "[[" as the start of a list',
    hint: `write the line as: ${line.typed}`,
  };
}

/**
 * A key of a list item indented unlike the item's first key ("- title: A" sets the column
 * every key of the item must start at): the first such line near the error.
 */
function misalignedKey(lines: readonly string[], at: number): Found | undefined {
  // The item the error is in: the nearest "- key:" line at or above it.
  let item = -1;
  for (let i = Math.min(at, lines.length) - 1; i >= Math.max(0, at - 6); i--) {
    if (/^( *)- [\w-]+:/.test(lines[i] ?? '')) {
      item = i;
      break;
    }
  }
  if (item < 0) return undefined;
  const first = lines[item]!.match(KEY_LINE)!;
  const dash = first[1]!.length;
  const column = dash + 2;
  for (let i = item + 1; i <= Math.min(at, lines.length - 1); i++) {
    const below = (lines[i] ?? '').match(KEY_LINE);
    if (!below || below[2]) continue;
    const indent = below[1]!.length;
    if (indent === column || indent <= dash) continue;
    const diff = Math.abs(indent - column);
    return {
      line: i + 1,
      column: indent + 1,
      message: `YAML syntax: ${quoted(`${below[3]}:`)} is indented ${diff} space${diff === 1 ? '' : 's'} ${indent > column ? 'more' : 'less'} than ${quoted(`${first[3]}:`)} at the start of its item`,
      hint: `line ${quoted(`${below[3]}:`)} up with ${quoted(`${first[3]}:`)} (${column} spaces before it)`,
    };
  }
  return undefined;
}

/**
 * Text that starts with a quote and goes on after the closing one: "'It's here'" (YAML's
 * quote ends at the apostrophe) or '"Hello" he said'. The text goes in the other quotes.
 */
function textAfterQuote(lines: readonly string[], at: number): Found | undefined {
  const text = lines[at - 1] ?? '';
  const found = text.match(/^(\s*(?:- )?(?:[\w-]+:\s+)?)(["'])(.*\S)\s*$/);
  if (!found) return undefined;
  const [, head, quote, rest] = found as unknown as [string, string, string, string];
  // What the teacher meant: the text between the outer quotes ("'It's here'", '"The "best" way"'),
  // or the whole text when it runs on after them ('"Hello" he said') or its first quote inside
  // closes a phrase ('"Hello" he said, "bye"'). An apostrophe (a quote between letters) is text.
  const inside = rest.endsWith(quote) ? rest.slice(0, -1) : undefined;
  const firstInside = inside === undefined ? undefined : [...inside.matchAll(new RegExp(`(?<!\\p{L})${quote}|${quote}(?!\\p{L})`, 'gu'))][0];
  const closesPhrase = firstInside !== undefined && /\S/.test(inside!.charAt(firstInside.index - 1));
  const meant = inside !== undefined && !closesPhrase ? inside : `${quote}${rest}`;
  const typed = quote === "'" ? `"${meant.replace(/"/g, '\\"')}"` : `'${meant.replace(/'/g, "''")}'`;
  return {
    line: at,
    column: head.length + 1,
    message: `YAML syntax: the text in quotes ends at the next ${quote}, and more text follows it`,
    hint: `write the line as: ${head.trimStart()}${typed}${quote === "'" && meant === inside ? ` (or type an apostrophe inside '…' twice: '${meant.replace(/'/g, "''")}')` : ''}`,
  };
}

/** The mistake behind a YAML error (its code) at line `at`, when it is one of these. */
export function likelyMistake(source: string, code: string, at: number): Found | undefined {
  if (code === 'TAB_AS_INDENT') return undefined;
  const lines = source.split(/\r\n|\r|\n/);
  return (INDENT_ERRORS.has(code) ? misalignedKey(lines, at) : undefined) ?? unquotedKeyTerm(lines, at) ?? (code === 'UNEXPECTED_TOKEN' ? textAfterQuote(lines, at) : undefined);
}
