/** The teacher's speaker notes: each slide at the top of its own page, its notes below. */
import { htmlBlock } from '../../make/handouts/html-text.js';
import { pageView } from '../../make/handouts/page-view.js';
import type { SlideHandoutInputs } from '../../make/handouts/slide-pictures.js';
import { fill } from '../../make/labels.js';

export function speakerNotesView(inputs: SlideHandoutInputs) {
  const total = inputs.slides.length;
  return {
    ...pageView(inputs, inputs.labels.speakerNotes),
    slideCss: inputs.slideCss,
    pages: inputs.slides.map((s, i) => ({
      number: i + 1,
      total,
      label: fill(inputs.labels.slideOf, { number: i + 1, total }),
      svg: s.svg,
      notes: s.notes ? htmlBlock(s.notes) : undefined,
    })),
  };
}
