/**
 * quiz-kahoot.xlsx, read back with exceljs: the layout of Kahoot's quiz spreadsheet template
 * (header on row 8, columns B–H, questions from row 9), every row within Kahoot's limits, and
 * the questions kept and left out, each left out one named in a notice with its reason.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { englishLabels } from '../../../src/make/labels.js';
import { platformPlain } from '../../../src/make/platform-text.js';
import { quizKahoot } from '../../../src/outputs/quiz-kahoot/index.js';
import { kahootRows } from '../../../src/outputs/quiz-kahoot/rows.js';
import { FIRST_ROW, HEADER_ROW, HEADERS } from '../../../src/outputs/quiz-kahoot/sheet.js';
import { exportBuild } from '../../helpers/built-exports.js';
import { buildQuizExports, FIXTURE, MTCR, type BuiltQuizExports } from '../../helpers/built-quiz-exports.js';

interface SheetQuestion {
  number: number;
  question: string;
  answers: string[];
  time: number;
  correct: number;
}

async function readSheet(data: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0]!;
  const header = [2, 3, 4, 5, 6, 7, 8].map((c) => sheet.getRow(HEADER_ROW).getCell(c).value);
  const questions: SheetQuestion[] = [];
  for (let r = FIRST_ROW; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(2).value === null) break;
    questions.push({
      number: row.getCell(1).value as number,
      question: row.getCell(2).value as string,
      answers: [3, 4, 5, 6].map((c) => row.getCell(c).value).filter((v): v is string => v !== null),
      time: row.getCell(7).value as number,
      correct: Number(row.getCell(8).value),
    });
  }
  return { sheet, header, questions };
}

describe('quiz-kahoot.xlsx, the Kahoot quiz', () => {
  let built: BuiltQuizExports;
  beforeAll(() => {
    built = buildQuizExports();
    expect(built.status).toBe(0);
  }, 60_000);

  it("has the template's layout: its title, its header on row 8 in columns B–H, numbered questions from row 9", async () => {
    const { sheet, header, questions } = await readSheet(built.file('quiz-qti-kahoot', 'quiz-kahoot.xlsx'));
    expect(sheet.getCell('B2').value).toBe('Quiz template');
    expect(header).toEqual(HEADERS);
    expect(header[0]).toMatch(/^Question - max 120 characters$/);
    expect(header[6]).toMatch(/^Correct answer\(s\)/);
    expect(questions.map((q) => q.number)).toEqual(questions.map((_, i) => i + 1));
  });

  for (const file of [FIXTURE, MTCR]) {
    const name = path.basename(file, '.yaml');
    it(`${name}: every row within Kahoot's limits, with a time it accepts and the lecture's right answer`, async () => {
      const lecture = loadLecture(file);
      const labels = englishLabels();
      const { questions } = await readSheet(built.file(name, 'quiz-kahoot.xlsx'));
      const kept = lecture.questions.filter((q) => q.kind !== 'short' && [...platformPlain(q.question)].length <= 120 && (q.choices?.length ?? 2) <= 4);
      expect(questions).toHaveLength(kept.length);
      questions.forEach((row, i) => {
        const q = kept[i]!;
        expect([...row.question].length).toBeLessThanOrEqual(120);
        expect(row.answers.length).toBeGreaterThanOrEqual(2);
        expect(row.answers.length).toBeLessThanOrEqual(4);
        for (const answer of row.answers) expect([...answer].length).toBeLessThanOrEqual(75);
        expect([5, 10, 20, 30, 60, 90, 120, 240]).toContain(row.time);
        expect(row.question).toBe(platformPlain(q.question));
        const right = q.kind === 'true-false' ? (q.answer === 'true' ? labels.answerTrue : labels.answerFalse) : platformPlain(q.answer);
        expect(row.answers[row.correct - 1]).toBe(right);
      });
    });
  }

  it('keeps multiple choice and true/false, leaves out the short answer, the 130-character question and the 5-choice one, each named with why', async () => {
    const { questions } = await readSheet(built.file('quiz-qti-kahoot', 'quiz-kahoot.xlsx'));
    expect(questions.map((q) => q.question)).toEqual([
      'Which formula gives the kinetic energy of a mass m at speed v?',
      'Einstein wrote "E = mc²" & said mass < energy?',
      'In GIFT, the characters ~ = # { } : must be escaped.',
      'Which operator compares in a < b && c?',
    ]);
    expect(built.stdout).toContain('quiz-kahoot.xlsx: question 4 ("What is the SI unit of energy?") is left out: it is a short-answer question');
    expect(built.stdout).toMatch(/quiz-kahoot\.xlsx: question 5 \("A question that a teacher wrote.*"\) is left out: the question has 130 characters, and Kahoot takes at most 120/);
    expect(built.stdout).toContain('quiz-kahoot.xlsx: question 6 ("Which of these is not a form of energy?") is left out: it has 5 choices, and Kahoot takes 2 to 4');
  });

  it('writes plain text: no Markdown marks, maths as readable text, True/False from the lecture labels', async () => {
    const { questions } = await readSheet(built.file('quiz-qti-kahoot', 'quiz-kahoot.xlsx'));
    expect(questions[0]!.answers).toEqual(['(1/2)mv²', 'mgh', 'mc²', 'm⋅v']);
    expect(questions[1]!.answers).toEqual(['True', 'False']);
    expect(questions[1]!.correct).toBe(2);
    expect(questions[3]!.answers).toEqual(['<', '&&', '{ }', '~ = #']);
    for (const q of questions) expect(`${q.question} ${q.answers.join(' ')}`).not.toMatch(/\*\*|\[\[|\$|`|\\frac/);
    const french = kahootRows(loadLecture(FIXTURE).questions, { ...englishLabels(), answerTrue: 'Vrai', answerFalse: 'Faux' });
    expect(french.rows[1]!.answers).toEqual(['Vrai', 'Faux']);
  });

  it('leaves out a question with a choice over 75 characters, and says which choice', () => {
    const long = 'A choice that goes on and on, well past the seventy-five characters Kahoot allows';
    const { rows, notices } = kahootRows([{ question: 'Short?', choices: ['Yes', long], answer: 'Yes', kind: 'choice' }], englishLabels());
    expect(rows).toEqual([]);
    expect(notices).toEqual([`question 1 ("Short?") is left out: choice 2 has ${[...long].length} characters, and Kahoot takes at most 75`]);
  });

  it('is skipped, with its reason, for a lecture without questions', () => {
    expect(existsSync(path.join(built.out, 'overlong', 'quiz-kahoot.xlsx'))).toBe(false);
    expect(built.stdout).toContain('quiz-kahoot.xlsx skipped: the lecture has no questions');
  });

  it('is skipped, not written empty, when none of the questions fits Kahoot', async () => {
    const lecture = loadLecture(MTCR);
    const shortOnly = { ...lecture, questions: lecture.questions.filter((q) => q.kind === 'short') };
    const rendered = await quizKahoot.render({ lecture: shortOnly, labels: englishLabels() } as unknown as Parameters<typeof quizKahoot.render>[0], undefined);
    expect(rendered).toEqual({ skip: 'none of its questions fits a Kahoot quiz (short answers, or over its limits)' });
  });

  it('still names the questions it leaves out when an edit elsewhere keeps the file as it was, and does not write it again', async () => {
    const build = exportBuild(path.resolve(FIXTURE), 'quiz-kahoot');
    await build.build();
    const file = path.join(build.dir, 'quiz-kahoot.xlsx');
    const before = statSync(file);
    writeFileSync(build.lecture, readFileSync(build.lecture, 'utf8').replace('notes: The energy of motion.', 'notes: The energy of a moving body.'));
    const { stdout } = await build.build();
    expect(stdout).toContain('quiz-kahoot.xlsx: question 6 ("Which of these is not a form of energy?") is left out: it has 5 choices, and Kahoot takes 2 to 4');
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  }, 120_000);

  it('counts characters as Kahoot does: an accent typed as a letter and a mark is one, an emoji is two', () => {
    const labels = englishLabels();
    // 120 characters once composed (NFC), 122 code points as typed (NFD: e + combining acute, twice).
    const accented = `Caf${'e\u0301'} ${'x'.repeat(107)} fianc${'e\u0301'}?`.normalize('NFD');
    expect(accented.normalize('NFC').length).toBe(120);
    // 120 code points, 121 UTF-16 units: one over Kahoot's limit as its page counts.
    const emoji = `${'y'.repeat(118)}🌍?`;
    expect([...emoji].length).toBe(120);
    const { rows, notices } = kahootRows(
      [
        { question: accented, choices: ['Yes', 'No'], answer: 'Yes', kind: 'choice' },
        { question: emoji, choices: ['Yes', 'No'], answer: 'Yes', kind: 'choice' },
      ],
      labels,
    );
    expect(rows.map((r) => r.question)).toEqual([accented.normalize('NFC')]);
    expect(notices).toEqual([`question 2 ("${'y'.repeat(59)}…") is left out: the question has 121 characters, and Kahoot takes at most 120`]);
  });
});
