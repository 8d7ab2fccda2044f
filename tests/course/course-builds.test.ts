/**
 * A course folder built again and again, as a teacher does all term: course defaults, the
 * output tree, skipping what is up to date, naming what changed, tidying deleted lectures.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/course/manifest.js';
import { readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-course-'));
const content = path.join(work, 'content');
const out = path.join(work, 'output');
const build = (...args: string[]) => runLectern(['build', content, '--out', out, ...args]);
const mtimes = () =>
  Object.fromEntries(
    readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.pdf') || f.endsWith('.pptx'))
      .map((f) => [f, statSync(path.join(out, f)).mtimeMs]),
  );
let first: Awaited<ReturnType<typeof runLectern>>;

beforeAll(async () => {
  cpSync(path.join(__dirname, '../fixtures/course'), content, { recursive: true });
  first = await build();
});

describe('a course folder', () => {
  it('builds every lecture into an output tree that mirrors the content tree', () => {
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('3 built, 0 unchanged, 0 failed');
    for (const lecture of ['physics/waves', 'physics/light', 'chemistry/atoms']) expect(existsSync(path.join(out, lecture, '.lectern.json'))).toBe(true);
  });

  it('gives lectures their course.yaml values, unless a lecture sets its own', async () => {
    const waves = await readPdf(path.join(out, 'physics/waves/deck.pdf'));
    // The course, from physics/course.yaml, as the teacher wrote it (never upper-cased: "4e" must not become "4E").
    expect(waves.text).toContain('Physics, Year 9');
    expect(waves.text).toContain('Riverside School'); // author, from the top course.yaml
    const light = await readPdf(path.join(out, 'physics/light/deck.pdf'));
    expect(light.text).toContain('Dr. Ray');
    expect(light.text).not.toContain('Riverside School ·');
    // Paper: letter from the top course.yaml; light.yaml asks for A4.
    const wavesSheet = await readPdf(path.join(out, 'physics/waves/revision-sheet.pdf'));
    expect(Math.round(wavesSheet.pages[0]!.width)).toBe(612);
    const lightSheet = await readPdf(path.join(out, 'physics/light/revision-sheet.pdf'));
    expect(Math.round(lightSheet.pages[0]!.width)).toBe(595);
    // Only the outputs physics/course.yaml lists.
    expect(readdirSync(path.join(out, 'physics/waves')).filter((f) => f.endsWith('.pdf')).sort()).toEqual(['deck.pdf', 'quiz-answers.pdf', 'quiz.pdf', 'revision-sheet.pdf']);
    expect(existsSync(path.join(out, 'chemistry/atoms/flashcards.pdf'))).toBe(true);
  });

  it('skips everything on a second build with no change', async () => {
    const before = mtimes();
    const again = await build();
    expect(again.out).toContain('0 built, 3 unchanged, 0 failed');
    expect(mtimes()).toEqual(before);
  });

  it('rebuilds only the lecture whose slide changed, and names the slide in CHANGES.md', async () => {
    const file = path.join(content, 'physics/waves.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[Transverse, Longitudinal]', '[Transverse, Longitudinal, Surface]'));
    const before = mtimes();
    const run = await build();
    expect(run.out).toContain('1 built, 2 unchanged, 0 failed');
    expect(run.out).toContain('changed: slide 4 “Two kinds”');
    const after = mtimes();
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]).sort();
    // The slide's bullets show in the deck and on the revision sheet; the quiz and its key
    // do not show them, so they come out the same and are kept as they were.
    expect(changed).toEqual(['physics/waves/deck.pdf', 'physics/waves/deck.pptx', 'physics/waves/revision-sheet.pdf']);
    const changes = readFileSync(path.join(out, 'physics/waves/CHANGES.md'), 'utf8');
    expect(changes).toMatch(/## \d{4}-\d\d-\d\d \d\d:\d\d UTC\n\n- changed: slide 4 “Two kinds”/);
  });

  it('rebuilds exactly the outputs that use a changed template', async () => {
    const templates = path.join(work, 'templates');
    const quiz = readFileSync('templates/handouts/quiz.html.hbs', 'utf8');
    cpSync('templates', templates, { recursive: true });
    await build('--templates', templates);
    const before = mtimes();
    writeFileSync(path.join(templates, 'handouts/quiz.html.hbs'), quiz.replace('<ol class="questions">', '<p>Good luck!</p><ol class="questions">'));
    const run = await build('--templates', templates);
    expect(run.code).toBe(0);
    const after = mtimes();
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]).sort();
    // quiz.html.hbs makes both the quiz and its key, but the line was added to the students'
    // version only: the key comes out the same and is kept. Only physics/waves has questions.
    expect(changed).toEqual(['physics/waves/quiz.pdf']);
    expect((await readPdf(path.join(out, 'physics/waves/quiz.pdf'))).text).toContain('Good luck!');
  });

  it('removes the outputs of a lecture that was deleted', async () => {
    rmSync(path.join(content, 'chemistry/atoms.yaml'));
    const run = await build();
    expect(run.out).toContain(`− ${path.join(out, 'chemistry/atoms')}/  removed: its lecture no longer exists`);
    expect(existsSync(path.join(out, 'chemistry/atoms'))).toBe(false);
    expect(existsSync(path.join(out, 'physics/waves/deck.pdf'))).toBe(true);
  });

  it("keeps another lecture's outputs when a lecture whose folder holds them is deleted", async () => {
    const outer = path.join(content, 'physics.yaml');
    writeFileSync(outer, 'title: Physics overview\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n');
    expect((await build()).code).toBe(0);
    expect(existsSync(path.join(out, 'physics/.lectern.json'))).toBe(true);
    rmSync(outer);
    const run = await build();
    expect(run.out).toContain(`− ${path.join(out, 'physics')}/  removed`);
    expect(existsSync(path.join(out, 'physics/.lectern.json'))).toBe(false);
    expect(existsSync(path.join(out, 'physics/waves/deck.pdf'))).toBe(true);
    expect(existsSync(path.join(out, 'physics/light/.lectern.json'))).toBe(true);
  });

  it('lists every lecture in output/index.html, and every link there opens a file that exists', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('Physics, Year 9');
    expect(html).toContain('Waves');
    // revised: 2024-10-01, written as an English reader reads a date.
    expect(html).toContain('Lesson 1 · Revised October 1, 2024 · 5 slides');
    expect(html).not.toContain('Atoms');
    const links = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(8);
    for (const link of links) expect(existsSync(path.join(out, decodeURI(link))), link).toBe(true);
    expect(links).toContain('physics/waves/thumbnail.png');
  });

  it("removes what a course's outputs: list no longer names, and the index forgets it; --only removes nothing", async () => {
    const waves = path.join(out, 'physics/waves');
    expect(existsSync(path.join(waves, 'quiz-answers.pdf'))).toBe(true);
    expect(existsSync(path.join(waves, 'deck.pptx'))).toBe(true);
    writeFileSync(path.join(content, 'physics/course.yaml'), 'course: Physics, Year 9\noutputs: [deck-html, deck-pdf, revision-sheet, quiz]\n');
    const only = await build('--only', 'revision-sheet');
    expect(only.code, only.err).toBe(0);
    expect(existsSync(path.join(waves, 'quiz-answers.pdf'))).toBe(true);
    const run = await build();
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`− ${waves}/quiz-answers.pdf  removed: no longer among the outputs asked for`);
    for (const gone of ['quiz-answers.pdf', 'deck.pptx', 'deck.md']) expect(existsSync(path.join(waves, gone)), gone).toBe(false);
    // The index's thumbnail is deck.pdf's: it stays with it.
    for (const kept of ['quiz.pdf', 'deck.pdf', 'thumbnail.png', 'deck.html', 'revision-sheet.pdf']) expect(existsSync(path.join(waves, kept)), kept).toBe(true);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('physics/waves/quiz-answers.pdf');
    expect(html).not.toContain('physics/waves/deck.pptx');
    expect(html).toContain('physics/waves/quiz.pdf');
    expect((await build()).out).toContain('0 built, 2 unchanged');
  });

  it('splits the lectures across shards, each exactly once, and one index is made from them all', async () => {
    const shardOut = path.join(work, 'shards');
    const built: string[] = [];
    for (const i of [1, 2, 3]) {
      const run = await runLectern(['build', content, '--out', shardOut, '--shard', `${i}/3`, '--only', 'revision-sheet']);
      expect(run.code).toBe(0);
      built.push(...[...run.out.matchAll(/✓ .*?shards\/(\S+)\//g)].map((m) => m[1]!));
    }
    expect(built.sort()).toEqual(['physics/light', 'physics/waves']);
    const index = await runLectern(['index', '--out', shardOut]);
    expect(index.code).toBe(0);
    const html = readFileSync(path.join(shardOut, 'index.html'), 'utf8');
    expect(html).toContain('Waves');
    expect(html).toContain('Light');
    expect(readManifest(path.join(shardOut, 'physics/waves'))?.title).toBe('Waves');
  });
});

describe('images shared by a course', () => {
  it("may be used by the course's lectures from the course's folder, never from outside it", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-course-images-'));
    const course = path.join(root, 'content');
    cpSync(path.join(__dirname, '../fixtures/course'), course, { recursive: true });
    mkdirSync(path.join(course, 'shared'));
    cpSync(path.join(__dirname, '../fixtures/pictures/diagram.svg'), path.join(course, 'shared', 'diagram.svg'));
    cpSync(path.join(__dirname, '../fixtures/pictures/photo.png'), path.join(root, 'outside.png'));
    const waves = path.join(course, 'physics', 'waves.yaml');
    const slide = (image: string) => `  - title: Pictures\n    slides:\n      - title: Shared diagram\n        layout: image\n        image: ${image}\n        notes: n\n`;
    writeFileSync(waves, readFileSync(waves, 'utf8').replace('sections:\n', `sections:\n${slide('../shared/diagram.svg')}`));
    const built = await runLectern(['build', course, '--out', path.join(root, 'out'), '--only', 'deck-md,deck-pdf']);
    expect(built.code, built.err).toBe(0);
    const dir = path.join(root, 'out', 'physics', 'waves');
    expect(readFileSync(path.join(dir, 'deck.md'), 'utf8')).toContain('](images/_course/shared/diagram.svg "Shared diagram")');
    expect(existsSync(path.join(dir, 'images', '_course', 'shared', 'diagram.svg'))).toBe(true);
    expect((await readPdf(path.join(dir, 'deck.pdf'))).text).toContain('SVG DIAGRAM MARKER');

    writeFileSync(waves, readFileSync(waves, 'utf8').replace('../shared/diagram.svg', '../../outside.png'));
    const refused = await runLectern(['validate', course]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`image "../../outside.png" is outside the course's folder (${course})`);
  });
});

describe('a folder an older Lectern made', () => {
  it("loses the files its manifest lists that no output asked for has, though it has no ledger", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-upgrade-'));
    const content = path.join(root, 'content');
    cpSync(path.join(__dirname, '../fixtures/all-layouts'), content, { recursive: true });
    const out = path.join(root, 'out');
    expect((await runLectern(['build', content, '--out', out])).code).toBe(0);
    const dir = path.join(out, 'water-cycle');
    // As an older Lectern left it: its outputs, and a manifest, but no ledger.
    rmSync(path.join(dir, '.lectern'), { recursive: true });
    writeFileSync(path.join(content, 'course.yaml'), 'outputs: [deck-pdf, quiz]\n');
    const run = await runLectern(['build', content, '--out', out]);
    expect(run.code, run.err).toBe(0);
    for (const gone of ['deck.pptx', 'deck.md', 'deck.html', 'notes-handout.pdf', 'flashcards.pdf']) expect(existsSync(path.join(dir, gone)), gone).toBe(false);
    for (const kept of ['deck.pdf', 'thumbnail.png', 'quiz.pdf']) expect(existsSync(path.join(dir, kept)), kept).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('water-cycle/deck.pptx');
  });
});
