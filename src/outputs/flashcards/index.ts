/** flashcards.pdf: a card per glossary term, eight to a sheet, backs mirrored for double-sided printing. */
import { lectureHandout } from '../handout-kind.js';
import { flashcardsView } from './view.js';

export const flashcards = lectureHandout({
  name: 'flashcards',
  template: 'flashcards',
  indexLabel: 'indexFlashcards',
  view: flashcardsView,
  whenEmpty: 'the lecture has no glossary',
});
