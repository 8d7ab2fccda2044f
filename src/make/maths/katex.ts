/**
 * The one KaTeX that typesets maths, for the handouts (here) and the deck (Marp Core).
 * Marp Core require()s KaTeX, so we require() it too (not import): both get the same
 * instance, and mhchem, which adds \ce and \pu to the instance it requires, works in the
 * deck as in the handouts. Loaded on first use only: a lecture without maths never pays.
 */
import { createRequire } from 'node:module';
import type KatexType from 'katex';

const require = createRequire(import.meta.url);
let instance: typeof KatexType | undefined;

/** KaTeX with chemistry (\ce, \pu) registered. */
export function katex(): typeof KatexType {
  if (!instance) {
    instance = require('katex') as typeof KatexType;
    require('katex/contrib/mhchem');
  }
  return instance;
}

/** Display maths keeps its line (text around it stays put) but is set large, as on its own. */
export const texFor = (tex: string, display: boolean): string => (display ? `\\displaystyle ${tex}` : tex);

/** Options shared by the deck (Marp's katexOption) and the handouts. */
export const KATEX_OPTIONS = {
  // A TeX error is a content error, reported by `lectern validate` before anything is made
  // (tex-problems.ts); if one ever got through, KaTeX would print it in red: never throw mid-build.
  throwOnError: false,
  // \href, \url, \includegraphics and \htmlClass could reach outside the slide.
  trust: false,
  strict: 'ignore',
} as const;

/** Maths as HTML (KaTeX's HTML and MathML) for a handout. */
export function renderTex(tex: string, display: boolean): string {
  return katex().renderToString(texFor(tex, display), { ...KATEX_OPTIONS, displayMode: false });
}

export interface TexError {
  message: string;
  /** Index into `tex` where KaTeX stopped, when it says. */
  position?: number;
}

/** What is wrong with some TeX, in KaTeX's words, or undefined when it typesets. */
export function texError(tex: string): TexError | undefined {
  const k = katex();
  try {
    k.renderToString(tex, { ...KATEX_OPTIONS, throwOnError: true });
    return undefined;
  } catch (error) {
    // mhchem reports some mistakes by throwing a pair ["MhchemBugT", "mhchem bug T. Please report."]:
    // still a mistake in the TeX, to be shown at its field, never a crash.
    if (!(error instanceof k.ParseError)) return { message: Array.isArray(error) ? String(error.at(-1)) : error instanceof Error ? error.message : String(error) };
    const raw = (error as { rawMessage?: string }).rawMessage ?? error.message.replace(/^KaTeX parse error: /, '');
    const position = (error as { position?: number }).position;
    return { message: raw, ...(typeof position === 'number' && { position }) };
  }
}
