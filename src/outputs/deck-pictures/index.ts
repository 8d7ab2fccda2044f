/**
 * deck-pictures.pptx: a PowerPoint file with a picture of every slide and its speaker notes,
 * for slides where looking exactly as in the browser matters more than editing them. Opt-in:
 * a build makes it only when asked (`--only deck-pictures`, or a course's `outputs:`), as its
 * 1080p screenshots are the slowest work a build can do. A slide that looks as it did keeps
 * its picture from the store (see stored-pictures.ts); only new or edited slides are pictured.
 */
import { slideDescription } from '../../make/deck/slide-description.js';
import { plainMaths } from '../../make/maths/find-maths.js';
import { fill } from '../../make/labels.js';
import { traced } from '../../trace.js';
import { deckOutput } from '../deck-kind.js';
import { requireDeck } from '../output-kind.js';
import { storedPictures } from '../stored-pictures.js';
import { buildPptx, preloadPictureModules } from './pptx.js';

export const deckPictures = deckOutput({
  name: 'deck-pictures',
  file: 'deck-pictures.pptx',
  optIn: true,
  printsFromPage: true,
  indexLabel: 'indexPptxPictures',
  async render(context, deck) {
    const fitted = requireDeck('deck-pictures', deck);
    const { marp, plan } = fitted;
    const { lecture } = context;
    // Each slide is a picture: its description says the slide's words, as the handouts' thumbnails do.
    const descriptions = plan.map((s, i) => fill(context.labels.slidePicture, { number: i + 1, title: slideDescription(lecture, s, context.labels) }));
    const pictures = await storedPictures(context, fitted, fitted.slides.map((_, i) => i));
    const meta = { title: plainMaths(lecture.title), ...(lecture.author && { author: lecture.author }), ...(!/^en(-|$)/.test(lecture.language) && { language: lecture.language }) };
    if (pictures.missing.length > 0) preloadPictureModules();
    return {
      // The pictures by their keys: the same keys, the same pictures.
      source: JSON.stringify({ keys: pictures.keys, notes: marp.notes, descriptions, meta }),
      fromPage: { pictures: pictures.missing },
      async make(printed) {
        const taken = pictures.take(printed);
        const pptx = await traced('deck-pictures.pptx', buildPptx(taken.pictures, marp.notes, descriptions, meta));
        return {
          files: [{ name: 'deck-pictures.pptx', data: pptx }, ...taken.store],
          owns: ['deck-pictures.pptx', ...taken.owns],
          remove: taken.remove,
        };
      },
    };
  },
});
