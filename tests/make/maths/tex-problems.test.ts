/**
 * TeX that cannot be typeset is a content error at its line and column, with KaTeX's
 * message and a hint (issue 13, item 1), found before anything is made.
 */
import { describe, expect, it } from 'vitest';
import { checkLecture } from '../../../src/load/load-lecture.js';

const lecture = (bullet: string, more = '') => `title: Maths
sections:
  - title: One
    slides:
      - title: A slide
        bullets:
          - ${bullet}
          - plain
        notes: notes
${more}`;

const errors = (source: string) => checkLecture(source, 'l.yaml').problems.filter((p) => p.severity === 'error');

describe('a TeX error', () => {
  it('is reported at the place in the field where KaTeX stopped', () => {
    const [problem, ...rest] = errors(lecture('"The half: $\\\\frac{1}{$ is wrong"'));
    expect(rest).toEqual([]);
    // Line 7: `          - "The half: $\\frac{1}{$ is wrong"`; KaTeX stops at the end of the TeX, the closing $.
    expect(problem).toMatchObject({ file: 'l.yaml', line: 7, severity: 'error' });
    const line = lecture('"The half: $\\\\frac{1}{$ is wrong"').split('\n')[6]!;
    expect(problem!.column).toBe(line.indexOf('{$') + 2);
    expect(problem!.message).toContain('"$\\frac{1}{$"');
    expect(problem!.message).toMatch(/expected '}'/);
    expect(problem!.hint).toContain('\\$');
    expect(problem!.frame).toContain('^');
  });

  it('is found in a plain scalar, a key with sub-points, a table cell and a block of notes', () => {
    const source = `title: Maths
sections:
  - title: One
    slides:
      - title: A slide
        bullets:
          - An unknown $\\nosuchcommand$ here
          - "A key $x^$":
              - sub
        notes: |
          Derive $\\sqrt{x$ first.
      - title: Table
        layout: table
        table:
          header: [a, b]
          rows:
            - [x, "$\\\\left( x$"]
        notes: n
`;
    const found = errors(source).map((p) => [p.line, p.column]);
    const lines = source.split('\n');
    expect(found).toEqual([
      [7, lines[6]!.indexOf('$\\nosuch') + 2],
      [8, lines[7]!.indexOf('$x^$') + 3], // at the ^ with nothing to raise
      [11, lines[10]!.indexOf('$\\sqrt') + 1 + 1 + '\\sqrt{x'.length],
      [17, expect.any(Number)],
    ]);
  });

  it("is reported, not a crash, when mhchem throws its own kind of error", () => {
    const found = errors(lecture('"x $\\\\ce{A \\\\bond{x} B}$ y"'));
    expect(found.map((p) => [p.line, p.message])).toEqual([[7, expect.stringMatching(/^the maths "\$\\ce\{A \\bond\{x\} B\}\$" is not TeX that can be typeset: mhchem/)]]);
  });

  it('is not found where there is no maths: prices, escaped dollars', () => {
    expect(errors(lecture('"It costs $5 and \\\\$\\\\frac{ and $10"'))).toEqual([]);
  });
});

describe('a TeX error in course.yaml', () => {
  it('is reported in course.yaml, at its line', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { courseValuesFor } = await import('../../../src/load/course.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-course-tex-'));
    writeFileSync(path.join(dir, 'course.yaml'), 'course: Physics\nfooter: Physics $\\sqrt{x$\n');
    writeFileSync(path.join(dir, 'l.yaml'), lecture('plain'));
    const { problems } = courseValuesFor(path.join(dir, 'l.yaml'), dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: path.join(dir, 'course.yaml'), line: 2, column: 'footer: Physics $\\sqrt{x'.length + 1, severity: 'error' });
  });
});
