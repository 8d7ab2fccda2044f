/**
 * The PowerPoint reader on a deck without sections: one section named after its title, the
 * title slide read as the title, a slide without a title named and marked, a logo on every
 * slide left out and reported, a chart named in a check rather than silently lost.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { importNotes } from '../../src/import/import-notes.js';
import { writeDraft } from '../../src/import/write-draft.js';
import { DECORATIVE_PICTURE, markDecorative } from '../../src/make/pptx/tidy-package.js';
import JSZip from 'jszip';

describe('readPptx', () => {
  it('reads a deck without sections as one section named after its title; logos left out, charts and untitled slides marked', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-read-pptx-'));
    const logo = path.join(dir, 'logo.png');
    writeFileSync(logo, readFileSync('tests/fixtures/all-layouts/water-cycle.png'));
    const Pptx = (await import('pptxgenjs')).default as unknown as typeof PptxGenJS.default;
    const pptx = new Pptx();
    pptx.defineSlideMaster({ title: 'PLAIN', objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 0.8 }, text: '' } }] });
    const slide = (title?: string) => {
      const s = pptx.addSlide({ masterName: 'PLAIN' });
      if (title) s.addText(title, { placeholder: 'title' });
      s.addImage({ path: logo, x: 9, y: 5, w: 0.5, h: 0.3, altText: 'School crest' });
      return s;
    };
    slide('Electricity');
    slide('Circuits').addText('A circuit needs a source of energy.', { x: 0.5, y: 1.3, w: 9, h: 1 });
    slide().addText('Current is measured in amps.', { x: 0.5, y: 1.3, w: 9, h: 1 });
    slide('Results').addChart(pptx.ChartType.bar, [{ name: 'Current', labels: ['A', 'B'], values: [1, 2] }], { x: 0.5, y: 1.3, w: 6, h: 3 });
    const file = path.join(dir, 'electricity.pptx');
    writeFileSync(file, (await pptx.write({ outputType: 'nodebuffer' })) as Buffer);

    const { draft, pictures } = await importNotes(file, path.join(dir, 'electricity.yaml'));
    expect(draft.title).toBe('Electricity');
    expect(draft.sections.map((s) => s.title)).toEqual(['Electricity']);
    expect(draft.sections[0]!.checks).toEqual(['the presentation has no sections: its slides are one section, named after its title']);
    // The title slide says only the title: it is not a slide of the draft.
    const slides = draft.sections[0]!.slides;
    expect(slides.map((s) => s.title)).toEqual(['Circuits', 'Slide 3', 'Results']);
    expect(slides[1]!.checks).toContain('slide 3 has no title: write one');
    expect(slides[1]!.points).toEqual([{ text: 'Current is measured in amps.', children: [] }]);
    expect(slides[2]!.checks).toEqual(expect.arrayContaining([expect.stringMatching(/^slide 4 also has a chart or diagram \(.+\), not imported: copy what it shows by hand$/)]));
    // The crest on every slide is a logo: left out, reported, not copied.
    expect(pictures).toEqual([]);
    expect(draft.dropped).toEqual([{ text: 'the picture "School crest"', times: 4, reason: 'on 4 slides: a logo or a background' }]);
  });

  it('keeps a text box under a picture that repeats its alt text as the caption everyone sees, and the alt text as its alt', async () => {
    const { file, dir } = await deckWithPicture('leaves', 'Where it happens', (slide, picture) => {
      slide.addImage({ path: picture, x: 2, y: 1.3, w: 5, h: 3, altText: 'Chloroplasts in a leaf cell' });
      // The words printed under the picture on the slide, as teachers often write them.
      slide.addText('Chloroplasts in a leaf cell', { x: 2, y: 4.4, w: 5, h: 0.5 });
    });
    const { draft } = await importNotes(file, path.join(dir, 'leaves.yaml'));
    const slide = draft.sections[0]!.slides.find((s) => s.title === 'Where it happens')!;
    expect(slide.image).toMatchObject({ alt: 'Chloroplasts in a leaf cell', caption: 'Chloroplasts in a leaf cell' });
    const yaml = writeDraft(draft, { schema: 'lecture.schema.json', from: 'leaves.pptx' });
    expect(yaml).toMatch(/image: leaves-picture-1\.png\n\s+caption: Chloroplasts in a leaf cell\n\s+alt: Chloroplasts in a leaf cell\n/);
  });

  it('reads a picture PowerPoint marks decorative as alt: "", not as one without alt text', async () => {
    const { file, dir } = await deckWithPicture(
      'flourish',
      'A flourish',
      (slide, picture) => slide.addImage({ path: picture, x: 2, y: 1.3, w: 5, h: 3, altText: '', objectName: DECORATIVE_PICTURE }),
      // "Mark as decorative", as PowerPoint (and Lectern's deck.pptx) writes it.
      markDecorative,
    );
    const { draft } = await importNotes(file, path.join(dir, 'flourish.yaml'));
    const imported = draft.sections[0]!.slides.find((s) => s.title === 'A flourish')!;
    expect(imported.image).toMatchObject({ alt: '' });
    expect(imported.checks.join('\n')).not.toMatch(/no alt text/);
    expect(writeDraft(draft, { schema: 'lecture.schema.json', from: 'flourish.pptx' })).toMatch(/image: flourish-picture-1\.png\n\s+alt: ""\n/);
  });
});

/** A deck `name`.pptx of a title slide and one slide titled `title` that `fill` puts a picture on; `mend` rewrites that slide's XML. */
async function deckWithPicture(name: string, title: string, fill: (slide: PptxGenJS.default.Slide, picture: string) => void, mend: (xml: string) => string = (xml) => xml) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-read-pptx-'));
  const picture = path.join(dir, 'picture.png');
  writeFileSync(picture, readFileSync('tests/fixtures/all-layouts/water-cycle.png'));
  const Pptx = (await import('pptxgenjs')).default as unknown as typeof PptxGenJS.default;
  const pptx = new Pptx();
  pptx.defineSlideMaster({ title: 'PLAIN', objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 0.8 }, text: '' } }] });
  pptx.addSlide({ masterName: 'PLAIN' }).addText('Leaves', { placeholder: 'title' });
  const slide = pptx.addSlide({ masterName: 'PLAIN' });
  slide.addText(title, { placeholder: 'title' });
  fill(slide, picture);
  const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  const part = 'ppt/slides/slide2.xml';
  zip.file(part, mend(await zip.file(part)!.async('string')));
  const file = path.join(dir, `${name}.pptx`);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return { file, dir };
}
