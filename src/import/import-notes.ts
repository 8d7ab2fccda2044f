/**
 * Which reader takes a file, by its extension: plain text and Markdown here; Word and
 * PowerPoint files by their own readers. Each returns a draft and the pictures to copy
 * beside the lecture.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LecternError } from '../errors.js';
import type { Draft } from './draft.js';
import { readText } from './read-text.js';

export interface Imported {
  draft: Draft;
  /** Pictures the draft's slides show, to write beside the lecture by these names. */
  pictures: { name: string; data: Uint8Array }[];
}

type Reader = (file: string, name: string) => Promise<Imported>;

const text = (format: 'text' | 'markdown'): Reader => async (file, name) => ({ draft: readText(await readFile(file, 'utf8'), name, format), pictures: [] });

const READERS: Record<string, Reader> = {
  '.txt': text('text'),
  '.text': text('text'),
  '.md': text('markdown'),
  '.markdown': text('markdown'),
};

export const IMPORTABLE = Object.keys(READERS);

export async function importNotes(file: string): Promise<Imported> {
  const extension = path.extname(file).toLowerCase();
  const reader = READERS[extension];
  if (!reader) throw new LecternError(`${file}: Lectern imports ${IMPORTABLE.join(', ')} files, not "${extension || 'a file without an extension'}". Save your notes as one of those (in Word: File → Save As → Plain Text), then import that.`);
  return reader(file, path.basename(file, extension));
}
