/**
 * A text that nests without end is refused before it is parsed, at the place it crosses the
 * limit: 4.9 MB of "[" once took 27 s and 4.35 GB of memory to refuse.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLectureFile } from '../../src/load/load-lecture.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-nesting-'));
const file = (name: string, text: string) => {
  const f = path.join(work, name);
  writeFileSync(f, text);
  return f;
};
const TOO_DEEP = 'nest more than 64 levels deep here';
const lecture = 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n';

describe('nesting without end', () => {
  it.each(['validate', 'build'])('4.9 MB of "[": `lectern %s` refuses it at its line and column, quickly and in little memory', (command) => {
    const bomb = file('brackets.yaml', '['.repeat(4.9 * 1024 * 1024));
    // The real command, in a process of its own, so that its time and memory are its own.
    const run = spawnSync('/usr/bin/time', ['-f', 'elapsed=%e maxrss=%M', process.execPath, 'dist/bin/lectern.js', command, bomb, ...(command === 'build' ? ['--out', path.join(work, 'out')] : [])], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${bomb}:1:65  YAML syntax: lists and "key: value" lines ${TOO_DEEP}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Never the 4.9 MB line in the terminal: its stretch around the column.
    expect(run.stderr.length).toBeLessThan(2000);
    const elapsed = Number(run.stderr.match(/elapsed=([\d.]+)/)![1]);
    const maxRssMb = Number(run.stderr.match(/maxrss=(\d+)/)![1]) / 1024;
    // Generous bounds (the old figures were 27 s and 4.35 GB); Node itself starts in ~0.3 s and ~60 MB.
    expect(elapsed).toBeLessThan(5);
    expect(maxRssMb).toBeLessThan(300);
  });

  it('refuses thousands of "- " on one line at the item past the limit', () => {
    const f = file('dashes.yaml', `${'- '.repeat(5000)}x\n`);
    expect(checkLectureFile(f).problems).toEqual([expect.objectContaining({ line: 1, column: 129, message: expect.stringContaining(TOO_DEEP) })]);
  });

  it('refuses a "{" bomb at the brace past the limit', () => {
    const f = file('braces.yaml', `title: ${'{a: '.repeat(200_000)}\n`);
    expect(checkLectureFile(f).problems).toEqual([expect.objectContaining({ line: 1, column: 8 + 4 * 63, message: expect.stringContaining(TOO_DEEP) })]);
  });

  it('refuses keys indented one space deeper each line, at the line past the limit', () => {
    const f = file('stairs.yaml', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'));
    expect(checkLectureFile(f).problems).toEqual([expect.objectContaining({ line: 65, column: 65, message: expect.stringContaining(TOO_DEEP) })]);
  });

  it('reads brackets in quotes and comments as text, and lets a lecture nest as deep as it may', () => {
    const brackets = '['.repeat(200);
    const f = file('quoted.yaml', `# ${brackets}\n${lecture.replace('title: A', `title: "${brackets}"`)}        notes: '${'{'.repeat(200)}'\n`.replace('        notes: n\n', ''));
    expect(checkLectureFile(f).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const deep = file('deep.yaml', `${lecture}extra: ${'['.repeat(60)}${']'.repeat(60)}\n`);
    expect(checkLectureFile(deep).problems).toEqual([expect.objectContaining({ line: 8, column: 1, message: expect.stringContaining('unknown key "extra"') })]);
  });
});
