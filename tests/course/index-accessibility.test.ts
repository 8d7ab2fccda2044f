/**
 * output/index.html as a student with a screen reader or a keyboard meets it (issue 16,
 * item 5): axe-core finds no serious or critical WCAG 2.1 A/AA violation; the page has
 * landmarks and headings in order; every link's name says what it opens and of which
 * lecture; Tab and Enter reach and open a lecture's deck. The course is tests/fixtures/course
 * with the Arabic lecture beside it, so that a card in another language and direction is on it.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, blocking, describeFindings } from '../helpers/axe.js';
import { sharedBrowser } from '../helpers/browser.js';
import { runLectern } from '../helpers/run-main.js';

const browser = sharedBrowser();
const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-index-axe-'));
const content = path.join(work, 'content');
const out = path.join(work, 'output');
const index = pathToFileURL(path.join(out, 'index.html')).href;

beforeAll(async () => {
  cpSync(path.resolve('tests/fixtures/course'), content, { recursive: true });
  cpSync(path.resolve('tests/fixtures/scripts/arabic.yaml'), path.join(content, 'arabic', 'arabic.yaml'));
  const run = await runLectern(['build', content, '--out', out]);
  expect(run.code, run.err).toBe(0);
}, 240_000);

const onIndex = <T>(fn: (page: Page) => Promise<T>) =>
  browser.withPage(async (page) => {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(index, { waitUntil: 'load' });
    return fn(page);
  });

describe('the course index', () => {
  it('has no serious or critical axe violation', async () => {
    const found = await onIndex(axeFindings);
    const open = found.filter(blocking);
    expect(open, `axe found serious or critical WCAG 2.1 A/AA violations:\n${describeFindings(open, 'index.html')}`).toEqual([]);
  });

  it('has a banner, a list of the courses, a main part, and headings in order: the page, each course, each lecture', async () => {
    const page = await onIndex(async (page) =>
      page.evaluate(() => ({
        banner: document.querySelectorAll('body > header').length,
        main: document.querySelectorAll('main').length,
        nav: [...document.querySelectorAll('nav')].map((n) => ({ label: n.getAttribute('aria-label'), links: [...n.querySelectorAll('a')].map((a) => a.getAttribute('href')) })),
        headings: [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].map((h) => ({ level: Number(h.tagName[1]), text: h.textContent!.trim(), id: h.id, lang: h.lang })),
        regions: [...document.querySelectorAll('main section')].map((s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent),
      })),
    );
    expect(page.banner).toBe(1);
    expect(page.main).toBe(1);
    const levels = page.headings.map((h) => h.level);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    // No level skipped on the way down (h1 → h3 would leave a screen reader's outline with a hole).
    levels.forEach((level, i) => i > 0 && expect(level, `${page.headings[i]!.text} after h${levels[i - 1]}`).toBeLessThanOrEqual(levels[i - 1]! + 1));
    const courses = page.headings.filter((h) => h.level === 2);
    expect(courses.map((h) => h.text)).toEqual(['Chemistry, Year 9', 'Physics, Year 9', 'العلوم · الصف السابع'].sort((a, b) => a.localeCompare(b)));
    expect(page.headings.filter((h) => h.level === 3).map((h) => h.text)).toEqual(expect.arrayContaining(['Atoms', 'Waves', 'Light', 'دورة الماء']));
    // Each course is a region named by its heading, and the list at the top goes to each.
    expect(page.regions).toEqual(courses.map((h) => h.text));
    expect(page.nav).toEqual([{ label: 'Courses', links: courses.map((h) => `#${h.id}`) }]);
    // The Arabic course's name is marked as Arabic, for a screen reader's voice (WCAG 3.1.2).
    expect(page.headings.filter((h) => h.level === 2).map((h) => h.lang)).toEqual(courses.map((h) => (h.text.startsWith('العلوم') ? 'ar' : '')));
  });

  it("names each link for what it opens and for its lecture, starting with the words on it, in the lecture's language", async () => {
    const links = await onIndex((page) =>
      page.$$eval('main a', (as) => as.map((a) => ({ text: a.textContent!.trim(), name: a.getAttribute('aria-label') ?? a.textContent!.trim(), hidden: a.closest('[aria-hidden="true"]') !== null }))),
    );
    const read = links.filter((l) => !l.hidden);
    expect(read.length).toBeGreaterThan(20);
    // A screen reader's list of links reads each once, and none is a bare "PDF".
    expect(new Set(read.map((l) => l.name)).size).toBe(read.length);
    for (const l of read) expect(l.name.startsWith(l.text), `${l.name} starts with ${l.text}`).toBe(true);
    const names = read.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['HTML (Deck) — Atoms', 'PDF (Deck) — Waves', 'Quiz (PDF) — Waves', 'Revision sheet (PDF) — Light', 'Anki — Atoms']));
    expect(names).toEqual(expect.arrayContaining(['HTML (العرض التقديمي) — دورة الماء', 'اختبار قصير (PDF) — دورة الماء']));
  });

  it('takes a student to a deck with Tab and Enter alone, past no picture', async () => {
    const { stops, opened } = await onIndex(async (page) => {
      const stops: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
        stops.push(name);
        if (name === 'HTML (Deck) — Waves') break;
      }
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
      return { stops, opened: page.url() };
    });
    expect(stops.at(-1)).toBe('HTML (Deck) — Waves');
    // The list of courses first, then the lectures' links; the thumbnails (the same deck again) are no stop.
    expect(stops.slice(0, 3)).toEqual(['Chemistry, Year 9', 'Physics, Year 9', 'العلوم · الصف السابع'].sort((a, b) => a.localeCompare(b)));
    expect(stops).not.toContain('');
    expect(opened).toMatch(/\/physics\/waves\/deck\.html$/);
  });
});
