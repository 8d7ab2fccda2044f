/**
 * Maths and chemistry, end to end (issue 13, item 1): a physics lecture with formulas in
 * every kind of field and a chemistry slide is built; its maths is typeset in deck.html
 * (KaTeX) and printed with KaTeX's embedded fonts in every PDF, never as TeX or dollars;
 * prices stay prices; the worksheet's blanks and the quiz work with maths; a TeX error stops
 * `validate` and `build` at its line and column, with nothing written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedFontNames } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const FIXTURE = path.resolve('tests/fixtures/maths/physics.yaml');
const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-maths-'));
const dir = path.join(out, 'physics');
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', path.join(dir, pdf), '-'], { encoding: 'utf8' });
let pdfs: string[] = [];

beforeAll(async () => {
  const { code, err } = await runLectern(['build', FIXTURE, '--out', out]);
  expect(err).not.toMatch(/error/i);
  expect(code).toBe(0);
  pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
}, 300_000);

describe('the deck', () => {
  it('keeps "$…$" in deck.md, with the math directive, for Marp', () => {
    const md = readFileSync(path.join(dir, 'deck.md'), 'utf8');
    expect(md).toMatch(/^math: katex$/m);
    expect(md).toContain('$E_k = \\frac{1}{2}mv^2$');
    expect(md).toContain('$\\ce{6CO2 + 6H2O -> C6H12O6 + 6O2}$');
  });

  it('typesets every formula in deck.html, offline, with no KaTeX error', () => {
    const html = readFileSync(path.join(dir, 'deck.html'), 'utf8');
    expect((html.match(/class="katex"/g) ?? []).length).toBeGreaterThan(30);
    expect(html).not.toContain('katex-error');
    expect(html).not.toMatch(/cdn\.jsdelivr|url\(['"]?fonts\//);
    expect(html).toMatch(/font-family:KaTeX_Main[^}]*src:url\(data:font\/woff2/);
    // Chemistry: mhchem's arrow and subscripts; the \ce source only in MathML's hidden annotation.
    expect(html.replace(/<annotation[^>]*>[^<]*<\/annotation>/g, '')).not.toContain('\\ce{');
    expect(html).toContain('→');
    expect(html).toContain('A lab kit costs $5, two cost $10, and $ is a dollar too.');
  });
});

describe('every PDF', () => {
  it('shows maths typeset, never as TeX source or between dollars', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(9);
    for (const pdf of pdfs) {
      const t = text(pdf);
      expect(t, pdf).not.toMatch(/\\frac|\\ce|\\sqrt|\$\$/);
      // A dollar before anything but a digit or a space is maths left untypeset.
      expect(t, pdf).not.toMatch(/\$[^\d\s]/);
    }
  });

  it('embeds KaTeX fonts where the maths is printed', async () => {
    for (const pdf of ['deck.pdf', 'revision-sheet.pdf', 'quiz-answers.pdf', 'notes-handout.pdf']) {
      expect((await embeddedFontNames(path.join(dir, pdf))).some((f) => f.startsWith('KaTeX_Main')), pdf).toBe(true);
      expect((await embeddedFontNames(path.join(dir, pdf))).some((f) => f.startsWith('KaTeX_Math')), pdf).toBe(true);
    }
  });

  it('keeps prices as prices', () => {
    expect(text('deck.pdf')).toContain('A lab kit costs $5, two cost $10, and $ is a dollar too.');
    expect(text('revision-sheet.pdf')).toContain('A price such as $5 stays a price');
  });
});

describe('the worksheet and the quiz', () => {
  it('blanks out a key term that is a formula, and shows it typeset in the answers', () => {
    const line = (t: string) => t.split('\n').find((l) => l.includes('Mass and energy are one'))!;
    expect(line(text('worksheet.pdf'))).not.toMatch(/mc/);
    expect(line(text('worksheet-answers.pdf'))).toMatch(/E\s*=\s*mc\s*2/);
  });

  it('marks the answer that is a formula as the right choice', () => {
    // Choice A, ½mv², is the answer; the key says so.
    expect(text('quiz-answers.pdf')).toMatch(/ANSWER: A —/);
  });
});

describe('a TeX error', () => {
  const bad = path.join(mkdtempSync(path.join(os.tmpdir(), 'lectern-maths-bad-')), 'bad.yaml');
  const source = readFileSync(FIXTURE, 'utf8').replace('has [[kinetic energy]] $E_k = \\frac{1}{2}mv^2$', 'has [[kinetic energy]] $\\frac{1}{$');
  const line = source.split('\n').findIndex((l) => l.includes('$\\frac{1}{$')) + 1;
  const column = source.split('\n')[line - 1]!.indexOf('{$') + 2;
  writeFileSync(bad, source);

  it('stops validate at its line and column, with KaTeX’s message', async () => {
    const { code, out: said, err } = await runLectern(['validate', bad]);
    expect(code).toBe(1);
    expect(said + err).toContain(`bad.yaml:${line}:${column}`);
    expect(said + err).toMatch(/the maths "\$\\frac\{1\}\{\$" is not TeX that can be typeset: .*expected '\}'/);
  });

  it('stops build with nothing written', async () => {
    const badOut = mkdtempSync(path.join(os.tmpdir(), 'lectern-maths-badout-'));
    const { code, err } = await runLectern(['build', bad, '--out', badOut]);
    expect(code).toBe(1);
    expect(err).toContain(`bad.yaml:${line}:${column}`);
    expect(existsSync(path.join(badOut, 'bad'))).toBe(false);
  });
});
