/**
 * Large print in Arabic: a list's bullet stands in the space before each point, to the right
 * of it in a right-to-left page. In 18 pt the bullet is wider than that space, and Chromium
 * shrank the whole revision sheet to fit what stood past the page's edge (17.9 pt).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLecture } from '../../src/pipeline/build-lecture.js';
import { createBuildContext } from '../../src/pipeline/context.js';
import { readPdf } from '../helpers/pdf.js';
import { readWordPages, wordsOffPage } from '../helpers/pdf-words.js';

const HANDOUTS = ['revision-sheet', 'quiz', 'worksheet'] as const;
const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-large-print-rtl-'));
const context = createBuildContext({ outDir: out, only: [...HANDOUTS], handoutOverrides: { largePrint: true } });
const file = (name: string) => path.join(out, 'arabic', `${name}.pdf`);

beforeAll(async () => {
  await buildLecture({ file: path.join(__dirname, '../fixtures/scripts/arabic.yaml'), outPath: 'arabic', root: path.join(__dirname, '../fixtures/scripts') }, context);
}, 300_000);
afterAll(() => context.browser.close());

describe('large print in Arabic', () => {
  it.each(HANDOUTS)('%s: every word at 18 pt or more, none off the page', async (name) => {
    const pdf = await readPdf(file(name));
    const sizes = pdf.pages.flatMap((page) => page.items.filter((i) => i.str.trim() !== '').map((i) => i.size));
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(17.99);
    expect(readWordPages(file(name)).flatMap(wordsOffPage)).toEqual([]);
  });
});
