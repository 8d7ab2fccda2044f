import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { quizOrder, quizView } from '../../../src/outputs/quiz/view.js';
import { englishLabels } from '../../../src/make/labels.js';

const lecture = loadLecture('content/mtcr.yaml');
const questions = lecture.questions;
const texts = (items: ReturnType<typeof quizOrder>) => items.map((i) => `${i.question.question}|${i.choices.join('/')}`);

describe('quiz order', () => {
  it('keeps the written order unless shuffling is asked for', () => {
    expect(quizOrder(questions, false, 1).map((i) => i.question)).toEqual(questions);
  });

  it('gives the same order for the same seed, and another for another seed', () => {
    const first = texts(quizOrder(questions, true, 7));
    expect(texts(quizOrder(questions, true, 7))).toEqual(first);
    expect(texts(quizOrder(questions, true, 8))).not.toEqual(first);
    expect(first).not.toEqual(texts(quizOrder(questions, false, 7)));
  });

  it('shuffles choices too, keeping every choice', () => {
    const shuffled = quizOrder(questions, true, 3).filter((i) => i.question.choices);
    for (const item of shuffled) expect([...item.choices].sort()).toEqual([...item.question.choices!].sort());
    expect(shuffled.some((i) => i.choices.join() !== i.question.choices!.join())).toBe(true);
  });

  it('the key names, for each question, the letter under which the quiz prints its answer', () => {
    const shuffledLecture = { ...lecture, handouts: { ...lecture.handouts, shuffle: true, seed: 5 } };
    const quiz = quizView({ lecture: shuffledLecture, fontCss: '', stylesheet: '', labels: englishLabels() }, false);
    const key = quizView({ lecture: shuffledLecture, fontCss: '', stylesheet: '', labels: englishLabels() }, true);
    expect(key.items.map((i) => i.question)).toEqual(quiz.items.map((i) => i.question));
    for (const [n, item] of key.items.entries()) {
      if (item.kind !== 'choice') continue;
      const letter = item.answer!.split(' — ')[0];
      const printed = quiz.items[n]!.choices.find((c) => c.letter === letter)!;
      expect(item.answer).toBe(`${letter} — ${printed.text}`);
    }
    expect(quiz.items.every((i) => !('answer' in i))).toBe(true);
  });
});
