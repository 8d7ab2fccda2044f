/** Reads a lecture or course file as UTF-8 text, or says why it cannot be. */
import { readFileSync } from 'node:fs';
import { codeFrame, problemAt, type Problem } from '../problems/problem.js';

// A lecture is a few hundred kilobytes at most; anything far larger is a mistake.
const MAX_BYTES = 5 * 1024 * 1024;

export function readSource(file: string): string | Problem {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return problemAt(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a lecture file' : `cannot read the file (${code ?? 'error'})`);
  }
  if (bytes.length > MAX_BYTES) {
    return problemAt(file, `the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB, too large for a lecture (the limit is ${MAX_BYTES / 1024 / 1024} MB); split it into several lecture files`);
  }
  // Every kind of line break read as one: a file saved with lone CRs (old Macs) has lines too.
  const lines = (text: string) => text.replace(/\r\n?/g, '\n');
  // Notepad's "Unicode" is UTF-16 with its byte-order mark: read as the import reads it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return lines(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return lines(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  // A NUL is valid UTF-8 but never in text: UTF-16 without its mark (every other byte 0), or not text at all.
  const nul = bytes.subarray(0, 4096).indexOf(0);
  if (nul >= 0) {
    const utf16 = bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0);
    return problemAt(file, utf16 ? 'the file is saved as UTF-16 without its byte-order mark, which Lectern cannot read; in your editor, save it with the encoding "UTF-8"' : 'the file is not text (it holds binary data: a picture, a Word document?); a lecture is text, written in YAML');
  }
  try {
    return lines(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    const before = validPrefix(bytes);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const problem = problemAt(file, 'the file is not UTF-8 text; in your editor, save it with the encoding "UTF-8"', line, column);
    // The lines as UTF-8 reads them, the bad bytes shown as �, so the teacher sees where.
    return { ...problem, frame: codeFrame(new TextDecoder('utf-8').decode(bytes), line, column) };
  }
}

/**
 * The text before the first byte that is not UTF-8. The decoder says only that the bytes
 * are wrong, not where: the longest prefix it accepts is found by halving. A prefix that
 * ends inside a character is accepted when decoding as a stream, which holds the partial
 * character back, so the text returned ends before the character that went wrong.
 */
function validPrefix(bytes: Uint8Array): string {
  const decodes = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodes(mid)) low = mid;
    else high = mid - 1;
  }
  return new TextDecoder('utf-8').decode(bytes.subarray(0, low), { stream: true });
}
