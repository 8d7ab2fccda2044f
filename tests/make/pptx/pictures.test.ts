/**
 * deck.pptx's pictures read from their files: a file that is not a picture (a PNG saved as
 * text, a download cut short) is named in a message the teacher can act on, not "Lectern
 * failed unexpectedly".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/errors.js';
import type { Slide } from '../../../src/load/lecture.js';
import type { DeckSlide } from '../../../src/make/deck/plan-deck.js';
import { readPicture, readPictures } from '../../../src/make/pptx/pictures.js';

const read = async (file: string) => new Uint8Array(readFileSync(file));

describe('a picture deck.pptx cannot read', () => {
  it('stops the deck with the file named and what to do', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-pictures-'));
    const file = path.join(dir, 'broken map.png');
    writeFileSync(file, 'not a picture at all');
    const slide = { title: 'The Nile basin', layout: 'image', image: { file, href: 'images/broken%20map.png' }, line: 7 } as Slide;
    const plan: DeckSlide[] = [{ kind: 'content', key: '0.0', part: 1, parts: 1, slide, section: 'Maps', fit: 0 }];
    const reading = readPictures(plan, new Map([['images/broken%20map.png', file]]), read);
    await expect(reading).rejects.toBeInstanceOf(LecternError);
    await expect(reading).rejects.toThrow(/broken map\.png.* is not a picture Lectern can read .*save it again as \.png or \.jpg/);
  });

  it('reads a real one as before', async () => {
    const info = await readPicture(await read('tests/fixtures/alt-text/nile-map.png'));
    expect(info.width).toBeGreaterThan(0);
  });
});
