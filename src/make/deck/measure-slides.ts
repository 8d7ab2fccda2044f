/**
 * Measures slides as the browser lays them out, for chooseParts (issue 12): the room a
 * slide has, the height of its fixed parts (heading, padding, a table's header, a caption)
 * and of every unit that may go on a part of its own. Works from the DOM Marp makes, not
 * from the templates, so a teacher's own slide templates are measured the same way:
 *
 * - a compare slide's lanes are its lists side by side (`section > ul`);
 * - a table's units are its body rows;
 * - otherwise the slide's first list is its one lane; its items are its units, a list of
 *   cards laid out in a grid (facts) by rows, and a bullet with sub-points as its own line
 *   followed by one unit per sub-point.
 *
 * Content that runs past the slide is still laid out (Marp's sections clip, not squeeze),
 * so a slide set whole measures whole, however long.
 */
import type { Page } from 'puppeteer';
import type { Sized } from './choose-parts.js';

export interface MeasuredSlide {
  room: number;
  sized: Sized;
}

/**
 * Every slide of the loaded deck page, measured. `continued[i]` is what slide i's heading
 * says on a continuation ("… (cont.)"), so its height can be measured too.
 */
export function measureSlides(page: Page, continued: readonly string[]): Promise<MeasuredSlide[]> {
  return page.evaluate((continued: readonly string[]) => {
    type Unit = { height: number; gap?: number; items?: number; within?: { resume: number } };
    const box = (el: Element) => el.getBoundingClientRect();
    const px = (el: Element, prop: string) => parseFloat(getComputedStyle(el).getPropertyValue(prop)) || 0;

    /** Units of elements stacked top to bottom: each from its top to the next one's, and the space before that. */
    const stack = (els: Element[], bottom: number, bottoms = els.map((el) => box(el).bottom)) =>
      els.map((el, i) => {
        const next = i + 1 < els.length ? box(els[i + 1]!).top : bottom;
        return { height: next - box(el).top, gap: i + 1 < els.length ? Math.max(0, next - bottoms[i]!) : 0 };
      });

    /** A list's items as units: cards in rows by row; a bullet's sub-points each a unit of their own. */
    const unitsOf = (list: Element) => {
      const items = [...list.children].filter((c) => c.tagName === 'LI');
      if (items.length === 0) return [];
      // Where the ink ends: a margin below the last item is not content.
      const bottom = Math.max(...items.map((li) => box(li).bottom));
      const rows = new Map<number, Element[]>();
      for (const li of items) rows.set(Math.round(box(li).top), [...(rows.get(Math.round(box(li).top)) ?? []), li]);
      if (rows.size < items.length) {
        // Side by side: a grid of cards, split by whole rows.
        const grid = [...rows.values()];
        const bottoms = grid.map((row) => Math.max(...row.map((li) => box(li).bottom)));
        return stack(grid.map((row) => row[0]!), bottom, bottoms).map((unit, r) => ({ ...unit, items: grid[r]!.length }));
      }
      const units: Unit[] = [];
      const tops = stack(items, bottom);
      items.forEach((li, i) => {
        const subs = [...(li.querySelector(':scope > ul, :scope > ol')?.children ?? [])].filter((c) => c.tagName === 'LI');
        if (subs.length === 0) {
          units.push(tops[i]!);
          return;
        }
        const resume = px(li, 'line-height') || px(li, 'font-size') * 1.3;
        units.push({ height: box(subs[0]!).top - box(li).top });
        // The last sub-point reaches down to the next bullet, with the space between them.
        const next = box(li).top + tops[i]!.height;
        const inner = stack(subs, next - tops[i]!.gap);
        inner[inner.length - 1]!.height += tops[i]!.gap;
        inner[inner.length - 1]!.gap = tops[i]!.gap;
        inner.forEach((unit) => units.push({ ...unit, within: { resume } }));
      });
      return units;
    };

    return [...document.querySelectorAll<HTMLElement>('div.marpit > section')].map((section, i) => {
      const frame = box(section);
      const top = frame.top + px(section, 'padding-top');
      const bottom = frame.bottom - px(section, 'padding-bottom');
      let lowest = top;
      for (const el of section.querySelectorAll('*')) {
        if (el.closest('header, footer')) continue;
        // Typeset maths counts as its box (see findOverflowingSlides in deck-page.ts).
        if (el.parentElement?.closest('.katex')) continue;
        const r = box(el);
        if (r.width > 0 || r.height > 0) lowest = Math.max(lowest, r.bottom);
      }
      // The heading as a continuation says more, and may wrap once more: measure a copy.
      const heading = section.querySelector(':scope > h2, :scope > h1');
      let more = 0;
      if (heading && continued[i]) {
        // In the flow, hidden, so that it is as wide as the heading may be, not as the heading is.
        const copy = heading.cloneNode(false) as HTMLElement;
        copy.textContent = continued[i]!;
        copy.style.visibility = 'hidden';
        heading.after(copy);
        more = Math.max(0, box(copy).height - box(heading).height);
        copy.remove();
      }

      const table = section.querySelector(':scope > table');
      const lists = section.classList.contains('compare')
        ? [...section.querySelectorAll(':scope > ul, :scope > ol')]
        : [section.querySelector(':scope > ul, :scope > ol')].filter((l): l is Element => l !== null);
      const rows = table ? [...table.querySelectorAll(':scope > tbody > tr')] : [];
      let lanes: { fixed: number; units: Unit[] }[];
      let laneTop: number;
      let laneBottom: number;
      if (table && rows.length > 0) {
        laneTop = box(rows[0]!).top;
        laneBottom = box(rows.at(-1)!).bottom;
        lanes = [{ fixed: 0, units: stack(rows, laneBottom) }];
      } else if (lists.length > 0) {
        laneTop = Math.min(...lists.map((l) => box(l).top));
        laneBottom = Math.max(...lists.map((l) => box(l).bottom));
        lanes = lists.map((list) => {
          // Lists side by side in a grid are all stretched to the tallest: measure each as tall as it is.
          const stretch = (list as HTMLElement).style.alignSelf;
          (list as HTMLElement).style.alignSelf = 'start';
          const units = unitsOf(list);
          // Whatever the list takes beyond its units: its padding, a box's frame.
          const fixed = box(list).bottom - laneTop - units.reduce((s, u) => s + u.height, 0);
          (list as HTMLElement).style.alignSelf = stretch;
          return { fixed, units };
        });
      } else {
        laneTop = lowest;
        laneBottom = lowest;
        lanes = [];
      }
      const first = laneTop - top;
      const last = Math.max(0, lowest - laneBottom);
      return { room: bottom - top, sized: { first, cont: first + more, last, lanes } };
    });
  }, continued);
}
