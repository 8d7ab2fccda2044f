/**
 * Code blocks in lecture text: a fence (``` or ~~~, with the language after it) on a line
 * of its own, the code, and a closing fence — written in YAML as a block scalar (`|`), so
 * every line and every space of the code is kept:
 *
 *   - |
 *     A loop:
 *     ```python
 *     for i in range(3):
 *         print(i)
 *     ```
 *
 * A bullet holds at most one block, after its text; the code is taken out of the text here,
 * so nothing that reads text (key terms, worksheet blanks, maths, Markdown) ever reads code.
 * Fences follow CommonMark (as markdown-it and Marp read them), so the deck, the handouts
 * and speaker notes agree on where a block starts and ends.
 */
import { closestWord } from './closest-word.js';
import { quoted } from '../problems/problem.js';
import { isKnownLanguage, languageNames } from '../code-languages.js';

export interface CodeBlock {
  /** The language as written after the fence when highlight.js knows it; '' for plain code. */
  language: string;
  /** The code, each line as typed, without a final line break. */
  source: string;
}

/** Something wrong with a fence: where it is in the text (0-based line, column), what to do. */
export interface FenceProblem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

// An opening fence: up to three spaces, three or more backticks or tildes, an info string
// (a backtick fence's may hold no backtick, or "```x``` y" would be inline code).
const OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/;

interface Fence {
  line: number;
  indent: number;
  marker: string;
  info: string;
}

function openingAt(lines: readonly string[], i: number): Fence | undefined {
  // A fence on the text's last line has no code after it: a one-line bullet that starts
  // with ``` or ~~~ is text, shown as typed.
  if (i >= lines.length - 1) return undefined;
  const m = OPENING.exec(lines[i]!);
  if (!m || (m[2]![0] === '`' && m[3]!.includes('`'))) return undefined;
  return { line: i, indent: m[1]!.length, marker: m[2]!, info: m[3]!.trim() };
}

const closes = (line: string, open: Fence) => {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return m !== null && m[1]![0] === open.marker[0] && m[1]!.length >= open.marker.length;
};

/** What a fence's language says: the name, and a warning when highlight.js does not know it. */
function languageOf(open: Fence, lines: readonly string[]): { language: string; problem?: FenceProblem } {
  const name = open.info.split(/\s+/)[0] ?? '';
  if (name === '' || isKnownLanguage(name)) return { language: name };
  const meant = closestWord(name, languageNames());
  return {
    language: '',
    problem: {
      line: open.line,
      column: lines[open.line]!.indexOf(name),
      severity: 'warning',
      message: `the code block's language ${quoted(name)} is not one Lectern knows${meant ? ` (did you mean ${quoted(meant)}?)` : ''}, so it is shown as plain code; write a language highlight.js knows after the fence, e.g. \`\`\`${meant ?? 'python'}, or nothing for plain code`,
    },
  };
}

const unclosed = (open: Fence): FenceProblem => ({
  line: open.line,
  column: open.indent,
  severity: 'error',
  message: `this code block is never closed; end it with ${open.marker} on a line of its own after the last line of code`,
});

/** Lines of code as typed, less the fence's own indentation (as CommonMark reads them). */
const dedent = (lines: readonly string[], indent: number) =>
  lines.map((line) => line.replace(new RegExp(`^ {0,${indent}}`), '')).join('\n');

/** Whether the text holds a fenced code block's opening line. */
export function hasFence(text: string): boolean {
  if (!text.includes('```') && !text.includes('~~~')) return false;
  const lines = text.split('\n');
  return lines.some((_, i) => openingAt(lines, i) !== undefined);
}

/**
 * A bullet's text split into its words and its code block, if it has one. Text after the
 * block is a mistake (a bullet shows one block, last): it is reported, not shown as code.
 */
export function splitCode(text: string): { text: string; code?: CodeBlock; problems: FenceProblem[] } {
  if (!text.includes('```') && !text.includes('~~~')) return { text, problems: [] };
  const lines = text.split('\n');
  const start = lines.findIndex((_, i) => openingAt(lines, i) !== undefined);
  if (start < 0) return { text, problems: [] };
  const open = openingAt(lines, start)!;
  const end = lines.findIndex((line, i) => i > start && closes(line, open));
  if (end < 0) return { text, problems: [unclosed(open)] };
  const { language, problem } = languageOf(open, lines);
  const problems = problem ? [problem] : [];
  const after = lines.findIndex((line, i) => i > end && line.trim() !== '');
  if (after >= 0) {
    problems.push({
      line: after,
      column: lines[after]!.search(/\S/),
      severity: 'error',
      message: 'a bullet ends with its code block; put the text after it in a bullet (or a sub-point) of its own',
    });
  }
  return { text: lines.slice(0, start).join('\n').trim(), code: { language, source: dedent(lines.slice(start + 1, end), open.indent) }, problems };
}

/**
 * The fences of speaker notes (Markdown, any number of blocks): an unclosed one would turn
 * the rest of the notes into code, an unknown language shows plain.
 */
export function fenceProblems(markdown: string): FenceProblem[] {
  if (!markdown.includes('```') && !markdown.includes('~~~')) return [];
  const lines = markdown.split('\n');
  const problems: FenceProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = openingAt(lines, i);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && closes(line, open));
    if (end < 0) return [...problems, unclosed(open)];
    const { problem } = languageOf(open, lines);
    if (problem) problems.push(problem);
    i = end;
  }
  return problems;
}

/**
 * Text with its prose and its code blocks (fences included) each changed their own way:
 * key-term marks, say, are read in prose only.
 */
export function mapFences(markdown: string, prose: (text: string) => string, code: (block: string) => string = (b) => b): string {
  if (!markdown.includes('```') && !markdown.includes('~~~')) return prose(markdown);
  const lines = markdown.split('\n');
  const out: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) out.push(prose(words.join('\n')));
    words = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const open = openingAt(lines, i);
    if (!open) {
      words.push(lines[i]!);
      continue;
    }
    flush();
    const end = lines.findIndex((line, j) => j > i && closes(line, open));
    const last = end < 0 ? lines.length - 1 : end;
    out.push(code(lines.slice(i, last + 1).join('\n')));
    i = last;
  }
  flush();
  return out.join('\n');
}

/**
 * Text as the checks of prose read it (an image in text, say): of code blocks only their
 * control characters are kept, which no page can show in code either; `![alt](x.png)` in a
 * Markdown lesson's code is code.
 */
export const proseForChecks = (text: string): string =>
  mapFences(text, (t) => t, (block) => block.replace(/[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ''));
