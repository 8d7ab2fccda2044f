/**
 * quiz-qti.zip, read back as Canvas reads it: the zip opened with jszip, every XML file parsed
 * with xmldom (any warning fails), the manifest naming the assessment, and one item per
 * lecture question whose scored answer is the lecture's.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { englishLabels } from '../../../src/make/labels.js';
import { platformPlain } from '../../../src/make/platform-text.js';
import { assessmentXml } from '../../../src/outputs/quiz-qti/assessment.js';
import { quizIdent } from '../../../src/outputs/quiz-qti/package.js';
import { buildQuizExports, FIXTURE, MTCR, type BuiltQuizExports } from '../../helpers/built-quiz-exports.js';

const QTI = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';

/** Parses XML, failing on anything xmldom finds wrong, a warning included. */
function parseStrict(xml: string, name: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(problems, name).toEqual([]);
  return doc;
}

const children = (parent: Element | Document, tag: string) => Array.from(parent.getElementsByTagName(tag));
const text = (el: Element | undefined) => el?.textContent ?? '';

interface Package {
  names: string[];
  docs: Map<string, Document>;
  assessment: Document;
}

async function openPackage(data: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const docs = new Map<string, Document>();
  for (const name of names.filter((n) => n.endsWith('.xml'))) docs.set(name, parseStrict(await zip.file(name)!.async('string'), name));
  const manifest = docs.get('imsmanifest.xml');
  expect(manifest, 'imsmanifest.xml at the root').toBeDefined();
  const resources = children(manifest!, 'resource').filter((r) => r.getAttribute('type') === 'imsqti_xmlv1p2');
  expect(resources).toHaveLength(1);
  const href = children(resources[0]!, 'file')[0]!.getAttribute('href')!;
  return { names, docs, assessment: docs.get(href)! };
}

/** Each item's question type, question HTML, choice texts and the text of the choice (or answer) scored 100. */
function items(assessment: Document) {
  return children(assessment, 'item').map((item) => {
    const fields = children(item, 'qtimetadatafield');
    const field = (label: string) => text(children(fields.find((f) => text(children(f, 'fieldlabel')[0]) === label)!, 'fieldentry')[0]);
    const presentation = children(item, 'presentation')[0]!;
    const labels = children(presentation, 'response_label').filter((l) => l.getAttribute('ident') !== 'answer1');
    const choices = new Map(labels.map((l) => [l.getAttribute('ident')!, text(children(l, 'mattext')[0])]));
    const scored = children(item, 'respcondition').find((c) => text(children(c, 'setvar')[0]) === '100');
    const right = text(children(scored!, 'varequal')[0]);
    return {
      type: field('question_type'),
      question: text(children(presentation, 'mattext')[0]),
      choices: [...choices.values()],
      answer: choices.get(right) ?? right,
      feedback: text(children(item, 'itemfeedback')[0]),
    };
  });
}

describe('quiz-qti.zip, the Canvas quiz', () => {
  let built: BuiltQuizExports;
  beforeAll(() => {
    built = buildQuizExports();
    expect(built.status).toBe(0);
  }, 60_000);

  for (const file of [FIXTURE, MTCR]) {
    const name = path.basename(file, '.yaml');
    it(`${name}: a package whose manifest names the assessment, every file it names there, every XML well-formed`, async () => {
      const pkg = await openPackage(built.file(name, 'quiz-qti.zip'));
      const named = children(pkg.docs.get('imsmanifest.xml')!, 'file').map((f) => f.getAttribute('href')!);
      expect(named.length).toBeGreaterThan(0);
      for (const href of named) expect(pkg.names, href).toContain(href);
      expect(pkg.assessment.documentElement!.namespaceURI).toBe(QTI);
      expect(pkg.assessment.documentElement!.localName).toBe('questestinterop');
      expect(children(pkg.assessment, 'assessment')[0]!.getAttribute('title')).toBe(platformPlain(loadLecture(file).title));
    });

    it(`${name}: one item per question, of Canvas's type, scoring the lecture's answer, with its explanation as feedback`, async () => {
      const lecture = loadLecture(file);
      const got = items((await openPackage(built.file(name, 'quiz-qti.zip'))).assessment);
      expect(got).toHaveLength(lecture.questions.length);
      const labels = englishLabels();
      lecture.questions.forEach((q, i) => {
        const item = got[i]!;
        expect(item.type).toBe({ choice: 'multiple_choice_question', 'true-false': 'true_false_question', short: 'short_answer_question' }[q.kind]);
        if (q.kind === 'choice') {
          expect(item.choices).toHaveLength(q.choices!.length);
          expect(item.answer).toBe(item.choices[q.choices!.indexOf(q.answer)]);
        } else if (q.kind === 'true-false') {
          expect(item.choices).toEqual([labels.answerTrue, labels.answerFalse]);
          expect(item.answer).toBe(q.answer === 'true' ? labels.answerTrue : labels.answerFalse);
        } else expect(item.answer).toBe(platformPlain(q.answer));
        expect(item.feedback !== '', `question ${i + 1} feedback`).toBe(q.explain !== undefined);
      });
    });
  }

  it('marks right a short answer with maths as it reads ("H₂O", "x²") and as typed on a keyboard ("H2O", "x^2")', () => {
    const xml = assessmentXml({
      ident: 'maths',
      title: 'Maths answers',
      labels: englishLabels(),
      questions: [
        { question: 'The formula of water?', answer: '$\\ce{H2O}$', kind: 'short' },
        { question: 'The area of a square of side x?', answer: '$x^2$', kind: 'short' },
        { question: 'A word?', answer: 'osmosis', kind: 'short' },
      ],
    });
    const accepted = children(parseStrict(xml, 'assessment'), 'item').map((item) => {
      const scored = children(item, 'respcondition').find((c) => text(children(c, 'setvar')[0]) === '100')!;
      return children(scored, 'varequal').map((v) => text(v));
    });
    expect(accepted).toEqual([['H₂O', 'H2O'], ['x²', 'x^2'], ['osmosis']]);
  });

  it('writes lecture text as HTML for Canvas: bold and key terms in <b>, maths for MathJax, XML and HTML characters escaped', async () => {
    const got = items((await openPackage(built.file('quiz-qti-kahoot', 'quiz-qti.zip'))).assessment);
    expect(got[0]!.question).toBe('<p>Which formula gives the <b>kinetic energy</b> of a mass \\(m\\) at speed \\(v\\)?</p>');
    expect(got[0]!.choices[0]).toBe('\\(\\frac{1}{2}mv^2\\)');
    expect(got[0]!.feedback).toContain('<b>Kinetic energy</b> grows with the <i>square</i>');
    // The quote, & and < are text in the HTML (entities), not markup.
    expect(got[1]!.question).toBe('<p>Einstein wrote &quot;\\(E = mc^2\\)&quot; &amp; said mass &lt; energy?</p>');
    expect(got[2]!.question).toContain('~ = # { } :');
    expect(got[6]!.question).toContain('<code>a &lt; b &amp;&amp; c</code>');
    expect(got[6]!.choices).toEqual(['<code>&lt;</code>', '<code>&amp;&amp;</code>', '{ }', '~ = #']);
  });

  it('says True and False in the lecture\'s language', () => {
    const lecture = loadLecture(FIXTURE);
    const labels = { ...englishLabels(), answerTrue: 'Vrai', answerFalse: 'Faux & <faux>' };
    const doc = parseStrict(assessmentXml({ ident: 'x', title: 't', questions: lecture.questions, labels }), 'assessment');
    expect(items(doc)[1]!.choices).toEqual(['Vrai', 'Faux &amp; &lt;faux&gt;']);
    expect(items(doc)[1]!.answer).toBe('Faux &amp; &lt;faux&gt;');
  });

  it("names every question after its quiz, so that two lectures' questions stay apart in a Canvas course", async () => {
    const idents = async (name: string) => children((await openPackage(built.file(name, 'quiz-qti.zip'))).assessment, 'item').map((i) => i.getAttribute('ident')!);
    const [fixture, mtcr] = [await idents('quiz-qti-kahoot'), await idents('mtcr')];
    expect(new Set(fixture).size).toBe(fixture.length);
    expect(fixture.filter((id) => mtcr.includes(id))).toEqual([]);
  });

  it('is skipped, with its reason, for a lecture without questions', () => {
    expect(existsSync(path.join(built.out, 'overlong', 'quiz-qti.zip'))).toBe(false);
    expect(built.stdout).toContain('quiz-qti.zip skipped: the lecture has no questions');
  });

  it('gives the same bytes for the same lecture, and the same quiz identifier (a re-import is the same quiz)', () => {
    const again = buildQuizExports();
    expect(again.file('mtcr', 'quiz-qti.zip').equals(built.file('mtcr', 'quiz-qti.zip'))).toBe(true);
  }, 60_000);

  it('keeps the quiz identifier when the title is corrected, and gives two lectures titled alike identifiers of their own', () => {
    const lecture = loadLecture(MTCR);
    const ident = quizIdent({ lecture, outPath: 'security/mtcr' });
    // A typo fixed in the title: Canvas must see the same quiz again, not a second one.
    expect(quizIdent({ lecture: { ...lecture, title: `${lecture.title} (corrected)` }, outPath: 'security/mtcr' })).toBe(ident);
    const revision = { ...lecture, title: 'Revision', lesson: '9' };
    expect(quizIdent({ lecture: revision, outPath: 'term1/revision' })).not.toBe(quizIdent({ lecture: revision, outPath: 'term2/revision' }));
  });

  it('drops a control character pasted from a word processor, which XML does not allow and Canvas would refuse the file for', async () => {
    // Word writes a line break inside a paragraph as a vertical tab.
    const questions = [{ question: 'Is water\u000Bwet?', answer: 'true', kind: 'true-false' as const, explain: 'Yes\u0007.' }];
    const xml = assessmentXml({ ident: 'x', title: 'Water\u000B', questions, labels: englishLabels() });
    const checked = await validateXML({ xml: [{ fileName: 'assessment.xml', contents: xml }], normalization: 'format' });
    expect(checked.errors.map((e) => e.message)).toEqual([]);
    expect(items(parseStrict(xml, 'assessment'))[0]!.question).toBe('<p>Is waterwet?</p>');
  });
});
