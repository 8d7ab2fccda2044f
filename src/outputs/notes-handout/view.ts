/** The note-taking handout (PowerPoint's "handouts"): the slides, N to a page, with ruled lines. */
import { pageView } from '../../make/handouts/page-view.js';
import type { SlideHandoutInputs } from '../../make/handouts/slide-pictures.js';

/** Ruled lines beside or below each slide, by slides per page (none where the page is full of slides). */
const RULES: Record<number, number> = { 1: 14, 2: 6, 3: 9, 4: 0, 6: 0, 9: 0 };

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export function notesHandoutView(inputs: SlideHandoutInputs) {
  const perPage = inputs.lecture.handouts.slidesPerPage;
  const numbered = inputs.slides.map((s, i) => ({ number: i + 1, svg: s.svg, alt: s.alt }));
  return {
    ...pageView(inputs, inputs.labels.notesHandout),
    slideCss: inputs.slideCss,
    perPage,
    rules: Array.from({ length: RULES[perPage] ?? 0 }, (_, i) => i),
    pages: chunk(numbered, perPage).map((slides) => ({ slides })),
  };
}
