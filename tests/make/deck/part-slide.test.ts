import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/load/lecture.js';
import type { Part } from '../../../src/make/deck/choose-parts.js';
import { bulletUnits, partSlides, resumedText } from '../../../src/make/deck/part-slide.js';

const part = (...ranges: [number, number][]): Part => ({ ranges, size: 0, height: 0 });
const resume = (text: string, lanes: number) => `${resumedText(text, lanes)} (cont.)`;
const leaf = (text: string) => ({ text, children: [] });

describe('partSlides', () => {
  const bullets: Slide = {
    title: 'Points',
    layout: 'bullets',
    line: 1,
    bullets: [leaf('One'), { text: 'Two has a long text that goes on for far longer than a line of a slide would hold', children: [leaf('2a'), leaf('2b'), leaf('2c')] }, leaf('Three')],
  };

  it('counts a bullet and each of its sub-points as units', () => {
    expect(bulletUnits(bullets.bullets!)).toHaveLength(6);
  });

  it('resumes a bullet cut between its sub-points with its first words only', () => {
    const [first, second] = partSlides(bullets, [part([0, 3]), part([3, 6])], resume);
    expect(first!.bullets).toEqual([leaf('One'), { text: bullets.bullets![1]!.text, children: [leaf('2a')] }]);
    expect(second!.bullets![0]!.children).toEqual([leaf('2b'), leaf('2c')]);
    expect(second!.bullets![0]!.text).toBe('Two has a long text that goes on for far longer… (cont.)');
    expect(second!.bullets![1]).toEqual(leaf('Three'));
  });

  it('takes the facts of each part', () => {
    const facts: Slide = { title: 'F', layout: 'facts', line: 1, facts: Array.from({ length: 7 }, (_, i) => ({ value: `${i}`, label: 'x' })) };
    const parts = partSlides(facts, [part([0, 3]), part([3, 7])], resume);
    expect(parts.map((s) => s.facts!.map((f) => f.value))).toEqual([['0', '1', '2'], ['3', '4', '5', '6']]);
  });

  it("puts a table's caption on its last part only, and its header on every part", () => {
    const table: Slide = { title: 'T', layout: 'table', line: 1, caption: 'Source: a book', table: { header: ['A'], rows: [['1'], ['2'], ['3']] } };
    const parts = partSlides(table, [part([0, 2]), part([2, 3])], resume);
    expect(parts.map((s) => s.caption)).toEqual([undefined, 'Source: a book']);
    expect(parts.map((s) => s.table!.header)).toEqual([['A'], ['A']]);
    expect(parts.flatMap((s) => s.table!.rows)).toEqual([['1'], ['2'], ['3']]);
  });

  it('keeps every compare column on every part, even one with nothing left', () => {
    const compare: Slide = { title: 'C', layout: 'compare', line: 1, columns: [{ heading: 'A', bullets: [leaf('a1')] }, { heading: 'B', bullets: [leaf('b1'), leaf('b2')] }] };
    const parts = partSlides(compare, [part([0, 1], [0, 1]), part([1, 1], [1, 2])], resume);
    expect(parts.map((s) => s.columns!.map((c) => c.heading))).toEqual([['A', 'B'], ['A', 'B']]);
    expect(parts[1]!.columns!.map((c) => c.bullets.length)).toEqual([0, 1]);
  });
});
