/**
 * TeX that KaTeX cannot typeset is a content error, found while the lecture is checked
 * (`lectern validate` and every build), so nothing is made with red KaTeX error text in it.
 * The problem points into the field, at the place KaTeX stopped, when the maths can be found
 * as typed in the file (a plain or single-quoted scalar, a block scalar); at the field otherwise.
 */
import type { Problem } from '../../problems/problem.js';
import { quoted } from '../../problems/problem.js';
import { positionInField, type FieldSource } from '../../load/field-positions.js';
import { mapFences } from '../../load/code-fences.js';
import { mathsIn } from './find-maths.js';
import { texError } from './katex.js';

const HINT =
  'check the braces { } and the command names (KaTeX supports most of LaTeX maths, and \\ce{…} for chemistry); a dollar sign that is not maths is typed \\$';

/** Problems for every piece of maths in one text that KaTeX cannot read. */
function textProblems(value: string, path: readonly PropertyKey[], atKey: boolean, source: FieldSource, file: string): Problem[] {
  return mathsIn(value).flatMap((span) => {
    const error = texError(span.tex);
    if (!error) return [];
    const typed = value.slice(span.start, span.end);
    const stop = span.markup.length + Math.min(error.position ?? 0, span.tex.length);
    const where = positionInField(source, path, atKey, value.length, [typed], stop);
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
export function texProblems(data: unknown, source: FieldSource, file: string, path: PropertyKey[] = []): Problem[] {
  // A code block's "$" is code, not maths: it is blanked out, keeping every offset.
  if (typeof data === 'string') return data.includes('$') ? textProblems(mapFences(data, (t) => t, (block) => block.replace(/[^\n]/g, ' ')), path, false, source, file) : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => texProblems(v, source, file, [...path, i]));
  if (data && typeof data === 'object') {
    // Alt text is plain text, read aloud: a "$" there is a dollar, never maths.
    return Object.entries(data).filter(([k, v]) => !(k === 'alt' && typeof v === 'string')).flatMap(([k, v]) => [
      ...(k.includes('$') ? textProblems(k, [...path, k], true, source, file) : []),
      ...texProblems(v, source, file, [...path, k]),
    ]);
  }
  return [];
}
