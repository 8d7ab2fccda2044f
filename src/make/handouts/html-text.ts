/**
 * Lecture text → HTML for the handouts. Inline Markdown works; raw HTML never does (it is
 * shown as typed). Key terms are bold, which reads in black and white too.
 */
import MarkdownIt from 'markdown-it';
import { KEY_TERM, stripTerms } from '../../load/key-terms.js';

// Images are never shown from text: they would be fetched from wherever they point.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false }).disable('image');

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
  const marked = text.replace(/\s*\r?\n\s*/g, ' ').replace(KEY_TERM, `${TERM_OPEN}$1${TERM_CLOSE}`);
  return md
    .renderInline(marked)
    .replace(new RegExp(`${TERM_OPEN}(.*?)${TERM_CLOSE}`, 'g'), '<strong class="key-term">$1</strong>');
}

/** Paragraphs and lists, for speaker notes. Key-term marks are dropped. */
export function htmlBlock(markdown: string): string {
  return md.render(stripTerms(markdown));
}

export { plainText } from '../../load/key-terms.js';

/** A placeholder for blank number `index`, to be swapped for HTML by `fillBlanks`. */
export function blankMark(index: number): string {
  return `\uE002${index}\uE003`;
}

/** Renders inline text that holds blank marks, swapping each for `render(index)`. */
export function htmlWithBlanks(text: string, render: (index: number) => string): string {
  return md.renderInline(text.replace(/\s*\r?\n\s*/g, ' ')).replace(BLANK, (_, i: string) => render(Number(i)));
}
