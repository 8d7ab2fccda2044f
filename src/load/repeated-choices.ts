/**
 * A choice given twice is two choices in Moodle, Canvas and Kahoot: Moodle marks both right,
 * Canvas and Kahoot only the first, so a student picking the second loses the mark. Each
 * repeat is a problem at its place in the list.
 */
import { quoted } from '../problems/problem.js';

export function repeatedChoices(choices: readonly string[]): { path: (string | number)[]; message: string }[] {
  return choices.flatMap((choice, i) => {
    const first = choices.findIndex((c) => c.trim() === choice.trim());
    return first < i
      ? [{ path: ['choices', i], message: `choice ${i + 1} is ${quoted(choice.trim())} again, as choice ${first + 1} is; give each choice once (remove the second, or change its words)` }]
      : [];
  });
}
