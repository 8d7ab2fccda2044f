/** A theme that builds on another (`@import 'lectern';`) reaches Marp, and deck.pptx, whole. */
import { describe, expect, it } from 'vitest';
import { inlineThemeImports, ThemeImportError } from '../../src/make/theme-imports.js';
import { themeLook } from '../../src/make/pptx/theme-look.js';
import { renderMarp } from '../../src/make/deck/marp-render.js';

const base = "/*\n * @theme base\n * @size 16:9 1280px 720px\n */\nsection { --accent: #b4441a; color: #111; }\nh2 { color: var(--accent); }";
const read = (themes: Record<string, string>) => (name: string) => themes[name];

describe('theme imports', () => {
  it('writes the imported theme in where the import stood; the importing theme keeps its name and wins', () => {
    const mine = "/* @theme mine */\n@import 'base';\nsection { --accent: #0a3d8f; }";
    const css = inlineThemeImports(mine, read({ base }), ['mine']);
    expect(css.indexOf('color: #111')).toBeLessThan(css.indexOf('--accent: #0a3d8f'));
    expect(css).not.toMatch(/@import/);
    expect(css.match(/@theme\s+\S+/g)).toEqual(['@theme mine']);
    expect(themeLook(css).accent).toBe('0A3D8F');
  });

  it('Marp renders the result under the importing theme’s name, with the imported rules and size', async () => {
    const mine = "/* @theme mine */\n@import \"base\";\nsection { --accent: #0a3d8f; }";
    const { css } = await renderMarp('---\ntheme: mine\n---\n\n## Hello', inlineThemeImports(mine, read({ base }), ['mine']));
    expect(css).toContain('#0a3d8f');
    expect(css).toContain('color: #111');
    expect(css).toMatch(/width:\s*1280px/);
  });

  it("leaves an import of a theme Lectern does not have (Marp's own) for Marp", () => {
    const css = "/* @theme mine */\n@import 'gaia';\nsection { color: red; }";
    expect(inlineThemeImports(css, read({}), ['mine'])).toBe(css);
  });

  it('imports within imports, and stops at a loop with a message naming it', () => {
    const middle = "/* @theme middle */\n@import 'base';\nh3 { color: green; }";
    expect(inlineThemeImports("@import 'middle';", read({ base, middle }), ['top'])).toContain('color: #111');
    const loop = { a: "@import 'b';", b: "@import 'a';" };
    expect(() => inlineThemeImports("@import 'a';", read(loop), ['top'])).toThrow(ThemeImportError);
    expect(() => inlineThemeImports("@import 'a';", read(loop), ['top'])).toThrow(/a → b → a/);
  });

  it('stops at an import of a theme there is none of (a typo), at its line, rather than build an unstyled deck', () => {
    const css = "/* @theme mine */\n\n@import 'lecturn';\nsection { color: red; }";
    let thrown: unknown;
    try {
      inlineThemeImports(css, read({ base }), ['mine']);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ThemeImportError);
    expect(thrown).toMatchObject({ theme: 'mine', line: 3, column: 1, missing: 'lecturn' });
    expect((thrown as Error).message).toContain('theme "mine" imports "lecturn", which is not a theme');
    // Marp's own themes are Marp's to import.
    for (const marp of ['default', 'gaia', 'uncover']) expect(() => inlineThemeImports(`@import '${marp}';`, read({}), ['mine'])).not.toThrow();
  });
});
