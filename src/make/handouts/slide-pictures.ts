/** The slides as the two slide handouts show them: each an SVG picture, with its speaker notes. */
import type { FittedDeck } from '../deck/deck-inputs.js';
import type { HandoutInputs } from './page-view.js';

export interface SlidePicture {
  /** The slide as an <svg> (see renderMarpSlides). */
  svg: string;
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

/** The fitted deck's slides as pictures, with their notes. */
export async function slidePictures(deck: FittedDeck): Promise<Pick<SlideHandoutInputs, 'slides' | 'slideCss'>> {
  const svg = await deck.svg();
  return {
    slideCss: svg.css,
    slides: deck.plan.map((s, i) => ({
      svg: svg.slides[i] ?? '',
      ...(s.kind === 'content' && s.slide.notes && { notes: s.slide.notes }),
      ...(s.kind !== 'title' && s.kind !== 'divider' && s.kind !== 'closing' && s.part > 1 && { continues: true }),
    })),
  };
}
