import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../src/load/load-lecture.js';
import { deckPrintHtml, findOverflowingSlides, openDeck } from '../../src/print/deck-print.js';
import { renderMarp } from '../../src/render/deck/marp-render.js';
import { planDeck } from '../../src/render/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown } from '../../src/render/deck/render-deck.js';
import { embeddedFontCss } from '../../src/render/fonts.js';
import { TemplateSet } from '../../src/render/template-set.js';
import { sharedBrowser } from '../helpers/browser.js';

const browser = sharedBrowser();
const set = new TemplateSet();
const templates = loadDeckTemplates(set);
const theme = set.read('themes/lectern.css').text;
const overlong = loadLecture(path.join(__dirname, '../fixtures/overlong.yaml'));

async function overflowing(split: boolean) {
  const markdown = renderDeckMarkdown(overlong, planDeck(overlong, { split }), templates);
  return browser.withPage(async (page) => {
    await openDeck(page, deckPrintHtml(await renderMarp(markdown, theme), embeddedFontCss(), 'test'), new Map());
    return findOverflowingSlides(page);
  });
}

describe('the slide frame check, in Chromium', () => {
  it('catches a slide whose content runs past its 1280×720 frame when splitting is off', async () => {
    const found = await overflowing(false);
    // Slides: title, divider, the bullets slide, the table slide, closing.
    expect(found.map((o) => o.index)).toEqual([2, 3]);
    for (const o of found) expect(o.ratio).toBeGreaterThan(1);
  });

  it('finds every slide inside its frame once long slides are split', async () => {
    expect(await overflowing(true)).toEqual([]);
  });
});
