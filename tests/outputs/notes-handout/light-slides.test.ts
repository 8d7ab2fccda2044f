/**
 * Slides print light in the handouts: the title, divider and closing slides, dark on screen,
 * take the paper's white there (they once printed as full pages of dark toner), while the
 * deck itself keeps its colours.
 */
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { deckPrintHtml } from '../../../src/make/deck/deck-page.js';
import { renderMarp, renderMarpSlides } from '../../../src/make/deck/marp-render.js';
import { planDeck } from '../../../src/make/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown } from '../../../src/make/deck/render-deck.js';
import { embeddedFontCss } from '../../../src/make/fonts.js';
import { loadHandoutTemplates } from '../../../src/make/handouts/handout-templates.js';
import { englishLabels } from '../../../src/make/labels.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { notesHandoutView } from '../../../src/outputs/notes-handout/view.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();
const set = new TemplateSet();
const theme = set.read('themes/lectern.css').text;

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
  const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255) as [number, number, number];
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const backgrounds = (selector: string) => (page: import('puppeteer').Page) =>
  page.$$eval(selector, (sections) => sections.map((s) => `${s.className.split(' ')[0]} ${getComputedStyle(s).backgroundColor}`));

describe('slides in the handouts', () => {
  it('print the dark slides light, and the deck keeps them dark', async () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const markdown = renderDeckMarkdown(lecture, planDeck(lecture), loadDeckTemplates(set));
    const svg = await renderMarpSlides(markdown, theme);
    const handouts = loadHandoutTemplates(set);
    const view = notesHandoutView({ lecture, fontCss: embeddedFontCss(), stylesheet: handouts.stylesheet, labels: englishLabels(), slideCss: svg.css, slides: svg.slides.map((s) => ({ svg: s, alt: 'A slide', title: 'A slide' })) });
    const inHandout = await browser.withDocument('notes-handout', handouts.render('notes-handout', view), new Map(), {}, backgrounds('.thumb section.title, .thumb section.divider, .thumb section.closing'));
    const inDeck = await browser.withDocument('deck', deckPrintHtml(await renderMarp(markdown, theme), embeddedFontCss(), 'deck'), new Map(), {}, backgrounds('section.title, section.divider, section.closing'));
    expect(inHandout.length).toBe(1 + lecture.sections.length + 1);
    for (const entry of inHandout) expect(luminance(entry.split(' ').slice(1).join(' ')), entry).toBeGreaterThan(0.9);
    expect(inDeck.length).toBe(inHandout.length);
    for (const entry of inDeck) expect(luminance(entry.split(' ').slice(1).join(' ')), entry).toBeLessThan(0.3);
  });

  it('print a dark theme\'s slides with dark ink on white, never light text on the white paper', async () => {
    const dark = theme.replace('--ink: #14213d;', '--ink: #f2f2f2;').replace('--paper: #fdfcf9;', '--paper: #1c1c1c;');
    const lecture = loadLecture('content/mtcr.yaml');
    const markdown = renderDeckMarkdown(lecture, planDeck(lecture), loadDeckTemplates(set));
    const svg = await renderMarpSlides(markdown, dark);
    const handouts = loadHandoutTemplates(set);
    const view = notesHandoutView({ lecture, fontCss: embeddedFontCss(), stylesheet: handouts.stylesheet, labels: englishLabels(), slideCss: svg.css, slides: svg.slides.map((s) => ({ svg: s, alt: 'A slide', title: 'A slide' })) });
    const colours = await browser.withDocument('notes-handout', handouts.render('notes-handout', view), new Map(), {}, (page) =>
      page.$$eval('.thumb section.bullets', (sections) => sections.map((s) => [getComputedStyle(s).backgroundColor, getComputedStyle(s.querySelector('li')!).color])),
    );
    expect(colours.length).toBeGreaterThan(3);
    for (const [background, ink] of colours) {
      expect(luminance(background!)).toBeGreaterThan(0.9);
      expect(luminance(ink!)).toBeLessThan(0.2);
    }
  });
});
