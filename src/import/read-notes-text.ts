/**
 * A notes file's text, whatever Notepad saved it as: UTF-8 (with or without its mark) or
 * UTF-16 (Notepad's "Unicode", which starts with its byte-order mark). Anything else that is
 * not UTF-8 (an old "ANSI" file) is refused with what to do, rather than imported with "�"
 * for every accented letter.
 */
import { readFile } from 'node:fs/promises';
import { LecternError } from '../errors.js';

export async function readNotesText(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new LecternError(`${file}: this file is not saved as UTF-8, so its accented letters would be lost. Open it, save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8), then import it again.`);
  }
}
