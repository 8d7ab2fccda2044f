/** "Did you mean …?": the candidate a misspelt word most likely meant, if one is close enough. */
import { closest, distance } from 'fastest-levenshtein';

export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  // The same word in other capitals or spacing is surely meant ("carbon dioxide" for "Carbon dioxide").
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const same = candidates.find((c) => norm(c) === norm(word));
  if (same) return same;
  const best = closest(word, candidates as string[]);
  return best && distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
