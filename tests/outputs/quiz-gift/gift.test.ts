/**
 * quiz-gift.txt read back as Moodle's GIFT with a GIFT parser (gift-pegjs): one question
 * per lecture question, of the right kind, with the right answer, and every text — maths,
 * key terms, quotes, GIFT's own ~ = # { } : and XML's < & " — as the teacher wrote it.
 */
import { parse, type GIFTQuestion, type MultipleChoice, type ShortAnswer, type TrueFalse } from 'gift-pegjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { giftEscape } from '../../../src/outputs/quiz-gift/gift-escape.js';
import { giftFile, giftQuestion } from '../../../src/outputs/quiz-gift/gift.js';
import { moodleHtml } from '../../../src/outputs/quiz-moodle/moodle-text.js';
import { buildMoodleExports, FIXTURE, lectureWithoutQuestions, MTCR } from '../../helpers/moodle-exports.js';
import { moodleReadGift } from '../../helpers/moodle-gift-reader.js';
import { moodleCategory } from '../../../src/outputs/quiz-moodle/moodle-text.js';

const KINDS = { choice: 'MC', 'true-false': 'TF', short: 'Short' } as const;
const questionsOf = (parsed: GIFTQuestion[]) => parsed.filter((q) => q.type !== 'Category') as (MultipleChoice | TrueFalse | ShortAnswer)[];
const rightAnswer = (q: MultipleChoice | ShortAnswer) => q.choices.filter((c) => c.isCorrect).map((c) => c.text.text);

describe('quiz-gift.txt', () => {
  let fixture: GIFTQuestion[];
  let mtcr: GIFTQuestion[];
  beforeAll(() => {
    const [a, b] = [buildMoodleExports(FIXTURE), buildMoodleExports(MTCR)];
    expect(a.status, a.said).toBe(0);
    expect(b.status, b.said).toBe(0);
    fixture = parse(a.file('quiz-gift.txt')!);
    mtcr = parse(b.file('quiz-gift.txt')!);
  });

  it('holds the MTCR lecture’s twelve questions, each of its kind, titled in order, with its right answer and its explanation', () => {
    const lecture = loadLecture(MTCR);
    const questions = questionsOf(mtcr);
    expect(questions).toHaveLength(lecture.questions.length);
    lecture.questions.forEach((q, i) => {
      const got = questions[i]!;
      expect(got.type, q.question).toBe(KINDS[q.kind]);
      expect(got.title).toMatch(new RegExp(`^Q${i + 1} `));
      expect(got.stem).toEqual({ format: 'html', text: q.question });
      if (got.type === 'TF') expect(got.isTrue).toBe(q.answer === 'true');
      else expect(rightAnswer(got)).toEqual([q.answer]);
      if (got.type === 'MC') expect(got.choices.map((c) => c.text.text)).toEqual(q.choices);
      expect(got.globalFeedback?.text).toBe(q.explain);
    });
  });

  it('files the questions under the course and the lecture', () => {
    expect(mtcr[0]).toMatchObject({ type: 'Category' });
    expect(fixture[0]).toEqual({ type: 'Category', title: '$course$/Maths 7 // Year 2/Ratios & rates: a//b {and} more' });
  });

  it('keeps GIFT’s special characters, maths for MathJax, key terms and emphasis in bold, quotes and XML characters', () => {
    const [q1, q2, q3, q4, q5] = questionsOf(fixture) as [MultipleChoice, TrueFalse, TrueFalse, ShortAnswer, ShortAnswer];
    expect(q1.type).toBe('MC');
    expect(q1.stem).toEqual({ format: 'html', text: 'Which fraction equals \\(\\frac{1}{2}\\) when \\(x \\neq 0\\) and ~half~ is #1?' });
    expect(q1.choices.map((c) => [c.isCorrect, c.text.text])).toEqual([
      [true, '\\(\\frac{2}{4}\\)'],
      [false, 'a {set} = 3:4'],
      [false, 'x &lt; 5 &amp; y &gt; &quot;2&quot;'],
      [false, 'None of ~these~ # really'],
    ]);
    expect(q1.globalFeedback?.text).toBe('Multiply the top and bottom by \\(2\\): \\[\\frac{1 \\times 2}{2 \\times 2}\\] — a <b>ratio</b> kept, <b>not</b> changed.');
    expect(q2).toMatchObject({ type: 'TF', isTrue: false, stem: { text: 'The ratio <b>a:b</b> means &quot;a to b&quot;, and <code>a=b</code> is true #always.' } });
    expect(q2.globalFeedback?.text).toBe('Only when \\(a = b\\); {otherwise} it is not: see <a href="https://example.org/ratio?a=1&amp;b=2"><i>The Ratio Book</i></a>.');
    // A question without an explanation has no general feedback; "\$5" is a dollar, not maths.
    expect(q3).toMatchObject({ type: 'TF', isTrue: true, globalFeedback: null, stem: { text: 'A <b>rate</b> compares amounts in different units: km/h, $5 per {kg}.' } });
    // A short answer is what the student types: plain text, with its colon.
    expect(q4.type).toBe('Short');
    expect(rightAnswer(q4)).toEqual(['2:3']);
    expect(q4.globalFeedback?.text).toBe('A colon: 2:3 = {2 to 3} &lt; 1 &amp; &gt; 0.');
    expect(rightAnswer(q5)).toEqual(['for each']);
    expect(q5.title).toBe('Q5 What does "per" mean in v = \\frac{d}{t}?');
  });

  it('doubles every backslash, so that Moodle does not read the "\\n" of \\neq or \\nu as a new line', () => {
    expect(giftEscape('\\neq ~ = # { } :')).toBe('\\\\neq \\~ \\= \\# \\{ \\} \\:');
  });

  it('round-trips hostile texts through the parser, in questions, choices, answers and feedback', () => {
    const texts = ['a ~ b', 'x = {y}', '#1: "quoted"', 'A::B', '$\\{a\\} \\cup \\{b\\}$ ends }', '\\\\ and \\n', '[[term]] with **bold** & <tag>', '// not a comment'];
    for (const text of texts) {
      const [q] = parse(giftQuestion({ question: text, choices: [text, 'other'], answer: text, kind: 'choice', explain: text }, 0)) as [MultipleChoice];
      expect(q.stem.text, text).toBe(moodleHtml(text));
      expect(rightAnswer(q), text).toEqual([moodleHtml(text)]);
      expect(q.globalFeedback?.text, text).toBe(moodleHtml(text));
      const [s] = parse(giftQuestion({ question: text, answer: text, kind: 'short' }, 0)) as [ShortAnswer];
      expect(s.type, text).toBe('Short');
    }
  });

  it('keeps a choice or a short answer that starts like a GIFT weight ("%50%") as its text', () => {
    const [mc] = parse(giftQuestion({ question: 'How much?', choices: ['%50% of it', '%100%'], answer: '%100%', kind: 'choice' }, 0)) as [MultipleChoice];
    expect(mc.choices.map((c) => [c.isCorrect, c.weight, c.text.text])).toEqual([[false, null, '&#37;50% of it'], [true, null, '&#37;100%']]);
    const [short] = parse(giftQuestion({ question: 'How much?', answer: '%25% more', kind: 'short' }, 0)) as [ShortAnswer];
    expect(rightAnswer(short)).toEqual(['%25% more']);
  });

  // Moodle's short-answer marking (qtype_shortanswer compare_string_with_wildcard): `*` is any
  // characters, `\*` a star, the rest as typed, case aside.
  const moodleMarksRight = (pattern: string, typed: string) => {
    const bits = pattern.split(/(?<!\\)\*+/).map((b) => b.replaceAll('\\*', '*').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${bits.join('.*')}$`, 'iu').test(typed.trim());
  };

  it('keeps a short answer with "->" a short answer in Moodle (which reads "=" and "->" as a matching question), still marking the answer right', () => {
    for (const answer of ['2H2 + O2 -> 2H2O', 'p->next', 'a -> b -> c']) {
      const [question] = moodleReadGift(giftQuestion({ question: 'Write it', answer, kind: 'short' }, 0));
      expect(question?.qtype, answer).toBe('shortanswer');
      const [pattern] = question?.qtype === 'shortanswer' ? question.answers : [];
      expect(moodleMarksRight(pattern!, answer), `${pattern} for ${answer}`).toBe(true);
      expect(moodleMarksRight(pattern!, 'something else'), pattern).toBe(false);
    }
  });

  it('marks right a short answer with maths as a student types it ("H2O", "x^2"), not only as its TeX ("\\ce{H2O}")', () => {
    const typed = (answer: string, student: string) => {
      const [question] = moodleReadGift(giftQuestion({ question: 'Write it', answer, kind: 'short' }, 0));
      return question?.qtype === 'shortanswer' && question.answers.some((pattern) => moodleMarksRight(pattern, student));
    };
    expect(typed('$\\ce{H2O}$', 'H2O')).toBe(true);
    expect(typed('$\\ce{H2O}$', 'h₂o')).toBe(true);
    expect(typed('$x^2$', 'x^2')).toBe(true);
    expect(typed('$x^2$', 'x²')).toBe(true);
    // As a student types an equation: its coefficients against their formulas (mhchem sets a space between).
    expect(typed('$\\ce{2H2 + O2 -> 2H2O}$', '2H2 + O2 -> 2H2O')).toBe(true);
    expect(typed('$\\ce{2H2 + O2 -> 2H2O}$', '2 H₂ + O₂ → 2 H₂O')).toBe(true);
    expect(typed('$x^2$', 'x^3')).toBe(false);
  });

  it('files the questions under the category the Moodle XML names, a backslash in a name included', () => {
    for (const lecture of [{ title: 'Paths: C:\\temp \\ D', course: 'A\\B / C' }, { title: 'Ratios & rates: a/b {and} more', course: 'Maths 7 / Year 2' }]) {
      const [category] = moodleReadGift(giftFile({ ...lecture, questions: [{ question: 'Q?', answer: 'true', kind: 'true-false' }] }));
      expect(category).toEqual({ qtype: 'category', category: moodleCategory(lecture) });
    }
  });

  it('keeps a choice or an explanation that starts like a GIFT format marker ("[markdown]") as its text', () => {
    for (const text of ['[markdown] is a format', '[HTML] tags', '[plain]', '[1, 2] is a list']) {
      const [question] = moodleReadGift(giftQuestion({ question: 'Which?', choices: [text, 'other'], answer: text, kind: 'choice', explain: text }, 0));
      expect(question?.qtype).toBe('multichoice');
      if (question?.qtype !== 'multichoice') continue;
      // Moodle shows the HTML: "&#91;" is the "[" the teacher typed.
      const shown = (html: string) => html.replaceAll('&#91;', '[');
      expect(question.answers.map((a) => [a.right, shown(a.text)]), text).toEqual([[true, text], [false, 'other']]);
      expect(shown(question.generalfeedback), text).toBe(text);
    }
  });

  it('writes one block per question, however many', () => {
    const questions = Array.from({ length: 30 }, (_, i) => ({ question: `Is ${i} = ${i}?`, answer: 'true', kind: 'true-false' as const }));
    const parsed = parse(giftFile({ title: 'Many', questions }));
    expect(questionsOf(parsed)).toHaveLength(30);
  });

  it('is skipped, with its reason, for a lecture without questions', () => {
    const built = buildMoodleExports(lectureWithoutQuestions());
    expect(built.status).toBe(0);
    expect(built.said).toContain('quiz-gift.txt skipped: the lecture has no questions');
    expect(built.file('quiz-gift.txt')).toBeUndefined();
  });
});
