import { describe, expect, it } from 'vitest';
import { parseLecture } from '../../../src/load/load-lecture.js';
import { worksheetSecrets, worksheetView } from '../../../src/outputs/worksheet/view.js';
import { englishLabels } from '../../../src/make/labels.js';

const lecture = parseLecture(
  [
    'title: Plants',
    'sections:',
    '  - title: S',
    '    slides:',
    '      - title: A',
    '        bullets:',
    '          - "Plants make food by [[photosynthesis]] in their leaves"',
    '          - "Photosynthesis needs light; [[chlorophyll]] absorbs it"',
    '          - "Roots take up water"',
    '          - "The [[xylem]] carries water"',
    'questions:',
    '  - question: What carries water in a plant? Not the xylem.',
    '    answer: the roots',
    '  - question: What do the roots take up?',
    '    answer: water',
  ].join('\n'),
  'plants.yaml',
);
const inputs = { lecture, fontCss: '', stylesheet: '', labels: englishLabels() };
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('worksheet', () => {
  it('makes a blank of every key term, and of the term wherever else it appears', () => {
    const view = worksheetView(inputs, false);
    expect(view.blanks.map((b) => text(b.html))).toEqual([
      'Plants make food by  in their leaves',
      ' needs light;  absorbs it',
    ]);
    expect(view.blanks[0]!.html).toMatch(/<span class="blank" style="width: \d+ch"><\/span>/);
  });

  it('never blanks a term the page must print anyway, such as one named in a question', () => {
    expect(worksheetSecrets(lecture).terms).toEqual(['photosynthesis', 'chlorophyll']);
  });

  it('hides short answers wherever they appear', () => {
    const view = worksheetView(inputs, false);
    // Each question hides the other questions' answers ("water", "the roots"), never its own text otherwise.
    expect(view.questions.map((q) => text(q.question))).toEqual(['What carries  in a plant? Not the xylem.', 'What do  take up?']);
    expect(JSON.stringify(view)).not.toMatch(/photosynthesis|chlorophyll/i);
  });

  it('fills every blank in the answers version, visibly marked', () => {
    const view = worksheetView(inputs, true);
    expect(view.blanks[0]!.html).toContain('<span class="blank filled">photosynthesis</span>');
    expect(view.blanks[1]!.html).toContain('<span class="blank filled">Photosynthesis</span>');
    expect(view.questions[0]).toMatchObject({ answer: 'the roots' });
  });
});
