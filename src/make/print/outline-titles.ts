/**
 * Chromium names each bookmark after its heading's lines joined with nothing between them:
 * a title that wraps on the slide ("The Missile Technology Control / Regime") becomes
 * "The Missile Technology ControlRegime"; and a heading it draws in no ink (the flashcards'
 * unseen headings) is named twice over ("Cards 1–8: backsCards 1–8: backs"). The page's
 * headings, read as text, give each bookmark its own words back.
 */
import type * as PdfLib from 'pdf-lib';

const squeezed = (text: string) => text.replace(/\s+/g, '');
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

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

/** Text said once: "abcabc" → "abc"; any other text as it is. */
function once(text: string): string {
  for (let length = 1; length <= text.length / 2; length++) {
    if (text.length % length === 0 && text.slice(0, length).repeat(text.length / length) === text) return text.slice(0, length);
  }
  return text;
}

/** Gives back the spaces Chromium dropped from bookmark titles; returns how many were mended. */
export function mendOutlineTitles(lib: typeof PdfLib, doc: PdfLib.PDFDocument, headings: readonly string[]): number {
  const byLetters = new Map(headings.map((h) => [squeezed(h), tidy(h)]));
  let mended = 0;
  walkOutline(lib, doc, (item) => {
    const title = item.lookup(lib.PDFName.of('Title'));
    if (!(title instanceof lib.PDFString || title instanceof lib.PDFHexString)) return;
    const text = title.decodeText();
    const letters = squeezed(text);
    const heading = byLetters.get(letters) ?? byLetters.get(once(letters));
    if (heading === undefined || heading === text) return;
    item.set(lib.PDFName.of('Title'), lib.PDFHexString.fromText(heading));
    mended += 1;
  });
  return mended;
}
