/**
 * Every script Lectern supports prints with a face of its own in every weight and style the
 * themes and handouts use: a Hindi lecture's PDFs and deck.html draw no letter as an empty
 * box (.notdef), and use no font but those Lectern embeds.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.js';
import { embeddedFontNames, notdefGlyphs } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-hindi-'));
const dir = path.join(out, 'jal-chakra');
const browser = sharedBrowser();

beforeAll(async () => {
  const run = await runLectern(['build', path.join(__dirname, '../fixtures/hindi/jal-chakra.yaml'), '--out', out]);
  expect(run.code, run.err).toBe(0);
});

describe('a lecture in Hindi', () => {
  it('prints every letter of every PDF in an embedded face: no empty boxes, in any weight or style', async () => {
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    // The deck, the eight handouts: questions are semibold, explanations italic, blanks bold italic.
    expect(pdfs).toHaveLength(9);
    for (const pdf of pdfs) {
      expect(await notdefGlyphs(path.join(dir, pdf)), pdf).toEqual([]);
      // The answer keys' ✓ is drawn from Noto Sans SC, embedded in the keys alone (Source Sans 3 has no ✓).
      const faces = pdf.endsWith('-answers.pdf') ? /^(SourceSans3|NotoSansDevanagari|NotoSansSC)/ : /^(SourceSans3|NotoSansDevanagari)/;
      expect((await embeddedFontNames(path.join(dir, pdf))).filter((f) => !faces.test(f)), pdf).toEqual([]);
    }
  });

  it("shows deck.html's course and author lines, semibold and bold, in the embedded Devanagari faces", async () => {
    const fonts = await browser.withPage(async (page) => {
      const cdp = await page.createCDPSession();
      const used: Record<string, { familyName: string; isCustomFont: boolean }[]> = {};
      // The title slide's course line (semibold), title and author line (bold); an objective's italic word.
      const shown = { 'section.title p:first-of-type': 1, 'section.title h1': 1, 'section.title strong': 1, 'section.objectives li em': 2 };
      for (const [selector, slide] of Object.entries(shown)) {
        // Only the slide on screen is laid out, and only laid-out text has fonts.
        await page.goto(`${pathToFileURL(path.join(dir, 'deck.html')).href}#${slide}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        await cdp.send('DOM.getDocument', { depth: -1 });
        const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
        expect(result.objectId, selector).toBeDefined();
        const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId! });
        used[selector] = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
      }
      return used;
    });
    for (const [selector, used] of Object.entries(fonts)) {
      expect(used.length, selector).toBeGreaterThan(0);
      expect(used.every((f) => f.isCustomFont), `${selector}: ${JSON.stringify(used)}`).toBe(true);
    }
  });
});
