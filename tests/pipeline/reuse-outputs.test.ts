/**
 * After an edit, only what shows the edit is made again: an output whose HTML comes out the
 * same keeps its PDF, and the picture deck (asked for by the course's `outputs:`, as it is
 * opt-in) captures only the slides that look different.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-reuse-'));
const lecture = path.join(work, 'content', 'water-cycle.yaml');
const out = path.join(work, 'output');
const build = (...args: string[]) => runLectern(['build', lecture, '--out', out, ...args]);
/** A build that fails should it start a browser. */
const buildWithoutBrowser = () => runLectern(['build', lecture, '--out', out], { ...process.env, CHROME_PATH: path.join(work, 'no-browser-here') });
const edit = (from: string, to: string) => writeFileSync(lecture, readFileSync(lecture, 'utf8').replace(from, to));
/** The files a build reports as made ("✓ …" lines), by name. */
const made = (printed: string) => [...printed.matchAll(/✓ .*\/water-cycle\/(\S+)/g)].map((m) => m[1]).sort();

async function pptx(file = path.join(out, 'water-cycle', 'deck-pictures.pptx')) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const pictures = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^ppt\/media\/image-\d+-1\.png$/.test(f))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
      .map((f) => zip.file(f)!.async('nodebuffer')),
  );
  const notes = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  return { pictures, notes: notes.join('\n') };
}

beforeAll(async () => {
  cpSync(path.join(__dirname, '../fixtures/all-layouts'), path.dirname(lecture), { recursive: true });
  // Every output, and the picture deck, which a build makes only when asked.
  writeFileSync(
    path.join(path.dirname(lecture), 'course.yaml'),
    'outputs: [deck, deck-pictures, notes-handout, speaker-notes, revision-sheet, worksheet, worksheet-answers, quiz, quiz-answers, flashcards]\n',
  );
  const first = await build();
  expect(first.code, first.err).toBe(0);
});

describe('building again after an edit', () => {
  it("remakes the deck's notes and the speaker notes for an edited note, and keeps deck.pdf and every slide picture", async () => {
    const before = await pptx();
    edit('Ask who has seen fog form over a lake.', 'Ask who has seen fog form over a lake at dawn.');
    const run = await build();
    expect(run.code, run.err).toBe(0);
    // Notes are not on the slides: deck.pdf stays as it was.
    expect(made(run.out)).toEqual(['CHANGES.md', 'deck-pictures.pptx', 'deck.html', 'deck.md', 'deck.pptx', 'speaker-notes.pdf']);
    const after = await pptx();
    expect(after.notes).toContain('fog form over a lake at dawn');
    expect(after.pictures.length).toBe(before.pictures.length);
    after.pictures.forEach((p, i) => expect(p.equals(before.pictures[i]!), `slide ${i + 1}`).toBe(true));
  });

  it('pictures again only the edited slide, and the same as a full build does', async () => {
    const before = await pptx();
    edit('value: 97%', 'value: 96.5%');
    const run = await build();
    expect(run.code, run.err).toBe(0);
    // The facts show on slide 5, on the two handouts of slides and on the revision sheet.
    expect(made(run.out)).toEqual(['CHANGES.md', 'deck-pictures.pptx', 'deck.html', 'deck.md', 'deck.pdf', 'deck.pptx', 'notes-handout.pdf', 'revision-sheet.pdf', 'speaker-notes.pdf']);
    const after = await pptx();
    const differ = after.pictures.map((p, i) => (p.equals(before.pictures[i]!) ? 0 : i + 1)).filter(Boolean);
    expect(differ).toEqual([5]);

    const full = path.join(work, 'full');
    expect((await runLectern(['build', lecture, '--out', full, '--force', '--only', 'deck-pictures'])).code).toBe(0);
    const fresh = await pptx(path.join(full, 'water-cycle', 'deck-pictures.pptx'));
    expect(fresh.pictures.length).toBe(after.pictures.length);
    for (const [i, picture] of after.pictures.entries()) {
      const [a, b] = await Promise.all([sharp(picture).raw().toBuffer(), sharp(fresh.pictures[i]).raw().toBuffer()]);
      expect(a.equals(b), `slide ${i + 1}`).toBe(true);
    }
  });

  it('makes the deck again after a build of the slide handouts alone, which showed the edit first', async () => {
    edit('title: The four stages', 'title: The four stages, in order');
    const partial = await build('--only', 'notes-handout');
    expect(partial.code, partial.err).toBe(0);
    const full = await build();
    expect(full.code, full.err).toBe(0);
    expect(made(full.out)).toContain('deck.pdf');
    expect((await readPdf(path.join(out, 'water-cycle', 'deck.pdf'))).text).toContain('The four stages, in order');
  });

  it('puts back the image beside the deck when it was deleted', async () => {
    rmSync(path.join(out, 'water-cycle', 'images'), { recursive: true });
    edit('Which stage forms clouds?', 'Which stage makes clouds?');
    const run = await build();
    expect(run.code, run.err).toBe(0);
    expect(existsSync(path.join(out, 'water-cycle', 'images', 'water-cycle.png'))).toBe(true);
  });

  it('makes the folder\'s manifest again when it was lost, keeping every output and launching no browser', async () => {
    const manifest = path.join(out, 'water-cycle', '.lectern.json');
    const before = readFileSync(manifest, 'utf8');
    rmSync(manifest);
    const run = await buildWithoutBrowser();
    expect(run.code, run.err).toBe(0);
    expect(made(run.out)).toEqual([]);
    const again = JSON.parse(readFileSync(manifest, 'utf8')) as { slides: unknown[]; files: string[] };
    expect(again.slides).toEqual(JSON.parse(before).slides);
    expect(again.files).toContain('deck.pdf');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('The Water Cycle');
  });

  it('keeps every file when only a comment changed, and launches no browser', async () => {
    edit('# A lecture written by another teacher', '# A lecture written by a colleague');
    const run = await buildWithoutBrowser();
    expect(run.code, run.err).toBe(0);
    expect(made(run.out)).toEqual([]);
    expect(run.out).toContain('0 built, 1 unchanged, 0 failed');
  });
});
