/**
 * deck.pptx: the deck as PowerPoint's own objects (see make/pptx/native-deck.ts), so that a
 * teacher can edit it: titles in placeholders, bullets as paragraphs, tables as tables,
 * pictures with their alt text, the speaker notes. It is made from the fitted deck's plan
 * and takes nothing from the printed page: no screenshots. (The picture deck is the opt-in
 * deck-pictures.pptx.)
 */
import { hash } from '../../decide/fingerprints.js';
import type { Lecture } from '../../load/lecture.js';
import { nativeDeck } from '../../make/pptx/native-deck.js';
import { readThemeLook } from '../../make/pptx/theme-look.js';
import { traced } from '../../trace.js';
import { deckOutput } from '../deck-kind.js';
import { requireDeck } from '../output-kind.js';

/**
 * Where things are in the lecture file, and where on this disk: for messages, not shown.
 * (An image's bytes are in the build's salt; its place beside the deck is its href.)
 */
const NOT_SHOWN = new Set(['line', 'column', 'at', 'titleAt', 'file', 'dir']);
const shownOnly = (key: string, value: unknown) => (NOT_SHOWN.has(key) ? undefined : value);

/** The lecture as the deck shows it: what is in the handouts alone (the quiz, the glossary) left out. */
function deckPart(lecture: Lecture) {
  const { questions: _questions, glossary: _glossary, handouts: _handouts, ...shown } = lecture;
  return shown;
}

export const deckPptx = deckOutput({
  name: 'deck-pptx',
  file: 'deck.pptx',
  indexLabel: 'indexPptx',
  async render(context, deck) {
    const { plan, marp } = requireDeck('deck-pptx', deck);
    const { lecture, labels, themeCss, images } = context;
    const notes = marp.notes;
    // A colour PowerPoint cannot take is said, not silently replaced.
    const { unread } = readThemeLook(themeCss);
    return {
      notices: unread.map((colour) => `the theme's "${colour}" is not a colour PowerPoint takes (write it as #rrggbb, rgb() or hsl()): Lectern's own is used instead`),
      // Everything the file is made from, so that it is made again exactly when one of them changes.
      source: JSON.stringify({ lecture: deckPart(lecture), plan, notes, labels, theme: hash(themeCss), images: [...images.keys()] }, shownOnly),
      async make() {
        const pptx = await traced('deck.pptx', nativeDeck({ lecture, plan, labels, themeCss, images, notes, readImage: (file) => context.readImage(file) }));
        return { files: [{ name: 'deck.pptx', data: pptx }] };
      },
    };
  },
});
