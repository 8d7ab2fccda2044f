/**
 * Colour contrast as WCAG 2.1 measures it (success criteria 1.4.3 and 1.4.11), read from a
 * theme's CSS without a browser: for each place a theme puts text or a key graphic on a
 * background (contrast-uses.ts lists them), the two colours, their ratio and the minimum
 * that applies. A teacher's own theme is checked the same way as Lectern's.
 */
import { colourIn, cssRules, readColour, sectionVariables, toHex, type CssRule, type Rgba } from './css-colour.js';
import { HANDOUT_USES, PRINTED_SLIDE_SCOPE, SLIDE_USES, type ColourUse, type Need } from './contrast-uses.js';

/** WCAG 2.1 AA: 4.5:1 for text, 3:1 for large text (24 px, or 18.66 px bold) and for graphics a reader needs. */
export const REQUIRED: Readonly<Record<Need, number>> = { text: 4.5, 'large text': 3, graphic: 3 };

export interface ContrastFinding {
  /** What the pair is, in a teacher's words: "footer on section divider slides". */
  usedFor: string;
  /** The colours as the reader sees them (a see-through colour laid on what is under it), "#RRGGBB". */
  foreground: string;
  background: string;
  /** The contrast ratio, to two decimals (whether it passes is judged before rounding). */
  ratio: number;
  /** The minimum ratio WCAG 2.1 AA asks for here. */
  required: number;
  need: Need;
  passes: boolean;
  /** Where the colours come from: the theme or stylesheet's name and the rule's selector. */
  where: string;
}

export interface ContrastReport {
  findings: ContrastFinding[];
  /** Colours the check could not read (a gradient, currentColor): "footer: color: currentColor". */
  unread: string[];
}

/** WCAG 2.1 relative luminance of an sRGB colour (channels 0–255). */
export function relativeLuminance([r, g, b]: Rgba | readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** WCAG 2.1 contrast ratio, 1 to 21, whichever colour is the lighter. */
export function contrastRatio(a: Rgba | readonly number[], b: Rgba | readonly number[]): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A see-through colour as it shows on an opaque one. */
export function composite(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  const over = (i: number) => top[i]! * a + under[i]! * (1 - a);
  return [over(0), over(1), over(2), 1];
}

const WHITE: Rgba = [255, 255, 255, 1];
const BLACK: Rgba = [0, 0, 0, 1];

interface Sheet {
  rules: CssRule[];
  vars: Map<string, string>;
  name: string;
  unread: string[];
}

/** The last value of one of `props` in a rule for exactly `selector` (later rules win). */
function declared(sheet: Sheet, selector: string, props: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const rule of sheet.rules) {
    if (!rule.selectors.includes(selector)) continue;
    for (const [prop, value] of rule.declarations) if (props.includes(prop)) found = value;
  }
  return found;
}

/** A variable as `chain` sees it: set on the element or an ancestor named in the chain, else on the slide. */
const lookupFor = (sheet: Sheet, chain: readonly string[]) => (name: string) => {
  // The slide's own variables are in sheet.vars, with a handout's overrides laid over them.
  for (const selector of chain.filter((s) => !ROOTS.includes(s))) {
    const own = declared(sheet, selector, [name]);
    if (own !== undefined) return own;
  }
  return sheet.vars.get(name);
};

interface Found {
  /** Undefined: set nowhere in the chain (text is then black, the browser's default). */
  colour: Rgba | undefined;
  /** Where in the chain it was set (the chain's length: nowhere). */
  at: number;
  /** A border drawn in the text's own colour (`currentColor`, or no colour named). */
  textColour?: boolean;
}

/** The colour a chain of selectors (the element's own first, then those it inherits from) gives `props`. */
function colourOf(sheet: Sheet, use: ColourUse, chain: readonly string[], props: readonly string[], shorthand: boolean): Found | undefined {
  const lookup = lookupFor(sheet, chain);
  for (const [at, selector] of chain.entries()) {
    const value = declared(sheet, selector, props);
    if (value === undefined || /^(inherit|unset|initial|none|currentcolor)$/i.test(value)) continue;
    const colour = shorthand ? colourIn(value, lookup) : readColour(value, lookup);
    if (colour) return { colour, at };
    if (/gradient|url\(/i.test(value) || !shorthand) {
      sheet.unread.push(`${use.usedFor}: ${selector} { ${props[0]}: ${value} }`);
      return undefined;
    }
    if (/currentcolor|\b(solid|dashed|dotted|double|groove|ridge|inset|outset)\b/i.test(value)) return { colour: undefined, at, textColour: true };
  }
  return { colour: undefined, at: chain.length };
}

const BACKGROUND = ['background', 'background-color'];
const ROOTS = ['section', ':root', 'html'];

/** The background under a chain, see-through layers laid on what is beneath them, on the paper. */
function backgroundOf(sheet: Sheet, use: ColourUse, chain: readonly string[], paper: Rgba): Rgba | undefined {
  const found = colourOf(sheet, use, chain, BACKGROUND, true);
  if (!found) return undefined;
  if (!found.colour) return paper;
  if (found.colour[3] >= 1) return found.colour;
  const under = backgroundOf(sheet, use, chain.slice(found.at + 1), paper);
  return under && composite(found.colour, under);
}

const hexOf = (c: Rgba) => `#${toHex(c)}`;

function check(sheet: Sheet, uses: readonly ColourUse[], paper: Rgba): ContrastReport {
  const findings: ContrastFinding[] = [];
  for (const use of uses) {
    const background = backgroundOf(sheet, use, use.on, paper);
    const props = use.drawnWith ?? ['color'];
    const found = colourOf(sheet, use, use.of, props, props[0] !== 'color');
    // A graphic the theme does not draw has nothing to check.
    if (!found || (use.need === 'graphic' && !found.colour && !found.textColour)) continue;
    const fg = found.textColour ? colourOf(sheet, use, [...use.of, ...use.on], ['color'], false) : found;
    if (!background || !fg) continue;
    // Text no rule colours is black, the browser's default.
    const foreground = composite(fg.colour ?? BLACK, background);
    const ratio = contrastRatio(foreground, background);
    const required = REQUIRED[use.need];
    findings.push({
      usedFor: use.usedFor,
      foreground: hexOf(foreground),
      background: hexOf(background),
      ratio: Math.floor(ratio * 100) / 100,
      required,
      need: use.need,
      passes: ratio >= required,
      where: `${sheet.name}: ${use.of[0]}`,
    });
  }
  return { findings, unread: sheet.unread };
}

const sheetOf = (css: string, name: string, vars = sectionVariables(css)): Sheet => ({ rules: cssRules(css), vars, name, unread: [] });

/**
 * Every colour pair a deck theme sets text or a key graphic in on its slides, with the
 * ratio and the WCAG 2.1 AA minimum. `css` is the theme as Marp gets it (its imports
 * inlined: see theme-imports.ts).
 */
export function themeContrast(css: string, name: string): ContrastFinding[] {
  return readThemeContrast(css, name).findings;
}

export function readThemeContrast(css: string, name: string): ContrastReport {
  return check(sheetOf(css, name), SLIDE_USES, WHITE);
}

/**
 * The same pairs on the slide pictures the handouts print, where handout.css turns the dark
 * slides light (its rule for the slide inside a thumbnail sets the theme's variables).
 */
export function printedSlideContrast(themeCss: string, handoutCss: string, name: string): ContrastReport {
  const vars = new Map([...sectionVariables(themeCss), ...sectionVariables(handoutCss, [PRINTED_SLIDE_SCOPE])]);
  return check(sheetOf(themeCss, `${name} (printed in a handout)`, vars), SLIDE_USES, WHITE);
}

/** Every colour pair of the handouts' own stylesheet, on white paper. */
export function handoutContrast(css: string, name = 'handout.css'): ContrastFinding[] {
  return check(sheetOf(css, name), HANDOUT_USES, WHITE).findings;
}

/** One line a teacher can act on: "footer on divider slides: #F3D9CF on #B4441A is 3.9:1, needs 4.5:1 (lectern: footer)". */
export function describeFinding(f: ContrastFinding): string {
  return `${f.usedFor}: ${f.foreground} on ${f.background} is ${f.ratio.toFixed(2)}:1, needs ${f.required}:1 (${f.where})`;
}
