/**
 * A code block as Marp Markdown: a real fence with its language, so deck.md opened in Marp
 * highlights it too. Inside a fence nothing is Markdown, so the code needs no escaping: it
 * shows as typed, `<`, `&`, `$` and `[[` included. The fence is longer than any run of
 * backticks in the code, so no line of code can close it.
 */
import type { CodeBlock } from '../../load/lecture.js';

/** The fenced block, every line indented by `indent` so that it belongs to its list item. */
export function marpCode(code: CodeBlock, indent = '  '): string {
  const longest = Math.max(0, ...(code.source.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  // Every line is indented, blank ones too: a blank line of code stays inside the block and the list item.
  return [`${fence}${code.language}`, ...code.source.split('\n'), fence].map((line) => `${indent}${line}`).join('\n');
}
