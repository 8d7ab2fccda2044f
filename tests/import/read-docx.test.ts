/**
 * The Word reader on what a teacher's document may hold beyond the basics: a "Title"
 * paragraph above several Heading 1s, text before the first heading, a heading deeper than a
 * slide's, a heading with nothing under it, a link, a footnote, a merged table cell; and
 * pictures named so that they never meet a file already beside the lecture.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importNotes } from '../../src/import/import-notes.js';
import type { DraftPoint } from '../../src/import/draft.js';

const pointTexts = (points: DraftPoint[]): string[] => points.flatMap((p) => [p.text, ...pointTexts(p.children)]);

async function docxFile(children: (Paragraph | Table)[], footnotes?: Record<number, { children: Paragraph[] }>): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-read-docx-'));
  const file = path.join(dir, 'notes.docx');
  writeFileSync(file, await Packer.toBuffer(new Document({ ...(footnotes && { footnotes }), sections: [{ children }] })));
  return file;
}

describe('readDocx', () => {
  it('takes the Title paragraph as the title and several Heading 1s as sections; text before them gets a section of its own', async () => {
    const file = await docxFile([
      new Paragraph({ text: 'Forces and motion', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Read this before the lesson.' }),
      new Paragraph({ text: 'Forces', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Balanced forces', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Nothing changes when forces balance.' }),
      new Paragraph({ text: '•\tThe object stays still or keeps moving.' }),
      new Paragraph({ text: 'Tug of war', heading: HeadingLevel.HEADING_3 }),
      new Paragraph({ text: 'Both teams pull equally hard.' }),
      new Paragraph({ text: 'Motion', heading: HeadingLevel.HEADING_1 }),
    ]);
    const { draft } = await importNotes(file, path.join(path.dirname(file), 'forces.yaml'));
    expect(draft.title).toBe('Forces and motion');
    expect(draft.checks).toEqual([]);
    expect(draft.sections.map((s) => [s.title, s.slides.map((slide) => slide.title)])).toEqual([
      ['Forces and motion', ['Forces and motion']],
      ['Forces', ['Balanced forces', 'Tug of war']],
      ['Motion', ['Motion']],
    ]);
    expect(draft.sections[0]!.checks[0]).toMatch(/a section named after the lecture/);
    expect(draft.sections[1]!.slides[0]!.points.map((p) => p.text)).toEqual(['Nothing changes when forces balance.', 'The object stays still or keeps moving.']);
    // A Heading 3 under Heading 2 slides is a slide too, marked; an empty heading keeps its words as a point, marked.
    expect(draft.sections[1]!.slides[1]!.checks).toEqual(['a Heading 3 in the document: a slide of its own here']);
    expect(draft.sections[2]!.slides[0]).toMatchObject({ points: [{ text: 'Motion', children: [] }], checks: [expect.stringMatching(/no text under its heading/)] });
  });

  it("keeps a link's address and a footnote's text, drops Word's back-link, and pads a merged cell's row", async () => {
    const file = await docxFile(
      [
        new Paragraph({ text: 'Sources', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('Read the '), new ExternalHyperlink({ link: 'https://www.bbc.co.uk/bitesize', children: [new TextRun('Bitesize page')] }), new TextRun(' tonight.'), new FootnoteReferenceRun(1)] }),
        new Table({
          rows: [
            new TableRow({ children: ['Force', 'Unit', 'Symbol'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
            new TableRow({ children: [new TableCell({ children: [new Paragraph('Weight')] }), new TableCell({ columnSpan: 2, children: [new Paragraph('newton, N')] })] }),
          ],
        }),
      ],
      { 1: { children: [new Paragraph('From the exam board’s specification.')] } },
    );
    const { draft } = await importNotes(file, path.join(path.dirname(file), 'sources.yaml'));
    const slides = draft.sections.flatMap((s) => s.slides);
    const points = slides.flatMap((s) => pointTexts(s.points));
    expect(points[0]).toBe('Read the Bitesize page (https://www.bbc.co.uk/bitesize) tonight.\\[1\\]');
    expect(points).toContain('From the exam board’s specification.');
    expect(points.join(' ')).not.toContain('↑');
    expect(slides.find((s) => s.layout === 'table')!.table).toEqual({ header: ['Force', 'Unit', 'Symbol'], rows: [['Weight', 'newton, N', '']] });
  });

  it('says a file that is not a Word document is not one, in words, not with a stack', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-read-docx-'));
    const file = path.join(dir, 'old.docx');
    writeFileSync(file, 'a .doc file renamed');
    await expect(importNotes(file, path.join(dir, 'old.yaml'))).rejects.toThrow(/old\.docx is not a Word document Lectern can open \(.+\): open it in Word or LibreOffice and save it as \.docx/);
  });

  it('names pictures after the lecture, skipping a name a file beside it already has', async () => {
    const png = readFileSync('tests/fixtures/all-layouts/water-cycle.png');
    const file = await docxFile([
      new Paragraph({ text: 'Diagrams', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 60 }, altText: { name: 'a', title: '', description: 'First diagram' } })] }),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 60 }, altText: { name: 'b', title: '', description: 'Second diagram' } })] }),
    ]);
    const dir = path.dirname(file);
    writeFileSync(path.join(dir, 'cells-picture-1.png'), 'a picture the teacher already has');
    const { draft, pictures } = await importNotes(file, path.join(dir, 'cells.yaml'));
    expect(pictures.map((p) => p.name)).toEqual(['cells-picture-2.png', 'cells-picture-3.png']);
    expect(draft.sections[0]!.slides.map((s) => s.image)).toEqual([
      { file: 'cells-picture-2.png', alt: 'First diagram' },
      { file: 'cells-picture-3.png', alt: 'Second diagram' },
    ]);
  });
});
