/**
 * Every shipped theme (every .css in templates/themes) and the handouts' stylesheet meet
 * WCAG 2.1 AA contrast for every pair of text or key graphic on its background: on the
 * slides, on the slides as the handouts print them, and on the handouts' white paper. A
 * failure names the pair, its colours, its ratio and the ratio it needs.
 */
import { describe, expect, it } from 'vitest';
import { describeFinding, handoutContrast, printedSlideContrast, readThemeContrast } from '../../src/make/contrast.js';
import { TemplateSet } from '../../src/make/template-set.js';
import { inlineThemeImports } from '../../src/make/theme-imports.js';

const templates = new TemplateSet();
const themes = templates.themes();
const handoutCss = templates.read('handouts/handout.css').text;
/** A theme as Marp gets it from a build (load-step.ts): its imports written in. */
const themeCss = (name: string) =>
  inlineThemeImports(templates.read(`themes/${name}.css`).text, (n) => (themes.includes(n) ? templates.read(`themes/${n}.css`).text : undefined), [name]);
const failures = (findings: { passes: boolean }[]) => (findings as Parameters<typeof describeFinding>[0][]).filter((f) => !f.passes).map(describeFinding);

it('ships Lectern’s theme and the high-contrast one', () => {
  expect(themes).toEqual(expect.arrayContaining(['lectern', 'high-contrast']));
});

describe.each(themes)('theme %s', (name) => {
  const slides = readThemeContrast(themeCss(name), name);

  it('meets WCAG 2.1 AA on its slides: 4.5:1 for text, 3:1 for large text and key graphics', () => {
    expect(slides.unread).toEqual([]);
    expect(failures(slides.findings)).toEqual([]);
  });

  it('checks every layout’s text and graphics: title, divider, closing, facts, timeline, compare, quote, image, table, code', () => {
    const used = slides.findings.map((f) => f.usedFor).join('\n');
    for (const part of ['body text', 'key terms', 'footer', 'slide number', 'title slide', 'section divider', 'closing slide', 'objectives', 'takeaways', 'facts', 'timeline', 'compare', 'quote', 'image caption', 'table: header row', 'table: striped rows', 'code blocks: comments', 'links']) {
      expect(used, part).toContain(part);
    }
  });

  it('meets AA on the slide pictures the handouts print', () => {
    const printed = printedSlideContrast(themeCss(name), handoutCss, name);
    expect(printed.unread).toEqual([]);
    expect(failures(printed.findings)).toEqual([]);
  });
});

describe('high-contrast', () => {
  it('sets every text at 7:1 or more (WCAG AAA), graphics too, and no grey lighter than #333 for text', () => {
    const { findings } = readThemeContrast(themeCss('high-contrast'), 'high-contrast');
    expect(findings.filter((f) => f.ratio < 7).map(describeFinding)).toEqual([]);
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const grey = (hex: string) => Math.max(...channels(hex)) - Math.min(...channels(hex)) < 8;
    for (const f of findings.filter((f) => f.background === '#FFFFFF' && grey(f.foreground))) expect(channels(f.foreground)[0], describeFinding(f)).toBeLessThanOrEqual(0x33);
  });
});

describe('handout.css', () => {
  it('meets WCAG 2.1 AA on white paper: text, running heads, writing lines, tick boxes, code colours', () => {
    const findings = handoutContrast(handoutCss);
    expect(findings.length).toBeGreaterThan(25);
    expect(failures(findings)).toEqual([]);
  });
});
