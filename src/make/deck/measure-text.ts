/**
 * A cheap estimate of how many lines a piece of text takes on a slide. Planning uses it
 * to split long content before the browser ever sees it; the browser then checks the
 * result (see print/overflow.ts), so the estimate only has to be close, not exact.
 */
import { plainText } from '../../load/key-terms.js';

/** Characters that fit on one line of body text across the full slide width. */
export const FULL_WIDTH_CHARS = 86;

/** Body lines that fit under a one-line heading. */
export const SLIDE_LINE_BUDGET = 11;

const visibleLength = (text: string) => plainText(text).length;

/** Lines taken by `text` in a box `widthChars` characters wide. */
export function linesFor(text: string, widthChars: number): number {
  // Words wrap whole, so a line holds a little less than its width on average.
  return Math.max(1, Math.ceil(visibleLength(text) / (widthChars * 0.95)));
}

/** Lines a slide heading takes; headings are larger, so fewer characters fit. */
export function headingLines(title: string): number {
  return linesFor(title, 58);
}
