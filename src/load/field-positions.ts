/**
 * Where a place inside a field's text is in the file, so a problem can point at the very
 * character (a TeX error, a code fence) rather than at the field. The piece of text is
 * searched for from where the field starts, as it is (a plain or block scalar) or as a
 * double-quoted scalar writes it (backslashes and quotes escaped); not found near the
 * field (text written another way), the field itself is given.
 */
import type { Position } from './positions.js';

export interface FieldSource {
  /** The file's text. */
  text: string;
  /** Where the value (or, with atKey, the key) at `path` is. */
  positionOf(path: readonly PropertyKey[], atKey?: boolean): Position;
}

function offsetOf(text: string, { line, column }: Position): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
  }
  return at + column - 1;
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * The position of character `at` of the last of `pieces`: pieces of the value (of
 * `valueLength` characters) of the field at `path`, in order, each found after the one
 * before it (the lines before a code fence, so that a second "```" is not taken for the first).
 */
export function positionInField(source: FieldSource, path: readonly PropertyKey[], atKey: boolean, valueLength: number, pieces: readonly string[], at: number): Position {
  const field = source.positionOf(path, atKey);
  const from = offsetOf(source.text, field);
  for (const written of [(t: string) => t, (t: string) => t.replace(/[\\"]/g, '\\$&')]) {
    let found = from;
    for (const [i, piece] of pieces.entries()) {
      found = source.text.indexOf(written(piece), found + (i === 0 ? 0 : 1));
      if (found === -1) break;
    }
    if (found !== -1 && found - from < valueLength * 2 + 16) return positionAt(source.text, found + written(pieces.at(-1)!.slice(0, at)).length);
  }
  return field;
}
