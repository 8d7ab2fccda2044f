import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bullet } from '../../../src/load/lecture.js';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { planDeck, type DeckSlide } from '../../../src/make/deck/plan-deck.js';

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

  it('splits an overlong slide into "(cont.)" slides that keep every point, in order', () => {
    const plan = content(planDeck(overlong)).filter((s) => s.kind === 'content' && s.key === '0.0');
    expect(plan.length).toBeGreaterThan(1);
    const titles = plan.map((s) => s.kind === 'content' && s.slide.title);
    expect(titles[0]).toBe('Every item must survive');
    expect(titles.slice(1).every((t) => t === 'Every item must survive (cont.)')).toBe(true);
    const kept = plan.flatMap((s) => (s.kind === 'content' ? texts(s.slide.bullets!) : []));
    expect(kept).toEqual(texts(overlong.sections[0]!.slides[0]!.bullets!));
  });

  it('repeats the header on every part of a split table and keeps every row', () => {
    const parts = content(planDeck(overlong)).filter((s) => s.kind === 'content' && s.key === '0.1');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) if (p.kind === 'content') expect(p.slide.table!.header).toEqual(['Year', 'Event']);
    const rows = parts.flatMap((p) => (p.kind === 'content' ? p.slide.table!.rows.map((r) => r[0]) : []));
    expect(rows).toEqual(Array.from({ length: 14 }, (_, i) => `Row ${String(i + 1).padStart(2, '0')}`));
  });

  it('splits further when given a tighter budget, as after a measured overflow', () => {
    const normal = content(planDeck(overlong)).length;
    const tight = content(planDeck(overlong, { budgets: new Map([['0.0', 4]]) })).length;
    expect(tight).toBeGreaterThan(normal);
  });

  it('leaves every slide whole when splitting is off', () => {
    expect(content(planDeck(overlong, { split: false }))).toHaveLength(2);
  });

  it('balances the parts of a split rather than leaving one point alone', () => {
    const plan = content(planDeck(overlong)).filter((s) => s.kind === 'content' && s.key === '0.0');
    const sizes = plan.map((s) => (s.kind === 'content' ? s.slide.bullets!.length : 0));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(2);
  });
});
