/**
 * End to end: dyslexia-friendly handouts (--dyslexia-friendly), with large print, for the MTCR
 * lecture and for a lecture in Hindi, printed in real Chromium and read back: the fonts each PDF
 * embeds (pdffonts), line spacing and line ends (pdf.js, pdftotext -bbox), capitals.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LARGE_PRINT_MARGIN, MARGIN } from '../../src/make/handouts/page-view.js';
import { notdefGlyphs, readPdf } from '../helpers/pdf.js';
import { readWordPages, wordsOffPage } from '../helpers/pdf-words.js';
import { runLectern } from '../helpers/run-main.js';

const HANDOUTS = ['notes-handout', 'speaker-notes', 'revision-sheet', 'worksheet', 'worksheet-answers', 'quiz', 'quiz-answers', 'flashcards'];
const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-dyslexia-'));
const file = (lecture: string, name: string) => path.join(out, lecture, `${name}.pdf`);
/** The fonts pdffonts lists, without the subset prefix ("AAAAAA+"). */
const fonts = (pdf: string) =>
  execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
const mm = (n: number) => (n * 72) / 25.4;

beforeAll(async () => {
  for (const lecture of ['content/mtcr.yaml', path.join(__dirname, '../fixtures/hindi/jal-chakra.yaml')]) {
    const run = await runLectern(['build', lecture, '--out', out, '--dyslexia-friendly', '--large-print']);
    expect(run.code, run.err).toBe(0);
  }
  // And at the handouts' usual sizes, without large print.
  const run = await runLectern(['build', 'content/mtcr.yaml', '--out', path.join(out, 'usual-size'), '--dyslexia-friendly']);
  expect(run.code, run.err).toBe(0);
}, 600_000);

describe('dyslexia-friendly handouts', () => {
  it('are set in Atkinson Hyperlegible, with no italic face, and the deck keeps its own', () => {
    for (const name of HANDOUTS) {
      const used = fonts(file('mtcr', name));
      expect(used.filter((f) => f.startsWith('AtkinsonHyperlegible')), name).not.toEqual([]);
      expect(used.filter((f) => /italic|oblique/i.test(f)), name).toEqual([]);
    }
    // Emphasis the teacher wrote in italics ("Stress *informal* and *voluntary*") is bold.
    expect(fonts(file('mtcr', 'speaker-notes'))).toContain('AtkinsonHyperlegible-Bold');
    expect(fonts(file('mtcr', 'deck')).filter((f) => f.startsWith('Atkinson'))).toEqual([]);
  });

  it('space lines 1.5 apart or more, and end them where the words end (never justified)', async () => {
    const sheet = await readPdf(file('mtcr', 'revision-sheet'));
    const pitches: number[] = [];
    for (const page of sheet.pages) {
      // Body text (18 pt in large print), inside the page's margins, one baseline per line.
      const body = page.items.filter((i) => Math.abs(i.size - 18) < 0.1 && i.str.trim() !== '' && i.y > mm(LARGE_PRINT_MARGIN.bottom) && i.y < page.height - mm(LARGE_PRINT_MARGIN.top));
      const baselines = [...new Set(body.map((i) => Math.round(i.y)))].sort((a, b) => b - a);
      baselines.slice(1).forEach((y, k) => pitches.push(baselines[k]! - y));
    }
    expect(pitches.length).toBeGreaterThan(100);
    expect(Math.min(...pitches) / 18).toBeGreaterThanOrEqual(1.5);

    // A point that wraps: justified, its lines but the last would all end at the same place.
    const lines = readWordPages(file('mtcr', 'revision-sheet')).flatMap((p) => p.lines);
    const wrapped = lines.filter((line, k) => {
      const next = lines[k + 1];
      return next && Math.abs(next.xMin - line.xMin) < 1 && next.yMin > line.yMin && next.yMin - line.yMin < 40;
    });
    expect(wrapped.length).toBeGreaterThan(20);
    const ends = wrapped.map((l) => l.xMax);
    expect(Math.max(...ends) - Math.min(...ends)).toBeGreaterThan(40);
  });

  it.each(['mtcr', 'usual-size/mtcr'])('cut no word off at the page edges: wider letters still leave room for "12." before a question (%s)', (lecture) => {
    const side = mm(MARGIN.side);
    for (const name of HANDOUTS) {
      for (const page of readWordPages(file(lecture, name))) {
        expect(wordsOffPage(page).map((w) => w.text), `${name} p${page.number}`).toEqual([]);
        const inMargin = page.lines.flatMap((l) => l.words).filter((w) => w.xMin < side - 1.5 || w.xMax > page.width - side + 1.5);
        expect(inMargin.map((w) => w.text), `${name} p${page.number}`).toEqual([]);
      }
    }
    const numbers = readWordPages(file(lecture, 'quiz')).flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text)));
    for (let n = 1; n <= 12; n++) expect(numbers, `question ${n}`).toContain(`${n}.`);
  });

  it('at the usual size, print every word a student reads at 12 pt or more, as the BDA advises; only the page corners stay small', async () => {
    const deck = await readPdf(file('usual-size/mtcr', 'deck'));
    // The slide pictures in the two slide handouts are the deck's own words, at the deck's proportions.
    const words = (text: string) => text.trim().replace(/^[–•]\s*/, '');
    const deckWords = new Set(deck.pages.flatMap((p) => p.items.map((i) => words(i.str))).filter(Boolean));
    const small: string[] = [];
    let checked = 0;
    for (const name of HANDOUTS) {
      const pdf = await readPdf(file('usual-size/mtcr', name));
      pdf.pages.forEach((page, p) => {
        // The running header and the footer line sit in the page's top and bottom margins.
        const body = page.items.filter((i) => i.str.trim() !== '' && i.y > mm(MARGIN.bottom) && i.y < page.height - mm(MARGIN.top));
        for (const item of body) {
          if ((name === 'notes-handout' || name === 'speaker-notes') && deckWords.has(words(item.str))) continue;
          checked += 1;
          if (item.size < 11.99) small.push(`${name} p${p + 1}: "${item.str}" at ${item.size.toFixed(1)} pt`);
        }
      });
    }
    expect(small).toEqual([]);
    expect(checked).toBeGreaterThan(800);
  });

  it('write no label in capitals only', () => {
    const text = execFileSync('pdftotext', [file('mtcr', 'worksheet-answers'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Answers — for the teacher');
    expect(text).not.toContain('ANSWER');
    expect(execFileSync('pdftotext', [file('mtcr', 'quiz-answers'), '-'], { encoding: 'utf8' })).toContain('Answer key — for the teacher');
  });

  it('keep the Noto face of another script (Hindi), in large print, with no letter an empty box and no word off the page', async () => {
    const pdfs = readdirSync(path.join(out, 'jal-chakra')).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(9);
    for (const pdf of pdfs) {
      const at = path.join(out, 'jal-chakra', pdf);
      expect(await notdefGlyphs(at), pdf).toEqual([]);
      // Noto Sans SC draws the answer keys' ✓ (the label correctMark).
      expect(fonts(at).filter((f) => !/^(SourceSans3|NotoSans(Devanagari|SC)|AtkinsonHyperlegible)/.test(f)), pdf).toEqual([]);
      expect(fonts(at).some((f) => f.startsWith('NotoSansDevanagari')), pdf).toBe(true);
      for (const page of readWordPages(at)) expect(wordsOffPage(page).map((w) => w.text), `${pdf} p${page.number}`).toEqual([]);
    }
    // The Hindi handouts' own text is large print too.
    const quiz = await readPdf(file('jal-chakra', 'quiz'));
    const sizes = quiz.pages.flatMap((p) => p.items.filter((i) => i.str.trim() !== '').map((i) => i.size));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(17.99);
  });
});
