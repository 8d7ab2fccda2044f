/**
 * What a lecture's output folder holds, kept beside its outputs as .lectern.json: the
 * lecture's title and place in its course, its slides, and the files its outputs made. The
 * course index is made from these (on one machine or from several shards' outputs put
 * together), and the files of a deleted lecture are found by them. The cache lives apart,
 * in .lectern/ (see decide/ledger.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SlideSummary } from '../make/deck/slide-summary.js';

export const MANIFEST_FILE = '.lectern.json';

export interface Manifest {
  lectern: string;
  /** The lecture file, relative to the folder the build ran in. */
  source: string;
  title: string;
  course?: string;
  lesson?: string;
  revised?: string;
  /** The lecture's language, when not English (its card on the index is in it). */
  language?: string;
  /** The deck's slides as its files show them. */
  slides: SlideSummary[];
  /** The files the lecture's outputs made, relative to its output folder. */
  files: string[];
  /** When the outputs were last made, ISO 8601. */
  built: string;
}

export function readManifest(dir: string): Manifest | undefined {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    return Array.isArray(manifest?.files) && Array.isArray(manifest.slides) ? manifest : undefined;
  } catch {
    return undefined; // A damaged manifest is made anew by the next build.
  }
}

export const manifestJson = (manifest: Manifest): string => `${JSON.stringify(manifest, null, 2)}\n`;
