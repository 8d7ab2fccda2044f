/** Turns a schema issue into a sentence a teacher can act on: what was found, what to type. */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { KNOWN_KEYS } from './schema.js';

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of "key: value" lines';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
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
function containerName(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string' && KNOWN_KEYS[seg]) return seg;
  }
  return 'lecture';
}

/** The candidate a misspelt word most likely meant, if one is close enough. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const best = closest(word, candidates as string[]);
  return best && distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function suggestion(word: string, candidates: readonly string[]): string {
  const best = closestWord(word, candidates);
  return best ? ` — did you mean "${best}"?` : '';
}

/** The known keys of the mapping at `path` (the lecture, a slide, a fact, …). */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  return KNOWN_KEYS[containerName(path)] ?? [];
}

export interface DescribedIssue {
  path: readonly PropertyKey[];
  /** Point at the key (unknown keys) rather than the value. */
  atKey: boolean;
  message: string;
}

export function describeIssues(issue: z.core.$ZodIssue): DescribedIssue[] {
  const path = issue.path;
  const field = path.length ? `"${String([...path].reverse().find((p) => typeof p === 'string') ?? 'item')}"` : 'the file';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `unknown key "${key}"${suggestion(key, known)} (allowed here: ${known.join(', ')})`,
      }));
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        return [{ path: path.slice(0, -1), atKey: false, message: `missing ${field}: add a line "${String(path.at(-1))}: …"` }];
      }
      return [{ path, atKey: false, message: `${field} should be ${EXPECTED[issue.expected] ?? issue.expected}, but found ${kindOf(issue.input)}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const found = String(issue.input);
      return [{ path, atKey: false, message: `${field} is "${found}"${suggestion(found, allowed)} (allowed: ${allowed.join(', ')})` }];
    }
    case 'invalid_union': {
      if (typeof issue.input === 'string' && issue.input.trim() === '') return [{ path, atKey: false, message: `${field} is empty; write it in, or remove the line` }];
      const isBullet = path.some((p) => p === 'bullets');
      const expected = isBullet ? 'a line of text, or "text:" followed by an indented list of sub-points' : 'text';
      return [{ path, atKey: false, message: `${field} should be ${expected}, but found ${kindOf(issue.input)}` }];
    }
    case 'too_small': {
      const what = issue.origin === 'array' ? `at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : `at least ${String(issue.minimum)}`;
      return [{ path, atKey: false, message: `${field} needs ${what}` }];
    }
    case 'too_big': {
      return [{ path, atKey: false, message: `${field} can have at most ${String(issue.maximum)} items` }];
    }
    default:
      return [{ path, atKey: false, message: issue.message }];
  }
}

/**
 * Drops "needs X" when the same mapping has a key that is a misspelling of X: the
 * "did you mean X?" message already says what to fix.
 */
export function withoutEchoes(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const meant = new Set(
    issues.flatMap((i) =>
      i.code === 'unrecognized_keys' ? i.keys.map((k) => `${i.path.join('.')}#${closestWord(k, knownKeysAt(i.path)) ?? ''}`) : [],
    ),
  );
  return issues.filter((i) => {
    const params = i.code === 'custom' ? (i.params as { lectern?: string; key?: string } | undefined) : undefined;
    return !(params?.lectern === 'missing-layout-field' && meant.has(`${i.path.join('.')}#${params.key}`));
  });
}
