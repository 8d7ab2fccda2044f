import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { chooseParts, wholeHeight } from '../../../src/make/deck/choose-parts.js';
import { DECK_VIEWPORT, deckPrintHtml, findOverflowingSlides } from '../../../src/make/deck/deck-page.js';
import { renderMarp } from '../../../src/make/deck/marp-render.js';
import { measureSlides } from '../../../src/make/deck/measure-slides.js';
import { planDeck, type DeckSlide } from '../../../src/make/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown } from '../../../src/make/deck/render-deck.js';
import { embeddedFontCss } from '../../../src/make/fonts.js';
import type { Lecture } from '../../../src/load/lecture.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();
const set = new TemplateSet();
const templates = loadDeckTemplates(set);
const theme = set.read('themes/lectern.css').text;
const fixture = (name: string) => loadLecture(path.join(__dirname, '../../fixtures', name));

/** Every slide of the lecture set whole, measured, with what the overflow check says of it. */
async function measureWhole(lecture: Lecture, fit = 0) {
  const plan = planDeck(lecture).map((s): DeckSlide => ('fit' in s ? { ...s, fit } : s));
  const markdown = renderDeckMarkdown(lecture, plan, templates);
  const html = deckPrintHtml(await renderMarp(markdown, theme), embeddedFontCss(), 'test');
  const continued = plan.map((s) => (s.kind === 'content' ? `${s.slide.title} (cont.)` : ''));
  return browser.withDocument('deck', html, new Map(), { viewport: DECK_VIEWPORT }, async (page) => ({
    plan,
    measured: await measureSlides(page, continued),
    overflowing: new Set((await findOverflowingSlides(page)).map((o) => o.index)),
  }));
}

describe('measuring slides in Chromium', () => {
  it('says a slide is too tall exactly when the frame check finds it overflowing', async () => {
    for (const name of ['overlong.yaml', 'all-layouts/water-cycle.yaml', 'unsplittable.yaml', 'scripts.yaml']) {
      const { measured, overflowing, plan } = await measureWhole(fixture(name));
      measured.forEach((m, i) => {
        // Within a pixel or two: the frame check allows one pixel for rounding.
        const tall = wholeHeight(m.sized) - m.room;
        if (Math.abs(tall) > 2) expect(tall > 0, `${name} slide ${i + 1} (${plan[i]!.kind}): ${tall}px over`).toBe(overflowing.has(i));
      });
    }
  });

  it('finds a unit for every point, row and event, and a part of its own for each sub-point', async () => {
    const lecture = fixture('overlong.yaml');
    const { measured, plan } = await measureWhole(lecture);
    const slides = lecture.sections[0]!.slides;
    const at = (title: string) => measured[plan.findIndex((s) => s.kind === 'content' && s.slide.title === title)]!;
    const bullets = at(slides[0]!.title).sized.lanes[0]!.units;
    // Twelve points, one of them with two details: 12 + 2 units, two of them within point 4.
    expect(bullets).toHaveLength(14);
    expect(bullets.filter((u) => u.within).map((u) => bullets.indexOf(u))).toEqual([4, 5]);
    const table = at(slides[1]!.title).sized;
    expect(table.lanes[0]!.units).toHaveLength(slides[1]!.table!.rows.length);
    // Rows of one line each are the same height.
    const heights = table.lanes[0]!.units.map((u) => Math.round(u.height));
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(1);
    expect(table.first).toBeGreaterThan(heights[0]!);
  });

  it('measures the same slide shorter one type step smaller', async () => {
    const lecture = fixture('overlong.yaml');
    const [normal, smaller] = await Promise.all([measureWhole(lecture, 0), measureWhole(lecture, 1)]);
    const i = normal.plan.findIndex((s) => s.kind === 'content');
    expect(wholeHeight(smaller.measured[i]!.sized)).toBeLessThan(wholeHeight(normal.measured[i]!.sized) * 0.95);
  });

  it('gives measurements from which the overlong slides split into parts that each fit', async () => {
    const { measured, plan } = await measureWhole(fixture('overlong.yaml'));
    plan.forEach((s, i) => {
      if (s.kind !== 'content') return;
      const m = measured[i]!;
      const parts = chooseParts({ room: m.room, sizes: [m.sized] });
      expect(parts.length, s.slide.title).toBeGreaterThan(1);
      for (const p of parts) expect(p.height).toBeLessThanOrEqual(m.room);
    });
  });
});
