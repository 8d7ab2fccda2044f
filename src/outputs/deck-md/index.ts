/** deck.md: the deck's Marp Markdown, for anyone who wants to edit it further with Marp. */
import { deckOutput } from '../deck-kind.js';
import { requireDeck } from '../output-kind.js';

export const deckMd = deckOutput({
  name: 'deck-md',
  file: 'deck.md',
  copiesImages: true,
  async render(_context, deck) {
    const { markdown } = requireDeck('deck-md', deck);
    return { source: markdown, make: async () => ({ files: [{ name: 'deck.md', data: markdown }] }) };
  },
});
