/**
 * `lectern check-accessibility`: per lecture, what was checked and each thing a teacher
 * should fix at its file and line; exit 1 when there is something to fix; nothing written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../../helpers/spawned-build.js';

const fixtures = path.resolve('tests/fixtures/accessibility');

function check(...args: string[]) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
  cpSync(fixtures, path.join(work, 'content'), { recursive: true });
  const run = spawnSync(process.execPath, [bin, 'check-accessibility', ...args], { cwd: work, encoding: 'utf8' });
  return { ...run, work };
}

describe('lectern check-accessibility', () => {
  it('names a lecture in Hindi left at language en, and a slide set below 18 pt, at their lines; builds nothing', () => {
    const { status, stdout, work } = check('content');
    expect(status).toBe(1);
    // Each lecture says what was checked, topic by topic.
    for (const topic of ['alt text', 'language', 'contrast', 'type size', 'deck.html']) expect(stdout).toMatch(new RegExp(`[✓✗] ${topic}`));
    // A picture without alt text, at its image: line with what to type; a decorative one counted, not blamed.
    expect(stdout).toMatch(/✗ alt text\s+2 pictures: 0 with alt text, 1 marked decorative/);
    expect(stdout).toMatch(/content\/crowded\.yaml:22:16  the picture on slide "A delta from the air" has no alt text/);
    expect(stdout).toContain('hint: under image:, add alt: "The river drops its silt where it meets the sea: a map (a photo, a diagram) showing …"');
    expect(stdout).toContain('content/hindi-unlabelled.yaml:1:1  the lecture is written mostly in Devanagari letters, but its language is English (en)');
    expect(stdout).toContain('hint: add a line language: hi');
    expect(stdout).toMatch(/content\/crowded\.yaml:7:9  warning: slide 3 "Erosion" has text set at 1\d(\.\d)? pt/);
    expect(stdout).toContain('0 of 2 lectures with nothing to fix');
    // axe-core ran on deck.html and found nothing serious in Lectern's own theme.
    expect(stdout).toMatch(/✓ deck\.html\s+axe-core 4\.\d+\.\d+, wcag2a, wcag2aa, wcag21a, wcag21aa/);
    expect(readdirSync(work).sort()).toEqual(['content']);
    expect(existsSync(path.join(work, 'output'))).toBe(false);
  });

  it('names the slide set in small type at its line in a folder whose name has a space, as teachers\' folders often do', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(fixtures, path.join(work, 'My Course'), { recursive: true });
    const run = spawnSync(process.execPath, [bin, 'check-accessibility', 'My Course/crowded.yaml'], { cwd: work, encoding: 'utf8' });
    expect(run.stdout).toMatch(/My Course\/crowded\.yaml:7:9  warning: slide 3 "Erosion" has text set at 1\d(\.\d)? pt/);
  });

  it('passes a lecture with nothing to fix, with exit code 0', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/all-layouts'), path.join(work, 'content'), { recursive: true });
    const run = spawnSync(process.execPath, [bin, 'check-accessibility'], { cwd: work, encoding: 'utf8' });
    expect(run.stdout).toContain('nothing to fix');
    expect(run.stdout).toMatch(/1 of 1 lecture with nothing to fix/);
    expect(run.status).toBe(0);
  });

  it('passes the lecture Lectern ships: its sub-points stay at 18 pt where a slide is set a step smaller to fit', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('content'), path.join(work, 'content'), { recursive: true });
    const run = spawnSync(process.execPath, [bin, 'check-accessibility', 'content/mtcr.yaml'], { cwd: work, encoding: 'utf8' });
    expect(run.stdout).toMatch(/✓ type size\s+25 slides/);
    expect(run.stdout).not.toContain('below 18 pt');
    expect(run.status).toBe(0);
  });

  it('says a lecture with errors cannot be checked, and why', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/invalid'), path.join(work, 'content'), { recursive: true });
    const run = spawnSync(process.execPath, [bin, 'check-accessibility'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('could not be checked: fix its errors first');
    expect(run.stderr).toMatch(/\.yaml:\d+:\d+ /);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('lectern check-accessibility and a theme that imports itself back', () => {
  it("says where the loop is, in the theme's file at its @import line, and sends the teacher to no command that would call the lecture fine", () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/accessibility-theme'), work, { recursive: true });
    writeFileSync(path.join(work, 'templates/themes/pale.css'), "/* @theme pale */\n@import 'lectern';\n\n@import 'tinted';\nsection { --ink: #222; }\n");
    writeFileSync(path.join(work, 'templates/themes/tinted.css'), "/* @theme tinted */\n\n@import 'pale';\n");
    const run = spawnSync(process.execPath, [bin, 'check-accessibility', '-t', 'templates'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('could not be checked: fix its errors first');
    expect(run.stdout).not.toContain('lectern validate');
    expect(run.stderr).toMatch(/templates\/themes\/tinted\.css:3:1  theme "tinted" imports "pale", which imports it back: pale → tinted → pale/);
    expect(run.stderr).toContain("> 3 | @import 'pale';");
    // `lectern validate` reads the theme as the build does, and says the same.
    const validate = spawnSync(process.execPath, [bin, 'validate', '-t', 'templates'], { cwd: work, encoding: 'utf8' });
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(/templates\/themes\/tinted\.css:3:1  theme "tinted" imports "pale", which imports it back/);
    expect(validate.stdout).toContain('0 of 1 lecture ready to build');
  });
});

describe('lectern build and a theme that imports one there is none of', () => {
  it("stops at the @import with the theme's file and line and the name meant, rather than build an unstyled deck", () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/accessibility-theme'), work, { recursive: true });
    writeFileSync(path.join(work, 'templates/themes/pale.css'), "/* @theme pale */\n@import 'lecturn';\nsection { --ink: #222; }\n");
    const run = spawnSync(process.execPath, [bin, 'build', '-t', 'templates', '--only', 'deck-html'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toMatch(/templates\/themes\/pale\.css:2:1  theme "pale" imports "lecturn", which is not a theme/);
    expect(run.stderr + run.stdout).toContain("did you mean @import 'lectern'?");
    expect(existsSync(path.join(work, 'output/pale-lecture/deck.html'))).toBe(false);
  });
});

describe('lectern check-accessibility --json', () => {
  it('gives the same findings as data: file, line, column, severity, message, hint', () => {
    const { status, stdout } = check('content', '--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { clean: number; total: number; lectures: { file: string; ok: boolean; topics: { topic: string; checked: string; problems: { line: number; severity: string; message: string; hint?: string }[] }[] }[] };
    expect(report).toMatchObject({ clean: 0, total: 2 });
    const hindi = report.lectures.find((l) => l.file.endsWith('hindi-unlabelled.yaml'))!;
    const language = hindi.topics.find((t) => t.topic === 'language')!;
    expect(language.problems).toEqual([expect.objectContaining({ line: 1, severity: 'error', hint: expect.stringContaining('language: hi') })]);
    const crowded = report.lectures.find((l) => l.file.endsWith('crowded.yaml'))!;
    expect(crowded.topics.find((t) => t.topic === 'type size')!.problems).toEqual([expect.objectContaining({ line: 7, severity: 'warning' })]);
  });
});

describe('lectern check-accessibility --json and a lecture with errors', () => {
  it('gives its errors as data, as `lectern validate --json` does: file, line, column, message', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/invalid'), path.join(work, 'content'), { recursive: true });
    const run = spawnSync(process.execPath, [bin, 'check-accessibility', '--json'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { lectures: { file: string; ok: boolean; error?: string; problems?: { file: string; line: number; column: number; severity: string; message: string }[] }[] };
    const failed = report.lectures.filter((l) => l.error !== undefined);
    expect(failed.length).toBeGreaterThan(0);
    for (const lecture of failed) {
      expect(lecture.ok).toBe(false);
      expect(lecture.problems, lecture.file).toEqual(expect.arrayContaining([expect.objectContaining({ file: expect.stringMatching(/\.yaml$/), line: expect.any(Number), column: expect.any(Number), severity: 'error', message: expect.any(String) })]));
    }
  });
});

describe('lectern check-accessibility -t', () => {
  it("names each colour pair of a teacher's own theme below WCAG AA, with its ratio, in the theme's file", () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/accessibility-theme'), work, { recursive: true });
    const run = spawnSync(process.execPath, [bin, 'check-accessibility', '-t', 'templates'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ contrast\s+theme "pale" and handout\.css: \d+ colour pairs/);
    // The footer's pale grey on the slide's paper, once with everything drawn in it, at the line that sets it.
    expect(run.stdout).toMatch(/templates\/themes\/pale\.css:9:1  low contrast on its slides: #A0A8B8 on #FDFCF9 is [0-2]\.\d\d:1, used for footer, slide number, .*\(needs 4\.5:1\)/);
    expect(run.stdout).toMatch(/templates\/themes\/pale\.css:10:1  low contrast on its slides: #F08A5D on #FDFCF9 is [0-2]\.\d\d:1, used for key terms and bold text/);
    expect(run.stdout.match(/#A0A8B8 on #FDFCF9/g)).toHaveLength(1);
    expect(run.stdout).toContain('use theme: high-contrast');
    // Lectern's own handout.css passes: nothing is said of it.
    expect(run.stdout).not.toMatch(/handout\.css:\d+:\d+/);
  });

  it("names a theme outside the folder it is run from by its full path, not by a climb of ../", () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/accessibility-theme'), work, { recursive: true });
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-cwd-'));
    const run = spawnSync(process.execPath, [bin, 'check-accessibility', '-t', path.join(work, 'templates'), path.join(work, 'content')], { cwd: elsewhere, encoding: 'utf8' });
    expect(run.stdout).toContain(`${path.join(work, 'templates/themes/pale.css')}:9:1  low contrast on its slides`);
    expect(run.stdout).not.toMatch(/\.\.\//);
  });

  it('passes the shipped high-contrast theme', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/accessibility-theme/content'), path.join(work, 'content'), { recursive: true });
    const file = path.join(work, 'content/pale-lecture.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('theme: pale', 'theme: high-contrast'));
    const run = spawnSync(process.execPath, [bin, 'check-accessibility'], { cwd: work, encoding: 'utf8' });
    expect(run.stdout).toMatch(/✓ contrast\s+theme "high-contrast"/);
    expect(run.status).toBe(0);
  });
});

describe('lectern check-accessibility, a colour it cannot read', () => {
  it('names it to be checked by eye, and does not count it as something to fix', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-a11y-'));
    cpSync(path.resolve('tests/fixtures/accessibility-theme'), work, { recursive: true });
    writeFileSync(path.join(work, 'templates/themes/pale.css'), "/* @theme pale */\n@import 'lectern';\nsection.divider { background: linear-gradient(#b4441a, #7a2e12); }\n");
    const run = spawnSync(process.execPath, [bin, 'check-accessibility', '-t', 'templates'], { cwd: work, encoding: 'utf8' });
    expect(run.stdout).toMatch(/✓ contrast\s+theme "pale" and handout\.css: .*; not read, so check by eye: .*linear-gradient/);
    expect(run.status).toBe(0);
  });
});
