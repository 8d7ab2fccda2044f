/**
 * Large print (here dyslexia-friendly too, whose face is wider) with words that cannot break
 * (a web address, a long name in a table cell, a long key term's worksheet blank):
 * Chromium shrinks a whole printed page to fit anything wider than the paper, which would set
 * every word of the handout under 18 pt. Such a word breaks instead, and stays on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFixture } from '../helpers/built-fixture.js';
import { readPdf } from '../helpers/pdf.js';
import { readWordPages, wordsOffPage } from '../helpers/pdf-words.js';

const HANDOUTS = ['speaker-notes', 'revision-sheet', 'worksheet', 'quiz', 'quiz-answers'] as const;
const built = builtFixture('large-print/long-words.yaml', { only: ['deck-pdf', ...HANDOUTS], handoutOverrides: { largePrint: true, dyslexiaFriendly: true, paper: 'letter' } });
const { file } = built;

beforeAll(() => built.build(), 300_000);
afterAll(() => built.close());

describe('large print with words too long for a line', () => {
  it.each(HANDOUTS)('%s: every word of its own at 18 pt or more, none off the page', async (name) => {
    const pdf = await readPdf(file(name));
    // The speaker notes' slide pictures are the deck's words, at the deck's size.
    const deck = new Set((await readPdf(file('deck'))).pages.flatMap((p) => p.items.map((i) => i.str.trim())));
    const small = pdf.pages.flatMap((page, p) =>
      page.items.filter((i) => i.str.trim() !== '' && i.size < 17.99 && !(name === 'speaker-notes' && deck.has(i.str.trim()))).map((i) => `p${p + 1} "${i.str}" at ${i.size.toFixed(1)} pt`),
    );
    expect(small).toEqual([]);
    expect(readWordPages(file(name)).flatMap(wordsOffPage)).toEqual([]);
  });
});
