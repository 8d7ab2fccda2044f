/**
 * A theme may build on another as Marp themes do, with `@import 'lectern';` at its top
 * (templates/themes/high-contrast.css does). Lectern gives Marp one theme, so the themes it
 * imports from the template folders are written into it here, where the import stood: the
 * deck, the handouts' slide pictures and deck.pptx's colours then all see the same CSS, and
 * the build's cache sees a change to the imported theme too. An import Lectern has no theme
 * for (Marp's own "default", "gaia", "uncover") is left for Marp.
 */

/** `@import 'name';`, `@import "name";` or `@import-theme 'name';` (Marp's forms), at a line's start. */
const IMPORT = /^[ \t]*@import(-theme)?\s+(['"])([^'"]+)\2\s*;[ \t]*$/gm;

/** A loop of imports, told at the `@import` that closes it: in `theme`'s file, at `line` and `column`. */
export class ThemeImportError extends Error {
  constructor(
    message: string,
    readonly theme: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * The theme with every import of a theme that `read` knows replaced by that theme's CSS (its
 * own imports first). The imported theme's `@theme` name is taken out, so the importing
 * theme keeps its own (Marp reads the last one); its other settings (@size, @auto-scaling)
 * stay, and the importing theme's own, written after them, win.
 */
export function inlineThemeImports(css: string, read: (name: string) => string | undefined, importing: readonly string[] = []): string {
  return css.replace(IMPORT, (line, _theme: string | undefined, _quote: string, name: string, offset: number) => {
    if (importing.includes(name)) {
      const theme = importing[importing.length - 1]!;
      const before = css.slice(0, offset + (line.length - line.trimStart().length)).split('\n');
      throw new ThemeImportError(`theme "${theme}" imports "${name}", which imports it back: ${[...importing, name].join(' → ')}`, theme, before.length, before.at(-1)!.length + 1);
    }
    const imported = read(name);
    if (imported === undefined) return line;
    const inner = inlineThemeImports(imported, read, [...importing, name]);
    return `/* ---------- imported theme: ${name} ---------- */\n${withoutThemeName(inner)}\n/* ---------- end of imported theme: ${name} ---------- */`;
  });
}

/** The `@theme name` line of a theme's comments, neutralised (Marp would take the later one). */
const withoutThemeName = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/^([*!\s]*)@theme\b/gim, '$1(theme)'));

