/**
 * Decides the slides of the deck: title, objectives, a divider per section, the content
 * slides (split into "(cont.)" slides where they would not fit), takeaways and closing.
 */
import type { Bullet, Column, Lecture, Slide } from '../../load/lecture.js';
import { englishLabels, fill, type Labels } from '../labels.js';
import { FULL_WIDTH_CHARS, headingLines, linesFor, SLIDE_LINE_BUDGET } from './measure-text.js';

export type DeckSlide =
  | { kind: 'title'; fit: number }
  | { kind: 'objectives'; items: string[]; part: number; parts: number }
  | { kind: 'divider'; number: number; title: string; fit: number }
  | {
      kind: 'content';
      key: string;
      part: number;
      parts: number;
      slide: Slide;
      section: string;
      /** 0 for normal type; 1–3 set the slide's text smaller, for content that cannot split further. */
      fit: number;
    }
  | { kind: 'takeaways'; items: string[]; part: number; parts: number }
  | { kind: 'closing'; fit: number };

export interface PlanOptions {
  /** Split long slides into continuation slides (off only to prove the overflow check works). */
  split?: boolean;
  /** Tighter line budgets for particular source slides (key "section.slide"), set after a measured overflow. */
  budgets?: ReadonlyMap<string, number>;
  /** The labels of the lecture's language (for "(cont.)"); English when absent. */
  labels?: Labels;
}

const MAX_FACTS = 4;

/** Lines one bullet with its sub-points takes, `depth` levels deep, in a box `width` characters wide. */
function bulletLines(b: Bullet, width: number, depth = 0): number {
  const own = linesFor(b.text, (width - depth * 3) / (depth === 0 ? 1 : 0.85)) * (depth === 0 ? 1 : 0.85) + (depth === 0 ? 0.25 : 0.1);
  return own + b.children.reduce((sum, c) => sum + bulletLines(c, width, depth + 1), 0);
}

/** Packs items greedily into chunks whose cost stays within budget; an oversized item gets a chunk to itself. */
function packGreedy<T>(items: T[], cost: (item: T) => number, budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length > 0 && used + c > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * As few chunks as the budget allows, then evened out: the smallest budget that still
 * gives that many chunks, so a split reads 3 + 3 rather than 5 + 1.
 */
function pack<T>(items: T[], cost: (item: T) => number, budget: number): T[][] {
  const greedy = packGreedy(items, cost, budget);
  if (greedy.length < 2) return greedy;
  let low = 0;
  let high = budget;
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    if (packGreedy(items, cost, mid).length <= greedy.length) high = mid;
    else low = mid;
  }
  return packGreedy(items, cost, high);
}

/** A bullet too long for one slide is cut between its sub-points; its text repeats with "(cont.)". */
function splitBullets(bullets: Bullet[], width: number, budget: number, cont: (text: string) => string): Bullet[][] {
  const flat: Bullet[] = [];
  for (const b of bullets) {
    if (bulletLines(b, width) <= budget || b.children.length < 2) {
      flat.push(b);
      continue;
    }
    const childBudget = budget - linesFor(b.text, width);
    pack(b.children, (c) => bulletLines(c, width, 1), Math.max(1, childBudget)).forEach((children, i) =>
      flat.push({ text: i === 0 ? b.text : cont(b.text), children }),
    );
  }
  return pack(flat, (b) => bulletLines(b, width), budget);
}

function splitColumns(columns: Column[], budget: number, cont: (text: string) => string): Column[][] {
  // Column text wraps sooner than the width suggests: boxes have padding, headings are bold.
  const width = (FULL_WIDTH_CHARS / columns.length) * 0.8;
  // Each column loses a line or so to its heading bar and the padding of its box.
  const perColumn = columns.map((c) => splitBullets(c.bullets, width, budget - linesFor(c.heading, width) * 1.2 - 0.8, cont));
  const parts = Math.max(...perColumn.map((p) => p.length));
  return Array.from({ length: parts }, (_, i) =>
    columns.map((c, ci) => ({
      heading: i === 0 ? c.heading : cont(c.heading),
      bullets: perColumn[ci]![i] ?? [],
    })).filter((c) => c.bullets.length > 0), // a column that ran out early leaves the continuation
  );
}

/** The parts a content slide is split into, each a slide of the same layout. */
function splitSlide(slide: Slide, budget: number, cont: (text: string) => string): Slide[] {
  const body = budget - (headingLines(slide.title) - 1) * 1.4;
  switch (slide.layout) {
    case 'bullets':
      return splitBullets(slide.bullets ?? [], FULL_WIDTH_CHARS, body, cont).map((bullets) => ({ ...slide, bullets }));
    case 'facts': {
      const perSlide = Math.max(1, Math.min(MAX_FACTS, Math.floor((MAX_FACTS * budget) / SLIDE_LINE_BUDGET)));
      return pack(slide.facts ?? [], () => 1, perSlide).map((facts) => ({ ...slide, facts }));
    }
    case 'timeline':
      return pack(slide.events ?? [], (e) => linesFor(e.what, FULL_WIDTH_CHARS - 14) + 0.5, body).map((events) => ({ ...slide, events }));
    case 'compare':
      return splitColumns(slide.columns ?? [], body, cont).map((columns) => ({ ...slide, columns }));
    case 'table': {
      const table = slide.table!;
      // Table text is set at 26px against 32px for body text: more characters, shorter lines.
      const width = (FULL_WIDTH_CHARS * 1.2) / table.header.length;
      const rowLines = (row: string[]) => Math.max(...row.map((cell) => linesFor(cell, width))) * 0.8 + 0.45;
      const caption = slide.caption ? linesFor(slide.caption, FULL_WIDTH_CHARS) : 0;
      return pack(table.rows, rowLines, body - rowLines(table.header) - caption).map((rows) => ({ ...slide, table: { ...table, rows } }));
    }
    default:
      // Quotes and images are not split: the theme scales them to fit (see the quote-long class).
      return [slide];
  }
}

const SPLITTABLE = new Set(['bullets', 'facts', 'timeline', 'compare', 'table']);

/**
 * How much smaller to set a slide's type once its budget has been cut after measured
 * overflows. Splittable slides first split; they shrink only when splitting has not
 * been enough (a single point too long for a slide). Quotes and images only shrink.
 */
function fitLevel(budget: number, splittable: boolean): number {
  const scale = budget / SLIDE_LINE_BUDGET / (splittable ? 0.5 : 1);
  if (scale >= 0.95) return 0;
  if (scale >= 0.75) return 1;
  if (scale >= 0.55) return 2;
  return 3;
}

export function planDeck(lecture: Lecture, options: PlanOptions = {}): DeckSlide[] {
  const split = options.split ?? true;
  const labels = options.labels ?? englishLabels();
  const cont = (title: string) => fill(labels.continued, { title });
  // Slides that cannot split only ever shrink, by how much their budget was cut.
  const shrink = (key: string) => fitLevel(options.budgets?.get(key) ?? SLIDE_LINE_BUDGET, false);
  const slides: DeckSlide[] = [{ kind: 'title', fit: shrink('title') }];
  const listSlides = (kind: 'objectives' | 'takeaways', items: string[]) => {
    if (items.length === 0) return;
    const budget = (options.budgets?.get(kind) ?? SLIDE_LINE_BUDGET) - 0.5;
    const parts = split ? pack(items, (t) => linesFor(t, FULL_WIDTH_CHARS) + 0.5, budget) : [items];
    parts.forEach((chunk, i) => slides.push({ kind, items: chunk, part: i + 1, parts: parts.length }));
  };
  listSlides('objectives', lecture.objectives);
  lecture.sections.forEach((section, si) => {
    slides.push({ kind: 'divider', number: si + 1, title: section.title, fit: shrink(`divider.${si}`) });
    section.slides.forEach((slide, sj) => {
      const key = `${si}.${sj}`;
      const budget = options.budgets?.get(key) ?? SLIDE_LINE_BUDGET;
      const parts = split ? splitSlide(slide, budget, cont) : [slide];
      parts.forEach((part, i) =>
        slides.push({
          kind: 'content',
          key,
          part: i + 1,
          parts: parts.length,
          section: section.title,
          fit: fitLevel(budget, SPLITTABLE.has(slide.layout)),
          slide: i === 0 ? part : { ...part, title: cont(slide.title) },
        }),
      );
    });
  });
  listSlides('takeaways', lecture.takeaways);
  slides.push({ kind: 'closing', fit: shrink('closing') });
  return slides;
}
