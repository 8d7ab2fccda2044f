/**
 * A teacher writing in French types "answer: vrai", in German "answer: falsch": Lectern reads
 * only true and false as a true/false question, so these became short answers that students
 * must type out, in the quiz and in every export (Moodle, Canvas; Kahoot left them out).
 * The lecture's check warns, as it does of "answer: yes".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLectureFile } from '../../src/load/load-lecture.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-truefalse-'));
const lecture = (question: string, answer: string) =>
  `title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\nquestions:\n  - question: "${question}"\n    answer: ${answer}\n    explain: e\n`;

function warningsOf(question: string, answer: string) {
  const file = path.join(dir, `q${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, lecture(question, answer));
  return checkLectureFile(file).problems.filter((p) => p.severity === 'warning' && p.line === 10);
}

describe('"true" and "false" in the lecture’s language', () => {
  it.each([
    ["L'eau bout à 100 °C ?", 'vrai'],
    ["L'eau gèle à 10 °C.", 'Faux'],
    ['Wasser kocht bei 100 °C.', 'wahr'],
    ['El agua hierve a 10 °C.', 'falso'],
    ['A água ferve a 100 °C.', 'verdadeiro'],
    ['पानी 100 °C पर उबलता है।', 'सही'],
    // ग़ typed as one character (U+095A) or as ग and a nukta: the same word.
    ['पानी 10 °C पर उबलता है।', '\u095Aलत'],
    ['الماء يغلي عند ١٠ درجات.', 'خطأ'],
    ['水在100°C沸腾。', '对'],
  ])('warns that "%s" answered %s is a short answer', (question, answer) => {
    expect(warningsOf(question, answer)).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining(`the answer "${answer}" makes this a short-answer question`) }),
    );
  });

  it('does not warn of a short answer that is another word', () => {
    expect(warningsOf('Quel gaz ?', 'oxygène')).toEqual([]);
  });
});
