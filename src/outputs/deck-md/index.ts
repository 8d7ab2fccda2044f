/** deck.md: the deck's Marp Markdown, for anyone who wants to edit it further with Marp. */
import type { OutputKind } from '../output-kind.js';
import { requireDeck } from '../output-kind.js';

export const deckMd: OutputKind = {
  name: 'deck-md',
  file: 'deck.md',
  group: 'deck',
  needs: 'deck',
  copiesImages: true,
  // The theme decides where long slides split, so it shapes the Markdown too.
  reads: ({ deckTemplates }) => ({ templates: deckTemplates.files, theme: true }),
  async render(_context, deck) {
    const { markdown } = requireDeck('deck-md', deck);
    return { source: markdown, make: async () => ({ files: [{ name: 'deck.md', data: markdown }] }) };
  },
};
