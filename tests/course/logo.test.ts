/** A school's logo, given once in a course.yaml: on every slide, large on the title slide, and at the top of every handout page. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFigures, readPdf } from '../helpers/pdf.js';
import { all, doc, openPackage } from '../helpers/pptx-package.js';
import { runLectern } from '../helpers/run-main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-logo-'));
const content = path.join(work, 'content');
const out = path.join(work, 'out', 'biology', 'cells');

beforeAll(async () => {
  cpSync(path.join(__dirname, '../fixtures/logo'), content, { recursive: true });
  const run = await runLectern(['build', content, '--out', path.join(work, 'out'), '--only', 'deck-pdf,deck-pptx,quiz,speaker-notes']);
  expect(run.code, run.err).toBe(0);
});

describe("a course's logo", () => {
  it('is on every slide, far larger on the title slide', async () => {
    const deck = await readPdf(path.join(out, 'deck.pdf'));
    // The logo is an SVG whose text, "OAKWOOD", the PDF keeps as text.
    const logos = deck.pages.map((p) => p.items.find((i) => i.str === 'OAKWOOD'));
    expect(logos.every(Boolean)).toBe(true);
    expect(logos[0]!.width).toBeGreaterThan(2 * logos[2]!.width);
    // In the top right corner.
    for (const [i, logo] of logos.entries()) {
      expect(logo!.x, `slide ${i + 1}`).toBeGreaterThan(deck.pages[i]!.width / 2);
      expect(logo!.y, `slide ${i + 1}`).toBeGreaterThan(deck.pages[i]!.height * 0.6);
    }
  });

  it('is at the top of every handout page', async () => {
    for (const name of ['quiz', 'speaker-notes']) {
      const pdf = await readPdf(path.join(out, `${name}.pdf`));
      for (const page of pdf.pages) {
        const header = page.items.filter((i) => i.str === 'OAKWOOD' && i.y > page.height - 60);
        expect(header, name).toHaveLength(1);
      }
    }
  });

  it('is decorative: no figure in deck.pdf, marked decorative in deck.pptx, so a screen reader does not say "logo" on every slide', async () => {
    expect(await pdfFigures(path.join(out, 'deck.pdf'))).toEqual([]);
    // The speaker notes' figures are the slides (their alt text their words), never the logo.
    expect((await pdfFigures(path.join(out, 'speaker-notes.pdf'))).filter((f) => !f.alt || /logo/i.test(f.alt))).toEqual([]);
    const pkg = await openPackage(path.join(out, 'deck.pptx'));
    // pptxgenjs writes each of Lectern's masters as a slide layout.
    const masters = [...pkg.xml.keys()].filter((part) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(part));
    let logos = 0;
    for (const master of masters) {
      // Every picture of a layout is the logo: each with no description, and marked decorative.
      const pictures = all(doc(pkg, master), 'http://schemas.openxmlformats.org/presentationml/2006/main', 'pic');
      const decorative = all(doc(pkg, master), 'http://schemas.microsoft.com/office/drawing/2017/decorative', 'decorative');
      expect(pictures.map((p) => all(p, 'http://schemas.openxmlformats.org/presentationml/2006/main', 'cNvPr')[0]!.getAttribute('descr')), master).toEqual(pictures.map(() => ''));
      expect(decorative.map((d) => d.getAttribute('val')), master).toEqual(pictures.map(() => '1'));
      logos += pictures.length;
    }
    expect(logos, 'the logo on the slide masters').toBeGreaterThan(0);
  });

  it('is a mistake told at its line in course.yaml when the file is not there', async () => {
    writeFileSync(path.join(content, 'course.yaml'), 'course: Biology, Year 10\nlogo: crest.png\n');
    const run = await runLectern(['validate', content]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${path.join(content, 'course.yaml')}:2:7  logo "crest.png" not found`);
  });
});
