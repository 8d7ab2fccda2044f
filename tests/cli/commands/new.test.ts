/**
 * `lectern new`: a lecture a teacher can start from — every layout once, a $schema line that
 * finds the schema from where the file is, a course.yaml in a new folder — that validates
 * with no problem and builds as it is, and never writes over a lecture.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LAYOUTS } from '../../../src/load/lecture.js';
import { bin } from '../../helpers/spawned-build.js';

const lectern = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

describe('lectern new', () => {
  it('writes a lecture with every layout, a course.yaml for its new folder and a picture, which validate and build', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-new-'));
    const made = lectern(work, 'new', 'content/biology/cell-structure');
    expect(made.status).toBe(0);
    const file = path.join(work, 'content/biology/cell-structure.yaml');
    const text = readFileSync(file, 'utf8');
    const lecture = parse(text) as { title: string; sections: { slides: { layout?: string }[] }[]; questions: unknown[]; glossary: unknown[] };
    expect(lecture.title).toBe('Cell structure');
    const layouts = new Set(lecture.sections.flatMap((s) => s.slides.map((slide) => slide.layout ?? 'bullets')));
    expect([...layouts].sort()).toEqual([...LAYOUTS].sort());
    expect(lecture.questions.length).toBeGreaterThanOrEqual(3);
    expect(lecture.glossary.length).toBeGreaterThan(0);
    // Comments explain the keys.
    expect(text.split('\n').filter((l) => l.trim().startsWith('#')).length).toBeGreaterThan(15);

    // The $schema lines name files that are there, from where each file is.
    for (const [yaml, schema] of [[file, 'lecture.schema.json'], [path.join(work, 'content/biology/course.yaml'), 'course.schema.json']] as const) {
      const line = readFileSync(yaml, 'utf8').split('\n')[0]!;
      const target = /\$schema=(\S+)/.exec(line)?.[1];
      expect(target, yaml).toMatch(new RegExp(`${schema.replace('.', '\\.')}$`));
      expect(existsSync(path.resolve(path.dirname(yaml), target!))).toBe(true);
    }
    expect(parse(readFileSync(path.join(work, 'content/biology/course.yaml'), 'utf8'))).toMatchObject({ course: 'Biology' });

    const validated = lectern(work, 'validate', 'content', '--strict');
    expect(validated.stdout + validated.stderr).toContain('no problems');
    expect(validated.status).toBe(0);

    const built = lectern(work, 'build', 'content', '--only', 'deck-pdf,quiz,revision-sheet');
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    for (const out of ['deck.pdf', 'quiz.pdf', 'revision-sheet.pdf']) expect(existsSync(path.join(work, 'output/biology/cell-structure', out)), out).toBe(true);
  }, 120_000);

  it('never writes over a lecture, and says what to type instead', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-new-'));
    mkdirSync(path.join(work, 'content'));
    expect(lectern(work, 'new', 'content/cells').status).toBe(0);
    const before = readFileSync(path.join(work, 'content/cells.yaml'), 'utf8');
    const again = lectern(work, 'new', 'content/cells.yaml');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/cells.yaml already exists');
    expect(again.stderr).toContain('lectern new content/cells-2');
    expect(readFileSync(path.join(work, 'content/cells.yaml'), 'utf8')).toBe(before);
    // A folder that was there gets no course.yaml of its own.
    expect(existsSync(path.join(work, 'content/course.yaml'))).toBe(false);
  });
});
