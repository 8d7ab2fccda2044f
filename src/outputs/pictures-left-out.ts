/**
 * Files that cannot carry a picture (GIFT's text, Kahoot's sheet, a flashcard) still carry
 * a question that has one: the teacher is told which, so they can add the picture on the
 * platform, or know the question may not make sense without it.
 */
import path from 'node:path';
import type { Question } from '../load/lecture.js';
import { platformPlain } from '../make/platform-text.js';
import { shorten } from '../make/shorten.js';

/** A notice for each question (of those `kept`) whose picture the file leaves out, saying `why` and what to do. */
export function picturesLeftOut(questions: readonly Question[], why: string, kept: (q: Question) => boolean = () => true): string[] {
  return questions.flatMap((question, i) =>
    question.image && kept(question)
      ? [`question ${i + 1} ("${shorten(platformPlain(question.question), 60)}") is written without its picture (${path.basename(question.image.file)}): ${why}`]
      : [],
  );
}
