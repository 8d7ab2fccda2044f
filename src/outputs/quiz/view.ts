/**
 * The quiz and its answer key. Multiple choice with lettered choices and tick boxes,
 * true/false, short answers with lined space; a name / date / score header. Shuffling,
 * when asked for, is seeded, and the key is made from the same order.
 */
import type { Question } from '../../load/lecture.js';
import { fill } from '../../make/labels.js';
import { htmlInline } from '../../make/handouts/html-text.js';
import { pageView, withMarkFont, type HandoutInputs } from '../../make/handouts/page-view.js';
import { seededShuffle } from '../../make/handouts/shuffle.js';
import { questionPicture } from '../question-picture.js';

/** The name of the choice at `index`: the language's letter (أ ب ج in Arabic), or its number past the last. */
const choiceLetter = (letters: readonly string[], index: number) => letters[index] ?? String(index + 1);

export interface QuizItem {
  question: Question;
  /** Choices in the order printed. */
  choices: string[];
}

/** The questions and choices in printed order: as written, or shuffled by the seed. */
export function quizOrder(questions: Question[], shuffle: boolean, seed: number): QuizItem[] {
  const ordered = shuffle ? seededShuffle(questions, seed) : questions;
  return ordered.map((question, i) => ({
    question,
    choices: question.choices ? (shuffle ? seededShuffle(question.choices, seed, i + 1) : question.choices) : [],
  }));
}

export function quizView(inputs: HandoutInputs, withAnswers: boolean) {
  const { lecture, labels } = inputs;
  const { shuffle, seed } = lecture.handouts;
  const letters = labels.choiceLetters.split(/\s+/).filter(Boolean);
  const items = quizOrder(lecture.questions, shuffle, seed).map(({ question, choices }, i) => {
    const correct = choices.indexOf(question.answer);
    const letter = (ci: number) => choiceLetter(letters, ci);
    return {
      number: i + 1,
      kind: question.kind,
      question: htmlInline(question.question),
      ...questionPicture(question),
      choices: choices.map((c, ci) => ({ letter: letter(ci), text: htmlInline(c), correct: withAnswers && ci === correct })),
      ...(withAnswers && {
        answer:
          question.kind === 'choice'
            ? `${letter(correct)} — ${htmlInline(question.answer)}`
            : question.kind === 'true-false'
              ? question.answer === 'true' ? labels.answerTrue : labels.answerFalse
              : htmlInline(question.answer),
        isTrue: question.answer === 'true',
        explain: question.explain ? htmlInline(question.explain) : undefined,
      }),
    };
  });
  return {
    ...pageView(withAnswers ? withMarkFont(inputs) : inputs, withAnswers ? labels.quizAnswers : labels.quiz),
    answers: withAnswers,
    version: shuffle ? fill(labels.version, { seed }) : undefined,
    total: items.length,
    items,
    rules: [0, 1, 2],
  };
}
