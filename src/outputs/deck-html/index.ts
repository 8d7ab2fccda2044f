/** deck.html: the deck in one HTML file, with Marp's presenter view (press P) and the speaker notes. */
import { renderDeckHtml } from '../../make/deck/deck-html.js';
import { traced } from '../../trace.js';
import { deckOutput } from '../deck-kind.js';
import { requireDeck } from '../output-kind.js';

export const deckHtml = deckOutput({
  name: 'deck-html',
  file: 'deck.html',
  copiesImages: true,
  indexLabel: 'indexHtml',
  async render(context, deck) {
    const { markdown } = requireDeck('deck-html', deck);
    // The names of the presenter view's frames, for screen readers (see make/deck/bespoke-readers.ts).
    const frameTitles = { nextSlide: context.labels.deckNextSlide, overview: context.labels.deckOverview };
    const { language } = context.lecture;
    return {
      source: [markdown, context.themeCss, context.fontCss, frameTitles.nextSlide, frameTitles.overview].join('\0'),
      make: async () => ({
        files: [{ name: 'deck.html', data: await traced('deck.html', renderDeckHtml(markdown, context.themeCss, context.fontCss, language, frameTitles)) }],
      }),
    };
  },
});
