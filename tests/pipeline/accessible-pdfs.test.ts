/**
 * Every PDF a build writes is one an accessibility checker passes on the points of issue 16
 * (item 2): XMP title and language, the author, the title in the window, /Lang, page
 * labels, bookmarks on every handout of more than one page, structure types poppler
 * accepts, and a reading order that follows the page (the revision sheet column by column,
 * the notes handout slide by slide). Built from MTCR (English) and a French lecture with six
 * slides to a page, then read back.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAccessibility, structureElements, structureErrors, structureHeadings } from '../helpers/pdf-accessibility.js';
import { pageImages, readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
const mtcr = path.join(work, 'mtcr');
const french = path.join(work, 'content', 'cycle-de-l-eau.yaml');
const frenchOut = path.join(work, 'out', 'cycle-de-l-eau');
const pdfsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
const squeezed = (text: string) => text.replace(/\s+/g, '');
/** The files a build reports as made ("✓ …" lines), by name. */
const made = (printed: string) => [...printed.matchAll(/✓ .*\/cycle-de-l-eau\/(\S+)/g)].map((m) => m[1]!).sort();

beforeAll(async () => {
  const built = await runLectern(['build', path.resolve('content/mtcr.yaml'), '--out', work]);
  expect(built.code, built.err).toBe(0);
  cpSync(path.resolve('tests/fixtures/french'), path.dirname(french), { recursive: true });
  writeFileSync(french, `${readFileSync(french, 'utf8')}\nhandouts:\n  slides-per-page: 6\n`);
  const second = await runLectern(['build', french, '--out', path.join(work, 'out')]);
  expect(second.code, second.err).toBe(0);
});

describe.each([
  { lecture: 'MTCR', dir: () => mtcr, title: 'The Missile Technology Control Regime', language: 'en', author: 'Basix Education', course: 'Multilateral Export Control Regimes' },
  { lecture: 'the French lecture', dir: () => frenchOut, title: "Le cycle de l'eau", language: 'fr', author: 'Mme Lefèvre', course: 'Sciences de la vie et de la Terre' },
])('every PDF of $lecture', (lecture) => {
  it('has XMP metadata with its title, language and author, agreeing with the Info dictionary', async () => {
    const files = pdfsIn(lecture.dir());
    expect(files).toContain('deck.pdf');
    expect(files).toContain('revision-sheet.pdf');
    for (const file of files) {
      const a = await readAccessibility(path.join(lecture.dir(), file));
      expect(a.xmp.title, file).toBe(a.info.title);
      expect(a.xmp.title, file).toContain(lecture.title);
      expect(a.xmp.language, file).toBe(lecture.language);
      expect(a.xmp.creator, file).toEqual([lecture.author]);
      expect(a.info.author, file).toBe(lecture.author);
      expect(a.info.subject, file).toBe(lecture.course);
    }
    // The handouts' titles name the handout too.
    expect((await readAccessibility(path.join(lecture.dir(), 'revision-sheet.pdf'))).xmp.title).not.toBe(lecture.title);
  });

  it('shows its title in the window, says its language, is marked tagged, and has page labels from 1', async () => {
    for (const file of pdfsIn(lecture.dir())) {
      const a = await readAccessibility(path.join(lecture.dir(), file));
      expect(a.displayDocTitle, file).toBe(true);
      expect(a.lang, file).toBe(lecture.language);
      expect(a.marked, file).toBe(true);
      expect(a.pageLabels, file).toEqual(Array.from({ length: a.pages }, (_, i) => String(i + 1)));
    }
  });

  it('has bookmarks when it has more than one page, each named as its heading is', async () => {
    for (const file of pdfsIn(lecture.dir())) {
      const a = await readAccessibility(path.join(lecture.dir(), file));
      if (a.pages > 1) expect(a.outline.length, file).toBeGreaterThan(0);
      for (const title of a.outline) expect(title, file).toBe(title.replace(/\s+/g, ' ').trim());
    }
    expect((await readAccessibility(path.join(lecture.dir(), 'deck.pdf'))).outline[0]).toBe(lecture.title);
  });

  it('has no structure element poppler calls wrong', () => {
    for (const file of pdfsIn(lecture.dir())) expect(structureErrors(path.join(lecture.dir(), file)), file).toEqual([]);
  });

  it('reads the notes handout slide by slide: each slot its heading, then its picture, in the order the slots are printed', async () => {
    const notes = path.join(lecture.dir(), 'notes-handout.pdf');
    const slides = (await readAccessibility(path.join(lecture.dir(), 'deck.pdf'))).pages;
    const tree = structureHeadings(notes).map((h) => squeezed(h.text)).filter(Boolean);
    expect(tree.map((h) => Number(/^\D*(\d+)/.exec(h)?.[1]))).toEqual(Array.from({ length: slides }, (_, i) => i + 1));
    // Each heading is followed by its slide's picture, described for a screen reader.
    const elements = (await structureElements(notes)).filter((e) => e.type === 'H2' || e.type === 'Figure');
    expect(elements.map((e) => e.type)).toEqual(Array.from({ length: slides }, () => ['H2', 'Figure']).flat());
    for (const figure of elements.filter((e) => e.type === 'Figure')) expect(figure.alt?.length).toBeGreaterThan(5);
    // Slots are read along each row, then down (3 to a page: one slot a row; 6: two).
    const perPage = lecture.language === 'fr' ? 6 : 3;
    const columns = perPage === 6 ? 2 : 1;
    const rows = perPage / columns;
    const pdf = await readPdf(notes);
    const slotOf = (page: { width: number; height: number }, x: number, y: number) => {
      const top = page.height - (16 / 25.4) * 72;
      const rowHeight = (page.height - 2 * (16 / 25.4) * 72) / rows;
      return Math.min(rows - 1, Math.max(0, Math.floor((top - y) / rowHeight))) * columns + (columns === 2 && x > page.width / 2 ? 1 : 0);
    };
    expect(inReadingOrder(pdf, slotOf, tree)).toEqual(tree);
  });
});

describe('the revision sheet', () => {
  it("is read column by column: the structure tree's headings come in the order the columns print them", async () => {
    const file = path.join(mtcr, 'revision-sheet.pdf');
    const tree = structureHeadings(file).map((h) => squeezed(h.text)).filter(Boolean);
    expect(tree.length).toBeGreaterThan(10);
    const pdf = await readPdf(file);
    const column = (page: { width: number }, x: number) => (x > page.width / 2 ? 1 : 0);
    expect(inReadingOrder(pdf, column, tree)).toEqual(tree);
    // It is two columns, with headings in both, or the order would prove nothing.
    const page1 = pdf.pages[0]!;
    const rightHeadings = tree.filter((h) => page1.items.some((i) => i.x > page1.width / 2 && squeezed(i.str).length > 4 && h.startsWith(squeezed(i.str))));
    expect(rightHeadings.length).toBeGreaterThan(0);
  });
});

describe('a lecture with pictures, and no author or course', () => {
  it('has the metadata it can have, invents none, and keeps its pictures', async () => {
    const out = path.join(work, 'pictures');
    const run = await runLectern(['build', path.resolve('tests/fixtures/pictures/pictures.yaml'), '--out', out]);
    expect(run.code, run.err).toBe(0);
    const dir = path.join(out, 'pictures');
    for (const file of pdfsIn(dir)) {
      const a = await readAccessibility(path.join(dir, file));
      expect(a.xmp.title, file).toContain('Pictures on slides');
      expect(a.xmp.language, file).toBe('en');
      expect(a.xmp.creator, file).toBeUndefined();
      expect(a.info.author, file).toBeUndefined();
      expect(a.displayDocTitle, file).toBe(true);
      expect(structureErrors(path.join(dir, file)), file).toEqual([]);
    }
    // The photograph's slide still paints a picture.
    const painted = (await pageImages(path.join(dir, 'deck.pdf'))).flat();
    expect(painted.length).toBeGreaterThan(0);
  });
});

describe('a change of author', () => {
  it('makes every PDF again, though most pages do not show the author', async () => {
    writeFileSync(french, readFileSync(french, 'utf8').replace('author: Mme Lefèvre', 'author: M. Durand'));
    const run = await runLectern(['build', french, '--out', path.join(work, 'out')]);
    expect(run.code, run.err).toBe(0);
    const pdfs = pdfsIn(frenchOut);
    expect(made(run.out).filter((f) => f.endsWith('.pdf'))).toEqual(pdfs);
    for (const file of pdfs) expect((await readAccessibility(path.join(frenchOut, file))).xmp.creator, file).toEqual(['M. Durand']);
  });
});

/**
 * The texts, found in the order a sighted reader reads the pages: page by page, then by the
 * part of the page (`part`: a column, a slot), then down each part. Each is looked for after
 * the one before; the ones found, in order (all of them when the order is the same).
 */
function inReadingOrder(
  pdf: Awaited<ReturnType<typeof readPdf>>,
  part: (page: { width: number; height: number }, x: number, y: number) => number,
  texts: string[],
): string[] {
  const stream = pdf.pages
    .map((page) =>
      [...page.items]
        .sort((a, b) => part(page, a.x, a.y) - part(page, b.x, b.y) || b.y - a.y || a.x - b.x)
        .map((i) => squeezed(i.str))
        .join(''),
    )
    .join('');
  const found: string[] = [];
  let from = 0;
  for (const text of texts) {
    const at = stream.indexOf(text, from);
    if (at < 0) break;
    found.push(text);
    from = at + text.length;
  }
  return found;
}
