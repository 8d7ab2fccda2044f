/**
 * The deck theme's look, read from its CSS for PowerPoint: the colour variables of its
 * `section { … }` rule (var() and color-mix() resolved to plain colours, as PowerPoint
 * takes them) and the font it names for Office. A teacher's theme that leaves a variable
 * out gets Lectern's own colour for it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinTemplatesDir } from '../../paths.js';
import { readColour, sectionVariables, toHex } from '../css-colour.js';

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
  const lookup = (name: string) => vars.get(name) ?? fallback(name);
  const unread: string[] = [];
  const colour = (name: string) => {
    const set = vars.get(name);
    // PowerPoint's colours are opaque: a colour's alpha is left out.
    const read = set === undefined ? undefined : readColour(set, lookup);
    if (set !== undefined && !read) unread.push(`${name}: ${set}`);
    return toHex(read ?? readColour(fallback(name)!, (n) => defaults().get(n))!);
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
