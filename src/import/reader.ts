/** What every notes reader takes and gives: a draft, and the pictures to copy beside the lecture. */
import type { Draft } from './draft.js';

export interface Imported {
  draft: Draft;
  /** Pictures the draft's slides show, to write beside the lecture by these names. */
  pictures: { name: string; data: Uint8Array }[];
}

export interface ReadContext {
  /** The notes' file name without its extension (a title when the notes have none). */
  name: string;
  /** A file name beside the lecture for the next picture, "<lecture>-picture-N.<extension>", one no file has yet. */
  pictureName: (extension: string) => string;
}

export type Reader = (file: string, context: ReadContext) => Promise<Imported>;
