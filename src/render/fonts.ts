/**
 * The deck and handouts embed their body font (Source Sans 3, from @fontsource) so that
 * every machine lays out and prints them the same way: the overflow check made at build
 * time then holds wherever deck.html is opened. Other scripts fall back to system fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const FACES = ['400-normal', '400-italic', '600-normal', '700-normal', '700-italic'];
const SUBSETS: Record<string, string> = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
};

let cached: string | undefined;

/** @font-face rules with the font files inlined as data URLs. */
export function embeddedFontCss(): string {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files');
  const rules: string[] = [];
  for (const face of FACES) {
    const [weight, style] = face.split('-');
    for (const [subset, range] of Object.entries(SUBSETS)) {
      const data = readFileSync(path.join(dir, `source-sans-3-${subset}-${face}.woff2`)).toString('base64');
      rules.push(
        `@font-face{font-family:'Source Sans 3';font-style:${style};font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}
