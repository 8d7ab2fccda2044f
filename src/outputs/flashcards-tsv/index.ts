/** flashcards.tsv: the glossary as term<TAB>definition lines for Anki and Quizlet (tsv.ts); skipped for a lecture without a glossary. */
import { lectureExport } from '../export-kind.js';
import { flashcardsTsv } from './tsv.js';

export const flashcardsTsvExport = lectureExport({
  name: 'flashcards-tsv',
  file: 'flashcards.tsv',
  indexLabel: 'indexTsv',
  source: ({ lecture }) => (lecture.glossary.length === 0 ? { skip: 'the lecture has no glossary' } : { glossary: lecture.glossary }),
  write: ({ lecture }) => flashcardsTsv(lecture),
});
