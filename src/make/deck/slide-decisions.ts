/**
 * From measurements to decisions, slide by slide, and the corrections the final check in
 * the browser may still call for. A decision is kept in the ledger under the fingerprint of
 * the slide as measured, so an unchanged slide is never measured again.
 */
import type { Lecture, Slide } from '../../load/lecture.js';
import { quoted } from '../../problems/problem.js';
import { chooseParts, type Lane, type Range, type Sized } from './choose-parts.js';
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

/** Items the page shows per lane: a row of items side by side (fact cards, a list set in columns) counts each. */
const shownItems = (lanes: Lane[]) => lanes.map((l) => l.units.reduce((n, u) => n + (u.items ?? 1), 0));

/** Ranges of measured units (rows, where items sit side by side) as ranges of the lecture's items. */
function asItems(ranges: readonly Range[], lanes: readonly Lane[]): Range[] {
  return ranges.map(([from, to], l) => {
    const start = (i: number) => lanes[l]!.units.slice(0, i).reduce((n, u) => n + (u.items ?? 1), 0);
    return [start(from), start(to)] as const;
  });
}

/**
 * How a slide measured whole is shown, in ranges of the lecture's items. A slide whose page
 * does not show the items the lecture has (a teacher's template laid out otherwise, or
 * sub-points in a list set side by side) is never cut: it is only set smaller, so no text
 * can be lost.
 */
export function decideSlide(slide: DeckSlide, normal: MeasuredSlide, smaller: MeasuredSlide, room = normal.room): SlideDecision {
  const expected = JSON.stringify(expectedUnits(slide));
  const rowsOf = (s: MeasuredSlide) => JSON.stringify(s.sized.lanes.map((l) => l.units.map((u) => u.items ?? 1)));
  const matches = expected === JSON.stringify(shownItems(normal.sized.lanes));
  // One step smaller, rows may hold other items (a grid reflows): then it is not an option for a split.
  const sizes: [Sized] | [Sized, Sized] = matches && rowsOf(smaller) !== rowsOf(normal) ? [normal.sized] : [normal.sized, smaller.sized];
  const uncut = (s: Sized): Sized => ({ ...s, lanes: [], last: s.last + Math.max(0, ...s.lanes.map((l) => l.fixed + l.units.reduce((h, u) => h + u.height, 0))) });
  const parts = matches ? chooseParts({ room, sizes }) : chooseParts({ room, sizes: [uncut(normal.sized), uncut(smaller.sized)] });
  // A single part is the slide whole, whatever its ranges (see planDeck).
  return { parts: parts.map((p) => ({ ranges: matches ? asItems(p.ranges, normal.sized.lanes) : p.ranges, size: p.size })) };
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

/** Where the lecture file writes a slide: a content slide's line, the title's, a section's; none for the slides Lectern adds. */
export function slideWrittenAt(lecture: Lecture, slide: DeckSlide): { line: number; column?: number } | undefined {
  switch (slide.kind) {
    case 'content':
      return slide.slide;
    case 'title':
      return lecture.titleAt;
    case 'divider':
      return lecture.sections[slide.number - 1]?.at;
    default:
      return undefined;
  }
}

/** Where a slide comes from, for messages: its place in the file, its title in at most 60 characters. */
export function describeSlide(lecture: Lecture, slide: DeckSlide, index: number): string {
  const where = slideWrittenAt(lecture, slide);
  const at = where ? `:${where.line}${where.column ? `:${where.column}` : ''}` : '';
  switch (slide.kind) {
    case 'content':
      return `${lecture.file}${at}  slide ${index + 1} ${quoted(slide.slide.title)}`;
    case 'title':
      return `${lecture.file}${at}  the title slide (title, subtitle, course, author)`;
    case 'divider':
      return `${lecture.file}${at}  the divider of section ${quoted(slide.title)}`;
    default:
      return `${lecture.file}  slide ${index + 1} (${slide.kind})`;
  }
}
