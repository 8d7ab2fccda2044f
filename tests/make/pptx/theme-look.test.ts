/** deck.pptx takes its colours and faces from the theme's CSS, as the slides do. */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../src/make/template-set.js';
import { themeLook } from '../../../src/make/pptx/theme-look.js';

const theme = new TemplateSet().read('themes/lectern.css').text;

describe('the theme as PowerPoint sees it', () => {
  it("reads Lectern's theme: plain colours, var() references and colour mixes resolved, Office's faces", () => {
    const look = themeLook(theme);
    expect(look.accent).toBe('B4441A');
    expect(look.paper).toBe('FDFCF9');
    // --bar-bg: var(--ink); --on-dark: #fff (three digits)
    expect(look.barBg).toBe('14213D');
    expect(look.onDark).toBe('FFFFFF');
    // --title-soft: 85 % white, 15 % ink: a pale blue-grey, lighter than the ink, darker than white.
    const soft = parseInt(look.titleSoft.slice(0, 2), 16);
    expect(soft).toBeGreaterThan(0xd0);
    expect(soft).toBeLessThan(0xff);
    expect(look.font).toBe('Calibri');
    expect(look.codeFont).toBe('Consolas');
  });

  it("follows a teacher's theme: a green accent turns the dividers green, another Office face is used", () => {
    const green = theme.replace('--accent: #b4441a;', '--accent: #2e7d32;').replace('--office-font: Calibri;', "--office-font: 'Segoe UI', sans-serif;");
    const look = themeLook(green);
    expect(look.accent).toBe('2E7D32');
    expect(look.dividerBg).toBe('2E7D32');
    expect(look.font).toBe('Segoe UI');
  });

  it("falls back to Lectern's colours for a theme that sets none", () => {
    const look = themeLook('/* @theme bare */ section { font-size: 30px; }');
    expect(look.ink).toBe('14213D');
    expect(look.titleBg).toBe('14213D');
    expect(look.font).toBe('Calibri');
  });
});
