/**
 * deck.html in a browser, as a student with a screen reader or a keyboard meets it (issue 16,
 * item 5): axe-core finds no serious or critical WCAG 2.1 A/AA violation on any slide, in the
 * slide view, the presenter view and the overview, for MTCR, a lecture with every layout (in
 * the lectern theme and in high-contrast), and a lecture in Arabic (right to left). Marp's
 * bespoke template shows one slide at a time and hides the others from readers (and from
 * axe), so every slide is shown in turn and checked.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, blocking, describeFindings, type Finding } from '../../helpers/axe.js';
import { sharedBrowser } from '../../helpers/browser.js';
import { runLectern } from '../../helpers/run-main.js';
import { loadLabels } from '../../../src/make/labels.js';
import { TemplateSet } from '../../../src/make/template-set.js';

/** The lecture with every layout, in Lectern's other shipped theme (its output folder: high-contrast/). */
function inHighContrast(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-deck-axe-theme-'));
  cpSync(path.resolve('tests/fixtures/all-layouts'), dir, { recursive: true });
  const yaml = path.join(dir, 'high-contrast.yaml');
  writeFileSync(yaml, `${readFileSync(path.join(dir, 'water-cycle.yaml'), 'utf8')}\ntheme: high-contrast\n`);
  rmSync(path.join(dir, 'water-cycle.yaml'));
  return yaml;
}

const LECTURES = {
  mtcr: path.resolve('content/mtcr.yaml'),
  'water-cycle': path.resolve('tests/fixtures/all-layouts/water-cycle.yaml'),
  arabic: path.resolve('tests/fixtures/scripts/arabic.yaml'),
  'high-contrast': inHighContrast(),
};
type Name = keyof typeof LECTURES;

const browser = sharedBrowser();
const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-deck-axe-'));
const deckUrl = (name: Name, query = '') => `${pathToFileURL(path.join(out, name, 'deck.html')).href}${query}`;

beforeAll(async () => {
  // One after the other: two cores are shared by every test.
  for (const yaml of Object.values(LECTURES)) {
    const run = await runLectern(['build', yaml, '--out', out, '--only', 'deck-html']);
    expect(run.code, run.err).toBe(0);
  }
}, 180_000);

/** The slide Marp's bespoke template shows, by index, and how many there are. */
const shown = (where: Page | Frame) =>
  where.evaluate(() => {
    const slides = [...document.querySelectorAll('.bespoke-marp-slide')];
    return { index: slides.findIndex((s) => s.classList.contains('bespoke-marp-active')), count: slides.length, hash: location.hash };
  });

async function waitForSlide(where: Page | Frame, index: number): Promise<void> {
  await where
    .waitForFunction((i) => [...document.querySelectorAll('.bespoke-marp-slide')].findIndex((s) => s.classList.contains('bespoke-marp-active')) === i, { timeout: 5_000 }, index)
    .catch(async () => {
      throw new Error(`expected slide ${index + 1} to be shown, but Marp shows ${JSON.stringify(await shown(where))}`);
    });
}

/**
 * Shows each slide in turn (the key → moves on, as a presenter does) and runs axe on each.
 * `each` runs before axe, once the slide is shown (the presenter view waits for its preview).
 */
async function findingsOnEverySlide(page: Page, name: string, each: (index: number) => Promise<void> = async () => {}): Promise<{ found: Finding[]; slides: number }> {
  const { count } = await shown(page);
  const found: Finding[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await waitForSlide(page, i);
    await each(i);
    found.push(...(await axeFindings(page)).map((f) => ({ ...f, target: `${name}, slide ${i + 1}: ${f.target}` })));
  }
  return { found, slides: count };
}

/** Fails with every serious or critical finding named: rule, slide, element and what axe measured. */
function expectNoBlocking(found: readonly Finding[], where: string) {
  const open = found.filter(blocking);
  expect(open, `axe found serious or critical WCAG 2.1 A/AA violations:\n${describeFindings(open, where)}`).toEqual([]);
}

describe.each(Object.keys(LECTURES) as Name[])('deck.html of %s', (name) => {
  it('has no serious or critical axe violation on any slide of the slide view', async () => {
    await browser.withPage(async (page) => {
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(deckUrl(name), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.body.dataset.bespokeView)).toBe('');
      expect(await page.$eval('section', (s) => s.dataset.theme)).toBe(name === 'high-contrast' ? 'high-contrast' : 'lectern');
      const { found, slides } = await findingsOnEverySlide(page, name);
      expect(slides).toBeGreaterThan(8);
      expectNoBlocking(found, `${name} slide view`);
    });
  });

  it('has no serious or critical axe violation on any slide of the presenter view, its next-slide preview included', async () => {
    await browser.withPage(async (page) => {
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(deckUrl(name, '?view=presenter'), { waitUntil: 'load' });
      // The presenter view really is on: Marp's own view, with the notes and the next slide.
      expect(await page.evaluate(() => document.body.dataset.bespokeView)).toBe('presenter');
      expect(await page.$('.bespoke-marp-presenter-container .bespoke-marp-presenter-note-container')).not.toBeNull();
      const preview = await (await page.waitForSelector('iframe.bespoke-marp-presenter-next'))!.contentFrame();
      // Named for screen readers, in the lecture's language (Marp gives it no name).
      expect(await page.$eval('iframe.bespoke-marp-presenter-next', (f) => f.title)).toBe(name === 'arabic' ? 'الشريحة التالية' : 'Next slide');
      const notesSeen: string[] = [];
      const { found } = await findingsOnEverySlide(page, `${name} (presenter)`, async (i) => {
        // The preview shows the slide after this one (after the last, a blank Marp adds to it).
        await waitForSlide(preview, i + 1);
        notesSeen.push(await page.$eval('.bespoke-marp-presenter-note-wrapper', (n) => (n as HTMLElement).innerText.trim()));
      });
      // The speaker notes show in the presenter view: it is the view a presenter reads.
      expect(notesSeen.filter((n) => n.length > 10).length, notesSeen.join('\n')).toBeGreaterThanOrEqual(3);
      expectNoBlocking(found, `${name} presenter view`);
    });
  });

  it('has no serious or critical axe violation in the overview of every slide (key O)', async () => {
    await browser.withPage(async (page) => {
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(deckUrl(name), { waitUntil: 'load' });
      await page.keyboard.press('o');
      const frame = await (await page.waitForSelector('.bespoke-marp-overview[data-open="1"] iframe'))!.contentFrame();
      await frame.waitForFunction(() => document.body.dataset.bespokeView === 'overview' && document.querySelectorAll('.bespoke-marp-slide').length > 0);
      expect(await page.$eval('.bespoke-marp-overview iframe', (f) => f.title)).toBe(name === 'arabic' ? 'نظرة عامة على الشرائح' : 'Overview of the slides');
      // Every slide is on show in the overview, so one run sees them all.
      expectNoBlocking(await axeFindings(page), `${name} overview`);
    });
  });
});

describe("Marp's controls in an Arabic deck", () => {
  const ar = loadLabels(new TemplateSet(), 'ar').labels;
  const names = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => `${e.getAttribute('title')} | ${e.textContent}`));

  it("are named in Arabic, not in Marp's English (a screen reader reads them with the page's voice)", async () => {
    await browser.withPage(async (page) => {
      await page.goto(deckUrl('arabic'), { waitUntil: 'load' });
      expect(await names(page, 'button[data-bespoke-marp-osc]')).toEqual([
        `${ar.deckPreviousSlide} | ${ar.deckPreviousSlide}`,
        `${ar.deckNextSlide} | ${ar.deckNextSlide}`,
        `${ar.deckFullscreen} (F) | ${ar.deckFullscreen}`,
        `${ar.deckOverview} (O) | ${ar.deckOverview}`,
        `${ar.deckPresenterView} (P) | ${ar.deckPresenterView}`,
      ]);
      await page.goto(deckUrl('arabic', '?view=presenter'), { waitUntil: 'load' });
      await page.waitForSelector('.bespoke-marp-presenter-info-page-next');
      expect(await names(page, '.bespoke-marp-presenter-container button[tabindex="-1"], .bespoke-marp-presenter-container time')).toEqual([
        `${ar.deckNotesSmaller} | ${ar.deckNotesSmaller}`,
        `${ar.deckNotesBigger} | ${ar.deckNotesBigger}`,
        `${ar.deckPreviousSlide} | ${ar.deckPreviousSlide}`,
        `${ar.deckNextSlide} | ${ar.deckNextSlide}`,
        expect.stringMatching(new RegExp(`^${ar.deckClock} \\| `)),
        expect.stringMatching(new RegExp(`^${ar.deckTimer} \\| `)),
      ]);
      expect(await page.title()).toBe(`[${ar.deckPresenterView}] - دورة الماء`);
    });
  });
});
