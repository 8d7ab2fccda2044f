/**
 * Lecture text as Moodle shows it, for both Moodle exports (GIFT and XML). Moodle takes HTML
 * in a question's text, its choices and its feedback, and its MathJax filter typesets TeX
 * between `\( … \)` and `\[ … \]`: the platform HTML the other exports use (platform-text.ts).
 * A short answer is what a student types, so it is plain text, with Moodle's wildcard `*`
 * escaped.
 */
import { plainInline } from '../../make/lecture-markdown.js';
import { directedHtml, platformHtml, typedAnswers } from '../../make/platform-text.js';
import { shorten } from '../../make/shorten.js';

/** One line of lecture text as the HTML of a Moodle question, choice (`inline`) or feedback, in the lecture's direction. */
export const moodleHtml = (text: string, language?: string, inline = false): string => directedHtml(platformHtml(text), language, inline);

/**
 * A short answer as Moodle compares it with what a student types: the words, maths as its
 * TeX, then as it reads and as typed on a keyboard when they differ (platform-text.ts,
 * typedAnswers), each marked right, and `*` (Moodle's "any characters" wildcard in short
 * answers) escaped as `\*`.
 */
export function moodleShortAnswers(text: string): string[] {
  return typedAnswers(text, plainInline(text)).map((answer) => answer.replace(/\*/g, '\\*'));
}

/** A question's name in Moodle's question bank: its number, then its first words. */
export function moodleQuestionName(question: string, index: number, max = 60): string {
  return `Q${index + 1} ${shorten(plainInline(question), max)}`;
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
