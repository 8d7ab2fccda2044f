/**
 * Flashcards: a card per glossary term (and per question, when asked for), eight to a
 * sheet. Each sheet of fronts is followed by its sheet of backs, mirrored left to right, so
 * that printing on both sides (flip on the long edge) puts every back behind its front.
 */
import { htmlInline } from '../../make/handouts/html-text.js';
import { pageView, type HandoutInputs } from '../../make/handouts/page-view.js';
import { picturesLeftOut } from '../pictures-left-out.js';

export const CARDS_PER_SHEET = 8;
const COLUMNS = 2;

interface Card {
  front: string;
  back: string;
}

/** Smaller type for long text, so every card fits its box. */
const sizeFor = (html: string, long: number): string => {
  const length = html.replace(/<[^>]+>/g, '').length;
  return length > long * 1.8 ? 'smaller' : length > long ? 'small' : 'normal';
};

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
  const sheets = [];
  for (let i = 0; i < cards.length; i += CARDS_PER_SHEET) {
    // Empty cells keep the grid whole, so the backs still line up on the last sheet.
    const cells: (Card | undefined)[] = Array.from({ length: CARDS_PER_SHEET }, (_, k) => cards[i + k]);
    sheets.push({
      fronts: cells.map((c, k) => ({ number: c ? i + k + 1 : undefined, text: c?.front, size: sizeFor(c?.front ?? '', 40) })),
      backs: mirrored(cells.map((c, k) => ({ number: c ? i + k + 1 : undefined, text: c?.back, size: sizeFor(c?.back ?? '', 150) }))),
    });
  }
  // A card has room for a question's words, not its picture.
  const notices = lecture.handouts.questionCards ? picturesLeftOut(lecture.questions, 'a card has room for its words only') : [];
  return { ...pageView(inputs, inputs.labels.flashcards), sheets, empty: cards.length === 0, notices };
}
