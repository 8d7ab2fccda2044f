/**
 * The lecture's questions as rows of Kahoot's quiz spreadsheet, within Kahoot's limits (its
 * template: a question of at most 120 characters, answers of at most 75, two to four answers,
 * at least one correct). Kahoot's sheet holds plain text only, so Markdown is dropped and
 * maths written as readable text. A question that cannot be a Kahoot quiz question (a short
 * answer) or does not fit is left out, and said so, rather than cut: a cut question may no
 * longer be true.
 */
import type { Question } from '../../load/lecture.js';
import type { Labels } from '../../make/labels.js';
import { platformPlain } from '../../make/platform-text.js';
import { shorten } from '../../make/shorten.js';

export const QUESTION_MAX = 120;
export const ANSWER_MAX = 75;
export const ANSWERS_MIN = 2;
export const ANSWERS_MAX = 4;
/** Seconds to answer: Kahoot's default, one of the values its sheet takes (5, 10, 20, 30, 60, 90, 120, 240). */
export const TIME_LIMIT = 20;

export interface KahootRow {
  question: string;
  answers: string[];
  /** 1-based, as the sheet numbers its answers. */
  correct: number;
}

/**
 * Characters as Kahoot's limits count them, the stricter way: UTF-16 code units, as a web
 * page's maxlength does (an emoji is two), of the text composed (NFC: an accented letter
 * typed as a letter and a combining accent is one).
 */
const length = (text: string) => text.length;

/** Plain text, composed, as the sheet holds it. */
const kahootText = (text: string) => platformPlain(text).normalize('NFC');

/** A question as a row, or why Kahoot cannot take it. */
export function kahootRow(question: Question, labels: Labels): KahootRow | { leftOut: string } {
  if (question.kind === 'short') return { leftOut: 'it is a short-answer question, and Kahoot quiz questions have answers to pick from' };
  const text = kahootText(question.question);
  const answers = (question.kind === 'true-false' ? [labels.answerTrue, labels.answerFalse] : (question.choices ?? []).map(platformPlain)).map((a) => a.normalize('NFC'));
  const correct = question.kind === 'true-false' ? (question.answer === 'true' ? 1 : 2) : (question.choices ?? []).indexOf(question.answer) + 1;
  if (length(text) > QUESTION_MAX) return { leftOut: `the question has ${length(text)} characters, and Kahoot takes at most ${QUESTION_MAX}` };
  if (answers.length > ANSWERS_MAX || answers.length < ANSWERS_MIN) return { leftOut: `it has ${answers.length} choices, and Kahoot takes ${ANSWERS_MIN} to ${ANSWERS_MAX}` };
  const long = answers.findIndex((a) => length(a) > ANSWER_MAX);
  if (long >= 0) return { leftOut: `choice ${long + 1} has ${length(answers[long]!)} characters, and Kahoot takes at most ${ANSWER_MAX}` };
  return { question: text, answers, correct };
}

/** The rows Kahoot can take, and a notice for each question left out, naming it and saying why. */
export function kahootRows(questions: Question[], labels: Labels): { rows: KahootRow[]; notices: string[] } {
  const rows: KahootRow[] = [];
  const notices: string[] = [];
  questions.forEach((question, i) => {
    const row = kahootRow(question, labels);
    if ('leftOut' in row) notices.push(`question ${i + 1} ("${shorten(kahootText(question.question), 60)}") is left out: ${row.leftOut}`);
    else rows.push(row);
  });
  return { rows, notices };
}
