import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bullet } from '../../../src/load/lecture.js';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { planDeck, type DeckSlide, type SlideDecision } from '../../../src/make/deck/plan-deck.js';

const overlong = loadLecture(path.join(__dirname, '../../fixtures/overlong.yaml'));
const content = (slides: DeckSlide[]) => slides.filter((s) => s.kind === 'content');
const texts = (bullets: Bullet[]): string[] => bullets.flatMap((b) => [b.text.replace(/ \(cont\.\)$/, ''), ...texts(b.children)]);

describe('planDeck', () => {
  it('frames the content: title, objectives, a divider per section, takeaways, closing', () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const plan = planDeck(lecture);
    expect(plan[0]!.kind).toBe('title');
    expect(plan[1]!.kind).toBe('objectives');
    expect(plan.filter((s) => s.kind === 'divider').map((s) => s.kind === 'divider' && s.title)).toEqual(lecture.sections.map((s) => s.title));
    expect(plan.at(-1)!.kind).toBe('closing');
    expect(plan.at(-2)!.kind).toBe('takeaways');
  });

  it('shows every slide whole, at normal size, without decisions', () => {
    const plan = planDeck(overlong);
    expect(content(plan)).toHaveLength(2);
    expect(plan.every((s) => s.fit === 0)).toBe(true);
  });

  it('splits a slide into "(cont.)" slides as decided, keeping every point, in order', () => {
    // Point 4 has two details: units 0–3 are points 1–4, 4–5 its details, 6– the rest.
    const decisions = new Map<string, SlideDecision>([['0.0', { parts: [{ ranges: [[0, 5]], size: 0 }, { ranges: [[5, 14]], size: 1 }] }]]);
    const plan = content(planDeck(overlong, { decisions })).filter((s) => s.kind === 'content' && s.key === '0.0');
    expect(plan.map((s) => s.kind === 'content' && s.slide.title)).toEqual(['Every item must survive', 'Every item must survive (cont.)']);
    expect(plan.map((s) => s.fit)).toEqual([0, 1]);
    const [first, second] = plan.map((s) => (s.kind === 'content' ? s.slide.bullets! : []));
    // Point 4 is resumed on the second part by a line that says so, then the rest in order.
    expect(second![0]!.text).toBe('Point 04 — a point with details underneath it (cont.)');
    const kept = [...texts(first!), ...texts(second!).slice(1)];
    expect(kept).toEqual(texts(overlong.sections[0]!.slides[0]!.bullets!));
  });

  it('repeats the header on every part of a split table and keeps every row', () => {
    const decisions = new Map<string, SlideDecision>([['0.1', { parts: [{ ranges: [[0, 7]], size: 0 }, { ranges: [[7, 14]], size: 0 }] }]]);
    const parts = content(planDeck(overlong, { decisions })).filter((s) => s.kind === 'content' && s.key === '0.1');
    expect(parts).toHaveLength(2);
    for (const p of parts) if (p.kind === 'content') expect(p.slide.table!.header).toEqual(['Year', 'Event']);
    const rows = parts.flatMap((p) => (p.kind === 'content' ? p.slide.table!.rows.map((r) => r[0]) : []));
    expect(rows).toEqual(Array.from({ length: 14 }, (_, i) => `Row ${String(i + 1).padStart(2, '0')}`));
  });

  it('splits the objectives and takeaways as decided, and sets a slide kept whole smaller', () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const n = lecture.takeaways.length;
    const decisions = new Map<string, SlideDecision>([
      ['takeaways', { parts: [{ ranges: [[0, 2]], size: 0 }, { ranges: [[2, n]], size: 0 }] }],
      ['objectives', { parts: [{ ranges: [[0, lecture.objectives.length]], size: 1 }] }],
    ]);
    const plan = planDeck(lecture, { decisions });
    const takeaways = plan.filter((s) => s.kind === 'takeaways');
    expect(takeaways.map((s) => s.kind === 'takeaways' && s.items)).toEqual([lecture.takeaways.slice(0, 2), lecture.takeaways.slice(2)]);
    expect(plan.filter((s) => s.kind === 'objectives').map((s) => s.fit)).toEqual([1]);
  });
});
