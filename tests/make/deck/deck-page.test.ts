import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import sharp from 'sharp';
import { DECK_VIEWPORT, deckPrintHtml, findOverflowingSlides, screenshotSlides } from '../../../src/make/deck/deck-page.js';
import { renderMarp } from '../../../src/make/deck/marp-render.js';
import { planDeck } from '../../../src/make/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown } from '../../../src/make/deck/render-deck.js';
import { embeddedFontCss } from '../../../src/make/fonts.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();
const set = new TemplateSet();
const templates = loadDeckTemplates(set);
const theme = set.read('themes/lectern.css').text;
const overlong = loadLecture(path.join(__dirname, '../../fixtures/overlong.yaml'));

async function overflowing() {
  const markdown = renderDeckMarkdown(overlong, planDeck(overlong), templates);
  return browser.withDocument('deck', deckPrintHtml(await renderMarp(markdown, theme), embeddedFontCss(), 'test'), new Map(), { viewport: DECK_VIEWPORT }, findOverflowingSlides);
}

describe('the slide frame check, in Chromium', () => {
  it('catches a slide whose content runs past its 1280×720 frame when set whole', async () => {
    const found = await overflowing();
    // Slides: title, divider, the bullets slide, the table slide, closing.
    expect(found.map((o) => o.index)).toEqual([2, 3]);
    for (const o of found) expect(o.ratio).toBeGreaterThan(1);
  });
});

describe('the slide pictures for PowerPoint', () => {
  it('are one full-HD picture per slide, the same as Chromium shows each slide on its own', async () => {
    // More slides than one capture holds, so that pictures are cut from several strips.
    const lecture = { ...overlong, sections: [...overlong.sections, ...overlong.sections, ...overlong.sections] };
    const markdown = renderDeckMarkdown(lecture, planDeck(lecture), templates);
    const html = deckPrintHtml(await renderMarp(markdown, theme), embeddedFontCss(), 'test');
    const { pictures, direct } = await browser.withDocument('deck', html, new Map(), { viewport: DECK_VIEWPORT }, async (page) => {
      const sections = await page.$$('div.marpit > section');
      const pictures = await screenshotSlides(page);
      // One at a time: each scrolls the page to its slide.
      const direct: { i: number; png: Uint8Array }[] = [];
      for (const i of [0, 9, sections.length - 1]) direct.push({ i, png: await sections[i]!.screenshot({ type: 'png' }) });
      return { pictures, direct };
    });
    expect(pictures.length).toBe((markdown.match(/\n---\n/g) ?? []).length);
    expect(pictures.length).toBeGreaterThan(9);
    for (const p of pictures) expect(await sharp(p).metadata()).toMatchObject({ width: 1920, height: 1080, format: 'png' });
    for (const { i, png } of direct) {
      const [a, b] = await Promise.all([sharp(pictures[i]).raw().toBuffer(), sharp(png).removeAlpha().raw().toBuffer()]);
      let differing = 0;
      for (let k = 0; k < a.length; k++) if (Math.abs(a[k]! - b[k]!) > 8) differing++;
      expect(differing / a.length, `slide ${i + 1}`).toBeLessThan(0.001);
    }
    // Neighbouring slides differ, so no strip was cut at the wrong place.
    expect(Buffer.compare(Buffer.from(pictures[0]!), Buffer.from(pictures[1]!))).not.toBe(0);
  });
});
