/**
 * quiz-moodle.xml: the lecture's questions as Moodle XML (docs.moodle.org/en/Moodle_XML_format),
 * the tags written in the order Moodle's own exporter writes them: a category first, then
 * each question as multiple choice (one right answer), true/false or short answer, its text
 * and choices in HTML, the explanation as general feedback, a question's picture embedded
 * in its text as Moodle's exporter embeds one (a base64 <file>, shown by an <img> whose src
 * is @@PLUGINFILE@@/its name). schema/moodle-quiz.xsd describes what this file may hold.
 */
import path from 'node:path';
import type { Lecture, Question } from '../../load/lecture.js';
import { escapeHtml } from '../../make/handouts/html-text.js';
import { moodleCategory, moodleHtml, moodleQuestionName, moodleShortAnswers } from './moodle-text.js';
import { cdata, escapeXml } from '../../make/xml-text.js';

const htmlText = (tag: string, html: string, indent: string, files: string[] = []) =>
  [`${indent}<${tag} format="html">`, `${indent}  <text>${cdata(html)}</text>`, ...files.map((f) => `${indent}  ${f}`), `${indent}</${tag}>`].join('\n');

/** A question's picture: the <img> its text ends with, and the <file> that holds its bytes (none without them). */
function picture(question: Question, pictures: ReadonlyMap<string, Uint8Array>): { html: string; files: string[] } {
  const bytes = question.image && pictures.get(question.image.file);
  if (!question.image || !bytes) return { html: '', files: [] };
  // Moodle's exporter writes the name URL-encoded in the src (rawurlencode), as it is in the <file>.
  const name = path.basename(question.image.file);
  const alt = question.alt !== undefined ? ` alt="${escapeHtml(question.alt)}"` : '';
  return {
    html: `<br><img src="@@PLUGINFILE@@/${encodeURIComponent(name)}"${alt} style="max-width: 100%; max-height: 300px;">`,
    files: [`<file name="${escapeXml(name)}" path="/" encoding="base64">${Buffer.from(bytes).toString('base64')}</file>`],
  };
}

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
function kindParts(question: Question, shuffle: boolean, language?: string): { type: string; lines: string[] } {
  switch (question.kind) {
    case 'choice':
      return {
        type: 'multichoice',
        lines: [
          '    <single>true</single>',
          `    <shuffleanswers>${shuffle}</shuffleanswers>`,
          '    <answernumbering>abc</answernumbering>',
          ...(question.choices ?? []).map((choice) => answer(choice === question.answer ? 100 : 0, moodleHtml(choice, language, true), 'html')),
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
      return { type: 'shortanswer', lines: ['    <usecase>0</usecase>', ...moodleShortAnswers(question.answer).map((a) => answer(100, a, 'moodle_auto_format'))] };
  }
}

export function moodleQuestion(question: Question, index: number, shuffle: boolean, pictures: ReadonlyMap<string, Uint8Array> = new Map(), language?: string): string {
  const { type, lines } = kindParts(question, shuffle, language);
  const shown = picture(question, pictures);
  return [
    `  <question type="${type}">`,
    '    <name>',
    `      <text>${escapeXml(moodleQuestionName(question.question, index))}</text>`,
    '    </name>',
    htmlText('questiontext', moodleHtml(question.question, language) + shown.html, '    ', shown.files),
    htmlText('generalfeedback', question.explain ? moodleHtml(question.explain, language) : '', '    '),
    '    <defaultgrade>1</defaultgrade>',
    // Moodle's defaults: a third of the mark lost per wrong try, all of it for true/false.
    `    <penalty>${question.kind === 'true-false' ? 1 : 0.3333333}</penalty>`,
    '    <hidden>0</hidden>',
    ...lines,
    '  </question>',
  ].join('\n');
}

/**
 * The whole file. Choices are shuffled in Moodle when the lecture asks its quiz to be shuffled.
 * `pictures`: the bytes of the questions' pictures, by file on disk.
 */
export function moodleXmlFile(lecture: Pick<Lecture, 'title' | 'course' | 'questions' | 'handouts'> & { language?: string }, pictures: ReadonlyMap<string, Uint8Array> = new Map()): string {
  const category = [
    '  <question type="category">',
    '    <category>',
    `      <text>${escapeXml(moodleCategory(lecture))}</text>`,
    '    </category>',
    '  </question>',
  ].join('\n');
  const questions = lecture.questions.map((q, i) => moodleQuestion(q, i, lecture.handouts.shuffle, pictures, lecture.language));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...questions].join('\n')}\n</quiz>\n`;
}
