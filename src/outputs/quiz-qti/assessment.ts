/**
 * The assessment of a QTI 1.2 package as Canvas reads it (its Classic Quizzes importer, and
 * the format Canvas itself exports and text2qti writes): questestinterop > assessment >
 * section > one item per question, each with Canvas's question_type in its itemmetadata,
 * its choices as response_lid / render_choice (a short answer as response_str / render_fib),
 * the right answer scored 100 in resprocessing, and the lecture's `explain` as the feedback
 * every student sees after answering. A question's picture is a file of the package, shown
 * by an <img> under the question (with its alt text) whose src Canvas reads from the package.
 */
import type { Question } from '../../load/lecture.js';
import type { Labels } from '../../make/labels.js';
import { escapeHtml } from '../../make/handouts/html-text.js';
import { directedHtml, platformHtml, platformPlain, typedAnswers } from '../../make/platform-text.js';
import { escapeXml } from '../../make/xml-text.js';

const QUESTION_TYPE = { choice: 'multiple_choice_question', 'true-false': 'true_false_question', short: 'short_answer_question' } as const;

/** A question's choices as the student sees them (true/false in the lecture's language) and the one that is right. */
export function choicesOf(question: Question, labels: Labels): { choices: string[]; correct: number } {
  if (question.kind === 'true-false') return { choices: [labels.answerTrue, labels.answerFalse], correct: question.answer === 'true' ? 0 : 1 };
  const choices = question.choices ?? [];
  return { choices, correct: choices.indexOf(question.answer) };
}

const field = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`;

/**
 * Where a question's picture sits in the package (as beside the deck: "images/map.png"), and
 * how the question's HTML names it: from $IMS-CC-FILEBASE$, the package's root, as Canvas's
 * own exports and text2qti do, URL-encoded, "$" included.
 */
export const qtiPicturePath = (question: Question): string | undefined => question.image?.href;
const pictureSrc = (zipPath: string) => `%24IMS-CC-FILEBASE%24/${zipPath.split('/').map(encodeURIComponent).join('/')}`;

function pictureHtml(question: Question): string {
  const zipPath = qtiPicturePath(question);
  if (!zipPath) return '';
  const alt = question.alt !== undefined ? ` alt="${escapeHtml(question.alt)}"` : '';
  return `<p><img src="${pictureSrc(zipPath)}"${alt} style="max-width: 100%; max-height: 300px;"></p>`;
}

const mattext = (html: string) => `<material><mattext texttype="text/html">${escapeXml(html)}</mattext></material>`;

function item(question: Question, id: string, labels: Labels, language?: string): string {
  const short = question.kind === 'short';
  const { choices, correct } = choicesOf(question, labels);
  const choiceIds = choices.map((_, i) => `${id}_c${i + 1}`);
  const metadata = [
    field('question_type', QUESTION_TYPE[question.kind]),
    field('points_possible', '1'),
    field('original_answer_ids', choiceIds.join(',')),
    field('assessment_question_identifierref', `${id}_ref`),
  ].join('');
  const response = short
    ? '<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>'
    : `<response_lid ident="response1" rcardinality="Single"><render_choice>${choices
        .map((c, i) => `<response_label ident="${choiceIds[i]}">${mattext(directedHtml(question.kind === 'true-false' ? escapeHtml(c) : platformHtml(c), language, true))}</response_label>`)
        .join('')}</render_choice></response_lid>`;
  // A short answer is compared with what the student types: plain text, maths as it reads ("x²")
  // and as typed on a keyboard ("x^2"), each right.
  const right = short ? typedAnswers(question.answer, platformPlain(question.answer)).map(escapeXml) : [choiceIds[correct]!];
  const feedback = question.explain
    ? '<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>'
    : '';
  return [
    `<item ident="${id}" title="${escapeXml(platformPlain(question.question))}">`,
    `<itemmetadata><qtimetadata>${metadata}</qtimetadata></itemmetadata>`,
    `<presentation>${mattext(`${directedHtml(`<p>${platformHtml(question.question)}</p>`, language)}${pictureHtml(question)}`)}${response}</presentation>`,
    '<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>',
    feedback,
    `<respcondition continue="No"><conditionvar>${right.map((r) => `<varequal respident="response1">${r}</varequal>`).join('')}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>`,
    '</resprocessing>',
    question.explain ? `<itemfeedback ident="general_fb"><flow_mat>${mattext(directedHtml(`<p>${platformHtml(question.explain)}</p>`, language))}</flow_mat></itemfeedback>` : '',
    '</item>',
  ].join('\n');
}

/** The assessment XML: one item per question, in the lecture's order. */
export function assessmentXml(options: { ident: string; title: string; questions: Question[]; labels: Labels; language?: string }): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
    `<assessment ident="${options.ident}" title="${escapeXml(options.title)}">`,
    `<qtimetadata>${field('cc_maxattempts', '1')}</qtimetadata>`,
    '<section ident="root_section">',
        // Canvas files imported questions by identifier: the quiz's own prefix keeps two lectures' questions apart.
    ...options.questions.map((q, i) => item(q, `${options.ident}_q${i + 1}`, options.labels, options.language)),
    '</section>',
    '</assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
}
