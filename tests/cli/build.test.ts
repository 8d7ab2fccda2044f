/** What a teacher sees when something is wrong, and what happens to outputs they already have. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** Builds a fixture into a fresh output folder; it must build cleanly. */
async function buildFixture(fixture: string): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-fixture-'));
  const run = await runLectern(['build', path.join(fixtures, fixture), '--out', out]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return out;
}
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => f.startsWith('deck')).map((f) => [f, readFileSync(path.join(dir, f))]));

describe('building a lecture written by someone else', () => {
  it('builds every layout, image included, without edits', async () => {
    const out = await buildFixture('all-layouts/water-cycle.yaml');
    const dir = path.join(out, 'water-cycle');
    expect(readdirSync(path.join(dir, 'images'))).toEqual(['water-cycle.png']);
    const pdf = await readPdf(path.join(dir, 'deck.pdf'));
    for (const text of ['97%', 'Bernard Palissy', 'Leonardo da Vinci', 'Groundwater', 'The water cycle, from sea to sky and back', 'Weather and Climate'])
      expect(pdf.text).toContain(text);
    // deck.md finds its image beside itself, as deck.html does.
    expect(readFileSync(path.join(dir, 'deck.md'), 'utf8')).toContain('](images/water-cycle.png "A diagram of the water cycle');
  });
});

describe('content too big for a slide', () => {
  it('sets what cannot be split in smaller type, keeping all of it, rather than cutting it off', async () => {
    const out = await buildFixture('unsplittable.yaml');
    const markdown = readFileSync(path.join(out, 'unsplittable', 'deck.md'), 'utf8');
    expect(markdown).toMatch(/_class: bullets fit-[123]/);
    expect(markdown).toMatch(/_class: quote quote-long fit-[123]/);
    const pdf = await readPdf(path.join(out, 'unsplittable', 'deck.pdf'));
    for (const marker of ['START of one', 'END of the point', 'QSTART', 'QEND', 'index.html']) expect(pdf.text).toContain(marker);
  });
});

describe('a lecture with mistakes', () => {
  it('exits 1 with file:line:column messages, no stack trace, and leaves the previous outputs as they were', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-bad-'));
    const lecture = path.join(work, 'water-cycle.yaml');
    cpSync(path.join(fixtures, 'all-layouts'), work, { recursive: true });
    const out = path.join(work, 'output');
    expect((await runLectern(['build', lecture, '--out', out])).code).toBe(0);
    const before = snapshot(path.join(out, 'water-cycle'));

    const source = readFileSync(lecture, 'utf8');
    writeFileSync(lecture, source.replace('        bullets:\n          - "[[Evaporation]]', '        bulets:\n          - "[[Evaporation]]').replace('layout: facts', 'layout: fact'));
    const run = await runLectern(['build', lecture, '--out', out]);

    expect(run.code).toBe(1);
    expect(run.err).toContain(`${lecture}:17:9  unknown key "bulets" — did you mean "bullets"?`);
    expect(run.err).toMatch(/water-cycle\.yaml:26:17 {2}"layout" is "fact" — did you mean "facts"\?/);
    expect(run.err).toContain('> 17 |         bulets:');
    expect(run.err).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
    expect(run.out).toContain('0 built, 0 unchanged, 1 failed');
    expect(snapshot(path.join(out, 'water-cycle'))).toEqual(before);
    expect(readdirSync(path.join(out, 'water-cycle')).filter((f) => f.includes('tmp'))).toEqual([]);
  });

  it('names a missing lecture file', async () => {
    const run = await runLectern(['build', 'content/nope.yaml']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('content/nope.yaml: no such file or folder\n');
  });
});

describe('the lectern command itself', () => {
  it('exits 1 from the compiled bin on bad content, with the message and no stack trace', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-bin-'));
    const lecture = path.join(work, 'broken.yaml');
    writeFileSync(lecture, 'title: Broken\nsections:\n  - title: S\n    slides:\n      - title: A\n        layout: timelines\n        events: [{when: 1, what: x}]\n');
    const result = spawnSync(process.execPath, ['dist/bin/lectern.js', 'build', lecture, '--out', path.join(work, 'out')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${lecture}:6:17  "layout" is "timelines" — did you mean "timeline"?`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs as `npx lectern` inside the project, as the README says', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    // npx links the project's bin once per path and keeps the link in its cache; a later
    // clone at the same path is only runnable if compiling marked the file executable.
    expect(statSync('dist/bin/lectern.js').mode & 0o111, 'dist/bin/lectern.js is executable').not.toBe(0);
    const result = spawnSync('npx', ['--no-install', 'lectern', '--version'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(version);
    const validate = spawnSync('npx', ['--no-install', 'lectern', 'validate', 'content/mtcr.yaml'], { encoding: 'utf8' });
    expect(validate.stdout).toContain('1 of 1 lecture ready to build');
  });
});

describe("a teacher's own templates", () => {
  it('override a handout template and the stylesheet by file name, leaving the rest to Lectern', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-own-'));
    const own = path.join(work, 'my-templates', 'handouts');
    mkdirSync(own, { recursive: true });
    const css = readFileSync('templates/handouts/handout.css', 'utf8');
    writeFileSync(path.join(own, 'handout.css'), `${css}\n.doc-head h1::after { content: " — Room 12"; }\n`);
    writeFileSync(
      path.join(own, 'flashcards.html.hbs'),
      '{{#> page kind="flashcards"}}<h1>My own cards</h1>{{#each sheets}}{{#each fronts}}<p>{{{text}}}</p>{{/each}}{{/each}}{{/page}}',
    );
    const out = path.join(work, 'out');
    const run = await runLectern(['build', path.join(fixtures, 'all-layouts/water-cycle.yaml'), '--out', out, '--templates', path.join(work, 'my-templates'), '--only', 'flashcards,revision-sheet']);
    expect(run.err).toBe('');
    expect(readdirSync(path.join(out, 'water-cycle')).filter((f) => f.endsWith('.pdf')).sort()).toEqual(['flashcards.pdf', 'revision-sheet.pdf']);
    const cards = await readPdf(path.join(out, 'water-cycle', 'flashcards.pdf'));
    expect(cards.text).toContain('My own cards');
    expect(cards.pages).toHaveLength(1);
    expect((await readPdf(path.join(out, 'water-cycle', 'revision-sheet.pdf'))).text).toContain('The Water Cycle — Room 12');
  });

  it('names the template and line of a template mistake', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-tpl-'));
    mkdirSync(path.join(work, 'handouts'), { recursive: true });
    writeFileSync(path.join(work, 'handouts', 'quiz.html.hbs'), '{{#> page kind="quiz"}}\n{{#each items}}\n{{/page}}');
    const run = await runLectern(['build', path.join(fixtures, 'all-layouts/water-cycle.yaml'), '--out', path.join(work, 'out'), '--templates', work]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${path.join(work, 'handouts', 'quiz.html.hbs')}: template has a syntax error`);
  });

  it('refuses an unknown output name in --only, suggesting the right one', async () => {
    const run = await runLectern(['build', '--only', 'deck,quizz']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('--only: "quizz" is not an output — did you mean "quiz"?');
  });

  it('refuses a --seed no shuffle can use, as a lecture\'s seed is refused', async () => {
    const run = await runLectern(['build', '--seed', '1e300']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('--seed: "1e300" is not a whole number from 0 to 4294967295');
  });
});

describe('a lecture that makes Lectern fail unexpectedly', () => {
  it('is reported once, and every other lecture is still built', async () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'lectern-bug-'));
    for (const name of ['a', 'b', 'c', 'd']) writeFileSync(path.join(content, `${name}.yaml`), `title: Lecture ${name}\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n`);
    // A teacher's theme that is not a Marp theme (no "@theme" line): Marp throws where Lectern does not expect it.
    const templates = mkdtempSync(path.join(os.tmpdir(), 'lectern-bug-templates-'));
    mkdirSync(path.join(templates, 'themes'));
    writeFileSync(path.join(templates, 'themes', 'plain.css'), 'section { color: black; }\n');
    writeFileSync(path.join(content, 'b.yaml'), `theme: plain\n${readFileSync(path.join(content, 'b.yaml'), 'utf8')}`);
    const run = await runLectern(['build', content, '--out', path.join(content, 'out'), '--only', 'deck-md,revision-sheet', '--templates', templates]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('3 built, 0 unchanged, 1 failed');
    expect(run.err.match(/Lectern failed unexpectedly/g)).toHaveLength(1);
    expect(run.err).toContain(`✗ ${path.join(content, 'b.yaml')}`);
    for (const name of ['a', 'c', 'd']) expect(readdirSync(path.join(content, 'out', name))).toContain('deck.md');
  });
});

describe('lectern validate', () => {
  it('reports every problem of every file at once, builds nothing, and exits 1 on errors', async () => {
    const run = await runLectern(['validate', path.join(fixtures, 'invalid', '03-misspelt-layout-key.yaml'), path.join(fixtures, 'invalid', '20-answer-not-a-choice.yaml'), 'content/mtcr.yaml']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('03-misspelt-layout-key.yaml:7:9  unknown key "layuot" — did you mean "layout"?');
    expect(run.err).toContain('20-answer-not-a-choice.yaml:12:13  the answer must be one of the choices');
    expect(run.out).toContain('✓ content/mtcr.yaml  no problems');
    expect(run.out).toContain('1 of 3 lectures ready to build');
  });

  it('passes warnings unless --strict, and the build agrees', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-warn-'));
    const lecture = path.join(work, 'quiet.yaml');
    writeFileSync(lecture, 'title: Quiet\nsections:\n  - title: S\n    slides:\n      - title: No notes here\n        bullets: [x]\n');
    const lenient = await runLectern(['validate', lecture]);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toContain(`${lecture}:5:9  warning: slide "No notes here" has no speaker notes`);
    expect((await runLectern(['validate', '--strict', lecture])).code).toBe(1);
    const strictBuild = await runLectern(['build', lecture, '--strict', '--only', 'revision-sheet', '--out', path.join(work, 'out')]);
    expect(strictBuild.code).toBe(1);
    expect(strictBuild.err).toContain('warning: slide "No notes here" has no speaker notes');
    const build = await runLectern(['build', lecture, '--only', 'revision-sheet', '--out', path.join(work, 'out')]);
    expect(build.code).toBe(0);
    expect(build.err).toContain('warning: slide "No notes here" has no speaker notes');
  });

  it('builds the other lectures when one has errors', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-mixed-'));
    cpSync(path.join(fixtures, 'invalid', '02-misspelt-bullets.yaml'), path.join(work, 'broken.yaml'));
    writeFileSync(path.join(work, 'fine.yaml'), 'title: Fine\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n');
    const run = await runLectern(['build', work, '--only', 'revision-sheet', '--out', path.join(work, 'out')]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('1 built, 0 unchanged, 1 failed');
    expect(readdirSync(path.join(work, 'out')).sort()).toEqual(['fine', 'index.html']);
  });
});
