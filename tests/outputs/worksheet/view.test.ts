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
      'The  carries ',
    ]);
    expect(view.blanks[0]!.html).toMatch(/<span class="blank" style="width: \d+ch"><\/span>/);
  });

  it('makes a blank of a term the page prints anyway (here, in a question), and says so', () => {
    expect(worksheetSecrets(lecture).terms).toEqual(['photosynthesis', 'chlorophyll', 'xylem']);
    expect(worksheetView(inputs, false).notices).toEqual(['"xylem" is printed in short-answer question 1 too, where students can read it']);
    expect(worksheetView(inputs, true).notices).toEqual(expect.any(Array));
  });

  it('hides short answers wherever they appear', () => {
    const view = worksheetView(inputs, false);
    // Each question hides the other questions' answers ("water", "the roots"), never its own text otherwise.
    expect(view.questions.map((q) => text(q.question))).toEqual(['What carries  in a plant? Not the xylem.', 'What do  take up?']);
    expect(JSON.stringify(view.blanks)).not.toMatch(/photosynthesis|chlorophyll|xylem/i);
  });

  it('fills every blank in the answers version, visibly marked', () => {
    const view = worksheetView(inputs, true);
    expect(view.blanks[0]!.html).toContain('<span class="blank filled">photosynthesis</span>');
    expect(view.blanks[1]!.html).toContain('<span class="blank filled">Photosynthesis</span>');
    expect(view.questions[0]).toMatchObject({ answer: 'the roots' });
  });

  it('keeps every marked sentence, though its term is the title, and takes table and image captions', () => {
    const photosynthesis = parseLecture(
      [
        'title: Photosynthesis',
        'course: Biology · Photosynthesis and respiration',
        'footer: Photosynthesis unit',
        'sections:',
        '  - title: S',
        '    slides:',
        '      - title: A',
        '        bullets:',
        ...[1, 2, 3, 4, 5].map((n) => `          - "[[Photosynthesis]] fact number ${n}"`),
        '      - title: T',
        '        layout: table',
        '        table: { header: [Gas, Role], rows: [[CO2, taken in]] }',
        '        caption: "[[Stomata]] let the gases in and out"',
        'questions:',
        '  - question: Where does photosynthesis happen?',
        '    answer: in the leaves',
      ].join('\n'),
      'photosynthesis.yaml',
    );
    const view = worksheetView({ ...inputs, lecture: photosynthesis }, false);
    expect(view.blanks.map((b) => text(b.html))).toEqual([1, 2, 3, 4, 5].map((n) => ` fact number ${n}`).concat([' let the gases in and out']));
    expect(view.notices).toEqual(['"Photosynthesis" is printed in the title too, where students can read it']);
  });

  it('says which sentences it leaves out, and why', () => {
    const repeated = parseLecture(
      ['title: T', 'sections:', '  - title: S', '    slides:', '      - title: A', '        bullets:', '          - "[[Xylem]] carries water"', '          - "[[Phloem]]"', 'takeaways:', '  - "[[Xylem]] carries water"'].join('\n'),
      'repeated.yaml',
    );
    const view = worksheetView({ ...inputs, lecture: repeated }, false);
    expect(view.blanks).toHaveLength(1);
    expect(view.notices).toEqual([
      'left out "Phloem": it is its key term alone, with nothing around the blank',
      'left out "Xylem carries water": the same sentence is on the worksheet already',
    ]);
  });

  it('finds key terms whole in any script: a Devanagari term is not blanked inside a longer word', () => {
    const hindi = parseLecture(
      ['title: जल', 'sections:', '  - title: S', '    slides:', '      - title: A', '        bullets:', '          - "[[वाष्प]] ठंडी होकर बादल बनती है, और वाष्पीकरण से वाष्प बनती है"'].join('\n'),
      'hindi.yaml',
    );
    const view = worksheetView({ ...inputs, lecture: hindi }, false);
    expect(view.empty).toBe(false);
    expect(text(view.blanks[0]!.html)).toBe(' ठंडी होकर बादल बनती है, और वाष्पीकरण से  बनती है');
  });

  it('takes every text a slide shows: a table row, a column heading, an objective', () => {
    const wide = parseLecture(
      [
        'title: Water',
        'objectives: ["Name where [[groundwater]] is found"]',
        'sections:',
        '  - title: S',
        '    slides:',
        '      - title: A',
        '        layout: table',
        '        table: { header: [Store, Share], rows: [["[[Glaciers]] and ice caps", 2%]] }',
        '      - title: B',
        '        layout: compare',
        '        columns:',
        '          - { heading: "[[Evaporation]] at sea", bullets: [warm water] }',
        '          - { heading: Rain, bullets: [cold air] }',
      ].join('\n'),
      'wide.yaml',
    );
    const view = worksheetView({ ...inputs, lecture: wide }, false);
    expect(view.blanks.map((b) => text(b.html))).toEqual(['Name where  is found', ' and ice caps — 2%', ' at sea']);
    expect(view.notices).toEqual([]);
  });
});
