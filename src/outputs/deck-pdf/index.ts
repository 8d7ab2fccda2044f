/**
 * deck.pdf: one 16:9 page per slide, with bookmarks, printed from the page the slides were
 * fitted in; and thumbnail.png, the title slide's picture for the course index. That picture
 * comes from the store when the title slide looks as it did (see stored-pictures.ts), so a
 * build takes one screenshot at most.
 */
import { deckPdfFacts, factsSource } from '../../make/print/pdf-facts.js';
import { deckOutput } from '../deck-kind.js';
import { requireDeck } from '../output-kind.js';
import { storedPictures } from '../stored-pictures.js';

export const THUMBNAIL_FILE = 'thumbnail.png';

export const deckPdf = deckOutput({
  name: 'deck-pdf',
  file: 'deck.pdf',
  printsFromPage: true,
  indexLabel: 'indexPdf',
  alsoWrites: [THUMBNAIL_FILE],
  async render(context, deck) {
    const fitted = requireDeck('deck-pdf', deck);
    const title = await storedPictures(context, fitted, [0]);
    return {
      // The same page prints the same PDF, and the same title slide: speaker notes, say, are not on it.
      // What the PDF says of itself (author, course, key terms: see pdf-facts.ts) is part of it too.
      source: fitted.page + factsSource(deckPdfFacts(context.lecture)),
      fromPage: { pdf: true, pictures: title.missing },
      make: async (printed) => {
        if (!printed.pdf) throw new Error('deck.pdf was not printed');
        const taken = title.take(printed);
        return {
          files: [{ name: 'deck.pdf', data: printed.pdf }, { name: THUMBNAIL_FILE, data: taken.pictures[0]! }, ...taken.store],
          owns: ['deck.pdf', THUMBNAIL_FILE, ...taken.owns],
          remove: taken.remove,
        };
      },
    };
  },
});
