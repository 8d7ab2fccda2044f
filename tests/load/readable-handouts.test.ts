/**
 * handouts: large-print and dyslexia-friendly, read from a lecture or its course, and from the
 * command line; and whether the teacher chose the slides to a page (large print tells only then).
 */
import { describe, expect, it } from 'vitest';
import { buildOptions } from '../../src/cli/build-flags.js';
import { checkLecture, parseLecture } from '../../src/load/load-lecture.js';
import { HANDOUT_VALUES } from '../../src/load/schema.js';

const lecture = (handouts = '') => `title: T\n${handouts}\nsections:\n  - title: S\n    slides:\n      - title: A\n        bullets: [one]\n`;

describe('large print and dyslexia-friendly handouts', () => {
  it('are off unless asked for, and read as true/false', () => {
    expect(parseLecture(lecture(), 'a.yaml').handouts).toMatchObject({ largePrint: false, dyslexiaFriendly: false, slidesPerPageChosen: false });
    expect(parseLecture(lecture('handouts:\n  large-print: true\n  dyslexia-friendly: true'), 'a.yaml').handouts).toMatchObject({ largePrint: true, dyslexiaFriendly: true });
    expect(HANDOUT_VALUES).toEqual(expect.arrayContaining(['large-print', 'dyslexia-friendly']));
  });

  it('refuses anything but true or false, naming the option', () => {
    const check = checkLecture(lecture('handouts:\n  large-print: big'), 'a.yaml');
    expect(check.lecture).toBeUndefined();
    expect(check.problems[0]).toMatchObject({ severity: 'error', line: 3 });
  });

  it("come from a course.yaml's handouts, and the lecture's own value wins", () => {
    const defaults = { handouts: { 'large-print': true, 'dyslexia-friendly': true } };
    expect(checkLecture(lecture(), 'a.yaml', { defaults }).lecture!.handouts).toMatchObject({ largePrint: true, dyslexiaFriendly: true });
    expect(checkLecture(lecture('handouts:\n  large-print: false'), 'a.yaml', { defaults }).lecture!.handouts).toMatchObject({ largePrint: false, dyslexiaFriendly: true });
  });

  it('know whether the slides to a page were chosen (in the lecture, its course or --per-page) or the default', () => {
    expect(parseLecture(lecture('handouts:\n  slides-per-page: 3'), 'a.yaml').handouts.slidesPerPageChosen).toBe(true);
    expect(checkLecture(lecture(), 'a.yaml', { defaults: { handouts: { 'slides-per-page': 6 } } }).lecture!.handouts).toMatchObject({ slidesPerPage: 6, slidesPerPageChosen: true });
    expect(buildOptions({ out: 'o', perPage: '4' }).handoutOverrides).toEqual({ slidesPerPage: 4, slidesPerPageChosen: true });
  });

  it('are --large-print and --dyslexia-friendly on the command line', () => {
    expect(buildOptions({ out: 'o' }).handoutOverrides).toBeUndefined();
    expect(buildOptions({ out: 'o', largePrint: true, dyslexiaFriendly: true, wordBank: true }).handoutOverrides).toEqual({ largePrint: true, dyslexiaFriendly: true, wordBank: true });
  });
});
