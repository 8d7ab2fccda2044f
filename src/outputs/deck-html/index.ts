/** deck.html: the deck in one HTML file, with Marp's presenter view (press P) and the speaker notes. */
import type { BespokeLabels } from '../../make/deck/bespoke-readers.js';
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
    // Marp's buttons and frames, named in the lecture's language (see make/deck/bespoke-readers.ts).
    const l = context.labels;
    const controls: BespokeLabels = {
      previousSlide: l.deckPreviousSlide,
      nextSlide: l.deckNextSlide,
      fullscreen: l.deckFullscreen,
      overview: l.deckOverview,
      closeOverview: l.deckCloseOverview,
      presenterView: l.deckPresenterView,
      notesSmaller: l.deckNotesSmaller,
      notesBigger: l.deckNotesBigger,
      clock: l.deckClock,
      timer: l.deckTimer,
    };
    const { language } = context.lecture;
    return {
      source: [markdown, context.themeCss, context.fontCss, JSON.stringify(controls)].join('\0'),
      make: async () => ({
        files: [{ name: 'deck.html', data: await traced('deck.html', renderDeckHtml(markdown, context.themeCss, context.fontCss, language, controls)) }],
      }),
    };
  },
});
