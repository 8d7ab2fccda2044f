/** Turns a schema issue into a sentence a teacher can act on: what was found, what to type. */
import type { z } from 'zod';
import { closestWord } from './closest-word.js';
import { quoted } from '../problems/problem.js';
import { KNOWN_KEYS, WHOLE_NUMBERS } from './schema.js';

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of "key: value" lines';
  if (typeof value === 'string') return `the text ${quoted(value, 40)}`;
  return `${typeof value === 'boolean' ? 'the value' : 'the number'} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a set of "key: value" lines',
};

/** The name of the mapping a path points into, e.g. ['sections', 0, 'slides', 2] → 'slides'. */
function containerName(path: readonly PropertyKey[], root: string): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string' && KNOWN_KEYS[seg]) return seg;
  }
  return root;
}


function suggestion(word: string, candidates: readonly string[]): string {
  // "did you mean 1?" for a 5 helps nobody: suggest only for words.
  if (word.length < 3) return '';
  const best = closestWord(word, candidates);
  return best ? ` — did you mean "${best}"?` : '';
}

/** The known keys of the mapping at `path` (the lecture, a slide, a fact, …). */
export function knownKeysAt(path: readonly PropertyKey[], root = 'lecture'): string[] {
  return KNOWN_KEYS[containerName(path, root)] ?? [];
}

/** A required key is absent: point at the mapping that should hold it. */
function missing(path: readonly PropertyKey[]): DescribedIssue[] {
  const key = String(path.at(-1));
  return [{ path: path.slice(0, -1), atKey: false, message: `missing "${key}": add a line "${key}: …"` }];
}

export interface DescribedIssue {
  path: readonly PropertyKey[];
  /** Point at the key (unknown keys) rather than the value. */
  atKey: boolean;
  message: string;
  /** What to type instead, when the message does not say it. */
  hint?: string;
  /** The line in the file, put in quotes, is what to type: the hint is made from the source as written. */
  quoteLine?: boolean;
}

/** Words teachers use for a layout, beside its name. */
const LAYOUT_WORDS: Record<string, string> = {
  picture: 'image', photo: 'image', photograph: 'image', img: 'image', figure: 'image', diagram: 'image',
  list: 'bullets', points: 'bullets', bullet: 'bullets',
  numbers: 'facts', stats: 'facts', statistics: 'facts', figures: 'facts',
  dates: 'timeline', history: 'timeline', chronology: 'timeline',
  columns: 'compare', versus: 'compare', vs: 'compare', comparison: 'compare',
  quotation: 'quote', citation: 'quote',
  grid: 'table',
};

/** A point written as one line with ": " in it, which YAML reads as "key: value". */
function unquotedPoint(input: unknown): { text: string; value: string } | undefined {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const entries = Object.entries(input);
  if (entries.length !== 1 || Array.isArray(entries[0]![1]) || typeof entries[0]![1] === 'object') return undefined;
  return { text: entries[0]![0], value: String(entries[0]![1]) };
}

/** "- The three parts are:" with its sub-points not indented under it: YAML reads { "The three parts are": null }. */
function subPointsMissing(input: unknown): boolean {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return false;
  const entries = Object.entries(input);
  return entries.length === 1 && entries[0]![1] === null;
}

/** `root` names the kind of file: 'lecture', or 'course' for a course.yaml. */
export function describeIssues(issue: z.core.$ZodIssue, root = 'lecture'): DescribedIssue[] {
  const path = issue.path;
  const field = path.length ? `"${String([...path].reverse().find((p) => typeof p === 'string') ?? 'item')}"` : 'the file';
  const range = WHOLE_NUMBERS[String(path.at(-1))];
  if (range && issue.input !== undefined && (issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small')) {
    return [{ path, atKey: false, message: `${field} must be a whole number from ${range[0]} to ${range[1]}` }];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(path, root);
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `unknown key ${quoted(key)}${suggestion(key, known)} (allowed here: ${known.join(', ')})`,
      }));
    }
    case 'invalid_type': {
      if (issue.input === undefined) return missing(path);
      return [{ path, atKey: false, message: `${field} should be ${EXPECTED[issue.expected] ?? issue.expected}, but found ${kindOf(issue.input)}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const found = String(issue.input);
      const word = path.at(-1) === 'layout' ? LAYOUT_WORDS[found.toLowerCase()] : undefined;
      const guess = word ? ` — did you mean "${word}"?` : suggestion(found, allowed);
      return [{ path, atKey: false, message: `${field} is ${quoted(found)}${guess} (allowed: ${allowed.join(', ')})` }];
    }
    case 'invalid_union': {
      if (issue.input === undefined) return missing(path);
      if (typeof issue.input === 'string' && issue.input.trim() === '') return [{ path, atKey: false, message: `${field} is empty; write it in, or remove the line` }];
      const isBullet = path.some((p) => p === 'bullets');
      const point = isBullet ? unquotedPoint(issue.input) : undefined;
      if (point) {
        return [{ path, atKey: false, message: `this point has ": " in it, so YAML reads it as ${quoted(point.text)} with the value ${quoted(point.value)}`, quoteLine: true }];
      }
      if (isBullet && subPointsMissing(issue.input)) {
        return [{ path, atKey: false, message: 'this point ends with ":" but has no sub-points below it; indent its sub-points under its first letter, or, if the ":" is part of the text, put the point in quotes', quoteLine: true }];
      }
      if (isBullet && Array.isArray(issue.input) && issue.input.some((item) => Array.isArray(item))) {
        return [{ path, atKey: false, message: 'this point starts with "[[", so YAML reads it as a list inside a list', quoteLine: true }];
      }
      const expected = isBullet ? 'a line of text, or "text:" followed by an indented list of sub-points' : 'text';
      return [{ path, atKey: false, message: `${field} should be ${expected}, but found ${kindOf(issue.input)}` }];
    }
    case 'too_small': {
      if (issue.origin === 'string') return [{ path, atKey: false, message: `${field} is empty; write it in, or remove the line` }];
      const what = issue.origin === 'array' ? `at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : `at least ${String(issue.minimum)}`;
      return [{ path, atKey: false, message: `${field} needs ${what}` }];
    }
    case 'too_big': {
      const what = issue.origin === 'array' ? ` item${issue.maximum === 1 ? '' : 's'}` : issue.origin === 'string' ? ' characters' : '';
      return [{ path, atKey: false, message: `${field} can have at most ${String(issue.maximum)}${what}` }];
    }
    default:
      return [{ path, atKey: false, message: issue.message }];
  }
}

/**
 * Drops the problems a misspelt key causes, since its "did you mean" already says what to
 * fix: "X is missing" when a key nearby is a misspelling of X, and the layout checks of a
 * slide whose "layout" key is misspelt.
 */
export function withoutEchoes(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const meant = new Set(
    issues.flatMap((i) =>
      i.code === 'unrecognized_keys' ? i.keys.map((k) => `${i.path.join('.')}#${closestWord(k, knownKeysAt(i.path)) ?? ''}`) : [],
    ),
  );
  return issues.filter((i) => {
    const parent = i.path.slice(0, -1).join('.');
    const key = String(i.path.at(-1));
    if ((i.code === 'invalid_type' || i.code === 'invalid_union') && i.input === undefined && meant.has(`${parent}#${key}`)) return false;
    const params = i.code === 'custom' ? (i.params as { lectern?: string; key?: string } | undefined) : undefined;
    if (params?.lectern === 'missing-layout-field' && meant.has(`${i.path.join('.')}#${params.key}`)) return false;
    if (params?.lectern && meant.has(`${params.lectern === 'missing-layout-field' ? i.path.join('.') : parent}#layout`)) return false;
    return true;
  });
}
