/**
 * Lecture text for the files a learning platform imports (Canvas's QTI, Kahoot's sheet), read
 * by the one reader (lecture-markdown.ts), so that what is bold, code or maths there is what
 * the deck shows. Two forms: HTML for platforms that take it and typeset maths with MathJax
 * (maths as `\( … \)` / `\[ … \]`, which MathJax reads, never KaTeX's HTML, which the
 * platform has no stylesheet for), and plain text for those that take nothing else (maths as
 * readable text: "E = mc²", never raw TeX).
 */
import type Token from 'markdown-it/lib/token.mjs';
import { escapeHtml } from './handouts/html-text.js';
import { replaceTerms } from './key-term-marks.js';
import { inlineTokens, oneLine } from './lecture-markdown.js';
import { MATH_DISPLAY, MATH_INLINE } from './maths/maths-rule.js';
import { mathsRuns } from './maths/maths-runs.js';
import { textDirection } from '../language.js';

// Private-use characters survive Markdown untouched: they mark the key terms until the HTML is made.
const TERM_OPEN = '\uE000';
const TERM_CLOSE = '\uE001';

// Only links a student can follow safely are kept as links; anything else shows its text.
const SAFE_HREF = /^(https?:|mailto:)/i;

function htmlToken(token: Token): string {
  switch (token.type) {
    case 'text':
    case 'text_special':
      return escapeHtml(token.content);
    case 'code_inline':
      return `<code>${escapeHtml(token.content)}</code>`;
    case MATH_INLINE:
      return escapeHtml(`\\(${token.content}\\)`);
    case MATH_DISPLAY:
      return escapeHtml(`\\[${token.content}\\]`);
    case 'strong_open':
      return '<b>';
    case 'strong_close':
      return '</b>';
    case 'em_open':
      return '<i>';
    case 'em_close':
      return '</i>';
    case 'link_open': {
      const href = token.attrGet('href') ?? '';
      return SAFE_HREF.test(href) ? `<a href="${escapeHtml(href)}">` : '<span>';
    }
    case 'link_close':
      return '</a>';
    case 'softbreak':
    case 'hardbreak':
      return ' ';
    default:
      return escapeHtml(token.content);
  }
}

/**
 * HTML in the lecture's direction: a platform's page is left to right whatever the text, and
 * would set an Arabic sentence's "؟" at its start; so the text of a right-to-left lecture
 * says it is (`inline`: a span, for a choice beside its radio button).
 */
export function directedHtml(html: string, language: string | undefined, inline = false): string {
  if (!language || html === '' || textDirection(language) !== 'rtl') return html;
  return inline ? `<span dir="rtl">${html}</span>` : `<div dir="rtl">${html}</div>`;
}

/** One line of lecture text as HTML: inline Markdown rendered, key terms and **bold** as <b>, maths for MathJax. */
export function platformHtml(text: string): string {
  const tokens = inlineTokens(replaceTerms(oneLine(text), (term) => `${TERM_OPEN}${term}${TERM_CLOSE}`));
  // A link whose address was refused closes as a span, not an anchor.
  const open: string[] = [];
  let html = '';
  for (const token of tokens) {
    let piece = htmlToken(token);
    if (token.type === 'link_open') open.push(piece === '<span>' ? '</span>' : '</a>');
    if (token.type === 'link_close') piece = open.pop() ?? '';
    html += piece;
  }
  return html.replaceAll(TERM_OPEN, '<b>').replaceAll(TERM_CLOSE, '</b>');
}

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', o: 'ₒ', x: 'ₓ', i: 'ᵢ', j: 'ⱼ', n: 'ₙ', k: 'ₖ', m: 'ₘ',
};

// What TeX raises but a reader sees as a sign of its own: 90^\circ is 90°, f' is f′, and an
// accent (\vec, \hat, \bar, \dot, \tilde), which KaTeX sets over its letter, is Unicode's
// combining mark on it (on the last letter of a longer base: \overline{AB} is AB̅).
const RAISED_SIGNS: Record<string, string> = {
  '∘': '°', '′': '′', '″': '″', '‴': '‴',
  '\u20D7': '\u20D7', '→': '\u20D7', '^': '\u0302', 'ˆ': '\u0302', 'ˉ': '\u0304', '¯': '\u0304', '‾': '\u0305', '˙': '\u0307', '¨': '\u0308', '~': '\u0303', '˜': '\u0303', 'ˇ': '\u030C', '˘': '\u0306', '´': '\u0301', '`': '\u0300',
};

/**
 * A superscript or subscript as text: Unicode's raised or lowered characters when it has them all, else ^(…) / _(…).
 * On a keyboard (`keyboard`), a subscript is written level ("H2O") and a superscript after "^" ("x^2").
 */
function scripted(text: string, script: 'sup' | 'sub', keyboard = false): string {
  if (script === 'sup' && [...text.trim()].every((c) => RAISED_SIGNS[c])) return [...text.trim()].map((c) => RAISED_SIGNS[c]).join('');
  if (keyboard && script === 'sub') return text.trim();
  const table: Record<string, string> = keyboard ? {} : script === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
  const chars = [...text.trim()];
  if (chars.every((c) => table[c])) return chars.map((c) => table[c]).join('');
  const mark = script === 'sup' ? '^' : '_';
  return chars.length === 1 ? `${mark}${chars[0]}` : `${mark}(${text.trim()})`;
}

/**
 * Maths as readable text, read as the editable deck reads it (maths-runs.ts): "E = mc²", "(1/2)mv²";
 * `keyboard`: as a student types it, "E = mc^2", "H2O".
 */
export function mathsText(tex: string, keyboard = false): string {
  // Neighbouring runs of one script are one script, whatever their italics: x^{2a} is x^(2a), not x²^a.
  const runs: { text: string; script?: 'sup' | 'sub' }[] = [];
  for (const run of mathsRuns(tex)) {
    const last = runs.at(-1);
    if (last && last.script === run.script) last.text += run.text;
    else runs.push({ text: run.text, ...(run.script && { script: run.script }) });
  }
  const text = runs
    // A script sits against its base, a function's name too: "lim_(x→0)", not "lim _(x→0)"
    // (after an operator it keeps its space: "x + ¹⁴C").
    .map((run, i) => (run.script ? scripted(run.text, run.script, keyboard) : runs[i + 1]?.script ? run.text.replace(/(\p{L})\s+$/u, '$1') : run.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  // On a keyboard, a minus is a hyphen and an arrow "->", and a coefficient stands against its
  // formula: "2H2O", where mhchem sets a space, "2 H₂O".
  return keyboard ? text.replace(/−/g, '-').replace(/→/g, '->').replace(/(\d) (?=\p{Lu})/gu, '$1') : text;
}

/**
 * One line of lecture text as plain text: no Markdown marks, key terms as their words, links as their text, maths as readable
 * text (`keyboard`: as typed on a keyboard).
 */
function plainText(text: string, keyboard: boolean): string {
  return inlineTokens(replaceTerms(oneLine(text), (term) => term))
    .map((t) => {
      if (t.type === MATH_INLINE || t.type === MATH_DISPLAY) return mathsText(t.content, keyboard);
      if (t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline') return t.content;
      return t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One line of lecture text as plain text: no Markdown marks, key terms as their words, links as their text, maths as readable text. */
export const platformPlain = (text: string): string => plainText(text, false);

/**
 * The answers to mark right for a short answer, as a student may type it: `first` (the form
 * the platform has always been given), the maths as it reads ("x²", "H₂O") and as typed on a
 * keyboard ("x^2", "H2O"). Its TeX alone would accept "\ce{H2O}" for $\ce{H2O}$, which no
 * student types; text without maths has the one answer.
 */
export function typedAnswers(text: string, first: string): string[] {
  return [...new Set([first, plainText(text, false), plainText(text, true)])].filter((a) => a.trim() !== '');
}
