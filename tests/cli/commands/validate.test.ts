/** `lectern validate`: problems as data to the edge, then text for people or JSON for programs. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLectern } from '../../helpers/run-main.js';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');

describe('lectern validate --json', () => {
  it('prints every problem as data: file, line, column, severity, message, and the lines around it', async () => {
    const bad = path.join(fixtures, 'invalid', '03-misspelt-layout-key.yaml');
    const run = await runLectern(['validate', '--json', bad, 'content/mtcr.yaml']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('');
    const report = JSON.parse(run.out) as { ready: number; total: number; lectures: { file: string; ok: boolean; problems: Record<string, unknown>[] }[] };
    expect(report).toMatchObject({ ready: 1, total: 2 });
    expect(report.lectures[1]).toEqual({ file: 'content/mtcr.yaml', ok: true, errors: 0, warnings: 0, problems: [] });
    const problem = report.lectures[0]!.problems[0]!;
    expect(problem).toMatchObject({ file: bad, line: 7, column: 9, severity: 'error', message: expect.stringContaining('unknown key "layuot" — did you mean "layout"?') });
    expect(problem.frame).toContain('> 7 |         layuot: facts');
  });

  it('gives a hint of what to type when the message alone does not say it', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-format-'));
    const notes = path.join(work, 'notes.txt');
    writeFileSync(notes, 'The MTCR was founded in 1987.\n');
    const json = await runLectern(['validate', '--json', notes]);
    expect(json.code).toBe(1);
    const [problem] = (JSON.parse(json.out) as { lectures: { problems: Record<string, unknown>[] }[] }).lectures[0]!.problems;
    expect(problem).toMatchObject({ file: notes, line: 1, column: 1, message: 'Lectern cannot read ".txt" files as lectures', hint: 'write the lecture in YAML (.yaml, .yml), e.g. notes.yaml' });
    const text = await runLectern(['validate', notes]);
    expect(text.err).toContain(`${notes}:1:1  Lectern cannot read ".txt" files as lectures\n  hint: write the lecture in YAML (.yaml, .yml), e.g. notes.yaml`);
  });
});

describe('mistakes in two course.yaml files', () => {
  it('are each shown with the lines of their own file', async () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'lectern-course-frame-'));
    cpSync(path.join(fixtures, 'course'), content, { recursive: true });
    writeFileSync(path.join(content, 'course.yaml'), 'author: Riverside School\nautor: Ms. Okafor\nfooter: © Riverside School\n');
    writeFileSync(path.join(content, 'physics', 'course.yaml'), 'course: Physics, Year 9\nfooter: Room 4\nthem: dark\n');
    const run = await runLectern(['validate', '--json', content]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as { lectures: { file: string; problems: { file: string; line: number; message: string; frame: string }[] }[] };
    const waves = report.lectures.find((l) => l.file.endsWith('waves.yaml'))!;
    const [top, physics] = waves.problems;
    expect(top).toMatchObject({ file: path.join(content, 'course.yaml'), line: 2, message: expect.stringContaining('unknown key "autor" — did you mean "author"?') });
    expect(top!.frame).toContain('> 2 | autor: Ms. Okafor');
    expect(physics).toMatchObject({ file: path.join(content, 'physics', 'course.yaml'), line: 3, message: expect.stringContaining('unknown key "them" — did you mean "theme"?') });
    expect(physics!.frame).toContain('> 3 | them: dark');
  });
});

describe('lectern validate on a course', () => {
  // A course.yaml's problems come with every lecture under it: twelve lectures printed the
  // same warning, its lines and its hint twelve times. Each lecture still counts it.
  it('prints a problem of the course.yaml once, and counts it under each lecture', async () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'lectern-validate-course-'));
    writeFileSync(path.join(content, 'course.yaml'), 'course: Biology #101\n');
    const lecture = 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n';
    for (const name of ['cells', 'genes']) writeFileSync(path.join(content, `${name}.yaml`), lecture);
    const run = await runLectern(['validate', content]);
    expect(run.code).toBe(0);
    expect(run.err.split('"#101" is left out of the text')).toHaveLength(2);
    expect(run.out.match(/0 errors, 1 warning/g)).toHaveLength(2);
  });
});
