/**
 * A timeline in deck.pptx stays above the footer. Office's face wraps a French date such as
 * "21 septembre 1792" in the 180 px column of dates where the slides' face did not, and
 * seven such events ran down over the footer ("9 novembre / 1799" on the footer's line).
 * The events are now set a little smaller when they would not fit, as the deck sets a full slide.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecks } from '../../helpers/built-decks.js';
import { libreOfficePdfs } from '../../helpers/libreoffice.js';
import { readWordPages } from '../../helpers/pdf-words.js';
import { all, doc, NS, openPackage, type Package } from '../../helpers/pptx-package.js';
import { slides } from '../../helpers/pptx-slides.js';

let pkg: Package;
let rendered: string;

beforeAll(async () => {
  const [built] = await buildDecks([path.resolve('tests/fixtures/french/grandes-dates.yaml')]);
  pkg = await openPackage(built!.pptx);
  rendered = (await libreOfficePdfs([built!.pptx], mkdtempSync(path.join(os.tmpdir(), 'lectern-timeline-fit-'))))[0]!;
}, 300_000);

const EMU_PER_PX = 9525;
// The content slides' footer band begins 76 px above the slide's foot (canvas.ts PAD.bottom).
const CONTENT_BOTTOM = 720 - 76;

describe('a timeline of long French dates in deck.pptx', () => {
  it('places every date and event above the footer', () => {
    const slide = slides(pkg).find((s) => (doc(pkg, s.part).documentElement?.textContent ?? '').includes('Les grandes dates'))!;
    const boxes = all(doc(pkg, slide.part), NS.p, 'sp').filter((sp) => ['When', 'What'].includes(all(sp, NS.p, 'cNvPr')[0]?.getAttribute('name') ?? ''));
    expect(boxes.length).toBe(14);
    const bottoms = boxes.map((sp) => (Number(all(sp, NS.a, 'off')[0]!.getAttribute('y')) + Number(all(sp, NS.a, 'ext')[0]!.getAttribute('cy'))) / EMU_PER_PX);
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(CONTENT_BOTTOM);
  });

  it('shows the last event above the footer when LibreOffice sets the slide', () => {
    const page = readWordPages(rendered).find((p) => p.text.includes('Les grandes dates'))!;
    const words = page.lines.flatMap((l) => l.words);
    const lowest = Math.max(...words.filter((w) => ['1799', 'brumaire)'].includes(w.text)).map((w) => w.yMax));
    // The footer band: the slide's number, at the foot of the page.
    const footerTop = Math.min(...words.filter((w) => w.yMin > page.height * 0.85 && /^\d+$/.test(w.text) && w.text !== '1799').map((w) => w.yMin));
    expect(lowest).toBeLessThan(footerTop);
  });
});
