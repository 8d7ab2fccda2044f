/**
 * What a picture of a whole slide says to someone who cannot see it: the slide's title and
 * its words, in reading order. The handouts print slides as pictures (thumbnails); their
 * alt text is this, so a screen reader reads the slide rather than "image".
 */
import type { Lecture } from '../../load/lecture.js';
import { slideTexts } from '../../load/slide-text.js';
import { fill, type Labels } from '../labels.js';
import { platformPlain } from '../platform-text.js';
import type { DeckSlide } from './plan-deck.js';

/** The pieces of text of one planned slide, as plain text (an image's alt text as typed). */
function pieces(lecture: Lecture, slide: DeckSlide, labels: Labels): string[] {
  if (slide.kind === 'content') return slideTexts(slide.slide, { alt: true, plain: platformPlain });
  return written(lecture, slide, labels).map(platformPlain);
}

/** The pieces of text of a slide Lectern makes (title, objectives, …), as the lecture wrote them (Markdown, maths). */
function written(lecture: Lecture, slide: Exclude<DeckSlide, { kind: 'content' }>, labels: Labels): string[] {
  const cont = (title: string, part: number) => (part > 1 ? fill(labels.continued, { title }) : title);
  switch (slide.kind) {
    case 'title':
      return [lecture.course ?? '', lecture.lesson ? fill(labels.lesson, { lesson: lecture.lesson }) : '', lecture.title, lecture.subtitle ?? '', lecture.author ?? '', lecture.revised ? fill(labels.revised, { date: lecture.revised }) : ''];
    case 'objectives':
      return [cont(labels.objectives, slide.part), ...slide.items];
    case 'divider':
      return [fill(labels.part, { number: slide.number }), slide.title];
    case 'takeaways':
      return [cont(labels.takeaways, slide.part), ...slide.items];
    case 'closing':
      return lecture.next ? [labels.questions, labels.nextLecture, lecture.next] : [labels.thankYou];
  }
}

/** The slide's words as one plain text, each piece a sentence of its own for a screen reader's pause. */
export function slideDescription(lecture: Lecture, slide: DeckSlide, labels: Labels): string {
  return pieces(lecture, slide, labels)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => piece !== '')
    .map((piece) => (/[.!?:;…。！？؟।]$/u.test(piece) ? piece : `${piece}.`))
    .join(' ');
}
