/**
 * Large print and dyslexia-friendly type change the handouts alone: turned on or off (in a
 * course.yaml, or by a flag), a build prints the handouts again and leaves the deck, the
 * exports and the index as they were.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-readable-'));
const content = path.join(work, 'content');
const lecture = path.join(content, 'water-cycle.yaml');
const out = path.join(work, 'output');
const build = (...args: string[]) => runLectern(['build', lecture, '--out', out, ...args]);
/** The files a build reports as made ("✓ …" lines), by name. */
const made = (printed: string) => [...printed.matchAll(/✓ .*\/water-cycle\/(\S+)/g)].map((m) => m[1]).sort();
const HANDOUTS = ['flashcards.pdf', 'notes-handout.pdf', 'quiz-answers.pdf', 'quiz.pdf', 'revision-sheet.pdf', 'speaker-notes.pdf', 'worksheet-answers.pdf', 'worksheet.pdf'];
/** The smallest type of the revision sheet, in points. */
const smallest = async () => Math.min(...(await readPdf(path.join(out, 'water-cycle', 'revision-sheet.pdf'))).pages.flatMap((p) => p.items.filter((i) => i.str.trim() !== '').map((i) => i.size)));

beforeAll(async () => {
  cpSync(path.join(__dirname, '../fixtures/all-layouts'), content, { recursive: true });
  const first = await build();
  expect(first.code, first.err).toBe(0);
}, 300_000);

describe('turning large print or dyslexia-friendly type on and off', () => {
  it("in a course.yaml: applies to the course's lectures, and prints the handouts again, only them", async () => {
    expect(await smallest()).toBeLessThan(12);
    writeFileSync(path.join(content, 'course.yaml'), 'handouts:\n  large-print: true\n');
    const on = await build();
    expect(on.code, on.err).toBe(0);
    expect(made(on.out)).toEqual(HANDOUTS);
    expect(await smallest()).toBeGreaterThanOrEqual(17.99);

    rmSync(path.join(content, 'course.yaml'));
    const off = await build();
    expect(off.code, off.err).toBe(0);
    expect(made(off.out)).toEqual(HANDOUTS);
    expect(await smallest()).toBeLessThan(12);
  });

  it('by --large-print and --dyslexia-friendly: the handouts again, only them; the same flags again, nothing', async () => {
    for (const flags of [['--large-print'], ['--large-print', '--dyslexia-friendly'], []]) {
      const run = await build(...flags);
      expect(run.code, run.err).toBe(0);
      expect(made(run.out), flags.join(' ')).toEqual(HANDOUTS);
    }
    const again = await build();
    expect(made(again.out)).toEqual([]);
  });
});
