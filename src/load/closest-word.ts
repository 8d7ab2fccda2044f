/** "Did you mean …?": the candidate a misspelt word most likely meant, if one is close enough. */
import { closest, distance } from 'fastest-levenshtein';

export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  // The same word in other capitals or spacing is surely meant ("carbon dioxide" for "Carbon dioxide").
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const same = candidates.find((c) => norm(c) === norm(word));
  if (same) return same;
  // A candidate far longer or shorter than the word is never close enough; leaving it out
  // spares comparing texts of kilobytes (a comparison costs the product of the lengths).
  const within = (c: string) => Math.max(2, Math.floor(c.length / 3));
  const near = candidates.filter((c) => c.length <= 1000 && word.length <= 1000 && Math.abs(c.length - word.length) <= within(c));
  if (near.length === 0) return undefined;
  const best = closest(word, near);
  return distance(word, best) <= within(best) ? best : undefined;
}
