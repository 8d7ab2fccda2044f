/**
 * Code blocks in bullets and notes (issue 13, item 2): the code is taken out of the text
 * with every line and space as typed; a fence left open, text after a block, or a language
 * highlight.js does not know is reported at its line and column with what to type.
 */
import { describe, expect, it } from 'vitest';
import { checkLecture, parseLecture } from '../../src/load/load-lecture.js';

const head = `title: T
sections:
  - title: S
    slides:
      - title: Code
        notes: n
        bullets:
`;

const problems = (bullets: string, notes?: string) =>
  checkLecture(notes === undefined ? `${head}${bullets}` : `${head.replace('notes: n\n', `notes: |\n${notes}`)}${bullets}`, 'code.yaml').problems.map(
    (p) => `${p.line}:${p.column} ${p.severity}: ${p.message}`,
  );

describe('a fenced block in a bullet', () => {
  it('needs a line of code after its fence: a one-line bullet starting with ``` or ~~~ is text', () => {
    const text = ['~~~ a fence that would swallow the deck', '```python'];
    const lecture = parseLecture(`${head}${text.map((t) => `          - "${t}"\n`).join('')}`, 'code.yaml');
    expect(lecture.sections[0]!.slides[0]!.bullets!.map((b) => [b.text, b.code])).toEqual(text.map((t) => [t, undefined]));
  });

  it('is the bullet’s code, lines and spaces as typed, and not its text', () => {
    const lecture = parseLecture(
      `${head}          - |
            A loop, with [[key]] words:
            \`\`\`python
            for i in range(3):
                print("<&$ [[x]]")

            \tdone()
            \`\`\`
          - one
          - second line
            joins the first
`,
      'code.yaml',
    );
    const [code, plain, joined] = lecture.sections[0]!.slides[0]!.bullets!;
    expect(code).toEqual({
      text: 'A loop, with [[key]] words:',
      children: [],
      code: { language: 'python', source: 'for i in range(3):\n    print("<&$ [[x]]")\n\n\tdone()' },
    });
    expect(plain).toEqual({ text: 'one', children: [] });
    // Ordinary text is still one line wherever it is shown (oneLine): only code keeps its breaks.
    expect(joined).toEqual({ text: 'second line joins the first', children: [] });
  });

  it('works in sub-points and compare columns, with ``` inside code kept by a longer fence', () => {
    const lecture = parseLecture(
      `title: T
sections:
  - title: S
    slides:
      - title: Code
        notes: n
        bullets:
          - "Point:":
              - |
                ~~~js
                const s = \`\`\`;
                ~~~
      - title: Two
        notes: n
        layout: compare
        columns:
          - heading: A
            bullets:
              - |
                \`\`\`
                plain
                \`\`\`
          - heading: B
            bullets: [b]
`,
      'code.yaml',
    );
    const [one, two] = lecture.sections[0]!.slides;
    expect(one!.bullets![0]!.children[0]!.code).toEqual({ language: 'js', source: 'const s = ```;' });
    expect(two!.columns![0]!.bullets[0]!.code).toEqual({ language: '', source: 'plain' });
  });

  it('an unclosed fence is an error at its line and column, saying what to type', () => {
    expect(problems(`          - |\n            Look:\n            \`\`\`python\n            x = 1\n`)).toEqual([
      '10:13 error: this code block is never closed; end it with ``` on a line of its own after the last line of code',
    ]);
  });

  it('a misspelt language is a warning naming the language meant, and the code shows plain', () => {
    const source = `${head}          - |\n            \`\`\`pyhton\n            x = 1\n            \`\`\`\n`;
    expect(problems(source.slice(head.length))).toEqual([
      '9:16 warning: the code block\'s language "pyhton" is not one Lectern knows (did you mean "python"?), so it is shown as plain code; write a language highlight.js knows after the fence, e.g. ```python, or nothing for plain code',
    ]);
    expect(parseLecture(source, 'code.yaml').sections[0]!.slides[0]!.bullets![0]!.code).toEqual({ language: '', source: 'x = 1' });
  });

  it('text after the block is an error: it belongs in a bullet of its own', () => {
    expect(problems(`          - |\n            \`\`\`python\n            x = 1\n            \`\`\`\n            and more\n`)).toEqual([
      '12:13 error: a bullet ends with its code block; put the text after it in a bullet (or a sub-point) of its own',
    ]);
  });

  it('an image written in a Markdown lesson’s code is code, not an image in text', () => {
    expect(problems(`          - |\n            \`\`\`markdown\n            ![a cat](cat.png)\n            \`\`\`\n`)).toEqual([]);
    expect(problems(`          - "![a cat](cat.png)"\n`)[0]).toContain('puts an image inside text');
  });
});

describe('a fenced block elsewhere', () => {
  it('is a warning: only bullets and notes show code', () => {
    const source = `title: T\nsections:\n  - title: S\n    slides:\n      - title: Q\n        notes: n\n        layout: quote\n        quote: |\n          \`\`\`python\n          x = 1\n          \`\`\`\n`;
    expect(checkLecture(source, 'code.yaml').problems.map((p) => `${p.line}:${p.column} ${p.severity}: ${p.message}`)).toEqual([
      '8:16 warning: a code block shows as code only in a bullet or in speaker notes; here its lines would run together as text — move it into a bullet (- | then the fenced code)',
    ]);
  });
});

describe('fences in speaker notes', () => {
  it('are checked like a bullet’s', () => {
    expect(problems('          - x\n', '          Say:\n          ```javascrpt\n          f()\n          ```\n          ```\n          open\n')).toEqual([
      '8:14 warning: the code block\'s language "javascrpt" is not one Lectern knows (did you mean "javascript"?), so it is shown as plain code; write a language highlight.js knows after the fence, e.g. ```javascript, or nothing for plain code',
      '11:11 error: this code block is never closed; end it with ``` on a line of its own after the last line of code',
    ]);
  });
});
