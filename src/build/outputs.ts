/** The outputs a build can make, by the names `--only` takes. */
import { LecternError } from '../errors.js';
import { closestWord } from '../load/describe-issue.js';
import { OUTPUT_NAMES } from '../load/schema.js';

export const OUTPUTS = OUTPUT_NAMES;
export type OutputName = (typeof OUTPUTS)[number];

/** Parses "deck,quiz" into output names, with a "did you mean" for a misspelt one. */
export function parseOnly(value: string): Set<OutputName> {
  const names = value.split(',').map((n) => n.trim().replace(/\.pdf$/, '')).filter(Boolean);
  for (const name of names) {
    if (!(OUTPUTS as readonly string[]).includes(name)) {
      const guess = closestWord(name, OUTPUTS);
      throw new LecternError(`--only: "${name}" is not an output${guess ? ` — did you mean "${guess}"?` : ''} (outputs: ${OUTPUTS.join(', ')})`);
    }
  }
  return new Set(names as OutputName[]);
}

