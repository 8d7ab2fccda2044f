/** Messages name the teacher's text; they never echo 25 KB of it. */
import { describe, expect, it } from 'vitest';
import { checkLecture } from '../../src/load/load-lecture.js';

const long = 'x'.repeat(25_000);

describe('a message about a very long text', () => {
  it.each([
    ['a question without an explanation', `questions:\n  - question: ${long}\n    answer: "true"\n`],
    ['an answer that is not a choice', `questions:\n  - question: Q\n    choices: [${long}, b]\n    answer: ${long}y\n    explain: e\n`],
    ['an unknown key (YAML allows 1024 characters in a key)', `${long.slice(0, 1000)}: 1\n`],
    ['a layout that does not exist', ''],
  ])('quotes at most 60 characters of it: %s', (_, extra) => {
    let source = `title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n${extra}`;
    if (extra === '') source = source.replace('notes: n', `notes: n\n        layout: ${long}`);
    const problems = checkLecture(source, 'long.yaml').problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(`${p.message} ${p.hint ?? ''}`.length).toBeLessThan(400);
      expect(p.message).toContain('xxx…"');
    }
  });
});
