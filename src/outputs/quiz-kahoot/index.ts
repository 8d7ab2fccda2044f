/** quiz-kahoot.xlsx: the lecture's multiple-choice and true/false questions in Kahoot's quiz spreadsheet. */
import { lectureExport } from '../export-kind.js';
import { kahootRows } from './rows.js';
import { kahootSheet } from './sheet.js';
import { picturesLeftOut } from '../pictures-left-out.js';

export const quizKahoot = lectureExport({
  name: 'quiz-kahoot',
  file: 'quiz-kahoot.xlsx',
  indexLabel: 'indexKahoot',
  source: ({ lecture, labels }) => {
    if (lecture.questions.length === 0) return { skip: 'the lecture has no questions' };
    // A sheet without a question would not import: say why instead of writing one.
    if (kahootRows(lecture.questions, labels).rows.length === 0) return { skip: 'none of its questions fits a Kahoot quiz (short answers, or over its limits)' };
    return { questions: lecture.questions };
  },
  // A short answer is left out whole (Kahoot has no such question), and told so once.
  notices: ({ lecture, labels }) => [...kahootRows(lecture.questions, labels).notices, ...picturesLeftOut(lecture.questions, "Kahoot's spreadsheet has no place for one; add it to the question in Kahoot after importing", (q) => q.kind !== 'short')],
  write: ({ lecture, labels }) => kahootSheet(kahootRows(lecture.questions, labels).rows),
});
