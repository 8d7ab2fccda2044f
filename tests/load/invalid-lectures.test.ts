/**
 * Every broken lecture in tests/fixtures/invalid/ names, on its first line, the line,
 * column and message a teacher must see: "# expect: LINE:COLUMN message".
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLectureFile } from '../../src/load/load-lecture.js';
import { formatProblem } from '../../src/problems/format.js';

const dir = path.join(__dirname, '..', 'fixtures', 'invalid');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lectern-invalid-'));
const errors = (file: string) => checkLectureFile(file).problems.filter((p) => p.severity === 'error');

describe('broken lectures', () => {
  it('are at least forty, one or more per kind of mistake', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures)('%s: reports the expected message at the expected line and column', (name) => {
    const file = path.join(dir, name);
    const header = readFileSync(file, 'utf8').split('\n')[0]!;
    const [, line, column, message] = header.match(/^# expect: (\d+):(\d+) (.+)$/)!;
    const problems = errors(file);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ file, line: Number(line), column: Number(column), message: expect.stringContaining(message!) }));
    // Shown to the teacher as file:line:column, then the lines with a caret.
    const shown = formatProblem(problems[0]!);
    expect(shown.startsWith(`${file}:${problems[0]!.line}:${problems[0]!.column}  `)).toBe(true);
    expect(shown).toContain('^');
  });
});

describe('hostile or unusual files', () => {
  const valid = 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n';

  it('accepts a byte-order mark and Windows line endings', () => {
    const file = path.join(tmp, 'windows.yaml');
    writeFileSync(file, `\uFEFF${valid.replace(/\n/g, '\r\n')}`);
    expect(checkLectureFile(file).problems).toEqual([]);
    expect(checkLectureFile(file).lecture?.title).toBe('T');
  });

  it('refuses a 50 MB file at once, without parsing it', () => {
    const file = path.join(tmp, 'huge.yaml');
    writeFileSync(file, `${valid}# ${'x'.repeat(50 * 1024 * 1024)}\n`);
    const [problem] = errors(file);
    expect(problem!.message).toMatch(/the file is 50 MB, too large for a lecture/);
  });

  it('refuses a 5,000-slide lecture with a message saying to split it', () => {
    const file = path.join(tmp, 'long.yaml');
    const slides = Array.from({ length: 5000 }, (_, i) => `      - title: Slide ${i}\n        notes: n\n        bullets: [x]\n`).join('');
    writeFileSync(file, `title: T\nsections:\n  - title: S\n    slides:\n${slides}`);
    const [problem] = errors(file);
    expect(problem).toMatchObject({ line: 3, message: expect.stringContaining('5000 slides; one deck holds at most 500') });
  });

  it('survives nesting ten thousand levels deep with a message, not a crash', () => {
    const file = path.join(tmp, 'deep.yaml');
    writeFileSync(file, `title: T\nsections: ${'['.repeat(10000)}${']'.repeat(10000)}\n`);
    expect(errors(file).length).toBeGreaterThan(0);
  });
});
