/**
 * A theme may build on another as Marp themes do, with `@import 'lectern';` at its top
 * (templates/themes/high-contrast.css does). Lectern gives Marp one theme, so the themes it
 * imports from the template folders are written into it here, where the import stood: the
 * deck, the handouts' slide pictures and deck.pptx's colours then all see the same CSS, and
 * the build's cache sees a change to the imported theme too. An import of one of Marp's own
 * themes ("default", "gaia", "uncover") is left for Marp; of any other name, an error.
 */

/** `@import 'name';`, `@import "name";` or `@import-theme 'name';` (Marp's forms), at a line's start. */
const IMPORT = /^[ \t]*@import(-theme)?\s+(['"])([^'"]+)\2\s*;[ \t]*$/gm;

/** Marp's own themes, which Marp imports itself. */
export const MARP_THEMES = ['default', 'gaia', 'uncover'];

/**
 * An import that cannot be made (a loop, or a theme there is none of: `missing`), told at the
 * `@import`: in `theme`'s file, at `line` and `column`.
 */
export class ThemeImportError extends Error {
  constructor(
    message: string,
    readonly theme: string,
    readonly line: number,
    readonly column: number,
    readonly missing?: string,
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
    const theme = importing[importing.length - 1]!;
    const at = () => {
      const before = css.slice(0, offset + (line.length - line.trimStart().length)).split('\n');
      return [before.length, before.at(-1)!.length + 1] as const;
    };
    if (importing.includes(name)) throw new ThemeImportError(`theme "${theme}" imports "${name}", which imports it back: ${[...importing, name].join(' → ')}`, theme, ...at());
    const imported = read(name);
    // Marp would leave out an import it has no theme for, without a word: the deck would be unstyled.
    if (imported === undefined && !MARP_THEMES.includes(name)) throw new ThemeImportError(`theme "${theme}" imports "${name}", which is not a theme`, theme, ...at(), name);
    if (imported === undefined) return line;
    const inner = inlineThemeImports(imported, read, [...importing, name]);
    return `/* ---------- imported theme: ${name} ---------- */\n${withoutThemeName(inner)}\n/* ---------- end of imported theme: ${name} ---------- */`;
  });
}

/** The `@theme name` line of a theme's comments, neutralised (Marp would take the later one). */
const withoutThemeName = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/^([*!\s]*)@theme\b/gim, '$1(theme)'));

