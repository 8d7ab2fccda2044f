/**
 * The two handouts made of the slides themselves: the note-taking handout (PowerPoint's
 * "handouts", N slides to a page) and the teacher's speaker notes (one slide a page).
 */
import { htmlBlock } from './html-text.js';
import { pageView, type HandoutInputs } from './page-view.js';

export interface SlidePicture {
  /** The slide as an <svg> (see renderMarpSlides). */
  svg: string;
  /** Speaker notes, Markdown. */
  notes?: string;
}

export interface SlideHandoutInputs extends HandoutInputs {
  slides: SlidePicture[];
  /** Marp's CSS for the slide pictures. */
  slideCss: string;
}

/** Ruled lines beside or below each slide, by slides per page (none where the page is full of slides). */
const RULES: Record<number, number> = { 1: 14, 2: 6, 3: 9, 4: 0, 6: 0, 9: 0 };

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export function notesHandoutView(inputs: SlideHandoutInputs) {
  const perPage = inputs.lecture.handouts.slidesPerPage;
  const numbered = inputs.slides.map((s, i) => ({ number: i + 1, svg: s.svg }));
  return {
    ...pageView(inputs, 'Notes'),
    slideCss: inputs.slideCss,
    perPage,
    rules: Array.from({ length: RULES[perPage] ?? 0 }, (_, i) => i),
    pages: chunk(numbered, perPage).map((slides) => ({ slides })),
  };
}

export function speakerNotesView(inputs: SlideHandoutInputs) {
  return {
    ...pageView(inputs, 'Speaker notes'),
    slideCss: inputs.slideCss,
    pages: inputs.slides.map((s, i) => ({
      number: i + 1,
      total: inputs.slides.length,
      svg: s.svg,
      notes: s.notes ? htmlBlock(s.notes) : undefined,
    })),
  };
}
