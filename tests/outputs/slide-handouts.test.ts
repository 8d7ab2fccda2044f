/**
 * The two handouts that show the slides print them as the deck does: pictures included,
 * whether PNG or SVG (an image slide once showed a broken-image icon there).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageImages, readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-pictures-'));
const pdf = (name: string) => path.join(out, 'pictures', `${name}.pdf`);

beforeAll(async () => {
  const run = await runLectern(['build', path.join(__dirname, '../fixtures/pictures/pictures.yaml'), '--out', out, '--only', 'deck-pdf,notes-handout,speaker-notes']);
  expect(run.code, run.err).toBe(0);
});

describe('image slides in the slide handouts', () => {
  it.each(['deck', 'notes-handout', 'speaker-notes'])('%s shows the PNG picture, at its own size, on the page of its slide', async (name) => {
    const [text, images] = await Promise.all([readPdf(pdf(name)), pageImages(pdf(name))]);
    const page = text.pages.findIndex((p) => p.text.includes('A photograph'));
    expect(page).toBeGreaterThanOrEqual(0);
    // The picture itself (800×450), not the 14×16 icon of an image that failed to load.
    expect(images[page]).toContainEqual({ width: 800, height: 450 });
    expect(images.flat().filter((i) => i.width < 32)).toEqual([]);
  });

  it.each(['deck', 'notes-handout', 'speaker-notes'])('%s shows the SVG diagram, drawn as vectors with its text', async (name) => {
    const text = await readPdf(pdf(name));
    const page = text.pages.find((p) => p.text.includes('A diagram'));
    expect(page?.text).toContain('SVG DIAGRAM MARKER');
  });
});
