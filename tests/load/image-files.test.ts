/**
 * An image a slide names that is no picture, told by `lectern validate` at the slide's line
 * (not by a build, half a minute later and with no line): a folder, an empty file, a text
 * or a web page saved as .png, a name whose capitals differ from the file's.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLectern } from '../helpers/run-main.js';

const photo = path.join(__dirname, '..', 'fixtures', 'pictures', 'photo.png');
const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-image-files-'));
mkdirSync(path.join(work, 'maps.png'));
writeFileSync(path.join(work, 'empty.png'), '');
writeFileSync(path.join(work, 'notes.png'), 'not a picture at all\n');
writeFileSync(path.join(work, 'page.jpg'), '<!DOCTYPE html>\n<html><body><img src="x.jpg"></body></html>\n');
cpSync(photo, path.join(work, 'Cell Diagram.PNG'));
cpSync(photo, path.join(work, 'Zellé diagram.png'));
// An SVG whose <svg> comes after a long licence comment (as Wikimedia's and some editors' do).
const licence = `<!--\n${'This diagram is free to share and adapt under the licence named below.\n'.repeat(80)}-->\n`;
writeFileSync(path.join(work, 'licensed.svg'), `<?xml version="1.0" encoding="UTF-8"?>\n${licence}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>\n`);

const lecture = (image: string) =>
  `title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        layout: image\n        alt: x\n        image: ${image}\n`;

async function firstProblem(image: string) {
  const file = path.join(work, 'lecture.yaml');
  writeFileSync(file, lecture(image));
  const run = await runLectern(['validate', '--json', file]);
  const report = JSON.parse(run.out) as { lectures: { problems: { line: number; column: number; message: string }[] }[] };
  return { code: run.code, problem: report.lectures[0]!.problems[0] };
}

describe('an image that is no picture', () => {
  it.each([
    ['maps.png', 'image "maps.png" is a folder, not a picture; write the path of a picture file in it, e.g. image: maps.png/picture.png'],
    ['empty.png', 'image "empty.png" is an empty file (0 bytes)'],
    ['notes.png', 'image "notes.png" is not a picture: it holds no PNG, JPEG, GIF, WebP or SVG image'],
    ['page.jpg', 'image "page.jpg" is a web page, not a picture'],
    ['"cell diagram.png"', 'image "cell diagram.png" not found, but "Cell Diagram.PNG" is: capitals count in file names; write image: Cell Diagram.PNG'],
  ])('%s is a mistake at its line', async (image, message) => {
    const { code, problem } = await firstProblem(image);
    expect(code).toBe(1);
    expect(problem).toMatchObject({ line: 9, column: 16, message: expect.stringContaining(message) });
  });

  it.each(['Zellé diagram.png', 'licensed.svg'])('%s, a picture (a space and an accent in its name; an SVG after a long comment), is fine', async (image) => {
    const { code, problem } = await firstProblem(image);
    expect(code).toBe(0);
    expect(problem).toBeUndefined();
  });
});

describe("a course's logo that is not there", () => {
  it('is looked for beside its course.yaml, and the message does not send the teacher to the lecture', async () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'lectern-course-logo-'));
    mkdirSync(path.join(content, 'week1'));
    writeFileSync(path.join(content, 'course.yaml'), 'logo: school-logo.png\n');
    writeFileSync(path.join(content, 'week1', 'cells.yaml'), 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n');
    const run = await runLectern(['validate', content]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${path.join(content, 'course.yaml')}:1:7  logo "school-logo.png" not found (looked for "${path.join(content, 'school-logo.png')}"); put the image there or fix the path`);
    expect(run.err).not.toContain('beside the lecture');
  });
});
