/**
 * Two YAML mistakes teachers make that the parser reports far from their cause: a line with
 * a [[key term]] left unquoted (YAML reads "[[" as the start of a list), and a key indented
 * a space more or less than the key above it (the parser then blames the line above).
 */
import type { Problem } from '../problems/problem.js';
import { KNOWN_KEYS } from './schema.js';

type Found = Pick<Problem, 'line' | 'column' | 'message' | 'hint'>;

// Indented with spaces only: a tab is a mistake of its own, told as such.
const KEY_LINE = /^( *)(- )?([\w-]+):(?: +(\S.*))?$/;

// What the parser says of a key indented unlike the one above it.
const INDENT_ERRORS = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'BAD_INDENT']);

/** "- Note: [[Chlorophyll]] absorbs light" → the line with its text in quotes. */
function unquotedKeyTerm(lines: readonly string[], at: number): Found | undefined {
  const text = lines[at - 1] ?? '';
  if (!text.includes('[[')) return undefined;
  const item = text.match(/^(\s*- )(?!["'])(.*\S)\s*$/);
  const value = text.match(/^(\s*(?:- )?([\w-]+):\s+)(?!["'])(\[\[.*\S)\s*$/);
  // A key of the format ("title: [[Photosynthesis]] basics") has its value quoted; any other
  // list item is a point, quoted whole, since its ": " is part of the text ("- Note: [[…]] …").
  const isKey = value !== null && Object.values(KNOWN_KEYS).some((keys) => keys.includes(value[2]!));
  const [head, body] = isKey ? [value[1]!, value[3]!] : item ? [item[1]!, item[2]!] : value ? [value[1]!, value[3]!] : [];
  if (head === undefined || body === undefined) return undefined;
  return {
    line: at,
    column: head.length + 1,
    message: 'YAML syntax: text with a [[key term]] at its start or after ": " must be in quotes, or YAML reads "[[" as the start of a list',
    hint: `write the line as: ${head.trimStart()}"${body.replace(/"/g, '\\"')}"`,
  };
}

/** A key indented unlike the key above it, when that key has its value on its own line. */
function misalignedKey(lines: readonly string[], at: number): Found | undefined {
  for (const upper of [at - 1, at]) {
    const above = (lines[upper - 1] ?? '').match(KEY_LINE);
    const below = (lines[upper] ?? '').match(KEY_LINE);
    if (!above || !below || !above[4] || below[2]) continue;
    const column = above[1]!.length + (above[2] ? 2 : 0);
    const indent = below[1]!.length;
    if (indent === column || indent <= above[1]!.length) continue;
    const diff = Math.abs(indent - column);
    return {
      line: upper + 1,
      column: indent + 1,
      message: `YAML syntax: "${below[3]}:" is indented ${diff} space${diff === 1 ? '' : 's'} ${indent > column ? 'more' : 'less'} than "${above[3]}:" on the line above`,
      hint: `line "${below[3]}:" up with "${above[3]}:" (${column} spaces before it)`,
    };
  }
  return undefined;
}

/** The mistake behind a YAML error (its code) at line `at`, when it is one of these. */
export function likelyMistake(source: string, code: string, at: number): Found | undefined {
  if (code === 'TAB_AS_INDENT') return undefined;
  const lines = source.split(/\r\n|\r|\n/);
  return (INDENT_ERRORS.has(code) ? misalignedKey(lines, at) : undefined) ?? unquotedKeyTerm(lines, at);
}
