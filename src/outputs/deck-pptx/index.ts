/**
 * deck.pptx: a PowerPoint file with a picture of every slide and its speaker notes. A slide
 * that looks as it did keeps its picture from the store (see picture-store.ts); only new
 * or edited slides are pictured again. The title slide's picture is the index's thumbnail.
 */
import { plainMaths } from '../../make/maths/find-maths.js';
import { pictureKey } from '../../decide/fingerprints.js';
import { fill } from '../../make/labels.js';
import { traced } from '../../trace.js';
import { deckOutput } from '../deck-kind.js';
import { requireDeck } from '../output-kind.js';
import { buildPptx, preloadPictureModules } from './pptx.js';

export const deckPptx = deckOutput({
  name: 'deck-pptx',
  file: 'deck.pptx',
  printsFromPage: true,
  indexLabel: 'indexPptx',
  alsoWrites: ['thumbnail.png'],
  async render(context, deck) {
    const { slides, marp, summary } = requireDeck('deck-pptx', deck);
    const descriptions = summary.map((s, i) => fill(context.labels.slidePicture, { number: i + 1, title: s.title }));
    const { lecture, pictures: store } = context;
    const keys = slides.map((html) => pictureKey(context.salt, context.fontCss, marp.css, html));
    const stored = await Promise.all(keys.map((key) => store.read(key)));
    const missing = stored.flatMap((picture, i) => (picture ? [] : [i]));
    const meta = { title: plainMaths(lecture.title), ...(lecture.author && { author: lecture.author }), ...(!/^en(-|$)/.test(lecture.language) && { language: lecture.language }) };
    if (missing.length > 0) preloadPictureModules();
    return {
      source: JSON.stringify({ keys, notes: marp.notes, descriptions, meta }),
      fromPage: { pictures: missing },
      async make(printed) {
        const pictures = stored.map((picture, i) => picture ?? printed.pictures.get(i));
        if (pictures.some((p) => !p)) throw new Error('a slide picture was not taken');
        const all = pictures as Uint8Array[];
        const pptx = await traced('deck.pptx', buildPptx(all, marp.notes, descriptions, meta));
        const wanted = new Set(keys.map((key) => store.fileOf(key)));
        return {
          files: [
            { name: 'deck.pptx', data: pptx },
            { name: 'thumbnail.png', data: all[0]! },
            ...missing.map((i) => ({ name: store.fileOf(keys[i]!), data: all[i]! })),
          ],
          owns: ['deck.pptx', 'thumbnail.png', ...wanted],
          // The store keeps the pictures of this deck only.
          remove: store.files().filter((f) => !wanted.has(f)),
        };
      },
    };
  },
});
