/**
 * The theme's colours are variables, used everywhere: a teacher who changes one (the accent,
 * say) changes it on every slide, the title slide's label included (it once stayed orange).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { deckPrintHtml } from '../../../src/make/deck/deck-page.js';
import { renderMarp } from '../../../src/make/deck/marp-render.js';
import { planDeck } from '../../../src/make/deck/plan-deck.js';
import { loadDeckTemplates, renderDeckMarkdown } from '../../../src/make/deck/render-deck.js';
import { embeddedFontCss } from '../../../src/make/fonts.js';
import { TemplateSet } from '../../../src/make/template-set.js';
import { sharedBrowser } from '../../helpers/browser.js';

const browser = sharedBrowser();
const set = new TemplateSet();
const theme = set.read('themes/lectern.css').text;
const COLOUR = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\b(white|black|red|orange|navy)\b(?![-\w])/gi;

describe('the lectern theme', () => {
  it('writes every colour once, as a variable, and uses the variables everywhere else', () => {
    const variables = theme.slice(theme.indexOf('section {'), theme.indexOf('}', theme.indexOf('section {')));
    const rest = theme.replace(variables, '').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(variables.match(COLOUR)?.length).toBeGreaterThan(5);
    expect(rest.replace(/white-space/g, '').match(COLOUR)).toBeNull();
  });

  it("colours the title slide's label after the accent, whatever the accent is", async () => {
    const lecture = loadLecture('content/mtcr.yaml');
    const markdown = renderDeckMarkdown(lecture, planDeck(lecture), loadDeckTemplates(set));
    const label = async (css: string) =>
      browser.withDocument('deck', deckPrintHtml(await renderMarp(markdown, css), embeddedFontCss(), 't'), new Map(), {}, (page) =>
        // As red, green and blue, whatever form the browser gives the colour in (color-mix gives oklab).
        page.$eval('section.title > p:first-child', (p) => {
          const context = document.createElement('canvas').getContext('2d')!;
          context.fillStyle = getComputedStyle(p).color;
          context.fillRect(0, 0, 1, 1);
          return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        }),
      );
    const orange = await label(theme);
    const green = await label(theme.replace('--accent: #b4441a;', '--accent: #1d6f42;'));
    const [r1, g1] = orange as [number, number];
    const [r2, g2] = green as [number, number];
    expect(r1).toBeGreaterThan(g1); // orange-ish
    expect(g2).toBeGreaterThan(r2); // green-ish, following the accent
  });

  it("keeps the title and divider labels' look when a logo heads every slide", async () => {
    const lecture = { ...loadLecture('content/mtcr.yaml'), logo: { file: path.resolve('tests/fixtures/logo/logo.svg'), href: 'images/logo.svg' } };
    const markdown = renderDeckMarkdown(lecture, planDeck(lecture), loadDeckTemplates(set));
    // Decorative: on every slide, a screen reader saying "logo" would be noise.
    expect(markdown).toContain('header: "![](images/logo.svg)"');
    const looks = await browser.withDocument('deck', deckPrintHtml(await renderMarp(markdown, theme), embeddedFontCss(), 't'), new Map([['images/logo.svg', lecture.logo.file]]), {}, (page) =>
      page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return { title: style('section.title > p').fontSize, divider: style('section.divider > p').textTransform, logo: (document.querySelector('section.title header img') as HTMLImageElement).naturalWidth };
      }),
    );
    expect(looks).toEqual({ title: '24px', divider: 'uppercase', logo: 300 });
  });
});
