/**
 * deck.html driven from the keyboard alone, as a presenter with a clicker (which sends
 * PageDown and PageUp) or a student who cannot use a mouse does (issue 16, item 5): the keys
 * Marp's bespoke template documents, and which the README lists, really do what it says.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Target } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../../helpers/browser.js';
import { runLectern } from '../../helpers/run-main.js';

const browser = sharedBrowser();
const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-deck-keys-'));
const deck = pathToFileURL(path.join(out, 'water-cycle', 'deck.html')).href;

beforeAll(async () => {
  const run = await runLectern(['build', path.resolve('tests/fixtures/all-layouts/water-cycle.yaml'), '--out', out, '--only', 'deck-html']);
  expect(run.code, run.err).toBe(0);
}, 120_000);

/** The slide on show (1 is the first), as the address bar and the deck itself say. */
const slideShown = (page: Page) =>
  page.evaluate(() => ({
    hash: location.hash,
    active: [...document.querySelectorAll('.bespoke-marp-slide')].findIndex((s) => s.classList.contains('bespoke-marp-active')) + 1,
  }));

async function press(page: Page, key: Parameters<Page['keyboard']['press']>[0], expected: number, shift = false): Promise<void> {
  if (shift) await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  if (shift) await page.keyboard.up('Shift');
  await page
    .waitForFunction((n) => location.hash === `#${n}`, { timeout: 5_000 }, expected)
    .catch(() => undefined);
  expect(await slideShown(page), `${shift ? 'Shift+' : ''}${key}`).toEqual({ hash: `#${expected}`, active: expected });
}

async function openDeck(page: Page): Promise<void> {
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(deck, { waitUntil: 'load' });
  expect(await slideShown(page)).toEqual({ hash: '', active: 1 });
}

describe('deck.html from the keyboard', () => {
  it('moves through the slides with →, ←, ↓, ↑, Space, PageDown, PageUp, Home and End', async () => {
    await browser.withPage(async (page) => {
      await openDeck(page);
      const last = await page.$$eval('.bespoke-marp-slide', (s) => s.length);
      expect(last).toBe(13);
      await press(page, 'ArrowRight', 2);
      await press(page, 'Space', 3);
      await press(page, 'PageDown', 4);
      await press(page, 'ArrowDown', 5);
      await press(page, 'ArrowLeft', 4);
      await press(page, 'PageUp', 3);
      await press(page, 'ArrowUp', 2);
      await press(page, 'Space', 1, true);
      await press(page, 'End', last);
      await press(page, 'Home', 1);
    });
  });

  it('opens the presenter view in a window of its own with P, and the two windows move together', async () => {
    await browser.withPage(async (page) => {
      await openDeck(page);
      const opened = new Promise<Target>((resolve) => page.browser().once('targetcreated', resolve));
      await page.keyboard.press('p');
      const presenter = (await (await opened).page())!;
      try {
        await presenter.waitForFunction(() => document.body.dataset.bespokeView === 'presenter', { timeout: 10_000 });
        expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
        // The presenter's notes and the preview of the next slide are on show.
        expect(await presenter.$('.bespoke-marp-presenter-note-container')).not.toBeNull();
        expect(await presenter.$('iframe.bespoke-marp-presenter-next')).not.toBeNull();
        await presenter.bringToFront();
        await press(presenter, 'ArrowRight', 2);
        // The audience's window follows the presenter's.
        await page.waitForFunction(() => location.hash === '#2', { timeout: 5_000 });
        expect(await slideShown(page)).toEqual({ hash: '#2', active: 2 });
      } finally {
        await presenter.close();
      }
    });
  });

  it('shows every slide with O, where the arrows choose one and Enter goes to it', async () => {
    await browser.withPage(async (page) => {
      await openDeck(page);
      await page.keyboard.press('o');
      const frame = await (await page.waitForSelector('.bespoke-marp-overview[data-open="1"] iframe'))!.contentFrame();
      await frame.waitForFunction(() => document.body.dataset.bespokeView === 'overview' && document.hasFocus());
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#3', { timeout: 5_000 });
      expect(await slideShown(page)).toEqual({ hash: '#3', active: 3 });
      expect(await page.$eval('.bespoke-marp-overview', (o) => (o as HTMLElement).dataset.open)).toBe('');
    });
  });

  it('goes full screen with F, and back with F again', async () => {
    await browser.withPage(async (page) => {
      await openDeck(page);
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement !== null, { timeout: 5_000 });
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement === null, { timeout: 5_000 });
    });
  });
});
