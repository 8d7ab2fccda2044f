/** quiz-moodle.xml: the questions for Moodle, in its XML format (moodle-xml.ts), their pictures embedded. */
import { lectureExport } from '../export-kind.js';
import { moodleXmlFile } from './moodle-xml.js';

export const quizMoodle = lectureExport({
  name: 'quiz-moodle',
  file: 'quiz-moodle.xml',
  indexLabel: 'indexMoodleXml',
  source: ({ lecture }) =>
    lecture.questions.length === 0
      ? { skip: 'the lecture has no questions' }
      : { title: lecture.title, course: lecture.course, questions: lecture.questions, shuffle: lecture.handouts.shuffle, language: lecture.language },
  write: async ({ lecture, readImage }) => {
    const files = [...new Set(lecture.questions.flatMap((q) => (q.image ? [q.image.file] : [])))];
    const pictures = new Map(await Promise.all(files.map(async (f) => [f, await readImage(f)] as const)));
    return moodleXmlFile(lecture, pictures);
  },
});
