/**
 * Chromium's bookmark titles are not quite its headings' text: it joins a heading's lines
 * with nothing between them (a title that wraps on the slide, "The Missile Technology
 * Control / Regime", becomes "…ControlRegime"); it writes right-to-left text in the order
 * it is drawn, words last to first ("الماء دورة" for "دورة الماء"), which a reader then
 * shows backwards; and it names a heading drawn in no ink (the flashcards' unseen ones)
 * twice over; and it leaves maths out ("Kinetic energy" for "Kinetic energy $E_k$"). The
 * page's headings, read as text, give each bookmark its own words back: a bookmark is matched
 * to the heading with the same letters, in whatever order, maths aside, and says the heading's
 * maths as readable text ("Kinetic energy Eₖ"), as the notes handout's headings do.
 */
import type * as PdfLib from 'pdf-lib';
import { mathsText } from '../platform-text.js';
import { MATHS_CLOSE, MATHS_OPEN } from './page-headings.js';

/** A text's letters, sorted: the same for a heading and its bookmark however Chromium joined or ordered them. */
const letters = (text: string) => [...text.replace(/\s+/g, '')].sort().join('');
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
const MATHS = new RegExp(`${MATHS_OPEN}([^${MATHS_CLOSE}]*)${MATHS_CLOSE}`, 'g');
/** A heading as Chromium's bookmark has it (no maths), and as a reader should hear it (the maths as readable text). */
const withoutMaths = (heading: string) => heading.replace(MATHS, ' ');
const spoken = (heading: string) => tidy(heading.replace(MATHS, (_, tex: string) => mathsText(tex)));

/** The titles of an outline, depth first, as a reader lists them. */
export function outlineTitles(lib: typeof PdfLib, doc: PdfLib.PDFDocument): string[] {
  const titles: string[] = [];
  walkOutline(lib, doc, (item) => {
    const title = item.lookup(lib.PDFName.of('Title'));
    if (title instanceof lib.PDFString || title instanceof lib.PDFHexString) titles.push(title.decodeText());
  });
  return titles;
}

function walkOutline(lib: typeof PdfLib, doc: PdfLib.PDFDocument, visit: (item: PdfLib.PDFDict) => void): void {
  const { PDFDict, PDFName } = lib;
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const seen = new Set<PdfLib.PDFDict>();
  const walk = (first: PdfLib.PDFDict | undefined) => {
    for (let item = first; item && !seen.has(item); item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(item);
      visit(item);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(root?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/** The letters of a text said twice, said once ("aabbcc" → "abc"); undefined for any other. */
function halved(sorted: string): string | undefined {
  const chars = [...sorted];
  if (chars.length % 2 !== 0) return undefined;
  for (let i = 0; i < chars.length; i += 2) if (chars[i] !== chars[i + 1]) return undefined;
  return chars.filter((_, i) => i % 2 === 0).join('');
}

/** Gives back the spaces Chromium dropped from bookmark titles; returns how many were mended. */
export function mendOutlineTitles(lib: typeof PdfLib, doc: PdfLib.PDFDocument, headings: readonly string[]): number {
  const byLetters = new Map(headings.map((h) => [letters(withoutMaths(h)), spoken(h)]));
  let mended = 0;
  walkOutline(lib, doc, (item) => {
    const title = item.lookup(lib.PDFName.of('Title'));
    if (!(title instanceof lib.PDFString || title instanceof lib.PDFHexString)) return;
    const text = title.decodeText();
    const key = letters(text);
    const twice = halved(key);
    const heading = byLetters.get(key) ?? (twice === undefined ? undefined : byLetters.get(twice));
    // Unmatched, a title still loses the space it ends with.
    const better = heading ?? tidy(text);
    if (better === text) return;
    item.set(lib.PDFName.of('Title'), lib.PDFHexString.fromText(better));
    mended += 1;
  });
  return mended;
}
