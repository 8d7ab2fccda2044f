/** The slides as the two slide handouts show them: each an SVG picture, with its speaker notes. */
import type { FittedDeck } from '../deck/deck-inputs.js';
import { slideDescription } from '../deck/slide-description.js';
import { slideTitle } from '../deck/slide-summary.js';
import { platformPlain } from '../platform-text.js';
import type { HandoutInputs } from './page-view.js';

export interface SlidePicture {
  /** The slide as an <svg> (see renderMarpSlides). */
  svg: string;
  /** Its alt text: the slide's title and words, for a screen reader (see slide-description.ts). */
  alt: string;
  /** Its title as plain text, for the handout's unseen heading (and so the PDF's bookmark) of it. */
  title: string;
  /** Speaker notes, Markdown. */
  notes?: string;
  /** The lecture slide it shows, when a long one was split into "(cont.)" slides that share its notes. */
  continues?: boolean;
}

export interface SlideHandoutInputs extends HandoutInputs {
  slides: SlidePicture[];
  /** Marp's CSS for the slide pictures. */
  slideCss: string;
}

/** The fitted deck's slides as pictures, with their alt text and notes. */
export async function slidePictures(deck: FittedDeck, { lecture, labels }: Pick<HandoutInputs, 'lecture' | 'labels'>): Promise<Pick<SlideHandoutInputs, 'slides' | 'slideCss'>> {
  const svg = await deck.svg();
  return {
    slideCss: svg.css,
    slides: deck.plan.map((s, i) => ({
      // The picture says the slide's words in its alt text: what it holds is hidden from screen
      // readers, which would otherwise read the slide twice (and its image's alt text again).
      svg: (svg.slides[i] ?? '').replace(/^<svg\b/, '<svg aria-hidden="true"'),
      alt: slideDescription(lecture, s, labels),
      // Read aloud, so maths as readable text ("E = mc²"), never its TeX.
      title: platformPlain(slideTitle(lecture, s, labels)),
      ...(s.kind === 'content' && s.slide.notes && { notes: s.slide.notes }),
      ...(s.kind !== 'title' && s.kind !== 'divider' && s.kind !== 'closing' && s.part > 1 && { continues: true }),
    })),
  };
}
