/**
 * The [[key term]] marks of a text, read outside maths: inside maths, brackets are TeX
 * (`$[[0,1]]$`, an interval of integers, or `$[[y]] + 1$`), while a key term may hold maths
 * (`[[$E=mc^2$]]`). Every renderer and the worksheet read the marks through these.
 */
import { KEY_TERM } from '../load/key-terms.js';
import { mathsIn } from './maths/find-maths.js';

/** The key-term marks of a text (group 1: the term), those that open inside maths left out. */
export function termMatches(text: string): RegExpMatchArray[] {
  const all = [...text.matchAll(KEY_TERM)];
  if (all.length === 0 || !text.includes('$')) return all;
  const maths = mathsIn(text);
  return all.filter((m) => !maths.some((span) => m.index! > span.start && m.index! < span.end));
}

/** The text with each key-term mark replaced by `replace(term)`. */
export function replaceTerms(text: string, replace: (term: string) => string): string {
  let out = '';
  let at = 0;
  for (const m of termMatches(text)) {
    out += text.slice(at, m.index) + replace(m[1]!);
    at = m.index! + m[0].length;
  }
  return out + text.slice(at);
}

/** The text split at its marks, as `split` with a capture would: text, term, text, term, …, text. */
export function splitTerms(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const m of termMatches(text)) {
    parts.push(text.slice(at, m.index), m[1]!);
    at = m.index! + m[0].length;
  }
  return [...parts, text.slice(at)];
}
