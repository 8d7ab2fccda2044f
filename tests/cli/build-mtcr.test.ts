/**
 * End to end: `lectern build content/mtcr.yaml` in real Chromium, then the outputs read
 * back as a teacher would meet them: the PDF's pages and text, deck.html in a browser,
 * the PowerPoint file's slides and notes.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../src/load/load-lecture.js';
import { sharedBrowser } from '../helpers/browser.js';
import { readPdf, type Pdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-e2e-'));
const deckDir = path.join(out, 'mtcr');
const browser = sharedBrowser();
let pdf: Pdf;
let run: Awaited<ReturnType<typeof runLectern>>;

/** Every fact, number, date, name and list item of the MTCR note, as the deck must show it. */
const NOTE_FACTS = [
  '1987', '35', '500 kg', '300 km', 'informal and voluntary partnership', 'unmanned aerial vehicle',
  'prevent proliferation of missile/UAVs capable of carrying weapons of mass destruction by putting curbs on their export',
  '1992', 'nuclear weapons', 'chemical weapons', 'biological weapons', 'threat to international peace and security',
  'maintain vigilance over the transfer of missile equipment, material, and related technologies',
  'India is the latest member', '2004', 'North Korea', 'Pakistan', 'Iran', "dubious proliferation record",
  'Export controls', 'Guidelines', 'MTCR Equipment, Software, and Technology Annex', 'Meetings',
  'regularly exchange information', 'Dialogue and outreach', 'MTCR Chair', 'non-Partners',
  'practical assistance', 'slow or stop several ballistic missile programs', 'violate the rules clandestinely',
  'Israel', 'medium-range ballistic missiles', 'China and Israel have even deployed ICBMs',
  'Hague Code of Conduct', 'HCOC', 'ICOC', '2002', 'does not ban ballistic missiles',
  'restraint in their production, testing, and export', 'Over 110', 'less specific restrictions',
  'June 2016', 'consensus', 'retain its ballistic missiles', 'high-end missile technology',
  'joint ventures with Russia', 'Category 1', 'Reaper', 'Global Hawk', 'BrahMos',
  'significant arms exporter', "Israel's Arrow II", 'theatre missile defence interceptor',
  'Chinese and Pakistani missiles', 'surveillance drones', 'Predator', 'counter-terrorism',
  'partner in the international struggle', 'legal, regulatory and enforcement infrastructure',
  '34 members', 'Nuclear Suppliers Group', 'NSG membership', 'increased defence trade and technology transfer',
  'Make in India', 'Multilateral Export Control Regime: An Introduction', '© 2020 Basix Education. All Rights Reserved',
];

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

beforeAll(async () => {
  run = await runLectern(['build', 'content/mtcr.yaml', '--out', out]);
  pdf = await readPdf(path.join(deckDir, 'deck.pdf'));
});

describe('lectern build content/mtcr.yaml', () => {
  it('exits 0 and writes the four deck files, then the handouts', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    for (const name of ['deck.md', 'deck.html', 'deck.pdf', 'deck.pptx']) expect(existsSync(path.join(deckDir, name))).toBe(true);
    // Piped, as here: one plain line per finished output.
    for (const name of ['deck.md', 'deck.html', 'deck.pdf', 'deck.pptx', 'notes-handout.pdf', 'quiz-answers.pdf', 'flashcards.pdf']) expect(run.out).toContain(`✓ ${deckDir}/${name}\n`);
    expect(run.out).toMatch(/1 built, 0 unchanged, 0 failed in [\d.]+s\n$/);
  });

  it('prints one 16:9 page per slide', () => {
    const slides = readFileSync(path.join(deckDir, 'deck.md'), 'utf8').split(/\n---\n/).length - 1; // minus front matter
    expect(pdf.pages).toHaveLength(slides);
    for (const page of pdf.pages) expect(page.width / page.height).toBeCloseTo(16 / 9, 3);
    expect(run.out).toContain(`${slides} slides, `);
  });

  it('holds every fact of the note and none of its extraction noise', () => {
    const text = squash(pdf.text);
    const missing = NOTE_FACTS.filter((fact) => !text.includes(squash(fact)));
    expect(missing).toEqual([]);
    expect(pdf.text).not.toContain('Target PT');
  });

  it('has bookmarks for the sections and slides', () => {
    const lecture = loadLecture('content/mtcr.yaml');
    for (const section of lecture.sections) expect(pdf.outline).toContain(section.title);
    expect(pdf.outline).toContain('Learning objectives');
  });

  it('numbers the content slides and carries the footer on them', () => {
    const content = pdf.pages.slice(1, -1);
    content.forEach((page) => expect(page.text).toContain('© 2020 Basix Education. All Rights Reserved'));
    expect(pdf.pages[3]!.text).toMatch(new RegExp(`4 / ${pdf.pages.length}`));
  });

  it('deck.html opens in Chromium without console errors, and its presenter view shows the notes', async () => {
    const url = pathToFileURL(path.join(deckDir, 'deck.html')).href;
    const problems: string[] = [];
    await browser.withPage(async (page) => {
      page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
      page.on('pageerror', (e) => void problems.push(String(e)));
      page.on('requestfailed', (r) => void problems.push(`failed: ${r.url()}`));
      await page.goto(url, { waitUntil: 'load' });
      expect(await page.$$eval('section', (s) => s.length)).toBe(pdf.pages.length);

      // "p" opens the presenter view in a new window.
      const opened = new Promise<string>((resolve) => page.browser().once('targetcreated', (t) => resolve(t.url())));
      await page.keyboard.press('p');
      expect(await opened).toContain('view=presenter');

      await page.goto(`${url}?view=presenter#4`, { waitUntil: 'load' });
      expect(await page.$eval('body', (b) => b.getAttribute('data-bespoke-view'))).toBe('presenter');
      const notes = await page.$eval('.bespoke-marp-presenter-note-container', (n) => (n as HTMLElement).innerText);
      expect(notes).toContain('The MTCR is an informal and voluntary partnership, not a treaty.');
    });
    expect(problems).toEqual([]);
  });

  it('deck.pptx has one slide per page, each with its speaker notes', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(deckDir, 'deck.pptx')));
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(pdf.pages.length);
    const notes = await zip.file('ppt/notesSlides/notesSlide4.xml')!.async('string');
    expect(notes).toContain('informal and voluntary partnership, not a treaty');
  });
});
