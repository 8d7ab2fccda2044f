/**
 * deck.pptx stacks its boxes by the lines their text will take. Chinese (and Japanese) runs on
 * without spaces, and a text that was one "word" longer than its box was counted as one line:
 * a three-line quotation had a box one line tall, which LibreOffice shrank to fit (the quote
 * came out smaller than its source line) and PowerPoint let run over the source below it.
 */
import path from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecks } from '../../helpers/built-decks.js';
import { all, doc, NS, openPackage, type Package } from '../../helpers/pptx-package.js';
import { slides } from '../../helpers/pptx-slides.js';

let pkg: Package;

beforeAll(async () => {
  const [built] = await buildDecks([path.resolve('tests/fixtures/scripts/chinese-quote.yaml')]);
  pkg = await openPackage(built!.pptx);
}, 300_000);

const EMU_PER_PT = 12700;

/** Each named shape's box and the type size of its first run, in points. */
function shapes(name: string): { name: string; y: number; height: number; size: number; text: string }[] {
  return slides(pkg).flatMap((s) =>
    all(doc(pkg, s.part), NS.p, 'sp')
      .filter((sp) => all(sp, NS.p, 'cNvPr')[0]?.getAttribute('name') === name)
      .map((sp: Element) => ({
        name,
        y: Number(all(sp, NS.a, 'off')[0]!.getAttribute('y')) / EMU_PER_PT,
        height: Number(all(sp, NS.a, 'ext')[0]!.getAttribute('cy')) / EMU_PER_PT,
        size: Number(all(sp, NS.a, 'rPr')[0]!.getAttribute('sz')) / 100,
        text: all(sp, NS.a, 't').map((t) => t.textContent).join(''),
      })),
  );
}

describe('deck.pptx with Chinese text', () => {
  it('gives a quotation without spaces a box of as many lines as it takes', () => {
    const [quote] = shapes('Quote');
    // 69 letters, each an em wide, in a box about 27 ems wide: three lines.
    expect(quote!.height).toBeGreaterThanOrEqual(3 * quote!.size * 1.2);
    const [source] = shapes('Source');
    expect(source!.y).toBeGreaterThanOrEqual(quote!.y + quote!.height);
  });

  it('gives a long timeline event the lines it takes, the next event below it', () => {
    const [first, second] = shapes('What');
    expect(first!.text).toContain('伽利略');
    expect(first!.height).toBeGreaterThanOrEqual(2 * first!.size * 1.2);
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height - 1);
  });
});
