import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { flashcardsView, mirrored } from '../../../src/outputs/flashcards/view.js';
import { englishLabels } from '../../../src/make/labels.js';

describe('flashcards', () => {
  it('mirrors each row, as a long-edge flip does', () => {
    expect(mirrored([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([2, 1, 4, 3, 6, 5, 8, 7]);
  });

  it('puts eight cards to a sheet, fronts then mirrored backs, the last sheet padded', () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const view = flashcardsView({ lecture, fontCss: '', stylesheet: '', labels: englishLabels() });
    expect(view.sheets).toHaveLength(Math.ceil(lecture.glossary.length / 8));
    const first = view.sheets[0]!;
    expect(first.fronts.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(first.backs.map((c) => c.number)).toEqual([2, 1, 4, 3, 6, 5, 8, 7]);
    expect(first.fronts[0]!.text).toBe('MTCR');
    expect(first.backs[1]!.text).toContain('Missile Technology Control Regime');
    expect(view.sheets.at(-1)!.fronts).toHaveLength(8);
  });

  it('puts four cards to a sheet in large print, two by two, each back still behind its front', () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const large = { ...lecture, handouts: { ...lecture.handouts, largePrint: true } };
    const view = flashcardsView({ lecture: large, fontCss: '', stylesheet: '', labels: englishLabels() });
    expect(view.sheets).toHaveLength(Math.ceil(lecture.glossary.length / 4));
    expect(view.sheets[0]!.fronts.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(view.sheets[0]!.backs.map((c) => c.number)).toEqual([2, 1, 4, 3]);
    expect(view.largePrint).toBe(true);
    expect(view.notices).toEqual([]);
  });

  it('adds a card per question when asked', () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const withQuestions = { ...lecture, handouts: { ...lecture.handouts, questionCards: true } };
    const count = (v: ReturnType<typeof flashcardsView>) => v.sheets.flatMap((s) => s.fronts).filter((c) => c.text).length;
    expect(count(flashcardsView({ lecture: withQuestions, fontCss: '', stylesheet: '', labels: englishLabels() }))).toBe(lecture.glossary.length + lecture.questions.length);
  });
});
