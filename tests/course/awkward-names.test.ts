/**
 * Names with characters that mean something in a URL (issue 11, item 13): an image named
 * with "#", "?" or ")" shows in deck.html, deck.pdf and the slide handouts; every link of
 * the course index reaches its file when a lecture or course folder is named so; and a
 * lecture whose output folder would take the course index's name is refused, not crashed on.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.js';
import { pageImages } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const PICTURE = 'a#b?c) 50%.png';
const LECTURE_DIR = 'week #1?';
const LECTURE = 'waves #2? (draft)';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-names-'));
const content = path.join(work, 'content');
const out = path.join(work, 'output');
const deckDir = path.join(out, LECTURE_DIR, LECTURE);
const browser = sharedBrowser();
let run: Awaited<ReturnType<typeof runLectern>>;

const lecture = `title: Waves
sections:
  - title: Pictures
    slides:
      - title: A picture
        layout: image
        image: "${PICTURE}"
        caption: The picture
        notes: Point at it.
`;

beforeAll(async () => {
  mkdirSync(path.join(content, LECTURE_DIR), { recursive: true });
  copyFileSync(path.join(__dirname, '../fixtures/all-layouts/water-cycle.png'), path.join(content, LECTURE_DIR, PICTURE));
  writeFileSync(path.join(content, LECTURE_DIR, `${LECTURE}.yaml`), `${lecture}logo: "${PICTURE}"\n`);
  run = await runLectern(['build', content, '--out', out, '--only', 'deck,notes-handout,speaker-notes']);
}, 180_000);

describe('awkward names', () => {
  it('builds', () => {
    expect(run.code, run.err).toBe(0);
  });

  it('shows an image named with "#", "?" and ")" in deck.html, as the slide picture and as the logo', async () => {
    const url = pathToFileURL(path.join(deckDir, 'deck.html')).href;
    const sizes = await browser.withPage(async (page) => {
      await page.goto(url, { waitUntil: 'networkidle0' });
      return page.evaluate(async () => {
        const images = [...document.querySelectorAll('section img')] as HTMLImageElement[];
        await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
        return images.map((img) => img.naturalWidth);
      });
    });
    // The logo on every slide, and the picture.
    expect(sizes.length).toBeGreaterThan(1);
    for (const width of sizes) expect(width).toBeGreaterThan(0);
  });

  it('prints the image in deck.pdf and in the slide handouts', async () => {
    for (const file of ['deck.pdf', 'notes-handout.pdf', 'speaker-notes.pdf']) {
      const images = (await pageImages(path.join(deckDir, file))).flat();
      // The slide picture is larger than any logo.
      expect(images.some((i) => i.width >= 200), file).toBe(true);
    }
  });

  it('links the course index to files that exist', () => {
    const index = path.join(out, 'index.html');
    const hrefs = [...readFileSync(index, 'utf8').matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const local = hrefs.filter((h) => !/^[a-z]+:/i.test(h) && !h.startsWith('#'));
    expect(local.length).toBeGreaterThan(3);
    for (const href of local) {
      const target = fileURLToPath(new URL(href, pathToFileURL(index)));
      expect(existsSync(target), href).toBe(true);
      expect(target.startsWith(deckDir), href).toBe(true);
    }
  });
});

describe('a lecture named like the course index', () => {
  const folder = path.join(work, 'clash');
  const file = path.join(folder, 'index.html.yaml');
  beforeAll(() => {
    mkdirSync(folder);
    writeFileSync(file, lecture.replace(/\n {8}image:.*\n/, '\n        image: picture.png\n'));
    copyFileSync(path.join(__dirname, '../fixtures/all-layouts/water-cycle.png'), path.join(folder, 'picture.png'));
  });

  for (const command of ['validate', 'build']) {
    it(`is refused by ${command}, with the file and the name to use instead`, async () => {
      const result = await runLectern([command, folder, ...(command === 'build' ? ['--out', path.join(work, 'clash-out')] : [])]);
      expect(result.code).toBe(1);
      const said = result.out + result.err;
      expect(said).toContain(file);
      expect(said).toContain('course index');
      expect(said).toContain('index-html.yaml');
      expect(said).not.toMatch(/EISDIR|unexpected/i);
    });
  }
});
