/**
 * deck.pptx of lectures unlike MTCR — maths and chemistry, code, Arabic, long slides — read
 * back part by part: what PowerPoint would repair (properties out of the schema's order, two
 * shapes with one id), maths shown as TeX, code or table cells set the wrong way round.
 */
import path from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecks, type BuiltDeck } from '../../helpers/built-decks.js';
import { all, children, doc, NS, openPackage, type Package } from '../../helpers/pptx-package.js';
import { notesText, paragraphs, slides } from '../../helpers/pptx-slides.js';

const LECTURES = ['tests/fixtures/maths/physics.yaml', 'tests/fixtures/code/loops.yaml', 'tests/fixtures/scripts/arabic.yaml', 'tests/fixtures/pagination/pagination.yaml'].map((f) => path.resolve(f));

// CT_TextParagraphProperties is a sequence: each child in this order, at most once.
const PARAGRAPH_ORDER = [['lnSpc'], ['spcBef'], ['spcAft'], ['buClrTx', 'buClr'], ['buSzTx', 'buSzPct', 'buSzPts'], ['buFontTx', 'buFont'], ['buNone', 'buAutoNum', 'buChar', 'buBlip'], ['tabLst'], ['defRPr'], ['extLst']];
const rank = (name: string) => PARAGRAPH_ORDER.findIndex((group) => group.includes(name));

const decks = new Map<string, { built: BuiltDeck; pkg: Package }>();
beforeAll(async () => {
  for (const built of await buildDecks(LECTURES)) decks.set(built.name, { built, pkg: await openPackage(built.pptx) });
}, 300_000);

const deck = (name: string) => decks.get(name)!.pkg;
const elements = (node: Element) => Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);

describe('deck.pptx of every subject, as PowerPoint reads it', () => {
  it('writes each paragraph’s properties in the schema’s order, once each, and gives every shape of a slide its own id', () => {
    const problems: string[] = [];
    for (const [name, { pkg }] of decks) {
      for (const slide of slides(pkg)) {
        const xml = doc(pkg, slide.part);
        for (const pPr of all(xml, NS.a, 'pPr')) {
          const ranks = elements(pPr).map((e) => rank(e.localName!));
          if (ranks.some((r, i) => r < 0 || (i > 0 && r <= ranks[i - 1]!))) problems.push(`${name} slide ${slide.number}: <a:pPr> holds ${elements(pPr).map((e) => e.localName).join(', ')}`);
        }
        for (const p of all(xml, NS.a, 'p')) if (children(p, NS.a, 'pPr').length > 1) problems.push(`${name} slide ${slide.number}: a paragraph with ${children(p, NS.a, 'pPr').length} <a:pPr>`);
        const ids = all(xml, NS.p, 'cNvPr').map((c) => c.getAttribute('id'));
        const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
        if (twice.length > 0) problems.push(`${name} slide ${slide.number}: shape ids used twice: ${twice.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows maths and chemistry as text with real subscripts and superscripts, never as TeX', () => {
    const pkg = deck('physics');
    const text = slides(pkg).flatMap((s) => paragraphs(pkg, s).map((p) => p.text)).join('\n');
    expect(text).not.toMatch(/\\(frac|ce|sqrt|gamma|int|approx|ll)\b|\$\$/);
    // "A lab kit costs $5": a dollar stays a dollar.
    expect(text).toContain('$5');
    const runs = slides(pkg).flatMap((s) => all(doc(pkg, s.part), NS.a, 'r'));
    const raised = runs.filter((r) => Number(children(r, NS.a, 'rPr')[0]?.getAttribute('baseline') ?? 0) > 0).map((r) => r.textContent);
    const lowered = runs.filter((r) => Number(children(r, NS.a, 'rPr')[0]?.getAttribute('baseline') ?? 0) < 0).map((r) => r.textContent);
    expect(raised).toContain('2');
    expect(lowered).toContain('2');
    // mhchem's alignment phantoms are not read out as letters.
    expect(text).not.toMatch(/CO\s*X/);
  });

  it('keeps code left to right and in the code face, in an Arabic lecture too; Arabic text and table cells run right to left', () => {
    const code = deck('loops');
    const codeFaces = slides(code).flatMap((s) => all(doc(code, s.part), NS.a, 'r').filter((r) => /for i in range/.test(r.textContent ?? '')).map((r) => children(children(r, NS.a, 'rPr')[0]!, NS.a, 'latin')[0]?.getAttribute('typeface')));
    expect(codeFaces.length).toBeGreaterThan(0);
    expect(new Set(codeFaces)).toEqual(new Set(['Consolas']));

    const arabic = deck('arabic');
    const body = slides(arabic).flatMap((s) => all(doc(arabic, s.part), NS.a, 'p').filter((p) => /[\u0600-\u06ff]/.test(p.textContent ?? '')));
    expect(body.length).toBeGreaterThan(10);
    const ltr = body.filter((p) => children(p, NS.a, 'pPr')[0]?.getAttribute('rtl') !== '1').map((p) => p.textContent);
    expect(ltr).toEqual([]);
  });

  it('writes each paragraph of the speaker notes as a paragraph of the notes pane, a code block line by line', () => {
    const pkg = deck('loops');
    // loops.yaml: "Type both loops live. The Python one again, slowly:", a blank line, a ```python block.
    const notes = slides(pkg).map((s) => notesText(pkg, s) ?? '').find((n) => n.includes('Type both loops live'));
    expect(notes).toBeDefined();
    const lines = notes!.split('\n');
    expect(lines).toContain('Type both loops live. The Python one again, slowly:');
    expect(lines).toContain('```python');
    for (const part of pkg.parts.filter((f) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(f))) {
      for (const t of all(doc(pkg, part), NS.a, 't')) expect(t.textContent, part).not.toContain('\n');
    }
  });
});
