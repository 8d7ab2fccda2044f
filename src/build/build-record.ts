/**
 * What a build made for one lecture, kept beside its outputs as .lectern.json: a key per
 * output (a hash of everything that output depends on), the slides, and what the course
 * index shows. The next build compares keys to skip what has not changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputName } from './outputs.js';

export const RECORD_FILE = '.lectern.json';

export interface SlideSummary {
  title: string;
  hash: string;
}

export interface BuildRecord {
  lectern: string;
  /** The lecture file, relative to the folder the build ran in. */
  source: string;
  title: string;
  course?: string;
  lesson?: string;
  revised?: string;
  slides: SlideSummary[];
  /** The key each output was last made with. */
  keys: Partial<Record<OutputName, string>>;
  /** Outputs made (file names), for the index. */
  files: string[];
  /** Outputs that had nothing to show (no questions, say), by name. */
  skipped: OutputName[];
  /** A hash of what each output was printed from (its HTML; the deck's first Markdown), to keep an output that would come out the same. */
  content?: Partial<Record<OutputName, string>>;
  /** A hash of the page deck.pdf was printed from, to reuse it when only the notes changed. */
  look?: string;
  /** A key per slide picture in deck.pptx, to reuse the pictures of unchanged slides. */
  pictures?: string[];
  /** The deck's fitting: lines given to each slide that had to be split again. */
  budgets?: Record<string, number>;
  /** When the outputs were last made, ISO 8601. */
  built: string;
}

export const hash = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex').slice(0, 16);
};

export function readRecord(dir: string): BuildRecord | undefined {
  const file = path.join(dir, RECORD_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
  } catch {
    return undefined; // A damaged record only means a full rebuild.
  }
}

/** The files an output consists of; the deck's include the images it shows, copied beside it. */
export function filesOf(name: OutputName, images: Iterable<string> = []): string[] {
  return name === 'deck' ? ['deck.md', 'deck.html', 'deck.pdf', 'deck.pptx', ...images] : [`${name}.pdf`];
}

/** True when every file of the output is in `dir`. */
export function isPresent(dir: string, name: OutputName, images: Iterable<string> = []): boolean {
  return filesOf(name, images).every((f) => existsSync(path.join(dir, f)));
}

/** True when the output was made with this key and is still there as it was left. */
export function isCurrent(record: BuildRecord | undefined, dir: string, name: OutputName, key: string, images: Iterable<string> = []): boolean {
  if (!record || record.keys[name] !== key) return false;
  return record.skipped.includes(name) || isPresent(dir, name, images);
}

/** Which slides were added, removed or changed between two builds, by number and title. */
export function slideChanges(before: SlideSummary[], after: SlideSummary[]): string[] {
  const key = (s: SlideSummary, i: number, all: SlideSummary[]) => `${s.title}#${all.slice(0, i).filter((o) => o.title === s.title).length}`;
  const old = new Map(before.map((s, i) => [key(s, i, before), { ...s, number: i + 1 }]));
  const now = new Map(after.map((s, i) => [key(s, i, after), { ...s, number: i + 1 }]));
  const added = [...now].filter(([k]) => !old.has(k)).map(([, s]) => s);
  const removed = [...old].filter(([k]) => !now.has(k)).map(([, s]) => s);
  const lines: string[] = [];
  for (const [k, s] of now) {
    const was = old.get(k);
    if (was && was.hash !== s.hash) lines.push(`changed: slide ${s.number} “${s.title}”`);
  }
  for (const s of added) {
    // A slide whose title was edited in place reads better as one change than as two.
    const renamed = removed.findIndex((r) => r.number === s.number);
    if (renamed >= 0) lines.push(`changed: slide ${s.number} “${s.title}” (was “${removed.splice(renamed, 1)[0]!.title}”)`);
    else lines.push(`added: slide ${s.number} “${s.title}”`);
  }
  for (const s of removed) lines.push(`removed: slide ${s.number} “${s.title}” (of the previous deck)`);
  return lines.sort((a, b) => Number(a.match(/slide (\d+)/)![1]) - Number(b.match(/slide (\d+)/)![1]));
}
