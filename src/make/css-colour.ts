/**
 * Colours as a theme's CSS writes them, read without a browser: deck.pptx takes the theme's
 * colours from here (pptx/theme-look.ts), and the contrast check (contrast.ts) the pairs of
 * text and background it must compare. Reads what a teacher is likely to write: #rgb to
 * #rrggbbaa, named colours, rgb()/hsl() with or without commas and alpha, var() with a
 * fallback, and color-mix() in srgb or oklab.
 */
import colorNames from 'color-name';

/** Red, green and blue 0–255, alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

export interface CssRule {
  /** The rule's selectors, one by one, with their spacing made single. */
  selectors: string[];
  /** Its declarations in order: property (lower case) and value (without !important). */
  declarations: [string, string][];
}

/**
 * The style rules of a stylesheet, in order, comments left out. A rule inside @media or
 * @page counts as its own rule (a margin box is named by its at-keyword, e.g. "@top-left").
 */
export function cssRules(css: string): CssRule[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/([^{};]+)\{([^{}]*)\}/g)].map((rule) => ({
    selectors: rule[1]!
      .replace(/^[\s\S]*@[^;{]*;/, '')
      .split(',')
      .map((s) => s.trim().replace(/\s+/g, ' '))
      .filter(Boolean),
    declarations: [...rule[2]!.matchAll(/([\w-]+)\s*:\s*([^;]+)/g)].map(
      (m) => [m[1]!.toLowerCase(), m[2]!.replace(/!\s*important\s*$/i, '').trim()] as [string, string],
    ),
  }));
}

/**
 * The custom properties the slides see: those of every rule for `section` or `:root` (or a
 * list of selectors with one of them), later rules winning, as in the browser.
 */
export function sectionVariables(css: string, scopes: readonly string[] = ['section', ':root', 'html']): Map<string, string> {
  const vars = new Map<string, string>();
  for (const rule of cssRules(css)) {
    if (!rule.selectors.some((s) => scopes.includes(s))) continue;
    for (const [name, value] of rule.declarations) if (name.startsWith('--')) vars.set(name, value);
  }
  return vars;
}

/** #rgb, #rgba, #rrggbb, #rrggbbaa. */
function hex(value: string): Rgba | undefined {
  const digits = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value)?.[1];
  if (!digits) return undefined;
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  return [r, g, b, full.length === 8 ? parseInt(full.slice(6), 16) / 255 : 1];
}

const channel = (v: string, max: number) => (v.endsWith('%') ? (parseFloat(v) / 100) * max : parseFloat(v));

/** rgb()/rgba() and hsl()/hsla(), with commas or spaces, and an alpha after a comma or "/". */
function colourFunction(value: string): Rgba | undefined {
  const m = /^(rgba?|hsla?)\(\s*([^)]*)\)$/i.exec(value);
  if (!m) return undefined;
  const parts = m[2]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const alpha = parts[3] === undefined ? 1 : channel(parts[3], 1);
  if (m[1]!.toLowerCase().startsWith('rgb')) {
    const [r, g, b] = parts.slice(0, 3).map((p) => channel(p, 255)) as [number, number, number];
    return [r, g, b, alpha];
  }
  const h = ((parseFloat(parts[0]!) % 360) + 360) % 360;
  const sat = channel(parts[1]!, 1);
  const light = channel(parts[2]!, 1);
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(light, 1 - light);
  const [r, g, b] = [0, 8, 4].map((n) => 255 * (light - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)))) as [number, number, number];
  return [r, g, b, alpha];
}

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (l: number) => 255 * (l <= 0.0031308 ? l * 12.92 : 1.055 * l ** (1 / 2.4) - 0.055);

/** sRGB → OKLab (Björn Ottosson's matrices), and back: color-mix(in oklab, …) mixes there. */
function toOklab([r, g, b]: Rgba): [number, number, number] {
  const [lr, lg, lb] = [r, g, b].map(toLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}
function fromOklab([L, A, B]: readonly number[]): [number, number, number] {
  const l = (L! + 0.3963377774 * A! + 0.2158037573 * B!) ** 3;
  const m = (L! - 0.1055613458 * A! - 0.0638541728 * B!) ** 3;
  const s = (L! - 0.0894841775 * A! - 1.291485548 * B!) ** 3;
  const linear = [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s];
  return linear.map((c) => Math.min(255, Math.max(0, fromLinear(Math.max(0, c))))) as [number, number, number];
}

/** color-mix(in <space>, a [p%], b [q%]): the two percentages default to each other's rest. */
function mix(space: string, a: Rgba, b: Rgba, p: number): Rgba {
  const alpha = a[3] * p + b[3] * (1 - p);
  if (space === 'oklab' || space === 'oklch') {
    const [x, y] = [toOklab(a), toOklab(b)];
    const [r, g, bl] = fromOklab(x.map((c, i) => c * p + y[i]! * (1 - p)));
    return [r, g, bl, alpha];
  }
  if (space === 'srgb-linear') {
    const [r, g, bl] = [0, 1, 2].map((i) => fromLinear(toLinear(a[i]!) * p + toLinear(b[i]!) * (1 - p))) as [number, number, number];
    return [r, g, bl, alpha];
  }
  const [r, g, bl] = [0, 1, 2].map((i) => a[i]! * p + b[i]! * (1 - p)) as [number, number, number];
  return [r, g, bl, alpha];
}

/** Splits "a 40%, b" at its top-level commas (a colour may itself hold commas). */
function topLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && separator.test(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, text.slice(start)].map((p) => p.trim()).filter(Boolean);
}

/** The words of a shorthand such as "4px solid var(--accent)", brackets kept whole. */
export const valueWords = (value: string) => topLevel(value, /\s/);

/**
 * A colour value read: #hex, a named colour, rgb()/hsl(), var(--x) (looked up with `lookup`,
 * then its fallback), color-mix(). Undefined for what is not a colour or cannot be read
 * without a browser (currentColor, a gradient).
 */
export function readColour(value: string, lookup: (name: string) => string | undefined, depth = 0): Rgba | undefined {
  const v = value.trim();
  if (depth > 10) return undefined;
  const ref = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/s.exec(v);
  if (ref) {
    const target = lookup(ref[1]!) ?? ref[2];
    return target ? readColour(target, lookup, depth + 1) : undefined;
  }
  const mixed = /^color-mix\(\s*in\s+([\w-]+)(?:\s+\w+\s+hue)?\s*,(.+)\)$/is.exec(v);
  if (mixed) {
    const sides = topLevel(mixed[2]!, /,/).map((side) => {
      const pct = /\s(\d+(?:\.\d+)?)%$/.exec(side) ?? /^(\d+(?:\.\d+)?)%\s/.exec(side);
      return { colour: readColour(pct ? side.replace(pct[0], '') : side, lookup, depth + 1), pct: pct ? Number(pct[1]) / 100 : undefined };
    });
    const [a, b] = sides;
    if (sides.length !== 2 || !a?.colour || !b?.colour) return undefined;
    const p = a.pct ?? (b.pct === undefined ? 0.5 : 1 - b.pct);
    return mix(mixed[1]!.toLowerCase(), a.colour, b.colour, p);
  }
  if (v.toLowerCase() === 'transparent') return [0, 0, 0, 0];
  const named = colorNames[v.toLowerCase() as keyof typeof colorNames];
  return hex(v) ?? colourFunction(v) ?? (named ? [named[0], named[1], named[2], 1] : undefined);
}

/** The first word of a shorthand (border, background) that is a colour. */
export function colourIn(value: string, lookup: (name: string) => string | undefined): Rgba | undefined {
  for (const word of valueWords(value)) {
    const colour = readColour(word, lookup);
    if (colour) return colour;
  }
  return undefined;
}

/** Six hex digits, upper case, no "#" (alpha left out), as PowerPoint writes colours. */
export const toHex = (rgb: Rgba | readonly number[]) =>
  rgb
    .slice(0, 3)
    .map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
