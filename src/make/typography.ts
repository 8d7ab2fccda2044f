/**
 * Typographic rules that differ by language. French puts a space before the high
 * punctuation marks and inside guillemets, a space that must never break the line away
 * from its mark: a narrow no-break space (U+202F) before ; ? ! and a no-break space
 * (U+00A0) before : and inside « ». Teachers type an ordinary space, or none: both come
 * out right. Text that is not prose is left exactly as typed: inline and fenced code,
 * maths ($…$, $$…$$), link addresses and URLs, times and ratios (10:30, 3:1).
 */

import { mathsIn } from './maths/find-maths.js';

export const NARROW_NBSP = '\u202F';
export const NBSP = '\u00A0';

/** The typography of a language, or undefined when its text is printed as typed. */
export function typographyFor(language: string): ((text: string) => string) | undefined {
  return /^fr(-|$)/i.test(language) ? frenchTypography : undefined;
}

/**
 * Where the text is not prose: [start, end) ranges, in order. Maths as the lecture reader
 * finds it ("$5 and $10" stays prose; \$ is a dollar sign); code spans, which close on a run
 * of as many backticks as opened them (markdown's rule; ``` fences are such runs); links'
 * addresses and URLs.
 */
function protectedRanges(text: string): [number, number][] {
  // Maths is found by the one reader of lecture text, with Marp's own delimiter rule.
  const ranges: [number, number][] = mathsIn(text).map((span) => [span.start, span.end]);
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`' || c === '~') {
      const run = /^(`+|~{3,})/.exec(text.slice(i))?.[1];
      if (run) {
        const close = findRun(text, run, i + run.length);
        if (close >= 0) {
          ranges.push([i, close + run.length]);
          i = close + run.length;
          continue;
        }
        i += run.length;
        continue;
      }
    }
    if (c === ']' && text[i + 1] === '(') {
      // A link's address: up to the parenthesis that closes it.
      const close = text.indexOf(')', i + 2);
      if (close >= 0) {
        ranges.push([i + 1, close + 1]);
        i = close + 1;
        continue;
      }
    }
    const url = /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.)[^\s<>"]*[^\s<>".,;:!?)»]/i.exec(text.slice(i));
    if (url && (i === 0 || !/[a-z0-9]/i.test(text[i - 1]!))) {
      ranges.push([i, i + url[0].length]);
      i += url[0].length;
      continue;
    }
    i++;
  }
  return joined(ranges);
}

/** Ranges in order, those that overlap (a backtick inside maths, say) made one. */
function joined(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Where the same run of backticks (or tildes) as `run` starts again, not part of a longer run. */
function findRun(text: string, run: string, from: number): number {
  for (let at = text.indexOf(run, from); at >= 0; at = text.indexOf(run, at + 1)) {
    const before = text[at - 1];
    const after = text[at + run.length];
    if (run[0] === '~' || (before !== '`' && after !== '`')) return at;
  }
  return -1;
}

// Horizontal spaces a teacher may have typed before a mark (ordinary, no-break, thin).
const SPACES = /[ \t\u00A0\u2009\u202F]+$/;
// After these a mark takes no space: the start of a bracket, or of a quotation.
const OPENERS = /[([{«“‘"'\s]/;

/** Applies the rules to the text outside the protected ranges, which are copied as they are. */
function frenchProse(text: string, ranges: [number, number][]): string {
  let out = '';
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    const range = ranges[next];
    if (range && i === range[0]) {
      out += text.slice(range[0], range[1]);
      i = range[1] - 1;
      next++;
      continue;
    }
    const c = text[i]!;
    const prev = text[i - 1];
    if (c === '?' || c === '!' || c === ';' || c === ':' || c === '»') {
      // A run such as "?!" takes one space, before its first mark.
      if ((c === '?' || c === '!') && (prev === '?' || prev === '!')) {
        out += c;
        continue;
      }
      // 10:30 and 3:1 are not punctuation, nor the "!" of an image (![…]).
      if ((c === ':' && /\d/.test(prev ?? '') && /\d/.test(text[i + 1] ?? '')) || (c === '!' && text[i + 1] === '[')) {
        out += c;
        continue;
      }
      const space = c === ':' || c === '»' ? NBSP : NARROW_NBSP;
      const typed = SPACES.exec(out);
      if (typed) out = (typed.index > 0 ? out.slice(0, typed.index) + space : out) + c;
      else if (prev !== undefined && !OPENERS.test(prev)) out += space + c;
      else out += c;
      continue;
    }
    if (c === '«') {
      out += c;
      const typed = /^[ \t\u00A0\u2009\u202F]*/.exec(text.slice(i + 1))![0];
      const after = text[i + 1 + typed.length];
      if (after !== undefined && after !== '»') out += NBSP;
      i += typed.length;
      continue;
    }
    out += c;
  }
  return out;
}

/** French typography on a piece of lecture text or a label (see the top of this file). */
export function frenchTypography(text: string): string {
  if (!/[;:?!«»]/.test(text)) return text;
  return frenchProse(text, protectedRanges(text));
}
