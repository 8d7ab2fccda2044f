/**
 * Maths in a right-to-left lecture's deck.pptx keeps its signs beside its letters. A formula
 * is text runs in the Arabic paragraph, and a sign at a formula's edge (the + of H⁺, the − of
 * Cl⁻ or of −log) has nothing strong on one side: PowerPoint and LibreOffice set it on the
 * sentence's side, so the slide read "⁺H" and "⁻HCl + H₂O → H₃O⁺ + Cl". Each formula is now
 * held between left-to-right marks (U+200E); code and Latin text are left as they were.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecks } from '../../helpers/built-decks.js';
import { all, children, doc, NS, openPackage, type Package } from '../../helpers/pptx-package.js';
import { paragraphText } from '../../helpers/pptx-slides.js';
import { slides } from '../../helpers/pptx-slides.js';

const LRM = '\u200E';
let pkg: Package;

beforeAll(async () => {
  const [built] = await buildDecks([path.resolve('tests/fixtures/scripts/arabic-chemistry.yaml')]);
  pkg = await openPackage(built!.pptx);
}, 300_000);

/** The text of every right-to-left paragraph of the deck. */
const rtlParagraphs = () =>
  slides(pkg).flatMap((s) => all(doc(pkg, s.part), NS.a, 'p').filter((p) => children(p, NS.a, 'pPr')[0]?.getAttribute('rtl') === '1').map(paragraphText));

describe('maths in an Arabic deck.pptx', () => {
  it('holds each formula left to right, a sign at its edge included', () => {
    const text = rtlParagraphs().join('\n');
    expect(text).toContain(`تمنح بروتونًا ${LRM}H+${LRM} في`);
    expect(text).toMatch(new RegExp(`مثال: ${LRM}HCl [^${LRM}]*Cl−${LRM}`));
    expect(text).toMatch(new RegExp(`${LRM}pH = [^${LRM}]*−[^${LRM}]*log[^${LRM}]*\\]${LRM} مقياس`));
  });

  it('leaves text without maths as it was: no marks in a paragraph without a formula', () => {
    const plain = rtlParagraphs().filter((p) => !/[A-Za-z]/.test(p));
    expect(plain.length).toBeGreaterThan(2);
    for (const p of plain) expect(p).not.toContain(LRM);
  });
});
