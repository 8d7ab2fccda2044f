/**
 * The key of each output: a hash of everything that affects it — the lecture, its course
 * defaults, the templates and theme it uses, the options, the images, Lectern's version.
 * The same key means the same file, so the output can be skipped.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DeckTemplates } from '../render/deck/render-deck.js';
import { SLIDE_HANDOUTS, type HandoutTemplates } from '../render/handouts/handout-templates.js';
import { hash } from './build-record.js';
import { OUTPUTS, type OutputName } from './outputs.js';

export interface KeyInputs {
  version: string;
  lectureSource: string;
  courseSources: string[];
  options: unknown;
  themeCss: string;
  images: string[];
  deckTemplates: DeckTemplates;
  handoutTemplates: HandoutTemplates;
}

// File hashes, remembered while a file's size and modification time stay the same, so a
// build of many lectures reads each template once, and an edited template is seen at once.
const fileHashes = new Map<string, string>();
export function hashFiles(files: string[]): string {
  return hash(
    ...files.map((f) => {
      const { mtimeMs, size } = statSync(f);
      const id = `${f}\0${mtimeMs}\0${size}`;
      let h = fileHashes.get(id);
      if (!h) {
        // The name, not the full path: moving the project must not rebuild everything.
        h = hash(path.basename(f), readFileSync(f));
        fileHashes.set(id, h);
      }
      return h;
    }),
  );
}

export function outputKeys(input: KeyInputs): Record<OutputName, string> {
  const base = hash(input.version, input.lectureSource, ...input.courseSources, hashFiles(input.images));
  // Handout options (paper, seed, …) change the handouts, never the deck.
  const options = JSON.stringify(input.options);
  const slides = hash(input.themeCss, hashFiles(input.deckTemplates.files));
  const handoutCommon = hashFiles(input.handoutTemplates.commonFiles);
  return Object.fromEntries(
    OUTPUTS.map((name) => {
      if (name === 'deck') return [name, hash(base, slides)];
      const own = hashFiles([input.handoutTemplates.fileOf[name]]);
      // The two slide handouts show the slides, so the deck's templates and theme count too.
      return [name, hash(base, options, handoutCommon, own, SLIDE_HANDOUTS.has(name) ? slides : '')];
    }),
  ) as Record<OutputName, string>;
}
