/**
 * A teacher's Word document and PowerPoint deck, made with the libraries a real file would
 * come from (docx, pptxgenjs): headings, nested bullets, bold key terms, a table, a picture
 * with alt text and one without, speaker notes, sections, and a running header pasted three
 * times. Each comes with every piece of text it holds, for "nothing is lost" checks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type PptxGenJS from 'pptxgenjs';

export const NOISE = 'Year 9 Biology — Light and life';
const PICTURE = readFileSync(path.resolve('tests/fixtures/all-layouts/water-cycle.png'));
export const ALT = 'A leaf under a microscope, its chloroplasts green';
export const TABLE = [
  ['Substance', 'Role', 'Where from'],
  ['Water', 'Input', 'The soil'],
  ['Carbon dioxide', 'Input', 'The air'],
  ['Glucose', 'Output', 'Made in the leaf'],
];

const picture = (alt?: string) =>
  new ImageRun({ type: 'png', data: PICTURE, transformation: { width: 200, height: 120 }, ...(alt && { altText: { name: 'leaf', title: '', description: alt } }) });

/** A Word document, and every piece of text in it (the noise line left out). */
export async function makeDocx(file: string): Promise<string[]> {
  const heading = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading });
  const para = (text: string) => new Paragraph({ text });
  const bullet = (text: string, level: number) => new Paragraph({ text, bullet: { level } });
  const children = [
    heading('Photosynthesis', HeadingLevel.HEADING_1),
    para(NOISE),
    heading('What plants need', HeadingLevel.HEADING_2),
    heading('The ingredients', HeadingLevel.HEADING_3),
    new Paragraph({ children: [new TextRun('Plants take in '), new TextRun({ text: 'carbon dioxide', bold: true }), new TextRun(' through their leaves.')] }),
    bullet('Roots draw up water from the soil.', 0),
    bullet('Water travels up the stem in the xylem.', 1),
    bullet('It reaches every leaf.', 1),
    bullet('Sunlight gives the energy.', 0),
    heading('Where it happens', HeadingLevel.HEADING_3),
    new Paragraph({ children: [new TextRun('Leaves hold '), new TextRun({ text: 'chloroplasts', bold: true }), new TextRun(', which contain chlorophyll_a and chlorophyll_b [see *Figure 1*].')] }),
    new Paragraph({ children: [picture(ALT)] }),
    para(NOISE),
    heading('Inputs and outputs', HeadingLevel.HEADING_3),
    new Table({ rows: TABLE.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [para(cell)] })) })) }),
    heading('What plants make', HeadingLevel.HEADING_2),
    heading('Glucose and oxygen', HeadingLevel.HEADING_3),
    new Paragraph({ children: [new TextRun({ text: 'Glucose', bold: true }), new TextRun(' stores the energy as food.')] }),
    para('Oxygen leaves through the stomata.'),
    new Paragraph({ children: [picture()] }),
    para(NOISE),
  ];
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return [
    'Photosynthesis', 'What plants need', 'The ingredients', 'Plants take in carbon dioxide through their leaves.',
    'Roots draw up water from the soil.', 'Water travels up the stem in the xylem.', 'It reaches every leaf.', 'Sunlight gives the energy.',
    'Where it happens', 'Leaves hold chloroplasts, which contain chlorophyll_a and chlorophyll_b [see *Figure 1*].', ALT,
    'Inputs and outputs', ...TABLE.flat(), 'What plants make', 'Glucose and oxygen', 'Glucose stores the energy as food.', 'Oxygen leaves through the stomata.',
  ];
}

/** A PowerPoint deck with two sections, and every piece of text in it (the noise line left out). */
export async function makePptx(file: string, picturePath: string): Promise<string[]> {
  writeFileSync(picturePath, PICTURE);
  // pptxgenjs ships CommonJS typings; its constructor is the default export at run time.
  const Pptx = (await import('pptxgenjs')).default as unknown as typeof PptxGenJS.default;
  const pptx = new Pptx();
  pptx.defineSlideMaster({
    title: 'LECTURE',
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 0.8 }, text: '' } },
      { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.3, w: 9, h: 4 }, text: '' } },
    ],
  });
  const header = (slide: PptxGenJS.default.Slide) => slide.addText(NOISE, { x: 0.5, y: 5.2, w: 9, h: 0.3, fontSize: 10 });
  pptx.addSection({ title: 'Introduction' });
  pptx.addSection({ title: 'What plants need' });
  pptx.addSection({ title: 'What plants make' });

  // The title slide: the lecture's title, alone in its section.
  pptx.addSlide({ masterName: 'LECTURE', sectionTitle: 'Introduction' }).addText('Photosynthesis', { placeholder: 'title' });

  const ingredients = pptx.addSlide({ masterName: 'LECTURE', sectionTitle: 'What plants need' });
  ingredients.addText('The ingredients', { placeholder: 'title' });
  ingredients.addText(
    [
      { text: 'Plants take in carbon dioxide through their leaves.', options: { bullet: true, breakLine: true } },
      { text: 'Roots draw up water from the soil.', options: { bullet: true, breakLine: true } },
      { text: 'Water travels up the stem in the xylem.', options: { bullet: true, indentLevel: 1, breakLine: true } },
      { text: 'It reaches every leaf.', options: { bullet: true, indentLevel: 1, breakLine: true } },
      { text: 'Sunlight gives the energy.', options: { bullet: true } },
    ],
    { placeholder: 'body' },
  );
  ingredients.addNotes('Ask what a plant would do in the dark.');
  header(ingredients);

  const where = pptx.addSlide({ masterName: 'LECTURE', sectionTitle: 'What plants need' });
  where.addText('Where it happens', { placeholder: 'title' });
  where.addImage({ path: picturePath, x: 2, y: 1.3, w: 5, h: 3, altText: ALT });
  where.addNotes('Point at the chloroplasts.');
  header(where);

  const table = pptx.addSlide({ masterName: 'LECTURE', sectionTitle: 'What plants make' });
  table.addText('Inputs and outputs', { placeholder: 'title' });
  table.addTable(TABLE.map((row) => row.map((text) => ({ text }))), { x: 0.5, y: 1.3, w: 9 });
  header(table);

  const make = pptx.addSlide({ masterName: 'LECTURE', sectionTitle: 'What plants make' });
  make.addText('Glucose and oxygen', { placeholder: 'title' });
  make.addText('Glucose stores the energy as food. Oxygen leaves through the stomata.', { placeholder: 'body' });
  make.addNotes('Oxygen is what we breathe.');

  writeFileSync(file, (await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  return [
    'Photosynthesis', 'The ingredients', 'Plants take in carbon dioxide through their leaves.', 'Roots draw up water from the soil.', 'Water travels up the stem in the xylem.',
    'It reaches every leaf.', 'Sunlight gives the energy.', 'Ask what a plant would do in the dark.', 'Where it happens', ALT, 'Point at the chloroplasts.',
    'Inputs and outputs', ...TABLE.flat(), 'Glucose and oxygen', 'Glucose stores the energy as food.', 'Oxygen leaves through the stomata.', 'Oxygen is what we breathe.',
  ];
}
