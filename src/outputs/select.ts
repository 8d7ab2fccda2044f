/** Which outputs a build makes: those `--only` names, else those the course lists, else all but the opt-in ones. */
import { LecternError } from '../errors.js';
import { closestWord } from '../load/closest-word.js';
import type { OutputKind } from './output-kind.js';
import { OUTPUT_CHOICES, OUTPUTS, outputOfFile, outputsNamed } from './registry.js';

/** Parses "deck,quiz" (names, groups, or file names such as "quiz.pdf") into choices, with a "did you mean" for a misspelt one. */
export function parseOnly(value: string): string[] {
  const given = value.split(',').map((n) => n.trim()).filter(Boolean);
  if (given.length === 0) throw new LecternError(`--only: "${value}" names no output (use e.g. --only deck,quiz; outputs: ${OUTPUT_CHOICES.join(', ')})`);
  return given.map((name) => {
    if (OUTPUT_CHOICES.includes(name)) return name;
    const byFile = outputOfFile(name) ?? outputOfFile(`${name}.pdf`);
    if (byFile) return byFile.name;
    // The one output whose name starts with what was typed, else the nearest spelling.
    const started = OUTPUT_CHOICES.filter((c) => c.startsWith(name));
    const guess = started.length === 1 ? started[0] : closestWord(name.replace(/\.pdf$/, ''), OUTPUT_CHOICES);
    throw new LecternError(`--only: "${name}" is not an output${guess ? ` — did you mean "${guess}"?` : ''} (outputs: ${OUTPUT_CHOICES.join(', ')})`);
  });
}

/** The outputs to build for a lecture. */
export function selectOutputs(only: readonly string[] | undefined, courseList: readonly string[] | undefined): OutputKind[] {
  if (only) return outputsNamed(only);
  if (courseList) return outputsNamed(courseList);
  return OUTPUTS.filter((o) => !o.optIn);
}
