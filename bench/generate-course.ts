/** A generated course for the benchmark: `count` lectures of `slides` content slides each, in every layout. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function lecture(n: number, slides: number): string {
  const body: string[] = [];
  for (let s = 1; s <= slides; s++) {
    const layout = ['bullets', 'facts', 'timeline', 'compare', 'table'][s % 5];
    body.push(`      - title: Lecture ${n}, slide ${s}`, `        notes: Notes for slide ${s} of lecture ${n}.`);
    if (layout === 'facts') body.push('        layout: facts', '        facts:', ...[1, 2, 3].map((i) => `          - {value: "${i * n}", label: a figure worth knowing number ${i}}`));
    else if (layout === 'timeline') body.push('        layout: timeline', '        events:', ...[1, 2, 3, 4].map((i) => `          - {when: ${1900 + i * 10}, what: "Event ${i}: something happened that changed the subject"}`));
    else if (layout === 'compare') body.push('        layout: compare', '        columns:', ...['For', 'Against'].map((h) => `          - {heading: ${h}, bullets: [a first point, a second point, "a [[key idea]] that matters"]}`));
    else if (layout === 'table') body.push('        layout: table', '        table:', '          header: [Thing, Value]', '          rows:', ...[1, 2, 3, 4].map((i) => `            - [Row ${i}, "${i * 7}"]`));
    else body.push('        bullets:', ...[1, 2, 3, 4].map((i) => `          - Point ${i} of slide ${s}, with a [[term ${i}]] and enough words to wrap onto a second line`));
  }
  return [
    `title: Lecture ${n} of the benchmark course`,
    `lesson: ${n}`,
    'objectives: [Understand the first idea, Apply the second idea]',
    'sections:',
    '  - title: The only section',
    '    slides:',
    ...body,
    'glossary:',
    ...[1, 2, 3, 4].map((i) => `  - {term: term ${i}, definition: "What term ${i} means, in a sentence."}`),
    'questions:',
    '  - {question: "Which is right?", choices: [this, that], answer: this, explain: Because.}',
    '  - {question: "Is it true?", answer: true, explain: It is.}',
    '  - {question: "Name the first term.", answer: term 1, explain: See the glossary.}',
    'takeaways: [The first idea, The second idea]',
    '',
  ].join('\n');
}

export function generateCourse(dir: string, count: number, slides: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'course.yaml'), 'course: Benchmark course\nauthor: Lectern\nfooter: Benchmark\n');
  for (let n = 1; n <= count; n++) writeFileSync(path.join(dir, `lecture-${String(n).padStart(2, '0')}.yaml`), lecture(n, slides));
}
