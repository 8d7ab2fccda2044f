/**
 * How one source slide becomes slides, decided from heights measured in the browser (see
 * issue 12): whole if it fits; whole one type step smaller if that fits; else split at
 * normal size into the fewest parts, cut where the tallest part is as short as it can be
 * and, among such cuts, where the shortest part is as tall as it can be. Pure: no browser,
 * so every rule is tested with numbers.
 *
 * The model: a slide is fixed parts (heading, padding, a table's header) plus one or more
 * lanes of units stacked top to bottom (a bullet, a table row, an event, a row of fact
 * cards; a compare slide has one lane per column, side by side). A part's height is its
 * fixed height plus its tallest lane.
 */

/** Something that can go on a part of its own, or share one. Heights are in CSS pixels. */
export interface Unit {
  /** From its top to the next unit's top: the space between them included. */
  height: number;
  /** The space below it before the next unit, which a part ending with it does not need. */
  gap?: number;
  /** The list items it holds, when more than one: a row of cards side by side. */
  items?: number;
  /**
   * A sub-point of the bullet before it. A part may start here only when that bullet is too
   * tall for any slide; the part then repeats the bullet's first line, `resume` pixels tall,
   * never the whole bullet again.
   */
  within?: { resume: number };
}

export interface Lane {
  /** What the lane shows whatever its units: a compare column's heading and box padding. */
  fixed: number;
  units: Unit[];
}

/** The slide measured whole at one type size. */
export interface Sized {
  /** Heading and padding on the first part. */
  first: number;
  /** The same on a continuation, whose heading says "(cont.)" and may wrap once more. */
  cont: number;
  /** Shown on the last part only: a table's caption, a source line. */
  last: number;
  lanes: Lane[];
}

export interface SlideMeasure {
  /** The height a slide has for all of it. */
  room: number;
  /** At normal size, then one step smaller when the theme allows it (not below its smallest readable size). */
  sizes: [Sized] | [Sized, Sized];
}

/** Units [from, to) of one lane. */
export type Range = readonly [from: number, to: number];

export interface Part {
  /** One range per lane; a compare column may have nothing left for a part (an empty range). */
  ranges: Range[];
  /** 0 for normal type; 1 one step smaller; more only for a single item taller than a slide at both sizes measured. */
  size: number;
  /** Its height at its size, as measured (an estimate beyond the sizes measured). */
  height: number;
}

/** A slide with this many items or more never leaves one alone on a continuation. */
const LONELY_FROM = 4;
/** Type sizes of the theme's steps, relative to normal (themes/lectern.css: 32, 27, 23, 19 px). */
const STEP_SCALE = [1, 27 / 32, 23 / 32, 19 / 32];

const sum = (units: readonly Unit[], from: number, to: number) => units.slice(from, to).reduce((s, u) => s + u.height, 0);
const items = (lane: Lane) => lane.units.filter((u) => !u.within).length;

/** The height of a slide shown whole at this size. */
export function wholeHeight(s: Sized): number {
  return s.first + s.last + Math.max(0, ...s.lanes.map((l) => l.fixed + sum(l.units, 0, l.units.length)));
}

/** Where the item holding unit `i` starts and ends (a bullet with its sub-points is one item). */
function itemAt(units: readonly Unit[], i: number): Range {
  let from = i;
  while (from > 0 && units[from]!.within) from--;
  let to = i + 1;
  while (to < units.length && units[to]!.within) to++;
  return [from, to];
}

interface LaneRules {
  room: number;
  /** Heading and padding of part j of k. */
  fixed: (j: number, k: number) => number;
  /** Parts may leave this lane empty (compare columns). */
  mayBeEmpty: boolean;
  /** Keep a lone item off a continuation (dropped when no split could keep it so). */
  noLonely: boolean;
}

/** Items a part touches: a bullet it resumes counts as one. */
function itemsIn(units: readonly Unit[], a: number, b: number): number {
  let n = units[a]?.within ? 1 : 0;
  for (let i = a; i < b; i++) if (!units[i]!.within) n++;
  return n;
}

/** The height of units [a, b) of a lane with `fixed` above them. */
function laneHeight(lane: Lane, fixed: number, a: number, b: number): number {
  if (a === b) return fixed + lane.fixed;
  return fixed + lane.fixed + (lane.units[a]!.within?.resume ?? 0) + sum(lane.units, a, b) - (lane.units[b - 1]!.gap ?? 0);
}

/** The height of units [a, b) of a lane as part j of k; Infinity where the rules forbid that part. */
function partCost(lane: Lane, rules: LaneRules, a: number, b: number, j: number, k: number): number {
  const { units } = lane;
  const fixed = rules.fixed(j, k);
  if (a === b) return rules.mayBeEmpty ? laneHeight(lane, fixed, a, b) : Infinity;
  const [from, to] = itemAt(units, a);
  // Cutting inside a bullet is allowed only when the whole bullet fits on no slide.
  if (from < a && fixed + lane.fixed + sum(units, from, to) <= rules.room) return Infinity;
  const height = laneHeight(lane, fixed, a, b);
  // A single unit taller than a slide gets a part of its own, set smaller (see shrinkFor):
  // it is taller than a slide in any part, so it weighs nothing in the balance of the rest.
  if (height > rules.room) return b - a === 1 ? height : Infinity;
  // A continuation never holds a single item when the lane had four or more.
  if (rules.noLonely && j > 0 && itemsIn(units, a, b) === 1 && items(lane) >= LONELY_FROM) return Infinity;
  return height;
}

/**
 * The best cut of one lane into k parts: the tallest part as short as possible, then the
 * shortest as tall as possible. Returns the ranges and the tallest height, or undefined.
 */
function cutLane(lane: Lane, k: number, rules: LaneRules): { ranges: Range[]; tallest: number } | undefined {
  const n = lane.units.length;
  const cost = (a: number, b: number, j: number) => partCost(lane, rules, a, b, j, k);
  // Pass 1: the smallest possible tallest part.
  const worst: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  worst[0]![0] = 0;
  for (let j = 1; j <= k; j++)
    for (let b = 0; b <= n; b++)
      for (let a = 0; a <= b; a++) {
        if (worst[j - 1]![a] === Infinity) continue;
        const c = cost(a, b, j - 1);
        // A part set smaller (an item taller than a slide) is no measure of balance.
        worst[j]![b] = Math.min(worst[j]![b]!, Math.max(worst[j - 1]![a]!, c > rules.room && c < Infinity ? 0 : c));
      }
  const tallest = worst[k]![n]!;
  if (tallest === Infinity) return undefined;
  // Pass 2: with no part above that, the tallest possible shortest part.
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = Infinity;
  for (let j = 1; j <= k; j++)
    for (let b = 0; b <= n; b++)
      for (let a = 0; a <= b; a++) {
        if (best[j - 1]![a] === -Infinity) continue;
        const c = cost(a, b, j - 1);
        if (c === Infinity || (c > tallest + 1e-9 && c <= rules.room)) continue;
        const shortest = Math.min(best[j - 1]![a]!, c > rules.room ? Infinity : c);
        // On a tie the later cut wins: content comes early, a compare column is not left empty first.
        if (shortest >= best[j]![b]!) {
          best[j]![b] = shortest;
          from[j]![b] = a;
        }
      }
  const ranges: Range[] = [];
  for (let j = k, b = n; j > 0; j--) {
    const a = from[j]![b]!;
    ranges.unshift([a, b]);
    b = a;
  }
  return { ranges, tallest };
}

/** The smallest step at which a part of this height at normal size (and `smaller` one step down) fits. */
function shrinkFor(height: number, smaller: number | undefined, room: number): number {
  if (height <= room) return 0;
  if (smaller !== undefined && smaller <= room) return 1;
  // Beyond what was measured: scale from the smaller measurement, the check in the browser settles it.
  const base = smaller ?? height;
  const baseScale = smaller !== undefined ? STEP_SCALE[1]! : 1;
  for (let step = 2; step < STEP_SCALE.length; step++) if ((base * STEP_SCALE[step]!) / baseScale <= room) return step;
  return STEP_SCALE.length - 1;
}

/** The parts one source slide is shown on. */
export function chooseParts(measure: SlideMeasure): Part[] {
  const { room, sizes } = measure;
  const [normal, smaller] = sizes;
  const whole = (s: Sized) => s.lanes.map((l): Range => [0, l.units.length]);
  if (wholeHeight(normal) <= room) return [{ ranges: whole(normal), size: 0, height: wholeHeight(normal) }];
  if (smaller && wholeHeight(smaller) <= room) return [{ ranges: whole(smaller), size: 1, height: wholeHeight(smaller) }];

  const most = Math.max(1, ...normal.lanes.map((l) => l.units.length));
  const rules: LaneRules = {
    room,
    fixed: (j, k) => (j === 0 ? normal.first : normal.cont) + (j === k - 1 ? normal.last : 0),
    mayBeEmpty: normal.lanes.length > 1,
    noLonely: true,
  };
  const split = (noLonely: boolean): Part[] | undefined => {
    for (let k = 2; k <= most; k++) {
      const cuts = normal.lanes.map((lane) => cutLane(lane, k, { ...rules, noLonely }));
      if (cuts.some((c) => c === undefined)) continue;
      const height = (sized: Sized, ranges: Range[], j: number) =>
        Math.max(...sized.lanes.map((lane, l) => laneHeight(lane, (j === 0 ? sized.first : sized.cont) + (j === k - 1 ? sized.last : 0), ranges[l]![0], ranges[l]![1])));
      return Array.from({ length: k }, (_, j) => {
        const ranges = cuts.map((c) => c!.ranges[j]!);
        const tall = height(normal, ranges, j);
        return { ranges, size: shrinkFor(tall, smaller && height(smaller, ranges, j), room), height: tall };
      });
    }
    return undefined;
  };
  // Points that fit a slide one at a time but not two together can only go one to a slide:
  // rather than set them all in the smallest type, a lone point may continue then.
  const parts = split(true) ?? split(false);
  if (parts) return parts;
  // Nothing splits it (a single item): the whole slide, as small as it needs.
  const smallWhole = smaller && wholeHeight(smaller);
  return [{ ranges: whole(normal), size: shrinkFor(wholeHeight(normal), smallWhole, room), height: wholeHeight(normal) }];
}
