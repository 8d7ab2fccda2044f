/**
 * The draft builder keeps what it is given in a draft that validates: a picture a slide cannot
 * show is still named, a table of one row is its cells, an empty heading keeps its words.
 */
import { describe, expect, it } from 'vitest';
import { DraftBuilder } from '../../src/import/draft-builder.js';

describe('DraftBuilder', () => {
  it('names a picture slides cannot show in a point, with a check that says how to show it', () => {
    const builder = new DraftBuilder('Cells');
    builder.startSlide('A diagram');
    builder.picture({ file: 'cells-picture-1.emf', alt: 'A plant cell' });
    const [slide] = builder.finish().sections[0]!.slides;
    expect(slide!.layout).toBeUndefined();
    expect(slide!.points).toEqual([{ text: 'Picture: cells-picture-1.emf (A plant cell)', children: [] }]);
    expect(slide!.checks).toEqual(['cells-picture-1.emf is a .emf picture, which slides cannot show: save it as a .png or .jpg and put it on an image slide (layout: image)']);
  });

  it('reads a table of one row as points, and pads short rows to the header', () => {
    const builder = new DraftBuilder('Cells');
    builder.startSlide('Parts');
    builder.table([['Nucleus', 'Membrane']]);
    builder.table([['Part', 'Job', 'Where'], ['Nucleus', 'Holds the DNA'], ['', '', '']]);
    const slides = builder.finish().sections[0]!.slides;
    expect(slides[0]!.points.map((p) => p.text)).toEqual(['Nucleus', 'Membrane']);
    expect(slides[1]!.table).toEqual({ header: ['Part', 'Job', 'Where'], rows: [['Nucleus', 'Holds the DNA', '']] });
  });

  it('gives an empty section and an empty slide their title as a point, and a draft with nothing one slide', () => {
    const builder = new DraftBuilder('Cells');
    builder.startSection('Introduction');
    builder.startSection('Parts');
    builder.startSlide('Nucleus');
    const draft = builder.finish();
    expect(draft.sections.map((s) => s.slides.map((slide) => slide.points.map((p) => p.text)))).toEqual([[['Introduction']], [['Nucleus']]]);
    expect(new DraftBuilder('Cells').finish().sections).toMatchObject([{ title: 'Cells', slides: [{ title: 'Cells', points: [{ text: 'Cells' }] }] }]);
  });
});
