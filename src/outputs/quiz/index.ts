/** quiz.pdf: multiple choice, true/false and short answers, with a name, date and score line. */
import type { HandoutInputs } from '../../make/handouts/page-view.js';
import { lectureHandout } from '../handout-kind.js';
import { quizView } from './view.js';

/** The quiz, or its key: skipped for a lecture without questions. */
export const quizOrSkip = (inputs: HandoutInputs, withAnswers: boolean): object | { skip: string } =>
  inputs.lecture.questions.length === 0 ? { skip: 'the lecture has no questions' } : quizView(inputs, withAnswers);

export const quiz = lectureHandout({ name: 'quiz', template: 'quiz', indexLabel: 'indexQuiz', view: (inputs) => quizOrSkip(inputs, false) });
