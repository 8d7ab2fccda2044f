/**
 * Where maths starts and ends in lecture text: the same rule as Marp Core's (lib/marp.js,
 * "marp_math_inline"), so that the deck and the handouts always agree about what is maths.
 *
 * - `$…$` is maths when the opening `$` is not followed by a space or tab, and the closing
 *   `$` is not preceded by a space or tab nor followed by a digit. So "$5", "$5 and $10"
 *   and "costs $5." stay dollars; `\$` is always a dollar (the escape rule runs first).
 * - `$$…$$` is display maths (Marp reads it only as a block of its own; in a line of lecture
 *   text it is set in display style where it stands, in the deck and the handouts alike).
 *   `$$` with nothing between is two dollars.
 */
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

export const MATH_INLINE = 'math_inline';
export const MATH_DISPLAY = 'math_display';

const SPACE = (code: number) => code === 0x20 || code === 0x09;
const DIGIT = (code: number) => code >= 0x30 && code <= 0x39;

/** The next `$` at or after `from` that no backslash escapes, or -1. */
function closingDollar(src: string, from: number, double: boolean): number {
  let at = from;
  while ((at = src.indexOf(double ? '$$' : '$', at)) !== -1) {
    let before = at - 1;
    while (src[before] === '\\') before -= 1;
    if ((at - before) % 2 === 1) return at;
    at += 1;
  }
  return -1;
}

const openable = (state: StateInline, at: number) => {
  const next = at + 1 <= state.posMax ? state.src.charCodeAt(at + 1) : -1;
  return !SPACE(next);
};

const closable = (state: StateInline, at: number) => {
  const before = at > 0 ? state.src.charCodeAt(at - 1) : -1;
  const next = at + 1 <= state.posMax ? state.src.charCodeAt(at + 1) : -1;
  return !SPACE(before) && !DIGIT(next);
};

function push(state: StateInline, type: string, markup: string, start: number, end: number): void {
  const token = state.push(type, 'math', 0);
  token.markup = markup;
  token.content = state.src.slice(start + markup.length, end - markup.length);
  // Where the maths sits in the text read, delimiters included: for messages and plain text.
  token.meta = { start, end };
}

/** The markdown-it inline rule; register it right after "escape", as Marp does. */
export function mathsRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src[pos] !== '$') return false;
  const literal = (text: string, to: number) => {
    if (!silent) state.pending += text;
    state.pos = to;
    return true;
  };
  if (src[pos + 1] === '$') {
    const close = closingDollar(src, pos + 2, true);
    // As for "$…$", a digit after the closing "$$" makes it a price: the deck writes display
    // maths as "$\displaystyle …$", which Marp would not close before a digit.
    const digitAfter = close !== -1 && DIGIT(src.charCodeAt(close + 2));
    if (close > pos + 2 && close + 2 <= state.posMax && src.slice(pos + 2, close).trim() !== '' && !digitAfter) {
      if (!silent) push(state, MATH_DISPLAY, '$$', pos, close + 2);
      state.pos = close + 2;
      return true;
    }
    return literal('$$', pos + 2);
  }
  if (!openable(state, pos)) return literal('$', pos + 1);
  const close = closingDollar(src, pos + 1, false);
  if (close === -1 || close > state.posMax) return literal('$', pos + 1);
  if (!closable(state, close)) return literal('$', pos + 1);
  if (!silent) push(state, MATH_INLINE, '$', pos, close + 1);
  state.pos = close + 1;
  return true;
}
