/**
 * The Canvas (QTI) and Kahoot exports of three lectures, built once by the compiled `lectern`
 * (run `npx tsc -p tsconfig.build.json` first): the exports fixture (questions of every kind,
 * maths, key terms, XML and GIFT characters, a question too long for Kahoot and one with five
 * choices), the MTCR lecture, and a lecture without questions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin } from './spawned-build.js';

export const FIXTURE = 'tests/fixtures/exports/quiz-qti-kahoot.yaml';
export const MTCR = 'content/mtcr.yaml';
export const NO_QUESTIONS = 'tests/fixtures/overlong.yaml';

export interface BuiltQuizExports {
  out: string;
  stdout: string;
  status: number | null;
  /** A file of a lecture's output folder, by the lecture file's name ("mtcr"). */
  file(lecture: string, name: string): Buffer;
}

export function buildQuizExports(): BuiltQuizExports {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-quiz-exports-'));
  const run = spawnSync(process.execPath, [bin, 'build', FIXTURE, MTCR, NO_QUESTIONS, '--out', out, '--only', 'quiz-qti,quiz-kahoot'], { encoding: 'utf8' });
  return { out, stdout: run.stdout, status: run.status, file: (lecture, name) => readFileSync(path.join(out, lecture, name)) };
}
