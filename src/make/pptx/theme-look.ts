/**
 * The deck theme's look, read from its CSS for PowerPoint: the colour variables of its
 * `section { … }` rule (var() and color-mix() resolved to plain colours, as PowerPoint
 * takes them) and the font it names for Office. A teacher's theme that leaves a variable
 * out gets Lectern's own colour for it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import colorNames from 'color-name';
import { builtinTemplatesDir } from '../../paths.js';

/** Colours as PowerPoint writes them: six hex digits, no "#". */
export interface ThemeLook {
  ink: string;
  muted: string;
  accent: string;
  accentSoft: string;
  paper: string;
  line: string;
  panel: string;
  codeBg: string;
  onDark: string;
  barBg: string;
  barInk: string;
  titleBg: string;
  titleInk: string;
  titleSoft: string;
  titleLabel: string;
  dividerBg: string;
  dividerInk: string;
  dividerLabel: string;
  /** The face PowerPoint sets text in: one installed with Office, since the deck's web fonts are not. */
  font: string;
  /** The face for code. */
  codeFont: string;
}

/**
 * Lectern's own theme (templates/themes/lectern.css), for a variable a teacher's theme does
 * not set: its colours and Office faces are written there once, not copied here.
 */
let builtin: Map<string, string> | undefined;
const defaults = () => (builtin ??= sectionVariables(readFileSync(path.join(builtinTemplatesDir, 'themes', 'lectern.css'), 'utf8')));
const fallback = (name: string) => defaults().get(name);

type Rgb = [number, number, number];

/**
 * The custom properties the slides see: those of every rule for `section` or `:root` (or a
 * list of selectors with one of them), later rules winning, as in the browser.
 */
function sectionVariables(css: string): Map<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const vars = new Map<string, string>();
  for (const rule of withoutComments.matchAll(/([^{};]+)\{([^{}]*)\}/g)) {
    const selectors = rule[1]!.replace(/^[\s\S]*@[^;{]*;/, '').split(',').map((s) => s.trim());
    if (!selectors.some((s) => s === 'section' || s === ':root' || s === 'html')) continue;
    for (const m of rule[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) vars.set(m[1]!, m[2]!.replace(/!\s*important\s*$/i, '').trim());
  }
  return vars;
}

/** #rgb, #rgba, #rrggbb, #rrggbbaa (PowerPoint's colours are opaque: the alpha is left out). */
const hex = (value: string): Rgb | undefined => {
  const digits = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value)?.[1];
  if (!digits) return undefined;
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
};

const channel = (v: string, max: number) => (v.endsWith('%') ? (parseFloat(v) / 100) * max : parseFloat(v));

/** rgb()/rgba() and hsl()/hsla(), with commas or spaces. */
function colourFunction(value: string): Rgb | undefined {
  const m = /^(rgba?|hsla?)\(\s*([^)]*)\)$/i.exec(value);
  if (!m) return undefined;
  const parts = m[2]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  if (m[1]!.toLowerCase().startsWith('rgb')) return parts.slice(0, 3).map((p) => channel(p, 255)) as Rgb;
  const h = ((parseFloat(parts[0]!) % 360) + 360) % 360;
  const sat = channel(parts[1]!, 1);
  const light = channel(parts[2]!, 1);
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(light, 1 - light);
  return [0, 8, 4].map((n) => 255 * (light - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)))) as Rgb;
}

const toHex = (rgb: readonly number[]) => rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('').toUpperCase();

/** Resolves a colour value: #hex, a named colour, var(--x), or color-mix(in …, a p%, b). */
function resolve(value: string, vars: ReadonlyMap<string, string>, depth = 0): Rgb | undefined {
  const v = value.trim();
  if (depth > 10) return undefined;
  const ref = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(v);
  if (ref) {
    const target = vars.get(ref[1]!) ?? fallback(ref[1]!) ?? ref[2];
    return target ? resolve(target, vars, depth + 1) : undefined;
  }
  const mix = /^color-mix\(\s*in\s+\w+\s*,\s*(.+?)\s+(\d+(?:\.\d+)?)%\s*,\s*(.+)\)$/.exec(v);
  if (mix) {
    // Mixed in sRGB: close enough to oklab for the pale labels these are.
    const a = resolve(mix[1]!, vars, depth + 1);
    const b = resolve(mix[3]!, vars, depth + 1);
    const p = Number(mix[2]) / 100;
    return a && b ? (a.map((c, i) => c * p + b[i]! * (1 - p)) as Rgb) : undefined;
  }
  return hex(v) ?? colourFunction(v) ?? colorNames[v.toLowerCase()];
}

const fontName = (value: string | undefined) => value?.split(',')[0]!.trim().replace(/^['"]|['"]$/g, '');

export interface ReadLook {
  look: ThemeLook;
  /** The theme's colours PowerPoint cannot take (`--accent: currentColor`), given Lectern's own instead. */
  unread: string[];
}

export function themeLook(css: string): ThemeLook {
  return readThemeLook(css).look;
}

export function readThemeLook(css: string): ReadLook {
  const vars = sectionVariables(css);
  const unread: string[] = [];
  const colour = (name: string) => {
    const set = vars.get(name);
    const read = set === undefined ? undefined : resolve(set, vars);
    if (set !== undefined && !read) unread.push(`${name}: ${set}`);
    return toHex(read ?? resolve(fallback(name)!, defaults())!);
  };
  const look: ThemeLook = {
    ink: colour('--ink'),
    muted: colour('--muted'),
    accent: colour('--accent'),
    accentSoft: colour('--accent-soft'),
    paper: colour('--paper'),
    line: colour('--line'),
    panel: colour('--panel'),
    codeBg: colour('--code-bg'),
    onDark: colour('--on-dark'),
    barBg: colour('--bar-bg'),
    barInk: colour('--bar-ink'),
    titleBg: colour('--title-bg'),
    titleInk: colour('--title-ink'),
    titleSoft: colour('--title-soft'),
    titleLabel: colour('--title-label'),
    dividerBg: colour('--divider-bg'),
    dividerInk: colour('--divider-ink'),
    dividerLabel: colour('--divider-label'),
    font: fontName(vars.get('--office-font')) || fontName(fallback('--office-font'))!,
    codeFont: fontName(vars.get('--office-code-font')) || fontName(fallback('--office-code-font'))!,
  };
  return { look, unread };
}
