/**
 * TeX that KaTeX cannot typeset is a content error, found while the lecture is checked
 * (`lectern validate` and every build), so nothing is made with red KaTeX error text in it.
 * The problem points into the field, at the place KaTeX stopped, when the maths can be found
 * as typed in the file (a plain or single-quoted scalar, a block scalar); at the field otherwise.
 */
import type { Problem } from '../../problems/problem.js';
import { quoted } from '../../problems/problem.js';
import type { Position } from '../../load/positions.js';
import { mapFences } from '../../load/code-fences.js';
import { mathsIn } from './find-maths.js';
import { texError } from './katex.js';

export interface TexSource {
  /** The file's text. */
  text: string;
  /** Where the value (or, with atKey, the key) at `path` is. */
  positionOf(path: readonly PropertyKey[], atKey?: boolean): Position;
}

const HINT =
  'check the braces { } and the command names (KaTeX supports most of LaTeX maths, and \\ce{…} for chemistry); a dollar sign that is not maths is typed \\$';

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

/** Problems for every piece of maths in one text that KaTeX cannot read. */
function textProblems(value: string, path: readonly PropertyKey[], atKey: boolean, source: TexSource, file: string): Problem[] {
  return mathsIn(value).flatMap((span) => {
    const error = texError(span.tex);
    if (!error) return [];
    const field = source.positionOf(path, atKey);
    const typed = value.slice(span.start, span.end);
    const stop = span.markup.length + Math.min(error.position ?? 0, span.tex.length);
    // The maths as typed, searched for from where the field starts: as it is (a plain or
    // block scalar), or as a double-quoted scalar writes it (backslashes and quotes escaped).
    const from = offsetOf(source.text, field);
    let where = field;
    for (const written of [(t: string) => t, (t: string) => t.replace(/[\\"]/g, '\\$&')]) {
      const found = source.text.indexOf(written(typed), from);
      if (found !== -1 && found - from < value.length * 2 + 16) {
        where = positionAt(source.text, found + written(typed.slice(0, stop)).length);
        break;
      }
    }
    return [
      {
        file,
        ...where,
        severity: 'error' as const,
        message: `the maths ${quoted(typed)} is not TeX that can be typeset: ${error.message}`,
        hint: HINT,
      },
    ];
  });
}

/** Every piece of text in the lecture's data, keys too (a bullet with sub-points is a key). */
export function texProblems(data: unknown, source: TexSource, file: string, path: PropertyKey[] = []): Problem[] {
  // A code block's "$" is code, not maths: it is blanked out, keeping every offset.
  if (typeof data === 'string') return data.includes('$') ? textProblems(mapFences(data, (t) => t, (block) => block.replace(/[^\n]/g, ' ')), path, false, source, file) : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => texProblems(v, source, file, [...path, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) => [
      ...(k.includes('$') ? textProblems(k, [...path, k], true, source, file) : []),
      ...texProblems(v, source, file, [...path, k]),
    ]);
  }
  return [];
}
