/**
 * The deck theme's look, read from its CSS for PowerPoint: the colour variables of its
 * `section { … }` rule (var() and color-mix() resolved to plain colours, as PowerPoint
 * takes them) and the font it names for Office. A teacher's theme that leaves a variable
 * out gets Lectern's own colour for it.
 */

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

// Lectern's theme, for a variable a teacher's theme does not set.
const DEFAULTS: Record<string, string> = {
  '--ink': '#14213d',
  '--muted': '#52607a',
  '--accent': '#b4441a',
  '--accent-soft': '#fbeee6',
  '--paper': '#fdfcf9',
  '--line': '#d8dde6',
  '--panel': '#f1f3f7',
  '--code-bg': '#eef1f5',
  '--on-dark': '#fff',
  '--bar-bg': 'var(--ink)',
  '--bar-ink': 'var(--on-dark)',
  '--title-bg': 'var(--ink)',
  '--title-ink': 'var(--on-dark)',
  '--title-soft': 'color-mix(in srgb, var(--on-dark) 85%, var(--ink))',
  '--title-label': 'color-mix(in oklab, var(--accent) 45%, var(--on-dark))',
  '--divider-bg': 'var(--accent)',
  '--divider-ink': 'var(--on-dark)',
  '--divider-label': 'color-mix(in oklab, var(--accent) 15%, var(--on-dark))',
  // Calibri comes with every copy of Office (Windows and Mac); it is narrower than the
  // deck's Source Sans 3, so text that fits on the slide fits in PowerPoint too.
  '--office-font': 'Calibri',
  '--office-code-font': 'Consolas',
};

const NAMED: Record<string, string> = { white: 'ffffff', black: '000000' };

/** The custom properties of the theme's first plain `section { … }` rule. */
function sectionVariables(css: string): Map<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rule = /(?:^|})\s*section\s*\{([^}]*)\}/.exec(withoutComments)?.[1] ?? '';
  const vars = new Map<string, string>();
  for (const m of rule.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(m[1]!, m[2]!.trim());
  return vars;
}

const hex = (value: string): [number, number, number] | undefined => {
  const named = NAMED[value.toLowerCase()];
  const digits = named ?? /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (!digits) return undefined;
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
};

const toHex = (rgb: readonly number[]) => rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('').toUpperCase();

/** Resolves a colour value: #hex, a named colour, var(--x), or color-mix(in …, a p%, b). */
function resolve(value: string, vars: ReadonlyMap<string, string>, depth = 0): [number, number, number] | undefined {
  const v = value.trim();
  if (depth > 10) return undefined;
  const ref = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(v);
  if (ref) {
    const target = vars.get(ref[1]!) ?? DEFAULTS[ref[1]!] ?? ref[2];
    return target ? resolve(target, vars, depth + 1) : undefined;
  }
  const mix = /^color-mix\(\s*in\s+\w+\s*,\s*(.+?)\s+(\d+(?:\.\d+)?)%\s*,\s*(.+)\)$/.exec(v);
  if (mix) {
    // Mixed in sRGB: close enough to oklab for the pale labels these are.
    const a = resolve(mix[1]!, vars, depth + 1);
    const b = resolve(mix[3]!, vars, depth + 1);
    const p = Number(mix[2]) / 100;
    return a && b ? (a.map((c, i) => c * p + b[i]! * (1 - p)) as [number, number, number]) : undefined;
  }
  return hex(v);
}

const fontName = (value: string | undefined) => value?.split(',')[0]!.trim().replace(/^['"]|['"]$/g, '');

export function themeLook(css: string): ThemeLook {
  const vars = sectionVariables(css);
  const colour = (name: string) => toHex(resolve(vars.get(name) ?? DEFAULTS[name]!, vars) ?? resolve(DEFAULTS[name]!, new Map())!);
  return {
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
    font: fontName(vars.get('--office-font')) || DEFAULTS['--office-font']!,
    codeFont: fontName(vars.get('--office-code-font')) || DEFAULTS['--office-code-font']!,
  };
}
