/**
 * From measurements to decisions, slide by slide, and the corrections the final check in
 * the browser may still call for. A decision is kept in the ledger under the fingerprint of
 * the slide as measured, so an unchanged slide is never measured again.
 */
import type { Lecture, Slide } from '../../load/lecture.js';
import { quoted } from '../../problems/problem.js';
import { chooseParts, type Lane } from './choose-parts.js';
import type { MeasuredSlide } from './measure-slides.js';
import { bulletUnits } from './part-slide.js';
import type { DeckSlide, SlideDecision } from './plan-deck.js';

/** The largest type step (themes/lectern.css: fit-3). */
export const SMALLEST_STEP = 3;

/** How many units the lecture's data gives each lane of a slide: what the page must show. */
function expectedUnits(slide: DeckSlide): number[] | undefined {
  const list = (s: Slide): number[] | undefined => {
    switch (s.layout) {
      case 'bullets':
        return [bulletUnits(s.bullets ?? []).length];
      case 'compare':
        return (s.columns ?? []).map((c) => bulletUnits(c.bullets).length);
      case 'timeline':
        return [(s.events ?? []).length];
      case 'table':
        return [s.table?.rows.length ?? 0];
      case 'facts':
        return [(s.facts ?? []).length];
      default:
        return undefined;
    }
  };
  if (slide.kind === 'content') return list(slide.slide);
  if (slide.kind === 'objectives' || slide.kind === 'takeaways') return [slide.items.length];
  return undefined;
}

/** Units the page shows per lane, a row of cards counting its cards. */
const shownUnits = (lanes: Lane[]) => lanes.map((l) => l.units.reduce((n, u) => n + (u.within ? 1 : (u.items ?? 1)), 0));

/**
 * How a slide measured whole is shown. A slide whose page does not show the units the
 * lecture has (a teacher's template laid out otherwise) is never cut: it is only set
 * smaller, so no text can be lost.
 */
export function decideSlide(slide: DeckSlide, normal: MeasuredSlide, smaller: MeasuredSlide, room = normal.room): SlideDecision {
  const expected = expectedUnits(slide);
  const matches = expected !== undefined && JSON.stringify(expected) === JSON.stringify(shownUnits(normal.sized.lanes)) && JSON.stringify(expected) === JSON.stringify(shownUnits(smaller.sized.lanes));
  const uncut = (s: MeasuredSlide) => ({ ...s.sized, lanes: [] as Lane[], last: s.sized.last + Math.max(0, ...s.sized.lanes.map((l) => l.fixed + l.units.reduce((h, u) => h + u.height, 0))) });
  const parts = matches
    ? chooseParts({ room, sizes: [normal.sized, smaller.sized] })
    : chooseParts({ room, sizes: [uncut(normal), uncut(smaller)] });
  const rows = matches && normal.sized.lanes[0]?.units.some((u) => (u.items ?? 1) > 1) ? normal.sized.lanes[0].units.map((u) => u.items ?? 1) : undefined;
  // A single part is the slide whole, whatever its ranges (see planDeck).
  return { parts: parts.map((p) => ({ ranges: p.ranges, size: p.size })), ...(rows && { rows }) };
}

/** What a continuation of this slide says at its top, to measure its height. */
export function continuedHeading(slide: DeckSlide, cont: (title: string) => string, labels: { objectives: string; takeaways: string }): string | undefined {
  switch (slide.kind) {
    case 'content':
      return cont(slide.slide.title);
    case 'objectives':
      return cont(labels.objectives);
    case 'takeaways':
      return cont(labels.takeaways);
    default:
      return undefined;
  }
}

/** The same slide set at another type size. */
export const atSize = (slide: DeckSlide, fit: number): DeckSlide => ({ ...slide, fit });

/** Where a slide comes from, for messages: its place in the file, its title in at most 60 characters. */
export function describeSlide(lecture: Lecture, slide: DeckSlide, index: number): string {
  const at = (where?: { line: number; column?: number }) => (where ? `:${where.line}${where.column ? `:${where.column}` : ''}` : '');
  switch (slide.kind) {
    case 'content':
      return `${lecture.file}${at(slide.slide)}  slide ${index + 1} ${quoted(slide.slide.title)}`;
    case 'title':
      return `${lecture.file}${at(lecture.titleAt)}  the title slide (title, subtitle, course, author)`;
    case 'divider':
      return `${lecture.file}${at(lecture.sections[slide.number - 1]?.at)}  the divider of section ${quoted(slide.title)}`;
    default:
      return `${lecture.file}  slide ${index + 1} (${slide.kind})`;
  }
}
