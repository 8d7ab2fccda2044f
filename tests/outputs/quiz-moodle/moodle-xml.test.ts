/**
 * quiz-moodle.xml as Moodle would take it: well-formed and valid against the schema the
 * project wrote from Moodle's format documentation (schema/moodle-quiz.xsd, checked with
 * libxml2's xmllint), then read back with an XML parser: a category first, one question per
 * lecture question, each of its kind, with its text, its right answer and its feedback.
 */
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import type { Lecture } from '../../../src/load/lecture.js';
import { moodleXmlFile } from '../../../src/outputs/quiz-moodle/moodle-xml.js';
import { giftFile } from '../../../src/outputs/quiz-gift/gift.js';
import { cdata } from '../../../src/make/xml-text.js';
import { buildMoodleExports, FIXTURE, lectureWithoutQuestions, MTCR } from '../../helpers/moodle-exports.js';

const SCHEMA = readFileSync('schema/moodle-quiz.xsd', 'utf8');
const KINDS = { choice: 'multichoice', 'true-false': 'truefalse', short: 'shortanswer' } as const;

const validate = (xml: string) => validateXML({ xml: [{ fileName: 'quiz-moodle.xml', contents: xml }], schema: [SCHEMA] });

/** The file's elements; a parse error or warning fails the test. */
function read(xml: string): Element[] {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  expect(doc.documentElement?.tagName).toBe('quiz');
  return Array.from(doc.documentElement!.getElementsByTagName('question'));
}

const child = (el: Element, tag: string) => Array.from(el.childNodes).find((n): n is Element => (n as Element).tagName === tag);
const children = (el: Element, tag: string) => Array.from(el.childNodes).filter((n): n is Element => (n as Element).tagName === tag);
const textOf = (el: Element | undefined) => (el ? child(el, 'text')?.textContent ?? '' : undefined);

interface ReadQuestion {
  type: string | null;
  name?: string;
  text?: string;
  format?: string | null;
  feedback?: string;
  right: string[];
  answers: [string, string | null][];
}

function question(el: Element): ReadQuestion {
  const answers = children(el, 'answer').map((a): [string, string | null] => [textOf(a)!, a.getAttribute('fraction')]);
  return {
    type: el.getAttribute('type'),
    name: textOf(child(el, 'name')),
    text: textOf(child(el, 'questiontext')),
    format: child(el, 'questiontext')?.getAttribute('format') ?? null,
    feedback: textOf(child(el, 'generalfeedback')),
    right: answers.filter(([, f]) => f === '100').map(([t]) => t),
    answers,
  };
}

describe('quiz-moodle.xml', () => {
  let fixtureXml: string;
  let mtcrXml: string;
  let mtcr: Lecture;
  beforeAll(() => {
    const [a, b] = [buildMoodleExports(FIXTURE), buildMoodleExports(MTCR)];
    expect(a.status, a.said).toBe(0);
    expect(b.status, b.said).toBe(0);
    fixtureXml = a.file('quiz-moodle.xml')!;
    mtcrXml = b.file('quiz-moodle.xml')!;
    mtcr = loadLecture(MTCR);
  });

  it('is well-formed and valid against schema/moodle-quiz.xsd, for the MTCR lecture and for hostile text', async () => {
    for (const xml of [mtcrXml, fixtureXml]) {
      const result = await validate(xml);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('has a schema that refuses what Moodle would not take: an answer without its grade, a type it does not know, a question without text', async () => {
    const broken = [
      mtcrXml.replace('<answer fraction="100"', '<answer'),
      mtcrXml.replace('type="shortanswer"', 'type="shortanswers"'),
      mtcrXml.replace(/<questiontext[\s\S]*?<\/questiontext>/, ''),
      mtcrXml.replace('fraction="0"', 'fraction="250"'),
    ];
    for (const xml of broken) expect((await validate(xml)).valid).toBe(false);
    await expect(validate(mtcrXml.replace('</quiz>', ''))).resolves.toMatchObject({ valid: false });
  });

  it('starts with the category named after the course and lecture, then one question per lecture question, each of its kind and with its right answer', () => {
    const [category, ...questions] = read(mtcrXml);
    expect(category!.getAttribute('type')).toBe('category');
    expect(textOf(child(category!, 'category'))).toBe(`$course$/${mtcr.course}/${mtcr.title}`);
    expect(questions).toHaveLength(mtcr.questions.length);
    mtcr.questions.forEach((q, i) => {
      const got = question(questions[i]!);
      expect(got.type, q.question).toBe(KINDS[q.kind]);
      expect(got.name).toMatch(new RegExp(`^Q${i + 1} `));
      expect(got.format).toBe('html');
      expect(got.text).toBe(q.question);
      expect(got.feedback).toBe(q.explain);
      // A true/false question's answers are "true" and "false", as the lecture's are.
      expect(got.right).toEqual([q.answer]);
      if (q.kind === 'choice') expect(got.answers.map(([t]) => t)).toEqual(q.choices);
      if (q.kind === 'true-false') expect(got.answers).toEqual([['true', q.answer === 'true' ? '100' : '0'], ['false', q.answer === 'false' ? '100' : '0']]);
    });
  });

  it('gives a multiple choice one right answer of several, and a short answer its case-insensitive answer', () => {
    const questions = read(mtcrXml).slice(1);
    const choice = questions.find((q) => q.getAttribute('type') === 'multichoice')!;
    expect(child(choice, 'single')?.textContent).toBe('true');
    expect(question(choice).answers.filter(([, f]) => f === '0')).toHaveLength(3);
    const short = questions.find((q) => q.getAttribute('type') === 'shortanswer')!;
    expect(child(short, 'usecase')?.textContent).toBe('0');
  });

  it('keeps maths for MathJax, key terms and emphasis in bold, quotes and the characters XML and GIFT treat specially', () => {
    const [category, ...questions] = read(fixtureXml);
    expect(textOf(child(category!, 'category'))).toBe('$course$/Maths 7 // Year 2/Ratios & rates: a//b {and} more');
    const [q1, q2, q3, q4, q5] = questions.map(question) as [ReadQuestion, ReadQuestion, ReadQuestion, ReadQuestion, ReadQuestion];
    expect(q1).toMatchObject({
      type: 'multichoice',
      text: 'Which fraction equals \\(\\frac{1}{2}\\) when \\(x \\neq 0\\) and ~half~ is #1?',
      right: ['\\(\\frac{2}{4}\\)'],
      feedback: 'Multiply the top and bottom by \\(2\\): \\[\\frac{1 \\times 2}{2 \\times 2}\\] — a <b>ratio</b> kept, <b>not</b> changed.',
    });
    expect(q1.answers.map(([t]) => t)).toEqual(['\\(\\frac{2}{4}\\)', 'a {set} = 3:4', 'x &lt; 5 &amp; y &gt; &quot;2&quot;', 'None of ~these~ # really']);
    expect(q2).toMatchObject({ type: 'truefalse', right: ['false'], text: 'The ratio <b>a:b</b> means &quot;a to b&quot;, and <code>a=b</code> is true #always.' });
    expect(q2.feedback).toBe('Only when \\(a = b\\); {otherwise} it is not: see <a href="https://example.org/ratio?a=1&amp;b=2"><i>The Ratio Book</i></a>.');
    expect(q2.name).toBe('Q2 The ratio a:b means "a to b", and a=b is true #always.');
    expect(q3).toMatchObject({ type: 'truefalse', right: ['true'], feedback: '', text: 'A <b>rate</b> compares amounts in different units: km/h, $5 per {kg}.' });
    expect(q4).toMatchObject({ type: 'shortanswer', right: ['2:3'], feedback: 'A colon: 2:3 = {2 to 3} &lt; 1 &amp; &gt; 0.' });
    expect(q5).toMatchObject({ type: 'shortanswer', right: ['for each'], text: 'What does &quot;<b>per</b>&quot; mean in \\(v = \\frac{d}{t}\\)?' });
  });

  it('keeps a "]]>" from ending a CDATA section: in lecture text (its ">" is HTML-escaped) and in any HTML put in one', async () => {
    const doc = new DOMParser().parseFromString(`<t>${cdata('<b>a]]>b</b>]]>')}</t>`, 'text/xml');
    expect(doc.documentElement!.textContent).toBe('<b>a]]>b</b>]]>');
  });

  it('reads back a question with "]]>" in its text, and escapes a star in a short answer (Moodle’s wildcard)', async () => {
    const lecture = {
      title: 'Edge ]]> cases',
      questions: [
        { question: 'Is a]]>b text?', answer: 'true', kind: 'true-false' as const, explain: 'Yes: ]]> is text.' },
        { question: 'Type a star.', answer: '\\*', kind: 'short' as const },
      ],
      handouts: { shuffle: true } as Lecture['handouts'],
    };
    const xml = moodleXmlFile(lecture);
    expect((await validate(xml)).valid).toBe(true);
    const [category, tf, short] = read(xml).map(question);
    expect(category!.type).toBe('category');
    expect(tf).toMatchObject({ text: 'Is a]]&gt;b text?', feedback: 'Yes: ]]&gt; is text.' });
    expect(short!.right).toEqual(['\\*']);
  });

  it('marks right a short answer with maths as a student types it ("H2O", "x^2"), not only as its TeX ("\\ce{H2O}")', async () => {
    const lecture = {
      title: 'Maths answers',
      questions: [
        { question: 'The formula of water?', answer: '$\\ce{H2O}$', kind: 'short' as const },
        { question: 'The area of a square of side x?', answer: '$x^2$', kind: 'short' as const },
        { question: 'Half as a fraction?', answer: '$\\frac{1}{2}$', kind: 'short' as const },
        { question: 'A word?', answer: 'osmosis', kind: 'short' as const },
      ],
      handouts: { shuffle: false } as Lecture['handouts'],
    };
    const xml = moodleXmlFile(lecture);
    expect((await validate(xml)).valid).toBe(true);
    const [water, square, half, word] = read(xml).slice(1).map(question);
    expect(water!.right).toContain('H2O');
    expect(water!.right).toContain('H₂O');
    expect(square!.right).toEqual(expect.arrayContaining(['x^2', 'x²']));
    expect(half!.right).toContain('1/2');
    expect(word!.right).toEqual(['osmosis']);
  });

  it('is skipped, with its reason, for a lecture without questions', () => {
    const built = buildMoodleExports(lectureWithoutQuestions());
    expect(built.status).toBe(0);
    expect(built.said).toContain('quiz-moodle.xml skipped: the lecture has no questions');
    expect(built.file('quiz-moodle.xml')).toBeUndefined();
  });

  it('cuts a long question name between characters, never through an emoji (written as UTF-8, half of one is "�")', async () => {
    // The name's 60-character cut falls on the globe: 58 letters, then it.
    const text = `${'x'.repeat(58)}🌍 and then more words than a name holds?`;
    const lecture = {
      title: 'Emoji',
      questions: [{ question: text, choices: ['Yes', 'No'], answer: 'Yes', kind: 'choice' as const }],
      handouts: { shuffle: false } as Lecture['handouts'],
    };
    const name = `Q1 ${'x'.repeat(58)}🌍…`;
    const asWritten = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
    const xml = asWritten(moodleXmlFile(lecture));
    expect((await validate(xml)).valid).toBe(true);
    expect(read(xml).map(question).map((q) => q.name)).toContain(name);
    const gift = asWritten(giftFile(lecture));
    expect(gift).toContain(`::${name}::`);
    expect(`${xml}${gift}`).not.toContain('\uFFFD');
  });
});
