/**
 * The foot of a slide, where the deck prints the lecture's footer and the slide's number:
 * body text that reaches into it collides with them on the screen. Read from the words of a
 * rendered page (pdf-words.ts).
 */
import { squash } from './lecture-text.js';
import type { Line, WordPage } from './pdf-words.js';

/** The bottom 8% of the slide: the deck's footer sits in it (about 93–96% of the height), body text above it. */
export const FOOTER_BAND = 0.08;

export const bandTop = (page: WordPage, band = FOOTER_BAND) => page.height * (1 - band);

/** The lines of a page that reach into the footer band. */
export const linesInBand = (page: WordPage, band = FOOTER_BAND): Line[] => page.lines.filter((l) => l.yMax > bandTop(page, band));

/**
 * A line of the footer band taken apart: whether it holds the footer's text, whether it holds
 * the slide's number ("7", "7 / 25"; after the footer's text, if the reader put both on one
 * line), and what is left, which is neither.
 */
export function footerLine(text: string, footer: string | undefined, slide: number): { footer: boolean; number: boolean; rest: string } {
  let rest = squash(text);
  const hasFooter = !!footer && rest.includes(squash(footer));
  if (hasFooter) rest = rest.replace(squash(footer!), '');
  const number = new RegExp(`^${slide}(/\\d+)?$`).test(rest);
  return { footer: hasFooter, number, rest: number ? '' : rest };
}

/** Lines in the footer band that are neither the footer nor the slide number: body text too low on the slide. */
export function bodyInFooterBand(page: WordPage, footer: string | undefined): Line[] {
  return linesInBand(page).filter((l) => footerLine(l.text, footer, page.number).rest !== '');
}

/** Whether the footer band of a page shows the footer's text, and the page's own number. */
export function footShows(page: WordPage, footer: string | undefined): { footer: boolean; number: boolean } {
  const parts = linesInBand(page).map((l) => footerLine(l.text, footer, page.number));
  return { footer: parts.some((p) => p.footer), number: parts.some((p) => p.number) };
}

/** What the footer band of a page says, as a reader would put it. */
export const bandText = (page: WordPage) => linesInBand(page).map((l) => l.text).join(' ');

/** What a page says above its footer band: the slide's own text. */
export const textAboveBand = (page: WordPage) =>
  page.lines
    .filter((l) => l.yMax <= bandTop(page))
    .map((l) => l.text)
    .join(' ');
