/** flashcards.apkg: the glossary as an Anki deck package (anki-package.ts); skipped for a lecture without a glossary. */
import { lectureExport } from '../export-kind.js';
import { ankiPackage } from './anki-package.js';

export const flashcardsAnki = lectureExport({
  name: 'flashcards-anki',
  file: 'flashcards.apkg',
  indexLabel: 'indexAnki',
  source: ({ lecture }) => (lecture.glossary.length === 0 ? { skip: 'the lecture has no glossary' } : { glossary: lecture.glossary, course: lecture.course, title: lecture.title, subtitle: lecture.subtitle, language: lecture.language }),
  write: (inputs) => ankiPackage(inputs),
});
