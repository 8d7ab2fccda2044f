/**
 * An Anki note's sort field and checksum, read as Anki computes them from the front it holds.
 */
import { describe, expect, it } from 'vitest';
import type { Lecture } from '../../../src/load/lecture.js';
import { fieldChecksum } from '../../../src/outputs/flashcards-anki/anki-ids.js';
import { ankiNotes } from '../../../src/outputs/flashcards-anki/anki-package.js';

// Anki sorts and finds duplicates by its first field with the HTML taken off and the entities
// read (rslib strip_html_preserving_media_filenames): the maths keeps its delimiters there.
describe('an Anki note’s sort field and checksum', () => {
  it('are the front as Anki strips it, maths and all', () => {
    const glossary = [{ term: '$E_k$ & <b>', definition: 'd' }];
    const [note] = ankiNotes({ lecture: { title: 'T', glossary } as unknown as Lecture, outPath: 'x' });
    const stripped = note!.fields[0].replace(/<[^>]*>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    expect(stripped).toBe('\\(E_k\\) & <b>');
    expect(note!.sortField).toBe(stripped);
    expect(note!.checksum).toBe(fieldChecksum(stripped));
  });
});
