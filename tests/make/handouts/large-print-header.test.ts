/**
 * In large print the running header (title · course · revised date) is 18 pt and wraps; a
 * page's margin cannot grow with it, so the top margin is made tall enough for its lines. A
 * long title and course, printed and read back: every word of the header is on the page.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LARGE_PRINT_MARGIN, largePrintTopMargin } from '../../../src/make/handouts/page-view.js';
import { readWordPages, wordsOffPage } from '../../helpers/pdf-words.js';
import { runLectern } from '../../helpers/run-main.js';

const MTCR = 'The Missile Technology Control Regime · Multilateral Export Control Regimes · Revised January 1, 2020';

describe('the top margin in large print', () => {
  it('is the usual one for a header of up to three lines, and grows a line at a time', () => {
    expect(largePrintTopMargin(MTCR, false)).toBe(LARGE_PRINT_MARGIN.top);
    expect(largePrintTopMargin(`${MTCR} · ${MTCR}`, false)).toBeGreaterThan(LARGE_PRINT_MARGIN.top + 15);
    // A Chinese letter is as wide as two Latin ones.
    expect(largePrintTopMargin('水'.repeat(60), false)).toBeGreaterThan(largePrintTopMargin('a'.repeat(60), false));
  });

  it('holds a long title and course, every word on the page, in the wider dyslexia-friendly face too', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-header-'));
    const run = await runLectern(['build', path.join(__dirname, '../../fixtures/large-print/long-title.yaml'), '--out', out, '--large-print', '--dyslexia-friendly', '--only', 'quiz,speaker-notes']);
    expect(run.code, run.err).toBe(0);
    for (const name of ['quiz', 'speaker-notes']) {
      const pages = readWordPages(path.join(out, 'long-title', `${name}.pdf`));
      for (const page of pages) expect(wordsOffPage(page).map((w) => w.text), `${name} p${page.number}`).toEqual([]);
      const text = pages[0]!.text.replace(/\s+/g, ' ');
      expect(text).toContain('The International Regimes That Govern the Export of Missiles, Drones and Their Technology');
      expect(text).toContain('Contemporary International Relations and Security Studies, Year 12');
    }
  }, 120_000);
});
