/**
 * A question's picture as the printed handouts show it (the quiz and its key, the worksheet's
 * short-answer questions and its key): templates/handouts/partials/question-picture.html.hbs.
 */
import type { Question } from '../load/lecture.js';
import { urlPath } from '../paths.js';

export interface QuestionPicture {
  src: string;
  /** Without alt text (a warning when loading) the picture has none, and a PDF checker says so. */
  hasAlt: boolean;
  alt: string;
}

export function questionPicture(question: Question): { picture?: QuestionPicture } {
  return question.image ? { picture: { src: urlPath(question.image.href), hasAlt: question.alt !== undefined, alt: question.alt ?? '' } } : {};
}
