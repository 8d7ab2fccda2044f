/** deck.pdf: one 16:9 page per slide, with bookmarks, printed from the page the slides were fitted in. */
import { deckOutput } from '../deck-kind.js';
import { requireDeck } from '../output-kind.js';

export const deckPdf = deckOutput({
  name: 'deck-pdf',
  file: 'deck.pdf',
  printsFromPage: true,
  indexLabel: 'indexPdf',
  async render(_context, deck) {
    // The same page prints the same PDF: speaker notes, say, are not on it.
    const { page } = requireDeck('deck-pdf', deck);
    return {
      source: page,
      fromPage: { pdf: true },
      make: async (printed) => {
        if (!printed.pdf) throw new Error('deck.pdf was not printed');
        return { files: [{ name: 'deck.pdf', data: printed.pdf }] };
      },
    };
  },
});
