/**
 * The deck and handouts embed their fonts so that every machine lays out and prints them
 * the same way: the overflow check made at build time then holds wherever deck.html is
 * opened. Source Sans 3 covers Latin scripts; other scripts are embedded under the same
 * family name, by Unicode range, only when the lecture uses them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface FontSet {
  /** The @fontsource package that ships the files. */
  pkg: string;
  /** File name stems under the package's files/ folder, e.g. "source-sans-3-latin-400-normal". */
  files: readonly { stem: string; weight: number; style: 'normal' | 'italic'; range: string }[];
  /** Embed only for text that matches; undefined embeds always. */
  needed?: RegExp;
}

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const DEVANAGARI = 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09';

/**
 * Every weight and style the themes and handouts use. Each script needs a face for each of
 * them: the browser picks the weight and style first and only then looks for a face that has
 * the letter, so a script without a semibold face prints its semibold text as empty boxes.
 */
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;

const sourceSans = FACES.flatMap(({ weight, style }) => [
  { stem: `source-sans-3-latin-${weight}-${style}`, weight, style, range: LATIN },
  { stem: `source-sans-3-latin-ext-${weight}-${style}`, weight, style, range: LATIN_EXT },
]);

// Devanagari has no italic: italic text is set upright, in the face of its weight.
const devanagari = FACES.map(({ weight, style }) => ({ stem: `noto-sans-devanagari-devanagari-${weight}-normal`, weight, style, range: DEVANAGARI }));

const FONT_SETS: FontSet[] = [
  { pkg: '@fontsource/source-sans-3', files: sourceSans },
  { pkg: '@fontsource/noto-sans-devanagari', needed: /[\u0900-\u097F]/, files: devanagari },
];

const cache = new Map<string, string>();
const require = createRequire(import.meta.url);

function faceCss(set: FontSet, file: FontSet['files'][number]): string {
  const key = `${set.pkg}/${file.stem}/${file.weight}/${file.style}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const dir = path.join(path.dirname(require.resolve(`${set.pkg}/package.json`)), 'files');
  const data = readFileSync(path.join(dir, `${file.stem}.woff2`)).toString('base64');
  const css =
    `@font-face{font-family:'Source Sans 3';font-style:${file.style};font-weight:${file.weight};font-display:block;` +
    `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${file.range}}`;
  cache.set(key, css);
  return css;
}

/** Whether `text` has a character in a CSS unicode-range such as "U+0100-02BA,U+1E00-1E9F". */
export function usesRange(text: string, range: string): boolean {
  const spans = range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  });
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (spans.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}

/**
 * @font-face rules, fonts inlined as data URLs, for the scripts that `text` uses. Basic
 * Latin is always there (templates print it); every other range only when `text` has a
 * character in it: each face costs every printed page its decoding.
 */
export function embeddedFontCss(text = ''): string {
  return FONT_SETS.filter((set) => !set.needed || set.needed.test(text))
    .flatMap((set) => set.files.filter((f) => f.range === LATIN || usesRange(text, f.range)).map((f) => faceCss(set, f)))
    .join('\n');
}
