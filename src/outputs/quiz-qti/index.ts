/** quiz-qti.zip: the lecture's questions as an IMS QTI 1.2 package, for Canvas's "QTI .zip file" import. */
import { lectureExport } from '../export-kind.js';
import { qtiPackage } from './package.js';

export const quizQti = lectureExport({
  name: 'quiz-qti',
  file: 'quiz-qti.zip',
  indexLabel: 'indexQti',
  source: ({ lecture }) =>
    lecture.questions.length === 0 ? { skip: 'the lecture has no questions' } : { title: lecture.title, course: lecture.course, questions: lecture.questions, language: lecture.language },
  write: (inputs) => qtiPackage(inputs),
});
