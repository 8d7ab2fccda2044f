/**
 * The teacher's speaker notes: each slide that has notes, its picture beside them. Short
 * notes share a page; slides without notes are left out unless the lecture asks for all
 * (handouts: speaker-notes: all), so no paper is spent on "no notes". A slide split into
 * "(cont.)" slides shares its notes: they are printed once, beside its first part.
 */
import { htmlBlock } from '../../make/handouts/html-text.js';
import { pageView } from '../../make/handouts/page-view.js';
import type { SlideHandoutInputs, SlidePicture } from '../../make/handouts/slide-pictures.js';
import { fill } from '../../make/labels.js';

export function speakerNotesView(inputs: SlideHandoutInputs) {
  const total = inputs.slides.length;
  const every = inputs.lecture.handouts.speakerNotes === 'all';
  // Each slide with the "(cont.)" slides that follow it.
  const groups: { first: number; slide: SlidePicture; parts: number }[] = [];
  inputs.slides.forEach((slide, i) => {
    const last = groups.at(-1);
    if (slide.continues && last) last.parts += 1;
    else groups.push({ first: i + 1, slide, parts: 1 });
  });
  const entries = groups
    .filter((g) => every || g.slide.notes)
    .map(({ first, slide, parts }) => ({
      number: first,
      total,
      label:
        parts > 1
          ? fill(inputs.labels.slidesOf, { first, last: first + parts - 1, total })
          : fill(inputs.labels.slideOf, { number: first, total }),
      // For screen readers and the PDF's bookmarks; the page shows the label.
      heading: fill(inputs.labels.slidePicture, { number: first, title: slide.title }),
      svg: slide.svg,
      alt: slide.alt,
      notes: slide.notes ? htmlBlock(slide.notes) : undefined,
    }));
  return {
    ...pageView(inputs, inputs.labels.speakerNotes),
    slideCss: inputs.slideCss,
    entries,
    /** The entries under the name templates made for Lectern 0.1 use. */
    pages: entries,
    empty: entries.length === 0,
  };
}
