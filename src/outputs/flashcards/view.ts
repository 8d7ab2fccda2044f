/**
 * Flashcards: a card per glossary term (and per question, when asked for), eight to a
 * sheet (four in large print). Each sheet of fronts is followed by its sheet of backs, mirrored left to right, so
 * that printing on both sides (flip on the long edge) puts every back behind its front.
 */
import { htmlInline } from '../../make/handouts/html-text.js';
import { pageView, type HandoutInputs } from '../../make/handouts/page-view.js';
import { fill } from '../../make/labels.js';
import { shorten } from '../../make/shorten.js';
import { picturesLeftOut } from '../pictures-left-out.js';

export const CARDS_PER_SHEET = 8;
/** Large print: cards twice as tall (2 × 2), for type twice as large. */
export const LARGE_PRINT_CARDS_PER_SHEET = 4;
const COLUMNS = 2;

interface Card {
  front: string;
  back: string;
}

const letters = (html: string) => html.replace(/<[^>]+>/g, '').length;

/** Smaller type for long text, so every card fits its box. */
const sizeFor = (html: string, long: number): string => {
  const length = letters(html);
  return length > long * 1.8 ? 'smaller' : length > long ? 'small' : 'normal';
};

/**
 * Text longer than this (in letters) is set smaller: fronts, backs; in large print the type is
 * larger, so sooner, and sooner still with dyslexia-friendly spacing (as measured in print).
 */
const LONG = { front: 40, back: 150, largePrintBack: 120, largePrintSpacedBack: 90 };
/**
 * In large print the smallest type is 18 pt, so a card holds so much and no more: as measured
 * in print, about 350 letters on a back, about 270 with dyslexia-friendly spacing. Longer text
 * would be cut off at the card's edge: the build says so, for the teacher to shorten it.
 */
const LARGE_PRINT_MOST = { usual: 320, dyslexiaFriendly: 240 };
/** Dyslexia-friendly at the usual size: eight cards a sheet, nothing under 12 pt, so about 280 letters to a back (measured in print). */
const DYSLEXIA_FRIENDLY_MOST = 280;

/** Swaps the columns of each row: what a long-edge flip does to the page. */
export function mirrored<T>(cells: T[]): T[] {
  const out: T[] = [];
  for (let row = 0; row < cells.length; row += COLUMNS) out.push(...cells.slice(row, row + COLUMNS).reverse());
  return out;
}

export function flashcardsView(inputs: HandoutInputs) {
  const { lecture } = inputs;
  const cards: Card[] = [
    ...lecture.glossary.map((g) => ({ front: htmlInline(g.term), back: htmlInline(g.definition) })),
    ...(lecture.handouts.questionCards
      ? lecture.questions.map((q) => ({
          front: htmlInline(q.question),
          back: htmlInline(q.kind === 'true-false' ? (q.answer === 'true' ? inputs.labels.answerTrue : inputs.labels.answerFalse) : q.answer),
        }))
      : []),
  ];
  const { largePrint, dyslexiaFriendly } = lecture.handouts;
  const perSheet = largePrint ? LARGE_PRINT_CARDS_PER_SHEET : CARDS_PER_SHEET;
  const backLong = largePrint ? (dyslexiaFriendly ? LONG.largePrintSpacedBack : LONG.largePrintBack) : LONG.back;
  const sheets = [];
  for (let i = 0; i < cards.length; i += perSheet) {
    // Empty cells keep the grid whole, so the backs still line up on the last sheet.
    const cells: (Card | undefined)[] = Array.from({ length: perSheet }, (_, k) => cards[i + k]);
    const numbers = { first: i + 1, last: Math.min(i + perSheet, cards.length) };
    sheets.push({
      // Each sheet's heading is for screen readers and the PDF's bookmarks; the printed sheet shows none.
      frontsHeading: fill(inputs.labels.cardFronts, numbers),
      backsHeading: fill(inputs.labels.cardBacks, numbers),
      fronts: cells.map((c, k) => ({ number: c ? i + k + 1 : undefined, text: c?.front, size: sizeFor(c?.front ?? '', LONG.front) })),
      backs: mirrored(cells.map((c, k) => ({ number: c ? i + k + 1 : undefined, text: c?.back, size: sizeFor(c?.back ?? '', backLong) }))),
    });
  }
  const most = largePrint ? (dyslexiaFriendly ? LARGE_PRINT_MOST.dyslexiaFriendly : LARGE_PRINT_MOST.usual) : dyslexiaFriendly ? DYSLEXIA_FRIENDLY_MOST : undefined;
  const kind = largePrint ? 'large-print' : 'dyslexia-friendly';
  const tooLong = most
    ? cards.flatMap((c, i) =>
        (['front', 'back'] as const)
          .filter((side) => letters(c[side]) > most)
          .map((side) => `flashcard ${i + 1} ("${shorten(c.front.replace(/<[^>]+>/g, ''), 30)}"): its ${side} is too long for a ${kind} card (${letters(c[side])} letters; about ${most} fit), and may be cut off at the card's edge: shorten it`),
      )
    : [];
  // A card has room for a question's words, not its picture.
  const leftOut = lecture.handouts.questionCards ? picturesLeftOut(lecture.questions, 'a card has room for its words only') : [];
  return { ...pageView(inputs, inputs.labels.flashcards), sheets, empty: cards.length === 0, notices: [...tooLong, ...leftOut] };
}
