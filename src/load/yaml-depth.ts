/**
 * How deep a YAML text nests, found before it is parsed. The parser's effort grows far
 * faster than the text with nesting: 4.9 MB of "[" took 27 s and 4 GB to refuse. A lecture
 * nests a dozen levels at most, so a text nesting deeper than MAX_DEPTH is refused at the
 * place it crosses the limit, after YAML's own lexer (one pass, no tree) has read up to there.
 */
import { Lexer } from 'yaml';

export const MAX_DEPTH = 64;

// Markers the lexer yields that stand for no text of the file.
const ZERO_WIDTH = new Set(['\u0002', '\u0018', '\u001f']);
// Tokens that start a node (or an item of one) in block context.
const CONTENT = /^[^\s#,\]}\u0002\u0018\u001f]/;

/**
 * The offset of the first place where lists and mappings nest deeper than MAX_DEPTH, or
 * undefined. Flow collections ([ ] { }) count one level each. Block collections count one
 * level per column a line's content starts at, deeper than the lines above it that are still
 * open, and one per compact item on a line ("- - x" is two lists): a cheap estimate, never more
 * than the true depth.
 */
export function tooDeepAt(source: string): number | undefined {
  let offset = 0;
  let lineStart = 0;
  let atLineStart = true;
  let itemOpened = false;
  let flow = 0;
  const columns: number[] = [];
  for (const token of new Lexer().lex(source)) {
    if (ZERO_WIDTH.has(token)) continue;
    const column = offset - lineStart;
    if (token === '[' || token === '{') {
      flow++;
    } else if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
    }
    if (flow === 0) {
      if (CONTENT.test(token) && (atLineStart || itemOpened)) {
        if (atLineStart) while (columns.length > 0 && columns.at(-1)! > column) columns.pop();
        if (columns.length === 0 || columns.at(-1)! < column) columns.push(column);
        atLineStart = false;
      }
      // "- " and "? " open a node that may start on the same line: "- - x", "- key: value".
      if (CONTENT.test(token)) itemOpened = token === '-' || token === '?';
    }
    if (columns.length + flow > MAX_DEPTH) return offset;
    offset += token.length;
    const newline = token.lastIndexOf('\n');
    if (newline >= 0) {
      lineStart = offset - token.length + newline + 1;
      atLineStart = true;
      itemOpened = false;
    }
  }
  return undefined;
}
