/** Finding maths in lecture text, read by the one reader (lecture-markdown.ts). */
import type Token from 'markdown-it/lib/token.mjs';
import { mapFences } from '../../load/code-fences.js';
import { inlineTokens } from '../lecture-markdown.js';
import { MATH_DISPLAY, MATH_INLINE } from './maths-rule.js';

export interface MathsSpan {
  /** The TeX between the dollars. */
  tex: string;
  /** "$" or "$$". */
  markup: string;
  /** Where the maths starts and ends (dollars included) in the line read. */
  start: number;
  end: number;
}

const isMaths = (t: Token) => t.type === MATH_INLINE || t.type === MATH_DISPLAY;

/** The maths in a text; none, cheaply, when it has no "$". Offsets are into `text`. */
export function mathsIn(text: string): MathsSpan[] {
  if (!text.includes('$')) return [];
  return inlineTokens(text)
    .filter(isMaths)
    .map((t) => ({ tex: t.content, markup: t.markup, start: (t.meta as { start: number }).start, end: (t.meta as { end: number }).end }));
}

/** Whether text has maths in it. */
export function hasMaths(text: string): boolean {
  return mathsIn(text).length > 0;
}

/** Text with each piece of maths as its TeX, without the dollars, for places that print plain text. */
export function plainMaths(text: string): string {
  let out = text;
  for (const span of mathsIn(text).reverse()) out = out.slice(0, span.start) + span.tex + out.slice(span.end);
  return out;
}

/** Every string in a value (a lecture, say), keys included. */
function* strings(value: unknown): Generator<string> {
  // Code is not read for maths: a bullet's code block (its "code"), a fence in notes.
  if (typeof value === 'string') yield mapFences(value, (prose) => prose, () => '');
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'code') continue;
      yield k;
      yield* strings(v);
    }
  }
}

/** Whether a lecture has maths anywhere: only then are KaTeX, its fonts and "math: katex" used. */
export function lectureHasMaths(lecture: unknown): boolean {
  for (const text of strings(lecture)) if (hasMaths(text)) return true;
  return false;
}
