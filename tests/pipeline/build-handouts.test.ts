/**
 * End to end: the MTCR lecture's handouts, printed in real Chromium and read back as PDFs:
 * page counts and sizes, which text is where, and what students never see.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildContext } from '../../src/pipeline/context.js';
import { buildLecture, type LectureResult } from '../../src/pipeline/build-lecture.js';
import { loadLecture } from '../../src/load/load-lecture.js';
import { plainText } from '../../src/load/key-terms.js';
import { worksheetSecrets } from '../../src/outputs/worksheet/view.js';
import { embeddedFontNames, readPdf, type Pdf } from '../helpers/pdf.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-handouts-'));
const context = createBuildContext({ outDir: out });
const lecture = loadLecture('content/mtcr.yaml');
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const pdfs: Record<string, Pdf> = {};
let result: LectureResult;
let slideTitles: string[];

beforeAll(async () => {
  result = await buildLecture({ file: 'content/mtcr.yaml', outPath: 'mtcr', root: 'content' }, context);
  for (const name of ['deck', 'notes-handout', 'speaker-notes', 'revision-sheet', 'worksheet', 'worksheet-answers', 'quiz', 'quiz-answers', 'flashcards'])
    pdfs[name] = await readPdf(path.join(out, 'mtcr', `${name}.pdf`));
  // The heading of each slide, from the Marp source, in order.
  slideTitles = readFileSync(path.join(out, 'mtcr', 'deck.md'), 'utf8')
    .split(/\n---\n/)
    .slice(1)
    .map((s) => s.match(/^#{1,2} (.+)$/m)![1]!.replace(/\*\*/g, ''));
});
afterAll(() => context.browser.close());

describe('the MTCR handouts', () => {
  it('are all made, on A4 portrait, from one browser launch', () => {
    expect(context.browser.launches).toBe(1);
    expect(result.skipped).toEqual([]);
    for (const [name, pdf] of Object.entries(pdfs)) {
      if (name === 'deck') continue;
      for (const page of pdf.pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    }
  });

  it('notes handout: three slides a page, every slide on its page, with the lecture title and page numbers', () => {
    const slides = pdfs.deck!.pages.length;
    const handout = pdfs['notes-handout']!;
    expect(handout.pages).toHaveLength(Math.ceil(slides / 3));
    slideTitles.forEach((title, i) => expect(squash(handout.pages[Math.floor(i / 3)]!.text)).toContain(squash(title)));
    handout.pages.forEach((page, i) => {
      expect(page.text).toContain(lecture.title);
      expect(page.text).toMatch(new RegExp(`${i + 1} / ${handout.pages.length}`));
    });
  });

  it('speaker notes: every slide that has notes, once, its notes beside it, several to a page', () => {
    const notes = pdfs['speaker-notes']!;
    const withNotes = lecture.sections.flatMap((s) => s.slides).filter((s) => s.notes);
    // Far fewer pages than slides: no page for a slide without notes, short notes share a page.
    expect(notes.pages.length).toBeLessThan(pdfs.deck!.pages.length / 4);
    expect(notes.text).not.toContain('No speaker notes for this slide.');
    expect(notes.text).not.toContain('Slide 1 of'); // the title slide has no notes
    for (const slide of withNotes) expect(squash(notes.text)).toContain(squash(plainText(slide.notes!).split(/\s+/).slice(0, 6).join(' ')));
    // A slide split into "(cont.)" slides has its notes printed once, for both.
    expect(notes.text).toMatch(/Slides \d+–\d+ of \d+/);
    const page = notes.pages.find((p) => p.text.includes('The MTCR at a glance'))!;
    // The notes sit beside the slide picture, to its right, from its top down.
    const title = page.items.find((i) => i.str.includes('The MTCR at a glance'))!;
    const note = page.items.find((i) => i.str.includes('informal and voluntary partnership'))!;
    expect(note.x).toBeGreaterThan(title.x + 150);
    expect(Math.abs(note.y - title.y)).toBeLessThan(60);
  });

  it('revision sheet: every key fact and glossary term on at most two pages', () => {
    const sheet = pdfs['revision-sheet']!;
    expect(sheet.pages.length).toBeLessThanOrEqual(2);
    const text = squash(sheet.text);
    const facts = lecture.sections.flatMap((s) => s.slides).flatMap((s) => s.facts ?? []);
    for (const f of facts) expect(text).toContain(squash(`${f.value} — ${f.label}`));
    for (const g of lecture.glossary) expect(text).toContain(squash(`${g.term} — ${g.definition}`));
    for (const t of lecture.takeaways) expect(text).toContain(squash(t));
  });

  it('student versions never hold an answer; the keys hold all of them', () => {
    const { terms, shortAnswers, shown } = worksheetSecrets(lecture);
    expect(terms.length).toBeGreaterThan(5);
    expect(shortAnswers.length).toBeGreaterThan(3);
    const worksheet = squash(pdfs.worksheet!.text);
    const quiz = squash(pdfs.quiz!.text);
    // A term the page prints anyway (in its title, say) is blanked in the sentences, and the build says so.
    const hidden = terms.filter((t) => !shown.some((s) => s.term === t));
    for (const s of shown) expect(result.notices).toContain(`worksheet.pdf: "${s.term}" is printed in ${s.where} too, where students can read it`);
    for (const secret of [...hidden, ...shortAnswers]) {
      expect(worksheet, secret).not.toContain(squash(secret));
      expect(squash(pdfs['worksheet-answers']!.text), secret).toContain(squash(secret));
    }
    for (const answer of shortAnswers) {
      expect(quiz, answer).not.toContain(squash(answer));
      expect(squash(pdfs['quiz-answers']!.text), answer).toContain(squash(answer));
    }
    for (const q of lecture.questions) if (q.explain) expect(squash(pdfs['quiz-answers']!.text)).toContain(squash(q.explain));
    expect(pdfs.quiz!.text).not.toMatch(/Answer:/i);
  });

  it('flashcards: each definition prints behind its own term when flipped on the long edge', () => {
    const cards = pdfs.flashcards!;
    expect(cards.pages).toHaveLength(2 * Math.ceil(lecture.glossary.length / 8));
    lecture.glossary.forEach((g, i) => {
      const sheet = Math.floor(i / 8);
      const front = cards.pages[2 * sheet]!;
      const back = cards.pages[2 * sheet + 1]!;
      const term = front.items.find((it) => it.str.trim().length > 1 && g.term.startsWith(it.str.trim()))!;
      const definition = back.items.find((it) => g.definition.startsWith(it.str.trim()) && it.str.trim().length > 8)!;
      expect(term, g.term).toBeDefined();
      expect(definition, g.definition).toBeDefined();
      // Card text is centred: the definition's centre is the term's centre reflected across the page.
      const termCentre = term.x + term.width / 2;
      const definitionCentre = definition.x + definition.width / 2;
      expect(Math.abs(definitionCentre - (front.width - termCentre))).toBeLessThan(front.width / 10);
      // Same row of cards (each row is a quarter of the page).
      expect(Math.abs(definition.y - term.y)).toBeLessThan(front.height / 8);
      expect(termCentre < front.width / 2).toBe(definitionCentre > front.width / 2);
    });
  });
});

describe('handout options', () => {
  it('prints on US Letter, builds only what is asked, and reshuffles the quiz by seed, its key matching', async () => {
    const letterOut = mkdtempSync(path.join(os.tmpdir(), 'lectern-letter-'));
    const run = async (seed: number) => {
      const ctx = createBuildContext({ outDir: letterOut, only: ['quiz', 'quiz-answers'], handoutOverrides: { paper: 'letter', shuffle: true, seed } });
      try {
        await buildLecture({ file: 'content/mtcr.yaml', outPath: 'mtcr', root: 'content' }, ctx);
      } finally {
        await ctx.browser.close();
      }
      return { quiz: await readPdf(path.join(letterOut, 'mtcr', 'quiz.pdf')), key: await readPdf(path.join(letterOut, 'mtcr', 'quiz-answers.pdf')) };
    };
    const first = await run(3);
    expect(existsSync(path.join(letterOut, 'mtcr', 'deck.pdf'))).toBe(false);
    expect(existsSync(path.join(letterOut, 'mtcr', 'worksheet.pdf'))).toBe(false);
    for (const page of first.quiz.pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([612, 792]);

    const again = await run(3);
    expect(again.quiz.text).toBe(first.quiz.text);
    const other = await run(4);
    expect(other.quiz.text).not.toBe(first.quiz.text);
    expect(first.quiz.text).toContain('Version 3');
    expect(first.key.text).toContain('Version 3');

    // Questions come in the same order in the quiz and its key.
    const order = (pdf: Pdf) => lecture.questions.map((q) => squash(pdf.text).indexOf(squash(q.question))).map((i, n) => [i, n]).sort((a, b) => a[0]! - b[0]!).map(([, n]) => n);
    expect(order(first.key)).toEqual(order(first.quiz));
  });

  it('prints accented Latin and Devanagari with embedded fonts, and skips empty handouts with a notice', async () => {
    const scriptsOut = mkdtempSync(path.join(os.tmpdir(), 'lectern-scripts-'));
    const ctx = createBuildContext({ outDir: scriptsOut });
    let built: LectureResult;
    try {
      built = await buildLecture({ file: 'tests/fixtures/scripts.yaml', outPath: 'scripts', root: 'tests/fixtures' }, ctx);
    } finally {
      await ctx.browser.close();
    }
    expect(built.skipped).toEqual([
      'worksheet.pdf skipped: the lecture has no [[key terms]] and no short-answer questions',
      'worksheet-answers.pdf skipped: the lecture has no [[key terms]] and no short-answer questions',
      'quiz.pdf skipped: the lecture has no questions',
      'quiz-answers.pdf skipped: the lecture has no questions',
      'quiz-gift.txt skipped: the lecture has no questions',
      'quiz-moodle.xml skipped: the lecture has no questions',
      'quiz-qti.zip skipped: the lecture has no questions',
      'quiz-kahoot.xlsx skipped: the lecture has no questions',
    ]);
    expect(existsSync(path.join(scriptsOut, 'scripts', 'quiz.pdf'))).toBe(false);
    const latin = { 'revision-sheet': 'Größe, Zürich, Straße', 'speaker-notes': 'Déjà vu, naïve façade, crème brûlée', flashcards: 'élégant et animé' };
    for (const [name, accented] of Object.entries(latin)) {
      const file = path.join(scriptsOut, 'scripts', `${name}.pdf`);
      const text = (await readPdf(file)).text;
      expect(text).toContain(accented);
      // Indic text comes back from a PDF with its vowel signs split off; compare without spaces.
      expect(squash(text)).toContain('नमस्ते');
      const fonts = await embeddedFontNames(file);
      expect(fonts.some((f) => f.startsWith('SourceSans3'))).toBe(true);
      expect(fonts.some((f) => f.startsWith('NotoSansDevanagari'))).toBe(true);
    }
    const revision = path.join(scriptsOut, 'scripts', 'revision-sheet.pdf');
    expect((await readPdf(revision)).text).toContain('café, naïve, élève, Noël, cœur');
    // Letters beyond Western European (Latin Extended) are in the embedded font too, not in
    // whatever font the printing machine happened to have.
    // (They come from another face of the font, so the PDF's text has spaces between them.)
    expect(squash((await readPdf(revision)).text)).toContain(squash('Łódź, Dvořák'));
    expect((await embeddedFontNames(revision)).filter((f) => !/^(SourceSans3|NotoSansDevanagari)/.test(f))).toEqual([]);
  });
});
