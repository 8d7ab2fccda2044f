/** Reads a lecture or course file as UTF-8 text, or says why it cannot be. */
import { readFileSync } from 'node:fs';
import { problemAt } from './parse-yaml.js';
import type { Problem } from './problem.js';

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
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad).toString('utf8');
    const line = before.split('\n').length;
    return problemAt(file, 'the file is not UTF-8 text; in your editor, save it with the encoding "UTF-8"', line, before.length - before.lastIndexOf('\n'));
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

