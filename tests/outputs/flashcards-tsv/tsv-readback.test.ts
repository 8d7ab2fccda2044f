/**
 * flashcards.tsv read back as Anki's and Quizlet's importers split it: one card per line,
 * term and definition on either side of the one tab, plain text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { plainInline } from '../../../src/make/lecture-markdown.js';
import { exportBuild } from '../../helpers/built-exports.js';

const cardsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));

describe('flashcards.tsv', () => {
  const mtcr = exportBuild(path.resolve('content/mtcr.yaml'), 'flashcards-tsv');
  const fixture = exportBuild(path.resolve('tests/fixtures/exports/anki.yaml'), 'flashcards-tsv');
  beforeAll(async () => {
    await mtcr.build();
    await fixture.build();
  }, 240_000);

  it('has a line per glossary term, with two columns: the term and its definition', () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const cards = cardsOf(path.join(mtcr.dir, 'flashcards.tsv'));
    expect(cards).toHaveLength(lecture.glossary.length);
    for (const cells of cards) expect(cells).toHaveLength(2);
    expect(cards).toEqual(lecture.glossary.map((g) => [plainInline(g.term), plainInline(g.definition)]));
  });

  it('writes plain text: no Markdown, maths as its TeX, tabs and line breaks in text as spaces', () => {
    const cards = cardsOf(path.join(fixture.dir, 'flashcards.tsv'));
    expect(cards).toHaveLength(5);
    for (const cells of cards) expect(cells).toHaveLength(2);
    expect(cards[0]).toEqual(['Kinetic energy', 'The energy of motion, E_k = \\frac{1}{2}mv^2 — doubles when the mass doubles.']);
    expect(cards[1]).toEqual(['Momentum', 'Mass times velocity: p = mv (a vector; see the notes).']);
    // A line starting with "#" is a comment to Anki; a leading straight quote opens a quoted field.
    expect(cards[2]).toEqual([' #Power & <watts>', 'Work per unit time, P = W/t: the rate "at which" {energy} is used ~ = #1 : done.']);
    expect(cards[3]).toEqual(['\u201cQuoted" term', 'A definition written on two lines with a tab.']);
  });

  it('is skipped, with its reason, for a lecture without a glossary', async () => {
    const build = exportBuild(path.resolve('tests/fixtures/maths/fifty-formulas.yaml'), 'flashcards-tsv,flashcards-anki');
    const { stdout, stderr } = await build.build();
    expect(stdout + stderr).toMatch(/flashcards\.tsv skipped: the lecture has no glossary/);
    expect(stdout + stderr).toMatch(/flashcards\.apkg skipped: the lecture has no glossary/);
    expect(existsSync(path.join(build.dir, 'flashcards.tsv'))).toBe(false);
    expect(existsSync(path.join(build.dir, 'flashcards.apkg'))).toBe(false);
  }, 120_000);
});
