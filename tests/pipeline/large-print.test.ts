/**
 * End to end: the MTCR handouts in large print (--large-print), printed in real Chromium and
 * read back: the size of every piece of text the handouts print themselves, where it stands,
 * and that nothing the lecture says went missing or off the page.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../src/load/load-lecture.js';
import { LARGE_PRINT_MARGIN } from '../../src/make/handouts/page-view.js';
import { plainText } from '../../src/load/key-terms.js';
import type { Bullet } from '../../src/load/lecture.js';
import { buildLecture } from '../../src/pipeline/build-lecture.js';
import { createBuildContext } from '../../src/pipeline/context.js';
import { readPdf, type Pdf } from '../helpers/pdf.js';
import { readWordPages, wordsOffPage, type WordPage } from '../helpers/pdf-words.js';

const HANDOUTS = ['notes-handout', 'speaker-notes', 'revision-sheet', 'worksheet', 'worksheet-answers', 'quiz', 'quiz-answers', 'flashcards'] as const;
/** RNIB and APH: large print is 18 point or more. Chromium writes sizes to a thousandth of a point. */
const LARGE = 17.99;

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-large-print-'));
const context = createBuildContext({ outDir: out, handoutOverrides: { largePrint: true } });
const lecture = loadLecture('content/mtcr.yaml');
const file = (name: string) => path.join(out, 'mtcr', `${name}.pdf`);
const mm = (n: number) => (n * 72) / 25.4;
const squash = (s: string) => s.replace(/[\s\u00AD]+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
const pdfs: Record<string, Pdf> = {};
const words: Record<string, WordPage[]> = {};

beforeAll(async () => {
  const result = await buildLecture({ file: 'content/mtcr.yaml', outPath: 'mtcr', root: 'content' }, context);
  expect(result.skipped).toEqual([]);
  for (const name of ['deck', ...HANDOUTS]) {
    pdfs[name] = await readPdf(file(name));
    words[name] = readWordPages(file(name));
  }
}, 300_000);
afterAll(() => context.browser.close());

const slides = () => lecture.sections.flatMap((s) => s.slides);
const leaves = (bullets: Bullet[]): string[] => bullets.flatMap((b) => [b.text, ...leaves(b.children)]);

describe('the MTCR handouts in large print', () => {
  it('print every word of their own at 18 pt or more: text, headings, notes, answers, cards, page corners', () => {
    // The slides in the two slide handouts are pictures of the deck, at the deck's proportions:
    // their words are the deck's, and only they may be smaller.
    // A sub-point's dash (the list's marker) may come out joined to its words in one and not the other.
    const words = (text: string) => text.trim().replace(/^[–•]\s*/, '');
    const deckWords = new Set(pdfs.deck!.pages.flatMap((p) => p.items.map((i) => words(i.str))).filter(Boolean));
    const small: string[] = [];
    let pictured = 0;
    let checked = 0;
    for (const name of HANDOUTS) {
      pdfs[name]!.pages.forEach((page, p) => {
        for (const item of page.items.filter((i) => i.str.trim() !== '')) {
          if ((name === 'notes-handout' || name === 'speaker-notes') && deckWords.has(words(item.str)) && item.size < LARGE) {
            pictured += 1;
            continue;
          }
          checked += 1;
          if (item.size < LARGE) small.push(`${name} p${p + 1}: "${item.str}" at ${item.size.toFixed(1)} pt`);
        }
      });
    }
    expect(small).toEqual([]);
    expect(pictured).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(1000);
    // The page corners, the slide labels and the notes are the handouts' own, and large.
    const notes = pdfs['speaker-notes']!.pages[0]!.items;
    for (const text of ['Slide 4 of 25', 'Speaker notes', '1 / ', '©']) {
      const item = notes.find((i) => i.str.includes(text));
      expect(item, text).toBeDefined();
      expect(item!.size, text).toBeGreaterThanOrEqual(LARGE);
    }
    const note = notes.find((i) => i.str.includes('informal and voluntary partnership'))!;
    expect(note.size).toBeGreaterThanOrEqual(LARGE);
  });

  it('set the revision sheet in one column, each point across the page', () => {
    const table = slides().flatMap((s) => (s.table ? [...s.table.header, ...s.table.rows.flat()] : [])).map(squash);
    for (const page of words['revision-sheet']!) {
      const half = page.width / 2;
      // Two columns would start half their lines in the right half of the page; one starts none
      // there, but for the cells of a table.
      const right = page.lines.filter((l) => l.xMin > half - 20 && !table.some((cell) => cell.includes(squash(l.text)) || squash(l.text).includes(cell)));
      expect(right.map((l) => l.text), `page ${page.number}`).toEqual([]);
    }
    const wide = words['revision-sheet']!.flatMap((p) => p.lines.filter((l) => l.xMax - l.xMin > p.width * 0.6));
    expect(wide.length).toBeGreaterThan(20);
  });

  it('put four flashcards on a sheet, two by two, each back behind its front', () => {
    const terms = lecture.glossary.map((g) => g.term);
    const cards = pdfs.flashcards!;
    expect(cards.pages).toHaveLength(2 * Math.ceil(terms.length / 4));
    terms.forEach((term, i) => {
      const front = cards.pages[2 * Math.floor(i / 4)]!;
      expect(squash(front.text), term).toContain(squash(term));
    });
    // Two columns and two rows of terms on a full sheet of fronts.
    const first = cards.pages[0]!.items.filter((item) => terms.slice(0, 4).includes(item.str));
    expect(first).toHaveLength(4);
    expect(new Set(first.map((i) => Math.round(i.y))).size).toBe(2);
    expect(first.every((i) => i.size >= 24)).toBe(true);
  });

  it('show at most two slides to a page of the notes handout, the default of three taken down without a word', async () => {
    const deckPages = pdfs.deck!.pages.length;
    const handout = pdfs['notes-handout']!;
    expect(handout.pages).toHaveLength(Math.ceil(deckPages / 2));
    const titles = slides().filter((s) => s.layout !== 'image').map((s) => s.title);
    for (const title of titles) {
      const where = handout.pages.filter((p) => squash(p.text).includes(squash(plainText(title))));
      expect(where.length, title).toBeGreaterThan(0);
    }
  });

  it('leave nothing out and nothing off the page: every point, fact, term, question and note is printed', () => {
    // The text inside the page's margins, page after page: a sentence may go on over a page.
    const inside = (page: Pdf['pages'][number]) => page.items.filter((i) => i.y > mm(LARGE_PRINT_MARGIN.bottom) && i.y < page.height - mm(LARGE_PRINT_MARGIN.top));
    const text = (name: string) => squash(pdfs[name]!.pages.flatMap((p) => inside(p).map((i) => i.str)).join(''));
    const sheet = text('revision-sheet');
    for (const slide of slides()) {
      for (const t of [...leaves(slide.bullets ?? []), ...(slide.columns ?? []).flatMap((c) => [c.heading, ...leaves(c.bullets)])]) {
        expect(sheet, t).toContain(squash(plainText(t)).replace(/:$/, ''));
      }
      for (const f of slide.facts ?? []) expect(sheet, f.label).toContain(squash(plainText(f.label)));
      for (const e of slide.events ?? []) expect(sheet, e.what).toContain(squash(plainText(e.what)));
      if (slide.notes) expect(text('speaker-notes'), slide.title).toContain(squash(plainText(slide.notes)));
    }
    for (const g of lecture.glossary) {
      expect(sheet, g.term).toContain(squash(plainText(g.definition)));
      expect(text('flashcards'), g.term).toContain(squash(plainText(g.definition)));
    }
    for (const t of lecture.takeaways) expect(sheet, t).toContain(squash(plainText(t)));
    for (const q of lecture.questions) {
      expect(text('quiz'), q.question).toContain(squash(plainText(q.question)));
      for (const c of q.choices ?? []) expect(text('quiz'), c).toContain(squash(plainText(c)));
      expect(text('quiz-answers'), q.answer).toContain(squash(plainText(q.kind === 'true-false' ? (q.answer === 'true' ? 'True' : 'False') : q.answer)));
      if (q.explain) expect(text('quiz-answers'), q.explain).toContain(squash(plainText(q.explain)));
    }
    // The page cuts off what stands in its side margins: a word there has lost letters ("0." for "10.").
    const side = mm(LARGE_PRINT_MARGIN.side);
    for (const name of HANDOUTS) {
      for (const page of words[name]!) {
        expect(wordsOffPage(page).map((w) => w.text), `${name} p${page.number}`).toEqual([]);
        const inMargin = page.lines.flatMap((l) => l.words).filter((w) => w.xMin < side - 1.5 || w.xMax > page.width - side + 1.5);
        expect(inMargin.map((w) => w.text), `${name} p${page.number}`).toEqual([]);
      }
    }
    const numbers = words.quiz!.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text)));
    lecture.questions.forEach((_, i) => expect(numbers, `question ${i + 1}`).toContain(`${i + 1}.`));
  });
});
