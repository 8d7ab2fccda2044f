/**
 * quiz-gift.txt: the lecture's questions in Moodle's GIFT format. Each question is a block
 * of its own (GIFT separates questions by a blank line), named "Q1 …" so the question bank
 * lists them in order, its text in HTML (the [html] marker, which Moodle applies to the
 * choices and feedback too), the explanation as general feedback (####). A category line
 * first files the questions under the course and lecture.
 */
import type { Lecture, Question } from '../../load/lecture.js';
import { moodleCategory, moodleHtml, moodleQuestionName, moodleShortAnswers } from '../quiz-moodle/moodle-text.js';
import { giftEscape } from './gift-escape.js';

// Moodle reads a text starting "[html]", "[plain]", "[markdown]" or "[moodle]" as saying its
// format, and drops the marker: a text that starts with "[" starts with its HTML reference.
const html = (text: string, language?: string, inline = false) => giftEscape(moodleHtml(text, language, inline).replace(/^\[/, '&#91;'));

// Moodle reads "%50%" at the start of an answer as its weight, and "%" has no escape in
// GIFT: a choice that starts so begins with the "%" as an HTML character reference instead.
const WEIGHT_LIKE = /^%(?=-*[0-9]{1,2}\.?[0-9]*%)/;
const choiceHtml = (text: string, language?: string) => html(text, language, true).replace(WEIGHT_LIKE, giftEscape('&#37;'));

// Moodle's GIFT importer reads answers holding both "=" and "->" as a matching question, and
// GIFT has no escape for "->": in a short answer the arrow is written "-*>", Moodle's
// wildcard between its two characters, which still marks "->" (as typed) right.
const ARROW = '-*>';

function answers(question: Question, language?: string): string[] {
  switch (question.kind) {
    case 'choice':
      return (question.choices ?? []).map((choice) => `${choice === question.answer ? '=' : '~'}${choiceHtml(choice, language)}`);
    case 'true-false':
      return [question.answer === 'true' ? 'T' : 'F'];
    case 'short':
      // What the student types is compared with the answer's text: plain, never HTML. Its
      // weight is written, as Moodle's own exporter does, so that no answer reads as one.
      return moodleShortAnswers(question.answer).map((a) => `=%100%${giftEscape(a).replace(/->/g, ARROW)}`);
  }
}

export function giftQuestion(question: Question, index: number, language?: string): string {
  const lines = [
    `::${giftEscape(moodleQuestionName(question.question, index))}::[html]${html(question.question, language)}{`,
    ...answers(question, language).map((a) => `\t${a}`),
    ...(question.explain ? [`\t####${html(question.explain, language)}`] : []),
    '}',
  ];
  return lines.join('\n');
}

/**
 * The category line. Moodle takes the rest of a "$CATEGORY:" line as it is, without undoing
 * GIFT's escapes (a "\:" would stay in the name as a code), so the path is written unescaped
 * but for its backslashes: Moodle reads "\\" as one backslash before anything else, so a
 * doubled one reaches the name as the one the teacher typed (the name quiz-moodle.xml gives).
 */
const categoryLine = (lecture: Pick<Lecture, 'title' | 'course'>) => `$CATEGORY: ${moodleCategory(lecture).replace(/\\/g, '\\\\')}`;

/** The GIFT file: a comment naming the lecture, its category, then one block per question. */
export function giftFile(lecture: Pick<Lecture, 'title' | 'course' | 'questions'> & { language?: string }): string {
  const blocks = [
    // A line starting "//" is a comment in GIFT: nothing in it is read.
    `// ${lecture.title.replace(/\s+/g, ' ')}\n${categoryLine(lecture)}`,
    ...lecture.questions.map((q, i) => giftQuestion(q, i, lecture.language)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
