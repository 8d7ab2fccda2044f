/**
 * The picture deck is made only when asked for: a default build takes no slide screenshots
 * but the title slide's (the course index's thumbnail), and none when that one is stored
 * already; `--only deck-pictures` pictures every slide, reusing the title slide's picture.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { PICTURES_DIR } from '../../../src/decide/picture-store.js';
import { readManifest } from '../../../src/course/manifest.js';
import { runLectern } from '../../helpers/run-main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-opt-in-'));
const lecture = path.join(work, 'content', 'water-cycle.yaml');
const out = path.join(work, 'output');
const dir = path.join(out, 'water-cycle');
const build = (...args: string[]) => runLectern(['build', lecture, '--out', out, ...args]);
const edit = (from: string, to: string) => writeFileSync(lecture, readFileSync(lecture, 'utf8').replace(from, to));
/** The slide pictures kept in the store, each with when it was written. */
const stored = () => {
  const store = path.join(dir, PICTURES_DIR);
  return existsSync(store) ? Object.fromEntries(readdirSync(store).map((f) => [f, statSync(path.join(store, f)).mtimeMs])) : {};
};
const index = () => readFileSync(path.join(out, 'index.html'), 'utf8');

beforeAll(async () => {
  cpSync(path.join(__dirname, '../../fixtures/all-layouts'), path.dirname(lecture), { recursive: true });
  const run = await build();
  expect(run.code, run.err).toBe(0);
});

describe('the picture deck, opt-in', () => {
  it('is not made by a default build, which pictures the title slide alone, for the index', async () => {
    expect(existsSync(path.join(dir, 'deck-pictures.pptx'))).toBe(false);
    expect(existsSync(path.join(dir, 'deck.pptx'))).toBe(true);
    const pictures = Object.keys(stored());
    expect(pictures).toHaveLength(1);
    // The thumbnail is that picture: the title slide, at the projector's size.
    const thumbnail = readFileSync(path.join(dir, 'thumbnail.png'));
    expect(thumbnail.equals(readFileSync(path.join(dir, PICTURES_DIR, pictures[0]!)))).toBe(true);
    expect(await sharp(thumbnail).metadata()).toMatchObject({ width: 1920, height: 1080, format: 'png' });
    expect(index()).toContain('src="water-cycle/thumbnail.png"');
    expect(index()).not.toContain('deck-pictures.pptx');
  });

  it('takes no picture again when the title slide looks as it did', async () => {
    const before = stored();
    const thumbnail = readFileSync(path.join(dir, 'thumbnail.png'));
    edit('value: 97%', 'value: 96.5%');
    const run = await build();
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('deck.pdf');
    // The same stored picture, not written again; the thumbnail the same.
    expect(stored()).toEqual(before);
    expect(readFileSync(path.join(dir, 'thumbnail.png')).equals(thumbnail)).toBe(true);
  });

  it('pictures the title slide again when it changed, and keeps no picture of the old one', async () => {
    const before = Object.keys(stored());
    edit('title: The Water Cycle', 'title: The Water Cycle, Explained');
    const run = await build();
    expect(run.code, run.err).toBe(0);
    const after = Object.keys(stored());
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect(readFileSync(path.join(dir, 'thumbnail.png')).equals(readFileSync(path.join(dir, PICTURES_DIR, after[0]!)))).toBe(true);
  });

  it('is made with --only deck-pictures: a picture per slide, the title slide’s taken from the store', async () => {
    const title = stored();
    const run = await build('--only', 'deck-pictures');
    expect(run.code, run.err).toBe(0);
    const slides = readManifest(dir)!.slides.length;
    expect(slides).toBeGreaterThan(10);
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'deck-pictures.pptx')));
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(slides);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/media\/.*\.png$/.test(f))).toHaveLength(slides);
    const now = stored();
    expect(Object.keys(now)).toHaveLength(slides);
    // The title slide's picture was not taken again.
    for (const [file, mtime] of Object.entries(title)) expect(now[file], file).toBe(mtime);
    expect(index()).toContain('href="water-cycle/deck-pictures.pptx">PPTX (pictures)</a>');
  });

  it('goes with its pictures at the next default build, which did not ask for it; the thumbnail stays', async () => {
    const run = await build();
    expect(run.code, run.err).toBe(0);
    expect(existsSync(path.join(dir, 'deck-pictures.pptx'))).toBe(false);
    expect(Object.keys(stored())).toHaveLength(1);
    expect(existsSync(path.join(dir, 'thumbnail.png'))).toBe(true);
    expect(index()).not.toContain('deck-pictures.pptx');
  });
});
