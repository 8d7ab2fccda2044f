/**
 * decide: a pure function from the last build's ledger and this build's fingerprints to
 * what happens to each output:
 *   up-to-date  nothing it is made from changed, and its file is there: nothing to do;
 *   keep        something changed, yet what its file is made from came out the same: the
 *               file stays as it is (known only once the output is rendered);
 *   make        make it (again);
 *   remove      made before, but no longer asked for (a course dropped it from `outputs:`).

 * Called once with the keys alone (which outputs to render), then again with what the
 * rendered outputs are made from (which files to write). --force is decided here, and
 * only here: nothing of an earlier build is used.
 */
import type { KeyParts } from './fingerprints.js';
import type { FitMemo, Ledger, LedgerEntry } from './ledger.js';

export type Action = 'up-to-date' | 'keep' | 'make' | 'remove';

export interface Decision {
  action: Action;
  /** Why, in words: for LECTERN_TRACE and for tests. */
  because: string;
}

export interface Current {
  /** The outputs asked for, each with its key now. */
  keys: Readonly<Record<string, KeyParts>>;
  /** For outputs rendered so far: a fingerprint of what each is made from. */
  sources?: Readonly<Record<string, string>>;
  /** Whether all of an output's files are on disk. */
  present(output: string): boolean;
}

export interface Decisions {
  outputs: Record<string, Decision>;
  /** What the last build learnt of fitting the deck, when it may be used. */
  fit?: FitMemo;
  /** Whether slide pictures stored by earlier builds may be used. */
  pictures: boolean;
}

export interface DecideOptions {
  /** Make everything again, using nothing of earlier builds. */
  force?: boolean;
  /**
   * The outputs asked for are all the lecture should have (not a part picked with --only):
   * outputs made before but not asked for now are removed.
   */
  complete?: boolean;
}

/** The parts of a key that differ from the one recorded, by name. */
export function changedParts(before: KeyParts, now: KeyParts): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...names].filter((name) => before[name] !== now[name]);
}

function decideOne(was: LedgerEntry | undefined, key: KeyParts, source: string | undefined, present: boolean): Decision {
  if (!was) return { action: 'make', because: 'not made before' };
  const changed = changedParts(was.key, key);
  if (changed.length === 0) {
    if (was.skipped !== undefined) return { action: 'up-to-date', because: 'nothing to show, as before' };
    return present ? { action: 'up-to-date', because: 'nothing it is made from changed' } : { action: 'make', because: 'its file is missing' };
  }
  const what = `${changed.join(', ')} changed`;
  if (source !== undefined && was.skipped === undefined && was.source === source) {
    return present ? { action: 'keep', because: `${what}, but it comes out the same` } : { action: 'make', because: `${what}; its file is missing` };
  }
  return { action: 'make', because: what };
}

export function decide(previous: Ledger | undefined, current: Current, options: DecideOptions = {}): Decisions {
  const outputs: Record<string, Decision> = {};
  for (const [name, key] of Object.entries(current.keys)) {
    outputs[name] = options.force
      ? { action: 'make', because: '--force' }
      : decideOne(previous?.outputs[name], key, current.sources?.[name], current.present(name));
  }
  if (options.complete) {
    for (const name of Object.keys(previous?.outputs ?? {})) outputs[name] ??= { action: 'remove', because: 'no longer asked for' };
  }
  return {
    outputs,
    ...(!options.force && previous?.fit && { fit: previous.fit }),
    pictures: !options.force,
  };
}
