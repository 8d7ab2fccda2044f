/**
 * Slide pictures kept between builds, by content: output/<lecture>/.lectern/pictures/<key>.png,
 * where the key is a fingerprint of the slide's HTML and styles (see pictureKey). A slide
 * that looks as it did keeps its picture, and only new or edited slides are captured again.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR } from './ledger.js';

export const PICTURES_DIR = `${CACHE_DIR}/pictures`;

export interface PictureStore {
  /** The stored picture of a key, if there is one. */
  read(key: string): Promise<Uint8Array | undefined>;
  /** Where a picture of this key goes, relative to the lecture's output folder. */
  fileOf(key: string): string;
  /** Every stored picture, relative to the lecture's output folder. */
  files(): string[];
}

/** The store of a lecture's output folder; `use` false gives one that holds nothing (--force). */
export function pictureStore(outDir: string, use = true): PictureStore {
  const dir = path.join(outDir, PICTURES_DIR);
  return {
    read: async (key) => {
      if (!use) return undefined;
      try {
        return new Uint8Array(await readFile(path.join(dir, `${key}.png`)));
      } catch {
        return undefined; // not stored, or removed meanwhile: the slide is captured again
      }
    },
    fileOf: (key) => `${PICTURES_DIR}/${key}.png`,
    files: () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).map((f) => `${PICTURES_DIR}/${f}`) : []),
  };
}
