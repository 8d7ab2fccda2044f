/**
 * Text that YAML takes for its own syntax and leaves out of the lecture without a word:
 * "- &more here" shows "here" ("&more" names an anchor), "- !important thing" shows
 * "thing" ("!important" is a tag), and "- Call ext. #204" shows "Call ext." (" #" starts a
 * comment). The first two are never meant in a lecture unless an alias uses the anchor:
 * errors. A comment after text may be a note to oneself ("- Fine  # check"), so only one
 * whose "#" is followed by a letter or digit, as text is, is warned of.
 */
import { isScalar, visit, type Document, type LineCounter, type Scalar } from 'yaml';
import { quoted, type Problem } from '../problems/problem.js';
import { lineWithTextQuoted } from './yaml-mistakes.js';

// Tags YAML itself resolves ("!!str 5" is text on purpose).
const YAML_TAG = 'tag:yaml.org,2002:';

export function droppedTextProblems(doc: Document, source: string, lines: LineCounter, file: string): Problem[] {
  const used = new Set<string>();
  visit(doc, { Alias: (_, node) => void used.add(node.source) });
  const problems: Problem[] = [];
  const at = (offset: number, severity: Problem['severity'], message: string): void => {
    const { line, col } = lines.linePos(offset);
    const typed = lineWithTextQuoted(source.split('\n')[line - 1] ?? '');
    problems.push({ file, line, column: col, severity, message, hint: typed ? `write the line as: ${typed.typed}` : 'put the whole text in quotes' });
  };
  visit(doc, {
    Scalar: (_, node: Scalar) => {
      if (!isScalar(node) || !node.range) return;
      const [start, end] = node.range;
      if (node.anchor && !used.has(node.anchor)) {
        const offset = source.lastIndexOf(`&${node.anchor}`, start);
        at(offset, 'error', `YAML reads ${quoted(`&${node.anchor}`)} as a name for the text after it (an anchor) and leaves it out; to show it, put the text in quotes`);
      }
      if (node.tag && !node.tag.startsWith(YAML_TAG)) {
        const offset = source.lastIndexOf(node.tag, start);
        if (offset >= 0) at(offset, 'error', `YAML reads ${quoted(node.tag)} as a tag (a type for the text after it) and leaves it out; to show it, put the text in quotes`);
      }
      if (node.comment !== undefined && node.type === 'PLAIN') {
        const hash = source.indexOf('#', end);
        const between = hash < 0 ? '\n' : source.slice(end, hash);
        if (/^[ \t]*$/.test(between) && /^#[\p{L}\p{N}]/u.test(source.slice(hash, hash + 2))) {
          const eol = source.indexOf('\n', hash);
          const comment = source.slice(hash, eol < 0 ? undefined : eol).trim();
          at(hash, 'warning', `YAML reads " #" as the start of a comment, so ${quoted(comment)} is left out of the text; if it belongs to the text, put the text in quotes`);
        }
      }
    },
  });
  return problems;
}
