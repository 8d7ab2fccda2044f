/** Each slide's title and a fingerprint of its content: what tells a teacher which slides changed. */
import { hash } from '../../decide/fingerprints.js';
import type { Lecture } from '../../load/lecture.js';
import { fill, type Labels } from '../labels.js';
import { plainMaths } from '../maths/find-maths.js';
import type { DeckSlide } from './plan-deck.js';

export interface SlideSummary {
  title: string;
  hash: string;
}

/** A slide's title as the lecture writes it (Markdown, maths as TeX). */
export function slideTitle(lecture: Lecture, slide: DeckSlide, labels: Labels): string {
  const cont = (title: string, part: number) => (part > 1 ? fill(labels.continued, { title }) : title);
  switch (slide.kind) {
    case 'title':
      return lecture.title;
    case 'objectives':
      return cont(labels.objectives, slide.part);
    case 'divider':
      return slide.title;
    case 'content':
      return slide.slide.title;
    case 'takeaways':
      return cont(labels.takeaways, slide.part);
    case 'closing':
      return lecture.next ? fill(labels.closingNext, { next: lecture.next }) : labels.closing;
  }
}

/** Title and content hash of every slide; the Markdown holds one chunk per slide after the front matter. */
export function summarise(lecture: Lecture, plan: DeckSlide[], markdown: string, labels: Labels): SlideSummary[] {
  const chunks = markdown.split(/\n---\n/).slice(1);
  // Titles are printed as plain text (CHANGES.md, PowerPoint's alt text): maths as its TeX.
  return plan.map((slide, i) => ({ title: plainMaths(slideTitle(lecture, slide, labels)), hash: hash(chunks[i] ?? '') }));
}
