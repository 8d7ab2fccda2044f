/**
 * Turns lecture text into Markdown that is safe to place inside a Marp slide. The text is
 * read into tokens by the one lecture reader (lecture-markdown.ts); each token is written
 * back out with every character that Marp could read as markup escaped, so only the
 * promised inline Markdown is live. Text can never open an HTML tag or comment (Marp reads
 * comments as directives), show an image, start maths or a block (a heading, a list, a
 * code fence, a new slide), and shows as typed: `&lt;` as "&lt;", `\<` as "\<".
 */
import type Token from 'markdown-it/lib/token.mjs';
import { stripTerms } from '../../load/key-terms.js';
import { replaceTerms } from '../key-term-marks.js';
import { inlineTokens, oneLine } from '../lecture-markdown.js';
import { texFor } from '../maths/katex.js';
import { MATH_DISPLAY, MATH_INLINE } from '../maths/maths-rule.js';
import { plainMaths } from '../maths/find-maths.js';
import { mapFences } from '../../load/code-fences.js';

// Private-use characters survive the tokenizer untouched, so they mark key terms until written out.
const TERM_OPEN = '\uE000';
const TERM_CLOSE = '\uE001';

// Characters Marp's Markdown reads anywhere in a line (emphasis, code, links, images,
// HTML and comments, entities, tables, strikethrough, maths, marks, line breaks).
const ACTIVE = /[\\`*_[\]<>!|~&$=]/g;
// Characters that matter only where a line starts (headings, lists, rules): each one of
// the leading run is escaped, since Marp reads "\---" in a list item as a rule too.
const LINE_START = /^[#+\-\s]+/;
const ORDERED_LIST = /^(\d+)([.)])/;

const escapeText = (text: string) => text.replace(ACTIVE, '\\$&');

function codeSpan(content: string, inCell: boolean): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  // A table row is split at "|" before its cells are read, code spans included.
  const body = inCell ? content.replace(/\|/g, '\\|') : content;
  return `${fence}${pad}${body}${pad}${fence}`;
}

function writeTokens(tokens: Token[], inCell: boolean): string {
  let strong = 0;
  let out = '';
  const hrefs: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        // Inside bold, a key term is bold already.
        const term = strong > 0 ? '' : '**';
        out += escapeText(token.content).replaceAll(TERM_OPEN, term).replaceAll(TERM_CLOSE, term);
        break;
      }
      case 'code_inline':
        out += codeSpan(token.content.replaceAll(TERM_OPEN, '[[').replaceAll(TERM_CLOSE, ']]'), inCell);
        break;
      case 'strong_open':
      case 'strong_close':
        strong += token.type === 'strong_open' ? 1 : -1;
        out += '**';
        break;
      case 'em_open':
      case 'em_close':
        out += '*';
        break;
      case 'link_open':
        // markdown-it has checked and percent-encoded the address, so it holds no "<", ">" or space.
        hrefs.push(token.attrGet('href') ?? '');
        out += '[';
        break;
      case 'link_close':
        out += `](<${hrefs.pop() ?? ''}>)`;
        break;
      case MATH_INLINE:
      case MATH_DISPLAY: {
        // Marp reads "$…$" by the same rule as ours (maths-rule.ts), so the TeX goes as typed.
        // Trimmed: Marp closes no "$" that follows a space ("$$ x^2 $$" is display maths to us).
        const tex = texFor(token.content.replaceAll(TERM_OPEN, '[[').replaceAll(TERM_CLOSE, ']]').trim(), token.type === MATH_DISPLAY);
        out += `$${inCell ? tex.replace(/\|/g, '\\|') : tex}$`;
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
      default:
        out += escapeText(token.content);
    }
  }
  return out;
}

function toMarp(text: string, inCell: boolean): string {
  const marked = replaceTerms(oneLine(text), (term) => `${TERM_OPEN}${term}${TERM_CLOSE}`);
  const inline = writeTokens(inlineTokens(marked), inCell);
  // A digit cannot be escaped; the list marker after it can.
  return inline.replace(LINE_START, (run) => run.replace(/[#+-]/g, '\\$&')).replace(ORDERED_LIST, '$1\\$2');
}

/** Inline Markdown for a slide: key terms emphasised; everything else shows as typed. */
export function marpInline(text: string): string {
  return toMarp(text, false);
}

/**
 * An image's alt text, as the title of the Markdown image, `![](src "…")`, which
 * altFromTitle (marp-render.ts) then makes its alt. Not the `![…]` part: Marpit reads words
 * there as image options ("bg" makes a picture the slide's background, "sepia" tints it),
 * and markdown-it drops escaped characters from it. A title is text as typed once `\`, `"`
 * and `&` are escaped; on one line.
 */
export function marpImageTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\"&]/g, '\\$&');
}

/** A table cell: inline text that cannot end its cell early. */
export function marpCell(text: string): string {
  return toMarp(text, true);
}

/**
 * Speaker notes go inside an HTML comment, which "-->" would close early, and Marp reads a
 * comment of "key: value" lines as directives (a style, a background image, a header). An
 * invisible zero-width space before each line's first word keeps every line a note.
 * Key-term marks are dropped: presenter view shows notes as plain text, so maths shows
 * as its TeX, without the dollars.
 */
export function marpNotes(text: string): string {
  // Code in notes shows as typed: its "[[" is code, not a key term, its "$" is not maths, and
  // its "-->" (x-->0) is kept, an invisible zero-width space keeping it from closing the comment.
  return mapFences(text.trim(), (prose) => plainMaths(stripTerms(prose)).replace(/--+>/g, '->'), (code) => code.replace(/-->/g, '--\u200B>'))
    .replace(/^(\s*)(?=\S)/gm, '$1\u200B');
}
