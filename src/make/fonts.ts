/**
 * The deck and handouts embed their fonts so that every machine lays out and prints them
 * the same way: the overflow check made at build time then holds wherever deck.html is
 * opened, and a school PC without an Arabic or Chinese font still prints real letters.
 * Source Sans 3 covers Latin (with Vietnamese), Greek and Cyrillic; the Noto faces for
 * Devanagari, Arabic, Hebrew and Chinese are embedded under the same family name, by
 * Unicode range, only when the lecture uses them. Code is set in Source Code Pro.
 *
 * Which file covers which characters is read from each @fontsource package's own CSS, so
 * that Chinese, split by the package into about a hundred numbered files, embeds only the
 * files whose characters the lecture uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontCodePoints } from './woff2-cmap.js';

type Style = 'normal' | 'italic';

/**
 * Every weight and style the themes and handouts use. Each script needs a face for each of
 * them: the browser picks the weight and style first and only then looks for a face that has
 * the letter, so a script without a semibold face prints its semibold text as empty boxes.
 */
const FACES: readonly { weight: number; style: Style }[] = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
];

interface FontSet {
  /** The @fontsource package that ships the files. */
  pkg: string;
  /** The CSS family the faces are declared under. */
  family: 'Source Sans 3' | 'Source Code Pro';
  /** The package's subsets to embed, in the order they are declared (a later one wins where ranges overlap). */
  subsets: (name: string) => boolean;
  /** Subsets embedded whatever the text (templates print Basic Latin). */
  always?: readonly string[];
  /** Embed the set only for text that matches; undefined: whenever a subset's range is used. */
  needed?: RegExp;
}

const SOURCE_SANS_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];
const CODE_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'];
const only = (names: readonly string[]) => (name: string) => names.includes(name);

const FONT_SETS: FontSet[] = [
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', subsets: only(SOURCE_SANS_SUBSETS), always: ['latin'] },
  { pkg: '@fontsource/noto-sans-devanagari', family: 'Source Sans 3', subsets: only(['devanagari']), needed: /[\u0900-\u097F]/ },
  { pkg: '@fontsource/noto-sans-arabic', family: 'Source Sans 3', subsets: only(['arabic']), needed: /\p{Script=Arabic}/u },
  { pkg: '@fontsource/noto-sans-hebrew', family: 'Source Sans 3', subsets: only(['hebrew']), needed: /\p{Script=Hebrew}/u },
  // Chinese: the numbered files only; its Latin files would take Latin text from Source Sans 3.
  { pkg: '@fontsource/noto-sans-sc', family: 'Source Sans 3', subsets: (name) => /^\d+$/.test(name), needed: /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u },
  // Inline code or a fenced block: both are written with backticks.
  // Code: inline code (a backtick), or a code block, which a bullet keeps apart from its text
  // (Bullet.code: "code":{…} in the lecture's JSON, the text the fonts are chosen from).
  { pkg: '@fontsource/source-code-pro', family: 'Source Code Pro', subsets: only(CODE_SUBSETS), always: ['latin'], needed: /`|"code":\{/ },
];

interface FileFace {
  subset: string;
  /** The file's stem under the package's files/ folder, e.g. "source-sans-3-latin-400-normal". */
  stem: string;
  weight: number;
  style: Style;
  range: string;
}

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

/** The faces a package's CSS declares for one weight and style, e.g. its 700-italic.css. */
function declaredFaces(pkg: string, weight: number, style: Style): FileFace[] {
  const css = path.join(packageDir(pkg), style === 'italic' ? `${weight}-italic.css` : `${weight}.css`);
  if (!existsSync(css)) return [];
  const prefix = path.basename(pkg);
  return [...readFileSync(css, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
    const stem = body!.match(/url\(\.\/files\/([^)]+)\.woff2\)/)?.[1];
    const range = body!.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!stem || !range) return [];
    const subset = stem.slice(prefix.length + 1).replace(/-\d+-(normal|italic)$/, '');
    return [{ subset, stem, weight, style, range: range.trim() }];
  });
}

/** The weights a package ships upright, and whether it has italics. */
function available(pkg: string): { weights: number[]; italic: boolean } {
  const names = readdirSync(packageDir(pkg));
  const weights = names.flatMap((n) => (/^(\d+)\.css$/.exec(n) ? [Number(/^(\d+)/.exec(n)![1])] : []));
  return { weights, italic: names.some((n) => /^\d+-italic\.css$/.test(n)) };
}

/**
 * The files of `set` that stand for each face the documents use: the nearest weight the
 * package has, and upright type where a script has no italic (Devanagari, Arabic, Hebrew, Chinese).
 */
const facesCache = new Map<string, FileFace[]>();
function setFaces(set: FontSet, cacheKey = set.pkg): FileFace[] {
  const cached = facesCache.get(cacheKey);
  if (cached) return cached;
  const { weights, italic } = available(set.pkg);
  const nearest = (w: number) => weights.reduce((best, x) => (Math.abs(x - w) < Math.abs(best - w) ? x : best));
  const faces = FACES.flatMap(({ weight, style }) => {
    const files = declaredFaces(set.pkg, nearest(weight), italic ? style : 'normal').filter((f) => set.subsets(f.subset));
    // Declared as the face the documents ask for, whatever file stands in for it.
    return files.map((f) => ({ ...f, weight, style }));
  });
  // Face by face, and within a face in the set's order of subsets (Latin first, as before).
  const order = (f: FileFace) => (/^\d+$/.test(f.subset) ? Number(f.subset) : SOURCE_SANS_SUBSETS.indexOf(f.subset));
  const face = (f: FileFace) => FACES.findIndex((x) => x.weight === f.weight && x.style === f.style);
  const sorted = faces.sort((a, b) => face(a) - face(b) || order(a) - order(b));
  facesCache.set(cacheKey, sorted);
  return sorted;
}

const fontFile = (set: FontSet, file: FileFace) => path.join(packageDir(set.pkg), 'files', `${file.stem}.woff2`);

const cssCache = new Map<string, string>();
function faceCss(set: FontSet, file: FileFace): string {
  const key = `${set.pkg}/${file.stem}/${file.weight}/${file.style}/${file.range}`;
  const cached = cssCache.get(key);
  if (cached !== undefined) return cached;
  const data = readFileSync(fontFile(set, file)).toString('base64');
  const css =
    `@font-face{font-family:'${set.family}';font-style:${file.style};font-weight:${file.weight};font-display:block;` +
    `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${file.range}}`;
  cssCache.set(key, css);
  return css;
}

const spansCache = new Map<string, (readonly [number, number])[]>();
function spans(range: string) {
  let parsed = spansCache.get(range);
  if (!parsed) {
    parsed = range.split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
    });
    spansCache.set(range, parsed);
  }
  return parsed;
}

/** Whether `text` has a character in a CSS unicode-range such as "U+0100-02BA,U+1E00-1E9F". */
export function usesRange(text: string, range: string, ignore: (code: number) => boolean = () => false): boolean {
  const parsed = spans(range);
  for (const ch of new Set(text)) {
    const code = ch.codePointAt(0)!;
    if (!ignore(code) && parsed.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}

/**
 * ASCII and Latin-1 come from Source Sans 3 in every lecture. Chinese files also list some of
 * them (punctuation, "%", even letters): those code points are taken out of their range, so
 * that "H2O" or "97%" in a Chinese sentence keeps the deck's Latin face, and a file is not
 * embedded just because the text has an "a".
 */
const latin1 = (code: number) => code <= 0xff;
function withoutLatin1(range: string): string {
  return range
    .split(',')
    .flatMap((part) => {
      const [from, to] = spans(part)[0]!;
      if (from > 0xff) return [part];
      return to > 0xff ? [`U+100-${to.toString(16)}`] : [];
    })
    .join(',');
}

interface Chosen {
  set: FontSet;
  face: FileFace;
}

/** The faces `text` needs, before any fallback: each set's subsets whose range it uses. */
function chosenFaces(text: string): Chosen[] {
  return FONT_SETS.filter((set) => !set.needed || set.needed.test(text)).flatMap((set) => {
    const primary = set.pkg.endsWith('source-sans-3') || set.family === 'Source Code Pro';
    return setFaces(set)
      .map((face) => (primary ? face : { ...face, range: withoutLatin1(face.range) }))
      .filter((face) => face.range !== '' && (set.always?.includes(face.subset) || usesRange(text, face.range, primary ? undefined : latin1)))
      .map((face) => ({ set, face }));
  });
}

/**
 * @font-face rules, fonts inlined as data URLs, for the scripts that `text` uses. Basic
 * Latin is always there (templates print it); every other range only when `text` has a
 * character in it: each face costs every printed page its decoding.
 */
export function embeddedFontCss(text = ''): string {
  const chosen = chosenFaces(text);
  return [...chosen, ...fallbackFaces(text, chosen)].map(({ set, face }) => faceCss(set, face)).join('\n');
}

/**
 * Faces for the characters of `text` that the faces every document embeds lack: a sign that
 * one handout alone prints (the answer keys' ✓, which Source Sans 3 does not draw), added to
 * that handout's fonts rather than to every document's.
 */
export function glyphFontCss(text: string): string {
  return fallbackFaces(text, chosenFaces('')).map(({ set, face }) => faceCss(set, face)).join('\n');
}

/**
 * Where a stray character is looked for: Noto Sans SC first, the broadest (arrows, symbols,
 * full-width forms), then the others.
 */
const FALLBACK_SETS = [...FONT_SETS].filter((s) => s.family === 'Source Sans 3').sort((a, b) => Number(b.pkg.endsWith('noto-sans-sc')) - Number(a.pkg.endsWith('noto-sans-sc')));

const inRange = (code: number, range: string) => spans(range).some(([from, to]) => code >= from && code <= to);
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A letter or sign that no chosen file covers (an arrow, a symbol) would be drawn by whatever
 * font the computer has, or as a box. Any other file of the same packages that has it (in its
 * range and in its cmap: a range can name a block the font only partly draws) is embedded for
 * just those characters (its range is narrowed to them, so it changes nothing else), in every
 * weight and style.
 */
function fallbackFaces(text: string, chosen: Chosen[]): Chosen[] {
  const missing = [...new Set(text)]
    .map((ch) => ch.codePointAt(0)!)
    .filter((code) => !/[\s\p{Cc}\p{Cf}]/u.test(String.fromCodePoint(code)) && !chosen.some(({ face }) => inRange(code, face.range)));
  if (missing.length === 0) return [];
  const byFile = new Map<string, { set: FontSet; subset: string; codes: number[] }>();
  for (const code of missing) {
    for (const set of FALLBACK_SETS) {
      const face = allFaces(set).find((f) => !latin1(code) && inRange(code, f.range) && fontCodePoints(fontFile(set, f)).has(code));
      if (!face) continue;
      const key = `${set.pkg}/${face.subset}`;
      byFile.set(key, { set, subset: face.subset, codes: [...(byFile.get(key)?.codes ?? []), code] });
      break;
    }
  }
  return [...byFile.values()].flatMap(({ set, subset, codes }) =>
    allFaces(set)
      .filter((f) => f.subset === subset)
      .map((f) => ({ set, face: { ...f, range: codes.map(hex).join(',') } })),
  );
}

/** Every file of a set's package for the faces the documents use, whether or not the set embeds its subset. */
function allFaces(set: FontSet): FileFace[] {
  return setFaces({ ...set, pkg: set.pkg, subsets: () => true }, `${set.pkg} all`);
}
