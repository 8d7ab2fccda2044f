/**
 * Lecture text → the HTML of an Anki field. Anki shows fields as HTML and typesets maths
 * with MathJax between `\(…\)` (inline) and `\[…\]` (display), so maths is written as its
 * TeX in those delimiters (HTML-escaped: MathJax reads the text, `&lt;` is `<`), never as
 * KaTeX markup. Key terms and **bold** are <b>, *italic* is <i>: the tags Anki's own editor
 * writes. Everything else reads as on the handouts (lecture-markdown.ts).
 */
import Token from 'markdown-it/lib/token.mjs';
import { escapeHtml } from '../../make/handouts/html-text.js';
import { replaceTerms } from '../../make/key-term-marks.js';
import { inlineTokens, lectureMd, oneLine } from '../../make/lecture-markdown.js';
import { MATH_DISPLAY, MATH_INLINE } from '../../make/maths/maths-rule.js';

// Private-use characters survive Markdown untouched, so they mark the key terms until the HTML is made.
const TERM_OPEN = '\uE000';
const TERM_CLOSE = '\uE001';

/** A maths token as raw HTML: its TeX in MathJax's delimiters. */
function mathJax(token: Token): Token {
  const raw = new Token('html_inline', '', 0);
  const tex = escapeHtml(token.content);
  raw.content = token.type === MATH_DISPLAY ? `\\[${tex}\\]` : `\\(${tex}\\)`;
  return raw;
}

/** One field's HTML from one piece of lecture text. */
export function ankiHtml(text: string): string {
  const marked = replaceTerms(oneLine(text), (term) => `${TERM_OPEN}${term}${TERM_CLOSE}`);
  const tokens = inlineTokens(marked).map((t) => (t.type === MATH_INLINE || t.type === MATH_DISPLAY ? mathJax(t) : t));
  // Raw HTML is off for lecture text (lecture-markdown.ts), so the only html_inline tokens are the maths made above.
  return lectureMd.renderer
    .renderInline(tokens, lectureMd.options, {})
    .replace(new RegExp(`${TERM_OPEN}(.*?)${TERM_CLOSE}`, 'g'), '<b>$1</b>')
    .replace(/<(\/?)strong>/g, '<$1b>')
    .replace(/<(\/?)em>/g, '<$1i>');
}
