/**
 * The one reading of lecture text, shared by the deck and the handouts so that a piece of
 * text shows alike everywhere. Lecture text is text with a little inline Markdown — what
 * the README promises: **bold**, *italic*, `code`, [links](https://example.org) and
 * [[key terms]] and maths ($…$, $$…$$: maths/maths-rule.ts) — and nothing else: HTML,
 * entities (`&lt;`), autolinks, images and every block syntax show as typed. A backslash
 * escapes only the characters that Markdown uses (so `\*` shows a star, `\$` a dollar),
 * and is itself shown anywhere else (`\<` shows as typed).
 *
 * markdown-it's own tokenizer reads the text; the deck then writes each token back out as
 * Marp Markdown in which only those tokens are live (marp-text.ts), so no hand-written
 * scanner can disagree with Marp about where a code span or a comment starts.
 */
import MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { stripTerms } from '../load/key-terms.js';
import { renderTex } from './maths/katex.js';
import { MATH_DISPLAY, MATH_INLINE, mathsRule } from './maths/maths-rule.js';
import { highlightFence } from './code-highlight.js';

/** The characters a backslash escapes: those of the Markdown lecture text may use. */
const ESCAPABLE = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '$']);

function narrowEscape(state: StateInline, silent: boolean): boolean {
  const { pos, src } = state;
  if (src[pos] !== '\\' || pos + 1 >= state.posMax || !ESCAPABLE.has(src[pos + 1]!)) return false;
  if (!silent) {
    const token = state.push('text_special', '', 0);
    token.content = src[pos + 1]!;
    token.markup = src.slice(pos, pos + 2);
    token.info = 'escape';
  }
  state.pos += 2;
  return true;
}

function lectureMarkdown(): MarkdownIt {
  // Fenced code (in speaker notes) is coloured as on the slides (code-highlight.ts).
  const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false, breaks: false, highlight: highlightFence });
  // Images would be fetched from wherever they point; the rest is not promised, so it shows as typed.
  md.inline.ruler.disable(['image', 'autolink', 'html_inline', 'entity']);
  md.inline.ruler.at('escape', narrowEscape);
  md.inline.ruler.after('escape', 'maths', mathsRule);
  // KaTeX is loaded by the first maths rendered, so text without maths never loads it.
  md.renderer.rules[MATH_INLINE] = (tokens, i) => renderTex(tokens[i]!.content, false);
  md.renderer.rules[MATH_DISPLAY] = (tokens, i) => renderTex(tokens[i]!.content, true);
  return md;
}

/** Renders lecture text (handouts) and reads it into tokens (deck). */
export const lectureMd = lectureMarkdown();

/** Lecture text on one line: every line break inside it is a space. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** The inline tokens of one line of lecture text. */
export function inlineTokens(text: string): Token[] {
  return lectureMd.parseInline(text, {})[0]?.children ?? [];
}

const PLAIN = new Set(['text', 'code_inline', MATH_INLINE, MATH_DISPLAY]);

/**
 * Lecture text as a reader sees it, for places that show no Markdown (a page's title):
 * maths shows as its TeX, without the dollars ("E = mc^2").
 */
export function plainInline(text: string): string {
  return inlineTokens(stripTerms(oneLine(text)))
    .map((t) => (PLAIN.has(t.type) ? t.content : ''))
    .join('');
}
