import { describe, expect, it } from 'vitest';
import { chooseParts, wholeHeight, type Lane, type Part, type Sized, type SlideMeasure } from '../../../src/make/deck/choose-parts.js';

const ROOM = 600;
const lane = (...heights: number[]): Lane => ({ fixed: 0, units: heights.map((height) => ({ height })) });
const sized = (lanes: Lane[], first = 100, cont = 100, last = 0): Sized => ({ first, cont, last, lanes });
const measure = (normal: Sized, smaller?: Sized): SlideMeasure => ({ room: ROOM, sizes: smaller ? [normal, smaller] : [normal] });
/** The same slide one step smaller: everything 27/32 as tall. */
const shrunk = (s: Sized): Sized => {
  const k = 27 / 32;
  return { first: s.first * k, cont: s.cont * k, last: s.last * k, lanes: s.lanes.map((l) => ({ fixed: l.fixed * k, units: l.units.map((u) => ({ ...u, height: u.height * k })) })) };
};
const counts = (parts: Part[], l = 0) => parts.map((p) => p.ranges[l]![1] - p.ranges[l]![0]);

describe('chooseParts', () => {
  it('keeps a slide that fits whole, at normal size', () => {
    const parts = chooseParts(measure(sized([lane(100, 100, 100, 100, 100)])));
    expect(parts).toEqual([{ ranges: [[0, 5]], size: 0, height: 600 }]);
  });

  it('keeps a slide whole one step smaller when that fits, rather than splitting it', () => {
    const normal = sized([lane(110, 110, 110, 110, 110)]);
    const parts = chooseParts(measure(normal, shrunk(normal)));
    expect(parts).toHaveLength(1);
    expect(parts[0]!.size).toBe(1);
  });

  it('splits at normal size when one step smaller is not allowed or not enough', () => {
    const normal = sized([lane(150, 150, 150, 150, 150, 150)]);
    expect(wholeHeight(shrunk(normal))).toBeGreaterThan(ROOM);
    const parts = chooseParts(measure(normal, shrunk(normal)));
    expect(counts(parts)).toEqual([3, 3]);
    expect(parts.every((p) => p.size === 0)).toBe(true);
  });

  it('evens the parts out: six equal points where four fit read 3 + 3, not 4 + 2', () => {
    const parts = chooseParts(measure(sized([lane(120, 120, 120, 120, 120, 120)])));
    expect(counts(parts)).toEqual([3, 3]);
  });

  it('uses the fewest parts, and joining any two neighbours would not fit', () => {
    const heights = [90, 40, 200, 60, 60, 130, 80, 70, 150, 30, 45, 210, 90];
    const s = sized([lane(...heights)]);
    const parts = chooseParts(measure(s));
    // Packing greedily gives the fewest parts when nothing else constrains the cuts.
    let greedy = 1;
    let used = 100;
    for (const h of heights) if (used + h > ROOM) (greedy++, (used = 100 + h));
    else used += h;
    expect(parts.length).toBe(greedy);
    for (const p of parts) expect(p.height).toBeLessThanOrEqual(ROOM);
    for (let i = 0; i + 1 < parts.length; i++) {
      const joined = 100 + heights.slice(parts[i]!.ranges[0]![0], parts[i + 1]!.ranges[0]![1]).reduce((a, b) => a + b, 0);
      expect(joined).toBeGreaterThan(ROOM);
    }
    // Every point is on exactly one part, in order.
    expect(parts.map((p) => p.ranges[0])).toEqual(parts.map((_, i) => [i === 0 ? 0 : parts[i - 1]!.ranges[0]![1], parts[i]!.ranges[0]![1]]));
    expect(parts.at(-1)!.ranges[0]![1]).toBe(heights.length);
  });

  it('never leaves one point alone on a continuation when the slide had four or more', () => {
    // 4 + 1 would make the shorter tallest part (450 against 510), but leaves the 350 alone.
    const parts = chooseParts(measure(sized([lane(60, 60, 60, 60, 350)])));
    expect(counts(parts)).toEqual([3, 2]);
  });

  it('puts points that fit a slide alone but not two together one to a slide, at normal size, however many', () => {
    for (const n of [4, 6]) {
      const parts = chooseParts(measure(sized([lane(...Array.from({ length: n }, () => 300))])));
      expect(counts(parts)).toEqual(Array.from({ length: n }, () => 1));
      expect(parts.every((p) => p.size === 0)).toBe(true);
    }
  });

  it('may leave one point on a continuation when the slide had fewer than four', () => {
    const parts = chooseParts(measure(sized([lane(250, 250, 300)])));
    expect(counts(parts)).toEqual([2, 1]);
  });

  it('gives a point taller than a slide a part of its own, and sets only that part smaller', () => {
    const normal = sized([lane(80, 80, 80, 560, 80, 80)]);
    const parts = chooseParts(measure(normal, shrunk(normal)));
    const alone = parts.find((p) => p.ranges[0]![1] - p.ranges[0]![0] === 1 && p.ranges[0]![0] === 3);
    expect(alone, JSON.stringify(parts)).toBeDefined();
    expect(alone!.size).toBe(1);
    expect(parts.filter((p) => p !== alone).every((p) => p.size === 0)).toBe(true);
  });

  it('sets a point taller than a slide even at one step smaller by more steps', () => {
    const parts = chooseParts(measure(sized([lane(900)]), shrunk(sized([lane(900)]))));
    expect(parts).toHaveLength(1);
    expect(parts[0]!.size).toBeGreaterThanOrEqual(2);
  });

  it('cuts inside a bullet only when the whole bullet fits on no slide, repeating one line of it', () => {
    const sub = (height: number) => ({ height, within: { resume: 40 } });
    // A bullet of 100 with three sub-points of 120: 560 with the heading, which fits a slide.
    const fits: Lane = { fixed: 0, units: [{ height: 200 }, { height: 100 }, sub(120), sub(120), sub(120)] };
    expect(chooseParts(measure(sized([fits])))[1]!.ranges[0]![0]).toBe(1);
    // Five sub-points of 150: no slide holds the bullet, so it is cut between sub-points.
    const tall: Lane = { fixed: 0, units: [{ height: 100 }, sub(150), sub(150), sub(150), sub(150), sub(150)] };
    const parts = chooseParts(measure(sized([tall])));
    expect(parts.length).toBe(2);
    const second = parts[1]!;
    expect(tall.units[second.ranges[0]![0]]!.within).toBeDefined();
    // The continuation's height counts the repeated line, never the whole bullet again.
    expect(second.height).toBe(100 + 40 + 150 * (6 - second.ranges[0]![0]));
  });

  it('keeps every compare column on every part: columns of 1, 3 and 6 points take two slides', () => {
    const columns = [lane(120), lane(120, 120, 120), lane(120, 120, 120, 120, 120, 120)].map((l) => ({ ...l, fixed: 60 }));
    const parts = chooseParts(measure(sized(columns)));
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.ranges).toHaveLength(3);
    expect(counts(parts, 2)).toEqual([3, 3]);
    // The single point of the first column goes on the first part.
    expect(counts(parts, 0)).toEqual([1, 0]);
  });

  it("counts a table's caption on the last part only", () => {
    // Rows of 100 under a heading of 100: five fit a part, but the last part also has a caption of 150.
    const parts = chooseParts(measure(sized([lane(100, 100, 100, 100, 100, 100, 100, 100)], 100, 100, 150)));
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.height).toBeLessThanOrEqual(ROOM);
    expect(parts[1]!.height).toBe(100 + 150 + 100 * counts(parts)[1]!);
  });

  it('counts a taller continuation heading', () => {
    // Four points of 120 fit under a one-line heading (100), but not under a two-line one (160).
    const parts = chooseParts(measure(sized([lane(120, 120, 120, 120, 120, 120, 120, 120)], 100, 160)));
    expect(parts).toHaveLength(3);
    for (const p of parts) expect(p.height).toBeLessThanOrEqual(ROOM);
  });
});
