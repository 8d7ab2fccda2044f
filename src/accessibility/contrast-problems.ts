/**
 * The colour pairs of a lecture's theme and of the handout stylesheet below WCAG 2.1 AA
 * (contrast.ts measures them), as problems a teacher can act on: one per pair of colours,
 * naming everything drawn in it, at the line of the stylesheet where one of its colours is
 * written — in a theme that imports Lectern's, the teacher's own line that changed it.
 */
import { readFileSync } from 'node:fs';
import { describeFinding, type ContrastFinding, type ContrastReport } from '../make/contrast.js';
import { readColour, toHex } from '../make/css-colour.js';
import type { Problem } from '../problems/problem.js';

export interface Stylesheet {
  /** The file as the teacher would open it. */
  file: string;
  report: ContrastReport;
  /** Where the colours are seen, for the message: "on its slides". */
  on: string;
}

// Colour words in a line of CSS: #hex, rgb()/hsl() and their alpha forms, and plain names.
const COLOUR_WORDS = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\([^)]*\)|\b[a-z]{3,20}\b/gi;

/** The first line of `text` that writes one of the colours (as the reader sees it), else 1. */
function lineWriting(text: string, colours: readonly string[]): number {
  const lines = text.split('\n');
  const at = lines.findIndex((line) =>
    [...line.replace(/\/\*.*?\*\//g, '').matchAll(COLOUR_WORDS)].some((m) => {
      const rgb = readColour(m[0], () => undefined);
      return rgb !== undefined && rgb[3] === 1 && colours.includes(`#${toHex(rgb)}`);
    }),
  );
  return at + 1 || 1;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function contrastProblems({ file, report, on }: Stylesheet): Problem[] {
  const text = readText(file);
  const pairs = new Map<string, ContrastFinding[]>();
  for (const f of report.findings.filter((x) => !x.passes)) {
    const key = `${f.foreground} ${f.background}`;
    pairs.set(key, [...(pairs.get(key) ?? []), f]);
  }
  const problems = [...pairs.values()].map((found): Problem => {
    const [first] = found as [ContrastFinding];
    const needs = [...new Set(found.map((f) => f.required))].sort((a, b) => b - a);
    const uses = needs.map((required) => `${found.filter((f) => f.required === required).map((f) => f.usedFor).join(', ')} (needs ${required}:1)`).join('; ');
    const line = lineWriting(text, [first.foreground, first.background]);
    return {
      file,
      line,
      column: 1,
      severity: 'error',
      message: found.length === 1 ? `low contrast ${on}: ${describeFinding(first)}` : `low contrast ${on}: ${first.foreground} on ${first.background} is ${first.ratio.toFixed(2)}:1, used for ${uses}`,
      hint: `make one of the two colours darker or lighter until the ratio is ${needs[0]}:1 (e.g. with https://webaim.org/resources/contrastchecker/), or use theme: high-contrast`,
    };
  });
  return problems;
}
