/**
 * The notes handout in large print: at most two slides to a page, with fewer, wider-spaced
 * lines; the teacher is told only when the lecture asked for more slides to a page.
 */
import { describe, expect, it } from 'vitest';
import { parseLecture } from '../../../src/load/load-lecture.js';
import { englishLabels } from '../../../src/make/labels.js';
import { notesHandoutView } from '../../../src/outputs/notes-handout/view.js';

const lecture = (handouts: string) =>
  parseLecture(`title: T\n${handouts}\nsections:\n  - title: S\n    slides:\n      - title: A\n        bullets: [one]\n`, 'notes.yaml');
const view = (handouts: string, largePrint: boolean) => {
  const l = lecture(handouts);
  const slides = Array.from({ length: 7 }, (_, i) => ({ svg: `<svg>${i}</svg>`, continues: false }));
  return notesHandoutView({ lecture: { ...l, handouts: { ...l.handouts, largePrint } }, fontCss: '', stylesheet: '', labels: englishLabels(), slides, slideCss: '' } as never);
};

describe('the notes handout in large print', () => {
  it('takes the default three slides a page down to two, without a word', () => {
    const v = view('', true);
    expect(v.perPage).toBe(2);
    expect(v.pages.map((p) => p.slides.length)).toEqual([2, 2, 2, 1]);
    expect(v.notices).toEqual([]);
    expect(view('', false).perPage).toBe(3);
  });

  it('says so when the lecture asked for more than two', () => {
    const v = view('handouts:\n  slides-per-page: 6', true);
    expect(v.perPage).toBe(2);
    expect(v.notices).toEqual(['large print: 2 slides to a page rather than the 6 asked for, so that the slides are large enough to read']);
  });

  it('keeps one slide a page, with room to write beneath', () => {
    const v = view('handouts:\n  slides-per-page: 1', true);
    expect(v.perPage).toBe(1);
    expect(v.notices).toEqual([]);
    expect(v.rules.length).toBeGreaterThan(5);
  });
});
