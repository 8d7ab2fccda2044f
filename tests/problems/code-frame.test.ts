/** The lines shown under a problem: a line of 25 KB is cut to the stretch around its column. */
import { describe, expect, it } from 'vitest';
import { checkLecture } from '../../src/load/load-lecture.js';
import { formatProblems } from '../../src/problems/format.js';
import { codeFrame } from '../../src/problems/problem.js';

describe('code frames', () => {
  it('cut a 25 KB line around the column, the caret still under it', () => {
    const long = `title: ${'a'.repeat(25_000)}MARK${'b'.repeat(100)}`;
    const frame = codeFrame(`x: 1\n${long}\ny: 2\n`, 2, 25_008);
    const [, marked, caret] = frame.split('\n');
    expect(marked!.length).toBeLessThan(130);
    expect(marked).toMatch(/> 2 \| …a+MARKb+…$/);
    expect(marked![caret!.indexOf('^')]).toBe('M');
  });

  it('keep short lines whole', () => {
    expect(codeFrame('a: 1\nb: 2\n', 2, 4)).toBe('    1 | a: 1\n  > 2 | b: 2\n      |    ^\n    3 | ');
  });

  it('never put a 25 KB line of the lecture in front of the teacher', () => {
    const title = 'T'.repeat(25_000);
    const check = checkLecture(`title: ${title}\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bulets: [x]\ntitel: ${title}\n`, 'long.yaml');
    const shown = formatProblems(check.problems);
    expect(shown).toContain('unknown key "titel"');
    expect(shown.length).toBeLessThan(2000);
  });
});
