/**
 * Which reader takes a file, by its extension: plain text and Markdown here; Word and
 * PowerPoint files by their own readers (read-docx.ts, read-pptx.ts). Each returns a draft
 * and the pictures to copy beside the lecture.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';
import { isLectureFileName } from '../load/loaders.js';
import type { Imported, ReadContext, Reader } from './reader.js';
import { readDocx } from './read-docx.js';
import { readPptx } from './read-pptx.js';
import { readNotesText } from './read-notes-text.js';
import { readText } from './read-text.js';

export type { Imported } from './reader.js';

const text = (format: 'text' | 'markdown'): Reader => async (file, { name }) => ({ draft: readText(await readNotesText(file), name, format), pictures: [] });

const READERS: Record<string, Reader> = {
  '.txt': text('text'),
  '.text': text('text'),
  '.md': text('markdown'),
  '.markdown': text('markdown'),
  '.docx': readDocx,
  '.pptx': readPptx,
};

export const IMPORTABLE = Object.keys(READERS);

/** Pictures are named after the lecture, numbered from 1, skipping names a file beside it already has. */
function pictureNames(lecture: string): ReadContext['pictureName'] {
  let n = 0;
  return (extension) => {
    let name: string;
    do name = `${path.basename(lecture, path.extname(lecture))}-picture-${++n}.${extension}`;
    while (existsSync(path.join(path.dirname(lecture), name)));
    return name;
  };
}

/** `lecture` is the lecture file the draft becomes: its pictures go beside it. */
export async function importNotes(file: string, lecture: string): Promise<Imported> {
  const extension = path.extname(file).toLowerCase();
  const reader = READERS[extension];
  if (existsSync(file) && statSync(file).isDirectory()) throw new LecternError(`${file} is a folder; import one file of notes at a time, e.g. lectern import ${path.join(file, 'notes.docx')}`);
  // An empty text file makes a draft to fill in; an empty Word or PowerPoint file is a broken one.
  if (['.docx', '.pptx'].includes(extension) && existsSync(file) && statSync(file).size === 0) throw new LecternError(`${file} is empty (0 bytes): there is nothing in it to import. Open your notes and save them again, then import that file`);
  if (isLectureFileName(file)) throw new LecternError(`${file} is already a lecture (YAML): there is nothing to import. Build it with: lectern build ${file}`);
  if (!reader) throw new LecternError(`${file}: Lectern imports ${IMPORTABLE.join(', ')} files, not "${extension || 'a file without an extension'}". Save your notes as one of those (a Word file as .docx, a PowerPoint file as .pptx: File → Save As), then import that.`);
  return reader(file, { name: path.basename(file, extension), pictureName: pictureNames(lecture) });
}
