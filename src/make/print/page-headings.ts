/** The text of a page's headings, as a reader hears them: what its PDF's bookmarks should say (see outline-titles.ts). */
import type { Page } from 'puppeteer';

/**
 * Around the TeX of each piece of maths in a heading's text (private-use characters, which no
 * lecture text holds once loaded): Chromium leaves maths out of a bookmark's title, so the
 * title is matched without it and then given the maths as readable text (see outline-titles.ts).
 */
export const MATHS_OPEN = '\uE010';
export const MATHS_CLOSE = '\uE011';

export function pageHeadings(page: Page): Promise<string[]> {
  return page.$$eval(
    'h1, h2, h3, h4, h5, h6',
    (headings, open, close) =>
      headings.map((h) => {
        const maths = h.querySelectorAll('.katex');
        if (maths.length === 0) return (h as HTMLElement).innerText || h.textContent || '';
        // A copy, each piece of maths swapped for its TeX between the marks: the page itself
        // may still be pictured (the deck's slides are), so it is left as it is.
        const copy = h.cloneNode(true) as HTMLElement;
        for (const k of copy.querySelectorAll('.katex')) {
          const tex = k.querySelector('annotation')?.textContent ?? '';
          k.replaceWith(document.createTextNode(`${open}${tex}${close}`));
        }
        return copy.textContent ?? '';
      }),
    MATHS_OPEN,
    MATHS_CLOSE,
  );
}
