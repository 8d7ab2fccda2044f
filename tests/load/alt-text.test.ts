/**
 * Alt text as the teacher writes it: `alt:` on an image slide and on a question's picture;
 * one missing is a warning at the picture's line, with what to type (an error under
 * --strict); `alt: ""` says the picture is decorative and is no warning.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLectureFile } from '../../src/load/load-lecture.js';
import { runLectern } from '../helpers/run-main.js';

const PICTURE = path.resolve('tests/fixtures/alt-text/nile-map.png');

/** A lecture file beside a picture, in a folder of its own. */
function lecture(yaml: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-alt-'));
  copyFileSync(PICTURE, path.join(dir, 'map.png'));
  const file = path.join(dir, 'nile.yaml');
  writeFileSync(file, yaml);
  return file;
}

const slide = (alt: string) => `title: The Nile
sections:
  - title: Maps
    slides:
      - title: The Nile basin
        layout: image
        image: map.png
        caption: The **Nile** from Lake Victoria to the sea
${alt}        notes: Point at Khartoum.
`;

const question = (alt: string) => `title: The Nile
sections:
  - title: Maps
    slides:
      - title: Where it flows
        bullets: [North, to the sea]
        notes: Say it.
questions:
  - question: Which sea does this river reach?
    image: map.png
${alt}    answer: The Mediterranean
    explain: The delta opens onto it.
`;

const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('alt text on an image slide', () => {
  it('missing: a warning at the image line, with a suggestion drawn from the caption', () => {
    const file = lecture(slide(''));
    const check = checkLectureFile(file);
    expect(check.lecture, 'a warning does not stop the build').toBeDefined();
    const warnings = check.problems.filter((p) => p.severity === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({
        file,
        line: lineOf(slide(''), 'image: map.png'),
        message: 'the picture on slide "The Nile basin" has no alt text: a student who cannot see it is told nothing about it',
        hint: expect.stringContaining('alt: "The Nile from Lake Victoria to the sea: a map (a photo, a diagram) showing …"'),
      }),
    ]);
    expect(warnings[0]!.hint).toContain('alt: "" if it is only decoration');
  });

  it('written, or "" for a decorative picture: no warning, and the lecture keeps it as typed', () => {
    for (const [alt, kept] of [
      ['        alt: "A map of the Nile: it costs $5 to see [[Cairo]] *and* Khartoum"\n', 'A map of the Nile: it costs $5 to see [[Cairo]] *and* Khartoum'],
      ['        alt: ""\n', ''],
    ] as const) {
      const check = checkLectureFile(lecture(slide(alt)));
      // A "$" in alt text is a dollar, not the start of maths.
      expect(check.problems, alt).toEqual([]);
      expect(check.lecture!.sections[0]!.slides[0]!.alt).toBe(kept);
    }
  });

  it('only spaces: as good as none (the same warning), not a decorative picture in one output and a blank description in another', () => {
    const yaml = slide('        alt: "   "\n');
    const check = checkLectureFile(lecture(yaml));
    expect(check.lecture!.sections[0]!.slides[0]!.alt).toBeUndefined();
    expect(check.problems).toEqual([expect.objectContaining({ severity: 'warning', line: lineOf(yaml, 'image: map.png'), message: expect.stringContaining('has no alt text') })]);
    // Written over several lines (alt: |), it is kept without the line break YAML leaves at its end.
    const block = checkLectureFile(lecture(slide('        alt: |\n          A map of the Nile\n')));
    expect(block.lecture!.sections[0]!.slides[0]!.alt).toBe('A map of the Nile');
  });

  it('does not belong on a slide of another layout', () => {
    const yaml = slide('').replace('        layout: image\n        image: map.png\n        caption: The **Nile** from Lake Victoria to the sea\n', '        bullets: [One]\n        alt: A map\n');
    const problems = checkLectureFile(lecture(yaml)).problems.filter((p) => p.severity === 'error');
    expect(problems).toEqual([expect.objectContaining({ line: lineOf(yaml, 'alt: A map'), message: expect.stringContaining('"alt" does not belong on a "bullets" slide') })]);
  });

  it('stops `lectern validate --strict` and `build --strict` at the image line; a decorative picture passes', async () => {
    const file = lecture(slide(''));
    const validated = await runLectern(['validate', '--strict', file]);
    expect(validated.code).toBe(1);
    expect(validated.out + validated.err).toContain(`${path.basename(file)}:${lineOf(slide(''), 'image: map.png')}:16  warning: the picture on slide "The Nile basin" has no alt text`);
    const built = await runLectern(['build', '--strict', file, '--only', 'revision-sheet', '--out', path.join(path.dirname(file), 'out')]);
    expect(built.code).toBe(1);
    expect(built.err).toContain('has no alt text');
    expect((await runLectern(['validate', '--strict', lecture(slide('        alt: ""\n'))])).code).toBe(0);
  });
});

describe('a question with a picture', () => {
  it('loads the picture like a slide\'s, with its alt text', () => {
    const check = checkLectureFile(lecture(question('    alt: "A map of a river reaching a sea to the north"\n')));
    expect(check.problems).toEqual([]);
    const [q] = check.lecture!.questions;
    expect(q).toMatchObject({ alt: 'A map of a river reaching a sea to the north', image: { href: 'images/map.png', file: expect.stringMatching(/map\.png$/) } });
  });

  it('without alt text: the same warning, at the question\'s image line', () => {
    const yaml = question('');
    const warnings = checkLectureFile(lecture(yaml)).problems.filter((p) => p.severity === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({ line: lineOf(yaml, 'image: map.png'), message: expect.stringContaining('the picture of question "Which sea does this river reach?" has no alt text'), hint: expect.stringContaining('alt: "A map (a photo, a diagram) of …"') }),
    ]);
  });

  it('with alt text of only spaces: the same warning as without', () => {
    const yaml = question('    alt: " "\n');
    const check = checkLectureFile(lecture(yaml));
    expect(check.lecture!.questions[0]!.alt).toBeUndefined();
    expect(check.problems).toEqual([expect.objectContaining({ severity: 'warning', line: lineOf(yaml, 'image: map.png'), message: expect.stringContaining('has no alt text') })]);
  });

  it('that is missing, or alt text without a picture: an error at its line', () => {
    const missing = question('    alt: A map\n').replace('image: map.png', 'image: nowhere.png');
    expect(checkLectureFile(lecture(missing)).problems).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(missing, 'nowhere.png'), message: expect.stringContaining('image "nowhere.png" not found') })]);
    const orphan = question('    alt: A map\n').replace('    image: map.png\n', '');
    expect(checkLectureFile(lecture(orphan)).problems).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(orphan, 'alt: A map'), message: expect.stringContaining('alt text but no picture') })]);
  });
});

describe('the lectures the tests and the README build', () => {
  it('pass `lectern validate --strict`: every picture has its alt text', async () => {
    const files = ['content/mtcr.yaml', 'tests/fixtures/pptx/rivers.yaml', 'tests/fixtures/all-layouts/water-cycle.yaml', 'tests/fixtures/pictures/pictures.yaml', 'tests/fixtures/french/cycle-de-l-eau.yaml', 'tests/fixtures/alt-text/nile.yaml'];
    const validated = await runLectern(['validate', '--strict', ...files]);
    expect(validated.out + validated.err).not.toContain('alt text');
    expect(validated.code, validated.out + validated.err).toBe(0);
  });
});
