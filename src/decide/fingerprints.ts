/**
 * The fingerprints that decide what a build makes again. Each is one function with a name
 * that says what it covers; the same fingerprint means the same result, so the work can be
 * skipped. An output's key keeps its parts by name (as vite's dependency hash does), so a
 * build can say which part changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A short hash of its parts, in order. */
export const hash = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex').slice(0, 16);
};

// File hashes, remembered while a file's size and modification time stay the same, so a
// build of many lectures reads each template once, and an edited template is seen at once.
const fileHashes = new Map<string, string>();

/** The content of files, by name and bytes (not their folder: moving the project rebuilds nothing). */
export function filesFingerprint(files: readonly string[]): string {
  return hash(
    ...files.map((f) => {
      const { mtimeMs, size } = statSync(f);
      const id = `${f}\0${mtimeMs}\0${size}`;
      let h = fileHashes.get(id);
      if (!h) {
        h = hash(path.basename(f), readFileSync(f));
        fileHashes.set(id, h);
      }
      return h;
    }),
  );
}

/** An output's key, by named part: what it is made from, before anything is made. */
export type KeyParts = Readonly<Record<string, string>>;

/** What every output of a lecture is made from. */
export interface LectureSources {
  /** Lectern's version: a new Lectern makes everything again. */
  version: string;
  lectureSource: string;
  /** The course.yaml files that give the lecture values, root first. */
  courseSources: readonly string[];
  /** The image files the lecture shows. */
  images: readonly string[];
  /** The label files (Lectern's, and the teacher's). */
  labelFiles: readonly string[];
  themeCss: string;
  /** Options given on the command line that change handouts (paper, seed, …). */
  handoutOptions: unknown;
}

/** What one kind of output reads beside the lecture: its templates, and maybe the theme and handout options. */
export interface OutputReads {
  templates: readonly string[];
  theme?: boolean;
  handoutOptions?: boolean;
}

/** The key of one output: the lecture's sources and what the output itself reads. */
export function outputKey(sources: LectureSources, reads: OutputReads): KeyParts {
  return {
    lectern: sources.version,
    lecture: hash(sources.lectureSource),
    course: hash(...sources.courseSources),
    images: filesFingerprint(sources.images),
    labels: filesFingerprint(sources.labelFiles),
    templates: filesFingerprint(reads.templates),
    ...(reads.theme && { theme: hash(sources.themeCss) }),
    ...(reads.handoutOptions && { options: hash(JSON.stringify(sources.handoutOptions ?? {})) }),
  };
}

/**
 * What every print depends on that the printed HTML does not show: Lectern's version and
 * the images' bytes (an image edited in place keeps its name).
 */
export function printSalt(version: string, images: readonly string[]): string {
  return hash(version, filesFingerprint(images));
}

/** What an output is made from (a handout's HTML, the deck's Markdown): the same source, the same file. */
export function sourceFingerprint(salt: string, source: string | Uint8Array): string {
  return hash(salt, source);
}

/**
 * One slide as it is measured: its Markdown set alone (with the deck's header and footer),
 * what its continuation heading says, and the styles. The same slide measures the same.
 */
export function measuredSlideFingerprint(salt: string, themeCss: string, fontCss: string, markdown: string, continued: string): string {
  return hash(salt, themeCss, fontCss, markdown, continued);
}

/** The page deck.pdf is printed from: the same page fits and prints the same. */
export function pageFingerprint(salt: string, page: string): string {
  return hash(salt, page);
}

/** One slide's picture: its HTML with the deck's styles and fonts; the same key, the same picture. */
export function pictureKey(salt: string, fontCss: string, slideCss: string, slideHtml: string): string {
  return hash(hash(salt, fontCss, slideCss), slideHtml);
}
