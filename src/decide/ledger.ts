/**
 * The cache ledger of one lecture's outputs, kept in output/<lecture>/.lectern/ledger.json:
 * for every output, the key it was last made with and a fingerprint of what it was made
 * from; and what the last build learnt of fitting the deck. It is only ever a cache: a
 * missing or damaged ledger means everything is made again, nothing worse.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { KeyParts } from './fingerprints.js';

/** The folder beside a lecture's outputs that holds what only Lectern reads. */
export const CACHE_DIR = '.lectern';
export const LEDGER_FILE = `${CACHE_DIR}/ledger.json`;

export interface LedgerEntry {
  /** The key the output was last made (or kept) with. */
  key: KeyParts;
  /** A fingerprint of what its file was made from: the same source makes the same file. */
  source?: string;
  /** Why it was not made, when it had nothing to show (a quiz without questions). */
  skipped?: string;
  /** The files it consists of, relative to the lecture's output folder: removed with it. */
  files?: string[];
}

/** What fitting the deck found: how each slide is shown, and the page that gives. */
export interface FitMemo {
  /**
   * Each slide's parts (units per lane, type size), by the fingerprint of the slide as
   * measured (see measuredSlideFingerprint): an unchanged slide is not measured again.
   */
  slides: Record<string, { parts: { ranges: (readonly [number, number])[]; size: number }[] }>;
  /** The fingerprint of the page that fitted (see pageFingerprint). */
  page: string;
}

export interface Ledger {
  lectern: string;
  outputs: Record<string, LedgerEntry>;
  fit?: FitMemo;
}

export function readLedger(dir: string): Ledger | undefined {
  const file = path.join(dir, LEDGER_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const ledger = JSON.parse(readFileSync(file, 'utf8')) as Ledger;
    return ledger && typeof ledger.outputs === 'object' ? ledger : undefined;
  } catch {
    return undefined; // A damaged ledger only means a full rebuild.
  }
}

export const ledgerJson = (ledger: Ledger): string => `${JSON.stringify(ledger, null, 2)}\n`;
