/**
 * A quiz names its choices with the letters of the lecture's language: أ ب ج in Arabic, क ख ग
 * in Hindi (as their school papers do), A B C in English. An Arabic quiz once lettered its
 * choices A, B, C and its key said "B — التكاثف".
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWordPages } from '../helpers/pdf-words.js';
import { runLectern } from '../helpers/run-main.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-choice-letters-'));
const LECTURES = { arabic: 'scripts/arabic.yaml', 'jal-chakra': 'hindi/jal-chakra.yaml' } as const;
const words = (lecture: string, output: string) =>
  readWordPages(path.join(out, lecture, `${output}.pdf`)).flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text)));

beforeAll(async () => {
  const files = Object.values(LECTURES).map((f) => path.join(__dirname, '../fixtures', f));
  const run = await runLectern(['build', ...files, '--out', out, '--only', 'quiz,quiz-answers']);
  expect(run.code, run.err).toBe(0);
}, 300_000);

describe('the letters of a quiz\'s choices', () => {
  it.each([
    ['arabic', ['أ', 'ب', 'ج']],
    ['jal-chakra', ['क', 'ख', 'ग']],
  ])('%s: the quiz and its key letter the choices in the lecture\'s script, never A B C', (lecture, letters) => {
    for (const output of ['quiz', 'quiz-answers']) {
      const printed = words(lecture, output);
      for (const letter of letters) expect(printed, `${output}: ${letter}`).toContain(letter);
      expect(printed.filter((w) => ['A', 'B', 'C'].includes(w)), output).toEqual([]);
    }
  });
});
