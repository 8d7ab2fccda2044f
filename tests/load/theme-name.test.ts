/**
 * A theme is a name among the themes there are (issue 11, item 11): a path, or a name no
 * theme has, is told at the `theme:` line of the file that set it — the lecture, or the
 * course.yaml — by `validate` and `build` alike, with the themes to choose from; a build
 * never reaches Marp with it, so it leaves no temporary folder behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLectern } from '../helpers/run-main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-themes-'));

const lecture = (theme?: string) => `title: Waves
${theme ? `theme: ${theme}\n` : ''}sections:
  - title: One
    slides:
      - title: Two
        bullets: [three]
        notes: four
`;

/** A content folder holding `files` (name → text). */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Runs validate and build on `content`, the build with a temporary folder of its own, and says what each printed. */
async function both(content: string, ...extra: string[]) {
  const tmp = mkdtempSync(path.join(work, 'tmp-'));
  const validate = await runLectern(['validate', content, ...extra]);
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  try {
    const build = await runLectern(['build', content, '--out', path.join(content, '..', `${path.basename(content)}-out`), ...extra]);
    return { validate, build, leftInTmp: readdirSync(tmp) };
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

describe('a theme', () => {
  it('that is a path is refused at its line, by validate and build, and leaves nothing in the temporary folder', async () => {
    const content = folder('path', { 'waves.yaml': lecture('../handouts/handout') });
    const { validate, build, leftInTmp } = await both(content);
    for (const run of [validate, build]) {
      expect(run.code).toBe(1);
      expect(run.err).toContain(`${path.join(content, 'waves.yaml')}:2:8  theme "../handouts/handout" is not a theme name`);
      expect(run.err).toContain('themes: high-contrast, lectern');
      expect(run.err).not.toMatch(/unexpected/i);
    }
    expect(leftInTmp.filter((f) => f.startsWith('lectern-marp-'))).toEqual([]);
  });

  it('that no theme has is refused at its line in the lecture, with the theme it most likely meant', async () => {
    const content = folder('unknown', { 'waves.yaml': lecture('lectrn') });
    const { validate, build } = await both(content);
    for (const run of [validate, build]) {
      expect(run.code).toBe(1);
      expect(run.err).toContain(`${path.join(content, 'waves.yaml')}:2:8  theme "lectrn" not found — did you mean "lectern"? (themes: high-contrast, lectern)`);
    }
  });

  it("set by the course is refused at its line in course.yaml, not in the lecture", async () => {
    const content = folder('course', { 'course.yaml': 'course: Physics\ntheme: nosuch\n', 'waves.yaml': lecture() });
    const { validate, build } = await both(content);
    for (const run of [validate, build]) {
      expect(run.code).toBe(1);
      expect(run.err).toContain(`${path.join(content, 'course.yaml')}:2:8  theme "nosuch" not found (themes: high-contrast, lectern)`);
      expect(run.err).not.toContain(`${path.join(content, 'waves.yaml')}:`);
    }
  });

  it("of the teacher's own, in their templates folder, is one validate knows", async () => {
    const content = folder('own', { 'waves.yaml': lecture('school') });
    const templates = folder('own-templates', { 'themes/school.css': '/* @theme school */\nsection { background: white; }\n' });
    const refused = await runLectern(['validate', content]);
    expect(refused.err).toContain('theme "school" not found');
    const ok = await runLectern(['validate', content, '--templates', templates]);
    expect(ok.code, ok.err).toBe(0);
  });
});
