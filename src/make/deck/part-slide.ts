/**
 * The content of each part of a split slide, from the parts decided (see slide-decisions.ts).
 * Ranges count the lecture's units: a bullet, then each of its sub-points; a table row; an
 * event; a fact.
 */
import type { Bullet, Slide } from '../../load/lecture.js';
import { plainText } from '../../load/key-terms.js';
import type { Part, Range } from './choose-parts.js';

/** A bullet resumed on a continuation shows this much of its text, then "…", never all of it again. */
const RESUMED_CHARACTERS = 48;

/** The first words of a bullet, for the line that says which bullet a continuation resumes. */
export function resumedText(text: string, lanes = 1): string {
  const plain = plainText(text);
  const room = Math.floor(RESUMED_CHARACTERS / lanes);
  if (plain.length <= room) return plain;
  const cut = plain.slice(0, room);
  const space = cut.lastIndexOf(' ');
  return `${(space > room / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Bullets as units: each bullet, then each of its sub-points (their own sub-points go with them). */
export function bulletUnits(bullets: readonly Bullet[]): { bullet: number; child?: number }[] {
  return bullets.flatMap((b, i) => [{ bullet: i }, ...b.children.map((_, child) => ({ bullet: i, child }))]);
}

/** The bullets units [from, to) show; a part that starts among a bullet's sub-points resumes that bullet. */
export function bulletsIn(bullets: readonly Bullet[], [from, to]: Range, resume: (text: string) => string): Bullet[] {
  const units = bulletUnits(bullets).slice(from, to);
  const shown: Bullet[] = [];
  for (const unit of units) {
    const source = bullets[unit.bullet]!;
    if (unit.child === undefined) shown.push({ ...source, children: [] });
    else if (shown.length === 0) shown.push({ text: resume(source.text), children: [source.children[unit.child]!] });
    else shown.at(-1)!.children.push(source.children[unit.child]!);
  }
  return shown;
}

/**
 * Each part of a content slide as a slide of its own, in order; ranges count the lecture's
 * items (see bulletUnits). `resume` words the line a resumed bullet shows.
 */
export function partSlides(slide: Slide, parts: readonly Part[], resume: (text: string, lanes: number) => string): Slide[] {
  return parts.map((part, p) => {
    const range = part.ranges[0] ?? ([0, 0] as const);
    const last = p === parts.length - 1;
    switch (slide.layout) {
      case 'bullets':
        return { ...slide, bullets: bulletsIn(slide.bullets ?? [], range, (t) => resume(t, 1)) };
      case 'facts':
        return { ...slide, facts: (slide.facts ?? []).slice(...range) };
      case 'timeline':
        return { ...slide, events: (slide.events ?? []).slice(...range) };
      case 'compare': {
        const columns = slide.columns ?? [];
        return { ...slide, columns: columns.map((c, i) => ({ ...c, bullets: bulletsIn(c.bullets, part.ranges[i] ?? [0, 0], (t) => resume(t, columns.length)) })) };
      }
      case 'table': {
        const { caption, ...rest } = slide;
        // The caption closes the table: on its last part only.
        return { ...rest, table: { ...slide.table!, rows: slide.table!.rows.slice(...range) }, ...(last && caption !== undefined && { caption }) };
      }
      default:
        return slide;
    }
  });
}
