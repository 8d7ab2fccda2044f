/** quiz-answers.pdf: the quiz's key, every answer with its explanation, in the quiz's order. */
import { lectureHandout } from '../handout-kind.js';
import { quizOrSkip } from '../quiz/index.js';

export const quizAnswers = lectureHandout({ name: 'quiz-answers', template: 'quiz', indexLabel: 'indexQuizAnswers', view: (inputs) => quizOrSkip(inputs, true) });
