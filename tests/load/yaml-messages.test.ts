/**
 * Smaller YAML mistakes, each told at its own place: a quote never closed, an alias to no
 * anchor, aliases that repeat themselves without end, a seed no shuffle can use. Ordinary
 * uses of an anchor are fine, however many.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLectureFile } from '../../src/load/load-lecture.js';
import { formatProblems } from '../../src/problems/format.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-yaml-messages-'));
const head = 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n';
const check = (name: string, text: string) => {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return { file, problems: checkLectureFile(file).problems.filter((p) => p.severity === 'error') };
};

describe('a quote never closed', () => {
  it.each([
    ["'", "          - don't stop\n          - 'it is open\n          - b\n          - c\n"],
    ['"', '          - say "hi" # a "comment\n          - "it is open\n          - b\n          - c\n'],
  ])('(%s) is reported where it opens, not where the file ends', (quote, bullets) => {
    const { file, problems } = check(`quote-${quote === '"' ? 'double' : 'single'}.yaml`, `${head}        bullets:\n${bullets}`);
    expect(problems).toEqual([
      expect.objectContaining({ file, line: 9, column: 13, message: expect.stringContaining(`this quote (${quote}) is never closed; add ${quote} at the end of the text`) }),
    ]);
  });
});

describe('aliases', () => {
  it('to an anchor that is not defined are reported at the alias, as a mistake', () => {
    const { file, problems } = check('no-anchor.yaml', `${head}        bullets:\n          - a\n          - *foo\n`);
    expect(problems).toEqual([expect.objectContaining({ file, line: 9, column: 13, message: 'YAML syntax: *foo refers to an anchor &foo that is not defined above' })]);
    expect(problems[0]!.message).not.toMatch(/attack/);
  });

  it('150 ordinary uses of one anchor are fine', () => {
    const uses = Array.from({ length: 150 }, () => '          - *point').join('\n');
    const { problems } = check('many-uses.yaml', `${head}        bullets:\n          - &point A point made again and again\n${uses}\n`);
    expect(problems).toEqual([]);
  });

  it('that multiply (billion laughs) are refused at the alias where they pass the limit', () => {
    const rows = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefg'.split('').map((x, i) => `${x}: &${x} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)];
    const { file, problems } = check('laughs.yaml', `${rows.join('\n')}\n`);
    // The aliases of rows b to e add 74,718 values; the first *e of row f (66,430 more) passes 100,000.
    expect(problems).toEqual([expect.objectContaining({ file, line: 6, column: 8, message: expect.stringContaining('repeat more than 100,000 values') })]);
  });

  it('inside their own anchor are refused at the alias, without a crash', () => {
    const { file, problems } = check('cycle.yaml', `${head}        bullets: &loop\n          - *loop\n`);
    expect(problems).toEqual([expect.objectContaining({ file, line: 8, column: 13, message: expect.stringContaining('*loop is inside the anchor &loop it refers to') })]);
    expect(formatProblems(problems)).not.toMatch(/\n\s+at /);
  });
});

describe('the seed', () => {
  it.each(['1e300', '-1', '1.5', '"seven"', '4294967296'])('%s: "must be a whole number from 0 to …" at its place', (seed) => {
    const { file, problems } = check('seed.yaml', `${head}        bullets: [x]\nhandouts:\n  seed: ${seed}\n`);
    expect(problems).toEqual([expect.objectContaining({ file, line: 9, column: 9, message: '"seed" must be a whole number from 0 to 4294967295' })]);
  });
});
