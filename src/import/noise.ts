/**
 * Noise from text extracted from a PDF: a running header or footer repeated through the
 * notes, or a line that is one short phrase over and over ("Target PT Target PT Target PT").
 * Such a line carries no content: it is dropped, and the import report says so.
 */
import type { Dropped } from './draft.js';

const normal = (line: string) => line.replace(/\s+/g, ' ').trim();

// A line that ends a sentence, asks, introduces ("Example:"), or is a heading or a bullet is
// the teacher's, however often it comes: a running header is none of those.
const STRUCTURE = /[.!?:]$|^(#{1,6}|[•▪◦·●‣∙*+-]|\d{1,3}[.)])\s/u;

/** A line made of one phrase of 1–4 words repeated three times or more. */
function repeatsItself(line: string): boolean {
  const words = normal(line).split(' ');
  for (let size = 1; size <= 4 && size * 3 <= words.length; size++) {
    if (words.length % size !== 0) continue;
    const phrase = words.slice(0, size).join(' ');
    if (words.every((w, i) => w === words[i % size]) && phrase.length > 1) return true;
  }
  return false;
}

/** The lines to drop: repeated 3 times or more (short lines: a header, a page footer), or repeating themselves. */
export function findNoise(lines: readonly string[]): Dropped[] {
  const counts = new Map<string, number>();
  for (const line of lines.map(normal).filter(Boolean)) counts.set(line, (counts.get(line) ?? 0) + 1);
  const dropped: Dropped[] = [];
  for (const [line, times] of counts) {
    if (repeatsItself(line)) dropped.push({ text: line, times, reason: 'one phrase repeated over and over: noise from the PDF the text came from' });
    else if (times >= 3 && line.length <= 80 && !STRUCTURE.test(line)) dropped.push({ text: line, times, reason: `the same line ${times} times: a running header or footer` });
  }
  return dropped;
}

export const isNoise = (dropped: readonly Dropped[], line: string) => dropped.some((d) => d.text === normal(line));
