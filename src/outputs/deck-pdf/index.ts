/** deck.pdf: one 16:9 page per slide, with bookmarks, printed from the page the slides were fitted in. */
import type { OutputKind } from '../output-kind.js';
import { requireDeck } from '../output-kind.js';

export const deckPdf: OutputKind = {
  name: 'deck-pdf',
  file: 'deck.pdf',
  group: 'deck',
  needs: 'deck',
  printsFromPage: true,
  indexLabel: 'indexPdf',
  reads: ({ deckTemplates }) => ({ templates: deckTemplates.files, theme: true }),
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
};
