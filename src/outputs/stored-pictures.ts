/**
 * Slide pictures for the outputs that need them: deck.pdf wants the title slide's (the course
 * index's thumbnail), deck-pictures.pptx every slide's. Both read and fill the one picture
 * store (see picture-store.ts), so a picture one of them took is not taken again for the
 * other, and a slide that looks as it did is not pictured again at all.
 */
import { pictureKey } from '../decide/fingerprints.js';
import type { FittedDeck, Printed } from '../make/deck/deck-inputs.js';
import type { MakeContext } from './output-kind.js';

export interface StoredPictures {
  /** Every slide's picture key (see pictureKey): the same key, the same picture. */
  keys: string[];
  /** The slides to take from the page: those wanted that the store does not hold. */
  missing: number[];
  /**
   * Once the page is printed: the pictures wanted, in the order asked for; the new ones,
   * to store; the store files these pictures are; and the stored pictures of no slide of
   * this deck (an edited or deleted slide's), to remove.
   */
  take(printed: Printed): { pictures: Uint8Array[]; store: { name: string; data: Uint8Array }[]; owns: string[]; remove: string[] };
}

/** The pictures of the slides `wanted` (indexes into the fitted deck), from the store where it holds them. */
export async function storedPictures(context: Pick<MakeContext, 'salt' | 'fontCss' | 'pictures'>, deck: Pick<FittedDeck, 'slides' | 'marp'>, wanted: readonly number[]): Promise<StoredPictures> {
  const { pictures: store } = context;
  const keys = deck.slides.map((html) => pictureKey(context.salt, context.fontCss, deck.marp.css, html));
  const stored = await Promise.all(wanted.map((i) => store.read(keys[i]!)));
  const missing = wanted.filter((_, n) => !stored[n]);
  return {
    keys,
    missing,
    take(printed) {
      const pictures = wanted.map((i, n) => stored[n] ?? printed.pictures.get(i));
      if (pictures.some((p) => !p)) throw new Error('a slide picture was not taken');
      // Pictures of any slide of this deck stay, whichever output stored them: the other may want them next.
      const current = new Set(keys.map((key) => store.fileOf(key)));
      return {
        pictures: pictures as Uint8Array[],
        store: missing.map((i) => ({ name: store.fileOf(keys[i]!), data: printed.pictures.get(i)! })),
        owns: [...new Set(wanted.map((i) => store.fileOf(keys[i]!)))],
        remove: store.files().filter((f) => !current.has(f)),
      };
    },
  };
}
