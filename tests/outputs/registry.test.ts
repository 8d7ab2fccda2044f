/** The output registry: one description per output, and every way of naming an output reads it. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../src/errors.js';
import { CourseSchema } from '../../src/load/schema.js';
import { englishLabels } from '../../src/make/labels.js';
import { OUTPUT_CHOICES, OUTPUT_GROUPS, OUTPUTS } from '../../src/outputs/registry.js';
import { parseOnly, selectOutputs } from '../../src/outputs/select.js';
import { buildOptions } from '../../src/cli/build-flags.js';

describe('the output registry', () => {
  it('lists each output once, by a name and a file of its own, each in its own folder', () => {
    const names = OUTPUTS.map((o) => o.name);
    const files = OUTPUTS.map((o) => o.file);
    expect(new Set(names).size).toBe(OUTPUTS.length);
    expect(new Set(files).size).toBe(OUTPUTS.length);
    expect(files).toEqual([
      'deck.md', 'deck.html', 'deck.pdf', 'deck.pptx', 'deck-pictures.pptx',
      'notes-handout.pdf', 'speaker-notes.pdf', 'revision-sheet.pdf', 'worksheet.pdf', 'worksheet-answers.pdf', 'quiz.pdf', 'quiz-answers.pdf', 'flashcards.pdf',
      'quiz-gift.txt', 'quiz-moodle.xml',
      'quiz-qti.zip', 'quiz-kahoot.xlsx',
      'flashcards.apkg', 'flashcards.tsv',
    ]);
    for (const name of names) expect(existsSync(path.join('src/outputs', name, 'index.ts')), name).toBe(true);
  });

  it('splits the deck into its four files, selected together by "deck"; the picture deck only by its own name', () => {
    expect(OUTPUT_GROUPS.deck).toEqual(['deck-md', 'deck-html', 'deck-pdf', 'deck-pptx']);
    expect(selectOutputs(['deck'], undefined).map((o) => o.file)).toEqual(['deck.md', 'deck.html', 'deck.pdf', 'deck.pptx']);
    expect(selectOutputs(['deck-pictures'], undefined).map((o) => o.file)).toEqual(['deck-pictures.pptx']);
    expect(parseOnly('deck-pictures.pptx')).toEqual(['deck-pictures']);
  });

  it('builds every output but the opt-in ones when none are named, and an opt-in one when a course lists it', () => {
    expect(OUTPUTS.filter((o) => o.optIn).map((o) => o.name)).toEqual(['deck-pictures']);
    const all = selectOutputs(undefined, undefined).map((o) => o.name);
    expect(all).toHaveLength(OUTPUTS.length - 1);
    expect(all).not.toContain('deck-pictures');
    expect(selectOutputs(undefined, ['deck', 'deck-pictures']).map((o) => o.name)).toEqual(['deck-md', 'deck-html', 'deck-pdf', 'deck-pptx', 'deck-pictures']);
  });

  it('makes every output reachable from --only, by name, by group and by file', () => {
    for (const choice of OUTPUT_CHOICES) expect(buildOptions({ out: 'o', only: choice }).only).toEqual([choice]);
    for (const o of OUTPUTS) expect(parseOnly(o.file)).toEqual([o.name]);
    expect(parseOnly('quiz.pdf,deck')).toEqual(['quiz', 'deck']);
    expect(() => parseOnly('quizz')).toThrow(LecternError);
    expect(() => parseOnly('quizz')).toThrow('did you mean "quiz"?');
    expect(() => parseOnly('revision')).toThrow('did you mean "revision-sheet"?');
  });

  it("makes every output reachable from a course's outputs: list, and refuses one that is not", () => {
    for (const choice of OUTPUT_CHOICES) expect(CourseSchema.safeParse({ outputs: [choice] }).success, choice).toBe(true);
    expect(CourseSchema.safeParse({ outputs: ['slides'] }).success).toBe(false);
    expect(selectOutputs(undefined, ['deck-pdf', 'quiz']).map((o) => o.name)).toEqual(['deck-pdf', 'quiz']);
  });

  it('gives every output but deck.md a labelled link on the course index', () => {
    const labels = englishLabels();
    const linked = OUTPUTS.filter((o) => o.indexLabel).map((o) => [o.file, labels[o.indexLabel!]]);
    expect(linked).toEqual([
      ['deck.html', 'HTML'], ['deck.pdf', 'PDF'], ['deck.pptx', 'PPTX'], ['deck-pictures.pptx', 'PPTX (pictures)'],
      ['notes-handout.pdf', 'Notes handout'], ['speaker-notes.pdf', 'Speaker notes'], ['revision-sheet.pdf', 'Revision sheet'],
      ['worksheet.pdf', 'Worksheet'], ['worksheet-answers.pdf', 'Worksheet answers'], ['quiz.pdf', 'Quiz'], ['quiz-answers.pdf', 'Quiz answers'], ['flashcards.pdf', 'Flashcards'],
      ['quiz-gift.txt', 'Moodle (GIFT)'], ['quiz-moodle.xml', 'Moodle (XML)'],
      ['quiz-qti.zip', 'Canvas (QTI)'], ['quiz-kahoot.xlsx', 'Kahoot'],
      ['flashcards.apkg', 'Anki'], ['flashcards.tsv', 'Flashcards (TSV)'],
    ]);
  });
});
