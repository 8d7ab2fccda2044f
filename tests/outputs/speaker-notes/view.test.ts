import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { englishLabels } from '../../../src/make/labels.js';
import { speakerNotesView } from '../../../src/outputs/speaker-notes/view.js';

const lecture = loadLecture('content/mtcr.yaml');
const slides = [
  { svg: '<svg id="title"/>', alt: 'title', title: 'title' },
  { svg: '<svg id="facts"/>', alt: 'facts', title: 'facts', notes: 'Say the numbers.' },
  { svg: '<svg id="long"/>', alt: 'long', title: 'long', notes: 'One long slide.' },
  { svg: '<svg id="long-cont"/>', alt: 'long-cont', title: 'long-cont', notes: 'One long slide.', continues: true },
  { svg: '<svg id="closing"/>', alt: 'closing', title: 'closing' },
];
const view = (speakerNotes: 'with-notes' | 'all') =>
  speakerNotesView({ lecture: { ...lecture, handouts: { ...lecture.handouts, speakerNotes } }, fontCss: '', stylesheet: '', labels: englishLabels(), slideCss: '', slides });

describe('speaker notes', () => {
  it('show only the slides that have notes, a split slide once with its notes', () => {
    expect(view('with-notes').entries.map((e) => [e.label, e.notes?.trim()])).toEqual([
      ['Slide 2 of 5', '<p>Say the numbers.</p>'],
      ['Slides 3–4 of 5', '<p>One long slide.</p>'],
    ]);
    // A teacher's template made for Lectern 0.1 still finds them, under their old name.
    expect(view('with-notes').pages.map((p) => p.label)).toEqual(['Slide 2 of 5', 'Slides 3–4 of 5']);
  });

  it('show every slide when the lecture asks for all, saying which have no notes', () => {
    const all = view('all');
    expect(all.entries.map((e) => e.label)).toEqual(['Slide 1 of 5', 'Slide 2 of 5', 'Slides 3–4 of 5', 'Slide 5 of 5']);
    expect(all.entries[0]!.notes).toBeUndefined();
  });

  it('are empty, and so skipped, for a lecture without notes', () => {
    expect(speakerNotesView({ lecture, fontCss: '', stylesheet: '', labels: englishLabels(), slideCss: '', slides: [{ svg: '', alt: '', title: '' }] }).empty).toBe(true);
  });
});
