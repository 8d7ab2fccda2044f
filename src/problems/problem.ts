/**
 * A problem found in a lecture or course file, as data: where it is, what is wrong, what to
 * do, and the lines around it. Problems stay data until the edge (the command that prints
 * them), where one formatter (format.ts) turns them into text or JSON.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /** What to type instead, when the message does not already say it. */
  hint?: string;
  /** The lines of the file around the problem, with a caret under its column. */
  frame?: string;
}

/**
 * The teacher's text inside a message, in quotes, on one line and at most `max` characters
 * ("…" where it is cut): a message says which text, it never echoes 25 KB of it.
 */
export function quoted(text: string, max = 60): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  if (line.length <= max) return `"${line}"`;
  const end = /[\uDC00-\uDFFF]/.test(line[max] ?? '') ? max - 1 : max;
  return `"${line.slice(0, end)}…"`;
}

/** "1 lecture", "3 lectures": a count in a message (English, as every message is). */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** An error at a place in a file (line and column from 1). */
export const problemAt = (file: string, message: string, line = 1, column = 1): Problem => ({ file, line, column, severity: 'error', message });

export const sortProblems = (problems: Problem[]): Problem[] => problems.sort((a, b) => a.line - b.line || a.column - b.column);

// A frame shows this many characters of each line at most: a 25 KB line (or a 5 MB one) is
// cut to the stretch around the column, "…" where it is cut.
const FRAME_WIDTH = 100;

/** Where a stretch of `text` may start or end without splitting a character in two. */
const whole = (text: string, at: number) => (/[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at + 1 : at);

/** The lines around `line` of `source`, the line itself marked and a caret under `column`. */
export function codeFrame(source: string, line: number, column: number): string {
  const lines = source.split(/\r\n|\r|\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  // One stretch for every line, so that the lines stay aligned: the column a third of the way in.
  const longest = Math.max(...lines.slice(first - 1, last).map((l) => l.length));
  const from = longest > FRAME_WIDTH ? Math.max(0, Math.min(column - 1 - Math.floor(FRAME_WIDTH / 3), longest - FRAME_WIDTH)) : 0;
  const cut = (text: string) => {
    if (text.length <= FRAME_WIDTH && from === 0) return text;
    const start = whole(text, from);
    const end = whole(text, from + FRAME_WIDTH);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  };
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`  ${marker} ${String(n).padStart(width)} | ${cut(lines[n - 1] ?? '')}`);
    if (n === line) out.push(`    ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1 - from + (from > 0 ? 1 : 0)))}^`);
  }
  return out.join('\n');
}

/**
 * Gives each problem of `file` the frame of its lines in `source`. Each file frames its
 * own problems, so a problem in one course.yaml never shows another file's lines.
 */
export function withFrames(problems: Problem[], file: string, source: string): Problem[] {
  return problems.map((p) => (p.file === file && p.frame === undefined ? { ...p, frame: codeFrame(source, p.line, p.column) } : p));
}
