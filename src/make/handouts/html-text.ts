/**
 * Lecture text → HTML for the handouts, read as the deck reads it (lecture-markdown.ts):
 * the promised inline Markdown works; raw HTML, entities and images never do (they are
 * shown as typed). Key terms are bold, which reads in black and white too.
 */
import { stripTerms } from '../../load/key-terms.js';
import { replaceTerms } from '../key-term-marks.js';
import { lectureMd as md, oneLine } from '../lecture-markdown.js';
import { mapFences } from '../../load/code-fences.js';

// Private-use characters survive Markdown untouched, so they can mark where key terms
// and blanks go until the HTML is made.
const TERM_OPEN = '\uE000';
const TERM_CLOSE = '\uE001';
const BLANK = /\uE002(\d+)\uE003/g;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One line of text, inline Markdown rendered, key terms in bold. */
export function htmlInline(text: string): string {
  const marked = replaceTerms(oneLine(text), (term) => `${TERM_OPEN}${term}${TERM_CLOSE}`);
  return md
    .renderInline(marked)
    .replace(new RegExp(`${TERM_OPEN}(.*?)${TERM_CLOSE}`, 'g'), '<strong class="key-term">$1</strong>');
}

/** Paragraphs, lists and code blocks, for speaker notes. Key-term marks are dropped (in code, "[[" is code). */
export function htmlBlock(markdown: string): string {
  return md.render(mapFences(markdown, stripTerms));
}

/** Text as a reader sees it, read as everywhere else: `a_b_c` stays a_b_c, `*x*` is x. */
export { plainInline as plainText } from '../lecture-markdown.js';

/** A placeholder for blank number `index`, to be swapped for HTML by `fillBlanks`. */
export function blankMark(index: number): string {
  return `\uE002${index}\uE003`;
}

/** Renders inline text that holds blank marks, swapping each for `render(index)`. */
export function htmlWithBlanks(text: string, render: (index: number) => string): string {
  return md.renderInline(oneLine(text)).replace(BLANK, (_, i: string) => render(Number(i)));
}

/** Long enough a word that a narrow table column may have to break it: a web address, a long name. */
const LONG_WORD = /[^\s<>]{16,}/g;

/**
 * Marks the long words of a table cell's HTML (class long-word, which handout.css lets break
 * anywhere): a cell's narrowest width is its longest word's, and a table wider than the paper
 * makes Chromium shrink the whole printed page to fit it. Only such words may break; "joined"
 * in a narrow column stays whole. Maths is left as KaTeX set it.
 */
export function breakableLongWords(html: string): string {
  if (html.includes('katex')) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(LONG_WORD, (word) => `<span class="long-word">${word}</span>`)))
    .join('');
}
