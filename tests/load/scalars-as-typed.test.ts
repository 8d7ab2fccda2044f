/**
 * A teacher's "3.10" is a version, "007" a lesson code, "0x1F" a hex value: YAML would read
 * them as numbers and print 3.1, 7 and 31. Every piece of text is shown as it was typed;
 * only the handout options that are numbers or true/false are read as such.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLectureFile, parseLecture } from '../../src/load/load-lecture.js';
import { readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';

// Numbers as YAML 1.2 (the parser's version) reads them, and words it reads as true.
const TYPED = ['3.10', '0x1F', '007', '1e3', '12345678901234567890', '.5', '+1', '1_000', '0o17', '-0', '.inf'];

const lecture = `title: Release 3.10
lesson: 007
subtitle: 0x1F
sections:
  - title: 1e3
    slides:
      - title: Numbers
        notes: n
        layout: facts
        facts:
          - value: 3.10
            label: version
          - value: 0x1F
            label: hex
          - value: 12345678901234567890
            label: big
      - title: Table
        notes: n
        layout: table
        table:
          header: [.5, +1]
          rows:
            - [1_000, 0o17]
            - [-0, .inf]
            - [True, on]
      - title: Points
        notes: n
        bullets:
          - 3.10
          - 007:
              - 1e3
          - yes
glossary:
  - term: 0x1F
    definition: 3.10
questions:
  - question: Which version came last?
    choices: [3.10, 3.9]
    answer: 3.10
    explain: 3.10 is newer than 3.9
  - question: The moon is made of cheese.
    answer: false
    explain: It is rock.
  - question: Is the sun a star?
    answer: yes
    explain: It is the nearest one.
handouts:
  seed: 007
  slides-per-page: 2
  shuffle: true
`;

describe('numbers and true/false in text', () => {
  it('keeps every scalar as typed: titles, facts, table cells, points, glossary, choices and answers', () => {
    const l = parseLecture(lecture, 'typed.yaml');
    expect([l.title, l.lesson, l.subtitle, l.sections[0]!.title]).toEqual(['Release 3.10', '007', '0x1F', '1e3']);
    const [facts, table, points] = l.sections[0]!.slides;
    expect(facts!.facts!.map((f) => f.value)).toEqual(['3.10', '0x1F', '12345678901234567890']);
    expect(table!.table).toEqual({ header: ['.5', '+1'], rows: [['1_000', '0o17'], ['-0', '.inf'], ['True', 'on']] });
    expect(points!.bullets).toEqual([
      { text: '3.10', children: [] },
      { text: '007', children: [{ text: '1e3', children: [] }] },
      { text: 'yes', children: [] },
    ]);
    expect(l.glossary).toEqual([{ term: '0x1F', definition: '3.10' }]);
    expect(l.questions[0]).toMatchObject({ kind: 'choice', choices: ['3.10', '3.9'], answer: '3.10', explain: '3.10 is newer than 3.9' });
    expect(l.questions[1]).toMatchObject({ kind: 'true-false', answer: 'false' });
  });

  it('still reads the handout options that are numbers or true/false as such', () => {
    const l = parseLecture(lecture, 'typed.yaml');
    expect(l.handouts).toMatchObject({ seed: 7, slidesPerPage: 2, shuffle: true });
  });

  it('still warns of "answer: yes" to a statement', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-typed-'));
    const file = path.join(work, 'typed.yaml');
    writeFileSync(file, lecture.replace('Is the sun a star?', 'The sun is a star'));
    expect(checkLectureFile(file).problems).toContainEqual(expect.objectContaining({ severity: 'warning', line: lecture.split('\n').indexOf('    answer: yes') + 1, message: expect.stringContaining('the answer "yes"') }));
  });

  it('shows each as typed in deck.md, the deck PDF and the quiz answers PDF', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-typed-'));
    const file = path.join(work, 'typed.yaml');
    writeFileSync(file, lecture);
    const out = path.join(work, 'out');
    const run = await runLectern(['build', file, '--out', out, '--only', 'deck-md,deck-pdf,quiz-answers']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const markdown = readFileSync(path.join(out, 'typed', 'deck.md'), 'utf8');
    const deck = (await readPdf(path.join(out, 'typed', 'deck.pdf'))).text;
    for (const text of [...TYPED, 'Release 3.10', 'True']) {
      // deck.md is Markdown: a character Marp would read as markup ("_") is written escaped.
      expect(markdown, text).toContain(text.replace(/[_*]/g, '\\$&'));
      // A big number wraps in its call-out: its lines are read back with spaces between.
      expect(deck.replace(/ /g, ''), text).toContain(text.replace(/ /g, ''));
    }
    expect(deck).toMatch(/Lesson 007/i);
    const answers = (await readPdf(path.join(out, 'typed', 'quiz-answers.pdf'))).text;
    for (const text of ['Release 3.10', '3.10 is newer than 3.9', '3.9']) expect(answers, text).toContain(text);
    expect(answers).not.toMatch(/\b3\.1\b/);
  });
});
