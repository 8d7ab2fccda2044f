/** pptxgenjs's paragraph properties, one per run, become one per paragraph: the first, which holds the bullet. */
import { describe, expect, it } from 'vitest';
import { onePropertiesPerParagraph } from '../../../src/make/pptx/tidy-package.js';
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
});
