/**
 * Lectures in Arabic, Hebrew, Chinese and in Greek, Cyrillic and Vietnamese, built for real and
 * read back: every PDF prints every letter with a font Lectern embeds (no .notdef box, no font
 * the school's computer may lack), says the lecture's sentences, and the Arabic deck and quiz
 * run right to left (positions read back with pdftotext -bbox).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedFontNames, notdefGlyphs } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-scripts-'));
const LECTURES = ['arabic', 'hebrew', 'chinese', 'greek-cyrillic-vietnamese'] as const;
const folder = (name: string) => path.join(out, name);
const pdfsOf = (name: string) => readdirSync(folder(name)).filter((f) => f.endsWith('.pdf'));

beforeAll(async () => {
  for (const name of LECTURES) {
    const run = await runLectern(['build', path.join(__dirname, `../fixtures/scripts/${name}.yaml`), '--out', out]);
    expect(run.code, run.err).toBe(0);
  }
}, 600_000);

/** Text as pdftotext reads it, without the spaces and direction marks it puts inside Arabic words. */
const squeezed = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');
const pdfText = (file: string, args: string[] = []) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });

// What each lecture must say somewhere in its deck (bold, italic, a heading, a fact, a table cell).
const SENTENCES: Record<(typeof LECTURES)[number], string[]> = {
  arabic: ['حرارة الشمس تحول الماء إلى بخار', 'المحيطات', 'أربع مراحل', 'المطر', 'يبقى جزيء الماء في الهواء في المتوسط', 'المياه الجوفية', 'H2O'],
  hebrew: ['חום השמש הופך מים לאדים', 'אוקיינוסים', 'ברד', 'ארבעה שלבים', 'ממי כדור הארץ נמצאים באוקיינוסים', 'מי תהום'],
  chinese: ['太阳的热量把水变成水蒸气', '海洋', '冰雹', '四个阶段', '地球上的水在海洋里', '地下水'],
  'greek-cyrillic-vietnamese': ['ο ήλιος θερμαίνει το νερό', 'солнце нагревает воду', 'mặt trời làm nóng nước', 'пар → облако', '≤ 100 °C', "water = 'H2O'", 'Sự bay hơi'],
};

// Every font a PDF may name: the faces Lectern embeds. Anything else came from the computer.
const OURS = /^(SourceSans3|SourceCodePro|NotoSans(Arabic|Hebrew|SC|Devanagari))/;

describe.each(LECTURES)('a lecture in %s', (name) => {
  it('prints every letter of every PDF in a face Lectern embeds: no empty box, no font of the computer', async () => {
    const pdfs = pdfsOf(name);
    expect(pdfs.length).toBeGreaterThanOrEqual(8);
    for (const pdf of pdfs) {
      const file = path.join(folder(name), pdf);
      expect(await notdefGlyphs(file), pdf).toEqual([]);
      const fonts = await embeddedFontNames(file);
      expect(fonts.length, pdf).toBeGreaterThan(0);
      expect(fonts.filter((f) => !OURS.test(f)), pdf).toEqual([]);
      // pdffonts: every font is embedded (the "emb" column says yes).
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(rows.filter((row) => !/\byes\s+yes\s+yes\b/.test(row)), pdf).toEqual([]);
    }
  });

  it("gives back the lecture's sentences from the deck", () => {
    const text = squeezed(pdfText(path.join(folder(name), 'deck.pdf')));
    for (const sentence of SENTENCES[name]) expect(text, sentence).toContain(squeezed(sentence));
  });
});

interface Word { text: string; xMin: number; xMax: number; yMin: number }
/** Words of one page with their boxes, and the page's width, from pdftotext -bbox. */
function words(file: string, page: number): { width: number; words: Word[] } {
  const xml = pdfText(file, ['-bbox', '-f', String(page), '-l', String(page)]);
  const width = Number(/<page width="([\d.]+)"/.exec(xml)![1]);
  const list = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    text: m[4]!,
  }));
  return { width, words: list };
}
/** The text pdftotext reads inside a part of a page (x from left to right, as fractions of the width). */
function textIn(file: string, page: number, from: number, to: number): string {
  const { width } = words(file, page);
  const height = 10_000;
  return squeezed(pdfText(file, ['-f', String(page), '-l', String(page), '-x', String(Math.floor(from * width)), '-y', '0', '-W', String(Math.ceil((to - from) * width)), '-H', String(height)]));
}
/** One page as pixels (pdftoppm's PPM: a short header, then RGB bytes). */
function picture(file: string, page: number) {
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), '-singlefile', file]);
  const [, w, h] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
  const start = /^P6\s+\d+\s+\d+\s+255\s/.exec(ppm.toString('latin1', 0, 40))![0].length;
  const width = Number(w);
  return { width, height: Number(h), at: (x: number, y: number) => [...ppm.subarray(start + (y * width + x) * 3, start + (y * width + x) * 3 + 3)] as [number, number, number] };
}

/** The deck's page whose text has `heading`. */
function deckPage(file: string, heading: string): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  for (let n = 1; n <= pages; n++) if (squeezed(pdfText(file, ['-f', String(n), '-l', String(n)])).includes(squeezed(heading))) return n;
  throw new Error(`no page says ${heading}`);
}

describe('an Arabic lecture runs right to left', () => {
  const deck = () => path.join(folder('arabic'), 'deck.pdf');

  it('sets bullets against the right margin, each starting on the right', () => {
    const page = deckPage(deck(), 'أربع مراحل');
    const { width, words: list } = words(deck(), page);
    // The "H2O" bullet's line ends at the right margin; nothing of the bullets is near the left one.
    const body = list.filter((w) => w.yMin > 0.15 * 720 * 0.75 && w.yMin < 0.85 * 720 * 0.75);
    expect(Math.max(...body.map((w) => w.xMax))).toBeGreaterThan(0.88 * width);
    expect(Math.min(...body.map((w) => w.xMin))).toBeGreaterThan(0.3 * width);
    // A bullet's first words are on the right: the term that starts it lies in the right half.
    expect(textIn(deck(), page, 0.5, 1)).toContain(squeezed('التبخر'));
    expect(textIn(deck(), page, 0, 0.5)).not.toContain(squeezed('التبخر'));
  });

  it('runs the timeline from the right: each year on the right, its event to its left', () => {
    const page = deckPage(deck(), 'تاريخ الفكرة');
    const { width, words: list } = words(deck(), page);
    const years = ['1580', '1674', '1802'].map((y) => list.find((w) => w.text === y)!);
    for (const year of years) expect(year.xMin, year.text).toBeGreaterThan(0.6 * width);
    // Read top to bottom, in the order written.
    expect(years.map((y) => y.yMin)).toEqual([...years.map((y) => y.yMin)].sort((a, b) => a - b));
    const events = list.filter((w) => Math.abs(w.yMin - years[0]!.yMin) < 20 && !/^\d+$/.test(w.text));
    expect(events.length).toBeGreaterThan(0);
    for (const w of events) expect(w.xMax, w.text).toBeLessThan(years[0]!.xMin);
  });

  it("draws the timeline's line and dots on the right too, between the years and the events", () => {
    const page = deckPage(deck(), 'تاريخ الفكرة');
    const { width, height, at } = picture(deck(), page);
    // The accent colour (#b4441a) below the heading: the years and the dots, all on the right.
    const accent: number[] = [];
    for (let y = Math.round(height * 0.25); y < height * 0.85; y++)
      for (let x = 0; x < width; x++) {
        const [r, g, b] = at(x, y);
        if (Math.abs(r - 0xb4) < 30 && Math.abs(g - 0x44) < 30 && Math.abs(b - 0x1a) < 30) accent.push(x);
      }
    expect(accent.length).toBeGreaterThan(0);
    expect(Math.min(...accent)).toBeGreaterThan(width * 0.5);
  });

  it('puts the first compare column on the right, and the first table column on the right', () => {
    const compare = deckPage(deck(), 'التبخر والتكاثف');
    expect(textIn(deck(), compare, 0.5, 1)).toContain(squeezed('يمتص الحرارة'));
    expect(textIn(deck(), compare, 0, 0.5)).toContain(squeezed('يطلق الحرارة'));
    expect(textIn(deck(), compare, 0, 0.5)).not.toContain(squeezed('يمتص الحرارة'));
    const table = deckPage(deck(), 'أين يوجد الماء');
    const { width, words: list } = words(deck(), table);
    // The numbers are the second column: on the left of the stores they belong to.
    const share = list.find((w) => w.text === '97%')!;
    expect(share.xMax).toBeLessThan(0.5 * width);
    expect(textIn(deck(), table, 0.5, 1)).toContain(squeezed('المحيطات'));
  });

  it('puts the footer on the right of each slide and the slide number on the left, inside the margin', () => {
    const page = deckPage(deck(), 'أربع مراحل');
    const { width, words: list } = words(deck(), page);
    // The slide is 16:9: its foot is below nine tenths of its height.
    const foot = list.filter((w) => w.yMin > 0.9 * width * (9 / 16));
    // "3 / 11", read back right to left as "11 / 3": its numbers and slash on the left, 72 px (54 pt) in.
    const number = foot.filter((w) => /^[\d/]+$/.test(w.text));
    expect(number.length).toBeGreaterThan(0);
    for (const w of number) expect(w.xMax, w.text).toBeLessThan(0.25 * width);
    expect(Math.min(...number.map((w) => w.xMin))).toBeGreaterThan(0.04 * width);
    const footer = foot.filter((w) => !/^[\d/]+$/.test(w.text) && w.text !== '·');
    expect(footer.length).toBeGreaterThan(0);
    for (const w of footer) expect(w.xMin, w.text).toBeGreaterThan(0.5 * width);
  });

  it("numbers the quiz's questions on the right, and mirrors the page's header and footer", () => {
    const quiz = path.join(folder('arabic'), 'quiz.pdf');
    const { width, words: list } = words(quiz, 1);
    // A list number is written "1." and, right to left, read back as ".1".
    const numbers = list.filter((w) => /^(\.[123]|[123]\.)$/.test(w.text));
    expect(numbers.map((w) => w.text.replace('.', ''))).toEqual(['1', '2', '3']);
    for (const n of numbers) expect(n.xMin, n.text).toBeGreaterThan(0.8 * width);
    // The running header (the lecture's title) is on the right; the page number on the left.
    const header = textIn(quiz, 1, 0.5, 1).slice(0, 40);
    expect(header).toContain(squeezed('دورة الماء'));
    const pageNumber = list.find((w) => w.text === '/' && w.yMin > 700)!;
    expect(pageNumber.xMin).toBeLessThan(0.3 * width);
  });
});

describe('what the scripts cost', () => {
  it("keeps a Chinese deck.html to the few Chinese files its characters are in", () => {
    const size = statSync(path.join(folder('chinese'), 'deck.html')).size;
    // About a hundred files ship for Chinese (some 10 MB); a lecture takes a few of them.
    expect(size).toBeLessThan(5_000_000);
  });
});
