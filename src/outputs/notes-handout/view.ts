/** The note-taking handout (PowerPoint's "handouts"): the slides, N to a page, with ruled lines. */
import { pageView } from '../../make/handouts/page-view.js';
import type { SlideHandoutInputs } from '../../make/handouts/slide-pictures.js';
import { fill } from '../../make/labels.js';

/** Ruled lines beside or below each slide, by slides per page (none where the page is full of slides). */
const RULES: Record<number, number> = { 1: 14, 2: 6, 3: 9, 4: 0, 6: 0, 9: 0 };
/** In large print the lines are further apart (handout.css), so fewer fit, and the slides are at most 2 to a page. */
const LARGE_PRINT_RULES: Record<number, number> = { 1: 10, 2: 3 };
export const LARGE_PRINT_MOST_PER_PAGE = 2;

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export function notesHandoutView(inputs: SlideHandoutInputs) {
  const { slidesPerPage, largePrint, slidesPerPageChosen } = inputs.lecture.handouts;
  const perPage = largePrint ? Math.min(slidesPerPage, LARGE_PRINT_MOST_PER_PAGE) : slidesPerPage;
  const numbered = inputs.slides.map((s, i) => ({
    number: i + 1,
    svg: s.svg,
    alt: s.alt,
    // Each slot's heading is for screen readers and the PDF's bookmarks; the page shows none.
    heading: fill(inputs.labels.slidePicture, { number: i + 1, title: s.title }),
  }));
  return {
    ...pageView(inputs, inputs.labels.notesHandout),
    slideCss: inputs.slideCss,
    perPage,
    rules: Array.from({ length: (largePrint ? LARGE_PRINT_RULES : RULES)[perPage] ?? 0 }, (_, i) => i),
    pages: chunk(numbered, perPage).map((slides) => ({ slides })),
    // Told only to a teacher who asked for more: the default of 3 becomes 2 without a word.
    notices: perPage < slidesPerPage && slidesPerPageChosen ? [`large print: ${perPage} slides to a page rather than the ${slidesPerPage} asked for, so that the slides are large enough to read`] : [],
  };
}
