/** quiz-gift.txt: the questions for Moodle, in its GIFT text format (gift.ts). */
import { lectureExport } from '../export-kind.js';
import { picturesLeftOut } from '../pictures-left-out.js';
import { giftFile } from './gift.js';

export const quizGift = lectureExport({
  name: 'quiz-gift',
  file: 'quiz-gift.txt',
  indexLabel: 'indexGift',
  source: ({ lecture }) =>
    lecture.questions.length === 0 ? { skip: 'the lecture has no questions' } : { title: lecture.title, course: lecture.course, questions: lecture.questions, language: lecture.language },
  notices: ({ lecture }) => picturesLeftOut(lecture.questions, 'GIFT is text only; add the picture in Moodle after importing, or import quiz-moodle.xml, which carries it'),
  write: ({ lecture }) => giftFile(lecture),
});
