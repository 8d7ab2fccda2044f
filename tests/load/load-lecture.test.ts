import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { checkLecture, loadLecture, parseLecture } from '../../src/load/load-lecture.js';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

function problemsOf(source: string) {
  try {
    parseLecture(source, 'lecture.yaml');
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the lecture to be rejected');
}

describe('loadLecture', () => {
  it('loads the MTCR lecture with its sections, glossary, questions and takeaways', () => {
    const lecture = loadLecture('content/mtcr.yaml');
    expect(lecture.file).toBe('content/mtcr.yaml');
    expect(lecture.title).toBe('The Missile Technology Control Regime');
    expect(lecture.next).toBe('Multilateral Export Control Regime: An Introduction');
    expect(lecture.footer).toBe('© 2020 Basix Education. All Rights Reserved');
    expect(lecture.sections.length).toBeGreaterThanOrEqual(5);
    const slides = lecture.sections.flatMap((s) => s.slides);
    // Every content slide carries speaker notes.
    expect(slides.filter((s) => !s.notes)).toEqual([]);
    const terms = lecture.glossary.map((g) => g.term);
    for (const term of ['MTCR', 'HCOC', 'WMD', 'UAV', 'NSG', 'ICBM', 'Category 1']) expect(terms).toContain(term);
    expect(lecture.questions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(lecture.questions.map((q) => q.kind))).toEqual(new Set(['choice', 'true-false', 'short']));
    expect(lecture.takeaways.length).toBeGreaterThan(0);
  });

  it('reads a bullet that carries its own sub-list', () => {
    const lecture = parseLecture(
      'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        bullets:\n          - plain\n          - "with details":\n              - one\n              - deeper:\n                  - two\n',
      'x.yaml',
    );
    expect(lecture.sections[0]!.slides[0]!.bullets).toEqual([
      { text: 'plain', children: [] },
      { text: 'with details', children: [{ text: 'one', children: [] }, { text: 'deeper', children: [{ text: 'two', children: [] }] }] },
    ]);
  });

  it('keeps numbers as text and resolves images beside the lecture', () => {
    const lecture = loadLecture(fixture('all-layouts/water-cycle.yaml'));
    const slides = lecture.sections.flatMap((s) => s.slides);
    expect(slides.find((s) => s.layout === 'timeline')!.events![0]!.when).toBe('1580');
    const image = slides.find((s) => s.layout === 'image')!.image!;
    expect(image.href).toBe('images/water-cycle.png');
    expect(image.file).toBe(path.resolve(fixture('all-layouts/water-cycle.png')));
    expect(lecture.questions.map((q) => [q.kind, q.answer])).toEqual([
      ['choice', 'Condensation'],
      ['true-false', 'true'],
      ['short', "The sun's heat"],
    ]);
  });
});

describe('problems in a lecture', () => {
  const base = 'title: T\nsections:\n  - title: S\n    slides:\n';

  it('points at a misspelt key and suggests the right one', () => {
    const [p] = problemsOf(`${base}      - title: A\n        bulets: [x]\n`);
    expect(p).toMatchObject({ file: 'lecture.yaml', line: 6, column: 9 });
    expect(p!.message).toContain('unknown key "bulets"');
    expect(p!.message).toContain('did you mean "bullets"?');
  });

  it('suggests the layout name for a misspelt layout', () => {
    const [p] = problemsOf(`${base}      - title: A\n        layout: fact\n        facts: [{value: 1, label: x}]\n`);
    expect(p).toMatchObject({ line: 6, column: 17 });
    expect(p!.message).toMatch(/did you mean "facts"\?.*allowed: bullets, facts, timeline/);
  });

  it('warns at the answer when "yes" or "no" makes a true/false question a short answer', () => {
    const check = checkLecture(`${base}      - title: A\n        notes: n\n        bullets: [x]\nquestions:\n  - question: Plants need light.\n    answer: yes\n    explain: They make food with it.\n`, 'lecture.yaml');
    expect(check.lecture?.questions[0]?.kind).toBe('short');
    expect(check.problems).toEqual([
      expect.objectContaining({ line: 10, column: 13, severity: 'warning', message: expect.stringContaining('for a true/false question write answer: true (or answer: false)') }),
    ]);
  });

  it('gives the point as written, in quotes, as what to type for a point with ": " in it', () => {
    const [p] = problemsOf(`${base}      - title: A\n        notes: n\n        bullets:\n          - pH of pure water: 7.0\n`);
    expect(p).toMatchObject({ line: 8, column: 13, hint: 'put the whole point in quotes: - "pH of pure water: 7.0"' });
  });

  it('does not warn of an answer that is a word, nor of "yes" to a question asked with "?"', () => {
    const check = checkLecture(`${base}      - title: A\n        notes: n\n        bullets: [x]\nquestions:\n  - question: Which gas makes up most of the air?\n    answer: N\n    explain: Nitrogen.\n  - question: Can plants grow without light?\n    answer: no\n    explain: They cannot.\n`, 'lecture.yaml');
    expect(check.problems).toEqual([]);
  });

  it('reports every problem of the file at once, in line order', () => {
    const problems = problemsOf(`${base}      - title: A\n        layout: facts\n      - title: B\n        bullets: [x]\n        colour: red\n`);
    expect(problems.map((p) => p.line)).toEqual([5, 9]);
    expect(problems[0]!.message).toContain('a "facts" slide needs "facts"');
  });

  it('reports a YAML syntax error with its line and a frame of the source', () => {
    try {
      parseLecture('title: "unclosed\nsections: []\n', 'bad.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as Error).message).toMatch(/^bad\.yaml:1:8 {2}YAML syntax/);
      expect((error as Error).message).toContain('> 1 | title: "unclosed');
    }
  });

  it('rejects an answer that is not one of the choices, at the answer', () => {
    const problems = problemsOf(`${base}      - title: A\n        bullets: [x]\nquestions:\n  - question: Q?\n    choices: [a, b]\n    answer: c\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 10, column: 13 });
    expect(problems[0]!.message).toContain('must be one of the choices: "a", "b"');
  });

  it('reports a missing image at its line', () => {
    const [p] = problemsOf(`${base}      - title: A\n        layout: image\n        image: nowhere.png\n`);
    expect(p).toMatchObject({ line: 7, column: 16 });
    expect(p!.message).toContain('image "nowhere.png" not found');
  });
});
