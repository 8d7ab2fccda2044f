/** deck.pptx takes its colours and faces from the theme's CSS, as the slides do. */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../src/make/template-set.js';
import { readThemeLook, themeLook } from '../../../src/make/pptx/theme-look.js';

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

describe("a teacher's theme written another way", () => {
  it('reads named colours, rgb(), hsl(), #rrggbbaa, !important, :root and selector lists', () => {
    const look = (rule: string) => readThemeLook(`/* @theme mine */\n@import 'default';\n${rule}`);
    expect(look('section { --accent: rgb(0, 100, 0); }').look.accent).toBe('006400');
    expect(look('section { --accent: rgb(0 100 0 / 50%); }').look.accent).toBe('006400');
    expect(look('section { --ink: navy; }').look.ink).toBe('000080');
    expect(look('section { --accent: hsl(120, 100%, 25%); }').look.accent).toBe('008000');
    expect(look('section { --accent: #006400cc; }').look.accent).toBe('006400');
    expect(look('section { --accent: #006400 !important; }').look.accent).toBe('006400');
    expect(look(':root { --accent: darkgreen; }').look.accent).toBe('006400');
    expect(look('section, section.title { --accent: darkgreen; }').look.accent).toBe('006400');
    expect(look('section.title { --accent: darkgreen; }').look.accent).toBe('B4441A');
  });

  it('names a colour it cannot read, and uses Lectern’s instead', () => {
    const read = readThemeLook('section { --accent: currentColor; }');
    expect(read.look.accent).toBe('B4441A');
    expect(read.unread).toEqual(['--accent: currentColor']);
  });
});
