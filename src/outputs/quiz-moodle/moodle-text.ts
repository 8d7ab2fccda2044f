/**
 * Lecture text as Moodle shows it, for both Moodle exports (GIFT and XML). Moodle takes HTML
 * in a question's text, its choices and its feedback; its MathJax filter typesets TeX
 * between `\( … \)` and `\[ … \]`, so maths is written that way, its TeX HTML-escaped (the
 * filter reads the text, not the markup). Key terms and **bold** are <b>, *italic* is <i>:
 * plain tags that survive Moodle's HTML cleaning and every theme. A short answer is what a
 * student types, so it is plain text, with Moodle's wildcard `*` escaped.
 */
import type Token from 'markdown-it/lib/token.mjs';
import { escapeHtml } from '../../make/handouts/html-text.js';
import { replaceTerms } from '../../make/key-term-marks.js';
import { inlineTokens, oneLine, plainInline } from '../../make/lecture-markdown.js';
import { MATH_DISPLAY, MATH_INLINE } from '../../make/maths/maths-rule.js';

// Private-use characters pass through the Markdown reader untouched: they mark key terms
// until the HTML is made (a term may span tokens, e.g. [[**x** y]]).
const TERM_OPEN = '\uE000';
const TERM_CLOSE = '\uE001';

function tokenHtml(token: Token): string {
  switch (token.type) {
    case 'strong_open':
      return '<b>';
    case 'strong_close':
      return '</b>';
    case 'em_open':
      return '<i>';
    case 'em_close':
      return '</i>';
    case 'code_inline':
      return `<code>${escapeHtml(token.content)}</code>`;
    case 'link_open':
      return `<a href="${escapeHtml(token.attrGet('href') ?? '')}">`;
    case 'link_close':
      return '</a>';
    case MATH_INLINE:
      return `\\(${escapeHtml(token.content)}\\)`;
    case MATH_DISPLAY:
      return `\\[${escapeHtml(token.content)}\\]`;
    case 'softbreak':
    case 'hardbreak':
      return ' ';
    default:
      // Text, an escaped character, and whatever lecture text shows as typed.
      return escapeHtml(token.content);
  }
}

/** One line of lecture text as the HTML of a Moodle question, choice or feedback. */
export function moodleHtml(text: string): string {
  const marked = replaceTerms(oneLine(text), (term) => `${TERM_OPEN}${term}${TERM_CLOSE}`);
  return inlineTokens(marked)
    .map(tokenHtml)
    .join('')
    .replace(new RegExp(`${TERM_OPEN}(.*?)${TERM_CLOSE}`, 'gs'), '<b>$1</b>')
    .replace(new RegExp(`[${TERM_OPEN}${TERM_CLOSE}]`, 'g'), '');
}

/**
 * A short answer as Moodle compares it with what a student types: the words, maths as its
 * TeX, and `*` (Moodle's "any characters" wildcard in short answers) escaped as `\*`.
 */
export function moodleShortAnswer(text: string): string {
  return plainInline(text).replace(/\*/g, '\\*');
}

/** A question's name in Moodle's question bank: its number, then its first words. */
export function moodleQuestionName(question: string, index: number, max = 60): string {
  const words = plainInline(question);
  const cut = words.length > max ? `${words.slice(0, max - 1).trimEnd()}…` : words;
  return `Q${index + 1} ${cut}`;
}

/**
 * The question-bank category the questions are imported into, as Moodle reads a category
 * path: "$course$" (the course being imported into), then the course's and the lecture's
 * names, "/" between them; a "/" inside a name is written "//", with a space between it and
 * the name's edge (Moodle's own assemble_category_path). Moodle puts the path under its
 * "top" category itself (question/format.php, create_category_path).
 */
export function moodleCategory(lecture: { course?: string; title: string }): string {
  const names = [lecture.course, lecture.title].filter((n): n is string => !!n && n.trim() !== '');
  const escaped = names.map((n) => {
    const name = plainInline(n).replace(/\//g, '//');
    return `${name.startsWith('/') ? ' ' : ''}${name}${name.endsWith('/') ? ' ' : ''}`;
  });
  return ['$course$', ...escaped].join('/');
}
