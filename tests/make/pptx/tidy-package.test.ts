/** pptxgenjs's paragraph properties, one per run, become one per paragraph: the first, which holds the bullet. */
import { describe, expect, it } from 'vitest';
import { colourBullets, notesLinesAsParagraphs, onePropertiesPerParagraph, uniqueShapeIds } from '../../../src/make/pptx/tidy-package.js';
import { movePlaceholders } from '../../../src/make/pptx/placeholder-boxes.js';

describe('the package tidy-up', () => {
  it('keeps the first paragraph properties of a paragraph of several runs', () => {
    const xml =
      '<a:p><a:pPr marL="335280" indent="-335280"><a:buChar char="•"/></a:pPr><a:r><a:t>An </a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>informal</a:t></a:r><a:pPr/><a:r><a:t> one</a:t></a:r></a:p><a:p><a:pPr algn="l"/><a:r><a:t>Next</a:t></a:r></a:p>';
    const tidy = onePropertiesPerParagraph(xml);
    expect(tidy.match(/<a:pPr/g)).toHaveLength(2);
    expect(tidy).toContain('<a:p><a:pPr marL="335280" indent="-335280"><a:buChar char="•"/></a:pPr><a:r><a:t>An </a:t></a:r><a:r><a:t>informal</a:t></a:r><a:r><a:t> one</a:t></a:r></a:p>');
    expect(tidy).not.toContain('<a:buNone/>');
  });

  it("moves a placeholder to the box its slide chose, and leaves other shapes where they are", () => {
    const shape = (ph: string) => `<p:sp><p:nvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="1" y="2"/><a:ext cx="3" cy="4"/></a:xfrm></p:spPr></p:sp>`;
    const xml = shape('<p:ph idx="100" type="title"/>') + shape('');
    const moved = movePlaceholders(xml, new Map([['title', { x: 96, y: 192, w: 960, h: 96 }]]));
    expect(moved).toContain('<a:off x="914400" y="1828800"/><a:ext cx="9144000" cy="914400"/>');
    expect(moved).toContain('<a:off x="1" y="2"/><a:ext cx="3" cy="4"/>');
  });

  it('colours a numbered or bulleted paragraph once, before its size and face', () => {
    const numbered = '<a:pPr marL="1"><a:spcAft><a:spcPts val="1200"/></a:spcAft><a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/></a:pPr>';
    expect(colourBullets(numbered, 'B4441A')).toBe('<a:pPr marL="1"><a:spcAft><a:spcPts val="1200"/></a:spcAft><a:buClr><a:srgbClr val="B4441A"/></a:buClr><a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/></a:pPr>');
    const plain = '<a:pPr algn="l"><a:buNone/></a:pPr>';
    expect(colourBullets(plain, 'B4441A')).toBe(plain);
  });

  it('numbers the shapes of a slide one by one', () => {
    expect(uniqueShapeIds('<p:cNvPr id="1" name=""/><p:cNvPr id="25" name="Event"/><p:cNvPr id="25" name="Slide Number"/>')).toBe('<p:cNvPr id="1" name=""/><p:cNvPr id="2" name="Event"/><p:cNvPr id="3" name="Slide Number"/>');
  });

  it('makes each line of the speaker notes a paragraph, right to left in an Arabic lecture', () => {
    const note = '<a:p><a:r><a:rPr lang="ar" dirty="0"/><a:t>first\n\nsecond</a:t></a:r><a:endParaRPr lang="ar" dirty="0"/></a:p>';
    expect(notesLinesAsParagraphs(note, false)).toBe('<a:p><a:r><a:rPr lang="ar" dirty="0"/><a:t>first</a:t></a:r><a:endParaRPr lang="ar" dirty="0"/></a:p><a:p><a:endParaRPr lang="ar" dirty="0"/></a:p><a:p><a:r><a:rPr lang="ar" dirty="0"/><a:t>second</a:t></a:r><a:endParaRPr lang="ar" dirty="0"/></a:p>');
    expect(notesLinesAsParagraphs(note, true)).toContain('<a:p><a:pPr rtl="1" algn="r"/><a:r>');
  });
});
