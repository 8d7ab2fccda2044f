/**
 * The Moodle exports as a teacher gets them: the compiled `lectern build --only
 * quiz-gift,quiz-moodle` run on a lecture, its files read back. Shared by the GIFT and the
 * Moodle XML tests (build dist first: `npx tsc -p tsconfig.build.json`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('dist/bin/lectern.js');

export interface BuiltExports {
  /** What the build printed (stdout and stderr). */
  said: string;
  status: number | null;
  /** A file of the lecture's output folder, or undefined when it was not made. */
  file(name: string): string | undefined;
}

export function buildMoodleExports(lecture: string): BuiltExports {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-moodle-'));
  const run = spawnSync(process.execPath, [bin, 'build', lecture, '--out', out, '--only', 'quiz-gift,quiz-moodle'], { encoding: 'utf8' });
  const folder = path.join(out, path.basename(lecture, '.yaml'));
  return {
    said: run.stdout + run.stderr,
    status: run.status,
    file: (name) => (existsSync(path.join(folder, name)) ? readFileSync(path.join(folder, name), 'utf8') : undefined),
  };
}

/** A lecture without questions, written to a folder of its own. */
export function lectureWithoutQuestions(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-noquiz-'));
  const file = path.join(dir, 'no-questions.yaml');
  writeFileSync(file, 'title: No questions\nsections:\n  - title: Part\n    slides:\n      - title: A slide\n        bullets: [One point]\n        notes: Say it.\n');
  return file;
}

export const FIXTURE = path.resolve('tests/fixtures/exports/moodle.yaml');
export const MTCR = path.resolve('content/mtcr.yaml');
