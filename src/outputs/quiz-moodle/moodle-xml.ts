/**
 * quiz-moodle.xml: the lecture's questions as Moodle XML (docs.moodle.org/en/Moodle_XML_format),
 * the tags written in the order Moodle's own exporter writes them: a category first, then
 * each question as multiple choice (one right answer), true/false or short answer, its text
 * and choices in HTML, the explanation as general feedback. schema/moodle-quiz.xsd describes
 * what this file may hold.
 */
import type { Lecture, Question } from '../../load/lecture.js';
import { moodleCategory, moodleHtml, moodleQuestionName, moodleShortAnswer } from './moodle-text.js';
import { cdata, escapeXml } from '../../make/xml-text.js';

const htmlText = (tag: string, html: string, indent: string) => `${indent}<${tag} format="html">\n${indent}  <text>${cdata(html)}</text>\n${indent}</${tag}>`;

/** An answer: its grade (100 right, 0 wrong), its text, and an empty feedback (Moodle writes one). */
function answer(fraction: number, text: string, format: 'html' | 'moodle_auto_format'): string {
  const body = format === 'html' ? cdata(text) : escapeXml(text);
  return [
    `    <answer fraction="${fraction}" format="${format}">`,
    `      <text>${body}</text>`,
    '      <feedback format="html">',
    '        <text></text>',
    '      </feedback>',
    '    </answer>',
  ].join('\n');
}

/** What only one kind of question has: its options and its answers. */
function kindParts(question: Question, shuffle: boolean): { type: string; lines: string[] } {
  switch (question.kind) {
    case 'choice':
      return {
        type: 'multichoice',
        lines: [
          '    <single>true</single>',
          `    <shuffleanswers>${shuffle}</shuffleanswers>`,
          '    <answernumbering>abc</answernumbering>',
          ...(question.choices ?? []).map((choice) => answer(choice === question.answer ? 100 : 0, moodleHtml(choice), 'html')),
        ],
      };
    case 'true-false':
      // Moodle reads which answer is which by their texts, "true" and "false", and shows
      // them in the student's own language.
      return {
        type: 'truefalse',
        lines: [answer(question.answer === 'true' ? 100 : 0, 'true', 'moodle_auto_format'), answer(question.answer === 'false' ? 100 : 0, 'false', 'moodle_auto_format')],
      };
    case 'short':
      // usecase 0: "case does not matter"; the answer is what the student types, plain text.
      return { type: 'shortanswer', lines: ['    <usecase>0</usecase>', answer(100, moodleShortAnswer(question.answer), 'moodle_auto_format')] };
  }
}

export function moodleQuestion(question: Question, index: number, shuffle: boolean): string {
  const { type, lines } = kindParts(question, shuffle);
  return [
    `  <question type="${type}">`,
    '    <name>',
    `      <text>${escapeXml(moodleQuestionName(question.question, index))}</text>`,
    '    </name>',
    htmlText('questiontext', moodleHtml(question.question), '    '),
    htmlText('generalfeedback', question.explain ? moodleHtml(question.explain) : '', '    '),
    '    <defaultgrade>1</defaultgrade>',
    // Moodle's defaults: a third of the mark lost per wrong try, all of it for true/false.
    `    <penalty>${question.kind === 'true-false' ? 1 : 0.3333333}</penalty>`,
    '    <hidden>0</hidden>',
    ...lines,
    '  </question>',
  ].join('\n');
}

/** The whole file. Choices are shuffled in Moodle when the lecture asks its quiz to be shuffled. */
export function moodleXmlFile(lecture: Pick<Lecture, 'title' | 'course' | 'questions' | 'handouts'>): string {
  const category = [
    '  <question type="category">',
    '    <category>',
    `      <text>${escapeXml(moodleCategory(lecture))}</text>`,
    '    </category>',
    '  </question>',
  ].join('\n');
  const questions = lecture.questions.map((q, i) => moodleQuestion(q, i, lecture.handouts.shuffle));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...questions].join('\n')}\n</quiz>\n`;
}
