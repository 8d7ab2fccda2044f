/**
 * `lectern import` of a Word document and a PowerPoint deck made with real libraries: every
 * piece of their text is in the lecture, their structure is (sections, slides, sub-points,
 * the table, the picture copied with its alt text as the lecture's alt, the notes), the running header
 * pasted three times is dropped and reported, and the draft validates and builds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin } from '../../helpers/spawned-build.js';
import { loadLecture } from '../../../src/load/load-lecture.js';
import { ALT, makeDocx, makePptx, NOISE, TABLE } from '../../helpers/office-notes.js';
import { pdfFigures } from '../../helpers/pdf.js';

const lectern = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

interface Slide {
  title: string;
  layout?: string;
  bullets?: unknown[];
  table?: { header: string[]; rows: string[][] };
  image?: string;
  caption?: string;
  alt?: string;
  notes?: string;
}
interface Lecture {
  title: string;
  footer?: string;
  sections: { title: string; slides: Slide[] }[];
}

/** Every string in the lecture, escapes undone, on one line (keys too: a point with sub-points is one). */
function allText(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\\([\\`*_[\]$])/g, '$1');
  if (Array.isArray(value)) return value.map(allText).join(' ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${allText(k)} ${allText(v)}`).join(' ');
  return String(value ?? '');
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function importInto(work: string, notes: string) {
  const run = lectern(work, 'import', notes, '-o', 'content/imported.yaml');
  expect(run.stderr).toBe('');
  const yaml = readFileSync(path.join(work, 'content/imported.yaml'), 'utf8');
  return { run, yaml, lecture: parse(yaml) as Lecture };
}

const slides = (lecture: Lecture) => lecture.sections.flatMap((s) => s.slides);

/** Validates, builds the PDF deck, and gives its text. */
function builtDeck(work: string): string {
  const validated = lectern(work, 'validate', 'content/imported.yaml');
  expect(validated.status, validated.stdout + validated.stderr).toBe(0);
  const built = lectern(work, 'build', 'content/imported.yaml', '--only', 'deck-pdf');
  expect(built.status, built.stdout + built.stderr).toBe(0);
  return squash(spawnSync('pdftotext', [path.join(work, 'output/imported/deck.pdf'), '-'], { encoding: 'utf8' }).stdout);
}

/** The alt text of the pictures of that deck.pdf, as a screen reader finds them. */
const deckAlts = async (work: string) => (await pdfFigures(path.join(work, 'output/imported/deck.pdf'))).map((f) => f.alt);

describe('lectern import of Word and PowerPoint files', () => {
  it('reads a .docx: headings as title, sections and slides, nested bullets, the table, the pictures, bold as key terms; drops the pasted header', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-import-docx-'));
    const docx = path.join(work, 'photosynthesis.docx');
    const texts = await makeDocx(docx);
    const { run, yaml, lecture } = importInto(work, docx);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`left out: "${NOISE}" (3 times): the same line 3 times: a running header or footer`);

    // Nothing is lost, the noise is gone, and text Markdown would read is kept as typed.
    const text = squash(allText(lecture));
    expect(texts.filter((t) => !text.includes(t))).toEqual([]);
    expect(text).not.toContain(NOISE);
    expect(yaml).toContain('chlorophyll\\_a and chlorophyll\\_b \\[see \\*Figure 1\\*\\]');

    // The single Heading 1 is the title, Heading 2s the sections, Heading 3s the slides.
    expect(lecture.title).toBe('Photosynthesis');
    expect(lecture.sections.map((s) => s.title)).toEqual(['What plants need', 'What plants make']);
    expect(lecture.sections[0]!.slides.map((s) => s.title)).toEqual(['The ingredients', 'Where it happens', 'Where it happens', 'Inputs and outputs']);
    const ingredients = lecture.sections[0]!.slides[0]!;
    expect(ingredients.bullets).toEqual([
      'Plants take in carbon dioxide through their leaves.',
      { 'Roots draw up water from the soil.': ['Water travels up the stem in the xylem.', 'It reaches every leaf.'] },
      'Sunlight gives the energy.',
    ]);

    // The table: a slide of its own titled after its heading, the first row its header.
    const table = slides(lecture).find((s) => s.layout === 'table')!;
    expect(table.title).toBe('Inputs and outputs');
    expect(table.table).toEqual({ header: TABLE[0], rows: TABLE.slice(1) });

    // Pictures: copied beside the lecture, named after it; the alt text kept as alt (not a caption, which everyone sees), a check where there is none.
    const images = slides(lecture).filter((s) => s.layout === 'image');
    expect(images.map((s) => [s.title, s.image, s.alt, s.caption])).toEqual([
      ['Where it happens', 'imported-picture-1.png', ALT, undefined],
      ['Glucose and oxygen', 'imported-picture-2.png', undefined, undefined],
    ]);
    const copied = readFileSync(path.join(work, 'content/imported-picture-1.png'));
    expect(copied.subarray(1, 4).toString()).toBe('PNG');
    expect(copied).toEqual(readFileSync('tests/fixtures/all-layouts/water-cycle.png'));
    expect(yaml).toMatch(/# check: imported-picture-2\.png has no alt text in the source: write alt: "…"/);
    expect(run.stdout).toContain('2 pictures');

    // Bold phrases are offered as key terms, the text itself stays plain.
    expect(yaml).toContain('# suggestion: mark as [[key terms]] (they were bold): carbon dioxide, chloroplasts, Glucose');
    expect(yaml).not.toContain('**');

    const deck = builtDeck(work);
    for (const line of ['Photosynthesis', 'What plants need', 'Water travels up the stem in the xylem.', 'Made in the leaf']) expect(deck, line).toContain(line);
    // The source's alt text describes the picture in the deck.
    expect(await deckAlts(work)).toContain(ALT);
  }, 120_000);

  it('reads a .pptx: its sections, slide titles, bullet levels, notes, the table and the picture; drops the repeated text box', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-import-pptx-'));
    const pptx = path.join(work, 'photosynthesis.pptx');
    const texts = await makePptx(pptx, path.join(work, 'leaf.png'));
    const { run, yaml, lecture } = importInto(work, pptx);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`left out: "${NOISE}" (3 times): the same line 3 times: a running header or footer`);
    // The title slide's section held nothing else: it is reported, not an empty section.
    expect(run.stdout).toContain('✓ content/imported.yaml: 2 sections, 4 slides, 1 picture\n');
    expect(run.stdout).toContain('left out: "Introduction" (once): a PowerPoint section with nothing but a title slide');

    const text = squash(allText(lecture));
    expect(texts.filter((t) => !text.includes(t))).toEqual([]);
    expect(text).not.toContain(NOISE);

    // The title slide's title is the lecture's; PowerPoint's sections are its sections, in order.
    expect(lecture.title).toBe('Photosynthesis');
    expect(lecture.sections.map((s) => [s.title, s.slides.map((slide) => slide.title)])).toEqual([
      ['What plants need', ['The ingredients', 'Where it happens']],
      ['What plants make', ['Inputs and outputs', 'Glucose and oxygen']],
    ]);
    const [ingredients, where] = lecture.sections[0]!.slides;
    // Indented paragraphs (a:pPr lvl="1") are sub-points of the point before them.
    expect(ingredients!.bullets).toEqual([
      'Plants take in carbon dioxide through their leaves.',
      { 'Roots draw up water from the soil.': ['Water travels up the stem in the xylem.', 'It reaches every leaf.'] },
      'Sunlight gives the energy.',
    ]);
    expect(ingredients!.notes).toBe('Ask what a plant would do in the dark.');
    expect(where).toMatchObject({ layout: 'image', image: 'imported-picture-1.png', alt: ALT, notes: 'Point at the chloroplasts.' });
    expect(readFileSync(path.join(work, 'content/imported-picture-1.png'))).toEqual(readFileSync(path.join(work, 'leaf.png')));
    expect(readdirSync(path.join(work, 'content')).filter((f) => f.includes('picture'))).toEqual(['imported-picture-1.png']);

    const table = lecture.sections[1]!.slides[0]!;
    expect(table.layout).toBe('table');
    expect(table.table).toEqual({ header: TABLE[0], rows: TABLE.slice(1) });
    expect(lecture.sections[1]!.slides[1]!.notes).toBe('Oxygen is what we breathe.');
    expect(yaml).toMatch(/# check: the first row of the table became its header/);

    const deck = builtDeck(work);
    for (const line of ['Photosynthesis', 'What plants make', 'Water travels up the stem in the xylem.', 'Made in the leaf']) expect(deck, line).toContain(line);
    expect(await deckAlts(work)).toContain(ALT);
  }, 120_000);

  it("imports Lectern's own deck.pptx back: its sections, every layout's text, the picture and the notes", () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-import-own-'));
    const built = lectern(process.cwd(), 'build', 'tests/fixtures/all-layouts/water-cycle.yaml', '--only', 'deck-pptx', '-o', path.join(work, 'out'));
    expect(built.status, built.stderr).toBe(0);
    const { run, lecture } = importInto(work, path.join(work, 'out/water-cycle/deck.pptx'));
    expect(run.status).toBe(0);
    expect(lecture.title).toBe('The Water Cycle');
    // Lectern puts the footer on the slide layouts, outside any placeholder.
    expect(lecture.footer).toBe('Earth Science · Year 8');
    expect(lecture.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Stages', 'In the world']));
    const all = slides(lecture);
    expect(all.find((s) => s.title === 'The four stages')?.notes).toBe('Ask who has seen fog form over a lake.');
    expect(all.find((s) => s.layout === 'table')?.table).toEqual({ header: ['Store', 'Share'], rows: [['Oceans', '97%'], ['Ice', '2%'], ['Groundwater', '0.6%']] });
    // The picture's description is the lecture's alt text; its caption, a text box under it, comes back as the text after it.
    const picture = all.findIndex((s) => s.layout === 'image');
    expect(all[picture]).toMatchObject({ title: 'The cycle at a glance', alt: loadLecture('tests/fixtures/all-layouts/water-cycle.yaml').sections.flatMap((s) => s.slides).find((s) => s.image)!.alt });
    expect(all[picture + 1]).toMatchObject({ title: 'The cycle at a glance', bullets: ['The water cycle, from sea to sky and back'] });
    const text = squash(allText(lecture));
    for (const fact of ['Bernard Palissy describes the cycle', 'releases heat', 'Water is the driving force of all nature.', '1,386 million km³']) expect(text).toContain(fact);
    expect(lectern(work, 'validate', 'content/imported.yaml').status).toBe(0);
  }, 120_000);
});
