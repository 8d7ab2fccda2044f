/**
 * Large print in Arabic: a list's bullet stands in the space before each point, to the right
 * of it in a right-to-left page. In 18 pt the bullet is wider than that space, and Chromium
 * shrank the whole revision sheet to fit what stood past the page's edge (17.9 pt).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFixture } from '../helpers/built-fixture.js';
import { readPdf } from '../helpers/pdf.js';
import { readWordPages, wordsOffPage } from '../helpers/pdf-words.js';

const HANDOUTS = ['revision-sheet', 'quiz', 'worksheet'] as const;
const built = builtFixture('scripts/arabic.yaml', { only: [...HANDOUTS], handoutOverrides: { largePrint: true } });
const { file } = built;

beforeAll(() => built.build(), 300_000);
afterAll(() => built.close());

describe('large print in Arabic', () => {
  it.each(HANDOUTS)('%s: every word at 18 pt or more, none off the page', async (name) => {
    const pdf = await readPdf(file(name));
    const sizes = pdf.pages.flatMap((page) => page.items.filter((i) => i.str.trim() !== '').map((i) => i.size));
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(17.99);
    expect(readWordPages(file(name)).flatMap(wordsOffPage)).toEqual([]);
  });
});
