/**
 * YAML slips a teacher makes, as `lectern validate` tells them: one message per slip (not
 * the parser's echoes of it), the teacher's own line given back in the form to type, and
 * no text of theirs left out without a word (YAML reads "&", "!" and " #" as its own).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLectern } from '../helpers/run-main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-yaml-slips-'));
const head = 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n';

interface Shown {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  hint?: string;
}

async function validate(name: string, text: string): Promise<{ code: number; problems: Shown[] }> {
  const file = path.join(work, name);
  writeFileSync(file, text);
  const run = await runLectern(['validate', '--json', file]);
  const report = JSON.parse(run.out) as { lectures: { problems: Shown[] }[] };
  return { code: run.code, problems: report.lectures[0]!.problems };
}

describe('one slip, one message', () => {
  it('a line indented with a tab is told once, as a tab', async () => {
    const { code, problems } = await validate('tab.yaml', 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n\tnotes: n\n        bullets: [x]\n');
    expect(code).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 6, column: 1, message: expect.stringContaining('a tab is used to indent this line') });
  });

  it('a point indented a space less than the one above is told once', async () => {
    const { problems } = await validate('indent.yaml', `${head}        bullets:\n          - one\n         - two\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 9, message: expect.stringContaining('not indented like the lines around it') });
  });
});

describe('text with ": " in it', () => {
  it.each([
    ['title: Photosynthesis: the basics\nsections: []\n', 1, 'title: "Photosynthesis: the basics"'],
    [`${head.replace('title: A', 'title: Step 1: mix')}        bullets: [x]\n`, 5, '- title: "Step 1: mix"'],
    [head.replace('notes: n', 'notes: Remember: go slow'), 6, 'notes: "Remember: go slow"'],
  ])('is given back as the line to type, in quotes (%#)', async (text, line, typed) => {
    const { problems } = await validate('colon.yaml', text);
    expect(problems[0]).toMatchObject({ line, message: expect.stringContaining('must be in quotes'), hint: `write the line as: ${typed}` });
  });
});

describe('text YAML would leave out without a word', () => {
  it('"&word" at the start of a point (an anchor nothing uses) is a mistake at its line', async () => {
    const { code, problems } = await validate('anchor.yaml', `${head}        bullets:\n          - &more here\n`);
    expect(code).toBe(1);
    expect(problems).toEqual([
      expect.objectContaining({ line: 8, column: 13, severity: 'error', message: expect.stringContaining('"&more"'), hint: 'write the line as: - "&more here"' }),
    ]);
  });

  it('"!word" at the start of a point (a YAML tag) is a mistake at its line', async () => {
    const { code, problems } = await validate('tag.yaml', `${head}        bullets:\n          - !important thing\n`);
    expect(code).toBe(1);
    expect(problems).toEqual([
      expect.objectContaining({ line: 8, column: 13, severity: 'error', message: expect.stringContaining('"!important"'), hint: 'write the line as: - "!important thing"' }),
    ]);
  });

  it('" #204" after a point (read as a comment) is warned of, with the line to type', async () => {
    const { code, problems } = await validate('comment.yaml', `${head}        bullets:\n          - Call ext. #204 for help\n          - Fine  # a note to myself\n`);
    expect(code).toBe(0);
    expect(problems).toEqual([
      expect.objectContaining({ line: 8, column: 23, severity: 'warning', message: expect.stringContaining('"#204 for help"'), hint: 'write the line as: - "Call ext. #204 for help"' }),
    ]);
  });

  it('an anchor that an alias uses, and a comment on a line of its own, are fine', async () => {
    const { code, problems } = await validate('fine.yaml', `${head}        bullets:\n          # the points\n          - &p A point\n          - *p\n`);
    expect(code).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('a point ending in ":" with its sub-points not indented under it', () => {
  it('is told as such, with both ways to mend it (it was "should be a line of text, … but found a set of key: value lines")', async () => {
    const { problems } = await validate('sub-points.yaml', `${head}        bullets:\n          - The three parts are:\n          - the nucleus\n`);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 8,
        column: 13,
        message: 'this point ends with ":" but has no sub-points below it; indent its sub-points under its first letter, or, if the ":" is part of the text, put the point in quotes',
        hint: 'put the whole point in quotes: - "The three parts are:"',
      }),
    ]);
  });
});

describe('text that goes on after its closing quote', () => {
  it.each([
    [`${head.replace("title: A", "title: 'It's here'")}        bullets: [x]\n`, 5, 16, `write the line as: - title: "It's here" (or type an apostrophe inside '…' twice: 'It''s here')`],
    [`${head}        bullets:\n          - "Hello" he said\n`, 8, 13, `write the line as: - '"Hello" he said'`],
    // Quoted at both ends, but its first quote inside closes a phrase: the text keeps every quote typed.
    [`${head}        bullets:\n          - "Hello" he said, "goodbye"\n`, 8, 13, `write the line as: - '"Hello" he said, "goodbye"'`],
    // A quote inside that opens a phrase: the outer quotes were YAML's.
    [`${head}        bullets:\n          - "The "best" way"\n`, 8, 13, `write the line as: - 'The "best" way'`],
  ])('is given back in the other quotes (%#)', async (text, line, column, hint) => {
    const { problems } = await validate('after-quote.yaml', text);
    expect(problems).toEqual([expect.objectContaining({ line, column, message: expect.stringContaining('the text in quotes ends at the next'), hint })]);
  });
});
