/**
 * The contrast check: WCAG 2.1's arithmetic, the colours read from CSS as Chromium reads
 * them, and a teacher's theme with a pale colour reported pair by pair.
 */
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, describeFinding, handoutContrast, readThemeContrast, relativeLuminance, themeContrast } from '../../src/make/contrast.js';
import { readColour, sectionVariables, toHex } from '../../src/make/css-colour.js';
import { TemplateSet } from '../../src/make/template-set.js';
import { sharedBrowser } from '../helpers/browser.js';

const templates = new TemplateSet();
const lectern = templates.read('themes/lectern.css').text;
const rgb = (hex: string) => readColour(hex, () => undefined)!;

describe('WCAG 2.1 contrast', () => {
  it('gives the ratios WCAG names: 21:1 black on white, 4.54:1 for #767676, the same either way round', () => {
    expect(contrastRatio(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(rgb('#fff'), rgb('#fff'))).toBeCloseTo(1, 5);
    expect(contrastRatio(rgb('#767676'), rgb('#fff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(rgb('#fff'), rgb('#767676'))).toBe(contrastRatio(rgb('#767676'), rgb('#fff')));
    expect(relativeLuminance(rgb('#fff'))).toBeCloseTo(1, 6);
    // Below the 0.04045 knee the channel is linear.
    expect(relativeLuminance(rgb('#010101'))).toBeCloseTo(1 / 255 / 12.92, 8);
  });

  it('lays a see-through colour on what is under it', () => {
    expect(toHex(composite(rgb('#00000080'), rgb('#fff')))).toBe('7F7F7F');
    expect(toHex(composite(readColour('rgb(255 0 0 / 25%)', () => undefined)!, rgb('#000')))).toBe('400000');
  });
});

describe('colours read as Chromium reads them', () => {
  const browser = sharedBrowser();

  it("every colour variable of every shipped theme, color-mix() in oklab included, within one step of Chromium's", async () => {
    for (const name of templates.themes()) {
      const css = templates.read(`themes/${name}.css`).text;
      const vars = sectionVariables(css);
      const colours = [...vars].filter(([, v]) => readColour(v, (n) => vars.get(n)) !== undefined);
      expect(colours.length, name).toBeGreaterThan(10);
      const computed = await browser.withPage(async (page) => {
        await page.setContent(`<style>section { ${[...vars].map(([k, v]) => `${k}: ${v};`).join(' ')} }</style><section>${colours.map(([k]) => `<i data-v="${k}" style="color: var(${k})"></i>`).join('')}</section>`);
        // Painted on a canvas and read back: the colour as the screen shows it, in sRGB bytes, whatever form getComputedStyle gives it in.
        return page.$$eval('i', (els) => {
          const ctx = document.createElement('canvas').getContext('2d')!;
          return els.map((el) => {
            ctx.clearRect(0, 0, 1, 1);
            ctx.fillStyle = getComputedStyle(el).color;
            ctx.fillRect(0, 0, 1, 1);
            return [el.dataset.v!, [...ctx.getImageData(0, 0, 1, 1).data]] as const;
          });
        });
      });
      for (const [variable, theirs] of computed) {
        const ours = readColour(vars.get(variable)!, (n) => vars.get(n))!;
        for (let i = 0; i < 3; i++) expect(Math.abs(ours[i]! - theirs[i]!), `${name} ${variable}: ${vars.get(variable)} is ${theirs.join(',')}, read as ${ours.join(',')}`).toBeLessThanOrEqual(1.5);
      }
    }
  });
});

describe("a teacher's theme", () => {
  it('reports each pair below AA with its colours, its ratio and the ratio it needs', () => {
    const pale = lectern.replace('--muted: #52607a;', '--muted: #a0a8b8;').replace('--accent: #b4441a;', '--accent: #f08a5d;');
    const failing = themeContrast(pale, 'pale').filter((f) => !f.passes);
    const footer = failing.find((f) => f.usedFor === 'footer')!;
    expect(footer).toMatchObject({ foreground: '#A0A8B8', background: '#FDFCF9', required: 4.5, need: 'text' });
    expect(footer.ratio).toBeLessThan(3);
    expect(failing.map((f) => f.usedFor)).toEqual(expect.arrayContaining(['key terms and bold text', 'links', 'image caption', 'slide number']));
    // White headings on the light accent of the dividers: large text, 3:1.
    const divider = failing.find((f) => f.usedFor === 'section divider: title')!;
    expect(divider).toMatchObject({ foreground: '#FFFFFF', background: '#F08A5D', required: 3 });
    expect(describeFinding(footer)).toMatch(/^footer: #A0A8B8 on #FDFCF9 is \d\.\d\d:1, needs 4\.5:1 \(pale: footer\)$/);
    // Nothing else changed: the pairs that pass in Lectern's theme and use neither colour still pass.
    for (const f of failing) expect([f.foreground, f.background].some((c) => c === '#A0A8B8' || c === '#F08A5D'), describeFinding(f)).toBe(true);
  });

  it('reads colours set on the rules themselves, not only variables, and lays a see-through footer on its slide', () => {
    const css = `${lectern}\nfooter { color: rgba(20, 33, 61, 0.4); }\nsection.table th { background: #ddd; color: #fff; }`;
    const found = themeContrast(css, 'mine');
    const footer = found.find((f) => f.usedFor === 'footer')!;
    expect(footer.foreground).toBe(`#${toHex(composite(readColour('rgba(20, 33, 61, 0.4)', () => undefined)!, rgb('#fdfcf9')))}`);
    expect(footer.passes).toBe(false);
    expect(found.find((f) => f.usedFor === 'table: header row')).toMatchObject({ foreground: '#FFFFFF', background: '#DDDDDD', passes: false });
  });

  it('names a colour it cannot read rather than guessing', () => {
    const { unread } = readThemeContrast(`${lectern}\nsection.divider { background: linear-gradient(#b4441a, #14213d); }`, 'gradient');
    expect(unread.some((u) => u.includes('section.divider') && u.includes('linear-gradient'))).toBe(true);
  });

  it('checks the handouts on white paper: pale writing lines fail as graphics at 3:1', () => {
    const handout = templates.read('handouts/handout.css').text;
    const pale = handoutContrast(`${handout}\n.rule { border-bottom: 0.25mm solid #ccc; }`).find((f) => f.usedFor === 'lines to write on')!;
    expect(pale).toMatchObject({ foreground: '#CCCCCC', background: '#FFFFFF', required: 3, need: 'graphic', passes: false });
  });
});

describe('borders drawn in the text colour', () => {
  it('reads a rule with no colour named, or currentColor, as the colour of its text', () => {
    const handout = templates.read('handouts/handout.css').text;
    const lines = (rule: string) => handoutContrast(`${handout}\n${rule}`).find((f) => f.usedFor === 'lines to write on')!;
    expect(lines('.rule { border-bottom: 0.25mm solid; color: #aaa; }')).toMatchObject({ foreground: '#AAAAAA', passes: false });
    expect(lines('.rule { border-bottom: 0.25mm solid currentColor; }')).toMatchObject({ foreground: '#000000', passes: true });
  });
});
