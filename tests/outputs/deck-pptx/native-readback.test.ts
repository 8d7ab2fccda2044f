/**
 * deck.pptx as LibreOffice Impress shows it: an independent reader renders every slide to a
 * PDF, and its words are read back with their positions (poppler's pdftotext -bbox-layout).
 * The editable deck must say what deck.pdf says, slide for slide: every title, every fact,
 * date, name and table cell the teacher wrote; no word off its slide or low enough to collide
 * with the footer; the footer and the slide number where deck.pdf has them.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishLabels, fill } from '../../../src/make/labels.js';
import { buildDecks } from '../../helpers/built-decks.js';
import { bandText, bandTop, bodyInFooterBand, footShows, textAboveBand } from '../../helpers/footer-band.js';
import { libreOfficePdfs } from '../../helpers/libreoffice.js';
import { contentSlides, plain, readLecture, slideTexts, squash, type LectureYaml } from '../../helpers/lecture-text.js';
import { pageCount, readWordPages, wordsOffPage, type WordPage } from '../../helpers/pdf-words.js';

interface Reading {
  name: string;
  lecture: LectureYaml;
  /** deck.pdf, as Lectern printed it from the HTML deck: where each text belongs. */
  deck: WordPage[];
  deckPages: number;
  /** LibreOffice's rendering of deck.pptx. */
  office: WordPage[];
  officePages: number;
}

const readings: Reading[] = [];

beforeAll(async () => {
  const decks = await buildDecks();
  // One LibreOffice run converts both: each copy named for its lecture, since both files are deck.pptx.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-pptx-office-'));
  const copies = decks.map((d) => path.join(dir, `${d.name}.pptx`));
  decks.forEach((d, i) => copyFileSync(d.pptx, copies[i]!));
  const pdfs = await libreOfficePdfs(copies, dir);
  decks.forEach((d, i) =>
    readings.push({
      name: d.name,
      lecture: readLecture(d.yaml),
      deck: readWordPages(d.pdf),
      deckPages: pageCount(d.pdf),
      office: readWordPages(pdfs[i]!),
      officePages: pageCount(pdfs[i]!),
    }),
  );
}, 300_000);

const labels = englishLabels();

/** Every text the lecture puts on its slides, named for messages; titles also as "(cont.)" titles. */
function lectureTexts(lecture: LectureYaml): { what: string; text: string }[] {
  const named = (what: string, texts: (string | undefined)[]) => texts.filter((t): t is string => !!t).map((t) => ({ what, text: plain(t) }));
  const slides = contentSlides(lecture);
  return [
    ...named('lecture title', [lecture.title]),
    ...named('subtitle', [lecture.subtitle]),
    ...named('course', [lecture.course]),
    ...named('author', [lecture.author]),
    ...named('objective', lecture.objectives ?? []),
    ...named('objectives title', lecture.objectives?.length ? [labels.objectives] : []),
    ...lecture.sections.flatMap((s, i) => [...named('section title', [s.title]), ...named('section label', [fill(labels.part, { number: i + 1 })])]),
    ...slides.flatMap((slide) => slideTexts(slide).map((t) => (t.what === 'title' ? { what: 'slide title', text: t.text } : { what: `${t.what} (of "${plain(slide.title)}")`, text: t.text }))),
    ...named('takeaway', lecture.takeaways ?? []),
    ...named('takeaways title', lecture.takeaways?.length ? [labels.takeaways] : []),
    ...named('closing title', [labels.questions]),
    ...named('next lecture', lecture.next ? [lecture.next, labels.nextLecture] : []),
  ];
}

/** The pages (1-based) that hold `text` above their footer (where the lecture's footer may repeat a name). */
const pagesWith = (pages: WordPage[], text: string) => pages.filter((p) => squash(textAboveBand(p)).includes(squash(text))).map((p) => p.number);

/** Page n of a rendering, or an empty page when it has fewer (the page count test says so). */
const pageOf = (pages: WordPage[], n: number): WordPage => pages[n - 1] ?? { number: n, width: 0, height: 0, lines: [], text: '' };

const continuedTitles = (lecture: LectureYaml) =>
  [labels.objectives, labels.takeaways, ...contentSlides(lecture).map((s) => plain(s.title))].map((title) => fill(labels.continued, { title }));

describe.each(['mtcr', 'rivers'])('deck.pptx of %s, as LibreOffice renders it', (name) => {
  const reading = () => readings.find((r) => r.name === name)!;

  it('has as many slides as deck.pdf has pages', () => {
    const { deckPages, officePages } = reading();
    expect(officePages, `LibreOffice renders ${officePages} slides; deck.pdf has ${deckPages} pages`).toBe(deckPages);
  });

  it('shows every text of the lecture on the slide where deck.pdf shows it', () => {
    const { lecture, deck, office } = reading();
    const missing: string[] = [];
    for (const { what, text } of lectureTexts(lecture)) {
      const pages = pagesWith(deck, text);
      // The test's own reading of the lecture must match the deck it is compared with.
      expect(pages, `deck.pdf shows "${text}", the ${what}, on no page: the test reads the lecture wrongly`).not.toEqual([]);
      for (const n of pages) if (!squash(pageOf(office, n).text).includes(squash(text))) missing.push(`slide ${n}: "${text}", the ${what}`);
    }
    // "(cont.)" titles belong to the slides deck.pdf shows them on, as every slide's title does.
    for (const title of continuedTitles(lecture)) {
      for (const n of pagesWith(deck, title)) if (!squash(pageOf(office, n).text).includes(squash(title))) missing.push(`slide ${n}: "${title}", the slide title`);
    }
    expect(missing, `LibreOffice's rendering of deck.pptx lacks:\n${missing.join('\n')}`).toEqual([]);
  });

  it('keeps every word inside its slide', () => {
    const off = reading().office.flatMap((page) =>
      wordsOffPage(page).map((w) => `slide ${page.number}: "${w.text}" at x ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)}, y ${w.yMin.toFixed(0)}–${w.yMax.toFixed(0)} (slide ${page.width.toFixed(0)} × ${page.height.toFixed(0)})`),
    );
    expect(off, off.join('\n')).toEqual([]);
  });

  it('keeps the slides\' text out of the footer band', () => {
    const { lecture, office } = reading();
    const low = office.flatMap((page) =>
      bodyInFooterBand(page, lecture.footer).map((l) => `slide ${page.number}: "${l.text}" reaches y ${l.yMax.toFixed(0)}; the footer band starts at ${bandTop(page).toFixed(0)}`),
    );
    expect(low, low.join('\n')).toEqual([]);
  });

  it('shows the footer and the slide number on every slide deck.pdf shows them on', () => {
    const { lecture, deck, office } = reading();
    const footer = lecture.footer!;
    const lacking: string[] = [];
    for (const page of deck) {
      const shown = pageOf(office, page.number);
      const [wanted, found] = [footShows(page, footer), footShows(shown, footer)];
      const foot = `its foot says "${bandText(shown)}"`;
      if (wanted.footer && !found.footer) lacking.push(`slide ${page.number}: the footer "${footer}" (${foot})`);
      if (wanted.number && !found.number) lacking.push(`slide ${page.number}: its number (${foot})`);
    }
    expect(deck.filter((p) => footShows(p, footer).footer).length, 'deck.pdf itself shows the footer').toBeGreaterThan(2);
    expect(lacking, lacking.join('\n')).toEqual([]);
  });
});
