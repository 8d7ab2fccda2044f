/**
 * Lecture text as PowerPoint text runs, read by the one lecture reader (lecture-markdown.ts)
 * so that it shows as on the slides: [[key terms]] and **bold** bold in the accent colour,
 * *italic*, `code` in the code face, links, maths as text (maths-runs.ts).
 */
import type Token from 'markdown-it/lib/token.mjs';
import { replaceTerms } from '../key-term-marks.js';
import { inlineTokens, oneLine } from '../lecture-markdown.js';
import { MATH_DISPLAY, MATH_INLINE } from '../maths/maths-rule.js';
import { mathsRuns } from '../maths/maths-runs.js';

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fontFace?: string;
  superscript?: boolean;
  subscript?: boolean;
  hyperlink?: { url: string };
}

export interface Run {
  text: string;
  options: RunStyle;
  /** Part of a formula: held left to right in a right-to-left paragraph (see canvas.ts). */
  maths?: boolean;
}

/** How emphasis shows: the theme's accent (none on a dark bar, where the text's own colour stays). */
export interface Emphasis {
  accent?: string;
  codeFont: string;
}

const TERM_OPEN = '\uE000';
const TERM_CLOSE = '\uE001';

export function textRuns(text: string, emphasis: Emphasis): Run[] {
  const marked = replaceTerms(oneLine(text), (term) => `${TERM_OPEN}${term}${TERM_CLOSE}`);
  const runs: Run[] = [];
  let strong = 0;
  let em = 0;
  let term = false;
  const links: string[] = [];
  const style = (): RunStyle => ({
    ...((strong > 0 || term) && { bold: true, ...(emphasis.accent && { color: emphasis.accent }) }),
    ...(em > 0 && { italic: true }),
    ...(links.length > 0 && { hyperlink: { url: links.at(-1)! } }),
  });
  const push = (text: string, extra: RunStyle = {}, maths = false) => text && runs.push({ text, options: { ...style(), ...extra }, ...(maths && { maths }) });
  const unmark = (s: string) => s.replaceAll(TERM_OPEN, '[[').replaceAll(TERM_CLOSE, ']]');
  for (const token of inlineTokens(marked) as Token[]) {
    switch (token.type) {
      case 'text':
        // A key term opens and closes inside text tokens: split at its marks.
        for (const piece of token.content.split(/([\uE000\uE001])/)) {
          if (piece === TERM_OPEN) term = true;
          else if (piece === TERM_CLOSE) term = false;
          else push(piece);
        }
        break;
      case 'code_inline':
        push(unmark(token.content), { fontFace: emphasis.codeFont });
        break;
      case 'strong_open':
      case 'strong_close':
        strong += token.type === 'strong_open' ? 1 : -1;
        break;
      case 'em_open':
      case 'em_close':
        em += token.type === 'em_open' ? 1 : -1;
        break;
      case 'link_open':
        links.push(token.attrGet('href') ?? '');
        break;
      case 'link_close':
        links.pop();
        break;
      case MATH_INLINE:
      case MATH_DISPLAY:
        for (const r of mathsRuns(unmark(token.content).trim())) {
          push(r.text, { ...(r.italic && { italic: true }), ...(r.script === 'sup' && { superscript: true }), ...(r.script === 'sub' && { subscript: true }) }, true);
        }
        break;
      case 'softbreak':
      case 'hardbreak':
        push(' ');
        break;
      default:
        push(unmark(token.content));
    }
  }
  return runs;
}

/** The text the runs show, for measuring and for tests. */
export const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
