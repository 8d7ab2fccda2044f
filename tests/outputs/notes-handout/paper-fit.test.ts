/**
 * The notes handout fits each sheet on its page, on either paper, in either print size. On
 * US Letter (shorter than A4) two slides and their ruled lines were taller than the page:
 * each sheet ran over onto the next page, its lines struck through the top of the next
 * sheet's first slide, and a last full sheet left an empty page behind it.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageCount, readWordPages } from '../../helpers/pdf-words.js';
import { runLectern } from '../../helpers/run-main.js';

const FIXTURE = path.join(__dirname, '../../fixtures/letter/six-slides.yaml');
const SLIDES = 6;

async function notesHandout(flags: string[]): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-paper-fit-'));
  const run = await runLectern(['build', FIXTURE, '--out', out, '--only', 'notes-handout', ...flags]);
  expect(run.code, run.err).toBe(0);
  return path.join(out, 'six-slides', 'notes-handout.pdf');
}

describe('the notes handout on its paper', () => {
  it.each([
    ['letter', '2', false],
    ['letter', '2', true],
    ['letter', '1', true],
    ['a4', '2', false],
    ['a4', '1', true],
  ])('%s, %s to a page, large print %s: one page a sheet, each with its slides', async (paper, perPage, largePrint) => {
    const pdf = await notesHandout(['--paper', paper, '--per-page', perPage, ...(largePrint ? ['--large-print'] : [])]);
    expect(pageCount(pdf)).toBe(Math.ceil(SLIDES / Number(perPage)));
    // Every page shows a slide's page number ("3 / 6"): no page of a sheet's overflow alone.
    for (const page of readWordPages(pdf)) expect(page.text, `page ${page.number}`).toMatch(new RegExp(`\\d / ${SLIDES}\\b`));
  }, 120_000);
});
